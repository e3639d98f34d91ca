"""geo.viz.report: the one-page brief, its offline page, and its PNG/PDF through Chromium."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest

from geo.store import filters as store_filters
from geo.viz import report
from geo.cli import main as cli_main
from geo.incidents import Incident
from geo.store.schema import empty_layer, incidents_to_frame
from geo.store.formats import write_layer
from geo.store.filters import Filters

from conftest import synthetic_incidents

CHROMIUM_PRESENT = Path(report.CHROMIUM).exists()


@pytest.fixture(scope="module")
def layer():
    return incidents_to_frame(synthetic_incidents())


@pytest.fixture(scope="module")
def rsf_page(layer):
    f = Filters(actors=["Rapid Support Forces"], date_from="2024-04-01", date_to="2024-05-31")
    return report.report_html(store_filters.apply_filters(layer, f), f, full_layer=layer, source_label="test store")


def _loads_nothing_remote(page: str) -> None:
    srcs = re.findall(r"<(?:script|img|iframe)[^>]*\bsrc=\"([^\"]+)\"", page)
    hrefs = re.findall(r"<link[^>]*\bhref=\"([^\"]+)\"", page)
    assert srcs and hrefs
    assert all(u.startswith("data:") for u in srcs + hrefs)
    assert "@import" not in page and "url(http" not in page


def test_page_has_every_part(rsf_page):
    page = rsf_page
    assert "<h1>Rapid Support Forces: 2024-04-01 to 2024-05-31</h1>" in page
    assert "<b>Actors:</b> Rapid Support Forces" in page and "<b>Dates:</b> 2024-04-01 to 2024-05-31" in page
    assert '<div class="v">6</div><div class="l">incidents</div>' in page
    assert '<div class="v">72</div><div class="l">fatalities</div>' in page
    assert page.count("GeoViz.incidentLayer(") == 1  # the map and its incidents
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg"') == 2  # incidents, fatalities
    assert "Deadliest incidents" in page and "Synthetic report of violence against civilians in El Fasher." in page
    assert page.index("El Fasher, Sudan") < page.index("Wad Madani, Sudan")  # 30 before 21 dead
    assert "Synthetic report d3" in page  # sources
    assert "test store" in page
    assert "window.__reportReady = true" in page
    assert '"playback":false' in page  # no controls on paper
    _loads_nothing_remote(page)
    # the head comes before the map, the rest after it
    assert page.index("<h1>") < page.index('class="folium-map"') < page.index("Deadliest incidents")


def test_report_text_is_escaped(layer):
    evil = Incident(
        "2024-05-01", "Battles", "<b>Armed clash</b>", '<img src=x onerror=alert(1)>', location="{{ 7*7 }}",
        country="Sudan", latitude=13.6, longitude=25.3, fatalities=5,
        evidence='</script><script>alert("pwned")</script>{% raw %}', doc_id="evil",
        title="<i>Title</i>", source="javascript:alert(2)",
    )
    frame = incidents_to_frame([evil, *synthetic_incidents()])
    page = report.report_html(frame, Filters(text="{{x}}"), title="<b>Brief</b>")
    assert "<img src=x" not in page and "<i>Title</i>" not in page and "<b>Brief</b>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;/script&gt;&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in page
    assert "{{ 7*7 }}" in page  # text, not a template
    assert 'href="javascript:' not in page
    https = incidents_to_frame([Incident("2024-05-01", "Battles", "Armed clash", "A", doc_id="w",
                                         source="https://news.example/a?b=1&c=<2>", title="Story")])
    linked = report.report_html(https, Filters())
    assert '<a href="https://news.example/a?b=1&amp;c=&lt;2&gt;">Story</a>' in linked


def test_timeline_svg(layer):
    svg = report.timeline_svg(layer, "incidents", 560, 190, "D")
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert svg.count("<rect") == 11  # one bar segment per incident here (no two on a day share a type)
    assert "Incidents per day" in svg
    weekly = report.timeline_svg(layer, "fatalities", freq="W")
    assert "Fatalities per week" in weekly
    assert "No dated incident" in report.timeline_svg(empty_layer())


def test_empty_view_still_makes_a_page():
    page = report.report_html(empty_layer(), Filters(actors=["Nobody"]))
    assert "No incident in this view." in page and "<h1>Nobody</h1>" in page


def test_default_title():
    assert report.default_title(Filters()) == "Conflict incidents"
    assert report.default_title(Filters(countries=["Sudan"], date_from="2024-01-01")) == "Sudan: 2024-01-01 to …"


def test_cli_writes_the_html_page_without_a_browser(tmp_path, layer):
    store = tmp_path / "s.parquet"
    write_layer(layer, store)
    out = tmp_path / "brief.html"
    assert cli_main(["report", "--store", str(store), "--actor", "Protesters (Sudan)", "--out", str(out)]) == 0
    page = out.read_text("utf-8")
    assert '<div class="v">3</div><div class="l">incidents</div>' in page
    assert cli_main(["report", "--store", str(store), "--out", str(tmp_path / "brief.docx")]) == 2
    assert cli_main(["report", "--store", str(tmp_path / "none.parquet"), "--out", str(out)]) == 2
    assert cli_main(["report", "--store", str(store), "--from", "June", "--out", str(out)]) == 2


def test_cli_a_filter_that_matches_nothing_fails_and_suggests(tmp_path, layer, capsys):
    store = tmp_path / "s.parquet"
    write_layer(layer, store)
    out = tmp_path / "brief.html"
    assert cli_main(["report", "--store", str(store), "--actor", "Rapid Suport Forces", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "--actor 'Rapid Suport Forces' matches nothing" in err and "'Rapid Support Forces'" in err
    assert not out.exists()
    assert cli_main(["report", "--store", str(store), "--country", "Narnia", "--out", str(out)]) == 1
    # a name as the analyst types it: part of the name, any case
    assert cli_main(["report", "--store", str(store), "--actor", "rapid support", "--out", str(out)]) == 0
    assert '<div class="v">6</div><div class="l">incidents</div>' in out.read_text("utf-8")


# --------------------------------------------------------------------- through Chromium


def assert_png_report(data: bytes) -> None:
    """A PNG of the report's size that is not blank: a map, colours, text."""
    from PIL import Image, ImageStat

    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    assert image.size == report.REPORT_SIZE
    rgb = image.convert("RGB")
    colours = rgb.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 200, "too few colours: blank?"
    white = max(count for count, colour in colours if colour == (255, 255, 255)) if any(
        c == (255, 255, 255) for _, c in colours) else 0
    assert white < 0.85 * image.size[0] * image.size[1]
    # the map area is not white: the basemap's land and sea were painted
    left, top = 60, 400
    mapped = rgb.crop((left, top, left + 1000, top + 500))
    assert max(ImageStat.Stat(mapped).stddev) > 5
    assert sum(ImageStat.Stat(mapped).mean) / 3 < 250


