"""Where an incident happened, round 9. Sentences are the team's own, three or more per
rule, about places world-wide."""

import pytest

from incident_helpers import first_incident


def main_incident(text, published="2023-03-10"):
    return first_incident(text, published)


# Several quarters of a city listed before it: a listed name whose namesakes all lie far
# from the city (a town of that name elsewhere in the country or abroad) is a quarter the
# gazetteer lacks, and stands for the city.
@pytest.mark.parametrize("text, location, country", [
    ("Police clashed with protesters in Shahdara, Seelampur and Jafrabad areas of Delhi, injuring twelve.",
     "Delhi", "India"),
    ("Looters raided stores in Bellavista, Guadalupe and Aztlan neighbourhoods of Reynosa.", "Reynosa", "Mexico"),
    ("Gunmen attacked shops in Victoria, Hamilton and Windsor suburbs of Bulawayo, killing one.", "Bulawayo",
     "Zimbabwe"),
])
def test_quarters_listed_before_their_city_stand_for_it(text, location, country):
    incident = main_incident(text)
    assert (incident.location, incident.country) == (location, country)


# Villages listed before the unit they lie in: a listed name known only elsewhere is a
# village the gazetteer lacks there, placed by that unit (geo_precision 2).
@pytest.mark.parametrize("text, location", [
    ("Militiamen attacked Bethel and Zion villages in Bong county, killing three.", "Bong"),
    ("Armed men looted Nazareth and Galilee villages near Gbarnga, killing two.", "Gbarnga"),
    ("Gunmen torched Jericho and Canaan villages in Nimba county, killing five.", "Nimba"),
])
def test_villages_listed_before_their_unit_are_placed_by_it(text, location):
    incident = main_incident(text)
    assert (incident.location, incident.country, incident.geo_precision) == (location, "Liberia", 2)


# "X, Y, Z": Y lies in Z, X (a big city abroad, however well known) nowhere in Z. The chain
# says X is a village or quarter of Y the gazetteer lacks: Y, near it (geo_precision 2).
@pytest.mark.parametrize("text, location, country", [
    ("Two people were shot in Hamburg, Gwoza, Borno State.", "Gwoza", "Nigeria"),
    ("Militiamen torched houses in Lisbon, Djugu, Ituri province.", "Djugu", "Democratic Republic of the Congo"),
    ("Gunmen killed a pastor in Oslo, Bokkos, Plateau State.", "Bokkos", "Nigeria"),
    ("Police raided homes in Hamburg, Choloma, Cortes department, arresting six.", "Choloma", "Honduras"),
])
def test_a_namesake_abroad_opening_a_chain_of_nested_places_is_a_part_of_the_next(text, location, country):
    incident = main_incident(text)
    assert (incident.location, incident.country, incident.geo_precision) == (location, country, 2)


@pytest.mark.parametrize("text, location", [
    ("Gunmen killed three traders in Cochabamba, Bolivia, on Monday.", "Cochabamba"),
    ("Gunmen killed four farmers in Kagoro, Kaura, Kaduna State.", "Kagoro"),
])
def test_a_chain_whose_first_place_lies_in_the_rest_keeps_it(text, location):
    assert main_incident(text).location == location


# A demonym before a settlement ("a Sudanese village", "an Ethiopian border town") or
# "inside the X border" names the land the place lies in:
# raiders from abroad strike there, so with no place named the incident is in that
# country (geo_precision 3), not in the attackers'.
@pytest.mark.parametrize("text, country", [
    ("Chadian rebels raided a Sudanese village, killing six.", "Sudan"),
    ("Burundian soldiers attacked a Congolese village, killing three.", "Democratic Republic of the Congo"),
    ("Eritrean troops shelled an Ethiopian border town, wounding four.", "Ethiopia"),
    ("Malian jihadists attacked a Burkinabe village, killing nine.", "Burkina Faso"),
    ("Rwandan soldiers fired mortars at hamlets inside the Congolese border, killing one.",
     "Democratic Republic of the Congo"),
])
def test_the_land_a_settlement_is_said_to_lie_in_places_the_incident(text, country):
    incident = main_incident(text)
    assert (incident.location, incident.country, incident.geo_precision) == (country, country, 3)


def test_a_refugee_camp_named_by_its_refugees_is_no_land():
    # the camp of Sudanese refugees lies abroad as often as not: no country from its name
    assert main_incident("Gunmen attacked a Sudanese refugee camp, killing two.").country != "Sudan"


def test_a_town_named_beside_the_land_still_places_the_incident():
    incident = main_incident("Sudanese militiamen raided a Chadian village near Adre, killing five.")
    assert (incident.location, incident.country, incident.geo_precision) == ("Adre", "Chad", 2)


# "Oldtown district town (Hill, North)", "Oldtown tehsil town (…)": the town itself, named
# with two kind words before its admin bracket (geo_precision 1), as "Oldtown city" is; a
# district named alone stays the unit around its town.
@pytest.mark.parametrize("text, location, precision", [
    ("Police fired tear gas at students in Sargodha district town, Sargodha Sadar (Punjab), injuring four.",
     "Sargodha", 1),
    ("Lawyers clashed with police in Jhang district town (Jhang Sadar, Punjab), injuring two.", "Jhang", 1),
    ("Traders clashed with police in Kandhkot tehsil town (Kashmore, Sindh), injuring five.", "Kandhkot", 1),
    ("Farmers blocked a road in Okara district, Okara Sadar (Punjab), injuring three.", "Okara", 2),
])
def test_a_town_named_with_its_units_kind_word_before_a_bracket_is_the_town(text, location, precision):
    incident = main_incident(text)
    assert (incident.location, incident.country, incident.geo_precision) == (location, "Pakistan", precision)


