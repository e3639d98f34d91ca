"""The rule modules' patterns that are scanned through ``geo.incidents.prefilter`` (tried
only at the words a match can open with, or only in texts holding a string every match
needs) find exactly what their plain ``finditer`` and ``search`` find: on hand-written
sentences, on texts made of the patterns' own words, and on random text (hypothesis)."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.incidents import actor_names, background, dates, demonstrations, events, fatality_patterns, locations
from geo.incidents.prefilter import GroupedPattern

GROUPED = {
    "background cue": background._BACKGROUND_CUE, "protest object": background._PROTEST_OBJECT,
    "explicit date": dates.EXPLICIT_DATE, "weekday": dates._WEEKDAY, "month only": dates._MONTH_ONLY, "relative date": dates._RELATIVE,
    "kill": fatality_patterns.KILL_RX, "fatalities count": fatality_patterns.FATALITIES_COUNT, "death of": fatality_patterns.DEATH_OF,
    "vague dead": fatality_patterns.VAGUE_DEAD, "unknown count": fatality_patterns.UNKNOWN_COUNT,
    "part of subject": fatality_patterns.PART_OF_SUBJECT, "range": fatality_patterns.RANGE,
    "state force": actor_names._STATE_FORCE, "named gang": actor_names._NAMED_GANG,
    **{f"identity {kind}": rx for kind, rx in actor_names.IDENTITY_WORDS},
    "protest word": events._PROTEST_WORD, "protest violence": demonstrations.PROTEST_VIOLENCE, "intervention": demonstrations.INTERVENTION,
    "excessive": demonstrations.EXCESSIVE, "communal": events._COMMUNAL, "armed agent": events._ARMED_AGENT,
    "firearm": events._FIREARM, "out of combat": events._OUT_OF_COMBAT, "counted targets": locations._COUNTED_TARGETS,
}

SENTENCES = [
    "Gunmen shot dead a trader on Monday and left two guards wounded.",
    "Ruritanian troops and the Ruritanian Air Force struck three depots, two of the sites inside Nordland.",
    "At least 4 deaths and several fatalities were reported; an unknown number of casualties.",
    "The raid led to the deaths of two herders, days after an earlier attack, in retaliation for the killing.",
    "Last week, in early March, residents marched to protest against the arrest; two days ago, nothing.",
    "Dozens of villagers were hacked to death; the attack resulted in his death.",
    "Twelve militants, including two commanders, were killed; five guards, among them a cook, died.",
    "Between 6 and 8 herders, either five or six guards, 10-12 traders and 3 and 4 boys: 24-26 June.",
    "Between ٦ and ٨ herders, ١٢-15 guards and 7–9 traders (digits of other scripts).",
    "Nobody died. It was quiet yesterday, this morning and over the weekend.",
    "Police fired teargas and shot dead an off-duty soldier as rioters torched cars and threw stones; AK-47s.",
    "Members of the Red Hill gang and Los Tres cartels fought; inter-ethnic and sub-clan clashes, communal tribesmen.",
    "İSTANBUL: ſtrikes; \u212aILLED; KILLED; Killed; ki\u0307lled — a strike on Sunday.",
    "",
    "dead",
]


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


def _same_as_plain(text: str) -> None:
    for name, grouped in GROUPED.items():
        plain = grouped.regex
        assert _spans(grouped.finditer(text)) == _spans(plain.finditer(text)), (name, text)
        found, expected = grouped.search(text), plain.search(text)
        assert (found and found.span()) == (expected and expected.span()), (name, text)
        assert grouped.sub(lambda m: "#" * len(m.group()), text) == plain.sub(lambda m: "#" * len(m.group()), text)


def test_the_rule_patterns_are_grouped():
    assert all(isinstance(p, GroupedPattern) for p in GROUPED.values())


@pytest.mark.parametrize("text", SENTENCES)
def test_grouped_patterns_find_what_finditer_finds(text):
    _same_as_plain(text)


def test_grouped_patterns_on_texts_of_their_own_words():
    rng = random.Random(11)
    words = sorted({w for p in GROUPED.values() for w in re.findall(r"[A-Za-z]{2,}", p.regex.pattern)
                    if w not in ("w", "b", "s", "d")} | {"12", "3", "two", "Ruritanian", "Ruritania's"})
    cases = (str.lower, str.upper, str.title, lambda w: w)
    seps = (" ", " ", " ", ", ", "-", " the ", ". ", "'s ", " \u2014 ", " of ")
    for _ in range(400):
        _same_as_plain("".join(rng.choice(cases)(rng.choice(words)) + rng.choice(seps) for _ in range(rng.randint(1, 25))))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["killed", "dead", "left", "two", "12", "of", "the", "deaths", "bodies", "were", "Monday",
                                 "last", "week", "ago", "days", "in", "early", "March", "May", "troops", "Ruritanian",
                                 "sites", "earlier", "protest", "against", "İ", "ı", "ſ", "\u212a", " ", ",", ".", "-",
                                 "to", "death", "several", "unknown", "number",
                                 "including", "among them", "between", "either", "or",
                                 "and", "6", "8", "12", "June", "Sept.", "2016-06-27", "27th", ", 2016", "٧", "٣٤", "–", "herders", "Red", "Hill", "gang", "Cartel", "los", "inter-ethnic", "clansmen",
                                 "communal", "tribesmen", "sub-clan", "teargas", "off-duty", "soldier",
                                 "riot", "police", "shot", "AK-47", "marched", "March", "stones"]), max_size=30))
def test_grouped_patterns_on_random_text(parts):
    _same_as_plain(" ".join(parts) if len(parts) % 2 else "".join(parts))


def test_a_class_of_one_letter_in_both_cases_still_opens_a_word():
    from geo.incidents.prefilter import KeyedPatterns, start_keys

    pattern = re.compile(r"\b(?:(?-i:[Mm]arch(?:ed|es)|march)|rall(?:y|ied))\b", re.I)
    assert start_keys(pattern) == {"mar", "ral"}
    for text in ("They Marched; MARCHED, marches and a March rally.", "Marchers", "smarched", "Marched-rallied"):
        assert [m.span() for m in KeyedPatterns([pattern]).finditer_each(text)[0]] == \
            [m.span() for m in pattern.finditer(text)]


def test_a_digit_class_opens_keys_of_ascii_digits_and_other_scripts_are_scanned_whole():
    from geo.incidents.prefilter import KeyedPatterns, _start_keys

    pattern = re.compile(r"\b(?:between|(?P<n>\d+)\s*(?:-|to)\s*\d+)\b(?=\s+[A-Za-z])", re.I)
    keys, ascii_digits = _start_keys(pattern)
    assert ascii_digits and set("0123456789") | {"bet"} == keys
    scan = KeyedPatterns([pattern])
    assert scan._ascii_digits == [0] and not scan._scanned
    for text in ("between 4 and 5 men, 10-12 men, x12-14 men", "\u0661\u0662-15 men and 7 to 9 men \u2014 Caf\u00e9",
                 "\u0663 to 4 men", "12 - 14 men, 3to4 men"):
        assert [m.span() for m in scan.finditer_each(text)[0]] == [m.span() for m in pattern.finditer(text)]
