"""``python -m geo`` / ``geo``: the command-line shell over the library.

- ``ingest PATH…``: read reports, extract incidents, commit them to the store in batches.
- ``info``: what the store holds (documents, incidents, partitions, bytes, dates), as JSON.
- ``parse [--gold-spans]`` and ``extract``: the JSON Lines batch interface
  (``geo.batch``; ../shared/specs/batch-interface.md, summarised in the README).
- ``report``: a one-page brief of a filtered view, as PDF/PNG/HTML.
- ``dashboard``: the Streamlit dashboard installed with the package.
- ``eval lgl|acled PATH``: measure on a third-party corpus (``geo.evaluation``).
- ``import acled|ucdp FILE``: another dataset's export into the store (``geo.interop``).
- ``export``: a filtered view as CSV, GeoJSON, GeoParquet, ACLED's CSV or the offline map.
- ``gazetteer add|list|remove``: layers of places added to the gazetteer (``geo.gazetteer.layers``).

Every command imports what it needs when it runs, so ``geo --help`` stays fast. Every
error ends the command with one line in words on stderr (``--debug`` adds the
traceback); ``ingest`` exits 1 when it could read nothing at all.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import traceback
from importlib import resources
from pathlib import Path

from geo.batch import extract_record, parse_record, run_batch


DEFAULT_STORE = "data/incidents"  # geo.store.open.DEFAULT_STORE (not imported: --help stays fast)
DEFAULT_PORT = 8501


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="geo", description="Offline conflict-incident mapping from news reports.")
    parser.add_argument("--debug", action="store_true", help="show the traceback when a command fails")
    sub = parser.add_subparsers(dest="command", required=True)

    p_ingest = sub.add_parser("ingest", help="read reports (files or folders) into the incident store")
    p_ingest.add_argument("paths", nargs="+",
                          help=".txt/.md (seed format or plain), .html, .jsonl, .csv, .parquet, or folders")
    p_ingest.add_argument("--store", default=None,
                          help="a store folder, a single-file store to migrate, or postgresql://…; "
                               "default $GEO_STORE or data/incidents (data/incidents.parquet is migrated there)")
    p_ingest.add_argument("--no-progress", action="store_true", help="no progress bar")
    p_ingest.add_argument("--follow-symlinks", action="store_true",
                          help="read symbolic links found inside folders (skipped by default)")
    p_ingest.add_argument("--max-file-bytes", type=_byte_count, default=None, metavar="N",
                          help="skip files larger than this (e.g. 512M, 2G; default 512M)")
    p_ingest.add_argument("--batch-size", type=int, default=None, metavar="N",
                          help="documents per commit (default 2000; also every --batch-seconds)")
    p_ingest.add_argument("--batch-seconds", type=float, default=None, metavar="S",
                          help="commit at least this often (default 10)")
    p_ingest.add_argument("--max-doc-bytes", type=_byte_count, default=None, metavar="N",
                          help="leave out a document whose text is larger (e.g. 2M; 0: no limit; default 2M)")
    p_ingest.add_argument("--doc-timeout", type=float, default=None, metavar="S",
                          help="leave out a document whose extraction takes longer (0: no limit; default 30)")
    p_ingest.add_argument("--workers", type=int, default=None, metavar="N",
                          help="extract on a local Dask cluster of N worker processes")
    p_ingest.add_argument("--scheduler", default=None, metavar="tcp://HOST:8786",
                          help="extract on an existing Dask cluster (see the README)")
    p_ingest.add_argument("--country", default=None, metavar="CODE_OR_NAME",
                          help="the one country all the reports' sources cover (e.g. KE, Kenya): unnamed actors "
                               "of a report that names no country are named after it; it never places an incident")

    p_info = sub.add_parser("info", help="what the incident store holds, as one JSON object")
    p_info.add_argument("--store", default=None, help="default $GEO_STORE or data/incidents")

    p_parse = sub.add_parser("parse", help="JSON Lines on stdin -> resolved place mentions on stdout")
    p_parse.add_argument("--gold-spans", action="store_true", help="resolve the given 'spans' instead of finding mentions")

    sub.add_parser("extract", help="JSON Lines on stdin -> ACLED-style incidents on stdout")

    p_dash = sub.add_parser("dashboard", help="open the dashboard (Streamlit) on a store")
    p_dash.add_argument("--store", default=os.environ.get("GEO_STORE", DEFAULT_STORE),
                        help=f"the store to show: a folder, or postgresql://… (default: $GEO_STORE or {DEFAULT_STORE})")
    p_dash.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"local port (default {DEFAULT_PORT})")

    # The evaluation harness is a developer's tool: the runtime never imports it, and it
    # imports nothing from here (it drives geo.batch).
    from geo.evaluation.command import add_eval_parser

    add_eval_parser(sub)  # eval lgl|acled PATH

    from geo.viz.report_cli import add_report_parser

    add_report_parser(sub)  # report --from … --to … --actor … --out brief.pdf|png|html

    from geo.gazetteer.command import add_gazetteer_parser

    add_gazetteer_parser(sub)  # gazetteer add PATH_OR_URL | list | remove LABEL

    from geo.interop.command import add_export_parser, add_import_parser

    add_import_parser(sub)  # import acled|ucdp FILE
    add_export_parser(sub)  # export --format csv|geojson|geoparquet|acled-csv|html --out FILE

    args = parser.parse_args(argv)
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("geo: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place a command's failure is said
        if args.debug:
            traceback.print_exc()
        print(f"geo {args.command}: error: {error_in_words(exc)}", file=sys.stderr)
        return 1


def error_in_words(exc: BaseException) -> str:
    """One line saying what went wrong, without a Python exception's name or repr."""
    if isinstance(exc, OSError) and exc.strerror:
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror.lower()}{where}"
    if isinstance(exc, (ValueError, LookupError)) and not isinstance(exc, KeyError) and str(exc):
        return " ".join(str(exc).split())
    if isinstance(exc, MemoryError):
        return "out of memory"
    return f"unexpected failure ({type(exc).__name__}); run with --debug for the details"


