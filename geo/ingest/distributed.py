"""The extraction of ``geo.ingest`` on a Dask cluster (``geo ingest --workers N`` or
``--scheduler tcp://host:8786``).

Documents go to the workers in chunks of ``CHUNK`` (or ``CHUNK_CHARS`` of text),
``CHUNKS_PER_WORKER`` per worker in flight, each as one pickled frame. Each worker runs
the same extraction as a single process, set up once per worker by a plugin (so the
gazetteer is loaded once per worker): with a per-document time limit in one child
process fed a chunk at a time (``geo.ingest.chunk_process``), else in the worker itself.
A chunk comes back as one frame of its incidents' layer rows (plain dicts, built on the
worker: ``geo.store.schema.incident_rows``) and one error reason per document; a worker
passes its child's frame through unread. The client, the store's one writer, makes one
frame of a batch's rows and commits it, in the documents' order, as
``geo.ingest.pipeline`` does for a single process: the same store content.
"""

from __future__ import annotations

import logging
import pickle
from collections import deque
from dataclasses import dataclass
from typing import Iterable, Iterator

import dask
from distributed.diagnostics.plugin import WorkerPlugin

from geo.documents import Document, DocumentError
from geo.ingest.chunk_process import ChunkProcessExtraction, pack_chunk, pack_outcome, unpack_outcome
from geo.ingest.extraction import Extractor, InlineExtraction
from geo.ingest.limits import IngestLimits

PLUGIN_NAME = "geo-ingest-extraction"
# Documents per task: a task costs the client's process (scheduler, comms) and the
# worker a few ms of CPU whatever its size. Measured per short report (extraction ~0.6
# ms), the client's threads + the workers: 256 a task 0.04 + 0.03 ms, 1024 0.02 + 0.02;
# bigger chunks leave a longer tail at the end of a run (one worker busy).
CHUNK = 512
CHUNK_CHARS = 4 * 2**20  # a chunk of long reports stops earlier (the frames stay small)
CHUNKS_PER_WORKER = 4  # in flight, so no worker waits for its next chunk while the writer commits
# A LocalCluster's timers, for a dashboard and diagnostics nobody looks at here. Dask's
# statistical profiler samples every worker thread 100 times a second (~10 % of a
# worker's CPU); the rest, idle, cost 6 % of a core (the client's process 3 %, each
# worker 1.6 %), 1 % with these settings. Tasks are handed out as workers free up
# (Dask's queuing), so there is nothing for work stealing to do.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing": False,
    "distributed.scheduler.active-memory-manager.start": False,
}


@dataclass
class ExtractedChunk:
    """A chunk's outcome: its documents, one error (or None) per document, the number
    of incidents of each, and all their incidents as layer rows."""

    documents: list[Document]
    errors: list[DocumentError | None]
    counts: list[int]
    rows: list[dict]


class ExtractionPlugin(WorkerPlugin):
    """Sets up one extraction runner per Dask worker (a ``distributed`` worker plugin)."""

    name = PLUGIN_NAME

    def __init__(self, extract: Extractor | None, limits: IngestLimits):
        self.extractor_frame = pickle.dumps(extract)
        self.limits = limits
        self.runner = None

    def setup(self, worker) -> None:
        extract = pickle.loads(self.extractor_frame)
        if self.limits.timed:
            self.runner = ChunkProcessExtraction(extract, self.limits)
            self.runner.start()
        else:
            if extract is None:
                from geo.incidents import extract_incidents as extract  # noqa: PLC0415
            if getattr(extract, "__module__", "").startswith("geo.incidents"):
                from geo.ingest.worker import warm_up  # noqa: PLC0415

                warm_up(extract)
            self.runner = InlineExtraction(extract)

    def teardown(self, worker) -> None:
        if self.runner is not None:
            self.runner.close()


def extract_chunk(frame: bytes) -> bytes:
    """A Dask task: ``pack_chunk(documents)`` -> ``unpack_outcome``'s frame: (error
    reason or None, incident count) per document, in order, and the incidents of all of
    them as layer rows."""
    from distributed import get_worker  # noqa: PLC0415

    runner = get_worker().plugins[PLUGIN_NAME].runner
    if isinstance(runner, ChunkProcessExtraction):
        return runner.run(frame)
    return pack_outcome(runner.map(pickle.loads(frame)))


class DaskExtraction:
    """``chunks`` of documents to their outcomes on a Dask cluster, in order."""

    def __init__(self, extract: Extractor | None, limits: IngestLimits, *,
                 workers: int | None = None, scheduler: str | None = None):
        from distributed import Client, LocalCluster  # noqa: PLC0415

        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            with dask.config.set(LOCAL_CLUSTER_CONFIG):
                self.cluster = LocalCluster(
                    n_workers=workers or 1, threads_per_worker=1, processes=True,
                    host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR,
                )
            # Results straight from the workers: through the scheduler, each chunk's rows
            # were received and sent again in this same process.
            self.client = Client(self.cluster, direct_to_workers=True)
        self.client.register_plugin(ExtractionPlugin(extract, limits), name=PLUGIN_NAME)

    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info(n_workers=-1)["workers"]))

    def chunks(self, documents: Iterable[Document]) -> Iterator[ExtractedChunk]:
        """In the documents' order (a chunk done early waits for those before it: the
        store then gets what one process would have given it)."""
        source = iter(documents)
        window = CHUNKS_PER_WORKER * self.workers()
        running: deque = deque()  # (future, its documents), oldest first

        def submit() -> bool:
            chunk, chars = [], 0
            for document in source:
                chunk.append(document)
                chars += len(document.text)
                if len(chunk) >= CHUNK or chars >= CHUNK_CHARS:
                    break
            if chunk:
                running.append((self.client.submit(extract_chunk, pack_chunk(chunk), pure=False), chunk))
            return bool(chunk)

        while len(running) < window and submit():
            pass
        while running:
            future, chunk = running.popleft()
            try:
                reasons, counts, rows = unpack_outcome(future.result())
            except Exception as exc:  # noqa: BLE001 - a worker lost, a task that failed
                reason = f"left out: the Dask task failed ({type(exc).__name__}: {exc})"
                reasons, counts, rows = [reason] * len(chunk), [0] * len(chunk), []
            future.release()
            errors = [DocumentError(d.source, r) if r else None for d, r in zip(chunk, reasons)]
            yield ExtractedChunk(chunk, errors, counts, rows)
            while len(running) < window and submit():
                pass

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


__all__ = ["DaskExtraction", "ExtractedChunk", "ExtractionPlugin", "extract_chunk"]
