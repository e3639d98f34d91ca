"""Place recognition, round 37: the name after a word that says someone lives or lived
there and "of" ("a native of Oldtown", "a resident of Oldtown", "formerly of Oldtown")
is a place, as after "residents of", whatever else the word means (a given name, a
frequent word). Every sentence is written for these tests.
"""

import pytest

from geo.places import parse_places


def found(text):
    return {m.text: (m.place.country_code if m.place else None) for m in parse_places(text)}


@pytest.mark.parametrize("text, name", [
    ("She is survived by a sister, formerly of Shelby, and two sons.", "Shelby"),
    ("The singer, a native of Marion, returned for the concert.", "Marion"),
    ("He is a lifelong resident of Chester and a retired teacher.", "Chester"),
    ("Natives of Clinton gathered for the reunion.", "Clinton"),
])
def test_a_name_after_a_residents_word_and_of_is_a_place(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text, word", [
    # (guards: these pass with and without the rule) a word after "of" elsewhere
    ("She spoke in favour of Shelby and his plan.", "Shelby"),
    ("The portrait of Marion hangs in the hall.", "Marion"),
])
def test_a_name_after_other_words_and_of_stays_a_name(text, word):
    """Guards behaviour that must not change (passes before and after)."""
    assert word not in found(text)