def assert_pdf_report(data: bytes) -> None:
    assert data.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 1
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert box and abs(float(box.group(1)) - 595.9) < 2 and abs(float(box.group(2)) - 842.9) < 2  # A4
    assert len(data) > 20_000


@pytest.mark.browser
def test_png_and_pdf_through_chromium(layer, rsf_page):
    assert CHROMIUM_PRESENT, f"no {report.CHROMIUM}: deselect with -m 'not browser'"
    png, blocked = report.render(rsf_page, "png")
    assert blocked == []
    assert_png_report(png)
    pdf, blocked = report.render(rsf_page, "pdf")
    assert blocked == []
    assert_pdf_report(pdf)


@pytest.mark.browser
def test_cli_report(tmp_path, layer):
    store = tmp_path / "s.parquet"
    write_layer(layer, store)
    out = tmp_path / "brief.png"
    code = cli_main(["report", "--store", str(store), "--from", "2024-04-01", "--to", "2024-04-30",
                     "--actor", "Rapid Support Forces", "--out", str(out)])
    assert code == 0
    assert_png_report(out.read_bytes())


def test_render_refuses_other_formats(rsf_page):
    with pytest.raises(ValueError):
        report.render(rsf_page, "svg")


def test_report_text_is_never_a_template():
    """Places, actors and titles that look like Jinja are printed as they are."""
    tricky = Incident(
        "2024-05-02", "Battles", "Armed clash", "{{ cycler.__init__.__globals__ }}", location="Camp {{ 7*7 }}",
        country="Sudan", latitude=13.6, longitude=25.3, fatalities=50, evidence="Shelling hit Camp {{ overnight.",
        doc_id="tpl", title="Camp {{", source="https://news.example/camp",
    )
    frame = incidents_to_frame([tricky, *synthetic_incidents()])
    page = report.report_html(frame, Filters(actors=["{{ 7*7 }}"]), title="Brief {% raw %}")
    assert "<h1>Brief {% raw %}</h1>" in page and "<b>Actors:</b> {{ 7*7 }}" in page
    assert "<td>Camp {{ 7*7 }}, Sudan</td>" in page  # the deadliest incident, first row
    assert "<td>{{ cycler.__init__.__globals__ }}</td>" in page
    assert "&ldquo;Shelling hit Camp {{ overnight.&rdquo;" in page
    assert '<a href="https://news.example/camp">Camp {{</a>' in page
    assert "Camp 49" not in page and "<function" not in page
