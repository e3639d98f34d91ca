"""Streaming ingest (geo.ingest): batches committed as they come, a killed run resumed
without extracting again what is stored, per-document size and time limits, Parquet
corpora. The extractors here are stand-ins written for the tests (module level, so the
worker process can import them)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from geo.documents import Document, read_documents
from geo.incidents import Incident
from geo.ingest import IngestLimits, ingest
from geo.store.open import open_store

from conftest import ROOT

TOWNS = ["Arbor", "Belmont", "Cresthaven", "Dunmore", "Elmfield", "Fairlow", "Glenrock", "Hartwell"]


def town_extract(document: Document) -> list[Incident]:
    """One incident per town named in the text (a stand-in for the real extractor)."""
    log = os.environ.get("GEO_TEST_EXTRACT_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as f:
            f.write(document.id + "\n")
    if "HANG" in document.text:
        re.match(r"(a+)+b", "a" * 64)  # catastrophic backtracking: pure C regex, no end in sight
    if "DIE" in document.text:
        os._exit(3)
    if "KILLME" in document.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return [
        Incident(document.date or "2024-05-01", "Riots", "Mob violence", "Rioters (Testland)",
                 location=town, country="Testland", latitude=10.0 + k, longitude=20.0 + k,
                 evidence=f"A crowd rioted in {town}.")
        for k, town in enumerate(TOWNS) if town in document.text
    ]


def write_jsonl(path: Path, texts: list[str], ids: list[str] | None = None) -> Path:
    ids = ids or [f"doc{n:03d}" for n in range(len(texts))]
    path.write_text("".join(json.dumps({"id": i, "text": t, "date": "2024-05-02"}) + "\n"
                            for i, t in zip(ids, texts)), encoding="utf-8")
    return path


def corpus(n: int) -> list[str]:
    return [f"Report {n}: a crowd rioted in {TOWNS[n % len(TOWNS)]} and {TOWNS[(n + 3) % len(TOWNS)]}."
            for n in range(n)]


INLINE = IngestLimits(doc_timeout=None)


def stored(store_path: Path):
    with open_store(store_path, create=False) as store:
        # The incidents as stored: the stand-in reports riots in the same towns on the
        # same day, which the store's view merges into one event per town (geo.events).
        layer = store.read_layer(apply_corrections=False)
        return sorted(zip(layer["event_id"], layer["location"])), sorted(store.read_documents()["doc_id"])


def test_documents_are_committed_in_batches_by_count(tmp_path):
    reports = write_jsonl(tmp_path / "r.jsonl", corpus(7))
    report = ingest([reports], tmp_path / "store", extract=town_extract, limits=INLINE, batch_size=3)
    assert (report.documents_added, report.incidents_added, report.batches) == (7, 14, 3)
    incidents, documents = stored(tmp_path / "store")
    assert documents == [f"doc{n:03d}" for n in range(7)]
    assert ("doc004-0", TOWNS[4]) in incidents and len(incidents) == 14


def test_documents_are_committed_in_batches_by_time(tmp_path):
    reports = write_jsonl(tmp_path / "r.jsonl", corpus(4))
    report = ingest([reports], tmp_path / "store", extract=town_extract, limits=INLINE,
                    batch_size=100, batch_seconds=0)
    assert report.batches == 4 and report.documents_added == 4


def test_stored_documents_are_not_extracted_again(tmp_path, monkeypatch):
    log = tmp_path / "extracted.txt"
    monkeypatch.setenv("GEO_TEST_EXTRACT_LOG", str(log))
    texts = corpus(5)
    ingest([write_jsonl(tmp_path / "a.jsonl", texts[:3])], tmp_path / "store", extract=town_extract, limits=INLINE)
    log.unlink()
    # the same three, a copy of one of them inside the file, and two new ones
    ids = [f"doc{n:03d}" for n in range(5)] + ["doc004"]
    report = ingest([write_jsonl(tmp_path / "b.jsonl", texts + texts[4:], ids)], tmp_path / "store",
                    extract=town_extract, limits=INLINE)
    assert log.read_text().split() == ["doc003", "doc004"]
    assert (report.documents_read, report.documents_added, report.documents_skipped) == (6, 2, 4)


def test_a_killed_run_keeps_its_batches_and_the_next_run_does_only_the_rest(tmp_path, monkeypatch):
    texts = corpus(10)
    texts[7] = "KILLME " + texts[7]
    reports = write_jsonl(tmp_path / "r.jsonl", texts)
    log = tmp_path / "extracted.txt"
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_ingest import town_extract, INLINE
        from geo.ingest import ingest
        ingest([{str(reports)!r}], {str(tmp_path / "store")!r}, extract=town_extract, limits=INLINE, batch_size=3)
    """)
    monkeypatch.setenv("GEO_TEST_EXTRACT_LOG", str(log))
    killed = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    _, documents = stored(tmp_path / "store")
    assert documents == [f"doc{n:03d}" for n in range(6)]  # two batches of three made it

    log.unlink()
    texts[7] = texts[7].replace("KILLME ", "")
    write_jsonl(reports, texts)  # doc007 keeps its id: ids are given in this file
    report = ingest([reports], tmp_path / "store", extract=town_extract, limits=INLINE, batch_size=3)
    assert log.read_text().split() == ["doc006", "doc007", "doc008", "doc009"]
    assert (report.documents_added, report.documents_skipped) == (4, 6)
    incidents, documents = stored(tmp_path / "store")
    assert documents == [f"doc{n:03d}" for n in range(10)] and len(incidents) == 20


