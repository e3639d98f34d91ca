"""The guards and agents of a forest, wildlife or park service carry arms against poachers
and raiders, as rangers do (phrases.toml's armed keepers): an attack on them is a battle
(ACLED's codebook), however the report names them. Near miss: forest villagers stay
civilians. Sentences are the team's own."""

import pytest

from geo.incidents.events import classify_event
from geo.taxonomy import BATTLES, VAC


@pytest.mark.parametrize("text", [
    "Agents of the forestry service were attacked by poachers in the Dja reserve.",
    "Suspected jihadists attacked a post of forestry agents near Arly, killing three.",
    "Poachers opened fire on wildlife agents patrolling the Garamba park.",
])
def test_forest_and_wildlife_agents_attacked_fight_a_battle(text):
    assert classify_event(text)[0] == BATTLES


def test_near_miss_villagers_of_the_forest_are_civilians():
    assert classify_event("Poachers attacked forest villagers collecting honey near the Dja reserve.")[0] == VAC
