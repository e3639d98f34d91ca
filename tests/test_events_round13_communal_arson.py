"""Homes burned while two communities or peoples fight each other are the fight of their
communal militias, a battle (ACLED's codebook), even when the burning is the strongest
word of the sentence. Near misses: burning with no fight between communities told stays
a riot. Sentences are the team's own."""

import pytest

from geo.incidents.events import classify_event
from geo.taxonomy import BATTLES, RIOTS


@pytest.mark.parametrize("text", [
    "Thirty huts were set ablaze near Jos during fighting between two communities over farmland.",
    "Houses were torched near Wukari as fighting between Tiv and Jukun groups continued for a second day.",
    "Dozens of homes were set ablaze during clashes between rival communities in Assam.",
])
def test_homes_burned_in_a_fight_between_communities_are_a_battle(text):
    assert classify_event(text)[0] == BATTLES


@pytest.mark.parametrize("text", [
    "Protesters burned tyres and a bus in Bamako.",
    "Shops were torched in a Karachi market after a quarrel between two traders.",
    "Someone torched three houses at night in a hamlet outside Jos.",
])
def test_near_miss_burning_without_a_communal_fight_stays_a_riot(text):
    assert classify_event(text)[0] == RIOTS
