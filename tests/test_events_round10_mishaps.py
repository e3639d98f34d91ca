"""A bomb that goes off in the hands of those who made, carried or planted it. ACLED's
codebook counts the accidental detonation of explosives by those responsible for them as
disrupted weapons use (a strategic development), not an explosion aimed at a target; a
device that goes off early among civilians struck them and stays remote violence.
Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event

DISRUPTED = ("Strategic developments", "Disrupted weapons use")


@pytest.mark.parametrize("text", [
    "On 2 June 2020, two militants died near Kismayo when the bomb they were planting under a bridge exploded.",
    "On 2 June 2020, a suspected insurgent was killed in Cotabato while assembling an explosive device in his hut.",
    "On 2 June 2020, explosives that three fighters were carrying went off near Ghazni, killing all three.",
])
def test_a_bomb_in_its_handlers_hands_is_disrupted(text):
    assert classify_event(text) == DISRUPTED


@pytest.mark.parametrize("text", [
    "On 2 June 2020, an IED went off prematurely on a track near Menaka, killing the two men who were burying it.",
    "On 2 June 2020, four rebels blew themselves up by accident at a hideout near Kamituga.",
    "On 2 June 2020, a grenade accidentally exploded in a militia camp near Djugu, wounding two militiamen.",
])
def test_a_premature_or_accidental_blast_among_its_handlers_is_disrupted(text):
    assert classify_event(text) == DISRUPTED


@pytest.mark.parametrize("text", [
    "On 2 June 2020, a roadside bomb exploded prematurely near a market in Maiduguri, killing four traders.",
    "On 2 June 2020, a bomb planted under a bus seat exploded in Peshawar, killing six passengers.",
    "On 2 June 2020, militants planted a landmine on a road near Djibo; it killed two women the next day.",
    "On 2 June 2020, soldiers on patrol near Gao were hit by a bomb they suspect was planted by militants.",
])
def test_blasts_that_struck_others_stay_explosions(text):
    assert classify_event(text)[0] == "Explosions/Remote violence"
