"""The index of an ASCII text's words (``prefilter.word_starts``), built by C loops over a
copy with every other character a space, is the one the regex ``_WORD_START`` gives.
(Guards behaviour that must not change: it passes on the regex-built index too.)"""

import random
import string

from geo.incidents.prefilter import _WORD_START, word_starts


def _by_regex(text: str):
    folded = text.lower()
    return tuple((m.start(), m.group()) for m in _WORD_START.finditer(folded)), folded


def test_ascii_texts_are_indexed_as_the_regex_indexes_them():
    texts = ["", " ", "a", "__init__ x_1 9a", "Rain fell on Lisbon, (again) -- at 7:45pm!!",
             "  two  spaces\tand\nlines;end", "don't re-enter the U.N. building"]
    rng = random.Random(7)
    texts += ["".join(rng.choice(string.printable) for _ in range(rng.randint(1, 60))) for _ in range(2000)]
    for text in texts:
        assert word_starts.__wrapped__(text) == _by_regex(text), repr(text)
