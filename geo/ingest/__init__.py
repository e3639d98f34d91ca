"""Filling the store from reports, in a stream of committed batches.

- ``pipeline``: ``ingest(paths, store, …)`` -> ``IngestReport``
- ``limits``: ``IngestLimits`` (``--max-doc-bytes``, ``--doc-timeout``)
- ``extraction``: the extractor in this process or in a worker process with a deadline
- ``distributed``: the same extraction on a Dask cluster (``--workers``, ``--scheduler``)
- ``chunk_process``: a Dask worker's extraction process, fed a chunk at a time, with the time limit
"""

from geo.ingest.limits import DEFAULT_DOC_TIMEOUT_S, DEFAULT_MAX_DOC_BYTES, IngestLimits

__all__ = [
    "DEFAULT_BATCH_SECONDS", "DEFAULT_BATCH_SIZE", "DEFAULT_DOC_TIMEOUT_S", "DEFAULT_MAX_DOC_BYTES",
    "IngestLimits", "IngestReport", "ingest",
]

# The pipeline (pandas, the store) is imported on first use: the extraction worker
# process (``python -m geo.ingest.worker``) imports this package too, and needs neither
# (~150 MB of its memory).
_PIPELINE_NAMES = ("DEFAULT_BATCH_SECONDS", "DEFAULT_BATCH_SIZE", "IngestReport", "ingest")


def __getattr__(name: str):
    if name in _PIPELINE_NAMES:
        from geo.ingest import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
