"""Text written all in capitals (headlines, menus, shouted banners: "FLOODS HIT DHAKA",
"NEWS FROM LAGOS AND ABUJA"): there a short word in capitals is no acronym, and a
capital letter says nothing of a name."""

from __future__ import annotations

from geo.gazetteer import Gazetteer
from geo.gazetteer.names import word_key
from geo.places.text import Text

CAPS_NEIGHBOURS = 2  # tokens on each side looked at
ORDINARY_RANK = 5000  # a word in capitals among the most frequent English words: written so by style
MIN_LETTERS = 3  # "IN", "OF": too short to tell an acronym from a word


def short_name_in_capitals(t: Text, a: int, b: int, key: str, gz: Gazetteer) -> bool:
    """Whether the short words in capitals [a, b) ("DHAKA", "GAZA", "KIEV") stand in a text
    written in capitals there (``written_in_capitals``) and are no frequent English word
    ("SALE", "MALE", "BAR" are the words, also where a city has the name): a place's
    name to read as the others are, not an acronym."""
    return b - a == 1 and gz.word_ranks.get(key, ORDINARY_RANK) >= ORDINARY_RANK and written_in_capitals(t, a, gz)


def written_in_capitals(t: Text, i: int, gz: Gazetteer) -> bool:
    """Whether the word at token i stands among words in capitals that are ordinary
    English words ("HIT", "FROM", "STORMS"): the text is in capitals there, and a short
    name in capitals ("DHAKA", "SINDH") is the place's name, not an acronym."""
    words, ranks = t.words, gz.word_ranks
    for k in range(max(0, i - CAPS_NEIGHBOURS), min(len(words), i + CAPS_NEIGHBOURS + 1)):
        w = words[k]
        if k != i and len(w) >= MIN_LETTERS and w.isupper() and ranks.get(word_key(w), ORDINARY_RANK) < ORDINARY_RANK:
            return True
    return False
