"""The caches of pattern code and pattern facts are written with the project's one
whole-or-nothing writer (``geo.files.replacing``): a write that fails half-way leaves the
old file whole and no temporary behind, a killed writer's leftover is cleared by the next
save, and a cache folder that cannot be written is no error. ``geo.files`` compiles no
pattern of its own when imported, so ``geo.compiled_patterns`` may use it."""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from geo import compiled_patterns
from geo.files import temporary_path
from geo.incidents import pattern_facts

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(compiled_patterns, "_kept", None)
    monkeypatch.setattr(compiled_patterns, "_noted", 0)
    monkeypatch.setattr(pattern_facts, "_facts", None)
    monkeypatch.setattr(pattern_facts, "_unsaved", False)
    monkeypatch.setattr(pattern_facts, "_unsaved_count", 0)
    return tmp_path


def _save_code() -> None:
    """Compile one new pattern in a kept block: its code is written when the block ends."""
    if not compiled_patterns.USABLE:
        pytest.skip("this Python's re compiles otherwise: no code is kept")
    re.purge()
    with compiled_patterns.kept_compilation():
        re.compile(rf"\b(?:Lisbon|Porto)\s+harbour(?#{uuid.uuid4().hex})")


def _save_facts() -> None:
    pattern = re.compile(rf"\bstorm\s+(?:warning|alert)\b(?#{uuid.uuid4().hex})")
    pattern_facts.pattern_fact("test length", pattern, lambda p: len(p.pattern))
    pattern_facts.save_pattern_facts()


SAVERS = [
    pytest.param(_save_code, compiled_patterns, compiled_patterns.code_path, id="pattern code"),
    pytest.param(_save_facts, pattern_facts, pattern_facts.facts_path, id="pattern facts"),
]


def _half_then_full_disk(data, f, **kwargs):
    f.write(json.dumps(data)[:10])
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("save, module, path_of", SAVERS)
def test_a_write_that_fails_half_way_leaves_the_old_file_whole(cache, monkeypatch, save, module, path_of):
    """Guards behaviour that must not change (the hand-written writers had it too)."""
    save()
    old = path_of().read_bytes()
    assert json.loads(old)
    monkeypatch.setattr(module.json, "dump", _half_then_full_disk)
    save()  # a new entry: written again, and the disk is full half-way
    assert path_of().read_bytes() == old
    assert sorted(p.name for p in cache.iterdir()) == [path_of().name]


@pytest.mark.parametrize("save, module, path_of", SAVERS)
def test_a_killed_writers_leftover_is_cleared_by_the_next_save(cache, save, module, path_of):
    save()
    stale = temporary_path(path_of())
    stale.write_text('{"half')
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    save()
    assert not stale.exists()
    assert sorted(p.name for p in cache.iterdir()) == [path_of().name]


@pytest.mark.parametrize("save, module, path_of", SAVERS)
def test_the_file_is_readable_by_a_team_sharing_the_folder(cache, save, module, path_of):
    """Guards behaviour that must not change: mode 0644, as the gazetteer cache beside it."""
    save()
    assert stat.S_IMODE(path_of().stat().st_mode) == 0o644


@pytest.mark.parametrize("save, module, path_of", SAVERS)
def test_a_folder_that_cannot_be_written_is_no_error(tmp_path, monkeypatch, save, module, path_of):
    """Guards behaviour that must not change: a cache that cannot be written means
    computing again in the next process, silently."""
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("GEO_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(compiled_patterns, "_kept", None)
    monkeypatch.setattr(pattern_facts, "_facts", None)
    save()
    assert not path_of().exists()


def test_importing_the_writer_compiles_no_pattern_of_geo():
    """In a fresh process: every pattern compiled while ``geo.files`` and
    ``geo.compiled_patterns`` are imported is one of the standard library's."""
    probe = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from re import _compiler
callers = []
original = _compiler.compile
def compile(pattern, flags=0):
    frame = sys._getframe(1)
    while frame is not None and "/re/" in frame.f_code.co_filename.replace("\\\\", "/"):
        frame = frame.f_back
    callers.append(frame.f_code.co_filename if frame else "?")
    return original(pattern, flags)
_compiler.compile = compile
import geo.files
import geo.compiled_patterns
print("\\n".join(callers))
"""
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    geo_dir = str(ROOT / "geo")
    assert [c for c in out.splitlines() if c.startswith(geo_dir)] == []
