"""The location step's shortcuts answer as the plain calls they replace.

``location_cues.seat_before`` skips the seat pattern where the words before a place
cannot end as a seat phrase; ``variants.exact_places`` reads a name's gazetteer rows
before making places; ``actors.homeland_named`` keeps its answers for the last texts
asked. Each is compared with the call it stands for, on sentences of our own and on
text built from the patterns' words.
"""

from __future__ import annotations

import random

import pytest

from geo.gazetteer import load_gazetteer, normalize_name
from geo.incidents.actors import homeland_named
from geo.incidents.location_cues import SEAT, seat_before
from geo.incidents.variants import _EXACT_KINDS, exact_places

BEFORE = [
    "the group, which is Oldtown-based ", "a monitor based in ", "the ministry said in a statement in ",
    "the minister told reporters in ", "speaking in\n", "in a statement from ", "gunmen raided his home in ",
    "during a visit to ", "the envoy meets rebel leaders in ", "talks in ", "a SUMMIT IN ", "the embassy in\t",
    "a court in ", "he lives in ", "born in ", "killed in ", "attacked ", "near ", "", "   ", "-", "in a statement FROM  ",
    "north of ", "the Oldtown-BASED", "VISIT TO", "went to ", "clashes in the town of ",
]


def _spans(m):
    return None if m is None else (m.start(), m.end())


@pytest.mark.parametrize("before", BEFORE)
def test_seat_before_finds_what_the_seat_pattern_finds(before):
    assert _spans(seat_before(before)) == _spans(SEAT.search(before))


def test_seat_before_on_text_of_the_patterns_words():
    words = ["based", "-based", "in", "from", "to", "said", "told", "reporters", "speaking", "statement", "a", "home",
             "visit", "meets", "meet", "talks", "summit", "embassy", "sitting", "court", "lives", "living", "born",
             "headquartered", "Oldtown", "the", "IN", "From", "TO", "Based"]
    seps = [" ", "  ", "\n", "\t", "", "-", ", "]
    rng = random.Random(11)
    seen_seat = 0
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(0, 6)))
        expected = SEAT.search(text)
        seen_seat += expected is not None
        assert _spans(seat_before(text)) == _spans(expected), text
    assert seen_seat > 50  # the texts do hold seat phrases


def test_exact_places_are_those_lookup_gives_of_those_kinds():
    gz = load_gazetteer()
    rng = random.Random(5)
    names = [gz.name[r] for r in rng.sample(range(len(gz.name)), 400)]
    names += list(gz.abbreviations)[:50] + ["Nowhere Town", "  ", "Springfield", "Victoria", "Georgia", "Punjab"]
    some = 0
    for name in names:
        expected = [p for p in gz.lookup(name) if p.feature_code in _EXACT_KINDS]
        some += bool(expected)
        assert exact_places(gz, name, normalize_name(name)) == expected, name
    assert some > 50


def test_the_kept_homeland_is_the_reports_own():
    from geo.incidents.identity_militias import _homeland_index

    home = _homeland_index("home")[1]
    first = next(iter(home))
    other = next(name for name, iso in home.items() if iso != home[first])
    texts = [f"{first} herders clashed with farmers.", "Police dispersed a crowd in Oldtown.",
             f"{other} youths blocked the road.", f"{first} herders clashed with farmers."]
    answers = [homeland_named(t) for t in texts + texts[::-1]]  # kept for the last texts asked
    assert answers == [homeland_named.__wrapped__(t) for t in texts + texts[::-1]]
    assert answers[0] != answers[2] and answers[0] and answers[2] and not answers[1]


COMPASS_SENTENCES = [
    "Gunmen attacked a polling station in Jos North on Saturday.",
    "Troops shelled positions near Mosul West and Aden Central overnight.",
    "The clash in Bunia East Market left three dead.",
    "Protesters marched from the north of Kano to the Central Bank.",
    "Nothing moved in Sittwe; the eastern road stayed shut.",
    "JOS NORTH and jos north: the same ward, written twice.",
    "Residents of Upper Nile South fled to Malakal West, then to Renk Central.",
    "",
]


def test_compass_units_are_scanned_only_where_a_compass_word_is():
    from geo.incidents.location_compass import _COMPASS_UNIT
    from geo.incidents.prefilter import GroupedPattern

    assert isinstance(_COMPASS_UNIT, GroupedPattern)
    plain = _COMPASS_UNIT.regex
    some = 0
    for text in COMPASS_SENTENCES:
        expected = [m.span() for m in plain.finditer(text)]
        some += bool(expected)
        assert [m.span() for m in _COMPASS_UNIT.finditer(text)] == expected, text
        assert (_COMPASS_UNIT.search(text) or plain.search(text)) is None or \
            _COMPASS_UNIT.search(text).span() == plain.search(text).span()
    assert some >= 3
