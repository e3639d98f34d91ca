"""One-page briefs of a view: standalone offline HTML, printed to PNG or PDF by Chromium.

    python -m geo report --from 2021-06-01 --to 2021-06-30 --actor "Ansar Allah" --out brief.pdf

The page (:func:`report_html`) is the Jinja2 template ``geo/viz/templates/report.html``,
rendered with autoescaping on: a title, what the filters keep, the key figures, the map
(:mod:`geo.viz.map`, drawn by Leaflet from inlined assets), two timelines (SVG, from
``templates/timeline.svg``), the deadliest incidents with their evidence, and the
reports they come from. Report text is only ever a value given to a template, never part
of one. Everything is inlined, so the HTML opens, and prints, with no network.

:func:`render` loads it in headless Chromium through Playwright (Debian's
``/usr/bin/chromium``; no browser download) with every request that is not local
aborted, waits until the map is drawn, and takes a PNG screenshot (``REPORT_SIZE``
pixels: A4 at 150 dpi) or prints an A4 PDF.

Public API: :func:`report_html`, :func:`build_report`, :func:`render`,
:func:`timeline_svg`, :func:`default_title`, :data:`REPORT_SIZE`, :data:`FORMATS`.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import functools
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from geo.viz.browser import CHROMIUM, CHROMIUM_ARGS, only_local_requests

if TYPE_CHECKING:  # pandas and the map stack load only when a report is made, so
    import pandas as pd  # `python -m geo` (which registers the subcommand) stays quick

    from geo.store.filters import Filters

REPORT_SIZE = (1240, 1754)  # CSS px; A4 at 150 dpi
MAP_HEIGHT = 640
CONTENT_WIDTH = REPORT_SIZE[0] - 2 * 40
TOP_INCIDENTS = 8
MAX_SOURCES = 10
# Above this many incidents the printed map clusters them (a canvas of 100k dots is
# slow to draw and says less than counts do).
MAX_UNCLUSTERED = 3_000
FORMATS = ("png", "pdf", "html")


@functools.lru_cache(maxsize=1)
def _templates():
    import jinja2  # noqa: PLC0415

    return jinja2.Environment(
        loader=jinja2.PackageLoader("geo.viz", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _text(value) -> str:
    """A cell as text: "" for missing values, dates as YYYY-MM-DD."""
    import pandas as pd  # noqa: PLC0415

    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, pd.Timestamp):
        return "" if pd.isna(value) else value.strftime("%Y-%m-%d")
    return str(value)


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


# --------------------------------------------------------------------------- timeline


def timeline_svg(layer: pd.DataFrame, measure: str = "incidents", width: int = 560, height: int = 190,
                 freq: str | None = None) -> str:
    """Stacked bars of ``measure`` (``incidents`` or ``fatalities``) per day or week and
    event type, as an inline SVG (no script, no fonts to fetch)."""
    from markupsafe import Markup  # noqa: PLC0415

    from geo.store import views as store_views
    from geo.viz.colors import event_color  # noqa: PLC0415

    freq = freq or store_views.choose_frequency(layer)
    data = store_views.timeline(layer, freq)
    left, right, top, bottom = 38, 8, 22, 24
    plot_w, plot_h = width - left - right, height - top - bottom
    values = {
        "width": width, "height": height, "left": left, "right": left + plot_w, "bottom": top + plot_h,
        "middle": top + plot_h / 2, "title": f"{measure.capitalize()} per {'day' if freq == 'D' else 'week'}",
        "grid": [], "bars": [], "ticks": [],
    }
    if not data.empty:
        table = data.pivot_table(index="period", columns="event_type", values=measure, aggfunc="sum", fill_value=0)
        types = [t for t in dict.fromkeys(data["event_type"]) if t in table.columns]
        top_value = max(1, int(table[types].sum(axis=1).max()))
        n = len(table)
        step = plot_w / n
        bar = max(1.0, step * 0.8)
        for frac in (0.5, 1.0):
            y = top + plot_h * (1 - frac)
            values["grid"].append({"y": f"{y:.1f}", "label_y": f"{y + 4:.1f}", "label": f"{top_value * frac:g}"})
        for i, (_, row) in enumerate(table.iterrows()):
            x = left + i * step + (step - bar) / 2
            y = top + plot_h
            for t in types:
                if not row[t]:
                    continue
                h = plot_h * row[t] / top_value
                y -= h
                values["bars"].append({"x": f"{x:.2f}", "y": f"{y:.2f}", "w": f"{bar:.2f}", "h": f"{h:.2f}",
                                       "color": event_color(t)})
        for i in range(0, n, max(1, n // 6)):
            x = left + i * step + step / 2
            anchor = "end" if x > width - 40 else "start" if x < left + 25 else "middle"
            label = table.index[i].strftime("%d %b %Y" if i == 0 else "%d %b")
            values["ticks"].append({"x": f"{x:.1f}", "anchor": anchor, "label": label})
    return Markup(_templates().get_template("timeline.svg").render(values).strip())


# --------------------------------------------------------------------------- page


def default_title(filters: Filters, layer: pd.DataFrame | None = None) -> str:
    what = ", ".join(filters.actors) if filters.actors else ", ".join(filters.countries) or "Conflict incidents"
    lo, hi = filters.date_range(layer)
    if lo or hi:
        what += f": {lo.isoformat() if lo else '…'} to {hi.isoformat() if hi else '…'}"
    return what


def _map_parts(shown: pd.DataFrame, filters: Filters) -> dict:
    """The folium map's header, body and script, as markup for the template."""
    from markupsafe import Markup  # noqa: PLC0415

    from geo.viz.map import build_incident_map  # noqa: PLC0415

    m = build_incident_map(shown, height=MAP_HEIGHT, heatmap=filters.heatmap,
                           cluster=len(shown) > MAX_UNCLUSTERED, playback=False)
    m.render()  # fills the figure's header, body and script
    figure = m.get_root()
    return {part: Markup(getattr(figure, part).render()) for part in ("header", "html", "script")}


