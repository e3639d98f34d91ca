"""A demonstration's own crowd named by where it lives ("locals", "inhabitants") who
assault someone during it: a violent demonstration (ACLED's codebook: the crowd's own
violence makes a riot), not a demonstration others broke in on. Sentences written for these tests, about places
world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "On 4 March 2021, locals assaulted a traffic police officer and blocked the highway near Butwal during a demonstration against a road death.",
    "On 4 March 2021, locals assaulted two council officials during a protest over a market fee in Lome.",
    "On 4 March 2021, inhabitants of the quarter attacked a tax collector during their demonstration in Bouake.",
])
def test_the_crowds_own_assault_makes_a_riot(text):
    assert classify_event(text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    "On 4 March 2021, police assaulted striking nurses during their sit-in at the ministry in Accra.",
    "On 4 March 2021, three officers taken for protesters were beaten by other policemen during demonstrations in Goma.",
])
def test_a_crowd_assaulted_by_others_stays_a_protest(text):
    assert classify_event(text)[0] == "Protests"
