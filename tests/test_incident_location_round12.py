"""Where an incident happened, round 12. Sentences are the team's own, three or more per
rule, about places world-wide."""

import pytest

from incident_helpers import first_incident


def main_incident(text, published="2023-03-10"):
    return first_incident(text, published)


# A neighbourhood or village the gazetteer lacks, whose name merely sounds like a big town
# abroad, is no place of that town when the report names its own country: the country's
# capital, coarsely, as for a report that names no place.
@pytest.mark.parametrize("text, country", [
    ("Pakistani police arrested ten suspects in Orangi.", "Pakistan"),
    ("A shopkeeper was shot dead in Orangi on Monday, Pakistani police said.", "Pakistan"),
    ("Indian police detained twenty protesters in Janakpuri.", "India"),
    ("Police in Pakistan said gunmen shot dead a shopkeeper in Orangi.", "Pakistan"),
])
def test_a_respelling_abroad_is_no_place_in_a_report_on_another_country(text, country):
    incident = main_incident(text)
    assert incident.country == country and incident.geo_precision == 3, (incident.location, incident.country)


@pytest.mark.parametrize("text, location", [
    # a report that names no country: the likeliest spelling stays the guess
    ("Protesters in Orangi burned tyres.", "Orangi"),
    # the city itself named: the city
    ("Police in Karachi said gunmen killed a shopkeeper in Orangi.", "Karachi"),
])
def test_a_respelling_stays_without_a_country_to_weigh_it_against(text, location):
    assert main_incident(text).location == location


# A part of a town (an area, an estate, a market) named before the town, where the
# gazetteer reads the part's name as a place elsewhere: the town itself, at geo_precision 1,
# as ACLED codes a neighbourhood (not near the town, as a village it lacks).
@pytest.mark.parametrize("text, location", [
    ("Students protested in Sabon Gari area, Kano city, over fees.", "Kano"),
    ("Police fired tear gas at protesters in Tudun Wada area, Jos city.", "Jos"),
    ("A grenade exploded in the Shahdara market, Lahore city.", "Lahore"),
])
def test_a_part_of_a_town_is_the_town_itself(text, location):
    incident = main_incident(text)
    assert (incident.location, incident.geo_precision) == (location, 1)


@pytest.mark.parametrize("text, location", [
    ("Gunmen killed two farmers in a village near Jos town.", "Jos"),
    ("Bandits raided Tudun Wada village, Zaria district, at night.", "Zaria"),
])
def test_a_village_by_a_town_stays_near_it(text, location):
    incident = main_incident(text)
    assert (incident.location, incident.geo_precision) == (location, 2)


# A town named like its region and called a city or town ("Katsina city") is the town: a
# part named before it that the gazetteer puts in another region is a namesake of a
# quarter of that town, not the place of the event.
@pytest.mark.parametrize("text, location", [
    ("Residents burned tyres in Tudun Wada area, Katsina city.", "Katsina"),
    ("Gunmen robbed shops in Tudun Wada area, Gombe city.", "Gombe"),
    ("Gunmen killed a trader in Ungogo area, Sokoto city.", "Sokoto"),
])
def test_a_quarter_of_a_city_named_like_its_region_is_in_the_city(text, location):
    incident = main_incident(text)
    assert (incident.location, incident.geo_precision) == (location, 1)


# A village "in" a town the text names as a town lies within it: the town itself, at
# geo_precision 1 (a village "near" a town, or in a district, is by it: 2).
@pytest.mark.parametrize("text, location", [
    ("A mob lynched a thief in Kofar Mata village in Kano town.", "Kano"),
    ("A mob beat a suspected thief to death in Gidan Dare village in Sokoto town.", "Sokoto"),
    ("Soldiers raided Mai Mala village in Damaturu town.", "Damaturu"),
])
def test_a_village_in_a_town_is_the_town_itself(text, location):
    incident = main_incident(text)
    assert (incident.location, incident.geo_precision) == (location, 1)


def test_a_village_in_a_district_stays_near_its_seat():
    incident = main_incident("Bandits raided Tudun Wada village in Zaria district at night.")
    assert (incident.location, incident.geo_precision) == ("Zaria", 2)


# A campus named after its town: the students' town, though the institution's name (which
# names a region or a country too) hides it from the geoparser.
@pytest.mark.parametrize("text, location", [
    ("Students at the Nasarawa State University Keffi campus rioted over fees.", "Keffi"),
    ("Students of Nigeria Police Academy Wudil campus protested.", "Wudil"),
    ("Students of the Pakistan Institute Lahore campus protested over fees.", "Lahore"),
])
def test_a_campus_is_in_the_town_it_is_named_after(text, location):
    incident = main_incident(text)
    assert (incident.location, incident.geo_precision) == (location, 1)


def test_a_campus_named_by_a_common_word_is_no_town():
    incident = main_incident("Students at the City campus rioted over fees, Nigerian police said.")
    assert incident.location == "Abuja" and incident.geo_precision == 3
