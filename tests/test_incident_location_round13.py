"""Where an incident happened, round 13: the country of a report that names no place when
its attackers come from one country and the people they struck belong to another.
Sentences are the team's own, three or more per rule."""

import pytest

from incident_helpers import first_incident


def main_incident(text, published="2024-04-18"):
    return first_incident(text, published)


@pytest.mark.parametrize("text, country", [
    ("Chadian raiders attacked Cameroonian herders at dawn and drove off 200 cattle.", "Cameroon"),
    ("Sudanese militiamen killed four Chadian villagers in a raid across the frontier.", "Chad"),
    ("Burundian rebels abducted three Congolese fishermen on Thursday night.", "Democratic Republic of the Congo"),
    ("Somali gunmen shot dead two Ethiopian police officers on Monday.", "Ethiopia"),
    ("Gunmen from neighbouring Burkina Faso killed three Ivorians and burned their granaries.", "Ivory Coast"),
    ("Suspected Malian bandits killed a Nigerien, then fled with his camels.", "Niger"),
])
def test_raiders_named_by_one_country_strike_people_of_another_at_home(text, country):
    assert main_incident(text).country == country


@pytest.mark.parametrize("text, country", [
    # the attackers' country is all the report names
    ("Nigerian bandits kidnapped ten travellers on Saturday.", "Nigeria"),
    # a state's forces fire at home as often as abroad: no clue against their country
    ("Congolese soldiers killed two Rwandan civilians during a search operation.", "Democratic Republic of the Congo"),
    # the attackers' country is named otherwise too: its officials speak of events at home
    ("Rwandan rebels killed four Congolese civilians, Rwandan officials said on Friday.", "Rwanda"),
])
def test_the_attackers_country_stays_when_nothing_says_they_crossed(text, country):
    assert main_incident(text).country == country
