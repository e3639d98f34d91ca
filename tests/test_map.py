"""geo.map: the offline Folium map, the basemap and the filter logic."""

from __future__ import annotations

import json
import re
from datetime import date

import folium
import folium.elements
import pytest
import shapely.geometry

from geo import map as geo_map
from geo.incidents import Incident
from geo.layer import empty_layer, incidents_to_frame

from conftest import synthetic_incidents


@pytest.fixture(scope="module")
def layer():
    return incidents_to_frame(synthetic_incidents())


@pytest.fixture(scope="module")
def offline_html(layer):
    return geo_map.build_incident_map(layer).get_root().render()


def _asset_links(m: folium.Map) -> list[str]:
    """Every JS/CSS URL streamlit-folium would hand its iframe (it walks the tree alike)."""
    links, todo = [], [m]
    while todo:
        elem = todo.pop()
        if isinstance(elem, folium.elements.JSCSSMixin):
            links += [url for _, url in elem.default_js] + [url for _, url in elem.default_css]
        todo += list(getattr(elem, "_children", {}).values())
    return links


# --------------------------------------------------------------------- offline assets


def test_standalone_html_has_no_remote_url(offline_html):
    assert re.findall(r"https?://", offline_html) == []
    # and every script / stylesheet is inline or a data: URI
    srcs = re.findall(r"<script[^>]*\bsrc=\"([^\"]+)\"", offline_html)
    hrefs = re.findall(r"<link[^>]*\bhref=\"([^\"]+)\"", offline_html)
    assert srcs and hrefs
    assert all(u.startswith("data:text/javascript") for u in srcs), srcs
    assert all(u.startswith("data:text/css") for u in hrefs), hrefs


def test_streamlit_folium_gets_data_uris_only(layer):
    links = _asset_links(geo_map.build_incident_map(layer))
    assert links, "the map should need Leaflet at least"
    assert all(u.startswith("data:") for u in links), [u[:60] for u in links if not u.startswith("data:")]
    # Leaflet and MarkerCluster are there; the icon fonts we do not use are not.
    decoded = " ".join(links)
    assert len(links) == len(set(links))
    assert not any("fontawesome" in u or "glyphicons" in u for u in links)
    assert len(decoded) > 100_000  # leaflet.js itself is ~140 kB


def test_use_offline_assets_is_idempotent():
    geo_map.use_offline_assets()
    before = list(folium.Map.default_js), list(folium.plugins.MarkerCluster.default_css)
    geo_map.use_offline_assets.cache_clear()
    assert geo_map.use_offline_assets() == 0  # nothing left to replace
    after = list(folium.Map.default_js), list(folium.plugins.MarkerCluster.default_css)
    assert before == after
    assert all(u.startswith("data:") for _, u in folium.Map.default_js)
    assert all(u.startswith("data:") for _, u in folium.plugins.HeatMap.default_js)


def test_online_tiles_only_on_request(layer, offline_html):
    assert "tile.openstreetmap.org" not in offline_html
    assert "L.control.layers" not in offline_html
    online = geo_map.build_incident_map(layer, online_tiles=True).get_root().render()
    assert "tile.openstreetmap.org" in online
    assert "L.control.layers" in online
    # the tiles are an overlay that starts switched off
    tile_var = re.search(r"var (tile_layer_\w+) = L\.tileLayer\(", online).group(1)
    assert f"{tile_var}.addTo(" not in online


# --------------------------------------------------------------------- markers, popups


def embedded_payload(html: str) -> dict:
    """The incident payload a rendered map carries (``var RAW = {...};``)."""
    match = re.search(r"var RAW = (\{.*?\});\n", html)
    assert match, "no incident payload in the map"
    return geo_map.decode_payload(match.group(1))


def test_one_marker_per_located_incident(layer, offline_html):
    located = int(layer["latitude"].notna().sum())
    assert located == len(layer) - 1 == 10
    payload = embedded_payload(offline_html)
    assert len(payload["lat"]) == len(payload["lon"]) == len(payload["type"]) == located
    assert "row" not in payload  # positions stay on the server
    assert geo_map.incident_payload(layer)["row"] == [i for i in range(11) if i != 10]
    # drawn by one loop in the browser, not 10 snippets of HTML; clustered there too
    assert offline_html.count("L.circleMarker(") == 1
    assert '"incident-marker"' in offline_html
    assert '"marker-cluster incident-cluster"' in offline_html
    assert 'map.on("moveend", draw)' in offline_html


