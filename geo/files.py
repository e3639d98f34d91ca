"""Writing a file so that readers never see half of it (the store, corrections, caches)."""

from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


@contextmanager
def replacing(path: str | Path, suffix: str = "") -> Iterator[Path]:
    """A temporary path beside ``path`` to write to. When the block ends without an
    error the file is flushed to disk and renamed over ``path`` in one step; otherwise
    it is removed and ``path`` stays as it was.

    Same folder, so the rename stays on one file system; the leading dot keeps the file
    out of folder listings while it is written; ``suffix`` is for writers that choose a
    format by the name's ending (GDAL).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.tmp{suffix}")
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())  # on disk before it replaces the old file
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
