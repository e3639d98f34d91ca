"""Wounds by a blade or a blunt weapon are attacks on people, not only killings: "hacked
with machetes", "slashed with a cutlass", "hit with iron bars" make an event sentence,
and a weapon named after "hit" is no air strike. Who struck decides the rest as before
(ACLED's codebook: an armed group's attack on civilians; a battle when the wounded were
armed keepers). Near misses: computers hacked, prices slashed, a strike that hit a depot.
Sentences are the team's own."""

import pytest

from geo.incidents.events import classify_event
from geo.taxonomy import BATTLES, EXPLOSIONS, VAC


@pytest.mark.parametrize("text", [
    "Two herders hacked a farmer with a machete near Mokwa.",
    "Bandits slashed a rice trader with a cutlass on the road to Dosso.",
    "Gunmen hit a shopkeeper with rifle butts and took his takings in Zinder.",
    "Militiamen hacked three villagers with machetes in a field outside Lubero.",
])
def test_blade_and_blunt_wounds_are_attacks(text):
    assert classify_event(text) == (VAC, "Attack")


def test_a_keeper_hacked_by_a_gang_is_a_fight_between_armed_sides():
    assert classify_event("A night watchman was hacked with machetes by thieves who raided a depot in Jinja.")[0] == BATTLES


@pytest.mark.parametrize("text", [
    "Unknown people hacked into the website of the electoral commission in Lilongwe.",
    "The ministry slashed fuel prices by ten percent in Lusaka.",
])
def test_near_miss_computers_and_prices_name_no_event(text):
    assert classify_event(text) is None


def test_near_miss_a_strike_that_hit_a_depot_stays_remote_violence():
    assert classify_event("A drone strike hit a fuel depot near Kherson.")[0] == EXPLOSIONS
