"""Marchers are a demonstration's crowd: force used on them is a protest met with force,
not an attack on civilians, though the sentence opens with the police or troops (whose own
marching is no demonstration)."""

from __future__ import annotations

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "Police in Manila beat the marchers with batons, leaving twelve hurt.",
    "Soldiers beat the marchers in Yangon with rifle butts.",
])
def test_force_on_marchers_is_a_protest_with_intervention(text):
    assert classify_event(text) == ("Protests", "Protest with intervention")


def test_marchers_after_the_police_are_still_a_protest():
    assert classify_event("Police in Lima clubbed marchers who were demanding higher pay.")[0] == "Protests"


def test_troops_who_march_are_no_demonstration():
    """Guard (must not change): armed men marching are troops on the move."""
    assert classify_event("Soldiers marched into the town of Gao at dawn.") is None
