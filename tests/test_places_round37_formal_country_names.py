"""Place recognition, round 37: a country's formal name, though all its words are
frequent English words and it is not the gazetteer's main name ("the Russian
Federation", "the Syrian Arab Republic", "the Republic of Korea"), is the country, not
ordinary words that an alternate name happens to match. Every sentence is written for
these tests.
"""

import pytest

from geo.places import parse_places


def found(text):
    return {m.text: (m.place.country_code if m.place else None) for m in parse_places(text)}


@pytest.mark.parametrize("text, name, country", [
    ("The Russian Federation said it would respond to the new tariffs.", "Russian Federation", "RU"),
    ("Talks with the Syrian Arab Republic stalled on Tuesday.", "Syrian Arab Republic", "SY"),
    ("The Republic of Korea sent two aid flights after the storm.", "Republic of Korea", "KR"),
    ("She was born in the United States of America and moved abroad.", "United States of America", "US"),
])
def test_a_countrys_formal_name_is_the_country(text, name, country):
    assert found(text).get(name) == country


@pytest.mark.parametrize("text, word", [
    # (guards: these pass with and without the rule) ordinary words that only some
    # lesser place's alternate name matches stay words
    ("Reporters gathered outside the White House on Friday.", "White House"),
    ("The Golden State has faced three dry winters.", "Golden State"),
])
def test_ordinary_words_matching_no_country_stay_words(text, word):
    """Guards behaviour that must not change (passes before and after)."""
    assert word not in found(text)
