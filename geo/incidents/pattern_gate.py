"""One multi-pattern scan of a text telling which patterns cannot match in it (Hyperscan).

Most of the reader's whole-text scans find nothing: a rule pattern is tried on each
sentence, each copy and part of a report, and ``re`` tries it at every position. Here
the registered patterns (:func:`register`) are compiled together into Hyperscan
databases, each as a SUPERSET of itself (:mod:`geo.incidents.pattern_superset`): every
match of the pattern in a text is a match of its copy, so a copy that matches nowhere
proves that the pattern matches nowhere, in that text and in every part of it.

:func:`possible` answers, for a text, the ids of the patterns that may match in it
(``None``: no scan available). A report is scanned once with its lower-cased copy
(:func:`set_document`), and a text that is part of either is answered from that scan
(the copies ignore case: a superset still; the report is scanned lower-cased);
another text is scanned alone (the last texts asked about are kept).

The databases are compiled in parts kept in the cache folder. A process reads the parts
compiled before and compiles the others in a background thread (Hyperscan's compile
releases the GIL); meanwhile its scans are answered from the parts ready, a pattern
whose part is compiling never ruled out (tried as without the scan: same results). So
no report waits for a first compile; a process ending first waits for it at exit.

Optional: without the ``hyperscan`` module, on a CPU it does not support, or with
``GEO_NO_HYPERSCAN=1``, :func:`possible` answers ``None`` and every pattern is scanned as
before. A pattern whose copy cannot be written (or matches the empty string) is never
ruled out.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import sys
import threading
import time

from geo.files import replacing
from geo.gazetteer.folders import cache_dir
from geo.incidents.pattern_superset import FOLDS_TO_ASCII, WRITABLE, superset_source

try:  # pragma: no cover - depends on the installation
    import hyperscan as _hs
except Exception:  # ImportError, or a library that cannot load
    _hs = None

FORMAT = 5
_RECENT = 256


def _off() -> bool:
    return _hs is None or not WRITABLE or bool(os.environ.get("GEO_NO_HYPERSCAN"))


# ---------------------------------------------------------------------------
# The databases


_patterns: list[re.Pattern] = []
_ids: dict[tuple[int, str], int] = {}
# The copies are compiled in parts of a few dozen, each kept in the cache folder under a
# digest of its copies: Hyperscan's compile time grows faster than the patterns' count,
# and a rule edited recompiles only its part. A copy's part is a hash of its source.
_PARTS = 8
# Hyperscan rejects an expression longer than this ("Pattern length exceeds limit": its
# compiler's limitPatternLength): such a copy is never ruled out, known without compiling
# (a part holding one fails to compile, and finding it by compiling each copy of the part
# alone cost as much as the part).
_LONGEST_SOURCE = 16000
# A part missing from the cache folder is compiled by a background thread once the
# registrations have been quiet this long (seconds): a process registers its patterns in a
# few bursts as the reader's modules are first used, all within its first report, and a
# part compiled before the last burst would be compiled again for nothing.
_QUIET = 0.25
_QUIET_AT_MOST = 2.0  # (registrations that never go quiet do not put the compile off for good)


def register(pattern: re.Pattern) -> int | None:
    """The id :func:`possible` answers ``pattern`` by (``None``: never ruled out)."""
    if _off():
        return None
    key = (pattern.flags, pattern.pattern)
    found = _ids.get(key)
    if found is None:
        found = _ids[key] = len(_patterns)
        _patterns.append(pattern)
    return found


class _Gate:
    """What a scan reads, replaced whole (a thread scanning meanwhile keeps one consistent
    state): the databases ready, each with its scratch; the ids none of them answers for
    (no copy, a copy Hyperscan rejected, a part still compiling: never ruled out); how
    many patterns were registered when it was made; the answers found with it."""

    __slots__ = ("count", "databases", "open_ids", "recent")

    def __init__(self, count: int, databases: tuple = (), open_ids: frozenset = frozenset()):
        self.count = count
        self.databases = databases
        self.open_ids = open_ids
        self.recent: dict[str, set] = {}


_gate = _Gate(0)
# The build, changed under ``_lock``: the latest build's parts (each part's copies' repr
# -> its copies and file, None once read), the parts compiled or read (-> database or
# None, its scratch, the ids of the copies Hyperscan rejected), the ids with no copy, the
# patterns counted.
_lock = threading.Lock()
_wanted: dict[str, tuple[list, object]] = {}
_loaded: dict[str, tuple] = {}
_no_copy: frozenset = frozenset()
_wanted_count = 0
_last_build = 0.0
_compile_thread: threading.Thread | None = None  # the background compile, while it runs
_hurry = threading.Event()  # set: the background compile does not wait for quiet
_failed = False


def _sources(count: int) -> tuple[list[tuple[int, str]], set[int]]:
    """The copies of the first ``count`` patterns (id, source), and the ids with none."""
    from geo.incidents.pattern_facts import pattern_fact, save_pattern_facts

    out, no_copy = [], set()
    for i, p in enumerate(_patterns[:count]):
        source = pattern_fact(f"hyperscan superset v{FORMAT}", p, superset_source)
        if source is None:
            no_copy.add(i)
        else:
            out.append((i, source))
    save_pattern_facts()
    return out, no_copy


def _part_path(part: list[tuple[int, str]]):
    flags = _hs.HS_FLAG_PREFILTER | _hs.HS_FLAG_SINGLEMATCH
    digest = hashlib.sha1(repr((FORMAT, flags, part)).encode()).hexdigest()[:20]
    version = ".".join(map(str, sys.version_info[:2]))
    return cache_dir() / f"pattern_gate_v{FORMAT}_py{version}_{digest}.hsdb"


def _build() -> None:
    """Lay out the parts of every pattern registered so far and publish those compiled
    before (in this process or, read now, in the cache folder); the others are compiled
    in the background (:func:`_compile_missing`), their patterns never ruled out until
    then. (Called with ``_lock`` held.)"""
    global _wanted, _no_copy, _wanted_count, _last_build
    count = len(_patterns)
    sources, no_copy = _sources(count)
    parts: list[list[tuple[int, str]]] = [[] for _ in range(_PARTS)]
    for i, source in sources:
        parts[int(hashlib.sha1(source.encode("latin-1")).hexdigest()[:8], 16) % _PARTS].append((i, source))
    wanted = {}
    for part in parts:
        if part:
            key = repr(part)
            path = None  # (a part no new pattern fell in: the one already read, its file not needed)
            if key not in _loaded:
                path = _part_path(part)
                entry = _read_part(path)
                if entry is not None:
                    _loaded[key] = entry
            wanted[key] = (part, path)
    for key in [k for k in _loaded if k not in wanted]:
        del _loaded[key]
    _wanted, _no_copy, _wanted_count = wanted, frozenset(no_copy), count
    _last_build = time.monotonic()
    _publish()
    if _compile_thread is None and any(key not in _loaded for key in wanted):
        _start_compile_thread()


def _publish() -> None:
    """Make the parts ready the scans' state. (Called with ``_lock`` held.)"""
    global _gate
    databases, open_ids = [], set(_no_copy)
    for key, (part, _path) in _wanted.items():
        entry = _loaded.get(key)
        if entry is None:  # (still compiling)
            open_ids.update(i for i, _ in part)
            continue
        database, scratch, rejected = entry
        open_ids.update(rejected)
        if database is not None:
            databases.append((database, scratch))
    _gate = _Gate(_wanted_count, tuple(databases), frozenset(open_ids))


