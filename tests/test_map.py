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


def test_one_marker_per_located_incident(layer, offline_html):
    located = int(layer["latitude"].notna().sum())
    assert located == len(layer) - 1 == 10
    assert offline_html.count("L.circleMarker(") == located
    assert offline_html.count("L.markerClusterGroup(") == 1
    assert '"className": "incident-marker"' in offline_html


def test_colours_and_legend(offline_html):
    for event_type, colour in geo_map.EVENT_COLORS.items():
        assert colour in offline_html
        assert event_type in offline_html  # the legend lists every type
    assert len(set(geo_map.EVENT_COLORS.values())) == 6


def test_fits_bounds_to_incidents(offline_html):
    bounds = re.search(r"fitBounds\(\s*\[\[([-\d.]+), ([-\d.]+)\], \[([-\d.]+), ([-\d.]+)\]\]", offline_html)
    south, west, north, east = map(float, bounds.groups())
    assert south < 12.05 and north > 19.62 and west < 24.88 and east > 37.22
    assert north - south < 15 and east - west < 20  # Sudan, not the world


def test_popup_and_tooltip_are_escaped():
    evil = Incident(
        event_date="2024-05-01",
        event_type="Battles",
        sub_event_type="<b>Armed clash</b>",
        actor1='Militia "X" & <img src=x onerror=alert(1)>',
        location="El Fasher`${alert(2)}`",
        country="Sudan",
        latitude=13.63,
        longitude=25.35,
        evidence='They said <script>alert("pwned")</script> \\u0041',
        source="https://example.org/<script>",
        doc_id="evil",
    )
    html = geo_map.build_incident_map(incidents_to_frame([evil])).get_root().render()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<b>Armed clash</b>" not in html
    # nothing can break out of the JS template literal folium wraps popups in
    assert "${alert(2)}" not in html and "&#36;{alert(2)}" in html
    assert "&#96;" in html and "&#92;u0041" in html


def test_popup_content(layer, offline_html):
    row = layer.iloc[0]
    for text in (row["actor1"], row["actor2"], "Armed clash", "2024-04-02", "Omdurman",
                 "geo precision 3", "Synthetic report d1", "Fatalities:</b> 12"):
        assert text in offline_html, text


def test_rows_without_coordinates_are_skipped():
    inc = [Incident("2024-01-01", "Protests", "Peaceful protest", "Protesters (Sudan)", doc_id="x")]
    html = geo_map.build_incident_map(incidents_to_frame(inc)).get_root().render()
    assert "L.circleMarker(" not in html
    assert "fitBounds" not in html  # nothing to fit: the world view


def test_empty_layer_draws_the_world():
    html = geo_map.build_incident_map(empty_layer()).get_root().render()
    assert "L.circleMarker(" not in html
    assert re.findall(r"https?://", html) == []


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