def _top_rows(shown: pd.DataFrame) -> list[dict]:
    from geo.store import views as store_views
    from geo.viz.colors import event_color  # noqa: PLC0415

    rows = []
    for _, r in store_views.top_incidents(shown, TOP_INCIDENTS).iterrows():
        rows.append({
            "date": _text(r.get("event_date")),
            "type": _text(r.get("event_type")),
            "color": event_color(_text(r.get("event_type"))),
            "sub_type": _text(r.get("sub_event_type")),
            "actor1": _text(r.get("actor1")),
            "actor2": _text(r.get("actor2")),
            "place": ", ".join(_text(r.get(c)) for c in ("location", "admin1", "country") if _text(r.get(c))),
            "fatalities": int(r.get("fatalities") or 0),
            "evidence": _short(r.get("evidence"), 190),
        })
    return rows


def _source_rows(shown: pd.DataFrame) -> tuple[list[dict], int]:
    from geo.store import views as store_views
    from geo.viz.payload import safe_url  # noqa: PLC0415

    src = store_views.sources(shown)
    rows = []
    for _, s in src.head(MAX_SOURCES).iterrows():
        url = safe_url(s["source"])
        rows.append({"name": _short(s["title"] or s["source"] or s["doc_id"], 90), "url": url,
                     "url_shown": _short(url, 60), "incidents": int(s["incidents"])})
    return rows, max(0, len(src) - MAX_SOURCES)


