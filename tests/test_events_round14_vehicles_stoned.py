"""A vehicle stoned or vandalised is a crowd's act (ACLED's codebook: vandalism and
stone-throwing are what makes a demonstration or a crowd's violence a riot), unlike
vehicles burned in an ambush, which an armed group's attack may do. Sentences are the
team's own."""

import pytest

from geo.incidents.events import classify_event
from geo.taxonomy import RIOTS


@pytest.mark.parametrize("text", [
    "The mayor's car was stoned by angry youths in Tamale.",
    "The minister's convoy was stoned near Takoradi.",
    "Two police vehicles were vandalised by students outside the campus in Gulu.",
])
def test_vehicles_stoned_or_vandalised_are_a_riot(text):
    assert classify_event(text)[0] == RIOTS


def test_near_miss_trucks_burned_in_an_ambush_are_no_riot():
    assert classify_event("Two trucks were burned when gunmen ambushed a convoy near Gao.")[0] != RIOTS
