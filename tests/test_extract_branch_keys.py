"""A pattern opening with an alternation of which most alternatives open with known words
and one or two may open with any word ("(?-i:[a-z]+ed) to pieces") is tried only at the
words the others open with, in a text holding none of the strings those one or two need
(``pattern_keys.branch_keys``); elsewhere it is scanned whole. Either way the scan finds
exactly what the plain ``finditer`` finds."""

from __future__ import annotations

import random
import re

import pytest

from geo.incidents.pattern_keys import branch_keys
from geo.incidents.prefilter import KeyedPatterns, PatternGroup

# Patterns of our own, shaped as the reader's are: a word list and a catch-all alternative.
SHREDDED = re.compile(r"\b(?:shredd(?:ed|ing)|torn apart|(?-i:[a-z]+ed) to pieces)\b", re.I)
SEIZED = re.compile(r"\b(?P<verb>seiz(?:ed|ing)|impound(?:ed|ing)|(?-i:[a-z]+ed) (?:and|then) confiscated)"
                    r"(?:\s+(?P<what>\w+))?", re.I)
FLED = re.compile(r"(?<!\w)(?:fled|escaped|(?:\w+ ){1,2}ran for (?:their|his|her) lives)", re.I)
CATCH_ALL = [SHREDDED, SEIZED, FLED]

SENTENCES = [
    "Militiamen shredded the ballot papers in Goma and the boxes were smashed to pieces.",
    "The market stalls were torn apart by the storm; nothing was blown to pieces.",
    "Customs officers seized 40 rifles at the Kano checkpoint and impounded two lorries.",
    "Rangers stopped and confiscated the fuel; smugglers were searched then confiscated nothing.",
    "Villagers in Shan State fled the shelling while others ran for their lives into the hills.",
    "Residents escaped; the young men ran for his lives, a guard ran for her lives.",
    "SHREDDED, Torn Apart and CRUSHED TO PIECES: the files of the Aleppo office.",
    "Nothing happened in Mogadishu on Tuesday.",
    "Pieces of the bridge near Kherson were found; it was blasted to bits.",
    "",
]


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


def test_the_keys_are_the_word_alternatives_and_the_strings_the_catch_all_needs():
    keys, ascii_digits, escapes = branch_keys(SHREDDED)
    assert {k.rstrip() for k in keys} == {"shr", "tor"}
    assert not ascii_digits
    assert escapes == frozenset({" to pieces"})
    keys, _, escapes = branch_keys(SEIZED)
    assert {k.rstrip() for k in keys} == {"sei", "imp"}
    assert escapes == frozenset({" confiscated"})
    keys, _, escapes = branch_keys(FLED)  # (?<!\w) opens a word as \b does
    assert {k.rstrip() for k in keys} == {"fle", "esc"}
    assert escapes == frozenset({"ran for "})


def test_patterns_with_no_such_alternation_have_no_branch_keys():
    assert branch_keys(re.compile(r"[A-Z][a-z]+ (?:Brigade|Front)\b")) is None  # no alternation opens it
    assert branch_keys(re.compile(r"\b(?:\w+ed|\w+ing)\b", re.I)) is None  # no alternative opens with known words
    assert branch_keys(re.compile(r"\b(?:shot|\w+)\b", re.I)) is None  # a catch-all needing no string


@pytest.mark.parametrize("pattern", CATCH_ALL, ids=["shredded", "seized", "fled"])
def test_a_catch_all_alternative_makes_the_pattern_keyed_with_an_escape(pattern):
    scan = KeyedPatterns([pattern])
    assert [escape[0] for escape in scan._escapes] == [0]
    assert not scan._scanned


@pytest.mark.parametrize("text", SENTENCES)
def test_the_scan_finds_what_finditer_finds(text):
    scan = KeyedPatterns(CATCH_ALL)
    for pattern, found in zip(CATCH_ALL, scan.finditer_each(text)):
        assert _spans(found) == _spans(pattern.finditer(text)), (pattern.pattern, text)
    group = PatternGroup(CATCH_ALL)
    for member, pattern in zip(group.members, CATCH_ALL):
        found, expected = member.search(text), pattern.search(text)
        assert (found and found.span()) == (expected and expected.span())


def test_the_scan_finds_what_finditer_finds_on_text_of_the_patterns_words():
    words = ["shredded", "Shredding", "torn", "apart", "smashed", "to", "pieces", "PIECES", "seized", "impounding",
             "stopped", "and", "then", "confiscated", "fled", "escaped", "ran", "for", "their", "his", "lives",
             "Goma", "rifles", "the", "ed", "-ed", "blasted"]
    seps = [" ", "  ", ", ", "-", "", "\n", "; "]
    rng = random.Random(27)
    scan = KeyedPatterns(CATCH_ALL)
    matched = [0] * len(CATCH_ALL)
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(0, 10)))
        for k, (pattern, found) in enumerate(zip(CATCH_ALL, scan.finditer_each(text))):
            expected = _spans(pattern.finditer(text))
            matched[k] += bool(expected)
            assert _spans(found) == expected, (pattern.pattern, text)
    assert all(n > 100 for n in matched)  # the texts do hold matches of each, catch-alls included


class _CountingPattern:
    """A compiled pattern whose ``match`` calls are counted."""

    def __init__(self, regex: re.Pattern):
        self.regex = regex
        self.pattern, self.flags = regex.pattern, regex.flags
        self.calls = 0

    def match(self, text, pos=0):
        self.calls += 1
        return self.regex.match(text, pos)

    def finditer(self, text):
        return self.regex.finditer(text)


def test_a_text_without_the_strings_every_match_needs_is_not_tried_at_common_words():
    # Keyed by "the", a word of every sentence: where neither " were shredded" nor " to pieces"
    # is, no match can be, and "the" is not tried (fewer candidates than the usual gate needs).
    pattern = re.compile(r"\b(?:the (?:files|ballots) were shredded|(?-i:[a-z]+ed) to pieces)\b", re.I)
    scan = KeyedPatterns([pattern])
    assert scan._escapes and not scan._scanned
    counting = _CountingPattern(pattern)
    scan.patterns = (counting,)
    for text in ["The army said the town of Bor was calm and the roads open.",
                 "In Sittwe the rains cut the road to the port.",
                 "The files were burnt; the ballots were shredded in Herat."]:
        assert _spans(scan.finditer_each(text)[0]) == _spans(pattern.finditer(text)), text
    assert counting.calls == 2  # the third sentence's two, only
