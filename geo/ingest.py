"""From reports to the store: read documents, extract their incidents, append them.

``ingest`` is the pipeline's last stage (documents -> incidents -> store). It lives apart
from ``geo.store`` so that reading or writing a layer never loads the extractor, and the
store imports nothing of the pipeline it is fed by.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd
from tqdm import tqdm

from geo.documents import Document, DocumentError, read_documents
from geo.incidents import Incident
from geo.store.corrections import apply_saved
from geo.store.formats import read_documents_table, read_layer, write_layer
from geo.store.schema import append_rows, conform_documents, incidents_to_frame

Extractor = Callable[[Document], Iterable[Incident]]


@dataclass
class IngestReport:
    """What one ``ingest`` run did."""

    documents_read: int = 0  # reports read without error
    documents_added: int = 0  # new reports, now in the store
    documents_skipped: int = 0  # already in the store (or twice in this batch)
    incidents_added: int = 0
    errors: list[DocumentError] = field(default_factory=list)

    def __str__(self) -> str:
        lines = [
            f"{self.documents_read} documents read: {self.documents_added} added, "
            f"{self.documents_skipped} already in the store; "
            f"{self.incidents_added} incidents added; {len(self.errors)} errors"
        ]
        lines += [f"  {error}" for error in self.errors]
        return "\n".join(lines)


def ingest(
    paths: Iterable[str | Path],
    store_path: str | Path,
    extract: Extractor | None = None,
    progress: bool = False,
) -> IngestReport:
    """Read the reports in ``paths``, extract their incidents and add them to the store.

    Reports already in the store are skipped, so running this twice adds nothing the
    second time. Unreadable reports, and reports ``extract`` fails on, are listed in
    ``IngestReport.errors`` and left out of the store, so a later run retries them.
    The store is written once, at the end, and atomically.
    """
    if extract is None:
        # Imported here: a caller that brings its own extractor (a test, another
        # reader of reports) need not load the pipeline and its gazetteer.
        from geo.incidents import extract_incidents as extract

    store_path = Path(store_path)
    layer = read_layer(store_path)
    documents = read_documents_table(store_path)
    # A layer written by other means may lack a documents table: its doc_ids count too.
    seen = set(documents["doc_id"]) | set(layer["doc_id"])
    seen.discard("")

    report = IngestReport()
    new_incidents: list[Incident] = []
    new_documents: list[dict] = []
    items = tqdm(
        read_documents(paths), desc="ingest", unit="doc", file=sys.stderr, disable=not progress
    )
    for item in items:
        if isinstance(item, DocumentError):
            report.errors.append(item)
            continue
        report.documents_read += 1
        if item.id in seen:
            report.documents_skipped += 1
            continue
        try:
            incidents = [_with_provenance(inc, item) for inc in extract(item)]
        except Exception as exc:  # one bad report must not sink the batch
            report.errors.append(
                DocumentError(item.source, f"extraction failed: {type(exc).__name__}: {exc}")
            )
            continue
        seen.add(item.id)
        new_incidents += incidents
        new_documents.append(
            {
                "doc_id": item.id,
                "title": item.title,
                "date": item.date,
                "source": item.source,
                "n_incidents": len(incidents),
                "ingested_at": dt.datetime.now(dt.timezone.utc),
            }
        )
    report.documents_added = len(new_documents)
    report.incidents_added = len(new_incidents)

    if new_documents:
        # The analyst's saved corrections are applied again to the new incidents:
        # re-ingesting the reports gives back the reviewed layer.
        reviewed = apply_saved(incidents_to_frame(new_incidents), store_path)
        layer = append_rows(layer, reviewed)
        documents = append_rows(documents, conform_documents(pd.DataFrame(new_documents)))
        write_layer(layer, store_path, documents)
    return report


def _with_provenance(incident: Incident, document: Document) -> Incident:
    """The incident with doc_id, source and title filled from its document where empty.

    A copy: the extractor's own objects are left alone.
    """
    return replace(
        incident,
        doc_id=incident.doc_id or document.id,
        source=incident.source or document.source,
        title=incident.title or document.title,
    )
