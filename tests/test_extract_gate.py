"""The multi-pattern scan (``geo.incidents.pattern_gate``) never rules out a pattern that
matches, and the scans gated by it find exactly what the plain scans find.

A pattern's Hyperscan copy is a superset of it: wherever ``re`` finds a match, in a text
or in any part or lower-cased copy of the report being read, the scan must answer the
pattern's id. Checked on hand-written sentences (with the constructs the copy drops or
widens: anchors, ``\\b``, look-arounds, back-references, scoped flags, Unicode case
folding) and on random text.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.incidents import pattern_gate, pattern_superset
from geo.incidents.prefilter import GatedPattern, KeyedPatterns

pytestmark = pytest.mark.skipif(pattern_gate._off(), reason="no Hyperscan here")

PATTERNS = [re.compile(p, f) for p, f in [
    (r"\b(?:ambush(?:ed|es)?|raid(?:ed|s)?)\b", re.I),
    (r"(?<!anti-)\briot(?:s|ers?)?\b(?! police)", re.I),
    (r"\b(?-i:[A-Z][a-z]+) (?:militia|brigade)\b", re.I),
    (r"^\s*(?:reports?|sources?) said", re.I | re.M),
    (r"\b(\w+) and \1\b", re.I),  # a back-reference: "again and again"
    (r"(?i:shelling)|(?-i:Drone)", 0),
    (r"\bkilled\s+(?:\w+\s+){0,3}?civilians\b", re.I),
    (r"\b\d{1,3}\s+(?:people|persons)\b", re.I),
    (r"(?>gun)(?:fire|shots?)", re.I),
    (r"\bstrikes?\b", re.I),  # "ſtrike" (long s) matches it: a Unicode case fold
    (r"k(?:idnap)", re.I),  # "\u212aidnap" (the Kelvin sign) matches it
    (r"(?a:\w+)stan\b", 0),
    (r"[^\x00-\x7f]+", 0),
    (r"\u2019s (?:convoy|camp)", re.I),
    (r"\bbomb(?:ing)?s?\b$", re.I),
]]

SENTENCES = [
    "Gunmen ambushed a patrol near Segou; two soldiers died.",
    "Anti-riot police dispersed rioters in Kano after the vote.",
    "A local militia attacked a camp outside Lubero, killing four.",
    "Reports said shelling hit Kharkiv overnight.",
    "Shells fell again and again on the outskirts of Aleppo.",
    "A Drone strike hit a convoy in Marib; DRONE debris was found.",
    "Soldiers killed at least five unarmed civilians in Sagaing.",
    "Flooding displaced 120 people in Sindh, officials said.",
    "Heavy gunfire was heard at dawn in Port-au-Prince.",
    "Teachers in Lahore began a \u017ftrike over unpaid wages.",
    "Armed men tried to \u212aidnap a trader in Zamfara.",
    "Fighting spread across Waziristan and Sindh.",
    "The army\u2019s convoy left Gulu \u2014 \u201cquietly\u201d.",
    "\u0130DLIB: a car bombing",
    "Nothing of note happened at the market in Culiac\u00e1n today.",
]


def _ids():
    ids = [pattern_gate.register(p) for p in PATTERNS]
    # (compiled in the background: until then the scan rules nothing of them out)
    assert pattern_gate.wait_compiled(timeout=120)
    return ids


def _parts(text: str):
    """Some parts of ``text``: words, halves, the sentence's own lower-cased copy."""
    yield text
    yield text.lower()
    for k in range(0, len(text), 7):
        yield text[k:]
        yield text[:k]
        yield text[k:k + 20]
        yield text.lower()[k:k + 25]


def test_the_scan_never_rules_out_a_pattern_that_matches():
    ids = _ids()
    for sentence in SENTENCES:
        pattern_gate.set_document(sentence)
        for part in _parts(sentence):
            found = pattern_gate.possible(part)
            assert found is not None
            for p, i in zip(PATTERNS, ids):
                if p.search(part):
                    assert i in found, (p.pattern, part)


def test_texts_read_alone_are_scanned_alone():
    ids = _ids()
    pattern_gate.set_document(None)
    for sentence in SENTENCES:
        found = pattern_gate.possible(sentence)
        for p, i in zip(PATTERNS, ids):
            if p.search(sentence):
                assert i in found, (p.pattern, sentence)


def test_the_scan_rules_out_patterns_absent_from_a_text():
    ids = dict(zip((p.pattern for p in PATTERNS), _ids()))
    pattern_gate.set_document(None)
    quiet = "Nothing of note happened at the market in Valparaiso today."
    found = pattern_gate.possible(quiet)
    for source in (r"\b(?:ambush(?:ed|es)?|raid(?:ed|s)?)\b", r"\bstrikes?\b", r"(?>gun)(?:fire|shots?)",
                   r"\bkilled\s+(?:\w+\s+){0,3}?civilians\b", r"\u2019s (?:convoy|camp)"):
        assert ids[source] not in found
    # a copy drops anchors and look-arounds: "anti-riot" may still match the riot pattern's
    # copy, but a text without "riot" rules it out
    assert ids[r"(?<!anti-)\briot(?:s|ers?)?\b(?! police)"] not in found


