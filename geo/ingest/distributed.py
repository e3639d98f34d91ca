"""The extraction of ``geo.ingest`` on a Dask cluster (``geo ingest --workers N`` or
``--scheduler tcp://host:8786``).

Documents go to the workers in small chunks, a few per worker in flight; each worker
runs the same extraction as a single process (``geo.ingest.extraction``: a worker
process with the per-document time limit, or in the worker itself when there is none),
set up once per worker by a plugin, so the gazetteer is loaded once per worker. The
incidents come back to this process, the store's one writer, which commits them in
batches as ``geo.ingest.pipeline`` does for a single process: the same store content.
"""

from __future__ import annotations

import logging
import pickle
from typing import Iterable, Iterator

from distributed.diagnostics.plugin import WorkerPlugin

from geo.documents import Document, DocumentError
from geo.ingest.extraction import Extracted, Extractor, InlineExtraction, ProcessExtraction
from geo.ingest.limits import IngestLimits

PLUGIN_NAME = "geo-ingest-extraction"
CHUNK = 16  # documents per task: a task's overhead (~ms) against ~5-50 ms per document
CHUNKS_PER_WORKER = 3  # in flight, so no worker waits for its next chunk


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
            self.runner = ProcessExtraction(extract, self.limits)
            self.runner._worker()  # start it now: it loads the gazetteer while the client reads
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


def extract_chunk(documents: list[Document]) -> list[tuple[list, str | None]]:
    """A Dask task: (incidents, error reason) per document, in order."""
    from distributed import get_worker  # noqa: PLC0415

    runner = get_worker().plugins[PLUGIN_NAME].runner
    return [(o.incidents, o.error.reason if o.error else None) for o in runner.map(documents)]


class DaskExtraction:
    """``map`` documents to outcomes on a Dask cluster (results in completion order)."""

    def __init__(self, extract: Extractor | None, limits: IngestLimits, *,
                 workers: int | None = None, scheduler: str | None = None):
        from distributed import Client, LocalCluster  # noqa: PLC0415

        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(
                n_workers=workers or 1, threads_per_worker=1, processes=True,
                host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster)
        self.client.register_plugin(ExtractionPlugin(extract, limits), name=PLUGIN_NAME)

    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info(n_workers=-1)["workers"]))

    def map(self, documents: Iterable[Document]) -> Iterator[Extracted]:
        from distributed import as_completed  # noqa: PLC0415

        source = iter(documents)
        window = CHUNKS_PER_WORKER * self.workers()
        chunks: dict = {}  # future -> its documents
        running = as_completed()

        def submit() -> bool:
            chunk = [d for _, d in zip(range(CHUNK), source)]
            if not chunk:
                return False
            future = self.client.submit(extract_chunk, chunk, pure=False)
            chunks[future] = chunk
            running.add(future)
            return True

        while len(chunks) < window and submit():
            pass
        for future in running:
            chunk = chunks.pop(future)
            try:
                results = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker lost, a task that failed
                reason = f"left out: the Dask task failed ({type(exc).__name__}: {exc})"
                results = [([], reason)] * len(chunk)
            for document, (incidents, reason) in zip(chunk, results):
                error = DocumentError(document.source, reason) if reason else None
                yield Extracted(document, incidents, error)
            while len(chunks) < window and submit():
                pass

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


__all__ = ["DaskExtraction", "ExtractionPlugin", "extract_chunk"]
