"""The compiled code of regular expressions, kept between processes (start-up).

Python compiles a regular expression from its source in every process: ``re._parser``
parses it and ``re._compiler`` turns the parse into the code ``_sre`` runs, both in
Python — for the reader's ~600 patterns about 0.2 s of every start-up (import and first
record), two fifths of it. That code depends only on the pattern's source, its flags and
this Python's ``re`` (its version and ``_sre.MAGIC``), so it is kept in a JSON file
beside the gazetteer cache, and while :func:`kept_compilation` is active a pattern
compiled (``re.compile``, or a ``re.search(source, …)`` missing ``re``'s own cache) is
built from its kept code with ``_sre.compile``, as ``re._compiler.compile`` itself ends.
The pattern is the one ``re`` would build (equal to it: same source, flags and code);
one not kept yet is compiled as usual and its code noted, and written when the outermost
block ends. A missing, unreadable or stale file only means compiling again; a Python
whose ``re`` has other internals compiles as usual. JSON rather than pickle or marshal:
the file is read, never executed. (A module of ``geo`` itself: importing it imports no
patterns of its own, nor does :mod:`geo.files`, the whole-or-nothing writer it writes with.)
"""

from __future__ import annotations

import array
import base64
import json
import os
import sys
import threading
from contextlib import contextmanager

from geo.files import replacing  # (a writer that compiles no pattern: see the docstring's end)

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: no kept code
    _sre = _compiler = _parser = None

FORMAT = 1
_DEBUG = 128  # re.DEBUG: prints the code as it compiles; never kept
MAX_KEPT = 4000  # patterns in the file (the reader compiles ~600)
_CODE_TYPE = "I"  # one code word of _sre (``_sre.CODESIZE`` bytes)
_lock = threading.RLock()
_depth = 0
_original = None
_kept: dict[str, list] | None = None
_noted = 0  # patterns compiled and kept since the file was read or written
_used: set[str] = set()  # the keys this process built or kept


def _usable() -> bool:
    """Whether this Python's ``re`` compiles as this module expects (else: compile as usual)."""
    return (_sre is not None and hasattr(_compiler, "compile") and hasattr(_compiler, "_code")
            and getattr(_sre, "CODESIZE", 0) == array.array(_CODE_TYPE).itemsize)


USABLE = _usable()


def code_path():
    from geo.gazetteer.folders import cache_dir  # (imported here: inside the block, its patterns are kept too)

    version = ".".join(map(str, sys.version_info[:3]))
    return cache_dir() / f"pattern_code_v{FORMAT}_py{version}_sre{getattr(_sre, 'MAGIC', 0)}.json"


def _load() -> dict[str, list]:
    global _kept
    if _kept is None:
        try:
            with open(code_path(), encoding="utf-8") as f:
                data = json.load(f)
            _kept = data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            _kept = {}
    return _kept


def _key(pattern: str, flags: int) -> str:
    return f"{flags}\0{pattern}"


def _compile(pattern, flags=0):
    """``re._compiler.compile`` with the code read from the kept file when it is there."""
    global _noted
    if type(pattern) is not str or int(flags) & _DEBUG:
        return _original(pattern, flags)
    key = _key(pattern, int(flags))
    kept = _load()
    entry = kept.get(key)
    _used.add(key)
    if entry is not None:
        try:
            final_flags, groups, groupindex, indexgroup, code = entry
            words = array.array(_CODE_TYPE)
            words.frombytes(base64.b64decode(code))
            return _sre.compile(pattern, final_flags, words.tolist(), groups, dict(groupindex), tuple(indexgroup))
        except Exception:  # a damaged entry: compile as usual (and keep it anew)
            pass
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    final_flags = int(flags | parsed.state.flags)
    compiled = _sre.compile(pattern, final_flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    if len(kept) >= MAX_KEPT:
        return compiled  # (patterns made from the texts read, if any, never fill the file)
    kept[key] = [final_flags, parsed.state.groups - 1, sorted(groupindex.items()), indexgroup,
                  base64.b64encode(array.array(_CODE_TYPE, code).tobytes()).decode("ascii")]
    _noted += 1
    return compiled


@contextmanager
def kept_compilation(save_at_least: int = 1):
    """Patterns compiled inside the block are built from the kept code (see the module's
    docstring); blocks may nest and run in several threads (the outermost one ends it,
    writing the code noted if ``save_at_least`` patterns or more are new: a process
    meets a few new patterns a record for a while, each not worth a file of its own)."""
    global _depth, _original
    if not USABLE:
        yield
        return
    with _lock:
        if _depth == 0:
            _original = _compiler.compile
            _compiler.compile = _compile
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                if _compiler.compile is _compile:
                    _compiler.compile = _original
                if _noted >= save_at_least:
                    save_pattern_code()


def save_pattern_code() -> None:
    """Write the code noted since the file was read (whole, replaced at once)."""
    global _noted
    if not _noted or _kept is None:
        return
    _noted = 0
    kept = _kept
    if len(kept) > 2 * len(_used):
        # Patterns no longer compiled (rules changed since they were kept) are dropped
        # once they outnumber those in use: the file stays the size of the reader.
        kept = {key: entry for key, entry in kept.items() if key in _used}
    try:
        with replacing(code_path()) as tmp:  # whole or not at all
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(kept, f)
            os.chmod(tmp, 0o644)  # as the gazetteer cache beside it
    except OSError:  # a read-only cache folder: patterns are compiled in every process
        pass
