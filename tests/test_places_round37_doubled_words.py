"""A word said twice in a row is a reduplicated noun ("a tuk tuk", "piri piri"), not a
place that some town abroad shares with its first half. Every sentence here is written
for these tests."""

import pytest

from geo.places import parse_places


def names(text):
    return [m.text for m in parse_places(text) if m.place is not None]


@pytest.mark.parametrize("text, word", [
    ("A Tuk tuk driver said he was stopped twice at night by men in uniform.", "Tuk"),
    ("The stall sold grilled fish with Piri piri sauce until the market closed.", "Piri"),
    ("Two Tuk-tuk riders were hurt when a truck hit them on the bridge.", "Tuk"),
])
def test_a_doubled_word_is_no_place(text, word):
    assert word not in names(text)


@pytest.mark.parametrize("text, name", [
    ("She taught at a school in Walla Walla for twenty years.", "Walla Walla"),
    ("Farmers near Tuk said the dike held during the storm.", "Tuk"),
    ("Voters in the previous US election had waited for hours.", "US"),
])
def test_a_place_said_once_or_doubled_whole_stays(text, name):
    """Guard (passes before and after): a town whose whole name is doubled is one
    mention; a name said once is untouched, even after a word ending in its letters."""
    assert name in names(text)
