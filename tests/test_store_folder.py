"""geo.store.folder: the folder store's files, commits, corrections, compaction, lock,
migration from single-file stores and open_store."""

from __future__ import annotations

import datetime as dt
import json
import random
import threading
import time

import geopandas as gpd
import pandas as pd
import pyarrow.parquet as pq
import pytest

from geo.store import corrections as store_corrections
from geo.store.schema import DOCUMENT_COLUMNS, empty_layer, incidents_to_frame
from geo.store.formats import read_documents_table, read_layer, write_layer
from geo.store import document_table
from geo.store import folder as folder_module
from geo.store.base import StoreBusy
from geo.store.folder import FolderStore
from geo.store.lock import writer_lock
from geo.store.manifest import read_manifest
from geo.store.open import open_store
from geo.store.filters import Filters

from conftest import synthetic_incidents
from test_store_query import synthetic_batch


def _docs(ids, **extra) -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ids, "title": [f"Title {i}" for i in ids], "date": ["2024-05-01"] * len(ids),
        "source": [f"src/{i}" for i in ids], "n_incidents": [0] * len(ids),
        "ingested_at": [dt.datetime(2024, 6, 1, tzinfo=dt.timezone.utc)] * len(ids), **extra,
    })


@pytest.fixture
def store(tmp_path):
    s = FolderStore(tmp_path / "store")
    yield s
    s.close()


def _batch(seed, ids):
    return synthetic_batch(random.Random(seed), ids, per_doc=(1, 4))


# --------------------------------------------------------------------- appending


def test_append_commits_and_skips_what_is_stored(store):
    layer, docs = _batch(1, ["a", "b", "c"])
    first = store.append(layer, docs)
    assert first.added_documents == ["a", "b", "c"] and first.skipped_documents == []
    assert first.incidents == len(layer) == store.count(Filters())
    more, more_docs = _batch(2, ["c", "d"])
    second = store.append(more, more_docs)
    assert second.added_documents == ["d"] and second.skipped_documents == ["c"]
    assert second.incidents == int((more["doc_id"] == "d").sum())
    assert store.known_documents() == {"a", "b", "c", "d"}
    assert store.known_documents(["b", "x"]) == {"b"}
    assert store.read_documents()["doc_id"].tolist() == ["a", "b", "c", "d"]
    # c's incidents are the first batch's (the second's were skipped with the document)
    c_events = store.read_layer(Filters(text=""))
    assert c_events[c_events["doc_id"] == "c"]["evidence"].tolist() == layer[layer["doc_id"] == "c"]["evidence"].tolist()


def test_documents_round_trip_and_documents_without_incidents(store):
    docs = _docs(["x", "y"])
    docs.loc[1, "date"] = None
    store.append(empty_layer(), docs)
    got = store.read_documents()
    assert list(got.columns) == DOCUMENT_COLUMNS
    assert got["doc_id"].tolist() == ["x", "y"] and got["date"].tolist() == ["2024-05-01", None]
    assert str(got["ingested_at"].dtype) == "datetime64[s, UTC]"
    assert store.append(empty_layer(), docs).skipped_documents == ["x", "y"]  # idempotent
    assert store.info()["documents"] == 2 and store.info()["incidents"] == 0


def test_incidents_of_an_unlisted_document_get_a_documents_row(store):
    layer = incidents_to_frame(synthetic_incidents())
    result = store.append(layer, _docs(["d1"]))
    assert set(result.added_documents) == {"d1", "d2", "d3"}
    docs = store.read_documents().set_index("doc_id")
    assert docs.loc["d3", "n_incidents"] == int((layer["doc_id"] == "d3").sum())
    assert docs.loc["d3", "title"] == "Synthetic report d3"
    assert store.append(layer, None).incidents == 0