def _start_compile_thread() -> None:
    global _compile_thread
    # (not a daemon: a process ending before the compile does waits for it, so that the
    # next process reads the parts; every result was given already)
    _compile_thread = threading.Thread(target=_compile_missing, name="geo-pattern-gate-compile")
    _compile_thread.start()


def _compile_missing() -> None:
    """The background compile: each part of the latest build that no process compiled
    before, one at a time, published as it is ready. Hyperscan's compile releases the
    GIL: the reader goes on meanwhile, its scans answered from the parts ready (a part
    compiling: its patterns tried as without the scan, same results)."""
    global _compile_thread
    started = time.monotonic()
    while True:
        with _lock:
            missing = [] if _failed else [(key, *_wanted[key]) for key in _wanted if key not in _loaded]
            if not missing:
                _compile_thread = None
                return
            quiet = min(_last_build + _QUIET, started + _QUIET_AT_MOST) - time.monotonic()
        if quiet > 0 and not _hurry.is_set():
            _hurry.wait(quiet)
            continue
        key, part, path = missing[0]
        try:
            entry = _compiled_part(part, path)
        except Exception:  # a CPU Hyperscan does not support, a damaged library
            with _lock:
                _disable()
                _compile_thread = None
            return
        with _lock:
            if key in _wanted:  # (not replaced meanwhile by a build with more patterns)
                _loaded[key] = entry
                _publish()


