"""Running the extractor over a stream of documents: in this process, or in a worker
process that is replaced when a document overruns its time limit.

Pure-Python regular expressions cannot be interrupted from another thread, and an
exception raised by a signal in the middle of the extractor could leave a half-built
cache behind; so a document with a time limit is extracted in a child process
(``geo.ingest.worker``), and a child that overruns is killed and replaced: nothing of it
is reused. The child loads the gazetteer once, before the first deadline starts.
"""

from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator

from geo.documents import Document, DocumentError
from geo.incidents.model import Incident
from geo.ingest.limits import IngestLimits, died_reason, timeout_error

Extractor = Callable[[Document], Iterable[Incident]]
WINDOW = 16  # documents sent ahead to a worker process, so it never waits for the next


@dataclass
class Extracted:
    """One document's outcome: its incidents, or why it has none."""

    document: Document
    incidents: list[Incident] = field(default_factory=list)
    error: DocumentError | None = None


def extract_one(extract: Extractor, document: Document) -> Extracted:
    """``extract`` on one document; its failure is the document's error, not the batch's."""
    try:
        incidents = [with_provenance(inc, document) for inc in extract(document)]
    except Exception as exc:  # noqa: BLE001 - one bad report must not sink the batch
        reason = f"extraction failed: {type(exc).__name__}: {exc}"
        return Extracted(document, error=DocumentError(document.source, reason))
    return Extracted(document, incidents)


def with_provenance(incident: Incident, document: Document) -> Incident:
    """The incident with doc_id, source and title filled from its document where empty.

    A copy: the extractor's own objects are left alone.
    """
    return replace(
        incident,
        doc_id=incident.doc_id or document.id,
        source=incident.source or document.source,
        title=incident.title or document.title,
    )


class InlineExtraction:
    """In this process: no time limit (nothing could stop a runaway regex here)."""

    def __init__(self, extract: Extractor):
        self.extract = extract

    def map(self, documents: Iterable[Document]) -> Iterator[Extracted]:
        for document in documents:
            yield extract_one(self.extract, document)

    def close(self) -> None:
        pass


class ChildOwner:
    """Owns one extraction child process (``_child``: one with ``kill()`` and ``stop()``):
    replaces it after an overrun or a death, counting ``restarts``, and stops it at close."""

    _child = None
    restarts = 0

    def _replace(self) -> None:
        if self._child is not None:
            self._child.kill()
        self._child = None
        self.restarts += 1

    def close(self) -> None:
        if self._child is not None:
            self._child.stop()
            self._child = None


class ProcessExtraction(ChildOwner):
    """In one worker process, each document within ``limits.doc_timeout`` seconds.

    Documents are sent ``WINDOW`` ahead and come back in order; the clock of a document
    starts when the one before it came back (or the worker said it was ready), so a
    slow document never eats into the next one's time.
    """

    def __init__(self, extract: Extractor | None, limits: IngestLimits):
        self.limits = limits
        # The extractor travels by reference (module and name), so the child imports it.
        self._extractor_frame = pickle.dumps(extract, protocol=pickle.HIGHEST_PROTOCOL)
        self._child: _Child | None = None
        self.restarts = 0

    def map(self, documents: Iterable[Document]) -> Iterator[Extracted]:
        source = iter(documents)
        in_flight: deque[Document] = deque()
        exhausted = False
        while True:
            while not exhausted and len(in_flight) < WINDOW:
                document = next(source, None)
                if document is None:
                    exhausted = True
                    break
                self._worker().send(document)
                in_flight.append(document)
            if not in_flight:
                return
            child = self._worker()
            message = child.receive(self.limits.doc_timeout)
            if message == "ready":
                continue
            document = in_flight.popleft()
            if message is _TIMED_OUT:
                yield Extracted(document, error=timeout_error(document, self.limits))
            elif message is _DIED:
                try:
                    code = child.process.wait(timeout=5)  # its output ended: it is exiting
                except subprocess.TimeoutExpired:
                    code = None
                yield Extracted(document, error=DocumentError(document.source, died_reason(code)))
            else:
                incidents, reason = message
                error = DocumentError(document.source, reason) if reason else None
                yield Extracted(document, incidents, error)
                continue
            # The worker overran or died: a new one takes the documents it had not done.
            self._replace()
            for waiting in in_flight:
                self._worker().send(waiting)

    def _worker(self) -> "_Child":
        if self._child is None:
            self._child = _Child(self._extractor_frame)
        return self._child


_TIMED_OUT = object()
_DIED = object()


class _Child:
    """``python -m geo.ingest.worker``, fed pickled documents by a writer thread and read
    by a reader thread, so that a stuck child never blocks this process."""

    def __init__(self, extractor_frame: bytes):
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(child_import_path())}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "geo.ingest.worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
        )
        self._outbox: queue.Queue = queue.Queue()
        self._inbox: queue.Queue = queue.Queue()
        self._outbox.put(extractor_frame)
        self._ready = False
        self._last = time.monotonic()
        threading.Thread(target=self._write, daemon=True).start()
        threading.Thread(target=self._read, daemon=True).start()

    def send(self, document: Document) -> None:
        self._outbox.put(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))

    def receive(self, timeout: float | None):
        """The next message: "ready", (incidents, error reason), _TIMED_OUT or _DIED."""
        wait = None
        if timeout and self._ready:
            wait = max(0.0, self._last + timeout - time.monotonic())
        try:
            message = self._inbox.get(timeout=wait)
        except queue.Empty:
            return _TIMED_OUT
        self._last = time.monotonic()
        if message is None:
            return _DIED
        if message == "ready":
            self._ready = True
        return message

    def _write(self) -> None:
        stdin = self.process.stdin
        try:
            while (frame := self._outbox.get()) is not None:
                stdin.write(frame)
                stdin.flush()
            stdin.close()
        except (BrokenPipeError, ValueError, OSError):
            pass  # the child was killed: what it had not read is sent again to the next one

    def _read(self) -> None:
        stdout = self.process.stdout
        try:
            while True:
                self._inbox.put(pickle.load(stdout))
        except (EOFError, OSError, pickle.UnpicklingError, ValueError):
            self._inbox.put(None)

    def stop(self) -> None:
        self._outbox.put(None)  # end of input: the child exits when done
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        self._outbox.put(None)
        self.process.kill()
        self.process.wait()


def child_import_path() -> list[str]:
    """This process's import path, so the child imports the same ``geo`` and extractor."""
    return [os.path.abspath(p) if p else os.getcwd() for p in sys.path]


def runner_for(extract: Extractor | None, limits: IngestLimits):
    """A worker process when a time limit is set and the extractor can travel by
    reference; else this process (an extractor defined inside a function cannot)."""
    if limits.timed:
        try:
            pickle.dumps(extract)
        except (pickle.PicklingError, AttributeError, TypeError):
            pass
        else:
            return ProcessExtraction(extract, limits)
    if extract is None:
        from geo.incidents import extract_incidents as extract  # noqa: PLC0415
    return InlineExtraction(extract)