def test_partitions_are_geoparquet_1_1_with_a_bbox_covering(store):
    layer, docs = _batch(3, [f"g{i}" for i in range(20)])
    store.append(layer, docs)
    part = store.folder / read_manifest(store.folder).incidents[0].path
    geo = json.loads(pq.read_schema(part).metadata[b"geo"])
    assert geo["version"] == "1.1.0"
    assert geo["columns"]["geometry"]["covering"]["bbox"]["xmin"] == ["bbox", "xmin"]
    assert "bbox" in pq.read_schema(part).names
    # other readers use it: geopandas filters by the covering column
    centre = layer.geometry.dropna().iloc[0]
    box = (centre.x - 4, centre.y - 4, centre.x + 4, centre.y + 4)
    inside = gpd.read_parquet(part, bbox=box)
    want = layer[layer.geometry.notna()].cx[box[0]:box[2], box[1]:box[3]]
    assert 0 < len(want) < len(layer)
    assert sorted(inside["event_id"]) == sorted(want["event_id"])


def test_append_writes_only_the_batch(store):
    for i in range(3):
        layer, docs = _batch(10 + i, [f"p{i}-{k}" for k in range(5)])
        store.append(layer, docs)
    before = {p.path for p in read_manifest(store.folder).incidents}
    mtimes = {p: (store.folder / p).stat().st_mtime_ns for p in before}
    layer, docs = _batch(20, ["late"])
    store.append(layer, docs)
    after = read_manifest(store.folder)
    assert {p.path for p in after.incidents} - before and before <= {p.path for p in after.incidents}
    assert all((store.folder / p).stat().st_mtime_ns == t for p, t in mtimes.items())


# --------------------------------------------------------------------- commits and clean-up


def test_files_of_a_dead_writer_are_invisible_then_removed(store):
    layer, docs = _batch(4, ["a", "b"])
    store.append(layer, docs)
    orphan = store.folder / "incidents" / "part-00000099-deadbeef0000.parquet"
    orphan.write_bytes(b"half a file")
    (store.folder / ".manifest.json.abc.tmp").write_text("{")
    assert store.count(Filters()) == len(layer)  # readers never look at unlisted files
    more, more_docs = _batch(5, ["c"])
    store.append(more, more_docs)
    assert not orphan.exists() and not (store.folder / ".manifest.json.abc.tmp").exists()
    assert store.count(Filters()) == len(layer) + len(more)


def test_small_partitions_are_merged_and_order_kept(store, monkeypatch):
    monkeypatch.setattr(folder_module, "AUTO_MERGE_RUN", 4)
    layers = []
    for i in range(6):
        layer, docs = _batch(30 + i, [f"m{i}-{k}" for k in range(3)])
        store.append(layer, docs)
        layers.append(layer)
    m = read_manifest(store.folder)
    assert len(m.incidents) == 3 and len(m.documents) == 3  # 4 merged into 1, then 2 more
    everything = pd.concat(layers, ignore_index=True)
    assert store.read_layer()["event_id"].tolist() == everything["event_id"].tolist()
    store.compact()
    m = read_manifest(store.folder)
    assert len(m.incidents) == 1 and len(m.documents) == 1
    assert store.read_layer()["event_id"].tolist() == everything["event_id"].tolist()
    assert store.read_documents()["doc_id"].tolist() == [f"m{i}-{k}" for i in range(6) for k in range(3)]
    assert len(m.retired) >= 6  # kept for readers of older manifests, for a while


def test_known_documents_in_sorted_partitions(store, monkeypatch):
    monkeypatch.setattr(document_table, "ROW_GROUP_ROWS", 8)  # many row groups to skip
    ids = [f"doc-{random.Random(k).getrandbits(32):08x}" for k in range(60)]
    for k in range(0, 60, 12):
        layer, docs = _batch(40 + k, ids[k:k + 12])
        store.append(layer, docs)
    store.compact()
    parts = read_manifest(store.folder).documents
    assert len(parts) == 1 and parts[0].clustered
    assert pq.ParquetFile(store.folder / parts[0].path).num_row_groups > 5
    assert store.known_documents([ids[0], ids[33], ids[59], "doc-nothere", "zzz"]) == {ids[0], ids[33], ids[59]}
    assert all(store.known_documents([i]) == {i} for i in ids)  # first and last of row groups too
    assert store.known_documents() == set(ids)
    assert store.read_documents()["doc_id"].tolist() == ids  # ingestion order, not doc_id order
    layer, docs = _batch(99, [ids[5], "new-one"])
    assert store.append(layer, docs).added_documents == ["new-one"]