def _read_part(path) -> tuple | None:
    """A part compiled before, from the cache folder (the file: the ids of the copies
    Hyperscan rejected, a line, the database), or ``None``."""
    try:
        with open(path, "rb") as f:
            head, body = f.read().split(b"\n", 1)
        rejected = json.loads(head)
        database = _hs.loadb(body, _hs.HS_MODE_BLOCK)
    except Exception:
        return None
    return database, _hs.Scratch(database), rejected


def _compiled_part(part: list[tuple[int, str]], path) -> tuple:
    """A part's copies compiled (their database or None, its scratch, the ids of the
    copies Hyperscan rejected), kept in the cache folder as :func:`_read_part` reads it."""
    rejected = [i for i, source in part if len(source) > _LONGEST_SOURCE]
    kept = [(i, source) for i, source in part if len(source) <= _LONGEST_SOURCE]
    database = _compile(kept) if kept else None
    if database is None:
        accepted = []
        for i, source in kept:  # (a copy Hyperscan rejects for another reason: each tried alone)
            if _compile([(i, source)]) is None:
                rejected.append(i)
            else:
                accepted.append((i, source))
        database = _compile(accepted) if accepted else None
        if database is None:
            return None, None, [i for i, _ in part]
    _save(path, json.dumps(rejected).encode("ascii") + b"\n" + _hs.dumpb(database))
    return database, _hs.Scratch(database), rejected


def _compile(part):
    database = _hs.Database(mode=_hs.HS_MODE_BLOCK)
    try:
        database.compile(expressions=[s.encode("latin-1") for _, s in part], ids=[i for i, _ in part],
                         elements=len(part), flags=_hs.HS_FLAG_PREFILTER | _hs.HS_FLAG_SINGLEMATCH)
    except Exception:
        return None
    return database


def _save(path, data: bytes) -> None:
    try:
        with replacing(path) as tmp:  # (whole or not at all, as the gazetteer cache beside it)
            tmp.write_bytes(data)
            os.chmod(tmp, 0o644)  # (readable by a team sharing the cache folder)
        _drop_old_files(path.parent)
    except Exception:  # a read-only cache folder: compiled in every process
        pass


_KEPT_FILES = 64  # parts kept in the cache folder (rules edited leave parts no longer read)


def _drop_old_files(folder) -> None:
    """Remove all but the newest ``_KEPT_FILES`` parts (a part read is in memory already)."""
    files = sorted(folder.glob("pattern_gate_v*.hsdb"), key=lambda f: f.stat().st_mtime, reverse=True)
    for old in files[_KEPT_FILES:]:
        try:
            old.unlink()
        except OSError:
            pass


def wait_compiled(timeout: float | None = None) -> bool:
    """Wait for the background compile of every pattern registered so far (without its
    quiet wait); True when every part is ready. For tests and measurements: the reader
    never waits."""
    if _gate.count != len(_patterns) and _rebuild() is None:
        return False
    _hurry.set()
    try:
        compiler = _compile_thread
        if compiler is not None:
            compiler.join(timeout)
    finally:
        _hurry.clear()
    with _lock:
        return not _failed and _gate.count == len(_patterns) and all(key in _loaded for key in _wanted)


