"""The JSON Lines batch interface: one JSON object per input line (``id``, ``text``,
optional ``date`` and, for ``parse --gold-spans``, ``spans``), one per output line.

``python -m geo parse [--gold-spans]`` and ``python -m geo extract`` run it; the
evaluation harness (``geo.evaluation``) calls the same per-record functions in process,
so what it measures is what the command line answers.
"""

from __future__ import annotations

import json
from typing import Callable, TextIO

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
