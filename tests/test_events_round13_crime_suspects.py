"""People named by the crime they are said to have done ("a robbery suspect") or said by
their attackers to have done it ("a man they accused of extortion") are the accused: when
people of no armed organisation kill or beat them, it is mob justice (ACLED's codebook:
mob violence). Near misses: gunmen or the police who shoot a suspect, and a victim named
by no crime. Sentences are the team's own."""

import pytest

from geo.incidents.events import classify_event
from geo.taxonomy import RIOTS, VAC


@pytest.mark.parametrize("text", [
    "Vigilantes in Onitsha hacked a kidnapping suspect to death.",
    "Vigilantes in an Aba market beat a kidnapping suspect to death.",
    "A neighbourhood patrol in Cap-Haitien burned two robbery suspects alive.",
    "A vigilante group in Guerrero killed a man they accused of extortion.",
])
def test_the_accused_killed_by_people_of_no_armed_group_are_victims_of_mob_justice(text):
    assert classify_event(text)[0] == RIOTS


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a murder suspect outside a court in Karachi.",
    "Police shot dead a robbery suspect in a Nairobi estate.",
    "A vigilante group in Guerrero killed a man who ran a shop.",
])
def test_near_miss_armed_men_or_a_victim_accused_of_nothing_stay_an_attack(text):
    assert classify_event(text)[0] == VAC
