"""geo.viz: the offline Folium map, its assets and JavaScript, the payload, the basemap."""

from __future__ import annotations

import json
import re
from importlib import resources

import folium
import folium.elements
import folium.plugins
import pytest
import shapely.geometry

from geo import taxonomy
from geo.incidents import Incident
from geo.store.schema import empty_layer, incidents_to_frame
from geo.viz import assets, basemap, colors, map as geo_map, payload

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


def call_args(html: str, function: str) -> list[str]:
    """The JSON arguments of each ``GeoViz.<function>(parent, ...)`` call in a page, after
    the parent and the variable holding a payload (``RAW``, ``COUNTRIES``), if any."""
    calls = re.findall(rf"GeoViz\.{function}\(\w+,(?: [A-Z]+,)?(.*?)\);\n", html, flags=re.S)
    out = []
    for call in calls:
        decoder, text, args = json.JSONDecoder(), call.strip(), []
        while text:
            value, end = decoder.raw_decode(text)
            args.append(value)
            text = text[end:].lstrip().lstrip(",").lstrip()
        out.append(args)
    return out


def viz_js() -> str:
    folder = resources.files("geo.viz") / "js"
    return "\n".join((folder / name).read_text("utf-8") for name in assets.VIZ_JS)


# --------------------------------------------------------------------- offline assets


def test_standalone_html_has_no_remote_url(offline_html):
    assert re.findall(r"https?://", offline_html) == []
    # and every script / stylesheet is inline or a data: URI
    srcs = re.findall(r"<script[^>]*\bsrc=\"([^\"]+)\"", offline_html)
    hrefs = re.findall(r"<link[^>]*\bhref=\"([^\"]+)\"", offline_html)
    assert srcs and hrefs
    assert all(u.startswith("data:text/javascript") for u in srcs), srcs
    assert all(u.startswith("data:text/css") for u in hrefs), hrefs
    assert assets.viz_js_url() in srcs and assets.viz_css_url() in hrefs  # our own JS and CSS


def test_streamlit_folium_gets_data_uris_only(layer):
    links = _asset_links(geo_map.build_incident_map(layer))
    assert links, "the map should need Leaflet at least"
    assert all(u.startswith("data:") for u in links), [u[:60] for u in links if not u.startswith("data:")]
    # Leaflet is there; the icon fonts we do not use are not.
    unique = set(links)
    assert len(unique) == 4  # leaflet.js, leaflet.css, ours (JS and CSS), once each element
    assert not any("fontawesome" in u or "glyphicons" in u for u in links)
    assert sum(len(u) for u in unique) > 100_000  # leaflet.js itself is ~140 kB


def test_folium_offline_still_ships_every_file_the_map_needs():
    """The one read of folium-offline's private table (assets.folium_offline_file): an
    upgrade of folium or folium-offline that loses a file our maps link fails here."""
    needed = [u for cls in (folium.Map, folium.plugins.HeatMap)
              for n, u in cls.default_js + cls.default_css if n not in assets.UNUSED_MAP_ASSETS]
    assert any("leaflet.js" in u for u in needed) and any("heat" in u for u in needed)
    for url in needed:
        content = assets.folium_offline_file(url)
        assert len(content) > 500, url
    assert "window.L=" in assets.folium_offline_file(next(u for u in needed if u.endswith("leaflet.js")))
    with pytest.raises(LookupError, match="folium-offline has no copy"):
        assets.folium_offline_file("https://cdn.example/not-a-file.js")


def test_folium_classes_are_left_alone(layer):
    """Only our map's own elements get data: URIs; folium's classes keep their URLs."""
    m = geo_map.build_incident_map(layer, heatmap=True)
    assert all(u.startswith("https://") for _, u in folium.Map.default_js)
    assert all(u.startswith("https://") for _, u in folium.plugins.HeatMap.default_js)
    assert all(u.startswith("data:") for _, u in m.default_js)
    before = [list(e.default_js) for e in assets._walk(m) if isinstance(e, folium.elements.JSCSSMixin)]
    assets.use_offline_assets(m)  # idempotent
    assert before == [list(e.default_js) for e in assets._walk(m) if isinstance(e, folium.elements.JSCSSMixin)]