def _byte_count(text: str) -> int:
    """``512M``, ``2G``, ``100k`` or a plain number of bytes."""
    units = {"K": 2**10, "M": 2**20, "G": 2**30}
    text = text.strip().upper().removesuffix("B")
    try:
        if text and text[-1] in units:
            return int(float(text[:-1]) * units[text[-1]])
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 512M)") from None


def _run(args: argparse.Namespace) -> int:
    if args.command == "ingest":
        return run_ingest(args)
    if args.command == "info":
        return run_info(args.store)
    if args.command in ("parse", "extract"):
        handle = parse_record(args.gold_spans) if args.command == "parse" else extract_record
        # Bytes in, decoded line by line (a non-UTF-8 byte costs its line, whatever the
        # locale); UTF-8 out, whatever the locale.
        sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
        return run_batch(sys.stdin.buffer, sys.stdout, handle, "places" if args.command == "parse" else "incidents")
    if args.command == "dashboard":
        return run_dashboard(args.store, args.port)
    if args.command == "eval":
        from geo.evaluation.command import run_eval

        return run_eval(args)
    if args.command == "gazetteer":
        from geo.gazetteer.command import run_gazetteer

        return run_gazetteer(args)
    if args.command in ("import", "export"):
        from geo.interop.command import run_export, run_import

        return run_import(args) if args.command == "import" else run_export(args)
    if args.command == "report":
        from geo.viz.report_cli import run_report

        return run_report(args)
    return 2  # pragma: no cover - argparse rejects other commands