# "…, Oldtown tehsil (Hill, North)" after words in small letters: the kind word is part of
# what the bracket follows, so the place is the unit around the town (geo_precision 2), not
# the town itself.
@pytest.mark.parametrize("text, location, country", [
    ("Gunmen killed two guards in a village, Shakargarh tehsil (Narowal, Punjab).", "Shakargarh", "Pakistan"),
    ("Police clashed with farmers in sector 4, Kot Addu tehsil (Muzaffargarh, Punjab), injuring six.", "Kot Addu",
     "Pakistan"),
    ("Unknown men set fire to a shop in the old bazaar, Taunsa tehsil (Dera Ghazi Khan, Punjab).", "Taunsa",
     "Pakistan"),
    ("Armed men attacked a checkpoint, Kulachi tehsil (Dera Ismail Khan, Khyber Pakhtunkhwa), killing one.",
     "Kulachi", "Pakistan"),
    ("Tribal youths blocked a road near a school, Gumla block (Gumla, Jharkhand).", "Gumla", "India"),
])
def test_a_unit_named_before_a_bracket_after_small_words_is_the_unit(text, location, country):
    incident = main_incident(text)
    assert (incident.location, incident.country, incident.geo_precision) == (location, country, 2)


# An institution's name with a group word in it ("Government College") earlier in the list
# the bracket follows: the unit named right before the bracket is still the place.
@pytest.mark.parametrize("text, location", [
    ("Villagers clashed outside Sonajuri Government School, Barhait block (Sahebganj, Jharkhand), injuring four.",
     "Barhait"),
    ("Farmers protested at Kothapalli Government College, Nuzvid mandal (Krishna, Andhra Pradesh).", "Nuzvid"),
    ("Students clashed at Tenali Government College, Ponnur mandal (Guntur, Andhra Pradesh), injuring three.",
     "Ponnur"),
    ("Parents protested outside Bhimavaram Government School, Akividu mandal (West Godavari, Andhra Pradesh).",
     "Akividu"),
])
def test_an_institution_before_a_units_bracket_does_not_hide_the_unit(text, location):
    incident = main_incident(text)
    assert (incident.location, incident.country, incident.geo_precision) == (location, "India", 2)


# A state's spokesmen or officials in its capital ("a government spokesman in X said",
# "army officials in X said") report events anywhere in the country: the capital is no
# place of the events (the country, coarsely); local speakers elsewhere and a place the
# report names still place them.
@pytest.mark.parametrize("text, country", [
    ("A government spokesman in Khartoum said the RSF had shelled a hospital, killing four.", "Sudan"),
    ("Army officials in Bamako said jihadists had killed eight soldiers in an ambush.", "Mali"),
    ("Police sources in Abuja said gunmen had abducted nine travellers.", "Nigeria"),
])
def test_a_states_spokesmen_in_the_capital_do_not_place_events_there(text, country):
    incident = main_incident(text)
    assert (incident.location, incident.country, incident.geo_precision) == (country, country, 3)


@pytest.mark.parametrize("text, location", [
    ("Police sources in Maiduguri said gunmen had abducted nine travellers.", "Maiduguri"),
    ("Army officials in Bamako said jihadists had killed eight soldiers near Mopti.", "Mopti"),
])
def test_local_speakers_or_a_named_place_still_place_events(text, location):
    assert main_incident(text).location == location


# "a visit to X": where a visitor went, and where what met the visit (a protest, an attack
# on the convoy) mostly happened: the place when the report names no other (as a residence).
@pytest.mark.parametrize("text, location", [
    ("Protesters blocked roads ahead of the president's visit to Garowe, burning tyres.", "Garowe"),
    ("Gunmen attacked the minister's convoy during a visit to Bosaso, killing two guards.", "Bosaso"),
    ("Youths stoned the governor's car on his visit to Bauchi, injuring an aide.", "Bauchi"),
])
def test_the_place_of_a_visit_places_what_met_it(text, location):
    assert main_incident(text).location == location


@pytest.mark.parametrize("text, location", [
    ("On a visit to Paris, the president condemned the bombing in Mogadishu that killed ten.", "Mogadishu"),
    ("During a visit to Kenya, the Ugandan president condemned the attack on Kasese.", "Kasese"),
])
def test_a_visit_gives_way_to_the_place_of_the_events(text, location):
    assert main_incident(text).location == location


# A road named after towns ("the Oldtown-Newtown highway") the geoparser reads as one
# unknown name, placed at the report's main region or country: the road runs between its
# towns, the first of them (or the one in the region the report names) placing the event.
@pytest.mark.parametrize("text, location, country", [
    ("Bandits attacked travellers along the Kaduna-Abuja Highway in Kaduna State, kidnapping twenty.", "Kaduna",
     "Nigeria"),
    ("Protesters blocked the Harare-Mutare Highway in Manicaland province, burning tyres.", "Mutare", "Zimbabwe"),
    ("Gunmen killed three drivers on the Lokoja-Abuja Highway, Kogi State.", "Lokoja", "Nigeria"),
    ("Rebels ambushed a truck on the Bunia-Komanda road in Ituri province, killing two.", "Bunia",
     "Democratic Republic of the Congo"),
    ("Protesters blocked the Masaka-Mbarara Highway in Uganda, burning tyres.", "Masaka", "Uganda"),
    # (a people's name that is also a town's, opening a road's name, is the town)
    ("Bandits attacked a bus on the Kamba-Bunza road in Kebbi State, killing two.", "Kamba", "Nigeria"),
])
def test_the_towns_a_road_is_named_after_place_what_happened_on_it(text, location, country):
    incident = main_incident(text)
    assert (incident.location, incident.country) == (location, country)
