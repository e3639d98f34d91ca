"""A bomb that goes off in the hands of those who made, carried or planted it. ACLED's
codebook counts the accidental detonation of explosives by those responsible for them as
disrupted weapons use (a strategic development), not an explosion aimed at a target; a
device that goes off early among civilians struck them and stays remote violence.
Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event

DISRUPTED = ("Strategic developments", "Disrupted weapons use")


@pytest.mark.parametrize("text", [
    "On 2 June 2020, two militants died near Galkayo when the bomb they had been planting under a bridge exploded.",
    "On 2 June 2020, one suspected insurgent was killed in Cotabato while assembling an explosive device in his hut.",
    "On 2 June 2020, explosives that three fighters were carrying went off near Ghazni, killing all three.",
])
def test_a_bomb_in_its_handlers_hands_is_disrupted(text):
    assert classify_event(text) == DISRUPTED


@pytest.mark.parametrize("text", [
    "On 2 June 2020, an IED went off prematurely on a track near Tessalit, killing the two men who were burying it.",
    "On 2 June 2020, four rebels blew themselves up by accident at a hideout near Kamituga.",
    "On 2 June 2020, inside a militia camp near Mahagi, a grenade accidentally exploded, wounding two militiamen.",
])
def test_a_premature_or_accidental_blast_among_its_handlers_is_disrupted(text):
    assert classify_event(text) == DISRUPTED


@pytest.mark.parametrize("text", [
    "On 2 June 2020, near a market in Potiskum, a roadside bomb exploded prematurely, killing four traders.",
    "On 2 June 2020, in Peshawar, a bomb planted under a bus seat exploded, killing six passengers.",
    "On 2 June 2020, militants planted a landmine on a road near Djibo; it killed two women the next day.",
    "On 2 June 2020, soldiers on patrol near Bourem were hit by a bomb that they believe militants had planted.",
])
def test_blasts_that_struck_others_stay_explosions(text):
    assert classify_event(text)[0] == "Explosions/Remote violence"
