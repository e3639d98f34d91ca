"""``python -m geo report``: the dashboard's filters as options, and the brief written
to a file (see :mod:`geo.viz.report`). Importing this module is cheap: the map stack
loads only when a report is made.

A name filter that matches nothing (after aliases: "US military", "RSF") is an error
with the nearest names, not an empty brief.

Public API: :func:`add_report_parser`, :func:`run_report`, :func:`add_filter_arguments`,
:func:`filters_from_args`, :func:`unmatched_names` (``geo export`` uses the last three).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geo.store.filters import Filters


def add_report_parser(sub) -> None:
    """``python -m geo report``: the filters of the dashboard, as options."""
    p = sub.add_parser(
        "report",
        help="one-page brief (map, timeline, top incidents, sources) of a view, as PDF/PNG/HTML",
        description="Render a one-page brief of the incidents in the store that match the "
        "filters, with headless Chromium, offline.",
    )
    p.add_argument("--out", required=True, help="output file: .pdf, .png or .html (standalone page)")
    p.add_argument("--store", default=None,
                   help="incident store: a folder, or postgresql://… (default $GEO_STORE or data/incidents)")
    add_filter_arguments(p)
    p.add_argument("--heatmap", action="store_true", help="heatmap instead of markers")
    p.add_argument("--title", help="report title (default: from the filters)")


def add_filter_arguments(p: argparse.ArgumentParser, datasets: tuple[str, ...] = ()) -> None:
    """The dashboard's filters as options (``geo report``, ``geo export``); ``datasets``:
    the values a ``--dataset`` option offers (none: no such option)."""
    p.add_argument("--from", dest="date_from", help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="last day, YYYY-MM-DD")
    p.add_argument("--period", choices=["all", "7d", "30d", "90d"],
                   help="last 7/30/90 days of the data, or all (instead of --from/--to)")
    p.add_argument("--undated", action="store_true", help="with dates, also keep undated incidents")
    p.add_argument("--actor", action="append", default=[],
                   help="actor1 or actor2, as named in the store or by an alias or part (\"RSF\", \"US military\"); "
                   "repeat for several")
    p.add_argument("--type", action="append", default=[], dest="event_types", help="event type (repeatable)")
    p.add_argument("--subtype", action="append", default=[], dest="sub_event_types", help="sub-event type (repeatable)")
    p.add_argument("--country", action="append", default=[], help="country (repeatable)")
    p.add_argument("--admin1", action="append", default=[], help="admin-1 region (repeatable)")
    if datasets:
        p.add_argument("--dataset", action="append", default=[], dest="datasets",
                       help=f"where the incidents come from: {', '.join(datasets)} (repeatable)")
    p.add_argument("--min-fatalities", type=int, default=0, help="at least this many fatalities")
    p.add_argument("--search", default="", help='words (or "a phrase") in title or evidence')


def filters_from_args(args) -> Filters:
    from geo.store.filters import Filters  # noqa: PLC0415

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
        datasets=getattr(args, "datasets", []),
        min_fatalities=args.min_fatalities,
        text=args.search,
        heatmap=getattr(args, "heatmap", False),
    )


_OPTIONS = {"actor": "--actor", "type": "--type", "subtype": "--subtype", "country": "--country",
            "admin1": "--admin1", "dataset": "--dataset"}


def unmatched_names(filters: Filters, layer, aliases=None) -> list[str]:
    """Each name filter that matches nothing in ``layer``, with the nearest names in it."""
    from geo.store.filters import link_problems  # noqa: PLC0415

    query = {k: v for k, v in filters.to_query().items() if k in _OPTIONS}
    return [f"{_OPTIONS[p.key]} {p.value!r} matches nothing in the store"
            + (f"; did you mean {' or '.join(repr(s) for s in p.suggestions)}?" if p.suggestions else "")
            for p in link_problems(query, layer, aliases)]


def run_report(args: argparse.Namespace) -> int:
    from geo.store import filters as store_filters
    from geo.store.catalogue import catalogue, names_layer, resolve_names  # noqa: PLC0415
    from geo.store.open import open_store  # noqa: PLC0415
    from geo.viz.report import FORMATS  # noqa: PLC0415

    out = Path(args.out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        print(f"error: --out must end in .pdf, .png or .html, not {out.name!r}", file=sys.stderr)
        return 2
    for name in ("date_from", "date_to"):
        value = getattr(args, name)
        if value and store_filters.as_date(value) is None:
            print(f"error: --{name.split('_')[1]} {value!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
            return 2
    from geo.store.open import default_store_uri  # noqa: PLC0415

    store = str(args.store or default_store_uri())
    try:
        opened = open_store(store, create=False)
    except FileNotFoundError:
        print(f"error: no incident store at {store} (python -m geo ingest … first)", file=sys.stderr)
        return 2
    with opened:
        # the store's names and dates stand in for the layer: the view alone is read
        layer = names_layer(catalogue(opened))
        filters = filters_from_args(args)
        aliases = None
        if filters.actors or filters.countries:
            from geo.viz.names import filter_aliases  # noqa: PLC0415

            aliases = filter_aliases(layer)
        unmatched = unmatched_names(filters, layer, aliases)
        if not unmatched:
            shown = opened.read_layer(resolve_names(filters, layer, aliases))
    return _write_report(args, out, fmt, filters, layer, shown if not unmatched else None, unmatched, store)


def _write_report(args, out: Path, fmt: str, filters, layer, shown, unmatched: list[str], store: str) -> int:
    from geo.viz.report import build_report  # noqa: PLC0415

    if unmatched:
        for line in unmatched:
            print(f"error: {line}", file=sys.stderr)
        print("no report written: a filter that matches nothing would make an empty brief", file=sys.stderr)
        return 1
    if shown.empty:
        print("note: no incident matches these filters together; the brief is empty", file=sys.stderr)
    try:
        data = build_report(shown, filters, fmt, full_layer=layer, title=args.title, source_label=str(store))
    except (FileNotFoundError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"{out}: {len(shown):,} incidents, {len(data):,} bytes", file=sys.stderr)
    return 0
