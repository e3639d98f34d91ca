"""A gated pattern (``prefilter.gated``) answers every scan as the compiled pattern does,
and scans a text only when it holds one of the strings every match needs: the reader's
whole-text searches of words that open most positions ("north of", "fought back") are
looked up first, not run at every position of every sentence.
"""

from __future__ import annotations

import random
import re

import pytest

from geo.incidents.background import _DEMONSTRATION_AHEAD
from geo.incidents.death_phrases import LIVES_TAKEN, SURVIVED
from geo.incidents.event_battles import SIDES_FOUGHT
from geo.incidents.location_cues import ALONG, DESTINATION, MOVED_FROM, PREPARED_IN, REFERENCE_POINT, SPEAKER_IN
from geo.incidents.prefilter import GatedPattern, gated

BEARING = re.compile(r"\b(?:north|south|east|west)(?:ern)?\s+of\s+(?:the\s+)?$", re.I)
TOLL = re.compile(r"\b(?:claim(?:ed|s)?|took)\s+(?:at least\s+)?(?P<n>\d+|two|five)\s+lives\b", re.I)
MADE_IN = re.compile(r"\b(?:assembled|built|trained)\s+(?:\w+\s+){0,2}?in\s+$", re.I)
PATTERNS = [BEARING, TOLL, MADE_IN]

TEXTS = [
    "Rebels shelled a camp 30 km north of ",
    "a village just south-east of the ",
    "Drones struck a depot WESTERN OF the ",  # no match: the "of" is there, the bearing's form is not
    "The blast in Mogadishu claimed at least 12 lives on Saturday.",
    "Floods took five lives in Sindh; the landslide claimed two lives in Assam.",
    "Officials said the device was assembled in a workshop in ",
    "Fighters trained for months in ",
    "Gunmen attacked a bus near Kumba.",  # none of the strings: nothing to scan
    "Protesters marched in Caracas; police said the march was peaceful.",
    "\u00c9lecteurs \u00e0 Bouak\u00e9: deux morts, the clash took 2 lives north of ",  # other letters
    "",
]


def _span(m):
    return None if m is None else m.span()


class _Counting:
    """A compiled pattern that counts the scans run with it."""

    def __init__(self, pattern: re.Pattern):
        self._pattern = pattern
        self.scans = 0

    def _count(self, name):
        self.scans += 1
        return getattr(self._pattern, name)

    def search(self, *args):
        return self._count("search")(*args)

    def finditer(self, *args):
        return self._count("finditer")(*args)

    def findall(self, *args):
        return self._count("findall")(*args)

    def sub(self, *args):
        return self._count("sub")(*args)

    def __getattr__(self, name):
        return getattr(self._pattern, name)


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_gated_pattern_answers_as_the_pattern(pattern, text):
    g = gated(pattern)
    assert _span(g.search(text)) == _span(pattern.search(text))
    assert [m.span() for m in g.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert g.findall(text) == pattern.findall(text)
    assert g.sub("<>", text) == pattern.sub("<>", text)
    assert _span(g.search(text, 3)) == _span(pattern.search(text, 3))
    assert _span(g.match(text)) == _span(pattern.match(text))  # other methods: the pattern's own
    assert g.pattern == pattern.pattern and g.flags == pattern.flags


def test_texts_without_the_needed_strings_are_not_scanned():
    for pattern in PATTERNS:
        g = gated(pattern)
        counting = g.regex = _Counting(pattern)
        g.search("Gunmen attacked a bus near Kumba.")
        list(g.finditer("Protesters marched in Caracas."))
        g.sub("", "Troops withdrew from Kidal.")
        assert counting.scans == 0, pattern.pattern
        # a text holding them is scanned as the pattern scans it
        g.search("they took 3 lives, trained in the east, north of ")
        assert counting.scans == 1


def test_the_readers_gated_patterns_on_random_text():
    readers = [SURVIVED, LIVES_TAKEN, SIDES_FOUGHT, _DEMONSTRATION_AHEAD, REFERENCE_POINT, PREPARED_IN, ALONG, DESTINATION,
               MOVED_FROM, SPEAKER_IN]
    assert all(isinstance(p, GatedPattern) for p in readers)
    words = ["soldiers", "fought", "back", "the", "attackers", "claimed", "14", "lives", "north", "of", "trained",
             "in", "ahead", "of", "a", "planned", "protest", "survived", "rescued", "before", "he", "died", "police",
             "repelled", "gunmen", "took", "two", "Sokoto", "\u00c9vora", "upcoming", "rally", "militants", "and",
             "fled", "to", "road", "from", "deployed", "officials", "sources", "between"]
    rng = random.Random(34)
    matched = 0
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12))) + rng.choice(["", " ", "."])
        for p in readers:
            expected = [m.span() for m in p.regex.finditer(text)]
            matched += bool(expected)
            assert [m.span() for m in p.finditer(text)] == expected, (p.pattern[:40], text)
            assert _span(p.search(text)) == _span(p.regex.search(text))
    assert matched > 200


def test_a_pattern_needing_one_of_many_strings():
    # More strings than are looked for one by one: one compiled look at all of them.
    kinds = ["convoy", "checkpoint", "barracks", "outpost", "garrison", "patrol", "base", "camp", "depot", "airfield",
             "armoury", "battalion", "brigade", "regiment", "platoon", "squad", "unit", "division", "command", "post",
             "fort", "bunker", "trench", "position", "line", "front", "column", "detachment", "company", "corps",
             "militia", "fighters", "soldiers", "troops", "gunmen"]
    pattern = re.compile(r"\b(?:army\s+)?(?:%s)s?\b(?:\s+(?:attacked|overran|shelled))?" % "|".join(kinds), re.I)
    g = gated(pattern)
    assert type(g._needed) is frozenset  # (a compiled look once used)
    rng = random.Random(35)
    words = kinds + ["attacked", "overran", "shelled", "a", "the", "army", "near", "Kalemie", "Sittwe", "Kenieba"]
    for _ in range(1500):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 9)))
        assert [m.span() for m in g.finditer(text)] == [m.span() for m in pattern.finditer(text)], text
    assert g.search("Rebels attacked an army convoy near Beni.") is not None
    assert g.search("Rebels marched to Beni.") is None and g.search("Armed men raided Beni.") is None
