"""What a warm process reads at start-up stays the same from one process to the next:
the reader's patterns have the same source whatever the string hash seed (a pattern
whose alternatives come from a set in hash order is compiled from its source and its
facts noted anew in every process, and the facts file grows by them each time), and the
facts file drops facts no process reads any more."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from geo.incidents import pattern_facts, prefilter

ROOT = Path(__file__).resolve().parents[1]

# Imports the reader with the kept-compilation hook on and prints the key (flags and
# source) of every pattern compiled meanwhile.
_LIST_SOURCES = """
import json, sys
from geo import batch, compiled_patterns  # (what the batch interface has imported before its first record)
with compiled_patterns.kept_compilation(save_at_least=10**9):
    import geo.incidents, geo.places
print(json.dumps(sorted(compiled_patterns._used)))
"""


def _pattern_sources(seed: str, cache: Path) -> list[str]:
    env = dict(os.environ, PYTHONHASHSEED=seed, GEO_CACHE_DIR=str(cache))
    out = subprocess.run([sys.executable, "-c", _LIST_SOURCES], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_readers_patterns_do_not_depend_on_the_hash_seed(tmp_path):
    first = _pattern_sources("1", tmp_path)
    assert len(first) > 300  # the reader's patterns were seen
    for seed in ("2", "3"):
        other = _pattern_sources(seed, tmp_path)
        assert sorted(set(first) ^ set(other)) == []


@pytest.fixture
def fresh_facts(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(pattern_facts, "_facts", None)
    monkeypatch.setattr(pattern_facts, "_unsaved", False)
    monkeypatch.setattr(pattern_facts, "_unsaved_count", 0)
    monkeypatch.setattr(pattern_facts, "_used", set())
    return tmp_path


def test_facts_no_process_reads_are_dropped_once_they_outnumber_the_rest(fresh_facts):
    stale = {f"factors\0{re.I.value}\0\\bword{k}\\b": [f"word{k}"] for k in range(50)}
    fresh_facts.mkdir(exist_ok=True)
    pattern_facts.facts_path().write_text(json.dumps(stale), encoding="utf-8")
    used = [re.compile(r"\b(?:ambush|ambushed)\s+a\s+convoy\b", re.I), re.compile(r"\bcurfew\b", re.I)]
    prefilter.KeyedPatterns(used)  # notes these patterns' facts and writes the file
    kept = json.loads(pattern_facts.facts_path().read_text(encoding="utf-8"))
    assert not set(stale) & set(kept)
    assert kept and all(key.split("\0")[2] in {p.pattern for p in used} for key in kept)


def test_facts_in_use_elsewhere_are_kept_while_few(fresh_facts):
    other = {f"factors\0{re.I.value}\0\\bword{k}\\b": [f"word{k}"] for k in range(2)}
    fresh_facts.mkdir(exist_ok=True)
    pattern_facts.facts_path().write_text(json.dumps(other), encoding="utf-8")
    prefilter.KeyedPatterns([re.compile(r"\b(?:looted|torched)\s+shops\b", re.I)])
    kept = json.loads(pattern_facts.facts_path().read_text(encoding="utf-8"))
    assert set(other) <= set(kept)
