"""What the pattern scans read from each pattern's structure, kept between processes.

:class:`geo.incidents.prefilter.KeyedPatterns` parses every rule pattern again
(``re._parser``) for the word prefixes its matches open with and the strings every match
contains: about 50 ms of each process's start-up for a few hundred rules. The answers
depend only on the pattern's source and flags (and the ``re`` of this Python), so they
are computed once and kept in a small JSON file beside the gazetteer cache; a missing,
unreadable or stale file only means computing them again. JSON rather than pickle: the
file is read, never executed.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable

from geo.files import replacing
from geo.gazetteer.folders import cache_dir

FORMAT = 1
_facts: dict[str, object] | None = None
_unsaved = False
_unsaved_count = 0  # facts noted since the file was last read or written
_used: set[str] = set()  # the keys this process read or noted


def facts_path():
    return cache_dir() / f"pattern_facts_v{FORMAT}_py{sys.version_info[0]}{sys.version_info[1]}.json"


def _load() -> dict[str, object]:
    global _facts
    if _facts is None:
        try:
            with open(facts_path(), encoding="utf-8") as f:
                data = json.load(f)
            _facts = data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            _facts = {}
    return _facts


def pattern_fact(kind: str, pattern: re.Pattern, compute: Callable[[re.Pattern], object]) -> object:
    """``compute(pattern)`` as kept for ``kind`` (a JSON value: lists, strings, booleans,
    null), computed and noted when not kept yet."""
    global _unsaved, _unsaved_count
    facts = _load()
    key = f"{kind}\0{pattern.flags}\0{pattern.pattern}"
    _used.add(key)
    if key in facts:
        return facts[key]
    value = facts[key] = compute(pattern)
    _unsaved = True
    _unsaved_count += 1
    return value


def save_pattern_facts(at_least: int = 1) -> None:
    """Write the facts noted since the file was read (whole, replaced at once: a reader
    never sees half a file, and processes writing together leave one complete file),
    once ``at_least`` are new (facts noted a few at a time as texts are read are written
    in batches, not a file per fact)."""
    global _unsaved, _unsaved_count
    if not _unsaved or _unsaved_count < at_least or _facts is None:
        return
    _unsaved, _unsaved_count = False, 0
    facts = _facts
    if len(facts) > 2 * len(_used):
        # Facts of patterns no longer read (rules changed since they were kept, or a
        # pattern's source that once varied between processes) are dropped once they
        # outnumber those in use: the file stays the size of the reader.
        facts = {key: value for key, value in facts.items() if key in _used}
    try:
        with replacing(facts_path()) as tmp:
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(facts, f)
            os.chmod(tmp, 0o644)  # as the gazetteer cache beside it: readable by the team sharing it
    except OSError:  # a read-only cache folder: the facts are computed in every process
        pass
