"""``python -m geo``: the command-line shell over the library.

- ``ingest PATH…``: read reports, extract incidents, append them to the store.
- ``parse [--gold-spans]`` and ``extract``: the JSON Lines batch interface
  (../shared/specs/batch-interface.md, summarised in the README).
- ``report``: a one-page brief of a filtered view, as PDF/PNG/HTML (``geo.report``).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Callable, TextIO

DEFAULT_STORE = "data/incidents.parquet"


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

    from geo.evaluation import add_eval_parser, run_eval

    add_eval_parser(sub)  # eval lgl|acled PATH: measure on a third-party corpus

    from geo.report import add_report_parser, run_report

    add_report_parser(sub)  # report --from … --to … --actor … --out brief.pdf|png|html

    args = parser.parse_args(argv)
    if args.command == "ingest":
        return run_ingest(args.paths, args.store, progress=not args.no_progress)
    if args.command == "parse":
        return run_batch(sys.stdin, sys.stdout, parse_record(args.gold_spans), "places")
    if args.command == "extract":
        return run_batch(sys.stdin, sys.stdout, extract_record, "incidents")
    if args.command == "eval":
        return run_eval(args)
    if args.command == "report":
        return run_report(args)
    return 2  # pragma: no cover - argparse rejects other commands


def run_ingest(paths: list[str], store: str, progress: bool = True) -> int:
    from geo.layer import ingest

    report = ingest(paths, store, progress=progress)
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    print(report, file=sys.stderr)
    return 0


def run_batch(stdin: TextIO, stdout: TextIO, handle: Callable[[dict], list], key: str) -> int:
    """One output line per input line, same order; a bad line gets an ``error`` and the
    batch goes on (the exit status is 0 once the input was read to its end)."""
    for number, line in enumerate(stdin, 1):
        if not line.strip():
            continue
        record_id = None
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("a line must be a JSON object")
            record_id = record.get("id")
            if not isinstance(record.get("text"), str):
                raise ValueError("missing 'text' (a string)")
            out = {"id": record_id, key: handle(record)}
        except json.JSONDecodeError as exc:
            out = {"id": None, "error": f"line {number}: invalid JSON: {exc.msg} (column {exc.colno})"}
        except Exception as exc:  # one bad record must not stop the batch
            out = {"id": record_id, "error": f"line {number}: {exc}"}
        stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0


def parse_record(gold_spans: bool) -> Callable[[dict], list]:
    from geo.gazetteer import load_gazetteer
    from geo.places import parse_places, resolve_spans

    gz = load_gazetteer()

    def handle(record: dict) -> list:
        text = record["text"]
        if gold_spans:
            spans = record.get("spans")
            if not isinstance(spans, list):
                raise ValueError("--gold-spans needs 'spans': [{\"start\": …, \"end\": …}, …]")
            pairs = [(int(s["start"]), int(s["end"])) for s in spans]
            for start, end in pairs:
                if not 0 <= start < end <= len(text):
                    raise ValueError(f"span {start}-{end} is outside the text (length {len(text)})")
            mentions = resolve_spans(text, pairs, gz)
        else:
            mentions = parse_places(text, gz)
        return [m.to_json() for m in mentions]

    return handle


def extract_record(record: dict) -> list:
    from geo.documents import parse_date, parse_text_report
    from geo.incidents import extract_incidents_from_text

    text, published = record["text"], parse_date(record.get("date"))
    # A report pasted whole in the seed format carries its own date and a byline whose
    # dateline cities are not events: read it as the document reader would.
    if text.lstrip().lower().startswith("date "):
        document = parse_text_report(text, str(record.get("id")))
        text, published = document.text, published or document.date
    return [i.to_json() for i in extract_incidents_from_text(text, published)]
