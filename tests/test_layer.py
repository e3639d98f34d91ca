"""The incident layer and its store (geo.store): dtypes, round trips, atomic writes;
and ingesting reports into it (geo.ingest)."""

import json
from pathlib import Path

import pandas as pd
import pytest

import geopandas as gpd

import geo.store.formats
from geo.documents import Document, DocumentError
from geo.incidents import Incident
from geo.ingest import IngestReport, ingest
from geo.store import (
    COLUMNS,
    DOCUMENT_COLUMNS,
    empty_layer,
    incidents_to_frame,
    read_documents_table,
    read_layer,
    open_store,
    write_layer,
)


def fake_extract(document: Document) -> list[Incident]:
    """Stands in for the real extractor: one incident per line that mentions "killed"."""
    return [
        Incident(
            event_date=document.date,
            event_type="Violence against civilians",
            sub_event_type="Attack",
            actor1="Unidentified armed group",
            location="Testville",
            latitude=10.0 + i,
            longitude=20.0,
            fatalities=1,
            evidence=line,
        )
        for i, line in enumerate(document.text.splitlines())
        if "killed" in line
    ]


def write_reports(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "one.txt").write_text(
        "date 2023-05-01 Attack on a village\n\nBy A. Reporter\n\nTwo men were killed.\n"
    )
    (folder / "two.txt").write_text("Quiet week\n\nNothing happened anywhere.\n")
    (folder / "three.jsonl").write_text(
        json.dumps({"text": "A farmer was killed.\nA trader was killed.", "date": "2023-05-09"})
        + "\n"
    )
    return folder


def sample_layer() -> gpd.GeoDataFrame:
    return incidents_to_frame(
        [
            Incident("2021-06-28", "Explosions/Remote violence", "Air/drone strike",
                     "Military Forces of the United States", "Kataeb Hezbollah",
                     assoc_actors=["PMF", "KSS"], country="Syria", location="Albu Kamal",
                     latitude=34.45, longitude=40.92, geo_precision=2, fatalities=7,
                     doc_id="d1", title="Strikes"),
            Incident(None, "Strategic developments", "Other", "Unknown", doc_id="d1"),
        ]
    )


# --- the layer -----------------------------------------------------------------------------


def test_empty_layer_has_every_column_and_the_layer_dtypes():
    layer = empty_layer()
    assert list(layer.columns) == COLUMNS
    assert len(layer) == 0
    assert layer.crs.to_epsg() == 4326
    assert str(layer["event_date"].dtype) == "datetime64[us]"
    assert layer["fatalities"].dtype == "int64"
    assert layer["latitude"].dtype == "float64"
    assert layer["actor1"].dtype == "str"


def test_incidents_to_frame_numbers_incidents_per_document_and_keeps_unlocated_ones():
    layer = sample_layer()
    assert list(layer["event_id"]) == ["d1-0", "d1-1"]
    assert layer.loc[0, "assoc_actors"] == "PMF; KSS"
    assert (layer.geometry[0].x, layer.geometry[0].y) == (40.92, 34.45)
    # No coordinates: kept, with no geometry rather than POINT (NaN NaN).
    assert layer.geometry[1] is None
    assert pd.isna(layer.loc[1, "event_date"])
    assert layer.dtypes.to_dict() == empty_layer().dtypes.to_dict()


@pytest.mark.parametrize("suffix", [".parquet", ".gpkg"])
def test_store_round_trip_keeps_values_dtypes_and_crs(tmp_path, suffix):
    layer = sample_layer()
    path = tmp_path / f"incidents{suffix}"
    write_layer(layer, path)
    back = read_layer(path)

    assert back.crs.to_epsg() == 4326
    assert back.dtypes.to_dict() == layer.dtypes.to_dict()
    pd.testing.assert_frame_equal(back.drop(columns="geometry"), layer.drop(columns="geometry"))
    assert back.geometry[0].equals(layer.geometry[0])
    assert back.geometry[1] is None


@pytest.mark.parametrize("suffix", [".parquet", ".gpkg"])
def test_empty_layer_round_trips(tmp_path, suffix):
    path = tmp_path / f"incidents{suffix}"
    write_layer(empty_layer(), path)
    back = read_layer(path)
    assert len(back) == 0
    assert back.dtypes.to_dict() == empty_layer().dtypes.to_dict()


def test_reading_a_store_that_does_not_exist_gives_an_empty_layer(tmp_path):
    assert len(read_layer(tmp_path / "none.parquet")) == 0
    assert list(read_documents_table(tmp_path / "none.gpkg").columns) == DOCUMENT_COLUMNS


def test_other_store_formats_are_refused(tmp_path):
    with pytest.raises(ValueError, match="unsupported store format '.shp'"):
        write_layer(empty_layer(), tmp_path / "incidents.shp")


def crash_when_writing_a_file(write):
    """``write`` (a pyarrow or pyogrio writer) that dies half-way into any file on disk."""

    def crashing(data, where, *args, **kwargs):
        if isinstance(where, (str, Path)):
            Path(where).write_bytes(b"half a file")
            raise OSError("disk full")
        return write(data, where, *args, **kwargs)  # in-memory buffers are fine

    return crashing


@pytest.mark.parametrize("suffix", [".parquet", ".gpkg"])
def test_failed_write_leaves_the_old_store_intact_and_no_temporary_file(
    tmp_path, monkeypatch, suffix
):
    path = tmp_path / f"incidents{suffix}"
    write_layer(sample_layer(), path)
    before = path.read_bytes()

    for module, writer in [(geo.store.formats.pq, "write_table"), (geo.store.formats.pyogrio, "write_dataframe")]:
        monkeypatch.setattr(module, writer, crash_when_writing_a_file(getattr(module, writer)))
    with pytest.raises(OSError, match="disk full"):
        write_layer(empty_layer(), path)

    assert path.read_bytes() == before
    assert len(read_layer(path)) == 2
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def stored_layer(store):
    """What ``ingest`` stored (a folder store; a single-file name means the folder beside it)."""
    with open_store(store, create=False) as s:
        return s.read_layer()


