"""A pattern that may open with any figure ("\\d", a number word) and needs some strings
("attacks", "dead") is tried at its words only in text holding one of those strings, and
finds there what ``finditer`` finds; it is never scanned whole in text of ASCII words
(numbers are in most reports, the strings in few: a whole scan tries every position).
"""

from __future__ import annotations

import random
import re

import pytest

from geo.incidents.background import _STATISTIC
from geo.incidents.prefilter import KeyedPatterns

COUNTED = re.compile(r"\b(?:at least |some )?(?:\d+|two|three|several|dozens of)\s+(?:\w+\s+){0,2}?"
                     r"(?:attacks|raids)\b(?:\s+(?:this|last)\s+(?:year|month))?", re.I)
DEAD = re.compile(r"\b(?:\d+|one|five|many)\s+(?:people\s+|villagers\s+)?(?:were\s+)?(?:found\s+)?dead\b", re.I)
# Opens with a word, not a figure: keyed by its words as before (a neighbour in one scanner).
BURNED = re.compile(r"\b(?:burn(?:ed|t)|torched)\s+\w+", re.I)
PATTERNS = [COUNTED, DEAD, BURNED]

SENTENCES = [
    "Insurgents carried out 14 attacks on army posts in Tillaberi this year, the governor said.",
    "At least three raids on villages near Kita were reported last month.",
    "Five villagers were found dead on 2 March after gunmen torched huts in Maniema.",
    "Militiamen burned 30 houses in Lubero on 4 June; 12 people dead, a local chief said.",
    "Two drones struck a convoy near Marib on 9 May.",  # figures, none of the strings
    "Soldiers repelled several attacks on Kidal and 40 raids since 2021 in the Gao region.",
    "In \u0130dlib, 7 people were found dead after 3 attacks \u2014 monitors counted 11 raids.",  # other letters
    "Gunmen killed 9 miners in Sagaing; dozens of attacks this year, the junta said.",
    "",
]


class _Counting:
    """A compiled pattern that counts its whole-text scans."""

    def __init__(self, pattern: re.Pattern):
        self._pattern = pattern
        self.scans = 0

    def finditer(self, text):
        self.scans += 1
        return self._pattern.finditer(text)

    def __getattr__(self, name):
        return getattr(self._pattern, name)


def _spans(found):
    return [[m.span() for m in ms] for ms in found]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_scanner_finds_what_finditer_finds(text):
    scan = KeyedPatterns(PATTERNS)
    assert _spans(scan.finditer_each(text)) == [[m.span() for m in p.finditer(text)] for p in PATTERNS]
    alone = KeyedPatterns([COUNTED])  # the scanner's only pattern: its strings looked for before its words
    assert _spans(alone.finditer_each(text)) == [[m.span() for m in COUNTED.finditer(text)]]


def test_text_of_ascii_words_holding_the_strings_is_not_scanned_whole():
    for patterns in (PATTERNS, [COUNTED], [DEAD]):
        scan = KeyedPatterns(patterns)
        counting = [_Counting(p) for p in scan.patterns]
        scan.patterns = tuple(counting)
        found = 0
        for text in SENTENCES:
            if text.isascii():
                found += sum(map(len, scan.finditer_each(text)))
        assert found >= 2  # the texts hold matches
        assert [c.scans for c in counting] == [0] * len(patterns)


def test_other_letters_are_scanned_whole_only_where_the_strings_are():
    scan = KeyedPatterns([COUNTED, DEAD])
    counting = [_Counting(p) for p in scan.patterns]
    scan.patterns = tuple(counting)
    text = "In \u0130dlib, 7 people were found dead after 3 attacks."
    assert _spans(scan.finditer_each(text)) == [[m.span() for m in p.finditer(text)] for p in (COUNTED, DEAD)]
    assert [c.scans for c in counting] == [1, 1]
    assert _spans(scan.finditer_each("In \u0130dlib, 7 people fled.")) == [[], []]
    assert [c.scans for c in counting] == [1, 1]  # no "attacks", no "dead": no scan


def test_the_readers_statistic_pattern_on_random_text():
    pattern = _STATISTIC.regex
    scan = KeyedPatterns([pattern])
    words = ["14", "two", "attacks", "raids", "this", "year", "since", "2019", "more", "than", "over", "the",
             "bombings", "in", "Kidal", "were", "recorded", "clashes", "some", "1,200", "killings", "often",
             "twelve", "\u00c9vora", "dozens", "of"]
    rng = random.Random(33)
    matched = 0
    for _ in range(1500):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        expected = [m.span() for m in pattern.finditer(text)]
        matched += bool(expected)
        assert _spans(scan.finditer_each(text)) == [expected], text
    assert matched > 100