def test_payload_is_compact_and_complete(layer):
    p = geo_map.incident_payload(layer)
    row = layer.iloc[0]
    assert p["types"][p["type"][0]] == "Battles"
    assert p["colors"][p["type"][0]] == geo_map.EVENT_COLORS["Battles"]
    assert p["subs"][p["sub"][0]] == "Armed clash"
    assert p["dates"][p["date"][0]] == "2024-04-02"
    assert p["actors"][p["a1"][0]] == row["actor1"] and p["actors"][p["a2"][0]] == row["actor2"]
    assert p["places"][p["place"][0]] == "Omdurman, Sudan"
    assert p["fat"][0] == 12 and p["gp"][0] == 3
    assert p["docs"][p["doc"][0]] == ["Synthetic report d1", "", "synthetic/d1.txt"]
    assert p["ev"][0] == row["evidence"]
    assert (p["lat"][0], p["lon"][0]) == (15.64, 32.48)
    # repeated strings are stored once
    assert len(p["actors"]) == 5  # four actors and ""
    assert len(p["docs"]) == 3


def test_evidence_stays_within_its_budget(layer):
    long = layer.assign(evidence="x" * 5000)
    p = geo_map.incident_payload(long)
    assert all(len(e) == geo_map.EVIDENCE_MAX_CHARS for e in p["ev"])
    assert p["ev"][0].endswith("\u2026")
    small = geo_map.incident_payload(long, evidence_budget=10 * 200)
    assert all(len(e) == 200 for e in small["ev"])
    none = geo_map.incident_payload(long, evidence_budget=10 * 50)  # under the minimum share
    assert none["ev"] is None


def test_colours_and_legend(offline_html):
    for event_type, colour in geo_map.EVENT_COLORS.items():
        assert colour in offline_html
        assert event_type in offline_html  # the legend lists every type
    assert len(set(geo_map.EVENT_COLORS.values())) == 6
    assert "Fatalities" in offline_html and "mix of types" in offline_html


def test_fits_bounds_to_incidents(offline_html):
    bounds = re.search(r"fitBounds\(\s*\[\[([-\d.]+), ([-\d.]+)\], \[([-\d.]+), ([-\d.]+)\]\]", offline_html)
    south, west, north, east = map(float, bounds.groups())
    assert south < 12.05 and north > 19.62 and west < 24.88 and east > 37.22
    assert north - south < 15 and east - west < 20  # Sudan, not the world


EVIL = Incident(
    event_date="2024-05-01",
    event_type="Battles",
    sub_event_type="<b>Armed clash</b>",
    actor1='Militia "X" & <img src=x onerror=alert(1)>',
    location="El Fasher`${alert(2)}`</script><script>alert(3)</script>",
    country="Sudan",
    latitude=13.63,
    longitude=25.35,
    evidence='They said <script>alert("pwned")</script> \\u0041 \u2028 <!--',
    source="https://example.org/<script>",
    title="</script><script>alert(4)</script>",
    doc_id="evil",
)


def test_popup_data_cannot_break_out_of_the_script():
    html = geo_map.build_incident_map(incidents_to_frame([EVIL])).get_root().render()
    # nothing the article says can close the script element or open markup
    assert "<script>alert" not in html
    assert "</script><script>" not in html
    assert "<img src=x" not in html and "<b>Armed clash</b>" not in html
    assert "<!--" not in html and "\u2028" not in html
    # ...and yet the popup data is the text, unchanged (the browser builds the popup
    # with textContent: tests/test_browser.py opens it)
    payload = embedded_payload(html)
    assert payload["actors"][payload["a1"][0]] == EVIL.actor1
    assert payload["ev"][0] == EVIL.evidence
    assert payload["places"][0].startswith(EVIL.location)
    assert payload["docs"][0] == [EVIL.title, "https://example.org/<script>", ""]
    # popups and tooltips are made with textContent, never innerHTML
    script = html[html.index("var RAW = "):]
    assert "innerHTML" not in script.split("window.geoIncidents")[0]