def stored_documents(store):
    with open_store(store, create=False) as s:
        return s.read_documents()


def test_saving_an_edited_layer_keeps_the_documents_table(tmp_path):
    store = tmp_path / "incidents.parquet"
    folder = tmp_path / "ingested"
    ingest([write_reports(tmp_path / "reports")], folder, extract=fake_extract)
    write_layer(stored_layer(folder), store, stored_documents(folder))
    layer = read_layer(store)
    write_layer(layer[layer["fatalities"] > 0], store)
    assert len(read_documents_table(store)) == 3


# --- ingest ------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".parquet", ".gpkg"])
def test_ingest_adds_documents_once_and_remembers_those_without_incidents(tmp_path, suffix):
    reports = write_reports(tmp_path / "reports")
    store = tmp_path / f"incidents{suffix}"

    first = ingest([reports], store, extract=fake_extract)
    second = ingest([reports], store, extract=fake_extract)

    assert first == IngestReport(documents_read=3, documents_added=3, documents_skipped=0,
                                 incidents_added=3, errors=[])
    assert second == IngestReport(documents_read=3, documents_added=0, documents_skipped=3,
                                  incidents_added=0, errors=[])
    layer = stored_layer(store)
    assert len(layer) == 3
    assert layer["event_id"].is_unique

    documents = stored_documents(store)
    assert list(documents.columns) == DOCUMENT_COLUMNS
    assert sorted(documents["n_incidents"]) == [0, 1, 2]  # "Quiet week" is remembered too
    quiet = documents.set_index("title").loc["Quiet week"]
    assert (quiet["date"], quiet["source"]) == (None, str(reports / "two.txt"))
    assert str(documents["ingested_at"].dtype) == "datetime64[s, UTC]"


def test_ingest_fills_provenance_from_the_document(tmp_path):
    reports = write_reports(tmp_path / "reports")
    store = tmp_path / "incidents.parquet"
    ingest([reports / "one.txt"], store, extract=fake_extract)

    [incident] = stored_layer(store).itertuples()
    assert incident.title == "Attack on a village"
    assert incident.source == str(reports / "one.txt")
    assert incident.event_id == f"{incident.doc_id}-0"
    assert incident.event_date == pd.Timestamp("2023-05-01")


def test_ingest_a_copy_of_a_report_in_the_same_batch_is_skipped(tmp_path):
    reports = write_reports(tmp_path / "reports")
    (reports / "one-again.md").write_text((reports / "one.txt").read_text())
    report = ingest([reports], tmp_path / "s.parquet", extract=fake_extract)
    assert (report.documents_read, report.documents_added, report.documents_skipped) == (4, 3, 1)


def test_ingest_reports_unreadable_files_and_keeps_the_rest(tmp_path):
    reports = write_reports(tmp_path / "reports")
    (reports / "empty.txt").write_bytes(b"")
    (reports / "binary.txt").write_bytes(b"\x00\x01\x02")
    (reports / "latin.txt").write_bytes("D\u00e9j\u00e0 killed".encode("cp1252"))
    (reports / "three.jsonl").write_text(
        '{"text": "A farmer was killed."}\n{"text": broken\n{"text": "A trader was killed."}\n'
    )
    store = tmp_path / "incidents.parquet"

    report = ingest([reports], store, extract=fake_extract)

    assert [str(e) for e in report.errors] == [
        f"{reports / 'binary.txt'}: binary file, not text",
        f"{reports / 'empty.txt'}: empty file",
        f"{reports / 'latin.txt'}: not valid UTF-8 (byte 0xe9 at offset 1); "
        "re-save the file as UTF-8",
        f"{reports / 'three.jsonl'} line 2: invalid JSON: Expecting value (column 10)",
    ]
    assert (report.documents_added, report.incidents_added) == (4, 3)
    assert len(stored_layer(store)) == 3


def test_an_extractor_failure_is_an_error_for_that_document_only_and_is_retried(tmp_path):
    reports = write_reports(tmp_path / "reports")
    store = tmp_path / "incidents.parquet"

    def flaky_extract(document):
        if document.title == "Quiet week":
            raise RuntimeError("model not loaded")
        return fake_extract(document)

    report = ingest([reports], store, extract=flaky_extract)
    assert [str(e) for e in report.errors] == [
        f"{reports / 'two.txt'}: extraction failed: RuntimeError: model not loaded"
    ]
    assert report.documents_added == 2

    # Not recorded as ingested, so the next run tries it again.
    again = ingest([reports], store, extract=fake_extract)
    assert (again.documents_added, again.documents_skipped, again.errors) == (1, 2, [])


def test_ingest_with_nothing_new_does_not_touch_the_store(tmp_path):
    report = ingest([tmp_path / "missing"], tmp_path / "s.parquet", extract=fake_extract)
    assert report.errors == [DocumentError(str(tmp_path / "missing"), "no such file or folder")]
    assert not (tmp_path / "s.parquet").exists()


def test_ingest_shows_progress_on_stderr_when_asked(tmp_path, capsys):
    ingest([write_reports(tmp_path / "r")], tmp_path / "s.parquet", fake_extract, progress=True)
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "3doc" in captured.err.replace(" ", "")
