"""A name before a word for a people's group ("the Tarbes clan", "Vierzon tribesmen",
"the Cholet ethnic community") is the people's, not a town abroad that shares it, unless
the text puts something in the place. Every sentence here is written for these tests."""

import pytest

from geo.places import parse_places


def names(text):
    return [m.text for m in parse_places(text) if m.place is not None]


@pytest.mark.parametrize("text, name", [
    ("Elders of the Tarbes clan met at dawn to settle a quarrel over grazing.", "Tarbes"),
    ("Vierzon tribesmen drove off cattle from a neighbouring camp before sunrise.", "Vierzon"),
    ("Leaders of the Cholet ethnic community called for calm after the funeral.", "Cholet"),
])
def test_a_name_before_a_word_for_its_people_is_no_place(text, name):
    assert name not in names(text)


@pytest.mark.parametrize("text, name", [
    ("Two clans clashed in Cholet, and Cholet tribesmen later blocked the road.", "Cholet"),
    ("Kerala ethnic groups held a joint rally on Friday.", "Kerala"),
    ("Cholet ethnic clashes left the market shut for a week.", "Cholet"),
])
def test_a_place_named_as_such_or_a_region_stays(text, name):
    """Guard (passes before and after): the text puts something in the town, the name
    is a province's, or "ethnic" qualifies something else than the people."""
    assert name in names(text)
