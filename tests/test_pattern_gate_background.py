"""The pattern gate compiles its Hyperscan databases in a background thread: no scan
waits for the compile (the patterns of a part still compiling are never ruled out, so the
reader tries them as it does without the scan), a copy longer than Hyperscan accepts is
left out without compiling each copy of its part alone, and a process that ends before
the compile does still leaves the parts in the cache folder for the next one.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from geo.incidents import pattern_gate

pytestmark = pytest.mark.skipif(pattern_gate._off(), reason="no Hyperscan here")

ROOT = Path(__file__).resolve().parents[1]


def test_no_scan_waits_for_the_compile(monkeypatch, tmp_path):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))  # (no part compiled before)
    release = threading.Event()
    compile_part = pattern_gate._compile

    def held_compile(*args):
        release.wait(60)
        return compile_part(*args)

    monkeypatch.setattr(pattern_gate, "_compile", held_compile)
    pattern = re.compile(r"\btractors?\s+(?:blocked|blocking)\s+the\s+ring\s+road\b", re.I)
    gate_id = pattern_gate.register(pattern)
    pattern_gate.set_document(None)
    answers = []
    asking = threading.Thread(target=lambda: answers.append(pattern_gate.possible("Farmers met in Lyon.")))
    try:
        asking.start()
        asking.join(10)
        assert answers, "the scan waited for the compile"
        assert answers[0] is None or gate_id in answers[0]  # (not compiled yet: never ruled out)
    finally:
        release.set()
        asking.join()
    assert pattern_gate.wait_compiled(timeout=120)
    assert gate_id not in pattern_gate.possible("Farmers met in Lyon on Monday.")
    assert gate_id in pattern_gate.possible("Tractors blocked the ring road around Lyon.")


def test_a_copy_longer_than_hyperscan_accepts_is_left_out_without_compiling(tmp_path, monkeypatch):
    compile_part = pattern_gate._compile
    # (the limit is Hyperscan's own: one byte more and it rejects the expression)
    assert compile_part([(0, "ab" * (pattern_gate._LONGEST_SOURCE // 2))]) is not None
    assert compile_part([(0, "ab" * (pattern_gate._LONGEST_SOURCE // 2) + "c")]) is None
    compiled = []
    monkeypatch.setattr(pattern_gate, "_compile", lambda part: compiled.append(part) or compile_part(part))
    too_long = "(?:" + "|".join(f"harbour{k}" for k in range(2000)) + ")"
    assert len(too_long) > pattern_gate._LONGEST_SOURCE
    part = [(900_001, too_long), (900_002, "tractors?"), (900_003, "ring road")]
    path = tmp_path / "part.hsdb"
    database, _scratch, rejected = pattern_gate._compiled_part(part, path)
    assert database is not None and rejected == [900_001]
    assert len(compiled) == 1  # the part without the long copy, once
    _database, _scratch, read = pattern_gate._read_part(path)
    assert read == [900_001]


def test_a_process_ending_before_the_compile_leaves_its_parts_in_the_cache_folder(tmp_path):
    """Guards what must not change: a process that compiled a part keeps it in the cache
    folder (it once compiled before its first answer; now it waits for the compile at exit)."""
    code = ("import re\n"
            "from geo.incidents import pattern_gate\n"
            "pattern_gate.register(re.compile(r'\\bharbour\\s+cranes?\\s+(?:stopped|idle)\\b', re.I))\n"
            "pattern_gate.set_document(None)\n"
            "print(pattern_gate.possible('Ships waited outside Rotterdam.'))\n")
    env = dict(os.environ, GEO_CACHE_DIR=str(tmp_path))
    env.pop("GEO_NO_HYPERSCAN", None)
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, timeout=300)
    assert list(tmp_path.glob("pattern_gate_v*.hsdb"))