def run_ingest(args: argparse.Namespace) -> int:
    """Stream the reports into the store, batch by batch (``geo.ingest``): 0 when anything
    was read, 1 when every input failed."""
    from tqdm import tqdm

    from geo.ingest import DEFAULT_BATCH_SECONDS, DEFAULT_BATCH_SIZE, IngestLimits, ingest
    from geo.store.open import default_store_uri, masked, open_store

    def say(message: str) -> None:  # above the progress bar, not through it
        tqdm.write(message, file=sys.stderr)

    # The readers take their limits from the environment, so ingest need not pass them on.
    if args.follow_symlinks:
        os.environ["GEO_FOLLOW_SYMLINKS"] = "1"
    if args.max_file_bytes is not None:
        os.environ["GEO_MAX_FILE_BYTES"] = str(args.max_file_bytes)
    defaults = IngestLimits()
    limits = IngestLimits(
        max_doc_bytes=defaults.max_doc_bytes if args.max_doc_bytes is None else args.max_doc_bytes,
        doc_timeout=defaults.doc_timeout if args.doc_timeout is None else args.doc_timeout,
    )
    options = dict(progress=not args.no_progress, limits=limits,
                   batch_size=args.batch_size or DEFAULT_BATCH_SIZE,
                   batch_seconds=args.batch_seconds or DEFAULT_BATCH_SECONDS,
                   workers=args.workers, scheduler=args.scheduler, on_wait=say)
    if args.country:
        from geo.incidents import CountryExtractor
        from geo.incidents.actor_country_lookup import light_country_code

        code = light_country_code(args.country)  # the country tables: no gazetteer in this process
        if code is None:
            from geo.gazetteer import load_gazetteer
            from geo.incidents.actor_names import country_code_of

            code = country_code_of(args.country, load_gazetteer())
        if not code:
            print(f"geo ingest: error: --country {args.country!r} is no country (an ISO code such as KE, "
                  "or a name such as Kenya)", file=sys.stderr)
            return 2
        options["extract"] = CountryExtractor(code)
    target = args.store or default_store_uri()
    suffix = Path(target).suffix.lower()
    if "://" not in target and suffix and suffix not in (".parquet", ".gpkg") and not Path(target).is_dir():
        print(f"geo ingest: error: unsupported store {target!r} (a folder, a .parquet or .gpkg "
              "file, or postgresql://…)", file=sys.stderr)
        return 2
    with open_store(target, on_wait=say) as store:
        report = ingest(args.paths, store, **options)
        print(f"store: {masked(store.uri)}", file=sys.stderr)
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    print(report, file=sys.stderr)
    if report.documents_read == 0 and report.errors:
        print("geo ingest: nothing could be read", file=sys.stderr)
        return 1
    return 0


def run_info(store: str | None) -> int:
    """``geo info``: the store's ``info()`` as JSON on stdout."""
    import json

    from geo.store.open import default_store_uri, open_store

    target = store or default_store_uri()
    try:
        opened = open_store(target, create=False)
    except FileNotFoundError:
        print(f"error: no incident store at {store or default_store_uri()}", file=sys.stderr)
        return 1
    with opened:
        print(json.dumps(opened.info(), default=str))
    return 0


def dashboard_script() -> Path:
    """Where the installed package keeps what ``streamlit run`` serves: the dashboard's
    server (``geo/app/serve.py``, an st.App over the page script ``dashboard.py``)."""
    return Path(str(resources.files("geo") / "app" / "serve.py"))


def dashboard_command(store: str, port: int) -> tuple[list[str], dict[str, str]]:
    """The ``streamlit run`` command line and environment that serve the dashboard."""
    # The dashboard reads its store from GEO_STORE and would take a relative path
    # against its own folder (inside the installed package): resolve it here, against
    # the folder the command was run in, as ``geo ingest --store`` does.
    from geo.app.uploads import streamlit_upload_megabytes

    database = str(store).startswith(("postgresql://", "postgres://"))
    env = {**os.environ, "GEO_STORE": str(store) if database else str(Path(store).resolve())}
    # The review page's upload cap, told to Streamlit too: the browser then refuses a
    # larger file before sending it (Streamlit's own default is 200 MB).
    command = [sys.executable, "-m", "streamlit", "run", str(dashboard_script()),
               "--server.port", str(port), "--server.maxUploadSize", str(streamlit_upload_megabytes())]
    return command, env


def run_dashboard(store: str, port: int) -> int:
    script = dashboard_script()
    if not script.is_file():
        print(f"error: the dashboard is not installed with this package ({script} is missing)", file=sys.stderr)
        return 1
    command, env = dashboard_command(store, port)
    if os.name == "posix":
        # Streamlit takes this process's place, so a signal sent to `geo dashboard`
        # (a service manager's stop, a test's terminate) reaches the server itself
        # instead of leaving it running orphaned.
        sys.stdout.flush()
        sys.stderr.flush()
        os.execve(command[0], command, env)
    return subprocess.call(command, env=env)
