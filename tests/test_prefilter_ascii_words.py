"""Texts whose only characters outside ASCII are marks of no case (curly quotes, dashes)
are scanned as ASCII text (``prefilter.ascii_words``): the same folded text and the same
words as the scan of other text, which matches keys as ``re.IGNORECASE`` does."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.incidents.prefilter import _FOLD, KEY_LENGTH, WordFinder, _trie, ascii_words, fold, word_starts

KEYS = ["a", "ki", "str", "ſt", "\u212aa", "é", "ıd", "ab", "gu", "_x", "1"]
MARKS = ["\u2019", "\u201c", "\u201d", "\u2014", "\u2013", "\u00a0", "\u2026", "\u00b0", "\u20ac"]
OTHERS = ["\u24b6", "\u212a", "\u017f", "\u0130", "\u0131", "\u00e9", "\u00c9", "\u2160", "\u00b2", "\u0345", "\u03a3"]
WORDS = ["Kill", "strike", "STR", "a", "ab", "guns", "Ida", "x", "_x", "1st", "k", "s"]


def _slow_words(text: str) -> list[tuple[int, str]]:
    """The other text's scan: keys matched as re.IGNORECASE matches them in the text as it is."""
    rx = re.compile(r"(?<!\w)(?=%s)\w{1,%d}" % (_trie(sorted({fold(k) for k in KEYS})), KEY_LENGTH), re.I)
    folded = text.translate(_FOLD)
    return [(m.start(), folded[m.start() : m.end()]) for m in rx.finditer(text)]


def _check(text: str) -> None:
    if ascii_words(text):
        assert fold(text) == text.translate(_FOLD)
        assert WordFinder({fold(k) for k in KEYS}).words(text) == (_slow_words(text), text.translate(_FOLD))
        whole = [(m.start(), text.translate(_FOLD)[m.start() : m.end()]) for m in re.finditer(r"(?<!\w)\w{1,3}", text)]
        assert list(word_starts(text)[0]) == whole


def test_quotes_and_dashes_leave_a_text_ascii_words_and_letters_do_not():
    assert ascii_words("He said \u201cno\u201d \u2014 twice.") and ascii_words("plain")
    assert not ascii_words("Caf\u00e9 strike") and not ascii_words("\u212aILLED") and not ascii_words("\u24b6 mark")
    assert not ascii_words("\u2160 Corps")  # a Roman numeral is a word character


def test_texts_of_words_and_marks_scan_as_other_texts_do():
    rng = random.Random(5)
    for _ in range(500):
        parts = [rng.choice(WORDS + MARKS + [" ", ", ", "."]) for _ in range(rng.randint(0, 20))]
        text = "".join(parts)
        assert ascii_words(text)
        _check(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS + MARKS + OTHERS + [" ", "-", "'"]), max_size=25))
def test_any_text_scans_the_same(parts):
    _check("".join(parts))
