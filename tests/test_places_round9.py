"""Place recognition, round 9: words that look like places and are not, and places that
hide inside other names. Every sentence is written for these tests, about places
world-wide; each rule is shown on three sentences or more that fail without it.
"""

import pytest

from geo.places import parse_places


def found(text):
    return {m.text: (m.place.country_code if m.place else None) for m in parse_places(text)}


# --- A country's name as another language spells it is the English word it spells ---

@pytest.mark.parametrize("text, word", [
    ("Grenade attacks wounded four soldiers in Maiduguri.", "Grenade"),
    ("Grenade blasts hit a market in Kampala on Sunday.", "Grenade"),
    ("Indie musicians staged a concert for displaced families in Kaduna.", "Indie"),
    ("He signed with an Indie label based in Lagos.", "Indie"),
    ("Chili prices doubled at markets in Sinaloa after the blockade.", "Chili"),
    ("Suede boots were looted from a shop in Aleppo.", "Suede"),
])
def test_a_foreign_spelling_of_a_country_that_is_an_english_word_is_the_word(text, word):
    places = found(text)
    assert word not in places
    assert len(places) == 1  # the real place of the sentence is still found


@pytest.mark.parametrize("text, word, country", [
    ("Kiev said the drones came from the east.", "Kiev", "UA"),
    ("Kiev was shelled overnight, officials said.", "Kiev", "UA"),
    ("Grenada held elections on Monday.", "Grenada", "GD"),
    ("Chile sent rescuers to Haiti after the earthquake.", "Chile", "CL"),
    ("The squad flew to Brasil for the final against Colombia.", "Brasil", "BR"),
    ("Burma's generals met in Naypyidaw.", "Burma", "MM"),
])
def test_english_names_and_foreign_spellings_where_something_is_still_place(text, word, country):
    assert found(text).get(word) == country
