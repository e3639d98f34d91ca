"""One-page briefs of a view: standalone offline HTML, printed to PNG or PDF by Chromium.

    python -m geo report --from 2021-06-01 --to 2021-06-30 --actor "Ansar Allah" --out brief.pdf

The page (:func:`report_html`) has a title, what the filters keep, the key figures, the
map (``geo.map``, drawn by Leaflet from inlined assets), the timeline (an SVG drawn
here), the deadliest incidents with their evidence, and the reports they come from.
Everything is inlined, so the HTML opens, and prints, with no network.

:func:`render` loads it in headless Chromium through Playwright (Debian's
``/usr/bin/chromium``; no browser download) with every request that is not local
aborted, waits until the map is drawn, and takes a PNG screenshot (``REPORT_SIZE``
pixels: A4 at 150 dpi) or prints an A4 PDF. Article text is escaped everywhere.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import datetime as dt
import html
import sys
import tempfile
from pathlib import Path

from typing import TYPE_CHECKING

from geo.browser import CHROMIUM, CHROMIUM_ARGS, only_local_requests

if TYPE_CHECKING:  # pandas and the map stack load only when a report is made, so
    import pandas as pd  # `python -m geo` (which registers the subcommand) stays quick

    from geo.views import Filters

REPORT_SIZE = (1240, 1754)  # CSS px; A4 at 150 dpi
MAP_HEIGHT = 640
CONTENT_WIDTH = REPORT_SIZE[0] - 2 * 40
TOP_INCIDENTS = 8
MAX_SOURCES = 10
# Above this many incidents the printed map clusters them (a canvas of 100k dots is
# slow to draw and says less than counts do).
MAX_UNCLUSTERED = 3_000
FORMATS = ("png", "pdf", "html")


def _e(value) -> str:
    """Escaped text for HTML (quotes too: it also goes into attributes)."""
    import pandas as pd  # noqa: PLC0415

    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, pd.Timestamp):
        return "" if pd.isna(value) else value.strftime("%Y-%m-%d")
    return html.escape(str(value), quote=True)


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


# --------------------------------------------------------------------------- timeline


def timeline_svg(layer: pd.DataFrame, measure: str = "incidents", width: int = 560, height: int = 190,
                 freq: str | None = None) -> str:
    """Stacked bars of ``measure`` (``incidents`` or ``fatalities``) per day or week and
    event type, as an inline SVG (no script, no fonts to fetch)."""
    from geo import views  # noqa: PLC0415
    from geo.map import event_color  # noqa: PLC0415

    freq = freq or views.choose_frequency(layer)
    data = views.timeline(layer, freq)
    title = f"{measure.capitalize()} per {'day' if freq == 'D' else 'week'}"
    left, right, top, bottom = 38, 8, 22, 24
    plot_w, plot_h = width - left - right, height - top - bottom
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" class="timeline" font-family="sans-serif" font-size="11">',
        f'<text x="0" y="13" font-weight="bold" font-size="13">{_e(title)}</text>',
    ]
    if data.empty:
        parts.append(f'<text x="{left}" y="{top + plot_h / 2}" fill="#666">No dated incident in this view.</text></svg>')
        return "".join(parts)
    table = data.pivot_table(index="period", columns="event_type", values=measure, aggfunc="sum", fill_value=0)
    types = [t for t in dict.fromkeys(data["event_type"]) if t in table.columns]
    totals = table[types].sum(axis=1)
    top_value = max(1, int(totals.max()))
    n = len(table)
    step = plot_w / n
    bar = max(1.0, step * 0.8)
    parts.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#999"/>')
    for frac in (0.5, 1.0):
        y = top + plot_h * (1 - frac)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#e3e3e3"/>')
        parts.append(f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" fill="#555">{top_value * frac:g}</text>')
    for i, (period, row) in enumerate(table.iterrows()):
        x = left + i * step + (step - bar) / 2
        y = top + plot_h
        for t in types:
            v = row[t]
            if not v:
                continue
            h = plot_h * v / top_value
            y -= h
            parts.append(f'<rect x="{x:.2f}" y="{y:.2f}" width="{bar:.2f}" height="{h:.2f}" fill="{event_color(t)}"/>')
    ticks = max(1, n // 6)
    for i in range(0, n, ticks):
        x = left + i * step + step / 2
        label = table.index[i].strftime("%d %b %Y" if i == 0 else "%d %b")
        anchor = "end" if x > width - 40 else "start" if x < left + 25 else "middle"
        parts.append(f'<text x="{x:.1f}" y="{height - 6}" text-anchor="{anchor}" fill="#555">{_e(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


# --------------------------------------------------------------------------- page

_CSS = f"""
@page {{ size: A4; margin: 0; }}
html, body {{ margin: 0; padding: 0; background: #fff; }}
body {{ width: {REPORT_SIZE[0]}px; height: {REPORT_SIZE[1]}px; overflow: hidden;
       font: 14px/1.4 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #222; }}
.report-head, .report-body {{ padding: 0 40px; }}
.report-head {{ padding-top: 30px; }}
h1 {{ font-size: 26px; margin: 0 0 2px 0; }}
h2 {{ font-size: 15px; margin: 14px 0 6px 0; text-transform: uppercase; letter-spacing: .04em; color: #444; }}
.meta {{ color: #666; font-size: 12px; }}
.filters {{ display: grid; grid-template-columns: repeat(3, 1fr); gap: 2px 18px; margin-top: 10px;
           font-size: 12px; }}
.filters div {{ white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }}
.filters b {{ color: #555; font-weight: 600; }}
.kpis {{ display: flex; gap: 14px; margin: 12px 0 12px 0; }}
.kpi {{ flex: 1; border: 1px solid #ddd; border-radius: 6px; padding: 6px 10px; }}
.kpi .v {{ font-size: 24px; font-weight: bold; }}
.kpi .l {{ font-size: 12px; color: #666; }}
.folium-map {{ width: {CONTENT_WIDTH}px !important; margin: 0 40px; border: 1px solid #ccc;
              box-sizing: border-box; }}
.leaflet-control-zoom {{ display: none; }}
.timelines {{ display: flex; justify-content: space-between; margin-top: 4px; }}
table.top {{ width: 100%; border-collapse: collapse; font-size: 11.5px; table-layout: fixed; }}
table.top th {{ text-align: left; border-bottom: 2px solid #999; padding: 3px 4px; }}
table.top td {{ border-bottom: 1px solid #e2e2e2; padding: 3px 4px; vertical-align: top;
               overflow: hidden; }}
table.top td.ev {{ color: #444; font-style: italic; }}
.swatch {{ display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-right: 4px; }}
ol.sources {{ margin: 0; padding-left: 20px; font-size: 11.5px; columns: 2; column-gap: 28px; }}
ol.sources li {{ white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }}
ol.sources a {{ color: #1f5fa8; text-decoration: none; }}
.foot {{ position: absolute; bottom: 14px; left: 40px; right: 40px; font-size: 11px; color: #888;
        display: flex; justify-content: space-between; }}
"""


def default_title(filters: Filters, layer: pd.DataFrame | None = None) -> str:
    what = ", ".join(filters.actors) if filters.actors else ", ".join(filters.countries) or "Conflict incidents"
    lo, hi = filters.date_range(layer)
    if lo or hi:
        what += f": {lo.isoformat() if lo else '…'} to {hi.isoformat() if hi else '…'}"
    return what


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
    from geo import views  # noqa: PLC0415
    from geo.map import EVENT_COLORS, _Raw, build_incident_map, event_color, safe_url  # noqa: PLC0415

    reference = full_layer if full_layer is not None else shown
    title = title or default_title(filters, reference)
    generated = generated or dt.datetime.now(dt.timezone.utc)
    k = views.kpis(shown)

    m = build_incident_map(
        shown,
        height=MAP_HEIGHT,
        heatmap=filters.heatmap,
        cluster=len(shown) > MAX_UNCLUSTERED,
        playback=False,
    )
    figure = m.get_root()
    figure.title = _e(title)

    filters_html = "".join(
        f"<div><b>{_e(label)}:</b> {_e(value)}</div>" for label, value in filters.summary(reference)
    )
    kpis_html = "".join(
        f'<div class="kpi"><div class="v">{value:,}</div><div class="l">{_e(label)}</div></div>'
        for label, value in (
            ("incidents", k["incidents"]),
            ("fatalities", k["fatalities"]),
            ("reports", k["documents"]),
            ("on the map", k["located"]),
        )
    )
    head = (
        f"<style>{_CSS}</style>"
        '<div class="report-head">'
        f"<h1>{_e(title)}</h1>"
        f'<div class="meta">Incident brief generated {generated:%Y-%m-%d %H:%M} UTC'
        f"{' from ' + _e(source_label) if source_label else ''}"
        " &middot; ACLED-style coding from news reports; verify against the sources.</div>"
        f'<div class="filters">{filters_html}</div>'
        f'<div class="kpis">{kpis_html}</div>'
        "</div>"
    )

    freq = views.choose_frequency(shown)
    half = CONTENT_WIDTH // 2 - 10
    timelines = (
        '<div class="timelines">'
        + timeline_svg(shown, "incidents", half, 190, freq)
        + timeline_svg(shown, "fatalities", half, 190, freq)
        + "</div>"
    )

    rows = []
    for _, r in views.top_incidents(shown, TOP_INCIDENTS).iterrows():
        actors = _e(r.get("actor1"))
        if r.get("actor2"):
            actors += " &ndash; " + _e(r.get("actor2"))
        place = ", ".join(_e(r.get(c)) for c in ("location", "admin1", "country") if r.get(c))
        rows.append(
            "<tr>"
            f"<td>{_e(r.get('event_date')) or 'undated'}</td>"
            f'<td><span class="swatch" style="background:{event_color(r.get("event_type", ""))}"></span>'
            f"{_e(r.get('event_type'))}<br><span style='color:#666'>{_e(r.get('sub_event_type'))}</span></td>"
            f"<td>{actors}</td><td>{place or 'unknown'}</td>"
            f"<td style='text-align:right'>{int(r.get('fatalities') or 0):,}</td>"
            f'<td class="ev">&ldquo;{_e(_short(r.get("evidence"), 190))}&rdquo;</td>'
            "</tr>"
        )
    top = (
        '<table class="top"><colgroup><col style="width:82px"><col style="width:160px">'
        '<col style="width:210px"><col style="width:150px"><col style="width:62px"><col></colgroup>'
        "<tr><th>Date</th><th>Type</th><th>Actors</th><th>Location</th><th>Killed</th><th>Evidence</th></tr>"
        + ("".join(rows) or "<tr><td colspan='6'>No incident in this view.</td></tr>")
        + "</table>"
    )

    src = views.sources(shown)
    items = []
    for _, s in src.head(MAX_SOURCES).iterrows():
        name = _e(_short(s["title"] or s["source"] or s["doc_id"], 90))
        url = safe_url(s["source"])
        count = f" <span style='color:#777'>({int(s['incidents'])})</span>"
        if url:
            items.append(f'<li><a href="{_e(url)}">{name}</a>{count} <span style="color:#777">{_e(_short(url, 60))}</span></li>')
        else:
            items.append(f"<li>{name}{count}</li>")
    more = f"<div class='meta'>&hellip; and {len(src) - MAX_SOURCES:,} more reports.</div>" if len(src) > MAX_SOURCES else ""
    sources_html = f'<ol class="sources">{"".join(items)}</ol>{more}' if items else "<div class='meta'>None.</div>"

    legend = " ".join(
        f'<span><span class="swatch" style="background:{c}"></span>{_e(t)}</span>' for t, c in EVENT_COLORS.items()
    )
    body = (
        '<div class="report-body">'
        + timelines
        + "<h2>Deadliest incidents</h2>" + top
        + "<h2>Sources</h2>" + sources_html
        + "</div>"
        + f'<div class="foot"><span>{legend}</span><span>geo-incidents &middot; offline</span></div>'
        + "<script>window.addEventListener('load', function () {"
        "requestAnimationFrame(function () { requestAnimationFrame(function () {"
        "window.__reportReady = true; }); }); });</script>"
    )
    figure.html.add_child(_Raw(head), name="report_head", index=0)
    _AfterMap(body).add_to(m)
    return figure.render()


class _AfterMap:
    """HTML that goes right after the map's ``<div>`` in the page body."""

    def __init__(self, text: str):
        from branca.element import MacroElement  # noqa: PLC0415

        from geo.map import _Raw  # noqa: PLC0415

        class _Element(MacroElement):
            def render(inner, **kwargs):  # noqa: N805
                inner.get_root().html.add_child(_Raw(text), name=inner.get_name())

        self.element = _Element()

    def add_to(self, m):
        self.element.add_to(m)
        return self


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


# --------------------------------------------------------------------------- CLI


def add_report_parser(sub) -> None:
    """``python -m geo report``: the filters of the dashboard, as options."""
    p = sub.add_parser(
        "report",
        help="one-page brief (map, timeline, top incidents, sources) of a view, as PDF/PNG/HTML",
        description="Render a one-page brief of the incidents in the store that match the "
        "filters, with headless Chromium, offline.",
    )
    p.add_argument("--out", required=True, help="output file: .pdf, .png or .html (standalone page)")
    p.add_argument("--store", default="data/incidents.parquet", help="incident store (default data/incidents.parquet)")
    p.add_argument("--from", dest="date_from", help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="last day, YYYY-MM-DD")
    p.add_argument("--period", choices=["all", "7d", "30d", "90d"],
                   help="last 7/30/90 days of the data, or all (instead of --from/--to)")
    p.add_argument("--undated", action="store_true", help="with dates, also keep undated incidents")
    p.add_argument("--actor", action="append", default=[], help="actor1 or actor2 (repeat for several)")
    p.add_argument("--type", action="append", default=[], dest="event_types", help="event type (repeatable)")
    p.add_argument("--subtype", action="append", default=[], dest="sub_event_types", help="sub-event type (repeatable)")
    p.add_argument("--country", action="append", default=[], help="country (repeatable)")
    p.add_argument("--admin1", action="append", default=[], help="admin-1 region (repeatable)")
    p.add_argument("--min-fatalities", type=int, default=0, help="at least this many fatalities")
    p.add_argument("--search", default="", help='words (or "a phrase") in title or evidence')
    p.add_argument("--heatmap", action="store_true", help="heatmap instead of markers")
    p.add_argument("--title", help="report title (default: from the filters)")


def filters_from_args(args) -> Filters:
    from geo.views import Filters  # noqa: PLC0415

    return Filters(
        period=args.period or ("custom" if args.date_from or args.date_to else "all"),
        date_from=args.date_from,
        date_to=args.date_to,
        include_undated=args.undated,
        actors=args.actor,
        event_types=args.event_types,
        sub_event_types=args.sub_event_types,
        countries=args.country,
        admin1=args.admin1,
        min_fatalities=args.min_fatalities,
        text=args.search,
        heatmap=args.heatmap,
    )


def run_report(args: argparse.Namespace) -> int:
    from geo import views  # noqa: PLC0415
    from geo.layer import read_layer  # noqa: PLC0415

    out = Path(args.out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        print(f"error: --out must end in .pdf, .png or .html, not {out.name!r}", file=sys.stderr)
        return 2
    for name in ("date_from", "date_to"):
        value = getattr(args, name)
        if value and views._as_date(value) is None:
            print(f"error: --{name.split('_')[1]} {value!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
            return 2
    store = Path(args.store)
    if not store.exists():
        print(f"error: no incident store at {store} (python -m geo ingest … first)", file=sys.stderr)
        return 2
    layer = read_layer(store)
    filters = filters_from_args(args)
    shown = views.apply_filters(layer, filters)
    try:
        data = build_report(shown, filters, fmt, full_layer=layer, title=args.title, source_label=str(store))
    except (FileNotFoundError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"{out}: {len(shown):,} incidents, {len(data):,} bytes", file=sys.stderr)
    return 0
