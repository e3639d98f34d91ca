"""Openings (a match's first characters, spaces included) rule out candidate words
before a pattern is tried there; the keyed scan, word by word from the memo of a
text's words, still finds exactly what ``finditer`` finds."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.incidents.lexicon import generic_actors, trigger_rules
from geo.incidents.pattern_openings import OPENING_LENGTH, openings
from geo.incidents.prefilter import SHORT_TEXT, KeyedPatterns, fold

PATTERNS = [
    re.compile(r"\b(?:an? earlier|the (?:recent )?(?:string|wave) of|(?:the )?day after)\b", re.I),
    re.compile(r"\b(?:were|was) (?:set ablaze|burn(?:ed|t))\b", re.I),
    re.compile(r"\b(?:in|on|by) ?(?P<month>January|March|May)\b(?!\s+\d)"),
    re.compile(r"\b(?:in custody|into custody|in (?:\w+ )?detention)\b", re.I),
    re.compile(r"\b(?:(?P<n>\d+|two|three) (?:or|to) (?:\d+|four)|between\s+\d+\s+and\s+\d+)\b", re.I),
    re.compile(r"\b(?:a|an|one) (?:soldier|police ?man|civilian)s?\b", re.I),
]
TEXTS = [
    "The day after an earlier raid, the recent wave of attacks went on; the string of bombings.",
    "Two trucks were set ablaze and a shop was burnt; they were burning tyres.",
    "In March, on May 3 and byJanuary in may; in March 2019; In March the rains came.",
    "He was in custody, then into custody, then in police detention; in Detention.",
    "two or 4 died, 3 to four fled, between 2 and 6 were held; two or three",
    "A soldier and an policeman, one civilian, a police man, an apple.",
    "THE DAY AFTER, An Earlier attack, WERE SET ABLAZE, \u212aill one CIVILIANS in \u0130stanbul.",
    "", "the", "in", "was", "a", "the day",
]


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_openings_read_the_first_characters_of_every_alternative():
    assert openings(PATTERNS[1]) == {"were set", "were bur", "was set ", "was burn"}
    first = openings(PATTERNS[0])
    # An optional group is both taken and skipped ("the recent …", "the string of").
    assert {"an earli", "a earlie", "the rece", "the stri", "the wave", "day afte", "the day "} <= first
    assert all(len(o) <= OPENING_LENGTH for o in first)
    # Case folded as re.IGNORECASE folds it; a case-sensitive month folded too (a coarser filter).
    assert "in janua" in openings(PATTERNS[2]) and "injanuar" in openings(PATTERNS[2])


def test_a_digit_or_a_category_ends_an_opening_unless_digits_are_ascii():
    assert openings(PATTERNS[4]) is None  # a match may open with any digit: nothing to tell
    ascii_ = openings(PATTERNS[4], ascii_digits=True)
    assert {"two or f", "two or 4", "two to f", "three or", "between"} <= ascii_ and "7" in ascii_
    assert "in " in openings(PATTERNS[3])  # "in (?:\\w+ )?detention": the opening stops at \\w


def test_a_match_always_starts_with_one_of_its_openings():
    for p in PATTERNS + [r.pattern for r in trigger_rules()] + [g.pattern.regex for g in generic_actors()]:
        found = openings(p)
        if found is None:
            continue
        for text in TEXTS:
            for m in p.finditer(text):
                assert fold(text).startswith(tuple(found), m.start()), (p.pattern[:60], text, m.group())


def test_keyed_scan_with_openings_finds_what_finditer_finds():
    scan = KeyedPatterns(PATTERNS)
    for text in TEXTS + [" ".join(TEXTS) * 20]:  # and a text too long for the word memo
        for p, found in zip(PATTERNS, scan.finditer_each(text)):
            assert _spans(found) == _spans(p.finditer(text)), (p.pattern, text[:80])
    assert len(" ".join(TEXTS) * 20) > SHORT_TEXT


def test_openings_rule_out_words_that_open_no_match():
    """The point of them: "the", "was" and "in" are tried only where the words after fit."""
    tried = []

    class Counting:
        def __init__(self, pattern):
            self.pattern, self.flags, self._p = pattern.pattern, pattern.flags, pattern

        def match(self, text, pos=0):
            tried.append(pos)
            return self._p.match(text, pos)

        def finditer(self, text):
            return self._p.finditer(text)

    scan = KeyedPatterns([Counting(PATTERNS[1])])
    text = "The police was there, the crowd was angry and two cars were set ablaze."
    assert [m.group() for m in scan.finditer_each(text)[0]] == ["were set ablaze"]
    assert tried == [text.index("were")]  # "was there", "was angry": never tried


_WORDS = ["the", "a", "an", "was", "were", "in", "on", "by", "set", "ablaze", "burnt", "day", "after", "earlier",
          "recent", "wave", "of", "custody", "detention", "police", "two", "or", "to", "four", "3", "between",
          "and", "soldier", "civilians", "March", "May", "January", "THE", "Was", "\u212aill", "\u0130n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + [" ", "  ", ", ", "-", ".", "\n"]), max_size=30))
def test_any_text_of_the_patterns_words_scans_as_finditer_does(parts):
    text = "".join(parts)
    for p, found in zip(PATTERNS, _SCAN.finditer_each(text)):
        assert _spans(found) == _spans(p.finditer(text)), (p.pattern, text)


_SCAN = KeyedPatterns(PATTERNS)


def test_lexicon_patterns_on_random_sentences_of_their_words():
    rules = [r.pattern for r in trigger_rules()]
    scan = KeyedPatterns(rules)
    words = sorted({w for p in rules for w in re.findall(r"[a-z]{2,}", p.pattern)} | {"the", "a", "was", "in"})
    rng = random.Random(11)
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 25)))
        for p, found in zip(rules, scan.finditer_each(text)):
            assert _spans(found) == _spans(p.finditer(text)), (p.pattern[:60], text)
