"""A pattern that opens with a figure ("12 attacks", "more than 40 raids") and whose
matches all need one of a few strings is read by a scanner of its own, asked only where
one of those strings is (``KeyedPatterns._gated_scans``): its matches are those of
``finditer``, in ASCII text and in text of other scripts, beside patterns keyed by words.
Sentences of our own."""

from __future__ import annotations

import random
import re

import pytest

from geo.incidents.prefilter import KeyedPatterns, PatternGroup

COUNTED = re.compile(r"\b(?:(?:more than|over|some|nearly) )?(?P<n>\d+|two|three|dozens|hundreds)\s+(?:\w+\s+){0,2}?"
                     r"(?:raids|ambushes|bombings|roadblocks)\b", re.I)
YEARLY = re.compile(r"\b(?:\d+|several|many) (?:\w+ )?(?:kidnappings|abductions)\b(?= (?:this|so far))"
                    r"|\b(?:this|last) season\b", re.I)
OTHER = re.compile(r"\b(?:convoy|patrol)\s+(?:was|were)\s+(?:ambushed|hit)\b", re.I)

SENTENCES = [
    "More than 30 raids on villages near Mopti were reported by the monitors.",
    "Over 12 armed ambushes hit supply lines between Goma and Rutshuru.",
    "Some 4 roadblocks were set up by the militia outside Beni.",
    "Dozens of bombings struck markets in the north of the province.",
    "The patrol was ambushed near the river crossing; 7 soldiers were hurt.",
    "At least 200 people fled the fighting in Kidal.",
    "There were 15 kidnappings so far along the highway to Zaria.",
    "Several abductions this month worried farmers in Katsina.",
    "Rains were heavy this season in the valley.",
    "Ataques: 14 raids près de Ségou, selon l\u2019ONU, et 3 ambushes.",
    "\u0661\u0662 raids were counted by the observers in Idlib.",  # a figure in Arabic-Indic digits
    "Nothing of the sort happened in Taiz on Friday.",
]


def _spans(found):
    return [[m.span() for m in ms] for ms in found]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_gated_figure_pattern_matches_as_finditer(sentence):
    patterns = [COUNTED, YEARLY, OTHER]
    scan = KeyedPatterns(patterns)
    assert scan._gated_scans  # the figure patterns were given scanners of their own
    assert _spans(scan.finditer_each(sentence)) == _spans([list(p.finditer(sentence)) for p in patterns])


def test_gated_figure_patterns_on_text_of_their_words():
    words = ["more", "than", "over", "some", "12", "3", "two", "dozens", "of", "raids", "ambushes", "bombings",
             "roadblocks", "kidnappings", "this", "so", "far", "season", "last", "convoy", "was", "ambushed",
             "Raids", "SEASON", "\u0663", "caf\u00e9", "patrol", "were", "hit"]
    seps = [" ", "  ", ", ", "\n", "-", ". "]
    patterns = [COUNTED, YEARLY, OTHER]
    scan = KeyedPatterns(patterns)
    group = PatternGroup(patterns)
    rng = random.Random(7)
    matched = 0
    for _ in range(2000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 12)))
        expected = _spans([list(p.finditer(text)) for p in patterns])
        matched += any(expected)
        assert _spans(scan.finditer_each(text)) == expected, text
        assert [[m.span() for m in member.finditer(text)] for member in group.members] == expected, text
    assert matched > 200  # the texts do hold matches


def test_a_long_text_is_read_as_a_sentence_is():
    text = " ".join(SENTENCES * 12)  # longer than a sentence: the compiled word finder reads it
    patterns = [COUNTED, YEARLY, OTHER]
    assert _spans(KeyedPatterns(patterns).finditer_each(text)) == _spans([list(p.finditer(text)) for p in patterns])


def test_openings_read_key_by_key_are_those_of_the_whole_table():
    from geo.incidents.lexicon import trigger_rules
    from geo.incidents.pattern_keys import KEY_LENGTH
    from geo.incidents.pattern_openings import openings
    from geo.incidents.prefilter import _openings_by_key, _openings_of_key

    patterns = [COUNTED, YEARLY, OTHER] + [r.pattern for r in trigger_rules()]
    rng = random.Random(5)
    letters = "abcdefghijklmnopqrstuvwxyz0123456789 -'"
    read = 0
    for p in patterns:
        found = openings(p, True)
        if not found:
            continue
        table = _openings_by_key(found)
        ordered, short = sorted(found), frozenset(o for o in found if len(o) <= KEY_LENGTH)
        keys = {o[:n] for o in found for n in range(1, KEY_LENGTH + 1)}
        keys |= {"".join(rng.choice(letters) for _ in range(rng.randint(1, KEY_LENGTH))) for _ in range(300)}
        for key in keys:
            assert _openings_of_key(ordered, short, key) == table.get(key), (p.pattern[:60], key)
            read += 1
    assert read > 1000
