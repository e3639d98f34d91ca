"""Seventh round of place recognition, for newswire in general. Every sentence and name
here is written for these tests."""

import pytest

from geo.places import parse_places
from geo.places.find import find_mentions


def found(text):
    return {m.text: m for m in parse_places(text)}


def spans(text):
    return [m.text for m in find_mentions(text)]


# An office "of" a place ("the Mayor of Mosul"): the title opens no person's name, and
# the place after "of" is a place.
@pytest.mark.parametrize("text, name, country", [
    ("The Mayor of Mosul said the bridge over the river would reopen next week.", "Mosul", "IQ"),
    ("The Emir of Kano called for calm after the clashes on Friday.", "Kano", "NG"),
    ("The President of Colombia flew to the border town on Tuesday.", "Colombia", "CO"),
    ("The Governor of Herat told reporters that the road was safe again.", "Herat", "AF"),
])
def test_the_place_of_an_office_is_a_place(text, name, country):
    assert found(text)[name].place.country_code == country


@pytest.mark.parametrize("text", [
    "The Minister of Defence said more troops would be sent.",  # no place after "of"
    "Mayor Austin Reed cut the ribbon on the new market.",  # a title before a person still names him
])
def test_near_misses_of_an_office_of_a_place(text):
    assert spans(text) == []