def _rebuild() -> _Gate | None:
    """The state answering for every pattern registered so far (None: none can be)."""
    with _lock:
        if _gate.count == len(_patterns):
            return _gate  # (another thread built it meanwhile)
        if _failed or _off():
            return None
        try:
            _build()
        except Exception:  # a CPU Hyperscan does not support, a damaged library
            _disable()
            return None
        return _gate


def _disable() -> None:
    global _failed, _gate
    _failed = True
    _gate = _Gate(len(_patterns))


def _after_fork_in_child() -> None:
    """A child forked while the background compile ran has no such thread: its next scan
    builds again and compiles what is still missing."""
    global _lock, _hurry, _compile_thread, _gate
    _lock = threading.Lock()
    _hurry = threading.Event()
    if _compile_thread is not None:
        _compile_thread = None
        _gate = _Gate(-1)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


# ---------------------------------------------------------------------------
# Scans


def _as_bytes(text: str) -> bytes:
    """``text`` as scanned: Latin-1, a character folding to an ASCII letter as that
    letter, any other character as byte 0x80."""
    if text.isascii():
        return text.encode("ascii")
    return text.encode("latin-1", "geo-gate")


def _non_latin(error: UnicodeEncodeError):
    part = error.object[error.start:error.end]
    return "".join(FOLDS_TO_ASCII.get(ch, "\x80") for ch in part), error.end


codecs.register_error("geo-gate", _non_latin)


def _scan(gate: _Gate, text: str):
    """The ids of the patterns whose copies match in ``text`` (and the ids never ruled out)."""
    found = set(gate.open_ids)
    add = found.add

    def on_match(pattern_id, start, end, flags, context):
        add(pattern_id)

    data = _as_bytes(text)
    try:
        for database, scratch in gate.databases:
            database.scan(data, match_event_handler=on_match, scratch=scratch)
    except Exception:  # (a scratch in use by another thread's scan: no answer, every pattern scanned)
        return None
    return found


# The report being read: (its text, lower-cased, [the ids its scan found or None, the
# state they were found with]), replaced whole (a thread reading another report
# meanwhile reads one consistent state: an answer found for a report holds for every part
# of it, whichever thread asks).
_document: tuple = (None, None, [None, None])


# A longer report is not scanned: most patterns may match somewhere in a long article, so
# the answer for the whole rules out little in its sentences, and scanning each of them
# costs more than the scans it spares (measured on news articles of ~2,000 characters).
LONG_DOCUMENT = 1000


def set_document(text: str | None) -> None:
    """The report being read: texts that are part of it (or of its lower-cased copy)
    are answered from one scan of both; none is answered in a report longer than
    ``LONG_DOCUMENT`` characters (``None``: texts are scanned alone)."""
    global _document, skipped
    skipped = text is not None and len(text) > LONG_DOCUMENT
    _document = (text, None if text is None else text.lower(), [None, None])
    _gate.recent.clear()


skipped = False  # the report being read is too long to scan (read by the gated scans first)


def possible(text: str):
    """The ids of the registered patterns that may match in ``text`` (a set), or ``None``
    when no scan can tell."""
    gate = _gate
    if skipped or (gate.count != len(_patterns) and (gate := _rebuild()) is None):
        return None
    recent = gate.recent
    found = recent.get(text)
    if found is not None:
        return found
    if not gate.databases:
        return None
    document, lower, held = _document
    if document is not None and (text in document or text in lower):
        found, held_gate = held
        if found is None or held_gate is not gate:
            # (the copies ignore case: the lower-cased report holds every match of a part of
            # it, but where lower() makes two characters of one: "\u0130", "i" and a dot)
            found = _scan(gate, lower if "\u0130" not in document else document + "\n" + lower)
            held[:] = [found, gate]
    else:
        found = _scan(gate, text)
    if found is None:
        return None
    if len(recent) >= _RECENT:
        recent.clear()
    recent[text] = found
    return found