def test_retired_files_go_after_the_grace_and_readers_recover(store, monkeypatch):
    layer, docs = _batch(6, ["a"])
    store.append(layer, docs)
    more, more_docs = _batch(7, ["b"])
    store.append(more, more_docs)
    reader = FolderStore(store.folder)
    assert reader.count(Filters()) == len(layer) + len(more)  # its snapshot: two partitions
    monkeypatch.setattr(folder_module, "RETIRED_GRACE_S", 0.0)
    store.compact()
    store.save_corrections({})  # nothing to change: no commit
    last, last_docs = _batch(8, ["c"])
    store.append(last, last_docs)  # a commit: the retired partitions are deleted now
    assert len(list((store.folder / "incidents").iterdir())) == len(read_manifest(store.folder).incidents)
    assert reader.count(Filters()) == len(layer) + len(more) + len(last)
    reader.close()


def test_readers_retry_when_a_file_vanishes(store):
    layer, docs = _batch(9, ["a", "b"])
    store.append(layer, docs)
    reader = FolderStore(store.folder)
    assert reader.count(Filters()) == len(layer)
    # A commit replaces the manifest while the reader holds a snapshot of the old one.
    (store.folder / read_manifest(store.folder).incidents[0].path).rename(store.folder / "moved.parquet")
    with pytest.raises(Exception):
        reader.count(Filters())
    (store.folder / "moved.parquet").rename(store.folder / read_manifest(store.folder).incidents[0].path)
    assert reader.count(Filters()) == len(layer)
    reader.close()


# --------------------------------------------------------------------- corrections


def test_corrections_are_saved_loaded_deleted_and_applied(store):
    layer = incidents_to_frame(synthetic_incidents())
    store.append(layer, None)
    first, second = layer.iloc[0], layer.iloc[1]
    edit = {"status": "edited", "changes": {"event_type": "Riots", "latitude": 1.0, "longitude": 2.0},
            "original": store_corrections.fingerprint(first), "doc_id": "d1"}
    store.save_corrections({first["event_id"]: edit, second["event_id"]: {"status": "rejected", "changes": {}}})
    assert store.load_corrections() == {first["event_id"]: edit, second["event_id"]: {"status": "rejected", "changes": {}}}
    got = store.read_layer().set_index("event_id")
    assert second["event_id"] not in got.index
    assert got.loc[first["event_id"], "event_type"] == "Riots"
    assert got.loc[first["event_id"], "review_status"] == "edited"
    assert (got.loc[first["event_id"], "geometry"].x, got.loc[first["event_id"], "geometry"].y) == (2.0, 1.0)
    assert store.count(Filters(event_types=["Riots"])) == 2
    raw = store.read_layer(apply_corrections=False).set_index("event_id")
    assert raw.loc[first["event_id"], "event_type"] == first["event_type"] and second["event_id"] in raw.index
    store.save_corrections({second["event_id"]: None})
    assert second["event_id"] in store.read_layer()["event_id"].tolist()
    with pytest.raises(ValueError):
        store.save_corrections({"d1-3": {"status": "edited", "changes": {"latitude": 95, "longitude": 0}}})
    with pytest.raises(ValueError):
        store.save_corrections({"d1-3": {"status": "maybe"}})
    assert list(store.load_corrections()) == [first["event_id"]]


def test_a_correction_for_another_reading_is_stale(store):
    layer = incidents_to_frame(synthetic_incidents())
    store.append(layer, None)
    row = layer.iloc[2]
    store.save_corrections({row["event_id"]: {"status": "rejected", "changes": {}, "original": "f" * 16}})
    assert row["event_id"] in store.read_layer()["event_id"].tolist()
    assert store.count(Filters()) == len(layer)


