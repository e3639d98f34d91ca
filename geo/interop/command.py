"""``geo import acled|ucdp FILE`` and ``geo export --format … --out FILE``.

Import writes where ``geo ingest`` writes, through ``geo.store.open.open_store`` (an old
single-file store is migrated to a folder store first).
Export takes the dashboard's filters as options; a name filter that matches nothing
(after aliases: "RSF", "US military") is an error with the nearest names (exit 1), as
for ``geo report``, rather than an empty file.

Public API: :func:`add_import_parser`, :func:`add_export_parser`, :func:`run_import`,
:func:`run_export` (the filter options are ``geo.viz.report_cli``'s, shared with ``geo report``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geo.viz.report_cli import add_filter_arguments, filters_from_args, unmatched_names

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
    add_filter_arguments(p, DATASET_NAMES)


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


def read_store_layer(target: str):
    """The whole corrected layer of the store at ``target`` (None when there is none;
    ``open_store`` migrates an old single file, and takes the name of one that is not
    there for the folder store beside it)."""
    from geo.store.open import open_store  # noqa: PLC0415

    try:
        with open_store(target, create=False) as store:
            return store.read_layer()
    except FileNotFoundError:
        return None


def run_export(args: argparse.Namespace) -> int:
    from geo.store import filters as store_filters  # noqa: PLC0415
    from geo.store.open import default_store_uri  # noqa: PLC0415

    for name in ("date_from", "date_to"):
        value = getattr(args, name)
        if value and store_filters.as_date(value) is None:
            _say(f"geo export: error: --{name.split('_')[1]} {value!r} is not a date (YYYY-MM-DD)")
            return 2
    target = args.store or default_store_uri()
    layer = read_store_layer(target)
    if layer is None:
        _say(f"geo export: error: no incident store at {target} (python -m geo ingest … or import … first)")
        return 2
    filters = filters_from_args(args)
    aliases = None
    if filters.actors or filters.countries:
        from geo.viz.names import filter_aliases  # noqa: PLC0415

        aliases = filter_aliases(layer)
    problems = unmatched_names(filters, layer, aliases)
    if problems:
        for problem in problems:
            _say(f"geo export: error: {problem}")
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
