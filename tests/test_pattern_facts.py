"""The pattern scans' facts about each rule pattern are kept on disk between processes
(start-up): what is read back is what would be computed, and a broken file is no error."""

import re

import pytest

from geo.incidents import pattern_facts, prefilter

PATTERNS = [
    re.compile(r"\b(?:shot|gunned)\s+dead\b", re.I),
    re.compile(r"\btear\s*gas\b", re.I),
    re.compile(r"\b\d+\s+(?:people|civilians)\b", re.I),
    re.compile(r"[A-Z][a-z]+ (?:Brigade|Front)\b"),
]
TEXT = "Police fired tear gas; 12 civilians were shot dead near the Northern Front base."


@pytest.fixture
def fresh_facts(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(pattern_facts, "_facts", None)
    monkeypatch.setattr(pattern_facts, "_unsaved", False)
    return tmp_path


def _forget():
    pattern_facts._facts = None  # as a new process: read the file again


def test_facts_read_back_are_the_computed_ones(fresh_facts):
    prefilter.KeyedPatterns(PATTERNS)
    assert pattern_facts.facts_path().exists()
    _forget()
    for p in PATTERNS:
        assert prefilter._kept_factors(p) == prefilter.required_factors(p)
        assert prefilter._kept_start_keys(p) == prefilter._start_keys(p, exact=True)
    assert pattern_facts._unsaved is False  # all read from the file, none computed


def test_a_scan_with_kept_facts_matches_as_finditer_does(fresh_facts):
    prefilter.KeyedPatterns(PATTERNS)
    _forget()
    found = prefilter.KeyedPatterns(PATTERNS).finditer_each(TEXT)
    assert [[m.span() for m in ms] for ms in found] == [[m.span() for m in p.finditer(TEXT)] for p in PATTERNS]
    assert all(found)


def test_a_broken_facts_file_is_computed_again_and_replaced(fresh_facts):
    fresh_facts.mkdir(exist_ok=True)
    pattern_facts.facts_path().write_text('{"factors\\u0000', encoding="utf-8")
    scan = prefilter.KeyedPatterns(PATTERNS)
    assert [len(ms) for ms in scan.finditer_each(TEXT)] == [1, 1, 1, 1]
    _forget()
    # a whole file again (and for the pattern with no start keys, whether its alternatives have some)
    assert len(pattern_facts._load()) == 2 * len(PATTERNS) + 1
