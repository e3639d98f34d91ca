"""People a report cannot name ("unidentified men", "unknown persons", "masked youths")
who burn or smash things with no arms told: ACLED's codebook calls violence by people of
no organised armed group a riot (mob violence), not an armed group's destruction of
property nor an armed attack. With guns or rifles told they stay armed men. Sentences
written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "On 3 October 2022, unidentified people set a lorry ablaze on the highway near Lokoja.",
    "On 3 October 2022, masked men vandalised the offices of an opposition party in Gweru overnight.",
    "On 3 October 2022, unknown persons torched two ballot boxes at a polling centre in Sialkot.",
    "On 3 October 2022, unidentified assailants smashed windows at a mayor's house in Cucuta.",
])
def test_unnamed_people_who_burn_or_smash_are_a_mob(text):
    assert classify_event(text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    "On 3 October 2022, unidentified gunmen burned a school near Tillaberi.",
    "On 3 October 2022, unknown men armed with rifles torched ten houses in a village near Jos.",
    "On 3 October 2022, masked men opened fire on a bus and then set it ablaze near Culiacan, killing the driver.",
])
def test_unnamed_people_with_arms_are_no_mob(text):
    assert classify_event(text)[0] != "Riots"