def test_a_document_over_the_size_limit_is_an_error_and_the_rest_are_stored(tmp_path):
    texts = corpus(3)
    texts[1] = texts[1] + " filler" * 20_000  # ~140 KB
    report = ingest([write_jsonl(tmp_path / "r.jsonl", texts)], tmp_path / "store", extract=town_extract,
                    limits=IngestLimits(max_doc_bytes=100_000, doc_timeout=None))
    (error,) = report.errors
    assert error.source.endswith("r.jsonl:2") and "--max-doc-bytes" in error.reason and "over the 98 KB limit" in error.reason
    assert stored(tmp_path / "store")[1] == ["doc000", "doc002"]


def test_a_report_file_far_over_the_size_limit_is_refused_unread_and_the_rest_are_stored(tmp_path):
    texts = corpus(2)
    folder = tmp_path / "in"
    folder.mkdir()
    write_jsonl(folder / "r.jsonl", texts)
    (folder / "giant.txt").write_text("Shelling was reported in Alphaville. " * 10_000, encoding="utf-8")  # ~370 KB
    report = ingest([folder], tmp_path / "store", extract=town_extract,
                    limits=IngestLimits(max_doc_bytes=100_000, doc_timeout=None))
    (error,) = report.errors
    assert error.source.endswith("giant.txt") and "--max-doc-bytes" in error.reason and "not read" in error.reason
    assert stored(tmp_path / "store")[1] == ["doc000", "doc001"]


def test_a_document_over_the_time_limit_is_an_error_and_the_rest_are_stored(tmp_path):
    texts = corpus(6)
    texts[2] = "HANG " + texts[2]
    started = time.monotonic()
    report = ingest([write_jsonl(tmp_path / "r.jsonl", texts)], tmp_path / "store", extract=town_extract,
                    limits=IngestLimits(doc_timeout=3))
    assert time.monotonic() - started < 60
    (error,) = report.errors
    assert error.source.endswith("r.jsonl:3") and "longer than 3 s (--doc-timeout)" in error.reason
    incidents, documents = stored(tmp_path / "store")
    assert documents == ["doc000", "doc001", "doc003", "doc004", "doc005"] and len(incidents) == 10


def test_a_worker_process_that_dies_costs_only_its_document(tmp_path):
    texts = corpus(4)
    texts[1] = "DIE " + texts[1]
    report = ingest([write_jsonl(tmp_path / "r.jsonl", texts)], tmp_path / "store", extract=town_extract,
                    limits=IngestLimits(doc_timeout=30))
    (error,) = report.errors
    assert error.source.endswith("r.jsonl:2") and "extraction process died (exit status 3)" in error.reason
    assert stored(tmp_path / "store")[1] == ["doc000", "doc002", "doc003"]


def test_the_worker_process_gives_the_same_store_as_this_process(tmp_path):
    reports = write_jsonl(tmp_path / "r.jsonl", corpus(20))
    ingest([reports], tmp_path / "a", extract=town_extract, limits=INLINE, batch_size=7)
    ingest([reports], tmp_path / "b", extract=town_extract, limits=IngestLimits(doc_timeout=30), batch_size=7)
    assert stored(tmp_path / "a") == stored(tmp_path / "b")


