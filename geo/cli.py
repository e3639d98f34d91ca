"""``python -m geo`` / ``geo``: the command-line shell over the library.

- ``ingest PATH…``: read reports, extract incidents, append them to the store.
- ``parse [--gold-spans]`` and ``extract``: the JSON Lines batch interface
  (``geo.batch``; ../shared/specs/batch-interface.md, summarised in the README).
- ``report``: a one-page brief of a filtered view, as PDF/PNG/HTML.
- ``dashboard``: the Streamlit dashboard installed with the package.
- ``eval lgl|acled PATH``: measure on a third-party corpus (``geo.evaluation``).
- ``gazetteer add|list|remove``: layers of places added to the gazetteer (``geo.gazetteer.layers``).

Every command imports what it needs when it runs, so ``geo --help`` stays fast.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

from geo.batch import extract_record, parse_record, run_batch


DEFAULT_STORE = "data/incidents.parquet"
DEFAULT_PORT = 8501


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="geo", description="Offline conflict-incident mapping from news reports.")
    sub = parser.add_subparsers(dest="command", required=True)

    p_ingest = sub.add_parser("ingest", help="read reports (files or folders) into the incident store")
    p_ingest.add_argument("paths", nargs="+", help=".txt/.md (seed format or plain), .html, .jsonl, .csv, or folders")
    p_ingest.add_argument("--store", default=DEFAULT_STORE, help=f"GeoParquet (.parquet) or GeoPackage (.gpkg); default {DEFAULT_STORE}")
    p_ingest.add_argument("--no-progress", action="store_true", help="no progress bar")

    p_parse = sub.add_parser("parse", help="JSON Lines on stdin -> resolved place mentions on stdout")
    p_parse.add_argument("--gold-spans", action="store_true", help="resolve the given 'spans' instead of finding mentions")

    sub.add_parser("extract", help="JSON Lines on stdin -> ACLED-style incidents on stdout")

    p_dash = sub.add_parser("dashboard", help="open the dashboard (Streamlit) on a store")
    p_dash.add_argument("--store", default=os.environ.get("GEO_STORE", DEFAULT_STORE),
                        help=f"the store to show (default: $GEO_STORE or {DEFAULT_STORE})")
    p_dash.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"local port (default {DEFAULT_PORT})")

    # The evaluation harness is a developer's tool: the runtime never imports it, and it
    # imports nothing from here (it drives geo.batch).
    from geo.evaluation.command import add_eval_parser

    add_eval_parser(sub)  # eval lgl|acled PATH

    from geo.viz.report_cli import add_report_parser

    add_report_parser(sub)  # report --from … --to … --actor … --out brief.pdf|png|html

    from geo.gazetteer.command import add_gazetteer_parser

    add_gazetteer_parser(sub)  # gazetteer add PATH_OR_URL | list | remove LABEL

    args = parser.parse_args(argv)
    if args.command == "ingest":
        return run_ingest(args.paths, args.store, progress=not args.no_progress)
    if args.command == "parse":
        return run_batch(sys.stdin, sys.stdout, parse_record(args.gold_spans), "places")
    if args.command == "extract":
        return run_batch(sys.stdin, sys.stdout, extract_record, "incidents")
    if args.command == "dashboard":
        return run_dashboard(args.store, args.port)
    if args.command == "eval":
        from geo.evaluation.command import run_eval

        return run_eval(args)
    if args.command == "gazetteer":
        from geo.gazetteer.command import run_gazetteer

        return run_gazetteer(args)
    if args.command == "report":
        from geo.viz.report_cli import run_report

        return run_report(args)
    return 2  # pragma: no cover - argparse rejects other commands


def run_ingest(paths: list[str], store: str, progress: bool = True) -> int:
    from geo.ingest import ingest

    report = ingest(paths, store, progress=progress)
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    print(report, file=sys.stderr)
    return 0


def dashboard_script() -> Path:
    """Where the installed package keeps the dashboard's Streamlit script."""
    return Path(str(resources.files("geo") / "app" / "dashboard.py"))


def dashboard_command(store: str, port: int) -> tuple[list[str], dict[str, str]]:
    """The ``streamlit run`` command line and environment that serve the dashboard."""
    # The dashboard reads its store from GEO_STORE and would take a relative path
    # against its own folder (inside the installed package): resolve it here, against
    # the folder the command was run in, as ``geo ingest --store`` does.
    env = {**os.environ, "GEO_STORE": str(Path(store).resolve())}
    command = [sys.executable, "-m", "streamlit", "run", str(dashboard_script()),
               "--server.port", str(port)]
    return command, env


def run_dashboard(store: str, port: int) -> int:
    script = dashboard_script()
    if not script.is_file():
        print(f"error: the dashboard is not installed with this package ({script} is missing)", file=sys.stderr)
        return 1
    command, env = dashboard_command(store, port)
    return subprocess.call(command, env=env)
