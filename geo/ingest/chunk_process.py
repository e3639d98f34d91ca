"""A Dask worker's extraction with a per-document time limit, a chunk at a time.

``geo.ingest.extraction.ProcessExtraction`` sends a child process one document at a time
and waits for each one's answer: a pickle, a pipe write and a thread wake-up each way per
document, ~0.1-0.2 ms of CPU per short report in the two processes. Here the child gets a
whole chunk in one frame and answers it in one frame (the chunk's incidents already as
layer rows), so the Dask worker passes bytes through without reading them. The clock of
each document is kept without a message: before each document the child writes how many
it has started into a small file both processes map into memory, and the parent looks at
that count a few times a second. A count that stays still for ``doc_timeout`` seconds
names the document that overran; the child is killed, that document becomes a timeout
error and the chunk's other documents go to a new child (those before it are extracted
again: they lost their answer with the child; it happens only on a timeout).
"""

from __future__ import annotations

import mmap
import os
import pickle
import queue
import subprocess
import sys
import tempfile
import threading
import time
from typing import Iterable

from geo.ingest.extraction import ChildOwner, Extracted, child_import_path
from geo.ingest.limits import IngestLimits, died_reason, timeout_reason

COUNTER_BYTES = 8
HEADER_BYTES = 8  # each frame from the child: its length, then a pickle
_DIED = object()


def pack_chunk(documents: list) -> bytes:
    return pickle.dumps(documents, protocol=pickle.HIGHEST_PROTOCOL)


def pack_outcome(outcomes: Iterable[Extracted]) -> bytes:
    """A chunk's documents as extracted, in order -> its answer (see :func:`unpack_outcome`)."""
    from geo.store.schema import incident_rows  # noqa: PLC0415  (the worker's side only)

    reasons, counts, incidents = [], [], []
    for outcome in outcomes:
        reasons.append(outcome.error.reason if outcome.error else None)
        counts.append(len(outcome.incidents))
        incidents += outcome.incidents
    return pickle.dumps((reasons, counts, incident_rows(incidents)), protocol=pickle.HIGHEST_PROTOCOL)


def unpack_outcome(frame: bytes) -> tuple[list[str | None], list[int], list[dict]]:
    """A chunk's answer: (error reason or None, incident count) per document, and the
    incidents of all of them as layer rows."""
    return pickle.loads(frame)


class ChunkProcessExtraction(ChildOwner):
    """Chunks of documents extracted in one child process (``python -m geo.ingest.worker
    --chunks``), each document within ``limits.doc_timeout`` seconds."""

    def __init__(self, extract, limits: IngestLimits):
        self.limits = limits
        self._extractor_frame = pickle.dumps(extract, protocol=pickle.HIGHEST_PROTOCOL)
        self._child: _ChunkChild | None = None
        self._lock = threading.Lock()  # a worker with several threads runs one chunk at a time here
        self.restarts = 0

    def start(self) -> None:
        """Start the child now, not waiting for it (it loads the gazetteer while the
        client reads)."""
        if self._child is None:
            self._child = _ChunkChild(self._extractor_frame)

    def run(self, frame: bytes) -> bytes:
        """``pack_chunk(documents)`` -> the chunk's answer (``unpack_outcome``)."""
        with self._lock:
            outcome = self._attempt(frame)
        if isinstance(outcome, bytes):
            return outcome
        index, reason = outcome  # a document overran or took the child with it
        documents = pickle.loads(frame)
        index = min(max(index, 0), len(documents) - 1)
        parts = [unpack_outcome(self.run(pack_chunk(documents[:index]))) if index else ([], [], []),
                 ([reason], [0], []),
                 unpack_outcome(self.run(pack_chunk(documents[index + 1:]))) if index + 1 < len(documents)
                 else ([], [], [])]
        reasons, counts, rows = [], [], []
        for part_reasons, part_counts, part_rows in parts:
            reasons += part_reasons
            counts += part_counts
            rows += part_rows
        return pickle.dumps((reasons, counts, rows), protocol=pickle.HIGHEST_PROTOCOL)

    def _attempt(self, frame: bytes) -> bytes | tuple[int, str]:
        child = self._ready_child()
        first = child.started()
        child.send(frame)
        timeout = self.limits.doc_timeout if self.limits.timed else None
        poll = min(1.0, timeout / 4) if timeout else None
        seen, seen_at = first, time.monotonic()
        while True:
            try:
                message = child.inbox.get(timeout=poll)
            except queue.Empty:
                now, started = time.monotonic(), child.started()
                if started != seen:
                    seen, seen_at = started, now
                elif now - seen_at >= timeout:
                    self._replace()
                    return started - first - 1, timeout_reason(self.limits)
                continue
            if message is _DIED:
                started = child.started()
                try:
                    code = child.process.wait(timeout=5)  # its output ended: it is exiting
                except subprocess.TimeoutExpired:
                    code = None
                self._replace()
                return started - first - 1, died_reason(code)
            return message

    def _ready_child(self) -> "_ChunkChild":
        if self._child is None:
            self._child = _ChunkChild(self._extractor_frame)
        child = self._child
        if not child.ready:
            message = child.inbox.get()  # "ready" after the gazetteer's load: no deadline
            if message is _DIED:
                self._child = None
                child.kill()
                raise RuntimeError("the extraction process could not start")
            child.ready = True
            child.unlink_counter()  # both processes have it mapped: nothing is left behind
        return child


class _ChunkChild:
    """The child, its counter of documents started (a mapped file) and a thread that
    reads its frames, so that waiting for one can have a deadline."""

    def __init__(self, extractor_frame: bytes):
        fd, self.counter_path = tempfile.mkstemp(prefix="geo-ingest-counter-")
        os.write(fd, bytes(COUNTER_BYTES))
        self.counter = mmap.mmap(fd, COUNTER_BYTES)
        os.close(fd)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(child_import_path())}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "geo.ingest.worker", "--chunks", self.counter_path],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
        )
        self.inbox: queue.Queue = queue.Queue()
        self.ready = False
        self.send(extractor_frame)
        threading.Thread(target=self._read, daemon=True).start()

    def started(self) -> int:
        return int.from_bytes(self.counter[:COUNTER_BYTES], "little")

    def send(self, frame: bytes) -> None:
        # A chunk is read by the child as soon as it is idle, and the child never
        # writes while it reads: no deadlock on full pipes.
        try:
            self.process.stdin.write(frame)
            self.process.stdin.flush()
        except (BrokenPipeError, ValueError, OSError):
            pass  # it died: its reader says so

    def _read(self) -> None:
        stdout = self.process.stdout
        try:
            while len(header := stdout.read(HEADER_BYTES)) == HEADER_BYTES:
                size = int.from_bytes(header, "little")
                frame = stdout.read(size)
                if len(frame) < size:
                    break
                self.inbox.put(frame)
        except (OSError, ValueError):
            pass
        self.inbox.put(_DIED)

    def stop(self) -> None:
        try:
            self.process.stdin.close()  # end of input: the child exits
            self.process.wait(timeout=30)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            self.kill()
        self._release()

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()
        try:
            self.process.stdin.close()
        except (OSError, ValueError):
            pass
        self._release()

    def unlink_counter(self) -> None:
        try:
            os.unlink(self.counter_path)
        except OSError:
            pass

    def _release(self) -> None:
        self.unlink_counter()
        try:
            self.counter.close()
        except (OSError, ValueError, BufferError):
            pass


__all__ = ["ChunkProcessExtraction", "pack_chunk", "pack_outcome", "unpack_outcome"]
