"""Blows without arms by a group of people of no armed organisation, nobody killed: mob
violence (ACLED's codebook keeps "attack" for organised armed actors). The state's
forces, armed or counted men, gangs and hired muscle, a weapon named or a death told
keep it an attack. Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event

MOB = ("Riots", "Mob violence")
ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "On 9 March 2022, a dozen bus conductors assaulted and injured two ticket inspectors at the terminal in Lahore.",
    "On 4 July 2021, shopkeepers of the old bazaar beat up a municipal clerk in Peshawar.",
    "On 18 October 2020, assailants roughed up a local reporter outside the court in Multan.",
    "On 12 February 2023, some eight fishmongers assaulted a tax collector at the Negombo jetty.",
])
def test_blows_by_an_unorganised_group_are_mob_violence(text):
    assert classify_event(text) == MOB


@pytest.mark.parametrize("text", [
    "On 9 March 2022, soldiers beat up traders at the market in Goma.",
    "On 9 March 2022, unknown men assaulted a human rights lawyer in Harare.",
    "On 9 March 2022, three men beat a candidate for the council on her way home in Lilongwe.",
    "On 9 March 2022, political goons assaulted an aspirant outside a Lagos polling unit.",
    "On 9 March 2022, assailants armed with machetes assaulted a farmer near Bangui.",
    "On 9 March 2022, assailants assaulted a shopkeeper in Kandahar; he died of his injuries.",
    "On 9 March 2022, gang members beat up a bus driver in San Pedro Sula.",
])
def test_blows_by_forces_armed_or_counted_men_or_with_a_weapon_or_a_death_stay_an_attack(text):
    assert classify_event(text)[0] != "Riots"
