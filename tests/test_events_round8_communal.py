"""Fights between peoples and over herds (ACLED's codebook: communal or ethnic militias
fighting each other, and raiders and herders, are armed organised sides, a battle; a
loose crowd's fight is mob violence): the dead of a fight between named peoples may be
told in a sentence of no trigger of its own, and a clash over a raid on herds is no
crowd's brawl. Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event

CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "Rival Nuer groups fought near Akobo over pasture. Three people died.",
    "Nyangatom and Dassanech groups clashed near Omorate on Sunday. Three men died.",
    "Rival Lou Nuer groups fought near Akobo over pasture. Four men died.",
])
def test_deaths_of_a_fight_between_peoples_told_apart_make_a_battle(text):
    assert classify_event(text) == CLASH


def test_a_fight_between_peoples_with_injuries_only_stays_unorganised():
    assert classify_event("Rival Nuer groups fought near Akobo over pasture. Three people were hurt.")[0] == "Riots"


def test_a_fight_between_clans_with_its_dead_told_apart_stays_a_battle():
    assert classify_event("Rival Hawiye clans clashed over a well near Beledweyne. Five deaths were reported.") == CLASH


@pytest.mark.parametrize("text", [
    "Herding camps near Kapoeta fought each other over a cattle raid; dozens were killed.",
    "Villagers clashed with neighbours over a goat raid near Kotido; three died.",
    "Villagers clashed with neighbours over a livestock raid near Moroto; four died.",
    "Youths of two villages fought after a camel raid near Galkayo, leaving six dead.",
])
def test_a_fight_over_a_raid_on_herds_is_a_battle(text):
    assert classify_event(text)[0] == "Battles"
