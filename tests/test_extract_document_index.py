"""The document's word index (``prefilter.DocumentIndex``): a scanner none of whose
patterns can open at any word of the current document answers "no match" for a part of
the document without reading it, and answers every other text as ``finditer`` does.

Each check compares the scanner with the plain patterns, on reports of our own, with the
document the pipeline would have made current and with another one current.
"""

from __future__ import annotations

import random
import re

import pytest

from geo.incidents import prefilter
from geo.incidents.prefilter import DOCUMENT, KeyedPatterns, begin_document

PATTERNS = [
    re.compile(r"\b(?:ambush(?:ed|es)?|attack(?:ed|s)?)\b", re.I),
    re.compile(r"\b(?:was|were) (?:burnt|torched)\b", re.I),
    re.compile(r"\b(?P<n>\d+|two|three) (?:soldiers|herders)\b", re.I),
    re.compile(r"\b(?-i:[A-Z][a-z]+) (?:militia|brigade)\b"),  # opens with any capitalised word
]

REPORTS = [
    "Gunmen ambushed a convoy near Gao on Monday. Two soldiers died. The Kita brigade withdrew.",
    "A quiet market day in Mopti ended with a rally for teachers' pay.",
    "Residents said three herders were missing after a raid in Jonglei State.",
    "Houses were torched in a village outside Beni; the Mayi brigade denied any part in it.",
    "Counterattacks by the army recaptured the bridge at Kherson.",  # "attack" only inside a word
    "Des hommes armés ont attaqué un poste à Djibo.",  # other letters than ASCII's
]


def _plain(text: str) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in p.finditer(text)] for p in PATTERNS]


def _scanned(scan: KeyedPatterns, text: str) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in found] for found in scan.finditer_each(text)]


def _parts(report: str) -> list[str]:
    """The texts the rules read of a report: the whole, its sentences, runs of its words,
    and slices that cut words (those are not parts of the document's words)."""
    parts = [report] + [s.strip() for s in re.split(r"(?<=[.;])\s", report) if s.strip()]
    words = list(re.finditer(r"\S+", report))
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 5) + 1):
            parts.append(report[words[i].start() : words[j - 1].end()])
    parts += [report[k:] for k in range(1, min(len(report), 40))] + [report[:k] for k in range(1, min(len(report), 40))]
    return parts


@pytest.mark.parametrize("report", REPORTS)
def test_every_part_of_a_report_scans_as_finditer(report):
    for keyed in (True, False):
        _check_parts(KeyedPatterns(PATTERNS, keyed), report)


def _check_parts(scan: KeyedPatterns, report: str) -> None:
    begin_document(report)
    for part in _parts(report):
        assert _scanned(scan, part) == _plain(part), part


@pytest.mark.parametrize("report", REPORTS)
def test_texts_of_another_document_scan_as_finditer(report):
    scan = KeyedPatterns(PATTERNS)
    begin_document("Nothing to note today.")  # another document is current: its index must rule nothing out here
    for part in _parts(report):
        assert _scanned(scan, part) == _plain(part), part


def test_a_scanner_with_no_word_in_the_document_is_ruled_out():
    scan = KeyedPatterns(PATTERNS[:3])
    begin_document("A quiet market day in Mopti ended with a rally for teachers' pay.")
    assert _scanned(scan, "A quiet market day in Mopti") == [[], [], []]
    assert scan._ruled_out  # the answer came from the index, not from the words
    begin_document("Gunmen ambushed a convoy near Gao.")
    assert _scanned(scan, "Gunmen ambushed a convoy") == [[(7, 15)], [], []]
    assert not scan._ruled_out


def test_a_pattern_scanned_whole_rules_a_document_in_by_its_strings():
    scan = KeyedPatterns(PATTERNS[3:], keyed=False)  # scanned whole where the text holds "militia" or "brigade"
    begin_document("Fighters of the Kita brigade left Sevare at dawn.")
    assert _scanned(scan, "Fighters of the Kita brigade left") == [[(16, 28)]]
    begin_document("Fighters left Sevare at dawn and crossed into Niger.")
    assert _scanned(scan, "Fighters left Sevare at dawn") == [[]]
    assert scan._ruled_out


def test_a_slice_inside_a_word_is_no_part_of_the_document():
    begin_document("Counterattacks by the army recaptured the bridge at Kherson.")
    assert DOCUMENT.holds("the army recaptured")
    assert not DOCUMENT.holds("attacks by the army")  # "Counter" before it: not the document's word
    assert not DOCUMENT.holds("Counterattack")  # "s" after it
    scan = KeyedPatterns(PATTERNS[:1])
    assert _scanned(scan, "attacks by the army") == [[(0, 7)]]


def test_random_reports_of_the_patterns_words():
    words = ["Ambushed", "attack", "attacks", "counterattack", "was", "were", "burnt", "torched", "two", "3", "soldiers",
             "herders", "Kita", "militia", "brigade", "the", "in", "Gao", "wasburnt", "\u212aita", "d\u00e9j\u00e0"]
    rng = random.Random(31)
    # the patterns together and each alone (a scanner of one pattern is ruled out most often)
    scans = [(KeyedPatterns(PATTERNS), PATTERNS)] + [(KeyedPatterns([p]), [p]) for p in PATTERNS]
    found = ruled_out = 0
    for _ in range(300):
        report = " ".join(rng.choice(words) + rng.choice(["", "", ",", "."]) for _ in range(rng.randint(1, 8)))
        begin_document(report)
        for part in _parts(report)[:40]:
            for scan, patterns in scans:
                expected = [[m.span() for m in p.finditer(part)] for p in patterns]
                found += any(expected)
                assert _scanned(scan, part) == expected, (report, part)
                ruled_out += scan._ruled_out
    assert found > 500 and ruled_out > 500  # the texts do hold matches, and scanners are ruled out


def test_pipeline_makes_the_report_current():
    from geo.incidents import extract_incidents_from_text

    text = "Gunmen attacked a police post in Djibo on 3 May 2024, killing four officers."
    extract_incidents_from_text(text, "2024-05-04")
    assert prefilter.DOCUMENT.text == text
