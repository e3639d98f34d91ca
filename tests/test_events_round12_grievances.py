"""Event type, round 12: what a crowd names is not what it did, and who is named in an
aside did not act.

- Acts a demonstrating crowd accuses or blames others of ("accusing the police of burning
  their stalls"), acts it wants ended ("demanding an end to looting"), and violence after
  which it marched ("after the vandalism of their hostel"): the crowd's grievance, not its
  conduct (ACLED's codebook types a demonstration by the demonstrators' own conduct).
- A participle aside between commas ("Residents, accusing the police of a killing, burned
  tyres"): it tells why the subject acted or how it looked; the subject acted.

Sentences are our own, about places the tune files never show."""

import pytest

from geo.incidents.events import classify_event

PEACEFUL = ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "Teachers staged a protest in Harare, accusing the government of looting public funds.",
    "Residents protested in Uvira, accusing the police of burning their market stalls.",
    "Miners demonstrated in Potosi, accusing security guards of vandalising their cooperative office.",
])
def test_acts_the_crowd_accuses_others_of_are_no_riot(text):
    assert classify_event(text) == PEACEFUL


@pytest.mark.parametrize("text", [
    "Traders marched in Kano demanding an end to looting on the highways.",
    "Students rallied in Khartoum calling for a halt to the torching of villages in Darfur.",
    "Fishermen staged a sit-in on the quay of Chalna to demand a stop to vandalism of their boats.",
])
def test_acts_the_crowd_wants_ended_are_no_riot(text):
    assert classify_event(text) == PEACEFUL


@pytest.mark.parametrize("text", [
    "Students marched in Lahore after the vandalism of their hostel by rival groups.",
    "Hundreds marched in Sikasso after the lynching of a young trader by a mob.",
    "Villagers rallied in Cauca after the torching of their school by armed men.",
])
def test_violence_after_which_the_crowd_marched_is_no_riot(text):
    assert classify_event(text) == PEACEFUL


@pytest.mark.parametrize("text", [
    "Residents, accusing the police of killing a boy, burned tyres and blocked the road in Uvira.",
    "Villagers, angered by an army raid on their market, set fire to a checkpoint in Kidal.",
    "Traders, blaming soldiers for the looting of their shops, torched a military truck in Kananga.",
])
def test_forces_named_in_a_participle_aside_did_not_act(text):
    assert classify_event(text)[0] == "Riots"


@pytest.mark.parametrize("text, kind", [
    ("Youths accusing officers of extortion stoned a police post in Kano.", "Riots"),
    ("Students protested in Dhaka after the killing of a classmate and set fire to two buses.", "Riots"),
    ("Youths, armed with machetes and guns, attacked a village in Nasarawa, killing five farmers.", "Violence against civilians"),
])
def test_the_crowds_own_acts_and_arms_still_count(text, kind):
    assert classify_event(text)[0] == kind
