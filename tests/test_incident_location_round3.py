"""Where an incident happened, third round: chains whose first name lies elsewhere, the
smallest unit named when the town is unknown, a city and its quarter, countries named
only as where people came from or went. Sentences are the team's own, three per rule
and a near miss."""

import pytest

from geo.gazetteer import haversine_km
from geo.incidents import extract_incidents_from_text
from incident_helpers import first_incident


def main_incident(text, published="2023-03-10"):
    return first_incident(text, published)


# A name whose only namesakes lie far from the district town named after it is a place
# the gazetteer lacks: the district town stands for it, at geo_precision 2.
@pytest.mark.parametrize("text, location", [
    ("On Monday two groups clashed at a village in Salem block (Madurai, Tamil Nadu) over a land dispute.", "Madurai"),
    ("On Friday a mob beat a man in Nanded taluka (Pune, Maharashtra) on suspicion of theft.", "Pune"),
    ("Villagers clashed in Aurangabad block (Patna, Bihar) over water.", "Patna"),
])
def test_a_chain_whose_first_name_lies_elsewhere_ends_at_the_district_town(text, location):
    inc = main_incident(text)
    assert inc.location == location
    assert inc.geo_precision == 2


def test_a_chain_whose_first_name_lies_in_the_district_keeps_it():
    inc = main_incident("Villagers clashed at a village in Melur block (Madurai, Tamil Nadu) over water.")
    assert inc.location == "Melur"


def test_the_region_closing_a_chain_is_no_second_place_of_a_protest():
    incidents = extract_incidents_from_text("Hundreds of teachers protested in Kochi, Kerala on Monday over unpaid wages.",
                                            "2023-03-10")
    assert [i.location for i in incidents] == ["Kochi"]


# "X Sadar": the district town's own subdistrict, named after it; the geoparser reads
# the two words as one unknown name.
@pytest.mark.parametrize("text, location", [
    ("Rioters torched a bus in Mardan Sadar (Khyber Pakhtunkhwa) on Friday.", "Mardan"),
    ("Traders clashed with police in Sargodha Sadar tehsil (Punjab) on Monday.", "Sargodha"),
    ("Rioters torched shops in Bahawalpur Sadar (Punjab) on Friday.", "Bahawalpur"),
])
def test_a_sadar_subdistrict_is_placed_at_its_town(text, location):
    inc = main_incident(text)
    assert inc.location == location
    assert inc.geo_precision == 2


def test_a_unit_word_after_an_unknown_name_adds_no_place():
    inc = main_incident("Rioters torched a bus in Qwertyvale Sadar (Khyber Pakhtunkhwa) on Friday.")
    assert inc.location == "Khyber Pakhtunkhwa"


def test_a_kind_word_after_a_group_name_is_no_place():
    inc = main_incident("Islamic State fighters attacked a village in Kano State on Monday, killing four people.")
    assert inc.location == "Kano"


# A country named only as where people came from, went or were sent, or as a border,
# neither places the event nor makes the report's own towns namesakes abroad.
@pytest.mark.parametrize("text, location", [
    ("Refugees in Dosso protested on Tuesday against plans to return them to Mali.", "Dosso"),
    ("Residents of Zinder protested on Monday after two traders were kidnapped near the Nigeria border.", "Zinder"),
    ("Farmers in Tessaoua clashed with herders from neighbouring Nigeria on Monday, leaving two dead.", "Tessaoua"),
])
def test_a_country_of_flight_or_origin_does_not_place_the_event(text, location):
    assert main_incident(text).location == location


def test_a_country_where_the_event_was_still_places_it():
    inc = main_incident("Gunmen from Nigeria attacked a village in Benin on Monday, killing three farmers.")
    assert inc.country == "Benin"


# A chain's first name abroad is a namesake of a part of the next ("Hamilton area, Pune
# city"): the next is the place.
@pytest.mark.parametrize("text, location", [
    ("Students clashed with police in Hamilton area, Pune city, on Monday.", "Pune"),
    ("Students clashed with police in Richmond area (Lagos, Nigeria) on Monday.", "Lagos"),
    ("Traders clashed with police in Springfield village (Kaduna) on Tuesday.", "Kaduna"),
])
def test_a_chain_whose_first_name_lies_abroad_ends_at_the_next(text, location):
    assert main_incident(text).location == location


def test_a_town_named_with_a_region_it_does_not_lie_in_is_kept():
    # the region's bounds are known too roughly to overrule the town named first
    assert main_incident("Protesters marched in Zaria city (Kano) on Monday over fuel prices.").location == "Zaria"


# A name opening the bracket after a place's kind word is a place of the chain, whole
# ("King's Lynn", not "Lynn"), and the region closing it no second place of the event.
@pytest.mark.parametrize("text, location", [
    ("Protesters clashed with police in Gaywood ward (King's Lynn, Norfolk) on Monday.", "King's Lynn"),
    ("Rioters set fire to cars in a village in Thorley ward (Bishop's Stortford, Hertfordshire) on Monday.",
     "Bishop's Stortford"),
    ("Rioters set fire to cars in Lyngford ward (Taunton, Somerset) on Monday.", "Taunton"),
])
def test_a_bracketed_name_after_a_kind_word_is_the_place(text, location):
    incidents = extract_incidents_from_text(text, "2023-03-10")
    assert [i.location for i in incidents] == [location]


def test_a_bracketed_name_the_gazetteer_lacks_adds_no_place():
    inc = main_incident("Rioters set fire to cars in Taunton (Qwertyvale Estate, Somerset) on Monday.")
    assert inc.location == "Taunton"


# A name before a kind word that the gazetteer spells a little otherwise, in the country
# the sentence's other places lie in, is that place, at town precision.
@pytest.mark.parametrize("text, location", [
    ("Bandits raided cattle in Maidugri town (Borno) on Monday, killing two herders.", "Maidugri"),
    ("Gunmen attacked a checkpoint in Damaturru town (Yobe) on Monday, killing a soldier.", "Damaturru"),
    ("Gunmen attacked a checkpoint in Bir Nin Kebbi town (Kebbi) on Monday, killing a soldier.", "Bir Nin Kebbi"),
])
def test_a_spelling_variant_before_a_kind_word_is_the_town(text, location):
    inc = main_incident(text)
    assert (inc.location, inc.geo_precision) == (location, 1)


def test_a_name_unlike_any_town_before_a_kind_word_is_no_place():
    inc = main_incident("Gunmen killed a trader in Qwertyvale area (Kaduna) on Monday.")
    assert inc.location == "Kaduna"
