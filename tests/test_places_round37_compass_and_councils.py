"""Place recognition, round 37: a town whose name is also a frequent English word is
kept where the text says it is a place, in two more ways English writes it:

- a locative before a compass word that places something within the town ("in northern
  Bath", "in downtown Mobile"): the locative locates the town's name too;
- the town's name opening a sentence before its own authorities ("Wells City Council
  met"): the word before a council or police is the town's name, whatever else it means.

Every sentence is written for these tests.
"""

import pytest

from geo.places import parse_places


def found(text):
    return {m.text: (m.place.country_code if m.place else None) for m in parse_places(text)}


@pytest.mark.parametrize("text, name, country", [
    ("Shops reopened in northern Bath after the storm.", "Bath", "GB"),
    ("Traffic was diverted in downtown Mobile for the parade.", "Mobile", "US"),
    ("Two houses burned in west Bath overnight.", "Bath", "GB"),
])
def test_a_locative_before_a_compass_word_locates_the_town(text, name, country):
    assert found(text).get(name) == country


@pytest.mark.parametrize("text, name, country", [
    ("Wells City Council met on Tuesday.", "Wells", "GB"),
    ("Mobile City Council approved the deal.", "Mobile", "US"),
    ("Bath City Council has said it did not know.", "Bath", "GB"),
])
def test_a_town_opening_a_sentence_before_its_council_is_the_town(text, name, country):
    assert found(text).get(name) == country


@pytest.mark.parametrize("text, word", [
    # (guards: these pass with and without the rules) a frequent word opening a sentence
    # before no authority stays a word; a compass word after no locative locates nothing
    ("Bath towels were sold out by noon.", "Bath"),
    ("Mobile phones were banned at the meeting.", "Mobile"),
])
def test_frequent_words_elsewhere_stay_words(text, word):
    """Guards behaviour that must not change (passes before and after)."""
    assert word not in found(text)
