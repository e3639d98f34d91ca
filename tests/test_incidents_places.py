"""Where an incident happened: chains of places, neighbourhoods, namesakes, flight.
Sentences are the team's own, three or more per rule family."""

import pytest

from geo.incidents import extract_incidents_from_text
from incident_helpers import first_incident


def main_incident(text, published="2022-05-10"):
    return first_incident(text, published)


@pytest.mark.parametrize("text, location, precision", [
    ("Houthi shelling killed a child in Hayfan district (Taizz) on Monday.", "Hayfan", 2),
    ("Gunmen killed three traders in Kikuyu, Kiambu County, on Monday.", "Kikuyu", 1),
    ("Protesters clashed with police in Bogra, Rajshahi division, on Friday.", "Bogra", 1),
])
def test_the_first_place_of_a_chain_is_the_place(text, location, precision):
    inc = main_incident(text)
    assert (inc.location, inc.geo_precision) == (location, precision)


@pytest.mark.parametrize("text, town", [
    ("Gunmen killed two men in Colonia Las Flores, in the city of Tlaquepaque, Jalisco, on Monday.", "Tlaquepaque"),
    ("A shopkeeper was shot dead in Colonia Centro, Culiacan, Sinaloa, on Sunday.", "Culiacan"),
    ("Masked men set fire to a bar in Barrio San Juan, in the city of Tegucigalpa, on Saturday.", "Tegucigalpa"),
])
def test_a_neighbourhood_is_located_at_its_town(text, town):
    assert main_incident(text).location == town


@pytest.mark.parametrize("text, country", [
    ("RSF fighters attacked a village in West Darfur, killing 12 people; survivors fled to Adre.", "Sudan"),
    ("Militants raided a village in Borno; the wounded were taken to Maroua for treatment.", "Nigeria"),
    ("Gunmen killed four herders in Mandera, the police spokesman said in Nairobi.", "Kenya"),
])
def test_places_of_flight_and_speech_are_not_the_place(text, country):
    inc = main_incident(text)
    assert inc.country == country
    assert inc.location not in ("Adre", "Maroua", "Nairobi")


@pytest.mark.parametrize("text", [
    "Soldiers shot dead a man transporting fuel near the border post.",
    "Troops opened fire on a group of farmers in their fields.",
    "Police shot two boys who were playing football in the street.",
])
def test_a_civilian_shot_by_the_army_is_violence_against_civilians(text):
    assert main_incident(text).event_type == "Violence against civilians"


@pytest.mark.parametrize("text, towns", [
    ("Protesters rallied in Dhaka, Chittagong, Sylhet and Khulna on Friday against price rises.",
     ["Dhaka", "Chittagong", "Sylhet", "Khulna"]),
    ("Students protested in Nakuru and Eldoret on Monday over fees.", ["Nakuru", "Eldoret"]),
    ("Rioters burned tyres in Mombasa, Kisumu and Nakuru on Monday.", ["Mombasa", "Kisumu", "Nakuru"]),
])
def test_a_demonstration_in_several_towns_is_one_event_per_town(text, towns):
    incidents = extract_incidents_from_text(text, "2022-05-10")
    assert [i.location for i in incidents] == towns
    assert len({(i.latitude, i.longitude) for i in incidents}) == len(towns)


@pytest.mark.parametrize("text, expected", [
    ("Two men were shot dead by soldiers.", "Violence against civilians"),
    ("A farmer was killed by police.", "Violence against civilians"),
    ("Two soldiers were killed by rebels.", "Battles"),
])
def test_in_the_passive_the_agent_after_by_is_not_the_victim(text, expected):
    assert main_incident(text).event_type == expected
