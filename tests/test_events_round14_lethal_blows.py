"""Blows struck by a group of people of no armed organisation (shopkeepers, neighbours,
conductors) are mob violence whether or not the victim died: ACLED's codebook reads the
riot from who acted (an unorganised group), not from the toll. Near misses: armed men,
the state's forces and a weapon named keep the attack. Sentences are the team's own."""

import pytest

from geo.incidents.events import classify_event
from geo.taxonomy import RIOTS, VAC


@pytest.mark.parametrize("text", [
    "A group of bus conductors beat a passenger to death over a fare dispute in Kano.",
    "Shopkeepers beat a tax collector to death at the market in Mopti.",
    "A group of porters beat a trader to death at the bus station in Kisangani.",
    "Two brothers and their cousins beat a shepherd to death over grazing rights near Tillabéri.",
])
def test_lethal_blows_by_an_unorganised_group_are_mob_violence(text):
    assert classify_event(text) == (RIOTS, "Mob violence")


@pytest.mark.parametrize("text", [
    "Gunmen beat a passenger to death on the road to Gao.",
    "Soldiers assaulted and killed a farmer at a checkpoint near Sittwe.",
    "Three neighbours shot and killed a farmer after a quarrel over a goat near Bouaké.",
])
def test_near_miss_armed_men_forces_or_firearms_keep_the_attack(text):
    assert classify_event(text)[0] == VAC