def report_html(
    shown: pd.DataFrame,
    filters: Filters,
    *,
    full_layer: pd.DataFrame | None = None,
    title: str | None = None,
    source_label: str = "",
    generated: dt.datetime | None = None,
) -> str:
    """The report page for ``shown`` (the incidents of ``filters``), as one standalone,
    offline HTML document. ``full_layer``: the whole store, to resolve a preset period
    ("last 30 days") into dates."""
    from geo.store import views as store_views
    from geo.viz.colors import EVENT_COLORS  # noqa: PLC0415

    reference = full_layer if full_layer is not None else shown
    k = store_views.kpis(shown)
    freq = store_views.choose_frequency(shown)
    half = CONTENT_WIDTH // 2 - 10
    sources, more_sources = _source_rows(shown)
    return _templates().get_template("report.html").render(
        title=title or default_title(filters, reference),
        generated=f"{generated or dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M}",
        source_label=source_label,
        width=REPORT_SIZE[0], height=REPORT_SIZE[1], content_width=CONTENT_WIDTH,
        filters=filters.summary(reference),
        kpis=[("incidents", k["incidents"]), ("fatalities", k["fatalities"]),
              ("reports", k["documents"]), ("on the map", k["located"])],
        map=_map_parts(shown, filters),
        timelines=[timeline_svg(shown, "incidents", half, 190, freq),
                   timeline_svg(shown, "fatalities", half, 190, freq)],
        top=_top_rows(shown),
        sources=sources,
        more_sources=more_sources,
        legend=list(EVENT_COLORS.items()),
    )


# --------------------------------------------------------------------------- rendering


def _render_sync(page_html: str, fmt: str, executable: str) -> tuple[bytes, list[str]]:
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    blocked: list[str] = []
    width, height = REPORT_SIZE
    with tempfile.TemporaryDirectory(prefix="geo-report-") as tmp:
        path = Path(tmp) / "report.html"
        path.write_text(page_html, encoding="utf-8")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            try:
                context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1)
                context.route("**/*", only_local_requests(blocked))
                page = context.new_page()
                page.goto(path.as_uri(), wait_until="load", timeout=120_000)
                # loaded, and the incidents drawn (a big payload is inflated asynchronously)
                page.wait_for_function(
                    "() => window.__reportReady === true && window.geoIncidentsReady !== false"
                    " && window.geoBasemapReady !== false",
                    timeout=60_000,
                )
                page.wait_for_timeout(150)  # the last canvas paint
                if fmt == "png":
                    data = page.screenshot(type="png", full_page=False)
                else:
                    page.emulate_media(media="screen")  # print the page as it looks
                    scale = round(min(794 / width, 1123 / height), 4) - 0.002  # A4 in CSS px
                    data = page.pdf(
                        format="A4",
                        print_background=True,
                        scale=scale,
                        margin={"top": "0", "right": "0", "bottom": "0", "left": "0"},
                        page_ranges="1",
                    )
            finally:
                browser.close()
    return data, blocked


def render(page_html: str, fmt: str, executable: str = CHROMIUM) -> tuple[bytes, list[str]]:
    """PNG (``REPORT_SIZE`` pixels) or one-page A4 PDF of a report page, and the URLs of
    any request that was refused (nothing leaves the machine).

    Playwright's sync API cannot run on a thread with a running asyncio loop (as in a
    notebook); there, it runs on a worker thread."""
    if fmt not in ("png", "pdf"):
        raise ValueError(f"report format must be png or pdf, not {fmt!r}")
    if not Path(executable).exists():
        raise FileNotFoundError(f"no Chromium at {executable} (Debian: apt-get install chromium)")
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _render_sync(page_html, fmt, executable)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(_render_sync, page_html, fmt, executable).result()


def build_report(
    shown: pd.DataFrame,
    filters: Filters,
    fmt: str,
    *,
    full_layer: pd.DataFrame | None = None,
    title: str | None = None,
    source_label: str = "",
) -> bytes:
    """The report of a view as ``png``, ``pdf`` or ``html`` bytes. Raises if rendering
    needed anything from outside the machine."""
    page = report_html(shown, filters, full_layer=full_layer, title=title, source_label=source_label)
    if fmt == "html":
        return page.encode("utf-8")
    data, blocked = render(page, fmt)
    if blocked:
        raise RuntimeError(f"the report asked for {len(blocked)} remote resource(s): {blocked[:3]}")
    return data
