"""A past attack a crowd remembers ("to mark the anniversary of the bombing", "in memory of
those killed in the massacre") is what the gathering is about, not its event (ACLED's
codebook types an event by what happened at it). Sentences written for these tests, about
places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "Party members marched in Kampala to mark the anniversary of the 2005 bombing.",
    "Residents held a sit-in in Beirut to commemorate the victims of the port explosion.",
    "Survivors staged a protest in Mumbai on the anniversary of the train bombings.",
])
def test_an_attack_remembered_is_not_the_gatherings_event(text):
    assert classify_event(text) == ("Protests", "Peaceful protest")


def test_a_fight_at_a_commemoration_is_the_event():
    text = "Two factions of the youth wing clashed at a rally held to remember the grenade attack in Sylhet."
    assert classify_event(text) == ("Riots", "Violent demonstration")
