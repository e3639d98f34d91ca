"""The Folium map of incidents, drawn with no internet.

Two things normally come from the network in a Folium map, and neither does here:

- Leaflet's JS/CSS (and our own): inlined as ``data:`` URIs (:mod:`geo.viz.assets`).
- The basemap: instead of a tile server, Natural Earth country polygons drawn over a
  water-coloured background (:mod:`geo.viz.basemap`). OpenStreetMap tiles are only added
  when asked for (``online_tiles=True``), as a layer that starts switched off.

Public API: :func:`build_incident_map`, :func:`highlight_group`, :func:`highlight_label`,
:func:`heat_points`, :func:`fit_bounds`, :func:`view_incidents_group`, :func:`prepare`, :data:`MAX_ZOOM`.
"""

from __future__ import annotations

import functools
import math

import folium
import folium.plugins
import numpy as np
import pandas as pd

from geo.viz.assets import use_offline_assets
from geo.viz.basemap import basemap_geojson, basemap_packed, details_extent, details_packed
from geo.viz.colors import EVENT_COLORS
from geo.store.schema import OWN_DATASET
from geo.viz.elements import (BasemapDetails, BasemapLayer, CellLayer, Highlight, IncidentLayer, Legend, RegionChoropleth,
                              ViewIncidents, basemap_pane, labels_pane, regions_pane)
from geo.viz.payload import located, pack_json, payload_json

# Beyond this the simplified basemap is meaningless.
MAX_ZOOM = 12


@functools.lru_cache(maxsize=1)
def prepare() -> None:
    """Make once per process what every map carries whatever its data: Leaflet's files
    as ``data:`` URIs (read from folium-offline), our JavaScript and CSS, and a first
    render of folium's page. The dashboard calls it while the store answers its first
    questions, so that a first map then waits for its data only."""
    from geo.viz import assets  # noqa: PLC0415

    m = folium.Map(tiles=None)
    use_offline_assets(m)
    assets.viz_js_url()
    assets.viz_css_url()
    m.get_root().render()


def _outlined_datasets(layer) -> list[str] | None:
    """The datasets of the drawn incidents, ours first, when imported ones are among
    them (their markers are outlined apart); None otherwise."""
    if "dataset" not in layer.columns or not len(layer):
        return None
    present = set(layer["dataset"].fillna("").replace("", OWN_DATASET))
    if present <= {OWN_DATASET}:
        return None
    return sorted(present, key=lambda d: (d != OWN_DATASET, d))


def highlight_label(row) -> str:
    """``"Battles: El Fasher (2024-04-11)"``: how one incident (a row) is named on the
    map and in the dashboard."""

    def text(col: str) -> str:
        v = row.get(col)
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return ""
        if isinstance(v, pd.Timestamp):
            return "" if pd.isna(v) else v.strftime("%Y-%m-%d")
        return str(v)

    where = text("location") or text("country") or "unknown place"
    label = f"{text('event_type') or 'Incident'}: {where}"
    return f"{label} ({text('event_date')})" if text("event_date") else label


def _located_point(row) -> list[float] | None:
    lat, lon = row.get("latitude"), row.get("longitude")
    if lat is None or lon is None or pd.isna(lat) or pd.isna(lon):
        return None
    return [float(lat), float(lon)]


def highlight_group(row) -> folium.FeatureGroup | None:
    """A FeatureGroup with the highlight ring for one incident row (a Series), for
    streamlit-folium's ``feature_group_to_add`` (drawn without remounting the map);
    None when the incident has no coordinates."""
    point = _located_point(row)
    if point is None:
        return None
    fg = folium.FeatureGroup(name="Selected incident", control=False)
    Highlight(point, highlight_label(row)).add_to(fg)
    return fg


def view_incidents_group(payload: str) -> folium.FeatureGroup:
    """A FeatureGroup with the markers of the incidents in the map's bounds
    (:func:`~geo.viz.payload.payload_json` of them), for streamlit-folium's
    ``feature_group_to_add`` over a view drawn as squares: drawn into the mounted map,
    the squares hidden while it is there (:class:`~geo.viz.elements.ViewIncidents`)."""
    fg = folium.FeatureGroup(name="Incidents in view", control=False)
    ViewIncidents(payload).add_to(fg)
    return fg


def heat_points(layer: pd.DataFrame, cell: float = 0.05, max_points: int = 20_000) -> list[list[float]]:
    """[lat, lon, weight] for a heatmap: incidents binned to ``cell``-degree cells
    (weight = incidents in the cell), so 100k incidents make a few thousand points.
    The cell grows until there are at most ``max_points``."""
    pos = located(layer)
    if not len(pos):
        return []
    lat = pd.to_numeric(layer["latitude"].iloc[pos]).to_numpy(dtype="float64")
    lon = pd.to_numeric(layer["longitude"].iloc[pos]).to_numpy(dtype="float64")
    # a frame of grid squares (geo.viz.large_view) weighs each by its incidents
    weight = layer["incidents"].iloc[pos].to_numpy(dtype="float64") if "incidents" in layer else np.ones(len(pos))
    while True:
        cells = pd.DataFrame({"y": np.floor(lat / cell), "x": np.floor(lon / cell), "w": weight})
        counts = cells.groupby(["y", "x"])["w"].sum()
        if len(counts) <= max_points:
            break
        cell *= 2
    y = (counts.index.get_level_values("y").to_numpy() + 0.5) * cell
    x = (counts.index.get_level_values("x").to_numpy() + 0.5) * cell
    w = counts.to_numpy(dtype="float64")
    return np.column_stack([np.round(y, 4), np.round(x, 4), w]).tolist()


