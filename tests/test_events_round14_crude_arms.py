"""A crowd that carries sticks, stones, clubs or "crude weapons" is still a crowd: such
arms make no armed organisation (ACLED's codebook: rioters often carry them), so its
violence on people is mob violence. Near misses: blades or firearms named keep the
attack or the battle. Sentences are the team's own."""

import pytest

from geo.incidents.events import classify_event
from geo.taxonomy import BATTLES, RIOTS, VAC


@pytest.mark.parametrize("text", [
    "Youths armed with sticks stormed the district office in Kasese and chased away the officials.",
    "Villagers armed with crude weapons stormed a prayer house in Sokoto and beat the preacher.",
    "Students armed with stones and iron bars stormed the dean's office in Sokoto and beat a clerk.",
])
def test_a_crowd_with_crude_arms_is_a_mob(text):
    assert classify_event(text) == (RIOTS, "Mob violence")


@pytest.mark.parametrize("text, kind", [
    ("Youths armed with sticks and machetes attacked a village near Bangassou, wounding four.", VAC),
    ("Men armed with guns stormed the district office in Kasese and shot a guard.", BATTLES),
])
def test_near_miss_blades_or_guns_keep_the_armed_reading(text, kind):
    assert classify_event(text)[0] == kind
