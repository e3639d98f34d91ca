"""Filling the store from reports, in a stream of committed batches.

- ``pipeline``: ``ingest(paths, store, …)`` -> ``IngestReport``
- ``limits``: ``IngestLimits`` (``--max-doc-bytes``, ``--doc-timeout``)
- ``extraction``: the extractor in this process or in a worker process with a deadline
- ``distributed``: the same extraction on a Dask cluster (``--workers``, ``--scheduler``)
"""

from geo.ingest.limits import DEFAULT_DOC_TIMEOUT_S, DEFAULT_MAX_DOC_BYTES, IngestLimits
from geo.ingest.pipeline import DEFAULT_BATCH_SECONDS, DEFAULT_BATCH_SIZE, IngestReport, ingest

__all__ = [
    "DEFAULT_BATCH_SECONDS", "DEFAULT_BATCH_SIZE", "DEFAULT_DOC_TIMEOUT_S", "DEFAULT_MAX_DOC_BYTES",
    "IngestLimits", "IngestReport", "ingest",
]