def test_only_http_links_are_links():
    assert geo_map.safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert geo_map.safe_url("http://example.org") == "http://example.org"
    for bad in ("javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>x</b>",
                "seeds/001.txt", "//example.org/x", "https://", "https://exa mple.org",
                "file:///etc/passwd", "", None, "vbscript:x"):
        assert geo_map.safe_url(bad) == "", bad
    frame = incidents_to_frame([
        Incident("2024-01-01", "Battles", "Armed clash", "A", latitude=1, longitude=1,
                 source="javascript:alert(1)", doc_id="a"),
        Incident("2024-01-01", "Battles", "Armed clash", "A", latitude=1, longitude=1,
                 source="https://news.example/story", title="Story", doc_id="b"),
    ])
    docs = geo_map.incident_payload(frame)["docs"]
    assert docs == [["", "", "javascript:alert(1)"], ["Story", "https://news.example/story", ""]]


def test_rows_without_coordinates_are_skipped():
    inc = [Incident("2024-01-01", "Protests", "Peaceful protest", "Protesters (Sudan)", doc_id="x")]
    html = geo_map.build_incident_map(incidents_to_frame(inc)).get_root().render()
    assert embedded_payload(html)["lat"] == []
    assert "fitBounds" not in html  # nothing to fit: the world view


def test_empty_layer_draws_the_world():
    html = geo_map.build_incident_map(empty_layer()).get_root().render()
    assert embedded_payload(html)["lat"] == []
    assert re.findall(r"https?://", html) == []


def test_unclustered_canvas_markers_for_print(layer):
    html = geo_map.build_incident_map(layer, cluster=False).get_root().render()
    assert 'map.on("moveend", draw)' not in html
    assert "L.canvas({padding: 0.5})" in html
    assert len(embedded_payload(html)["lat"]) == 10


def test_heatmap_instead_of_markers(layer):
    html = geo_map.build_incident_map(layer, heatmap=True).get_root().render()
    assert "L.heatLayer(" in html
    assert "var RAW = " not in html  # no markers
    assert re.findall(r"https?://", html) == []
    points = geo_map.heat_points(layer)
    assert sum(p[2] for p in points) == 10
    assert len(points) == 10  # ten different cells
    coarse = geo_map.heat_points(layer, max_points=3)
    assert len(coarse) <= 3 and sum(p[2] for p in coarse) == 10


def test_highlight(layer):
    event = layer["event_id"].iloc[2]
    html = geo_map.build_incident_map(layer, highlight=event).get_root().render()
    assert html.count('"incident-highlight"') == 1
    assert "Violence against civilians: El Fasher (2024-04-11)" in html
    assert '"incident-highlight"' not in geo_map.build_incident_map(layer).get_root().render()
    # an incident with no place has nothing to ring
    unlocated = layer["event_id"].iloc[10]
    assert '"incident-highlight"' not in geo_map.build_incident_map(layer, highlight=unlocated).get_root().render()
    fg = geo_map.highlight_group(layer.iloc[2])
    assert isinstance(fg, folium.FeatureGroup)
    assert geo_map.highlight_group(layer.iloc[10]) is None


def test_big_payloads_travel_gzipped(layer):
    big = layer.assign(evidence="Synthetic evidence " * 40)
    packed = geo_map.payload_json(big, compress_over=1_000)
    assert packed.startswith('{"z":"') and len(packed) < len(geo_map.payload_json(big))
    assert re.fullmatch(r'\{"z":"[A-Za-z0-9+/=]+"\}', packed)  # nothing but base64 in the script
    plain = geo_map.payload_json(big)
    assert geo_map.decode_payload(packed) == geo_map.decode_payload(plain)
    html = geo_map.build_incident_map(big, payload=packed).get_root().render()
    assert embedded_payload(html)["ev"][0].startswith("Synthetic evidence")
    assert "DecompressionStream" in html


def test_time_playback_control(layer, offline_html):
    assert "incident-playback" in offline_html and "playback-slider" in offline_html
    assert "incident-playback" not in geo_map.build_incident_map(layer, playback=False).get_root().render()
    assert "incident-playback" not in geo_map.build_incident_map(layer, cluster=False).get_root().render()


def test_script_json_round_trips():
    value = {"a": "</script><!-- & \u2028\u2029 >", "b": [1, 2.5, None]}
    text = geo_map.script_json(value)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == value


# --------------------------------------------------------------------- basemap


def test_basemap_is_a_small_valid_world():
    gj = geo_map.basemap_geojson()
    assert gj["type"] == "FeatureCollection"
    assert len(gj["features"]) > 200
    size = len(json.dumps(gj, separators=(",", ":")))
    assert size < 1_000_000, size
    names = set()
    for f in gj["features"]:
        geom = shapely.geometry.shape(f["geometry"])
        assert geom.geom_type in ("Polygon", "MultiPolygon")
        assert not geom.is_empty
        names.add(f["properties"]["name"])
    assert {"Sudan", "Ukraine", "Brazil", "Myanmar"} <= names
    sudan = next(f for f in gj["features"] if f["properties"]["iso_a3"] == "SDN")
    assert shapely.geometry.shape(sudan["geometry"]).contains(shapely.geometry.Point(32.56, 15.5))
    assert geo_map.basemap_geojson() is gj  # cached


