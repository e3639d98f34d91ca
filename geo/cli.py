"""``python -m geo`` / ``geo``: the command-line shell over the library.

- ``ingest PATH…``: read reports, extract incidents, commit them to the store in batches.
- ``info``: what the store holds (documents, incidents, partitions, bytes, dates), as JSON.
- ``parse [--gold-spans]`` and ``extract``: the JSON Lines batch interface
  (``geo.batch``; ../shared/specs/batch-interface.md, summarised in the README).
- ``report``: a one-page brief of a filtered view, as PDF/PNG/HTML.
- ``dashboard``: the Streamlit dashboard installed with the package.
- ``eval lgl|acled PATH``: measure on a third-party corpus (``geo.evaluation``).

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
    p_ingest.add_argument("paths", nargs="+",
                          help=".txt/.md (seed format or plain), .html, .jsonl, .csv, .parquet, or folders")
    p_ingest.add_argument("--store", default=None,
                          help="a store folder, a single-file store to migrate, or postgresql://…; "
                               "default $GEO_STORE or data/incidents (data/incidents.parquet is migrated there)")
    p_ingest.add_argument("--no-progress", action="store_true", help="no progress bar")
    p_ingest.add_argument("--batch-size", type=int, default=None, metavar="N",
                          help="documents per commit (default 200; also every --batch-seconds)")
    p_ingest.add_argument("--batch-seconds", type=float, default=None, metavar="S",
                          help="commit at least this often (default 10)")
    p_ingest.add_argument("--max-doc-bytes", type=_size, default=None, metavar="N",
                          help="leave out a document whose text is larger (e.g. 2M; 0: no limit; default 2M)")
    p_ingest.add_argument("--doc-timeout", type=float, default=None, metavar="S",
                          help="leave out a document whose extraction takes longer (0: no limit; default 30)")
    p_ingest.add_argument("--workers", type=int, default=None, metavar="N",
                          help="extract on a local Dask cluster of N worker processes")
    p_ingest.add_argument("--scheduler", default=None, metavar="tcp://HOST:8786",
                          help="extract on an existing Dask cluster (see the README)")

    p_info = sub.add_parser("info", help="what the incident store holds, as one JSON object")
    p_info.add_argument("--store", default=None, help="default $GEO_STORE or data/incidents")

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

    args = parser.parse_args(argv)
    if args.command == "ingest":
        return run_ingest(args)
    if args.command == "info":
        return run_info(args.store)
    if args.command == "parse":
        return run_batch(sys.stdin, sys.stdout, parse_record(args.gold_spans), "places")
    if args.command == "extract":
        return run_batch(sys.stdin, sys.stdout, extract_record, "incidents")
    if args.command == "dashboard":
        return run_dashboard(args.store, args.port)
    if args.command == "eval":
        from geo.evaluation.command import run_eval

        return run_eval(args)
    if args.command == "report":
        from geo.viz.report_cli import run_report

        return run_report(args)
    return 2  # pragma: no cover - argparse rejects other commands


def run_ingest(args: argparse.Namespace) -> int:
    """Stream the reports into the store, batch by batch (``geo.ingest``)."""
    from tqdm import tqdm

    from geo.ingest import DEFAULT_BATCH_SECONDS, DEFAULT_BATCH_SIZE, IngestLimits, ingest
    from geo.store.open import open_store

    def say(message: str) -> None:  # above the progress bar, not through it
        tqdm.write(message, file=sys.stderr)

    defaults = IngestLimits()
    limits = IngestLimits(
        max_doc_bytes=defaults.max_doc_bytes if args.max_doc_bytes is None else args.max_doc_bytes,
        doc_timeout=defaults.doc_timeout if args.doc_timeout is None else args.doc_timeout,
    )
    with open_store(args.store, on_wait=say) as store:
        report = ingest(
            args.paths, store, progress=not args.no_progress, limits=limits,
            batch_size=args.batch_size or DEFAULT_BATCH_SIZE,
            batch_seconds=args.batch_seconds or DEFAULT_BATCH_SECONDS,
            workers=args.workers, scheduler=args.scheduler, on_wait=say,
        )
        print(f"store: {store.uri}", file=sys.stderr)
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    print(report, file=sys.stderr)
    return 0


def run_info(store: str | None) -> int:
    """``geo info``: the store's ``info()`` as JSON on stdout."""
    import json

    from geo.store.open import default_store_uri, open_store

    try:
        opened = open_store(store, create=False)
    except FileNotFoundError:
        print(f"error: no incident store at {store or default_store_uri()}", file=sys.stderr)
        return 1
    with opened:
        print(json.dumps(opened.info(), default=str))
    return 0


def _size(text: str) -> int:
    """``2M``, ``512k``, ``1G`` or a number of bytes."""
    units = {"K": 2**10, "M": 2**20, "G": 2**30}
    text = text.strip().upper().removesuffix("B")
    try:
        if text and text[-1] in units:
            return int(float(text[:-1]) * units[text[-1]])
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 2M)") from None


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