def test_a_pattern_matching_the_empty_text_is_never_ruled_out():
    assert pattern_gate.superset_source(re.compile(r"(?:rebels?)?")) is None
    assert pattern_gate.superset_source(re.compile(r"\b(?=raid)")) is None
    assert pattern_gate.superset_source(re.compile(r"raid")) is not None


def test_case_folds_to_ascii_letters_are_all_known():
    # every character outside ASCII that re.IGNORECASE matches with an ASCII letter
    letters = re.compile("[a-z]", re.I)
    found = {chr(c) for c in range(128, sys.maxunicode + 1) if letters.fullmatch(chr(c))}
    assert found == set(pattern_superset.FOLDS_TO_ASCII)
    for ch, letter in pattern_superset.FOLDS_TO_ASCII.items():
        assert re.fullmatch(letter, ch, re.I)


def test_gated_and_keyed_scans_match_the_plain_ones_with_and_without_the_scan():
    keyed = KeyedPatterns(PATTERNS)
    plain_keyed = KeyedPatterns(PATTERNS)
    plain_keyed._gate_ids = None
    gated = [GatedPattern(p) for p in PATTERNS]
    ungated = [GatedPattern(p) for p in PATTERNS]
    for g in ungated:
        g._gate = None
    for sentence in SENTENCES:
        pattern_gate.set_document(sentence)
        for part in (sentence, sentence.lower(), sentence[5:40]):
            want = [[m.span() for m in p.finditer(part)] for p in PATTERNS]
            assert [[m.span() for m in ms] for ms in keyed.finditer_each(part)] == want
            assert [[m.span() for m in ms] for ms in plain_keyed.finditer_each(part)] == want
            for p, g, u in zip(PATTERNS, gated, ungated):
                assert [m.span() for m in g.finditer(part)] == [m.span() for m in p.finditer(part)]
                assert bool(g.search(part)) == bool(u.search(part)) == bool(p.search(part))
                assert g.sub("#", part) == p.sub("#", part)


_ALPHABET = st.sampled_from(list("aeiknorst dgmbl") + ["gun", "fire", "riot", "anti-", " and ", "\u017f", "\u212a",
                                                       "\u0131", "\u2019s camp", "12 ", "people", "\n", "Drone"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_random_text_never_loses_a_match(text):
    ids = _ids()
    pattern_gate.set_document(text)
    for part in (text, text.lower(), text[3:], text[:-3]):
        found = pattern_gate.possible(part)
        for p, i in zip(PATTERNS, ids):
            if p.search(part):
                assert i in found, (p.pattern, part)


REPORTS = [
    "Gunmen ambushed a patrol near Segou on 3 March 2024, killing two soldiers and wounding four.",
    "Police fired tear gas at protesters in Karachi who were demanding the release of a cleric.",
    "Two rival militias clashed in Maniema; eleven villagers, a village chief among them, died.",
    "A roadside bomb hit a convoy on the Kandahar-Herat highway; the Taliban claimed it.",
    "Residents said troops shot dead a herder, 34, outside Sagaing before dawn.",
]


def _extract_all(env_extra: dict) -> list[str]:
    import json
    import os
    import subprocess

    env = {**os.environ, **env_extra}
    lines = "".join(json.dumps({"id": str(k), "text": t, "date": "2024-03-04"}) + "\n" for k, t in enumerate(REPORTS))
    done = subprocess.run([sys.executable, "-m", "geo", "extract"], input=lines, capture_output=True, text=True,
                          env=env, check=True)
    return done.stdout.splitlines()


def test_extraction_is_the_same_without_the_scan():
    with_scan = _extract_all({})
    assert with_scan  # (the reports do hold incidents)
    assert with_scan == _extract_all({"GEO_NO_HYPERSCAN": "1"})


def test_threads_reading_other_reports_never_lose_a_match():
    import threading

    ids = _ids()
    failures = []

    def read(sentences):
        for _ in range(20):
            for sentence in sentences:
                pattern_gate.set_document(sentence)
                for part in (sentence, sentence[4:30], sentence.lower()):
                    found = pattern_gate.possible(part)
                    for p, i in zip(PATTERNS, ids):
                        if p.search(part) and found is not None and i not in found:
                            failures.append((p.pattern, part))

    threads = [threading.Thread(target=read, args=(SENTENCES[k::3],)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures
