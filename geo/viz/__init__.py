"""The map, the one-page report and the headless browser that prints it.

- :mod:`geo.viz.map`: :func:`build_incident_map` (a Folium map that needs no internet),
  :func:`highlight_group`, :func:`highlight_label`, :func:`heat_points`, :func:`fit_bounds`
- :mod:`geo.viz.payload`: :func:`payload_json` / :func:`incident_payload` (what the
  browser draws the incidents from), :func:`decode_payload`, :func:`script_json`,
  :func:`safe_url`
- :mod:`geo.viz.large_view`: :func:`map_view` (markers, or grid squares the store counts
  for a view over :data:`MAX_MARKERS`), :func:`cells_payload`
- :mod:`geo.viz.colors`: :data:`EVENT_COLORS` (keyed by ``geo.taxonomy``), :func:`event_color`
- :mod:`geo.viz.basemap`: :func:`basemap_geojson` (Natural Earth countries, cached on disk)
- :mod:`geo.viz.assets`: :func:`use_offline_assets` (Leaflet and our JS/CSS as ``data:`` URIs)
- :mod:`geo.viz.elements`: the Folium elements (the JavaScript is in ``geo/viz/js``)
- :mod:`geo.viz.report`: :func:`report_html` (``templates/report.html``),
  :func:`build_report`; :mod:`geo.viz.report_cli`: the ``report`` subcommand
- :mod:`geo.viz.browser`: :data:`CHROMIUM`, :data:`CHROMIUM_ARGS`, :func:`only_local_requests`

Names load on first use (folium and pandas are heavy; ``python -m geo`` stays quick).
"""

from __future__ import annotations

import importlib

_PUBLIC = {
    "build_incident_map": "map", "highlight_group": "map", "highlight_label": "map",
    "heat_points": "map", "fit_bounds": "map",
    "payload_json": "payload", "incident_payload": "payload", "decode_payload": "payload",
    "script_json": "payload", "safe_url": "payload",
    "map_view": "large_view", "cells_payload": "large_view", "MAX_MARKERS": "large_view",
    "EVENT_COLORS": "colors", "event_color": "colors",
    "basemap_geojson": "basemap",
    "use_offline_assets": "assets",
    "report_html": "report", "build_report": "report",
    "CHROMIUM": "browser", "CHROMIUM_ARGS": "browser", "only_local_requests": "browser",
}
__all__ = sorted(_PUBLIC)


def __getattr__(name: str):
    if name in _PUBLIC:
        return getattr(importlib.import_module(f"geo.viz.{_PUBLIC[name]}"), name)
    raise AttributeError(f"module 'geo.viz' has no attribute {name!r}")