def test_a_correction_saved_before_its_incident_applies_once_it_arrives(store):
    layer = incidents_to_frame(synthetic_incidents())
    row = layer.iloc[0]
    store.save_corrections({row["event_id"]: {"status": "rejected", "changes": {}, "original": store_corrections.fingerprint(row)}})
    store.append(layer, None)
    assert store.count(Filters()) == len(layer) - 1


# --------------------------------------------------------------------- the lock


def test_a_waiting_writer_says_so_and_can_give_up(store):
    layer, docs = _batch(11, ["a"])
    heard = []
    with writer_lock(store.folder):
        with pytest.raises(StoreBusy, match="pid"):
            store.append(layer, docs, timeout=0.3, on_wait=heard.append)
        with pytest.raises(StoreBusy):
            store.save_corrections({"a-0": {"status": "accepted"}}, timeout=0.1)
    assert len(heard) == 1 and "waiting for the store lock held by pid" in heard[0]
    assert store.count(Filters()) == 0
    assert store.append(layer, docs, timeout=0.3, on_wait=heard.append).incidents == len(layer)
    assert len(heard) == 1  # no wait, no message


def test_readers_go_on_while_a_writer_of_the_same_process_waits(store):
    layer, docs = _batch(13, ["a"])
    store.append(layer, docs)
    more, more_docs = _batch(14, ["b"])
    heard = threading.Event()
    with writer_lock(store.folder):  # another writer holds the store
        writer = threading.Thread(target=store.append, args=(more, more_docs),
                                  kwargs={"timeout": 30, "on_wait": lambda _: heard.set()})
        writer.start()
        assert heard.wait(10)
        started = time.monotonic()
        assert store.count(Filters()) == len(layer)
        assert time.monotonic() - started < 5
    writer.join(30)
    assert store.count(Filters()) == len(layer) + len(more)


# --------------------------------------------------------------------- info, open_store


def test_info(store):
    layer, docs = _batch(12, [f"i{k}" for k in range(10)])
    store.append(layer, docs)
    info = store.info()
    assert info["backend"] == "folder" and info["documents"] == 10 and info["incidents"] == len(layer)
    assert info["partitions"] == 1 and info["bytes"] > 0
    dates = layer["event_date"].dropna()
    assert (info["date_from"], info["date_to"]) == (dates.min().date().isoformat(), dates.max().date().isoformat())
    json.dumps(info)


def test_open_store_paths(tmp_path):
    made = open_store(tmp_path / "fresh")
    assert isinstance(made, FolderStore) and (tmp_path / "fresh" / "manifest.json").exists()
    default_like = open_store(tmp_path / "data" / "incidents.parquet")  # not there yet: the folder
    assert default_like.folder == tmp_path / "data" / "incidents"
    assert open_store(str(tmp_path / "fresh")).folder == made.folder
    with pytest.raises(FileNotFoundError):
        open_store(tmp_path / "not-yet", create=False)
    assert not (tmp_path / "not-yet").exists()
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine")
    with pytest.raises(ValueError):
        open_store(tmp_path / "busy")


