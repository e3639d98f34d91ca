"""Moved: CSV / GeoJSON / GeoParquet exports are ``geo.store.export``.

The offline map HTML stays here until the map's package (``geo.viz``) takes it: the
store draws no maps, so ``to_map_html`` cannot move into ``geo.store``.
"""
# shim: removed at integration (to_map_html goes to geo.viz; the dashboard then calls it
# for "html" and geo.store.export.export for the other formats)

from __future__ import annotations

import html

import geopandas as gpd

from geo.store import export as _store
from geo.store.export import (  # noqa: F401
    CSV_ENCODING,
    FORMULA_START,
    neutralise_formula,
    to_csv,
    to_geojson,
    to_geoparquet,
)

FORMATS = {**_store.FORMATS, "html": ("text/html", "html")}


def to_map_html(layer: gpd.GeoDataFrame, title: str = "Conflict incidents", **map_options) -> bytes:
    """The view as one standalone HTML file: the map with everything inlined (Leaflet,
    the basemap, the incidents), so it opens offline, anywhere. ``map_options`` go to
    ``geo.map.build_incident_map`` (``heatmap``, ``highlight``, ...)."""
    from geo.map import build_incident_map  # noqa: PLC0415  (folium is heavy)

    m = build_incident_map(layer, height="100%", **map_options)
    root = m.get_root()
    root.title = html.escape(title)  # branca puts it in <title> as it is
    return root.render().encode("utf-8")


def export(layer: gpd.GeoDataFrame, fmt: str, **options) -> bytes:
    """Bytes of ``layer`` in ``fmt`` (a key of :data:`FORMATS`)."""
    if fmt == "html":
        return to_map_html(layer, **options)
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    return _store.export(layer, fmt)


def file_name(stem: str, fmt: str, date_from=None, date_to=None) -> str:
    return _store.file_name(stem, fmt, date_from, date_to)
