"""Riot triggers, round 38: words that made a riot of a peaceful or broken-up
demonstration (sentences written for these tests). ACLED's codebook types a demonstration
by its crowd's own conduct: a building found burnt is a state the crowd saw, and a force
that breaks up a crowd with violence makes a protest with intervention, not a riot."""

import pytest

from geo.incidents import classify_event


# -- "violently dispersed": the violence is the police's.
@pytest.mark.parametrize("text", [
    "Riot police violently dispersed hundreds of protesters outside parliament in Harare.",
    "Soldiers violently dispersed a crowd of traders in Bamako.",
    "Police violently broke up a protest by students in Khartoum.",
])
def test_a_crowd_violently_dispersed_is_a_protest_with_intervention(text):
    assert classify_event(text) == ("Protests", "Protest with intervention")


# -- "a burnt building": the participle after an article names a state, not an act.
@pytest.mark.parametrize("text", [
    "Shopkeepers held a silent vigil beside a burnt building in Mombasa to demand compensation.",
    "Villagers marched past a burned church in Jos to demand more patrols.",
    "Mourners rallied beside the burnt bus in Abuja, demanding safer roads.",
])
def test_a_burnt_building_seen_by_a_peaceful_crowd_is_no_riot(text):
    assert classify_event(text) == ("Protests", "Peaceful protest")


# Guard (behaviour that must not change): the crowd's own violence stays a riot.
@pytest.mark.parametrize("text", [
    "Protesters burnt a building and two cars in Mombasa.",
    "Students staged a violent protest in Kampala, stoning passing vehicles.",
    "Demonstrators burned the council offices in Lusaka.",
])
def test_the_crowds_own_burning_or_violence_stays_a_riot(text):
    assert classify_event(text)[0] == "Riots"
