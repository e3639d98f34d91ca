"""Keys that open only a whole word ("a" of "a hundred" is never the "a" of "attack"):
the keyed scan still finds exactly what ``finditer`` finds."""

from __future__ import annotations

import re

from geo.incidents.prefilter import WHOLE_WORD, KeyedPatterns, _start_keys, start_keys

PATTERNS = [
    re.compile(r"\b(?:a (?:bomb|mine)|in custody|at\s+least \d+|an?-odd|and)\b", re.I),
    re.compile(r"\b(?:between\s+(?:\d+|two|a hundred)\s+and\s+\d+|a\W+few)\b", re.I),
    re.compile(r"\b(?:at|in|on)\s+(?-i:[A-Z]\w+)"),
    re.compile(r"\b(?:to (?:demand|protest)|ox[ -]carts?|i\.e\.)", re.I),
]
TEXTS = [
    "A bomb went off at least 3 times in custody; attackers attacked an army post.",
    "At  least 12 were held, at Lowtown and in Hillside, an-odd year for a few of them.",
    "Between two and 4 carts, between a hundred and 300 ox-carts; a...few atoms; anda.",
    "They came to demand pay, to protest, tomorrow; i.e. in Ostend, inside Ostend, at\u00a0Dorf.",
    "\u00c0 bomb, a\u2019 mine, A MINE, \u212a at Ämtern in Ålborg, a-odd, an",
    "a", "", "at", "in custody", "and and and android",
]


def test_short_words_followed_by_a_space_or_non_word_are_whole_words():
    keys, _ = _start_keys(PATTERNS[0], exact=True)
    assert {"a" + WHOLE_WORD, "in" + WHOLE_WORD, "at" + WHOLE_WORD, "and"} <= keys
    assert "a" not in keys  # "attack" opens no match of the first pattern
    # The public keys stay prefixes, as before.
    assert start_keys(PATTERNS[0]) == {"a", "in", "at", "an", "and"}


def test_keyed_scan_with_whole_words_finds_what_finditer_finds():
    scan = KeyedPatterns(PATTERNS)
    for text in TEXTS:
        for p, found in zip(PATTERNS, scan.finditer_each(text)):
            assert [m.span() for m in found] == [m.span() for m in p.finditer(text)], (p.pattern, text)


def test_patterns_scanned_whole_behind_their_strings_find_what_finditer_finds():
    capitalised = re.compile(r"\b(?P<who>[A-Z][a-z]{2,})s? (?:hill |river )?(?:militias?|youths|herders)\b")
    scan = KeyedPatterns([capitalised, PATTERNS[0]], keyed=False)
    texts = TEXTS + ["Hillcrest youths and Lowland Militia met Dunmore herders; the Rivers river militias",
                     "Hillcrest YOUTHS, a youthful Millbrook herder"]
    for text in texts:
        for p, found in zip([capitalised, PATTERNS[0]], scan.finditer_each(text)):
            assert [m.span() for m in found] == [m.span() for m in p.finditer(text)], (p.pattern, text)
    assert any(scan.finditer_each(texts[-2])[0])
