# shim: removed at integration
"""Moved to :mod:`geo.viz` (map, payload, colors, basemap, assets, elements)."""

from geo.viz.basemap import basemap_geojson  # noqa: F401
from geo.viz.colors import EVENT_COLORS, event_color  # noqa: F401
from geo.viz.map import build_incident_map, fit_bounds, heat_points, highlight_group, highlight_label  # noqa: F401
from geo.viz.payload import decode_payload, incident_payload, payload_json, safe_url, script_json  # noqa: F401
