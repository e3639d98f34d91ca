"""Natural features the gazetteer lacks under their own name: "Lake Tana", "the
Kishwaukee River", "Anthony Creek". The gazetteer may know the name's word only as a
hamlet's or a region's other name (or not at all); with a lake's, river's or island's
word beside it, the run names a feature all the same, placed coarsely where the report
is (``find._unknown_place``)."""

from __future__ import annotations

from geo.gazetteer import Gazetteer
from geo.gazetteer.names import word_key
from geo.places.text import Text
from geo.places.words import FUNCTION_WORDS, NATURAL_FEATURE_WORDS

MAX_NAME_WORDS = 2  # "Lake Tana", "Little Kanawha River"
FREQUENT_RANK = 1000  # "Gulf War": a frequent noun after the feature's word names an event


def names_a_natural_feature(t: Text, i: int, j: int, gz: Gazetteer) -> bool:
    """Whether the capitalised run [i, j) is a natural feature's word and a name of one
    or two words ("Lake Tana", "Kishwaukee River", "Mount Elgon"): no person's ("Anne
    Hill": the person finder marked it), no function word, and after the feature's
    word no frequent noun ("the Gulf War", "Mountain Time")."""
    n = j - i - 1
    if not 1 <= n <= MAX_NAME_WORDS:
        return False
    first, last = t.lower(i), t.lower(j - 1)
    if first not in NATURAL_FEATURE_WORDS and last not in NATURAL_FEATURE_WORDS \
            or t.person_tokens.intersection(range(i, j)):
        return False
    if first in NATURAL_FEATURE_WORDS and last not in NATURAL_FEATURE_WORDS:
        names = range(i + 1, j)
        if any(gz.word_ranks.get(word_key(t.words[k]), FREQUENT_RANK) < FREQUENT_RANK for k in names):
            return False
    elif last in NATURAL_FEATURE_WORDS and first not in NATURAL_FEATURE_WORDS:
        names = range(i, j - 1)
    else:
        return False
    return all(t.capitalised(k) and t.lower(k) not in FUNCTION_WORDS for k in names)
