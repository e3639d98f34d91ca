"""``geo ingest --workers N``: the same pipeline on a Dask LocalCluster (worker
processes) gives the same store as one process; the store is written by the client."""

from __future__ import annotations

import pytest

from geo.ingest import IngestLimits, ingest

from test_ingest import INLINE, corpus, dated_jsonl, stored, stored_groups, town_extract, write_jsonl

pytestmark = pytest.mark.dask


@pytest.mark.parametrize("limits", [IngestLimits(doc_timeout=None), IngestLimits(doc_timeout=30)],
                         ids=["in-worker", "worker-process"])
def test_two_dask_workers_give_the_same_store_as_one_process(tmp_path, limits):
    texts = corpus(60)
    texts[13] = texts[13] + " filler" * 2_000
    reports = write_jsonl(tmp_path / "r.jsonl", texts)
    small = IngestLimits(max_doc_bytes=10_000, doc_timeout=None)
    alone = ingest([reports], tmp_path / "alone", extract=town_extract, limits=small, batch_size=25)
    together = ingest([reports], tmp_path / "dask", extract=town_extract,
                      limits=IngestLimits(max_doc_bytes=10_000, doc_timeout=limits.doc_timeout),
                      batch_size=25, workers=2)
    assert stored(tmp_path / "alone") == stored(tmp_path / "dask")
    assert (together.documents_added, together.incidents_added) == (alone.documents_added, alone.incidents_added) == (59, 118)
    assert [e.source for e in together.errors] == [e.source for e in alone.errors]  # the oversized one
    again = ingest([reports], tmp_path / "dask", extract=town_extract, limits=small, workers=2)
    assert (again.documents_added, again.documents_skipped) == (0, 59)


def test_dask_workers_merge_reports_of_one_event_as_one_process_does(tmp_path):
    """Chunks are committed in the documents' order: the events (which report joins
    which) are those of a single-process ingest, not those of the chunks' finishing order."""
    reports = dated_jsonl(tmp_path / "r.jsonl", 300, days=6)
    alone = ingest([reports], tmp_path / "alone", extract=town_extract, limits=INLINE, batch_size=40)
    together = ingest([reports], tmp_path / "dask", extract=town_extract, limits=INLINE, batch_size=40, workers=2)
    assert stored_groups(tmp_path / "alone") == stored_groups(tmp_path / "dask")
    assert together.incidents_merged == alone.incidents_merged > 200


def test_with_a_time_limit_dask_workers_leave_out_only_the_documents_that_hang_or_kill_their_process(tmp_path):
    """Each worker's child process gets a whole chunk at once (geo.ingest.chunk_process):
    a document that overruns or takes the child with it is the one left out, and the
    chunk's other documents, before and after it, are stored as one process stores them."""
    texts = corpus(40)
    texts[5] = "HANG " + texts[5]
    texts[6] = "DIE " + texts[6]
    texts[30] = "KILLME " + texts[30]
    reports = write_jsonl(tmp_path / "r.jsonl", texts)
    limits = IngestLimits(doc_timeout=2)
    together = ingest([reports], tmp_path / "dask", extract=town_extract, limits=limits, batch_size=15, workers=2)
    reasons = {e.source.rsplit(":", 1)[1]: e.reason for e in together.errors}
    assert set(reasons) == {"6", "7", "31"}
    assert "longer than 2 s (--doc-timeout)" in reasons["6"]
    assert "process died (exit status 3)" in reasons["7"] and "process died" in reasons["31"]
    kept = [t for n, t in enumerate(texts) if n not in (5, 6, 30)]
    alone = ingest([write_jsonl(tmp_path / "kept.jsonl", kept, [f"doc{n:03d}" for n in range(40) if n not in (5, 6, 30)])],
                   tmp_path / "alone", extract=town_extract, limits=INLINE, batch_size=15)
    assert stored(tmp_path / "alone") == stored(tmp_path / "dask")
    assert together.documents_added == alone.documents_added == 37
