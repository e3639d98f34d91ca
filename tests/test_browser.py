"""The real dashboard in Debian's chromium, with every non-localhost request blocked.

Proves the map draws offline (Leaflet, MarkerCluster, the basemap and the markers all
come from the app itself) and that the analyst's workflow works end to end: filters
through the widgets and through a shared URL, popups, table selection, report export.
One dashboard server and one browser serve the whole module; each test gets a fresh
browser context (its own session). Set GEO_SCREENSHOT=path to keep a screenshot.
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from geo.viz.browser import CHROMIUM, CHROMIUM_ARGS, only_local_requests

pytestmark = pytest.mark.browser

MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
SCREENSHOT = os.environ.get("GEO_SCREENSHOT")

# How many incidents the map shows: individual markers plus the counts on the clusters.
COUNT_MARKERS = """() => {
    const singles = document.querySelectorAll("path.incident-marker").length;
    let clustered = 0;
    document.querySelectorAll(".marker-cluster span").forEach(s => clustered += parseInt(s.textContent, 10));
    return {singles: singles, clustered: clustered, total: singles + clustered,
            basemap: document.querySelectorAll(".leaflet-basemap-pane canvas").length};
}"""


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    # No skip: a browser test that quietly did not run would hide a broken map.
    # scripts/test.sh installs Debian's chromium; deselect with -m "not browser".
    assert Path(CHROMIUM).exists(), f"no {CHROMIUM}: run bash scripts/test.sh, or -m 'not browser'"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


class Session:
    """A browser context on the dashboard: the page, and what went wrong in it."""

    def __init__(self, browser, base_url: str):
        self.base_url = base_url
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        self.context.route("**/*", only_local_requests(self.blocked))
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def open(self, query: str = "") -> None:
        self.page.goto(self.base_url + "/" + query, wait_until="domcontentloaded")
        self.map.locator("path.incident-marker, .marker-cluster").first.wait_for(timeout=60_000)
        # the map comes first; the timeline, table and exports follow in a rerun
        self.page.get_by_text("Export this view").wait_for(timeout=60_000)

    @property
    def map(self):
        return self.page.frame_locator(MAP_IFRAME).last

    @property
    def sidebar(self):
        return self.page.get_by_test_id("stSidebar")

    def check(self) -> None:
        assert not self.errors, self.errors
        # Nothing outside localhost was needed -- and nothing was even tried.
        assert self.blocked == [], self.blocked


@pytest.fixture
def session(browser, shared_dashboard_url):
    s = Session(browser, shared_dashboard_url)
    try:
        yield s
        s.check()
    finally:
        s.context.close()


# --------------------------------------------------------------------- helpers


def _map_frame(page):
    """The Frame of the newest st_folium iframe (a filter change mounts a new one)."""
    handle = page.locator(MAP_IFRAME).last.element_handle()
    return handle.content_frame() if handle else None


def _wait_for_total(page, expected: int, timeout: float = 30.0) -> dict:
    """Poll until the map shows ``expected`` incidents, twice in a row (animations settle)."""
    deadline = time.monotonic() + timeout
    last, streak = None, 0
    while time.monotonic() < deadline:
        frame = _map_frame(page)
        try:
            counts = frame.evaluate(COUNT_MARKERS) if frame else None
        except Exception:  # the frame was replaced under us: try again
            counts = None
        if counts and counts["total"] == expected:
            streak += 1
            if streak >= 2:
                return counts
        else:
            streak = 0
        last = counts
        page.wait_for_timeout(250)
    raise AssertionError(f"the map never showed {expected} incidents; last count: {last}")


def _table_rows(page) -> int:
    """Rows in the incident table (the grid's aria-rowcount counts its header too)."""
    grid = page.get_by_test_id("stDataFrame").first.locator("[aria-rowcount]").first
    return int(grid.get_attribute("aria-rowcount")) - 1


def _wait_for_kpi(page, label: str, value: str) -> None:
    kpi = page.get_by_test_id("stMetric").filter(has_text=label)
    kpi.get_by_test_id("stMetricValue").filter(has_text=value).wait_for(timeout=30_000)


def _wait_for_table(page, expected: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    rows = None
    while time.monotonic() < deadline:
        try:
            rows = _table_rows(page)
        except Exception:
            rows = None
        if rows == expected:
            return
        page.wait_for_timeout(250)
    raise AssertionError(f"the table never showed {expected} rows; last: {rows}")


def _wait_idle(page, settle_ms: int = 500) -> None:
    """Until the app has finished its reruns (Streamlit's running indicator is gone)."""
    page.wait_for_timeout(settle_ms)
    page.get_by_test_id("stStatusWidget").wait_for(state="hidden", timeout=60_000)
    page.wait_for_timeout(settle_ms)


def _settled_box(page, locator, tries: int = 20) -> dict:
    """The element's box once it stops moving (charts above it may still be sizing)."""
    box = locator.bounding_box()
    for _ in range(tries):
        page.wait_for_timeout(150)
        again = locator.bounding_box()
        if again == box:
            return box
        box = again
    return box


def _download(page, label: str, folder: Path, attempts: int = 4) -> Path:
    """Click the download button ``label`` and save what comes. A click racing a rerun
    asks for a file the rerun replaced: then wait for the app and click again."""
    for attempt in range(attempts):
        _wait_idle(page)
        button = page.get_by_test_id("stDownloadButton").filter(has_text=label).first
        button.scroll_into_view_if_needed()
        try:
            with page.expect_download(timeout=45_000) as info:
                button.click()
        except Exception:
            if attempt == attempts - 1:
                page.screenshot(path=str(folder / "download-failed.png"), full_page=True)  # for the log
                print(f"download {label!r} failed; screenshot in {folder}")
                raise
            continue
        path = folder / info.value.suggested_filename
        info.value.save_as(path)
        return path
    raise AssertionError("unreachable")


def _pick(session, label: str, option: str) -> None:
    """Choose ``option`` in the sidebar multiselect labelled ``label``."""
    box = session.sidebar.get_by_test_id("stMultiSelect").filter(has_text=label)
    box.locator("input").click()
    session.page.get_by_role("option", name=option).click()
    session.page.keyboard.press("Escape")


# --------------------------------------------------------------------- tests


def crowded_incidents(seed: int, id_prefix: str, spread_deg: float):
    """The synthetic incidents forty times over (440, ids ``<id_prefix><n>``), scattered
    round their 10 places by a normal spread of ``spread_deg`` degrees: a view over a
    small marker limit, dense enough to zoom into."""
    import numpy as np

    from conftest import synthetic_incidents
    from geo.store import incidents_to_frame

    layer = incidents_to_frame(synthetic_incidents())
    rng = np.random.default_rng(seed)
    many = layer.loc[layer.index.repeat(40)].reset_index(drop=True)
    many["event_id"] = [f"{id_prefix}{i}" for i in range(len(many))]
    many["latitude"] = many["latitude"] + rng.normal(0, spread_deg, len(many))
    many["longitude"] = many["longitude"] + rng.normal(0, spread_deg, len(many))
    return many


def test_map_draws_offline_and_popups_show_evidence(session):
    page = session.page
    session.open()
    # Leaflet drew the basemap and every located incident (10 of the 11).
    session.map.locator(".leaflet-basemap-pane canvas").first.wait_for(timeout=30_000)
    counts = _wait_for_total(page, 10)
    assert counts["basemap"] >= 1  # the Natural Earth canvas (and the details' once drawn)
    assert session.map.locator(".incident-legend").is_visible()
    assert _table_rows(page) == 11
    page.wait_for_timeout(500)  # let the cluster animation finish
    if SCREENSHOT:
        page.screenshot(path=SCREENSHOT, full_page=True)

    # A popup opens on click and shows the incident with its evidence.
    session.map.locator("path.incident-marker").first.click()
    popup = session.map.locator(".leaflet-popup-content .incident-popup")
    popup.wait_for(timeout=10_000)
    text = popup.inner_text()
    assert "Fatalities" in text
    assert "Synthetic report of " in text  # the evidence sentence
    session.map.locator(".leaflet-popup-close-button").click()


def test_filter_by_actor_and_date_through_the_widgets(session):
    page = session.page
    session.open()
    _wait_for_total(page, 10)

    # One actor in the sidebar: the KPI, the map, the table and the URL follow.
    _pick(session, "Actors", "Protesters (Sudan) (3)")
    _wait_for_kpi(page, "Incidents", "3")
    _wait_for_total(page, 3)
    _wait_for_table(page, 3)
    page.wait_for_url("**actor=Protesters*", timeout=10_000)

    # Then a date range, typed into the date field (it commits when focus leaves it).
    dates = session.sidebar.get_by_test_id("stDateInput")
    dates.get_by_role("spinbutton", name="month, Date range start date").click()
    page.keyboard.type("05")
    page.keyboard.type("01")
    session.sidebar.get_by_text("Filters").click()
    _wait_for_kpi(page, "Incidents", "2")  # the riot in Kassala, the protest in Atbara
    _wait_for_total(page, 2)
    _wait_for_table(page, 2)
    page.wait_for_url("**from=2024-05-01**", timeout=10_000)
    assert "period=custom" in page.url and "to=2024-05-20" in page.url


def test_a_shared_url_reopens_the_view(session):
    page = session.page
    session.open("?period=custom&from=2024-04-10&to=2024-05-20&actor=" + quote("Rapid Support Forces"))
    # RSF from 2024-04-10: El Fasher, El Obeid, Nyala, Wad Madani, and one not located
    _wait_for_kpi(page, "Incidents", "5")
    _wait_for_total(page, 4)
    _wait_for_table(page, 5)
    chips = session.sidebar.get_by_test_id("stMultiSelect").filter(has_text="Actors")
    assert "Rapid Support Forces (6)" in chips.inner_text()

    # a preset period and a minimum of fatalities, straight from the URL
    session.open("?period=7d&minfat=1")
    # Sennar (3 dead, 2024-05-14) and a clash with 2 dead on 2024-05-20 that has no place
    _wait_for_kpi(page, "Incidents", "2")
    _wait_for_total(page, 1)
    _wait_for_table(page, 2)


def test_popups_of_a_hostile_report_show_text_and_run_nothing(browser, tmp_path):
    """A standalone map (no server): what a report says stays text in the popup."""
    from geo.incidents import Incident
    from geo.store.schema import incidents_to_frame
    from geo.viz.map import build_incident_map
    from geo.viz.payload import payload_json

    evil = dict(
        event_type="Battles", sub_event_type="<b>Armed clash</b>", country="Sudan",
        actor1='Militia "X" & <img src=x onerror=alert(1)>',
        location="El Fasher</script><script>alert(3)</script>",
        evidence='They said <script>alert("pwned")</script> {{ 7*7 }}',
        title="<i>Report</i>", doc_id="evil",
    )
    frame = incidents_to_frame([
        Incident("2024-05-01", latitude=13.6, longitude=25.3, source="https://example.org/story?a=1&b=<x>", **evil),
        Incident("2024-05-02", latitude=15.6, longitude=32.5, source="javascript:alert(5)", **{**evil, "doc_id": "evil2"}),
    ])
    path = tmp_path / "evil.html"
    # through the gzipped payload (the dashboard tests draw the plain one)
    build_incident_map(frame, payload=payload_json(frame, compress_over=0)).save(str(path))

    s = Session.__new__(Session)  # a context like the dashboard's, without the server
    s.blocked, s.errors = [], []
    context = browser.new_context(viewport={"width": 1000, "height": 700})
    try:
        context.route("**/*", only_local_requests(s.blocked))
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: s.errors.append(str(e)))
        page.goto(path.as_uri())
        markers = page.locator("path.incident-marker")
        markers.first.wait_for(timeout=30_000)
        assert markers.count() == 2

        for k in range(2):
            page.evaluate(f"() => {{ window.geoIncidents.open({k}); }}")
            page.wait_for_timeout(300)  # the previous popup fades out
            popup = page.locator(".leaflet-popup-content .incident-popup")
            popup.wait_for(timeout=10_000)
            text = popup.inner_text()
            assert 'They said <script>alert("pwned")</script> {{ 7*7 }}' in text
            assert '<img src=x onerror=alert(1)>' in text and "<b>Armed clash</b>" in text
            assert "</script><script>alert(3)</script>" in text
            assert popup.locator("img, script, b >> text=Armed clash, i").count() == 0
            links = popup.locator("a")
            if k == 0:  # an https source is a link that opens apart from the map
                assert links.count() == 1
                assert links.get_attribute("href") == "https://example.org/story?a=1&b=<x>"
                assert links.get_attribute("rel") == "noopener noreferrer"
                assert links.inner_text() == "<i>Report</i>"
            else:  # anything else is shown, never linked
                assert links.count() == 0
                assert "<i>Report</i>" in text
        page.wait_for_timeout(300)
        assert dialogs == []
    finally:
        context.close()
    s.check()


def test_selecting_a_table_row_rings_it_on_the_map(session):
    page = session.page
    session.open()
    _wait_for_total(page, 10)
    label = session.map.locator(".incident-highlight-label")
    for attempt in range(3):  # a click landing while the app reruns can be lost
        _wait_idle(page)
        grid = page.get_by_test_id("stDataFrame").first
        grid.scroll_into_view_if_needed()
        box = _settled_box(page, grid)
        # the table is newest first; its 4th row is the clash at Wad Madani (2024-05-08).
        # Rows are 35 px under a 35 px header; the row-selection box is the first column.
        page.mouse.click(box["x"] + 18, box["y"] + 35 + 3 * 35 + 17)
        try:
            label.wait_for(timeout=20_000)
            break
        except Exception:
            if attempt == 2:
                raise
    assert label.inner_text() == "Battles: Wad Madani (2024-05-08)"
    assert session.map.locator("path.incident-highlight").count() == 1
    assert page.get_by_test_id("stExpander").filter(has_text="Selected: Battles: Wad Madani").count() == 1


def test_exports_hold_the_filtered_view(session, tmp_path):
    import csv
    import io
    import json

    page = session.page
    session.open("?actor=" + quote("Protesters (Sudan)"))
    _wait_for_kpi(page, "Incidents", "3")
    downloads = {label: _download(page, label, tmp_path) for label in ("CSV", "GeoJSON", "Map (HTML)")}
    assert downloads["CSV"].name == "incidents.csv"
    rows = list(csv.DictReader(io.StringIO(downloads["CSV"].read_text("utf-8-sig"))))
    assert {r["actor1"] for r in rows} == {"Protesters (Sudan)"} and len(rows) == 3
    assert len(json.loads(downloads["GeoJSON"].read_text("utf-8"))["features"]) == 3
    html = downloads["Map (HTML)"].read_text("utf-8")
    assert "GeoViz.incidentLayer(" in html and "http://" not in html and "https://" not in html


def test_export_report_png_and_pdf(session, tmp_path):
    from test_report import assert_pdf_report, assert_png_report

    page = session.page
    session.open("?period=custom&from=2024-04-01&to=2024-04-30&actor=" + quote("Rapid Support Forces"))
    _wait_for_kpi(page, "Incidents", "3")
    png = _download(page, "Export report (PNG)", tmp_path)
    # the range starts at the first incident: the date picker keeps within the data
    assert png.name == "brief_2024-04-02_2024-04-30.png"
    assert_png_report(png.read_bytes())
    pdf = _download(page, "Export report (PDF)", tmp_path)
    assert pdf.suffix == ".pdf"
    assert_pdf_report(pdf.read_bytes())


def read_layer(store):
    """The store as the dashboard reads it (a single file migrates to a folder on first open)."""
    from geo.store import open_store

    with open_store(store) as s:
        return s.read_layer()


def stored_corrections(store) -> dict:
    from geo.store import open_store

    with open_store(store) as s:
        return s.load_corrections()


def test_review_a_click_on_the_map_re_places_an_incident(browser, dashboard_url, synthetic_store):
    """The review page on its own server (it changes the store)."""
    s = Session(browser, dashboard_url)
    try:
        page = s.page
        page.goto(dashboard_url + "/review", wait_until="domcontentloaded")
        frame = page.frame_locator(MAP_IFRAME).last
        frame.locator("path.incident-marker").first.wait_for(timeout=60_000)  # Omdurman, d1-0
        _wait_idle(page)
        page.locator(MAP_IFRAME).last.scroll_into_view_if_needed()
        box = page.locator(MAP_IFRAME).last.bounding_box()
        page.mouse.click(box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.7)
        button = page.get_by_role("button", name="Put the incident where I clicked")
        button.wait_for(timeout=30_000)
        clicked = page.get_by_text(re.compile(r"^Clicked: -?\d")).inner_text()
        lat, lon = (float(v) for v in re.findall(r"-?\d+\.\d+", clicked)[:2])
        _wait_idle(page)
        button.click()
        page.get_by_text("Battles: Omdurman (2024-04-02): saved.").wait_for(timeout=30_000)
        row = read_layer(synthetic_store).set_index("event_id").loc["d1-0"]
        assert (row["latitude"], row["longitude"]) == (lat, lon)
        assert row["geo_precision"] == 1 and row["review_status"] == "edited"
        assert stored_corrections(synthetic_store)["d1-0"]["changes"]["latitude"] == lat
        s.check()
    finally:
        s.context.close()


def _set_view(page, lat: float, lon: float, zoom: int) -> None:
    """Move the newest st_folium map to a view (as the analyst would by panning)."""
    frame = _map_frame(page)
    frame.evaluate("""([lat, lon, zoom]) => {
        // streamlit-folium names the map map_div; a standalone page map_<id>
        const name = window.map_div ? "map_div" : Object.keys(window).find(k => /^map_[0-9a-f]+$/.test(k));
        window[name].setView([lat, lon], zoom, {animate: false});
    }""", [lat, lon, zoom])


def test_review_re_place_save_reload_undo_and_unreject(browser, dashboard_url, synthetic_store):
    """Issue 14: an incident in Sudan put in Chad by a click -- the store, the form after a
    reload and the map page's country filter agree; undo puts it back; a rejected
    incident is brought back from the page."""
    from geo import review

    s = Session(browser, dashboard_url)
    try:
        page = s.page
        page.goto(dashboard_url + "/review", wait_until="domcontentloaded")
        page.frame_locator(MAP_IFRAME).last.locator("path.incident-marker").first.wait_for(timeout=60_000)
        _wait_idle(page)
        page.get_by_label("Your name (written on each correction)").fill("Ana")
        page.keyboard.press("Enter")
        _wait_idle(page)
        page.locator(MAP_IFRAME).last.scroll_into_view_if_needed()
        _set_view(page, 12.2, 15.1, 9)  # N'Djamena, Chad
        box = page.locator(MAP_IFRAME).last.bounding_box()
        page.mouse.click(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.5)
        button = page.get_by_role("button", name="Put the incident where I clicked")
        button.wait_for(timeout=30_000)
        clicked = page.get_by_text(re.compile(r"^Clicked: -?\d")).inner_text()
        lat, lon = (float(v) for v in re.findall(r"-?\d+\.\d+", clicked)[:2])
        assert "Chad" in clicked
        _wait_idle(page)
        button.click()
        page.get_by_text("Battles: Omdurman (2024-04-02): saved.").wait_for(timeout=30_000)

        there = review.place_at(lat, lon, review_gazetteer())
        row = read_layer(synthetic_store).set_index("event_id").loc["d1-0"]
        assert (row["latitude"], row["longitude"]) == (lat, lon)
        assert row["country"] == "Chad" and row["admin1"] == there["admin1"] != ""
        assert row["location"] == there["town"] and row["geo_precision"] == 1
        correction = stored_corrections(synthetic_store)["d1-0"]
        assert correction["reviewer"] == "Ana" and correction["changes"]["country"] == "Chad"

        # reload: the form shows the incident as it is now, and its history
        page.reload(wait_until="domcontentloaded")
        page.get_by_label("Country").first.wait_for(timeout=60_000)
        _wait_idle(page)
        assert page.get_by_label("Country").first.input_value() == "Chad"
        assert page.get_by_label("Admin-1 region").first.input_value() == there["admin1"]
        assert page.get_by_text("History (newest first)").is_visible()
        # the map page's country filter counts it in Chad
        page.goto(dashboard_url + "/", wait_until="domcontentloaded")
        _wait_for_total(page, 10)
        countries = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").filter(has_text="Countries")
        countries.locator("input").click()
        page.get_by_role("option", name="Chad (1)").wait_for(timeout=10_000)
        page.get_by_role("option", name="Sudan (10)").wait_for(timeout=10_000)
        page.keyboard.press("Escape")

        # undo: back in Sudan, in the store and in the form
        page.goto(dashboard_url + "/review", wait_until="domcontentloaded")
        undo = page.get_by_role("button", name="Undo the last decision (edited)")
        undo.wait_for(timeout=60_000)
        _wait_idle(page)
        undo.click()
        page.get_by_text("edited undone").wait_for(timeout=30_000)
        row = read_layer(synthetic_store).set_index("event_id").loc["d1-0"]
        assert row["country"] == "Sudan" and (row["latitude"], row["longitude"]) == (15.64, 32.48)
        _wait_idle(page)
        assert page.get_by_label("Country").first.input_value() == "Sudan"

        # reject, then bring it back from the page
        page.get_by_role("button", name="Reject").click()
        page.get_by_text("rejected.").first.wait_for(timeout=30_000)
        assert "d1-0" not in set(read_layer(synthetic_store)["event_id"])
        _wait_idle(page)
        page.get_by_text("Rejected incidents of this report (1)").click()
        page.get_by_role("button", name="Bring back").click()
        page.get_by_text("d1\\-0: brought back.").or_(page.get_by_text("d1-0: brought back.")).wait_for(timeout=30_000)
        assert "d1-0" in set(read_layer(synthetic_store)["event_id"])
        s.check()
    finally:
        s.context.close()


def review_gazetteer():
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


def test_a_bad_link_says_what_it_could_not_apply(session):
    page = session.page
    session.open("?actor=Talibans&country=Narnia&minfat=abc")
    warnings = page.get_by_test_id("stAlert").filter(has_text="Not applied from the link")
    warnings.first.wait_for(timeout=30_000)
    text = " | ".join(warnings.all_inner_texts())
    for value in ("'Talibans'", "'Narnia'", "'abc'"):
        assert value in text
    _wait_for_kpi(page, "Incidents", "11")
    # the link is not rewritten to "everything"
    assert "actor=Talibans" in page.url and "country=Narnia" in page.url and "minfat=abc" in page.url


def test_a_typed_alias_filters(session):
    page = session.page
    session.open()
    _wait_for_total(page, 10)
    box = session.sidebar.get_by_test_id("stMultiSelect").filter(has_text="Actors")
    box.locator("input").click()
    page.keyboard.type("Sudanese army")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    _wait_for_kpi(page, "Incidents", "6")  # every incident of the Sudanese Armed Forces
    page.wait_for_url("**actor=Sudanese+army*", timeout=10_000)


def test_the_basemap_shows_admin1_lines_and_town_labels_at_zoom_7(session):
    page = session.page
    session.open()
    _wait_for_total(page, 10)
    frame = _map_frame(page)
    frame.wait_for_function("window.geoBasemapDetails && window.geoBasemapDetails.ready", timeout=30_000)
    admin1_pixels = """() => {
        let n = 0;
        document.querySelectorAll(".leaflet-basemap-pane canvas").forEach(c => {
            const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
            for (let k = 0; k < d.length; k += 4)  // the admin-1 colour, #a8a29a, give or take
                if (Math.abs(d[k] - 168) < 12 && Math.abs(d[k + 1] - 162) < 12 && Math.abs(d[k + 2] - 154) < 12) n++;
        });
        return n;
    }"""
    _set_view(page, 13.0, 30.0, 3)
    page.wait_for_timeout(800)
    assert frame.evaluate("window.geoBasemapDetails.admin1Shown") is False
    _set_view(page, 14.5, 32.5, 7)
    page.wait_for_timeout(800)
    state = frame.evaluate("window.geoBasemapDetails")
    assert state["admin1Shown"] and state["labels"] > 5
    assert frame.evaluate(admin1_pixels) > 500  # dashed state lines were painted
    labels = frame.locator(".town-label").all_inner_texts()
    assert "Khartoum" in labels and "Kassala" in labels
    # the legend folds away and back
    frame.locator(".legend-toggle").click()
    assert not frame.locator(".legend-body").is_visible()
    frame.locator(".legend-toggle").click()
    assert frame.locator(".legend-body").is_visible()


def test_time_playback_steps_through_the_days(browser, tmp_path):
    """A standalone map: the playback control shows a window of days at a time."""
    from geo.store.schema import incidents_to_frame
    from geo.viz.map import build_incident_map

    from conftest import synthetic_incidents

    path = tmp_path / "map.html"
    build_incident_map(incidents_to_frame(synthetic_incidents())).save(str(path))
    context = browser.new_context(viewport={"width": 1000, "height": 700})
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(path.as_uri())
        page.locator("path.incident-marker").first.wait_for(timeout=30_000)
        count = lambda: page.evaluate(COUNT_MARKERS)["total"]  # noqa: E731
        label = page.locator(".incident-playback .playback-label")
        assert count() == 10 and label.inner_text() == "All dates"
        page.evaluate("() => window.geoIncidents.showWindow('2024-05-20', 7)")
        assert label.inner_text() == "2024-05-14 \u2013 2024-05-20"
        assert count() == 2  # Sennar and Atbara (the clash of the 20th has no place)
        page.locator(".incident-playback select").select_option("30")
        assert label.inner_text() == "2024-04-21 \u2013 2024-05-20" and count() == 6
        page.locator(".playback-toggle").click()  # play from the first days
        assert label.inner_text() == "2024-04-02 \u2013 2024-05-01"
        # the next step reaches the last day (the window ends there), and play stops
        page.wait_for_function("() => document.querySelector('.playback-label').textContent"
                               " === '2024-04-21 \u2013 2024-05-20'", timeout=10_000)
        page.wait_for_function("() => document.querySelector('.playback-toggle').textContent === '\u25b6'",
                               timeout=10_000)
        page.locator(".playback-all").click()
        assert label.inner_text() == "All dates" and count() == 10
        assert errors == []
    finally:
        context.close()


def test_text_that_looks_like_a_template_is_shown_as_written(browser, tmp_path):
    """A standalone map: the highlight label, the legend and a popup show a place called
    ``Camp {{ 7*7 }}`` (and a title ``Camp {{``) as those characters."""
    from geo.incidents import Incident
    from geo.store.schema import incidents_to_frame
    from geo.viz.map import build_incident_map

    frame = incidents_to_frame([
        Incident("2024-05-02", "Battles", "Armed clash", "{{ cycler.__init__.__globals__ }}",
                 location="Camp {{ 7*7 }}", country="Sudan", latitude=13.6, longitude=25.3,
                 evidence="Shelling near Camp {{ at dawn.", title="Camp {{", doc_id="tpl"),
    ])
    path = tmp_path / "camp.html"
    build_incident_map(frame, highlight=frame["event_id"].iloc[0]).save(str(path))
    context = browser.new_context(viewport={"width": 1000, "height": 700})
    try:
        blocked, errors = [], []
        context.route("**/*", only_local_requests(blocked))
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(path.as_uri())
        label = page.locator(".incident-highlight-label")
        label.wait_for(timeout=30_000)
        assert label.inner_text() == "Battles: Camp {{ 7*7 }} (2024-05-02)"
        assert "Event type" in page.locator(".incident-legend").inner_text()
        page.locator("path.incident-marker").first.wait_for(timeout=30_000)
        page.evaluate("() => { window.geoIncidents.open(0); }")
        popup = page.locator(".leaflet-popup-content .incident-popup")
        popup.wait_for(timeout=10_000)
        text = popup.inner_text()
        assert "{{ cycler.__init__.__globals__ }}" in text and "Camp {{ 7*7 }}, Sudan" in text
        assert "Shelling near Camp {{ at dawn." in text and "Camp {{" in text
        assert errors == [] and blocked == []
    finally:
        context.close()


def test_a_large_view_draws_squares_that_shrink_as_the_map_zooms_in(browser, tmp_path):
    """A view over the marker limit (geo.viz.large_view): the store's grid squares on a
    canvas, the level following the zoom, a tooltip of text, no script error."""
    from geo.store import open_store
    from geo.store.filters import Filters
    from geo.store.folder import batch_documents
    from geo.viz.large_view import cells_payload, map_view
    from geo.viz.map import build_incident_map

    many = crowded_incidents(seed=5, id_prefix="x", spread_deg=0.3)
    with open_store(tmp_path / "store") as store:
        store.append(many, batch_documents(many, None))
        view = map_view(store, Filters(), ["event_id", "latitude", "longitude"], max_markers=100)
    assert view.aggregated and view.located == int(many["latitude"].notna().sum())
    path = tmp_path / "map.html"
    build_incident_map(view.markers, cells=cells_payload(view), extent=view.extent).save(str(path))
    context = browser.new_context(viewport={"width": 1000, "height": 700})
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(path.as_uri())
        page.locator(".incident-cells-drawn").wait_for(timeout=30_000)
        drawn = page.evaluate("""() => {
            const c = window.geoCells, L0 = c.data.levels[c.level()];
            return {level: c.level(), layers: c.layer.getLayers().length, squares: L0.n.length,
                    total: L0.n.reduce((a, b) => a + b, 0)};
        }""")
        assert drawn["layers"] == drawn["squares"] > 0 and drawn["total"] == view.located
        assert page.locator("path.incident-marker").count() == 0  # no markers: squares only
        page.evaluate("""() => { const name = Object.keys(window).find(k => /^map_[0-9a-f]+$/.test(k));
                                 window[name].setZoom(8, {animate: false}); }""")
        finer = page.evaluate("() => window.geoCells.level()")
        assert finer > drawn["level"]
        assert page.evaluate("() => window.geoCells.layer.getLayers().length") >= drawn["squares"]
        assert errors == []
    finally:
        context.close()


def test_a_merged_event_and_an_imported_incident_in_their_popups(browser, tmp_path):
    """A standalone map: an event of two reports says so and lists each source (a link
    only for the one that is an http(s) URL); an ACLED incident is outlined apart and
    its popup names the dataset."""
    from geo.incidents import Incident
    from geo.store.schema import incidents_to_frame
    from geo.viz.map import build_incident_map

    frame = incidents_to_frame([
        Incident("2024-05-02", "Battles", "Armed clash", "Rapid Support Forces", country="Sudan",
                 location="Rabak", latitude=13.18, longitude=32.74, evidence="First tells of a clash.",
                 title="Made-up wire story", doc_id="m1", source="https://news.example.org/rabak"),
        Incident("2024-05-03", "Protests", "Peaceful protest", "Protesters (Sudan)", country="Sudan",
                 location="Kassala", latitude=15.45, longitude=36.40, evidence="", title="", doc_id="a1",
                 source="Imported row"),
    ])
    frame.loc[0, "source_count"] = 2
    frame.loc[0, "source"] = "https://news.example.org/rabak; radio <i>bulletin</i> javascript:alert(1)"
    frame.loc[0, "evidence"] = "First tells of a clash.\nSecond tells of the same clash."
    frame.loc[1, "dataset"] = "acled"
    path = tmp_path / "merged.html"
    build_incident_map(frame).save(str(path))
    context = browser.new_context(viewport={"width": 1000, "height": 700})
    try:
        blocked, errors, dialogs = [], [], []
        context.route("**/*", only_local_requests(blocked))
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(path.as_uri())
        page.locator("path.incident-marker").nth(1).wait_for(timeout=30_000)
        ours = page.locator("path.incident-reports")
        imported = page.locator("path.incident-acled")
        assert ours.count() == 1 and imported.count() == 1
        assert imported.get_attribute("stroke-dasharray") and not ours.get_attribute("stroke-dasharray")
        assert imported.get_attribute("fill") != ours.get_attribute("fill")  # event-type fill kept
        outlines = page.locator(".incident-legend .legend-datasets").inner_text()
        assert "Dataset (outline)" in outlines and "our reports" in outlines and "ACLED" in outlines

        page.evaluate("() => { window.geoIncidents.open(0); }")
        popup = page.locator(".leaflet-popup-content .incident-popup")
        popup.wait_for(timeout=10_000)
        text = popup.inner_text()
        assert "Reports: 2 reports" in text and "Dataset: our reports" in text
        sources = popup.locator(".incident-sources > div")
        assert [s.inner_text() for s in sources.all()] == [
            "https://news.example.org/rabak", "radio <i>bulletin</i> javascript:alert(1)"]
        links = popup.locator("a")
        assert links.count() == 1 and links.get_attribute("href") == "https://news.example.org/rabak"
        assert popup.locator("i").count() == 0
        assert "First tells of a clash.\nSecond tells of the same clash." in text

        page.wait_for_timeout(300)
        page.evaluate("() => { window.geoIncidents.open(1); }")
        page.wait_for_timeout(300)
        text = page.locator(".leaflet-popup-content .incident-popup").inner_text()
        assert "Dataset: ACLED" in text and "Reports:" not in text
        assert errors == [] and blocked == [] and dialogs == []
    finally:
        context.close()


def test_zooming_into_squares_shows_the_incidents_in_the_map_bounds(browser, tmp_path):
    """A view over the marker limit (GEO_MAX_MARKERS, small here) is drawn as squares;
    zoomed in until the map's bounds hold few enough, the dashboard sends those
    incidents as markers (the store queried with the bounds), drawn into the mounted
    map, the squares hidden; zoomed out again, the squares come back."""
    from conftest import running_dashboard
    from geo.store import open_store
    from geo.store.filters import bbox_mask
    from geo.store.folder import batch_documents

    many = crowded_incidents(seed=11, id_prefix="z", spread_deg=0.2)
    store = tmp_path / "store"
    with open_store(store) as s:
        s.append(many, batch_documents(many, None))
    located = many[many["latitude"].notna()]
    target = located.iloc[0]
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    blocked: list[str] = []
    errors: list[str] = []
    context.route("**/*", only_local_requests(blocked))
    try:
        with running_dashboard(store, tmp_path / "no-seeds", tmp_path / "streamlit.log",
                               {"GEO_MAX_MARKERS": "100"}) as url:
            page = context.new_page()
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(url, wait_until="domcontentloaded")
            frame_locator = page.frame_locator(MAP_IFRAME).last
            frame_locator.locator(".incident-cells-drawn").wait_for(timeout=60_000)
            page.get_by_text("too many to draw one by one").wait_for(timeout=30_000)
            page.get_by_text("Export this view").wait_for(timeout=60_000)  # the whole page
            frame = _map_frame(page)
            assert frame.locator("path.incident-marker, .marker-cluster").count() == 0  # squares only

            frame.evaluate(f"() => {{ window.map.setView([{target['latitude']}, {target['longitude']}], 9, {{animate: false}}); }}")
            frame_locator.locator("path.incident-marker, .marker-cluster").first.wait_for(timeout=60_000)
            page.get_by_text("in the map's bounds are drawn one by one").wait_for(timeout=30_000)
            frame = _map_frame(page)
            b = frame.evaluate("() => { const b = window.map.getBounds(); "
                               "return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; }")
            inside = int(bbox_mask(located["latitude"], located["longitude"], tuple(b)).sum())
            assert 0 < inside <= 100
            shown = _wait_for_total(page, inside)
            assert shown["total"] == inside
            assert not frame.evaluate("() => window.map.hasLayer(window.geoCells.layer)")  # squares aside

            frame.evaluate("() => { window.map.setZoom(3, {animate: false}); }")
            page.get_by_text("too many to draw one by one").wait_for(timeout=60_000)
            frame = _map_frame(page)
            deadline = time.monotonic() + 30
            while frame.evaluate("() => !window.map.hasLayer(window.geoCells.layer)") and time.monotonic() < deadline:
                time.sleep(0.2)
            assert frame.evaluate("() => window.map.hasLayer(window.geoCells.layer)")
            assert frame.locator("path.incident-marker, .marker-cluster").count() == 0
        assert errors == [] and blocked == []
    finally:
        context.close()
