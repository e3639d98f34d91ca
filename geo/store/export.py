"""Exports of a view of the incident layer: CSV, GeoJSON, GeoParquet.

Pure functions from a layer GeoDataFrame (usually a filtered view from
``geo.store.apply_filters``) to the bytes of a file, so the dashboard, the command line
and the tests share them. (The offline map HTML is drawn by the map, not the store.)

CSV cells are protected against formula injection: a text cell that a spreadsheet would
run as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return)
gets a leading ``'`` (OWASP's advice), so "=HYPERLINK(...)" copied from an article stays
text in Excel or LibreOffice. Numbers are numbers and are left alone.
"""

from __future__ import annotations

import io
import json
import re
from datetime import date

import geopandas as gpd
import pandas as pd

from geo.escape import FORMULA_START, csv_cell as neutralise_formula  # noqa: F401 - public names here
from geo.store.schema import COLUMNS, CRS

# Excel reads UTF-8 CSV correctly only with a byte-order mark.
CSV_ENCODING = "utf-8-sig"

FORMATS = {
    "csv": ("text/csv", "csv"),
    "geojson": ("application/geo+json", "geojson"),
    "geoparquet": ("application/vnd.apache.parquet", "parquet"),
}


def _columns(layer: pd.DataFrame) -> list[str]:
    """The layer's columns in layer order (extras after), without the geometry."""
    known = [c for c in COLUMNS if c in layer.columns and c != "geometry"]
    extras = [c for c in layer.columns if c not in COLUMNS and c != "geometry"]
    return known + extras


def _plain(layer: pd.DataFrame) -> pd.DataFrame:
    """The attribute table with dates as ISO text (YYYY-MM-DD) and no geometry."""
    frame = pd.DataFrame(layer[_columns(layer)]).copy()
    for col in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[col]):
            frame[col] = frame[col].dt.strftime("%Y-%m-%d").astype(object).where(frame[col].notna(), None)
    return frame.reset_index(drop=True)


def to_csv(layer: pd.DataFrame) -> bytes:
    """The view as CSV (UTF-8 with BOM), every text cell safe to open in a spreadsheet."""
    frame = _plain(layer)
    for col in frame.columns:
        if frame[col].dtype == object or pd.api.types.is_string_dtype(frame[col]):
            frame[col] = frame[col].map(neutralise_formula)
    # CRLF rows (RFC 4180): the writer then quotes any cell holding a CR or LF.
    return frame.to_csv(index=False, lineterminator="\r\n").encode(CSV_ENCODING)


def to_geojson(layer: gpd.GeoDataFrame) -> bytes:
    """The view as a GeoJSON FeatureCollection (WGS 84). Incidents without coordinates
    are kept, with ``"geometry": null`` (valid GeoJSON), so nothing silently drops."""
    frame = _plain(layer)
    features = []
    geometry = layer.geometry.reset_index(drop=True) if "geometry" in layer else None
    records = frame.astype(object).where(frame.notna(), None).to_dict(orient="records")
    for i, props in enumerate(records):
        geom = None
        if geometry is not None and geometry.iloc[i] is not None and not geometry.iloc[i].is_empty:
            point = geometry.iloc[i]
            geom = {"type": "Point", "coordinates": [round(point.x, 6), round(point.y, 6)]}
        features.append({"type": "Feature", "id": props.get("event_id"), "geometry": geom,
                         "properties": {k: _json_value(v) for k, v in props.items()}})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False).encode("utf-8")


def _json_value(value):
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value


def to_geoparquet(layer: gpd.GeoDataFrame) -> bytes:
    """The view as GeoParquet (the store's own format: ``geo.store.read_layer`` reads it)."""
    gdf = layer if isinstance(layer, gpd.GeoDataFrame) else gpd.GeoDataFrame(layer, geometry="geometry", crs=CRS)
    buffer = io.BytesIO()
    gdf[_columns(gdf) + ["geometry"]].reset_index(drop=True).to_parquet(buffer, index=False)
    return buffer.getvalue()


def export(layer: gpd.GeoDataFrame, fmt: str) -> bytes:
    """Bytes of ``layer`` in ``fmt`` (a key of :data:`FORMATS`)."""
    if fmt == "csv":
        return to_csv(layer)
    if fmt == "geojson":
        return to_geojson(layer)
    if fmt == "geoparquet":
        return to_geoparquet(layer)
    raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")


def file_name(stem: str, fmt: str, date_from: date | None = None, date_to: date | None = None) -> str:
    """``incidents_2021-06-01_2021-06-30.csv`` and the like: safe on every file system.

    ``fmt`` is a key of :data:`FORMATS` or a file extension (``"pdf"`` for a report)."""
    extension = FORMATS[fmt][1] if fmt in FORMATS else re.sub(r"[^A-Za-z0-9]+", "", fmt)
    if not extension:
        raise ValueError(f"no file extension in {fmt!r}")
    parts = [re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-") or "incidents"]
    if date_from or date_to:
        parts.append(f"{date_from or 'start'}_{date_to or 'end'}")
    return "_".join(parts) + "." + extension