def test_online_tiles_only_on_request(layer, offline_html):
    assert "tile.openstreetmap.org" not in offline_html
    assert "L.control.layers" not in offline_html
    online = geo_map.build_incident_map(layer, online_tiles=True).get_root().render()
    assert "tile.openstreetmap.org" in online
    assert "L.control.layers" in online
    # the tiles are an overlay that starts switched off
    tile_var = re.search(r"var (tile_layer_\w+) = L\.tileLayer\(", online).group(1)
    assert f"{tile_var}.addTo(" not in online


def test_map_javascript_is_in_js_files():
    js = viz_js()
    for function in ("incidentLayer", "basemapLayer", "highlight", "legend", "placeMarkers", "inflate"):
        assert f"G.{function} = function" in js, function
    assert "{{" not in js and "{%" not in js  # no template syntax: data comes as arguments
    # popups, tooltips, legend and labels are made with textContent, never innerHTML
    assert "innerHTML" not in js


# --------------------------------------------------------------------- markers, popups


def embedded_payload(html: str) -> dict:
    """The incident payload a rendered map carries (``var RAW = {...};``)."""
    found = re.findall(r"var RAW = (\{.*?\});\n", html)
    assert len(found) == 1, "no (or more than one) incident layer in the map"
    return payload.decode_payload(found[0])


def layer_options(html: str) -> dict:
    (options,) = re.findall(r"GeoViz\.incidentLayer\(\w+, RAW, (\{.*?\})\);\n", html)
    return json.loads(options)


def test_one_marker_per_located_incident(layer, offline_html):
    located = int(layer["latitude"].notna().sum())
    assert located == len(layer) - 1 == 10
    data = embedded_payload(offline_html)
    assert len(data["lat"]) == len(data["lon"]) == len(data["type"]) == located
    assert "row" not in data  # positions stay on the server
    assert payload.incident_payload(layer)["row"] == [i for i in range(11) if i != 10]
    # drawn by one call in the browser, not 10 snippets of HTML; clustered there
    assert layer_options(offline_html) == {"cluster": True, "cell": 60, "playback": True, "playMs": 700}
    js = viz_js()
    assert '"incident-marker incident-"' in js and '"marker-cluster incident-cluster"' in js
    assert 'map.on("moveend", draw)' in js


def test_payload_is_compact_and_complete(layer):
    p = payload.incident_payload(layer)
    row = layer.iloc[0]
    assert p["types"][p["type"][0]] == "Battles"
    assert p["colors"][p["type"][0]] == colors.EVENT_COLORS["Battles"]
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
    p = payload.incident_payload(long)
    assert all(len(e) == payload.EVIDENCE_MAX_CHARS for e in p["ev"])
    assert p["ev"][0].endswith("\u2026")
    small = payload.incident_payload(long, evidence_budget=10 * 200)
    assert all(len(e) == 200 for e in small["ev"])
    none = payload.incident_payload(long, evidence_budget=10 * 50)  # under the minimum share
    assert none["ev"] is None


def test_colours_keyed_by_the_taxonomy_and_legend(offline_html):
    # one colour per ACLED event type, in the taxonomy's (codebook) order
    assert list(colors.EVENT_COLORS) == list(taxonomy.EVENT_TYPES)
    assert len(set(colors.EVENT_COLORS.values())) == len(taxonomy.EVENT_TYPES)
    assert colors.event_color("Something else") == colors.OTHER_COLOR
    (legend,) = call_args(offline_html, "legend")
    assert legend[0]["types"] == [[t, c] for t, c in colors.EVENT_COLORS.items()]
    assert legend[0]["sizesTitle"] == "Fatalities" and "mix of types" in " ".join(legend[0]["notes"])
    heat = geo_map.build_incident_map(empty_layer(), heatmap=True).get_root().render()
    assert call_args(heat, "legend")[0][0]["notes"] == ["Heat: incidents per area"]


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
    data = embedded_payload(html)
    assert data["actors"][data["a1"][0]] == EVIL.actor1
    assert data["ev"][0] == EVIL.evidence
    assert data["places"][0].startswith(EVIL.location)
    assert data["docs"][0] == [EVIL.title, "https://example.org/<script>", ""]


TEMPLATE_TEXT = Incident(
    "2024-05-02", "Battles", "Armed clash", "{{ cycler.__init__.__globals__ }}",
    location="Camp {{ 7*7 }}", country="Sudan {% if 1 %}x{% endif %}", latitude=13.6, longitude=25.3,
    evidence="Fighting near Camp {{ and {# beyond #}.", title="Camp {{", doc_id="tpl",
)


