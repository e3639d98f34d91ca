"""An English word that opens a sentence before a word in lower case qualifies that word
("Walnut growers …"); a small town abroad named by the word is no place there unless the
text says it is one. Every sentence here is written for these tests."""

import pytest

from geo.places import parse_places


def found(text):
    return {m.text: m for m in parse_places(text) if m.place is not None}


@pytest.mark.parametrize("text, word", [
    ("Walnut growers blocked a highway on Monday to demand better prices from exporters.", "Walnut"),
    ("Cocoa traders shut their stalls for two days after a new levy was announced.", "Cocoa"),
    ("Granite workers walked off the job over unpaid wages, a union official said.", "Granite"),
])
def test_a_word_opening_a_sentence_before_the_word_it_qualifies_is_no_place(text, word):
    assert word not in found(text)


@pytest.mark.parametrize("text, word", [
    ("Cocoa police arrested two men after a shop was looted overnight.", "Cocoa"),
    ("Walnut residents said the storm cut power to homes in Walnut for a day.", "Walnut"),
])
def test_the_word_named_as_a_town_stays_a_place(text, word):
    """Guard (passes before and after): the text says the word is a town, by its police
    or by a locative before it."""
    assert word in found(text)
