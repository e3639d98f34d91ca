"""State abbreviations as headlines write them before a noun ("Ore. farmers"), and the
abbreviations that are also titles. Every sentence is written for these tests."""

import pytest

from geo.places import parse_places


def found(text):
    return {m.text: (m.place.name, m.place.feature_code) for m in parse_places(text) if m.place}


@pytest.mark.parametrize("text, surface, state", [
    ("Stranded Ore. hikers rescued after two nights on the ridge.", "Ore.", "Oregon"),
    ("Tenn. lawmakers delay vote on school calendar.", "Tenn.", "Tennessee"),
    ("Police search for missing Colo. teen near the lake.", "Colo.", "Colorado"),
])
def test_a_state_abbreviation_before_a_noun_is_the_state(text, surface, state):
    assert found(text)[surface] == (state, "ADM1")


@pytest.mark.parametrize("text, surface", [
    ("The prize went to Miss. the judges said nothing more.", "Miss."),
    ("Tenn. Later that day the team flew home.", "Tenn."),
])
def test_a_title_or_an_abbreviation_before_a_new_sentence_is_not_read_so(text, surface):
    assert surface not in found(text)