def test_report_text_is_never_a_template_in_the_map():
    """A place called ``{{ 7*7 }}`` is shown as those characters: no text from a report
    goes through Jinja (folium compiles what its elements' macros return)."""
    frame = incidents_to_frame([TEMPLATE_TEXT, *synthetic_incidents()])
    m = geo_map.build_incident_map(frame, highlight=frame["event_id"].iloc[0])
    html = m.get_root().render()
    (highlight,) = call_args(html, "highlight")
    assert highlight[1] == "Battles: Camp {{ 7*7 }} (2024-05-02)"
    data = embedded_payload(html)
    assert data["places"][data["place"][0]] == "Camp {{ 7*7 }}, Sudan {% if 1 %}x{% endif %}"
    assert data["actors"][data["a1"][0]] == "{{ cycler.__init__.__globals__ }}"
    assert data["docs"][data["doc"][0]][0] == "Camp {{"
    # not evaluated, and no Jinja delimiter reaches the page's scripts as such
    assert "Camp 49" not in html and "{{" not in html and "{%" not in html
    # the ring drawn into the dashboard's mounted map (streamlit-folium's feature group)
    group = geo_map.highlight_group(frame.iloc[0])
    group.add_to(folium.Map(tiles=None))
    group.render()
    assert "Camp 49" not in group.get_root().script.render()


def test_only_http_links_are_links():
    assert payload.safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert payload.safe_url("http://example.org") == "http://example.org"
    for bad in ("javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>x</b>",
                "seeds/001.txt", "//example.org/x", "https://", "https://exa mple.org",
                "file:///etc/passwd", "", None, "vbscript:x"):
        assert payload.safe_url(bad) == "", bad
    frame = incidents_to_frame([
        Incident("2024-01-01", "Battles", "Armed clash", "A", latitude=1, longitude=1,
                 source="javascript:alert(1)", doc_id="a"),
        Incident("2024-01-01", "Battles", "Armed clash", "A", latitude=1, longitude=1,
                 source="https://news.example/story", title="Story", doc_id="b"),
    ])
    docs = payload.incident_payload(frame)["docs"]
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
    assert layer_options(html)["cluster"] is False
    assert len(embedded_payload(html)["lat"]) == 10


def test_heatmap_instead_of_markers(layer):
    html = geo_map.build_incident_map(layer, heatmap=True).get_root().render()
    assert "L.heatLayer(" in html
    assert "GeoViz.incidentLayer(" not in html and "var RAW = " not in html  # no markers
    assert re.findall(r"https?://", html) == []
    points = geo_map.heat_points(layer)
    assert sum(p[2] for p in points) == 10
    assert len(points) == 10  # ten different cells
    coarse = geo_map.heat_points(layer, max_points=3)
    assert len(coarse) <= 3 and sum(p[2] for p in coarse) == 10


def test_highlight(layer):
    event = layer["event_id"].iloc[2]
    html = geo_map.build_incident_map(layer, highlight=event).get_root().render()
    assert call_args(html, "highlight") == [[[13.63, 25.35], "Violence against civilians: El Fasher (2024-04-11)"]]
    assert call_args(geo_map.build_incident_map(layer).get_root().render(), "highlight") == []
    # an incident with no place has nothing to ring
    unlocated = layer["event_id"].iloc[10]
    assert call_args(geo_map.build_incident_map(layer, highlight=unlocated).get_root().render(), "highlight") == []
    fg = geo_map.highlight_group(layer.iloc[2])
    assert isinstance(fg, folium.FeatureGroup)
    assert geo_map.highlight_group(layer.iloc[10]) is None


def test_big_payloads_travel_gzipped(layer):
    big = layer.assign(evidence="Synthetic evidence " * 40)
    packed = payload.payload_json(big, compress_over=1_000)
    assert packed.startswith('{"z":"') and len(packed) < len(payload.payload_json(big))
    assert re.fullmatch(r'\{"z":"[A-Za-z0-9+/=]+"\}', packed)  # nothing but base64 in the script
    plain = payload.payload_json(big)
    assert payload.decode_payload(packed) == payload.decode_payload(plain)
    html = geo_map.build_incident_map(big, payload=packed).get_root().render()
    assert embedded_payload(html)["ev"][0].startswith("Synthetic evidence")
    assert re.search(r'var RAW = \{"z":"[A-Za-z0-9+/=]+"\};\n', html)
    assert "DecompressionStream" in viz_js()