def test_a_commit_that_waits_for_another_writer_says_so(tmp_path):
    store = tmp_path / "store"
    open_store(store).close()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from geo.store.lock import writer_lock
        with writer_lock(Path({str(store)!r})):
            print("held", flush=True)
            time.sleep(2)
    """)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    heard = []
    report = ingest([write_jsonl(tmp_path / "r.jsonl", corpus(2))], store, extract=town_extract,
                    limits=INLINE, on_wait=heard.append)
    holder.wait(timeout=30)
    assert report.documents_added == 2
    assert len(heard) == 1 and "waiting for the store lock held by pid" in heard[0]


def test_a_parquet_corpus_is_read_in_row_batches(tmp_path, monkeypatch):
    monkeypatch.setattr("geo.documents.parquet.ROWS_PER_BATCH", 4)
    bodies = [f"Body {n} of the archive." for n in range(10)]
    bodies[5] = "  "
    table = pa.table({
        "Headline": [f"Title {n}" for n in range(10)],
        "Body": bodies,
        "published": ["2024-05-0" + str(1 + n % 9) for n in range(10)],
        "unused": list(range(10)),
    })
    path = tmp_path / "archive.parquet"
    pq.write_table(table, path, row_group_size=3)
    items = list(read_documents([path]))
    documents = [d for d in items if isinstance(d, Document)]
    errors = [e for e in items if not isinstance(e, Document)]
    assert [d.title for d in documents] == [f"Title {n}" for n in range(10) if n != 5]
    assert documents[0].date == "2024-05-01" and documents[0].text == "Body 0 of the archive."
    assert documents[6].source == f"{path}:8"  # the row, counted from 1
    assert [e.source for e in errors] == [f"{path} row 6"] and "empty 'Body' column" in errors[0].reason


def test_a_parquet_file_without_a_text_column_is_refused(tmp_path):
    path = tmp_path / "numbers.parquet"
    pq.write_table(pa.table({"n": [1, 2]}), path)
    (error,) = list(read_documents([path]))
    assert "no text column" in error.reason


@pytest.mark.parametrize("kind", ["jsonl", "parquet"])
def test_a_parquet_corpus_and_its_jsonl_give_the_same_store(tmp_path, kind):
    texts = corpus(9)
    if kind == "jsonl":
        path = write_jsonl(tmp_path / "r.jsonl", texts)
    else:
        path = tmp_path / "r.parquet"
        pq.write_table(pa.table({"id": [f"doc{n:03d}" for n in range(9)], "text": texts,
                                 "date": ["2024-05-02"] * 9}), path)
    ingest([path], tmp_path / "store", extract=town_extract, limits=INLINE)
    incidents, documents = stored(tmp_path / "store")
    assert documents == [f"doc{n:03d}" for n in range(9)] and len(incidents) == 18


def test_a_known_id_given_again_is_said_not_dropped_silently(tmp_path):
    """A JSONL id the store already holds is not read again, and the report says so: the
    store keeps no text to compare, so a changed report needs an id of its own."""
    from geo.ingest import ingest

    def one_incident(document):
        return [Incident("2024-03-02", "Protests", "Peaceful protest", "Protesters (Ruritania)",
                         doc_id=document.id, evidence=document.text)]

    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text(json.dumps({"id": "r-7", "text": "Nurses marched in the capital on Saturday."}) + "\n")
    second.write_text(json.dumps({"id": "r-7", "text": "Teachers marched in the capital on Sunday."}) + "\n")
    store = tmp_path / "store"
    assert ingest([first], store, extract=one_incident).documents_added == 1
    again = ingest([second], store, extract=one_incident)
    assert again.documents_added == 0 and again.documents_skipped == 1
    assert any("'r-7' is already in the store" in note for note in again.notes)
    assert "note: " in str(again)


def dated_jsonl(path: Path, n: int, days: int) -> Path:
    """Reports of riots in two towns each, dated over ``days`` days: many repeat an
    event of an earlier batch (same town, same or next day)."""
    path.write_text("".join(
        json.dumps({"id": f"d{k:04d}", "date": f"2024-05-{1 + (k * 7) % days:02d}",
                    "text": f"A crowd rioted in {TOWNS[k % 5]} and {TOWNS[(k * 3) % 8]}."}) + "\n"
        for k in range(n)), encoding="utf-8")
    return path


def stored_groups(store_path: Path):
    with open_store(store_path, create=False) as store:
        layer = store.read_layer(apply_corrections=False)
        return sorted(zip(layer["event_id"], layer["merge_key"]))


def test_the_kept_events_merge_as_a_read_of_the_store_per_batch_does(tmp_path, monkeypatch):
    """The stream's merger (geo.events.ingest.BatchMerger) reads the store once for
    batches on the same days, and gives the keys a fresh read per batch gives."""
    from geo.events import ingest as events_ingest

    reports = dated_jsonl(tmp_path / "r.jsonl", 120, days=6)
    kept = ingest([reports], tmp_path / "kept", extract=town_extract, limits=INLINE, batch_size=10)
    reads = []
    original = events_ingest.BatchMerger.merge

    def reading_every_batch(self, incidents):
        self._version = None  # as if another writer had committed: the store is read again
        out = original(self, incidents)
        reads.append(self.reads)
        return out

    monkeypatch.setattr(events_ingest.BatchMerger, "merge", reading_every_batch)
    fresh = ingest([reports], tmp_path / "fresh", extract=town_extract, limits=INLINE, batch_size=10)
    assert reads[-1] == fresh.batches == kept.batches == 12
    groups = stored_groups(tmp_path / "kept")
    assert groups == stored_groups(tmp_path / "fresh")
    assert kept.incidents_merged == fresh.incidents_merged > 100
    assert sum(1 for _, key in groups if key) == kept.incidents_merged


def test_the_merger_reads_the_store_once_for_batches_on_the_same_days_and_again_after_another_writer(tmp_path):
    from geo.events.ingest import BatchMerger, merge_batch
    from geo.store.schema import incidents_to_frame

    def batch(first: int, days: tuple[int, ...], towns: int = 0):
        docs = [Document(f"w{k}", "", f"2024-05-{days[k % len(days)]:02d}",
                         f"A crowd rioted in {TOWNS[towns + k % 3]}.", f"w{k}")
                for k in range(first, first + 4)]
        return incidents_to_frame([inc.__class__(**{**inc.__dict__, "doc_id": d.id})
                                   for d in docs for inc in town_extract(d)])

    with open_store(tmp_path / "store") as store:
        merger = BatchMerger(store)
        for first in (0, 4, 8):  # the days 2 to 6 are read once, with the first batch
            frame = batch(first, (3, 5))
            merged = merger.merge(frame)
            assert merged["merge_key"].tolist() == merge_batch(frame, store)["merge_key"].tolist()
            merger.committed(merged, store.append(merged, None).added_documents)
        assert merger.reads == 1 and (merged["merge_key"] != "").all()
        store.append(batch(12, (5,), towns=3), None)  # another writer, on a day the merger holds
        frame = batch(16, (5,), towns=3)
        merged = merger.merge(frame)
        assert merger.reads == 2
        assert merged["merge_key"].tolist() == merge_batch(frame, store)["merge_key"].tolist()
        assert (merged["merge_key"] != "").all()  # the other writer's events, read from the store


def test_an_appends_merge_work_does_not_grow_with_the_store(tmp_path, monkeypatch):
    """A stream of small commits merges partitions tier by tier: a row is merged again
    only when its tier fills, not with every few commits (memory and time per commit
    stay flat instead of growing with the store up to the largest tier)."""
    from geo.store import folder as folder_module
    from geo.store import partitions

    monkeypatch.setattr(folder_module, "MERGE_TIERS", (4, 16))  # as in the store: AUTO_MERGE_RUN × a tier = the next
    monkeypatch.setattr(folder_module, "AUTO_MERGE_RUN", 4)
    merged_rows = []
    merge = partitions.merge_incidents
    monkeypatch.setattr(partitions, "merge_incidents",
                        lambda folder, parts, *a: merged_rows.append(sum(p.rows for p in parts)) or merge(folder, parts, *a))
    reports = write_jsonl(tmp_path / "r.jsonl", corpus(64))
    ingest([reports], tmp_path / "store", extract=town_extract, limits=INLINE, batch_size=1)
    assert sum(merged_rows) <= 2 * 128  # each of the 128 rows merged once per tier at most
    incidents, documents = stored(tmp_path / "store")
    assert len(documents) == 64 and len(incidents) == 128


def test_a_resumed_run_counts_the_given_ids_it_skips_in_one_line(tmp_path):
    reports = write_jsonl(tmp_path / "r.jsonl", corpus(30))
    ingest([reports], tmp_path / "store", extract=town_extract, limits=INLINE)
    again = ingest([reports], tmp_path / "store", extract=town_extract, limits=INLINE)
    assert again.documents_skipped == again.known_ids == 30
    assert len(again.notes) == 10 and "… and 20 more given ids already in the store" in str(again)
