"""A pattern opening with an alternation of which most alternatives open with known words
and one or two may open with any word ("(?-i:[a-z]+ed) to pieces") is tried only at the
words the others open with, in a text holding none of the strings those one or two need
(``pattern_keys.branch_keys``); elsewhere it is scanned whole. Either way the scan finds
exactly what the plain ``finditer`` finds."""

from __future__ import annotations

import random
import re

import pytest

from geo.incidents.pattern_keys import branch_keys, branch_openings
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


# Keyed by common verbs ("is", "was", "were") whose matches go on with " on ": the openings
# of those alternatives rule the verbs out wherever " on " does not follow, though the
# catch-all ("\w+-day stoppage") may open with any word (``pattern_keys.branch_openings``).
STOPPAGE = re.compile(r"\b(?:(?:is|was|were|went) on (?:a |an )?(?:hunger |sit-in )?stoppage"
                      r"|\w+-day stoppage)\b", re.I)
STOPPAGE_SENTENCES = [
    "The mayor of Herat was at the mosque when the market was closed and the road was cut.",
    "Dockers in Port Sudan were on a hunger stoppage, and the port was shut; it is quiet now.",
    "Teachers in Lahore went on stoppage while the minister was in Islamabad.",
    "Nurses in Aleppo began a three-day stoppage; the clinic is open, the ward was full.",
    "It is said that the convoy was late and the soldiers were tired.",
    "Miners WERE ON A SIT-IN STOPPAGE at the Kolwezi pit.",
]


def test_the_openings_are_those_of_the_keyed_alternatives():
    found = branch_openings(STOPPAGE)
    assert found is not None
    assert {"is on ", "was on ", "were on ", "went on "} <= {o[: len(o.split(" on ")[0]) + 4] for o in found if " on " in o}
    assert all(o.split(" ")[0] in ("is", "was", "were", "went") for o in found)  # none of the catch-all's
    assert branch_openings(re.compile(r"[A-Z][a-z]+ (?:Brigade|Front)\b")) is None  # no alternation opens it
    assert branch_openings(re.compile(r"\b(?:shot|\w+)\b", re.I)) is None  # a catch-all needing no string


def test_common_verbs_are_not_tried_where_the_keyed_alternatives_cannot_go_on():
    scan = KeyedPatterns([STOPPAGE])
    assert scan._escapes and not scan._scanned
    counting = _CountingPattern(STOPPAGE)
    scan.patterns = (counting,)
    tried = 0
    for text in STOPPAGE_SENTENCES:
        assert _spans(scan.finditer_each(text)[0]) == _spans(STOPPAGE.finditer(text)), text
        if "-day stoppage" not in text.lower():  # (where the catch-all's string is, the text is scanned whole)
            tried += len(re.findall(r"\b(?:is|was|were|went) on\b", text, re.I))
    assert counting.calls == tried  # only the verbs followed by " on ", not every "is" and "was"


def test_the_scan_with_branch_openings_finds_what_finditer_finds_on_text_of_the_patterns_words():
    words = ["is", "was", "were", "went", "WAS", "on", "on", "On", "a", "an", "hunger", "sit-in", "stoppage", "stoppage",
             "three-day", "two-day", "day", "Herat", "the"]
    seps = [" ", " ", " ", "  ", ", ", "-", "", "\n"]
    rng = random.Random(41)
    scan = KeyedPatterns([STOPPAGE, SHREDDED])
    matched = keyed = 0
    for _ in range(6000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(0, 10)))
        found = scan.finditer_each(text)
        expected = _spans(STOPPAGE.finditer(text))
        matched += bool(expected)
        keyed += bool(expected) and "-day stoppage" not in text.lower()
        assert _spans(found[0]) == expected, text
        assert _spans(found[1]) == _spans(SHREDDED.finditer(text)), text
    assert matched > 30 and keyed > 10  # matches through the verbs, in texts read at their candidates, too


def test_the_patterns_a_word_key_opens_are_those_its_prefixes_key():
    # (most keys open no pattern of a scanner: answered before the prefixes are gathered)
    scan = KeyedPatterns(CATCH_ALL + [STOPPAGE])
    rng = random.Random(3)
    letters = "abcdefghijklmnopqrstuvwxyz0123456789"
    keys = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 3))) for _ in range(3000)}
    keys |= {"is", "was", "wer", "wen", "shr", "sh", "s", "tor", "fle", "esc", "sei", "imp", "i", "w"}
    opened = 0
    for key in sorted(keys):
        prefixes = [key[:n] for n in range(1, len(key) + 1)] + ([key + " "] if len(key) < 3 else [])
        expected = {i for k in prefixes for i in scan._by_key.get(k, ())}
        found = scan._ids(key)
        assert {i for i, _ in found} == expected, key
        # each with the openings a word of that key must go on with (None: any)
        assert all(opening == scan._openings[i].get(key) for i, opening in found), key
        opened += bool(expected)
    assert opened >= 8  # keys that open patterns are among them