def test_open_store_reads_geo_store(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_STORE", str(tmp_path / "env-store"))
    assert open_store().folder == tmp_path / "env-store"


# --------------------------------------------------------------------- migration


def _single_file_store(path, corrections: bool = True):
    layer = incidents_to_frame(synthetic_incidents())
    docs = _docs(["d1", "d2", "d3", "empty"])
    write_layer(layer, path, docs)
    if corrections:
        # corrections.json as the single-file store's review page wrote it
        saved: dict = {}
        store_corrections._add_entry(saved, layer.iloc[0], "edited", {"event_type": "Riots", "fatalities": 3}, "", "")
        store_corrections._add_entry(saved, layer.iloc[1], "rejected", {}, "", "")
        store_corrections._add_entry(saved, layer.iloc[4], "accepted", {}, "", "")
        store_corrections.corrections_path(path).write_text(
            json.dumps({"version": 1, "corrections": saved}), encoding="utf-8")
    return layer, docs


def _saved_applied(path):
    """The old store's layer with its corrections.json applied."""
    return store_corrections.apply_corrections(
        read_layer(path), store_corrections.load_corrections(store_corrections.corrections_path(path)))


@pytest.mark.parametrize("suffix", [".parquet", ".gpkg"])
@pytest.mark.parametrize("reapplied", [False, True])
def test_a_single_file_store_is_migrated_with_nothing_lost(tmp_path, monkeypatch, suffix, reapplied):
    monkeypatch.delenv("GEO_CORRECTIONS", raising=False)
    path = tmp_path / f"incidents{suffix}"
    layer, docs = _single_file_store(path)
    if reapplied:  # the old review page wrote the corrections into the layer
        write_layer(_saved_applied(path), path, read_documents_table(path))
    want = _saved_applied(path)
    saved = store_corrections.load_corrections(store_corrections.corrections_path(path))
    store = open_store(path)
    assert store.folder == tmp_path / "incidents"
    assert not path.exists() and (tmp_path / f"incidents{suffix}.bak").exists()
    got = store.read_layer()
    assert got["event_id"].tolist() == want["event_id"].tolist()
    for column in ("event_type", "fatalities", "review_status", "evidence", "title"):
        assert got[column].tolist() == want[column].tolist(), column
    assert store.read_documents()["doc_id"].tolist() == ["d1", "d2", "d3", "empty"]
    assert store.load_corrections() == saved
    assert store.append(layer, docs).added_documents == []  # re-ingest adds nothing
    store.close()
    again = open_store(path)  # the folder from now on; nothing migrated twice
    assert again.count(Filters()) == len(want)
    again.close()


def test_a_layer_written_without_a_documents_table(tmp_path):
    path = tmp_path / "old.parquet"
    layer = incidents_to_frame(synthetic_incidents())
    write_layer(layer, path, pd.DataFrame(columns=DOCUMENT_COLUMNS))
    store = open_store(path)
    assert store.known_documents() == {"d1", "d2", "d3"}
    assert store.count(Filters()) == len(layer)
    store.close()


def test_a_migration_that_died_is_redone(tmp_path):
    path = tmp_path / "incidents.parquet"
    _single_file_store(path, corrections=False)
    half = tmp_path / ".incidents.migrating-0000dead"
    half.mkdir()
    (half / "junk").write_text("x")
    store = open_store(path)
    assert not half.exists() and store.count(Filters()) == 11
    store.close()


def test_a_document_with_a_100_mb_title(tmp_path):
    title = "Long title " + "x" * 100_000_000
    store = FolderStore(tmp_path / "big")
    layer = incidents_to_frame(synthetic_incidents()[:2]).assign(title=title)
    store.append(layer, _docs(["d1"]).assign(title=title))
    store.close()
    again = FolderStore(tmp_path / "big")
    docs = again.read_documents()
    assert len(docs.loc[0, "title"]) == len(title)
    assert again.count(Filters(text="long title")) == 2
    assert again.info()["documents"] == 1
    more = incidents_to_frame(synthetic_incidents()[3:5])  # d2's
    assert again.append(more, None).incidents == 2
    again.close()


def test_the_layer_columns_follow_the_incident_fields():
    """geo.store.schema names the Incident's fields itself (importing geo.incidents
    would load the reader's pipeline into every store reader): they must not drift."""
    from dataclasses import fields

    from geo.incidents.model import Incident
    from geo.store.schema import COLUMNS, INCIDENT_FIELDS

    assert INCIDENT_FIELDS == tuple(f.name for f in fields(Incident))
    assert COLUMNS[1:1 + len(INCIDENT_FIELDS)] == list(INCIDENT_FIELDS)
