"""``geo import acled|ucdp FILE`` and ``geo export --format … --out FILE``.

Import writes where ``geo ingest`` writes, through ``geo.store.open.open_store`` (an old
single-file store is migrated to a folder store first).
Export takes the dashboard's filters as options; a name filter that matches nothing
(after aliases: "RSF", "US military") is an error with the nearest names (exit 1), as
for ``geo report``, rather than an empty file.

Public API: :func:`add_import_parser`, :func:`add_export_parser`, :func:`run_import`,
:func:`run_export`, :func:`filters_from_args`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXPORT_FORMATS = ("csv", "geojson", "geoparquet", "acled-csv", "html")
DATASET_NAMES = ("reports", "acled", "ucdp")
_STORE_HELP = "a store folder, a single-file store, or postgresql://…; default $GEO_STORE or data/incidents"


def add_import_parser(sub) -> None:
    p = sub.add_parser("import", help="load an ACLED or UCDP GED export into the store, as its own layer",
                       description="Load another dataset's export as incidents marked with their dataset. "
                       "Re-importing adds only the events the store does not hold (by their event id).")
    p.add_argument("dataset", choices=("acled", "ucdp"), help="acled (CSV or .xlsx) or ucdp (UCDP GED CSV)")
    p.add_argument("file", help="the export file")
    p.add_argument("--store", default=None, help=_STORE_HELP)


def add_export_parser(sub) -> None:
    p = sub.add_parser("export", help="write a filtered view of the store: csv, geojson, geoparquet, acled-csv, html",
                       description="Write the incidents that match the filters (the dashboard's) to a file.")
    p.add_argument("--store", default=None, help=_STORE_HELP)
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS, dest="fmt",
                   help="acled-csv: ACLED's columns; html: the standalone offline map")
    p.add_argument("--out", required=True, help="output file")
    p.add_argument("--from", dest="date_from", help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="last day, YYYY-MM-DD")
    p.add_argument("--period", choices=["all", "7d", "30d", "90d"], help="last 7/30/90 days of the data")
    p.add_argument("--undated", action="store_true", help="with dates, also keep undated incidents")
    p.add_argument("--actor", action="append", default=[], help="actor1 or actor2, a name, alias or part (repeatable)")
    p.add_argument("--type", action="append", default=[], dest="event_types", help="event type (repeatable)")
    p.add_argument("--subtype", action="append", default=[], dest="sub_event_types", help="sub-event type (repeatable)")
    p.add_argument("--country", action="append", default=[], help="country (repeatable)")
    p.add_argument("--admin1", action="append", default=[], help="admin-1 region (repeatable)")
    p.add_argument("--dataset", action="append", default=[], dest="datasets",
                   help=f"where the incidents come from: {', '.join(DATASET_NAMES)} (repeatable)")
    p.add_argument("--min-fatalities", type=int, default=0, help="at least this many fatalities")
    p.add_argument("--search", default="", help='words (or "a phrase") in title or evidence')


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def run_import(args: argparse.Namespace) -> int:
    from geo.interop.load import import_dataset  # noqa: PLC0415
    from geo.store.open import default_store_uri, open_store  # noqa: PLC0415

    path = Path(args.file)
    if not path.is_file():
        _say(f"geo import: error: no file {path}")
        return 2
    target = args.store or default_store_uri()
    with open_store(target, on_wait=_say) as store:
        report = import_dataset(args.dataset, path, store, on_wait=_say)
        uri = store.uri
    _say(f"store: {uri}")
    _say(str(report))
    return 0


def filters_from_args(args: argparse.Namespace):
    from geo.store.filters import Filters  # noqa: PLC0415

    return Filters(
        period=args.period or ("custom" if args.date_from or args.date_to else "all"),
        date_from=args.date_from, date_to=args.date_to, include_undated=args.undated,
        actors=args.actor, event_types=args.event_types, sub_event_types=args.sub_event_types,
        countries=args.country, admin1=args.admin1, datasets=args.datasets,
        min_fatalities=args.min_fatalities, text=args.search,
    )


_OPTIONS = {"actor": "--actor", "type": "--type", "subtype": "--subtype", "country": "--country",
            "admin1": "--admin1", "dataset": "--dataset"}


def read_store_layer(target: str):
    """The whole corrected layer of the store at ``target`` (None when there is none)."""
    from geo.store.formats import is_single_file  # noqa: PLC0415
    from geo.store.open import open_store  # noqa: PLC0415

    # An old single file is migrated by open_store; a name of one that is not there
    # stands for the folder store beside it (geo.store.open).
    if is_single_file(target) and not Path(target).is_file():
        from geo.store.migrate import folder_for  # noqa: PLC0415

        target = str(folder_for(Path(target)))
    if "://" not in target and not Path(target).is_dir():
        return None
    with open_store(target, create=False) as store:
        return store.read_layer()


def run_export(args: argparse.Namespace) -> int:
    from geo.store import filters as store_filters  # noqa: PLC0415
    from geo.store.open import default_store_uri  # noqa: PLC0415

    for name in ("date_from", "date_to"):
        value = getattr(args, name)
        if value and store_filters.as_date(value) is None:
            _say(f"geo export: error: --{name.split('_')[1]} {value!r} is not a date (YYYY-MM-DD)")
            return 2
    target = args.store or default_store_uri()
    try:
        layer = read_store_layer(target)
    except FileNotFoundError:
        layer = None
    if layer is None:
        _say(f"geo export: error: no incident store at {target} (python -m geo ingest … or import … first)")
        return 2
    filters = filters_from_args(args)
    aliases = None
    if filters.actors or filters.countries:
        from geo.viz.names import filter_aliases  # noqa: PLC0415

        aliases = filter_aliases(layer)
    query = {k: v for k, v in filters.to_query().items() if k in _OPTIONS}
    problems = store_filters.link_problems(query, layer, aliases)
    if problems:
        for p in problems:
            hint = f"; did you mean {' or '.join(repr(s) for s in p.suggestions)}?" if p.suggestions else ""
            _say(f"geo export: error: {_OPTIONS[p.key]} {p.value!r} matches nothing in the store{hint}")
        _say("nothing written: a filter that matches nothing would make an empty file")
        return 1
    shown = store_filters.apply_filters(layer, filters, aliases=aliases)
    if shown.empty:
        _say("note: no incident matches these filters together; the file has no rows")
    if args.fmt == "html":
        from geo.viz.export import to_map_html  # noqa: PLC0415

        data = to_map_html(shown, title="Conflict incidents")
    elif args.fmt == "acled-csv":
        from geo.interop.acled_csv import to_acled_csv  # noqa: PLC0415

        data = to_acled_csv(shown)
    else:
        from geo.store.export import export  # noqa: PLC0415

        data = export(shown, args.fmt)
    from geo.files import replacing  # noqa: PLC0415

    out = Path(args.out)
    with replacing(out) as tmp:  # a reader never sees half a file
        tmp.write_bytes(data)
    _say(f"{out}: {len(shown):,} incidents, {len(data):,} bytes ({args.fmt})")
    return 0
