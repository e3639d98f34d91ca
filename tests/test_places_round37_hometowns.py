"""Place recognition, round 37: a small town after a person's name and "of" ("Ann Lee of
Oldtown") is where the person lives, as English reports name people, and not a word
inside a longer name. Every sentence is written for these tests; the towns are small
ones picked for them (none of some size, so that only the construction can carry them).
"""

import pytest

from geo.places import parse_places


def found(text):
    return {m.text: (m.place.country_code if m.place else None) for m in parse_places(text)}


@pytest.mark.parametrize("text, name, country", [
    ("The prize went to Ingrid Holm of Rjukan, who spoke after the ceremony.", "Rjukan", "NO"),
    ("Survivors include a brother, Peter Walsh of Portree; and two nieces.", "Portree", "GB"),
    ("The winning entry came from Sophie Maier of Hallstatt in the youth class.", "Hallstatt", "AT"),
    ("A witness, Liam Byrne of Kinsale, said the boat had capsized.", "Kinsale", "IE"),
])
def test_a_small_town_after_a_persons_name_and_of_is_the_persons_home(text, name, country):
    assert found(text).get(name) == country


@pytest.mark.parametrize("text, word", [
    # an English word ending a name after what reads as a person's name ("Silver Medal")
    # and "of" stays a word where no town of some size is called by it: an honour's name
    ("The society gave him its Silver Medal of Temperance last spring.", "Temperance"),
    ("The old soldier wore the Silver Medal of Jubilee on his coat.", "Jubilee"),
])
def test_an_english_word_after_a_name_and_of_stays_a_word(text, word):
    """Guards the exception (passes before the rule too; fails if the rule takes any
    word after a person's name and "of" for a town)."""
    assert word not in found(text)
