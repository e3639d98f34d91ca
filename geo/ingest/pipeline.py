"""From reports to the store, in a stream: read documents, extract their incidents,
commit them in batches.

``ingest`` is the pipeline's last stage (documents -> incidents -> store). It lives apart
from ``geo.store`` so that reading or writing a layer never loads the extractor, and the
store imports nothing of the pipeline it is fed by.

Documents are committed in batches (every ``batch_size`` documents or ``batch_seconds``,
whichever comes first), each batch one atomic ``IncidentStore.append``: a run that is
killed loses at most the batch in flight, and the next run resumes, because documents
the store already holds are skipped before they are extracted. Nothing grows with the
corpus but the counters: memory stays flat for a million reports.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

import pandas as pd
from tqdm import tqdm

from geo.documents import Document, DocumentError, ReadOptions, document_id, read_documents
from geo.events.ingest import BatchMerger
from geo.incidents.model import Incident
from geo.ingest.extraction import Extracted, Extractor, runner_for
from geo.ingest.limits import IngestLimits, oversize_error
from geo.store.schema import conform_documents, incident_rows, rows_to_frame

if TYPE_CHECKING:  # Dask is imported only for a run on a cluster
    from geo.ingest.distributed import ExtractedChunk

# A commit costs ~0.1-0.2 s whatever its size (two Parquet files, fsyncs, the manifest,
# the frames' conversion, the stored events near the batch made ready for matching):
# 200 short reports a batch made it half of the writer's work; measured on a Dask run
# of 30,000 short reports, the writer's CPU per report was 0.25 ms with 1,000 a batch,
# 0.18 with 2,000. A kill loses at most one batch: 10 s of work, ~1-2 s at 2,000.
DEFAULT_BATCH_SIZE = 2000
DEFAULT_BATCH_SECONDS = 10.0
# The store is asked which documents it holds once per this many read ahead, or fewer
# when their texts pass READ_AHEAD_CHARS (so a run of long reports is not all in memory).
READ_AHEAD_DOCUMENTS = 500
READ_AHEAD_CHARS = 16 * 2**20
KEPT_ERRORS = 10_000  # errors listed in the report; beyond that only counted
# Given ids already stored, named one by one: a resumed run skips thousands, and a note
# for each would bury the report (the others are counted in one line).
KEPT_KNOWN_ID_NOTES = 10


@dataclass
class IngestReport:
    """What one ``ingest`` run did."""

    documents_read: int = 0  # reports read without error
    documents_added: int = 0  # new reports, now in the store
    documents_skipped: int = 0  # already in the store (or twice in this run)
    incidents_added: int = 0
    incidents_merged: int = 0  # of those, reports of an event already known (geo.events)
    batches: int = field(default=0, compare=False)  # commits made
    errors: list[DocumentError] = field(default_factory=list)  # the first KEPT_ERRORS
    error_count: int = field(default=0, compare=False)  # all of them
    # What the readers changed or refused about a document that was still read (a NUL
    # blanked, an id kept apart, an id the store already holds): the first KEPT_ERRORS.
    notes: list[str] = field(default_factory=list, compare=False)
    known_ids: int = field(default=0, compare=False)  # given ids skipped as already stored

    def add_note(self, note: str) -> None:
        if len(self.notes) < KEPT_ERRORS:
            self.notes.append(note)

    def add_error(self, error: DocumentError) -> None:
        self.error_count += 1
        if len(self.errors) < KEPT_ERRORS:
            self.errors.append(error)

    def __str__(self) -> str:
        lines = [
            f"{self.documents_read} documents read: {self.documents_added} added, "
            f"{self.documents_skipped} already in the store; "
            f"{self.incidents_added} incidents added"
            + (f" ({self.incidents_merged} of them about events already known)" if self.incidents_merged else "")
            + f"; {self.error_count} errors"
        ]
        lines += [f"  {error}" for error in self.errors]
        lines += [f"  note: {note}" for note in self.notes]
        if self.known_ids > KEPT_KNOWN_ID_NOTES:
            lines.append(f"  note: … and {self.known_ids - KEPT_KNOWN_ID_NOTES} more given ids already in the store, "
                         "not read again")
        if self.error_count > len(self.errors):
            lines.append(f"  … and {self.error_count - len(self.errors)} more errors")
        return "\n".join(lines)


def ingest(
    paths: Iterable[str | Path],
    store,
    extract: Extractor | None = None,
    progress: bool = False,
    *,
    limits: IngestLimits | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    batch_seconds: float = DEFAULT_BATCH_SECONDS,
    workers: int | None = None,
    scheduler: str | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> IngestReport:
    """Read the reports in ``paths``, extract their incidents and add them to ``store``.

    ``store`` is an ``IncidentStore``, or what ``geo.store.open.open_store`` opens (a
    folder, ``postgresql://…``; an old single ``.parquet``/``.gpkg`` file is migrated to
    a folder store first).

    Reports already in the store are skipped, so running this twice adds nothing the
    second time. Unreadable reports, reports over a limit of ``limits`` and reports
    ``extract`` fails on are listed in ``IngestReport.errors`` and left out of the store,
    so a later run retries them. ``workers``/``scheduler`` run the extraction on a Dask
    cluster (``geo.ingest.distributed``); the store is written by this process only.
    ``on_wait`` hears when a commit has to wait for another writer of the store.
    """
    limits = limits or IngestLimits()
    if extract is None:
        # Looked up here, not imported at the top: a caller that brings its own
        # extractor (a test, another reader of reports) need not load the pipeline.
        import geo.incidents  # noqa: PLC0415

        extract = geo.incidents.extract_incidents
    opened, target = _target(store)
    report = IngestReport()
    bar = tqdm(desc="ingest", unit="doc", file=sys.stderr, disable=not progress, dynamic_ncols=True)
    batch = _Batch(target, report, on_wait)
    if workers or scheduler:
        from geo.ingest.distributed import DaskExtraction  # noqa: PLC0415

        runner = DaskExtraction(extract, limits, workers=workers, scheduler=scheduler)
    else:
        runner = runner_for(extract, limits)
    try:
        read = read_documents(paths, ReadOptions(max_doc_bytes=limits.max_doc_bytes))
        documents = _new_documents(read, target, limits, report, batch.ids, bar)
        if workers or scheduler:
            outcomes = ((chunk, len(chunk.documents)) for chunk in runner.chunks(documents))
        else:
            outcomes = ((outcome, 1) for outcome in runner.map(documents))
        for outcome, n in outcomes:
            batch.add(outcome)
            bar.update(n)
            bar.set_postfix(errors=report.error_count, refresh=False)
            if len(batch) >= batch_size or batch.age() >= batch_seconds:
                batch.commit()
        batch.commit()
    except KeyboardInterrupt:
        batch.commit()  # what was extracted is kept: the next run starts after it
        raise
    finally:
        runner.close()
        bar.close()
        if opened:
            target.close()
    return report


def _target(store):
    """(whether we opened it, the store to write to)."""
    if hasattr(store, "append") and hasattr(store, "known_documents"):
        return False, store
    from geo.store.open import open_store  # noqa: PLC0415

    return True, open_store(store)


def _new_documents(
    items: Iterable[Document | DocumentError],
    store,
    limits: IngestLimits,
    report: IngestReport,
    pending: set[str],
    bar,
) -> Iterator[Document]:
    """The documents to extract: readable, within the size limit, and neither in the
    store nor already on their way to it in this run. The store is asked once per
    block read ahead (``READ_AHEAD_DOCUMENTS``, ``READ_AHEAD_CHARS``)."""
    items = iter(items)
    while block := _read_ahead(items):
        documents = []
        for item in block:
            if isinstance(item, DocumentError):
                report.add_error(item)
                continue
            report.documents_read += 1
            for note in item.notes:
                report.add_note(f"{item.source}: {note}")
            error = oversize_error(item, limits)
            if error is not None:
                report.add_error(error)
                bar.update(1)
                continue
            documents.append(item)
        known = store.known_documents([d.id for d in documents]) if documents else set()
        for document in documents:
            if document.id in known or document.id in pending:
                report.documents_skipped += 1
                if document.id in known and document.id != document_id(document.text):
                    # An id the user gave, not our hash of the text: the store cannot tell
                    # whether the text changed, so say it was not read again.
                    report.known_ids += 1
                    if report.known_ids <= KEPT_KNOWN_ID_NOTES:
                        report.add_note(f"{document.source}: id {document.id!r} is already in the store; not "
                                        "read again (a report with a different text needs an id of its own)")
                bar.update(1)
                continue
            pending.add(document.id)
            yield document


def _read_ahead(items: Iterator) -> list:
    block, chars = [], 0
    for item in items:
        block.append(item)
        chars += len(item.text) if isinstance(item, Document) else 0
        if len(block) >= READ_AHEAD_DOCUMENTS or chars >= READ_AHEAD_CHARS:
            break
    return block


class _Batch:
    """Extracted documents waiting for their commit: their rows of the documents table
    (not their texts) and their incidents."""

    def __init__(self, store, report: IngestReport, on_wait):
        self.store, self.report, self.on_wait = store, report, on_wait
        self.merger = BatchMerger(store)
        self.ids: set[str] = set()  # in extraction or in this batch (shared with the reader)
        self.documents: list[dict] = []
        self.incidents: list[Incident] = []  # not yet in ``rows``
        self.rows: list[dict] = []  # incidents as layer rows, in document order
        self.started = time.monotonic()

    def __len__(self) -> int:
        return len(self.documents)

    def age(self) -> float:
        return time.monotonic() - self.started

    def add(self, outcome: Extracted | ExtractedChunk) -> None:
        """One document's outcome, or a chunk's (``geo.ingest.distributed``)."""
        if isinstance(outcome, Extracted):
            self._add_document(outcome.document, outcome.error, len(outcome.incidents))
            self.incidents += outcome.incidents if outcome.error is None else []
            return
        for document, error, count in zip(outcome.documents, outcome.errors, outcome.counts):
            self._add_document(document, error, count)
        if outcome.rows:
            self._rows_of_incidents()
            self.rows += outcome.rows

    def _add_document(self, document: Document, error: DocumentError | None, incidents: int) -> None:
        if error is not None:
            self.report.add_error(error)
            self.ids.discard(document.id)  # not stored: a copy later may try again
            return
        if not self.documents:
            self.started = time.monotonic()
        self.documents.append({"doc_id": document.id, "title": document.title, "date": document.date,
                               "source": document.source, "n_incidents": incidents})

    def _rows_of_incidents(self) -> None:
        if self.incidents:
            self.rows += incident_rows(self.incidents)
            self.incidents = []

    def commit(self) -> None:
        if not self.documents:
            return
        self._rows_of_incidents()
        documents = pd.DataFrame(self.documents)
        documents["ingested_at"] = dt.datetime.now(dt.timezone.utc)
        incidents = rows_to_frame(self.rows)
        # Reports of an event already stored, or reported earlier in the batch, join it.
        frame = self.merger.merge(incidents)
        result = self.store.append(frame, conform_documents(documents), on_wait=self.on_wait)
        self.merger.committed(frame, result.added_documents)
        self.report.documents_added += len(result.added_documents)
        self.report.documents_skipped += len(result.skipped_documents)
        self.report.incidents_added += result.incidents
        added = frame["doc_id"].isin(set(result.added_documents))
        self.report.incidents_merged += int((frame.loc[added, "merge_key"] != "").sum())
        self.report.batches += 1
        self.ids.difference_update(d["doc_id"] for d in self.documents)
        self.documents, self.rows = [], []