def fit_bounds(layer: pd.DataFrame) -> list[list[float]] | None:
    """[[south, west], [north, east]] around the located incidents, with some context
    round them; None when none is located."""
    pos = located(layer)
    if not len(pos):
        return None
    lat = pd.to_numeric(layer["latitude"].iloc[pos]).to_numpy(dtype="float64")
    lon = pd.to_numeric(layer["longitude"].iloc[pos]).to_numpy(dtype="float64")
    south, north, west, east = lat.min(), lat.max(), lon.min(), lon.max()
    span = max(north - south, east - west)
    pad = max(1.5, 0.1 * span)  # degrees: keep some surrounding context in view
    return [
        [max(-85.0, float(south - pad)), max(-180.0, float(west - pad))],
        [min(85.0, float(north + pad)), min(180.0, float(east + pad))],
    ]


def _heatmap(layer: pd.DataFrame, control: bool) -> folium.plugins.HeatMap | None:
    points = heat_points(layer)
    if not points:
        return None
    top = float(np.percentile([p[2] for p in points], 98))
    return folium.plugins.HeatMap(
        points, name="Heatmap", control=control, radius=18, blur=14, min_opacity=0.35,
        max_zoom=MAX_ZOOM, max=max(top, 1.0),
    )


def build_incident_map(
    layer: pd.DataFrame,
    *,
    online_tiles: bool = False,
    basemap: dict | None = None,
    height: str | int = "100%",
    heatmap: bool = False,
    cluster: bool = True,
    highlight: str | None = None,
    payload: str | None = None,
    playback: bool = True,
    details: bool = True,
    regions: str | None = None,
    region_totals: list[dict] | None = None,
    cells: dict | str | None = None,
    extent: pd.DataFrame | None = None,
) -> folium.Map:
    """The incident layer as a Folium map that needs no internet.

    - Markers (:class:`~geo.viz.elements.IncidentLayer`): one circle per located
      incident, coloured by event type and sized by fatalities, clustered
      (``cluster=False``: unclustered, on a canvas), with a tooltip and a popup of text
      (type, date, actors, fatalities, place and precision, evidence, source with a link
      when it is an http(s) URL). Rows without coordinates are skipped. ``payload``:
      :func:`~geo.viz.payload.payload_json` of ``layer``, when the caller has it.
    - ``heatmap=True``: a heatmap of incident density instead of the markers.
    - ``playback``: the time playback control (clustered markers only).
    - ``highlight``: the event_id of an incident to ring.
    - The view fits the incidents (or shows the world when there are none).
    - ``basemap`` defaults to :func:`~geo.viz.basemap.basemap_geojson`; ``details``:
      lakes, admin-1 boundaries and town labels over it, round the incidents
      (:func:`~geo.viz.basemap.details_within`);
    - ``regions``: ``"incidents"`` or ``"fatalities"`` shades the admin-1 regions by that
      total (:func:`~geo.viz.regions.region_totals` of ``layer``, or ``region_totals``
      when the caller has them), under the markers;
      ``online_tiles=True`` adds OpenStreetMap as a layer that starts hidden, with a
      layer control.
    - ``cells``: a view too large for markers, as grid squares
      (:func:`geo.viz.large_view.cells_payload`, or it packed by
      :func:`~geo.viz.payload.pack_json`), drawn instead of the markers;
      ``extent``: points (``latitude``, ``longitude``, ``incidents``) standing for the
      view where ``layer`` does not hold it all: the bounds, the details and the heatmap
      follow them.
    """
    where = layer if extent is None else extent
    m = folium.Map(
        location=[15, 20],
        zoom_start=2,
        tiles=None,
        control_scale=True,
        world_copy_jump=True,
        height=height,
        # No tile layer sets a max zoom; the clustering and the basemap need one.
        minZoom=1,
        maxZoom=MAX_ZOOM,
    )
    basemap_pane().add_to(m)
    default = basemap is None or basemap is basemap_geojson()
    BasemapLayer(basemap_packed() if default else pack_json(basemap)).add_to(m)
    if details:
        labels_pane().add_to(m)
        around = details_extent(where["latitude"], where["longitude"]) if len(where) else None
        BasemapDetails(details_packed(around)).add_to(m)

    if online_tiles:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", overlay=True, show=False).add_to(m)
    if regions:
        from geo.viz import regions as viz_regions  # noqa: PLC0415

        totals = viz_regions.region_totals(layer) if region_totals is None else region_totals
        regions_pane().add_to(m)
        RegionChoropleth(totals, regions, viz_regions.MEASURES[regions]).add_to(m)

    if heatmap:
        heat = _heatmap(where, control=online_tiles)
        if heat is not None:
            heat.add_to(m)
    elif cells is not None:
        CellLayer(cells if isinstance(cells, str) else pack_json(cells)).add_to(m)
    else:
        IncidentLayer(payload if payload is not None else payload_json(layer),
                      cluster=cluster, playback=playback).add_to(m)

    if highlight is not None and len(layer):
        match = layer[layer["event_id"] == highlight]
        point = _located_point(match.iloc[0]) if len(match) else None
        if point is not None:
            Highlight(point, highlight_label(match.iloc[0])).add_to(m)

    bounds = fit_bounds(where)
    if bounds:
        m.fit_bounds(bounds, max_zoom=7)
    outlined = _outlined_datasets(layer) if not heatmap and cells is None else None
    Legend(EVENT_COLORS, heatmap=heatmap, datasets=outlined).add_to(m)
    if online_tiles:
        folium.LayerControl(collapsed=False).add_to(m)
    use_offline_assets(m)
    return m
