"""Where an incident happened, round 9. Sentences are the team's own, three or more per
rule, about places world-wide."""

import pytest

from geo.incidents import extract_incidents_from_text


def main_incident(text, published="2023-03-10"):
    incidents = extract_incidents_from_text(text, published)
    assert incidents, text
    return incidents[0]


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
    ("Gunmen killed three traders in Nairobi, Kenya, on Monday.", "Nairobi"),
    ("Gunmen killed four farmers in Kagoro, Kaura, Kaduna State.", "Kagoro"),
])
def test_a_chain_whose_first_place_lies_in_the_rest_keeps_it(text, location):
    assert main_incident(text).location == location