def test_time_playback_control(layer, offline_html):
    assert layer_options(offline_html)["playback"] is True
    assert "incident-playback" in viz_js() and "playback-slider" in viz_js()
    assert layer_options(geo_map.build_incident_map(layer, playback=False).get_root().render())["playback"] is False


def test_script_json_round_trips():
    value = {"a": "</script><!-- & \u2028\u2029 > {{ x }} {% y %} {# z #}", "b": [1, 2.5, None]}
    text = payload.script_json(value)
    assert "<" not in text and ">" not in text and "&" not in text
    assert "{{" not in text and "{%" not in text and "{#" not in text
    assert json.loads(text) == value


# --------------------------------------------------------------------- basemap


def test_basemap_is_a_small_valid_world():
    gj = basemap.basemap_geojson()
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
    assert basemap.basemap_geojson() is gj  # cached


def test_basemap_is_made_once_and_kept_on_disk(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    basemap.basemap_geojson.cache_clear()
    try:
        built = basemap.basemap_geojson()
        path = basemap.basemap_cache_path()
        assert path.parent == tmp_path and json.loads(path.read_text("utf-8")) == built
        assert not list(tmp_path.glob("*.tmp"))
        # a later process reads the file instead of the shapefile
        path.write_text(json.dumps({"type": "FeatureCollection", "features": []}), "utf-8")
        basemap.basemap_geojson.cache_clear()
        assert basemap.basemap_geojson()["features"] == []
        # a damaged file is rebuilt, not trusted
        path.write_text('{"type": "Feature', "utf-8")
        basemap.basemap_geojson.cache_clear()
        assert basemap.basemap_geojson() == built
    finally:
        basemap.basemap_geojson.cache_clear()


def test_basemap_travels_packed_and_whole(offline_html):
    (packed,) = re.findall(r"var COUNTRIES = (\{.*?\});\n", offline_html)
    assert packed.startswith('{"z":"')
    assert payload.decode_payload(packed) == basemap.basemap_geojson()
    assert len(packed) < 350_000  # vs ~750 kB as plain GeoJSON


def test_basemap_is_drawn_in_its_own_pane(offline_html):
    assert re.search(r'createPane\(\s*"basemap"', offline_html)
    assert 'pane: "basemap"' in viz_js()
    (call,) = call_args(offline_html, "basemapLayer")
    assert call[0]["fillColor"] == colors.LAND_COLOR and call[1] == colors.WATER_COLOR
    assert "L.tileLayer(" not in offline_html


# --------------------------------------------------------------------- basemap details


def _decode(flat):
    x = y = 0
    out = []
    for k in range(0, len(flat), 2):
        x += flat[k]
        y += flat[k + 1]
        out.append((y / 100, x / 100))
    return out


def test_basemap_details_hold_admin1_lines_lakes_and_towns():
    from geo.viz.basemap import TOWN_CLASSES, basemap_details

    details = basemap_details()
    assert len(details["admin1"]) > 1000 and len(details["lakes"]) > 20
    # Sudan's states are divided: some admin-1 line runs within 14-16 N, 31-34 E
    assert any(any(14 < lat < 16 and 31 < lon < 34 for lat, lon in _decode(line)) for line in details["admin1"])
    # Lake Victoria is among the lakes, as a closed ring round its centre (-1, 33)
    rings = [_decode(r) for r in details["lakes"]]
    assert any(min(p[0] for p in r) < -2 < 0 < max(p[0] for p in r) and min(p[1] for p in r) < 33 < max(p[1] for p in r)
               for r in rings)
    towns = {t[0]: t for t in details["towns"]}
    assert towns["Khartoum"][3] == 0 and abs(towns["Khartoum"][1] / 100 - 15.55) < 0.1
    assert towns["Kassala"][3] > 0 and 0 <= max(t[3] for t in details["towns"]) < len(TOWN_CLASSES)
    populations = [t[3] for t in details["towns"]]
    assert populations == sorted(populations)  # most populous first


def test_the_map_draws_the_details_round_its_incidents(offline_html):
    from geo.viz.basemap import basemap_details, details_within

    (options,) = call_args(offline_html, "basemapDetails")
    assert options[0]["admin1"]["minZoom"] <= 7 and max(options[0]["townMinZoom"]) <= 8
    packed = re.search(r"var DETAILS = (\{\"z\":\"[^\"]+\"\});", offline_html).group(1)
    carried = payload.decode_payload(packed)
    # Sudan and its neighbours: Khartoum and N'Djamena, not Lima; a fraction of the world
    towns = {t[0] for t in carried["towns"]}
    assert {"Khartoum", "Kassala", "N'Djamena"} <= towns and "Lima" not in towns
    world = basemap_details()
    assert 0 < len(carried["admin1"]) < len(world["admin1"]) / 5
    assert details_within(None) == world
    lakes = [_decode(r) for r in carried["lakes"]]
    assert all(min(p[0] for p in r) <= 35 and max(p[0] for p in r) >= -5 for r in lakes)
    assert "GeoViz.basemapDetails(" in offline_html
    no_details = geo_map.build_incident_map(incidents_to_frame([]), details=False).get_root().render()
    assert "GeoViz.basemapDetails(" not in no_details


def test_region_totals_count_incidents_and_fatalities_per_admin1_face(layer):
    from geo.viz import regions

    totals = regions.region_totals(layer)
    located = layer[layer["latitude"].notna()]
    assert sum(r["incidents"] for r in totals) == len(located)
    assert sum(r["fatalities"] for r in totals) == int(located["fatalities"].sum())
    # Omdurman and Khartoum lie in one state, El Fasher in another
    by_point = {}
    for r in totals:
        ring = shapely.geometry.Polygon(_decode(r["rings"][0]))
        for _, row in located.iterrows():
            if ring.contains(shapely.geometry.Point(row["latitude"], row["longitude"])):
                by_point[row["location"]] = id(r)
    assert by_point["Omdurman"] == by_point["Khartoum"] != by_point["El Fasher"]
    assert totals[0]["incidents"] >= totals[-1]["incidents"] and all(r["name"] == "Sudan" for r in totals)
    html = geo_map.build_incident_map(layer, regions="fatalities").get_root().render()
    ((data, options),) = call_args(html, "regionChoropleth")
    assert options["measure"] == "fatalities" and len(data) == len(totals)


def test_the_payload_carries_datasets_and_the_sources_of_merged_events(layer):
    plain = payload.incident_payload(layer)
    assert plain["ds"] is None and plain["datasets"] is None and plain["n"] is None
    assert all(len(d) == 3 for d in plain["docs"])
    mixed = layer.copy()
    mixed.loc[mixed["doc_id"] == "d2", "dataset"] = "ucdp"
    first = mixed.index[0]
    mixed.loc[first, "source_count"] = 3
    mixed.loc[first, "source"] = "https://a.example.org/1; not a link http://b.example.org; ftp://c.example.org/x"
    p = payload.incident_payload(mixed)
    assert [p["datasets"][c] for c in p["ds"]] == ["reports"] * 3 + ["ucdp"] * 3 + ["reports"] * 4
    assert p["n"] == [3] + [1] * 9
    assert p["docs"][p["doc"][0]][3] == [["https://a.example.org/1", ""], ["", "not a link http://b.example.org"],
                                         ["", "ftp://c.example.org/x"]]
    # the legend explains the outlines only when imported incidents are drawn
    assert _legend(geo_map.build_incident_map(layer))["datasets"] is None
    assert _legend(geo_map.build_incident_map(mixed))["datasets"] == ["reports", "ucdp"]


def _legend(m: folium.Map) -> dict:
    (legend,) = [c for c in m._children.values() if type(c).__name__ == "Legend"]
    return {"datasets": None, **legend.legend}


def test_the_details_of_the_same_cells_are_made_once_whoever_asks_meanwhile(monkeypatch):
    """A dashboard server's warm-up and its first visitor ask for the same details: the
    one who comes second waits for the first one's, it does not make them again."""
    import time
    from concurrent.futures import ThreadPoolExecutor

    from geo.viz import basemap

    made = []

    def slow_details(cells):
        made.append(cells)
        time.sleep(0.2)
        return {"admin1": [], "lakes": [], "towns": []}

    monkeypatch.setattr(basemap, "details_within", slow_details)
    basemap._details_packed.cache_clear()
    cells = frozenset({(99, 99)})
    try:
        with ThreadPoolExecutor(2) as pool:
            first, second = pool.map(basemap.details_packed, [cells, cells])
    finally:
        basemap._details_packed.cache_clear()
    assert made == [cells] and first == second
