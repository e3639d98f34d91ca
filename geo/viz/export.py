"""Exports of a view, the offline map HTML included: the store's formats (CSV, GeoJSON,
GeoParquet) plus ``html``, which draws the map and so belongs to viz, not the store."""

from __future__ import annotations

import geopandas as gpd

from geo.escape import html_text
from geo.store import export as store_export

FORMATS = {**store_export.FORMATS, "html": ("text/html", "html")}


def to_map_html(layer: gpd.GeoDataFrame, title: str = "Conflict incidents", **map_options) -> bytes:
    """The view as one standalone HTML file: the map with everything inlined (Leaflet,
    the basemap, the incidents), so it opens offline, anywhere. ``map_options`` go to
    :func:`geo.viz.map.build_incident_map` (``heatmap``, ``highlight``, ...)."""
    from geo.viz.map import build_incident_map  # noqa: PLC0415  (folium is heavy)

    m = build_incident_map(layer, height="100%", **map_options)
    root = m.get_root()
    root.title = html_text(title)  # branca puts it in <title> as it is
    return root.render().encode("utf-8")


def export(layer: gpd.GeoDataFrame, fmt: str, **options) -> bytes:
    """Bytes of ``layer`` in ``fmt`` (a key of :data:`FORMATS`)."""
    if fmt == "html":
        return to_map_html(layer, **options)
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    return store_export.export(layer, fmt)
