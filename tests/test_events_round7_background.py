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


@pytest.mark.parametrize("text", [
    "Hundreds protest the governor's inaction over ethnic clashes in Jos.",
    "Students protested the lynching of their classmate by a mob in Kano.",
    "Parents held a demonstration in Gulu opposing a plan to close schools where there was burning of dormitories.",
    "Teachers marched in Lahore condemning the torching of a school by militants.",
])
def test_violence_the_crowd_protests_is_not_its_own(text):
    assert classify_event(text) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "Residents marched in Beni. Their march was sparked by the murder of a farmer who was cut with machetes.",
    "Villagers marched in Ouallam. The march was prompted by the murder of their chief who was hacked with machetes.",
    "Students rallied in Bouake. The rally was triggered by the rape of a pupil who was beaten with clubs.",
])
def test_what_set_off_a_demonstration_is_not_its_conduct(text):
    assert classify_event(text) == ("Protests", "Peaceful protest")


def test_the_crowds_own_assault_told_in_a_later_sentence_still_counts():
    text = ("Garment workers held a rally inside their factory in Gazipur. "
            "Two managers got assaulted by the striking protesters as they asked them to leave.")
    assert classify_event(text) == ("Riots", "Violent demonstration")
