"""Writing a file so that readers never see half of it (the store, corrections, caches),
and clearing what a killed writer left behind.

The project's one whole-or-nothing writer, the caches' too: importing this module compiles
no regular expression of its own, so :mod:`geo.compiled_patterns`, imported before the
patterns whose code it keeps, may use it.
"""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

# A temporary file older than this is a killed run's leftover, not a write in progress
# (writing even a million-document store takes a few minutes).
STALE_AFTER_SECONDS = 30 * 60
_TEMP_NAME = "{name}.{token}.geo-tmp{suffix}"
_TOKEN_LENGTH = 12
_TOKEN_DIGITS = frozenset("0123456789abcdef")


def temporary_path(path: str | Path, suffix: str = "") -> Path:
    """A new temporary name beside ``path``: hidden (leading dot), unique, and
    recognisable by :func:`remove_stale_temporaries`."""
    path = Path(path)
    return path.with_name("." + _TEMP_NAME.format(name=path.name, token=_new_token(), suffix=suffix))


def _new_token() -> str:
    # (not uuid: importing it imports platform, which compiles patterns)
    return os.urandom(_TOKEN_LENGTH // 2).hex()


def _is_token(text: str) -> bool:
    """Whether ``text`` is what :func:`_new_token` makes: 12 lower-case hex digits."""
    return len(text) == _TOKEN_LENGTH and _TOKEN_DIGITS.issuperset(text)


def remove_stale_temporaries(path: str | Path, older_than: float = STALE_AFTER_SECONDS) -> list[Path]:
    """Remove the temporary files a killed writer of ``path`` left (older than
    ``older_than`` seconds); return what was removed. Only names :func:`temporary_path`
    makes for this very ``path`` are touched."""
    path = Path(path)
    prefix = f".{path.name}."
    removed = []
    now = time.time()
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not name.startswith(prefix):
            continue
        token, _, rest = name[len(prefix):].partition(".")
        if not (_is_token(token) and (rest.startswith("geo-tmp") or rest.startswith("tmp"))):
            continue  # ".tmp" is the name older versions used
        try:
            if entry.is_file(follow_symlinks=False) and now - entry.stat(follow_symlinks=False).st_mtime > older_than:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue  # gone already, or not ours to remove
    return removed


@contextmanager
def replacing(path: str | Path, suffix: str = "") -> Iterator[Path]:
    """A temporary path beside ``path`` to write to. When the block ends without an
    error the file is flushed to disk and renamed over ``path`` in one step; otherwise
    it is removed and ``path`` stays as it was.

    Same folder, so the rename stays on one file system; the leading dot keeps the file
    out of folder listings while it is written; ``suffix`` is for writers that choose a
    format by the name's ending (GDAL). Leftovers of killed writers are removed first.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path)
    tmp = temporary_path(path, suffix)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())  # on disk before it replaces the old file
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
