"""Pirates are armed criminals and warriors are armed fighters: when the state's forces
kill them, two armed sides met (ACLED's codebook: a battle), not violence against
civilians. Near miss: pirates who attack fishermen hit civilians. Sentences are the
team's own."""

import pytest

from geo.incidents.events import classify_event
from geo.taxonomy import BATTLES, VAC


@pytest.mark.parametrize("text", [
    "Four pirates were shot dead by navy commandos off the coast of Galmudug.",
    "Soldiers killed six pirates who tried to board a tanker in the Gulf of Guinea.",
    "Twelve Mundari warriors were killed by soldiers during a cattle raid near Terekeka.",
])
def test_pirates_and_warriors_killed_by_forces_fought_a_battle(text):
    assert classify_event(text)[0] == BATTLES


@pytest.mark.parametrize("text", [
    "Pirates attacked a fishing boat off Warri and kidnapped three fishermen.",
    "Soldiers killed six fishermen who tried to land their catch near the naval base in Nampula.",
])
def test_near_miss_pirates_attacking_fishermen_or_forces_killing_fishermen_hit_civilians(text):
    assert classify_event(text)[0] == VAC