def test_basemap_is_made_once_and_kept_on_disk(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    geo_map.basemap_geojson.cache_clear()
    try:
        built = geo_map.basemap_geojson()
        path = geo_map.basemap_cache_path()
        assert path.parent == tmp_path and json.loads(path.read_text("utf-8")) == built
        assert not list(tmp_path.glob("*.tmp"))
        # a later process reads the file instead of the shapefile
        path.write_text(json.dumps({"type": "FeatureCollection", "features": []}), "utf-8")
        geo_map.basemap_geojson.cache_clear()
        assert geo_map.basemap_geojson()["features"] == []
        # a damaged file is rebuilt, not trusted
        path.write_text('{"type": "Feature', "utf-8")
        geo_map.basemap_geojson.cache_clear()
        assert geo_map.basemap_geojson() == built
    finally:
        geo_map.basemap_geojson.cache_clear()


def test_basemap_travels_packed_and_whole(offline_html):
    match = re.search(r"var COUNTRIES = (\{.*?\});\n", offline_html)
    assert match and match.group(1).startswith('{"z":"')
    assert geo_map.decode_payload(match.group(1)) == geo_map.basemap_geojson()
    assert len(match.group(1)) < 350_000  # vs ~750 kB as plain GeoJSON


def test_basemap_is_drawn_in_its_own_pane(offline_html):
    assert "createPane(" in offline_html
    assert '"pane": "basemap"' in offline_html
    assert geo_map.LAND_COLOR in offline_html and geo_map.WATER_COLOR in offline_html
    assert "L.tileLayer(" not in offline_html


# --------------------------------------------------------------------- filtering


def test_filter_layer_without_filters_keeps_all(layer):
    assert len(geo_map.filter_layer(layer)) == len(layer)
    assert len(geo_map.filter_layer(layer, None, None, [], [])) == len(layer)


def test_filter_layer_dates_are_inclusive(layer):
    out = geo_map.filter_layer(layer, date(2024, 5, 1), date(2024, 5, 20))
    assert len(out) == 6
    assert out["event_date"].min().date() == date(2024, 5, 1)
    assert out["event_date"].max().date() == date(2024, 5, 20)
    assert len(geo_map.filter_layer(layer, date_from="2024-05-15")) == 2
    assert len(geo_map.filter_layer(layer, date_to=date(2024, 4, 2))) == 1


def test_filter_layer_undated(layer):
    undated = incidents_to_frame(
        [*synthetic_incidents(), Incident(None, "Riots", "Mob violence", "Protesters (Sudan)")]
    )
    assert len(geo_map.filter_layer(undated, date(2024, 5, 1), date(2024, 5, 31))) == 6
    assert len(
        geo_map.filter_layer(undated, date(2024, 5, 1), date(2024, 5, 31), include_undated=True)
    ) == 7
    assert len(geo_map.filter_layer(undated)) == 12


def test_filter_layer_actors_match_either_side(layer):
    assert len(geo_map.filter_layer(layer, actors=["Protesters (Sudan)"])) == 3
    # SAF is actor1 in 3 incidents and actor2 in 3 others
    assert len(geo_map.filter_layer(layer, actors=["Sudanese Armed Forces"])) == 6
    both = geo_map.filter_layer(layer, actors=["Protesters (Sudan)", "Civilians (Sudan)"])
    assert len(both) == 4


def test_filter_layer_event_types_and_combination(layer):
    assert len(geo_map.filter_layer(layer, event_types=["Battles"])) == 4
    out = geo_map.filter_layer(
        layer, date(2024, 5, 1), date(2024, 5, 31), ["Rapid Support Forces"], ["Battles"]
    )
    assert list(out["location"]) == ["Wad Madani", ""]


def test_actor_counts(layer):
    # most frequent first, ties by name; actor1 and actor2 both count, once per incident
    assert geo_map.actor_counts(layer) == [
        ("Rapid Support Forces", 6),
        ("Sudanese Armed Forces", 6),
        ("Protesters (Sudan)", 3),
        ("Civilians (Sudan)", 1),
    ]
