"""One writer at a time per folder store: an OS file lock, and a note of who holds it.

The lock is ``filelock`` on ``<store>/.writer.lock`` (``flock`` on Linux: the kernel
drops it when the holder dies, even under ``kill -9``, so a crashed writer never blocks
the store). Whoever holds it writes ``<store>/.writer.json`` (pid, host, since), so a
waiting writer can say whom it waits for.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import time
from pathlib import Path
from typing import Callable, Iterator

import filelock

from geo.store.base import StoreBusy

LOCK_NAME = ".writer.lock"
OWNER_NAME = ".writer.json"


def holder(folder: Path) -> str:
    """Who holds (or last held) the lock of the store in ``folder``, in words."""
    try:
        owner = json.loads((folder / OWNER_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "another writer"
    where = "" if owner.get("host") == socket.gethostname() else f" on {owner.get('host')}"
    return f"pid {owner.get('pid')}{where} since {owner.get('since')}"


@contextlib.contextmanager
def writer_lock(
    folder: Path,
    *,
    timeout: float | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """Hold the store's writer lock for the block.

    First a try without waiting; if another writer holds the lock, ``on_wait`` hears
    about it once, then we wait (``timeout`` seconds at most; None: as long as it takes)
    and raise :class:`StoreBusy` on time-out.
    """
    lock = filelock.FileLock(folder / LOCK_NAME, thread_local=False)
    try:
        lock.acquire(timeout=0)
    except filelock.Timeout:
        message = f"waiting for the store lock held by {holder(folder)} ({folder})"
        if on_wait is not None:
            on_wait(message)
        started = time.monotonic()
        try:
            lock.acquire(timeout=-1 if timeout is None else max(0.0, timeout))
        except filelock.Timeout:
            waited = time.monotonic() - started
            raise StoreBusy(f"{message}: gave up after {waited:.1f} s") from None
    try:
        _write_owner(folder)
        yield
    finally:
        lock.release()


def _write_owner(folder: Path) -> None:
    owner = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "since": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    # Informative only (the lock is the kernel's), so a plain write is enough.
    (folder / OWNER_NAME).write_text(json.dumps(owner), encoding="utf-8")
