"""The JSON Lines batch interface: one JSON object per input line (``id``, ``text``,
optional ``date`` and, for ``parse --gold-spans``, ``spans``), one per output line.

``python -m geo parse [--gold-spans]`` and ``python -m geo extract`` run it; the
evaluation harness (``geo.evaluation``) calls the same per-record functions in process,
so what it measures is what the command line answers.

Whatever a line holds, it gets exactly one output line, and the next line is read:
input is read as bytes and decoded line by line (one non-UTF-8 byte costs its line, under
any locale), a blank line gets an error line, JSON is read with limits
(``geo.documents.load_json``), lone surrogates and NULs in the text are blanked one for
one (offsets hold) with a ``warnings`` entry, and the output is always valid UTF-8.
"""

from __future__ import annotations

import codecs
import gc
import io
import json
from typing import IO, Callable, Iterator

from geo.compiled_patterns import kept_compilation
from geo.documents import JSONValueError, clean_text, load_json


def run_batch(stdin: IO, stdout: IO, handle: Callable[[dict], list], key: str) -> int:
    """One output line per input line, same order; a bad line gets an ``error`` and the
    batch goes on (the exit status is 0 once the input was read to its end).

    ``stdin`` may be binary (what the command line passes: ``sys.stdin.buffer``) or
    text; ``stdout`` gets text if it is a text stream, UTF-8 bytes if it is binary."""
    for number, line in enumerate(_lines(stdin), 1):
        out = answer_line(line, number, handle, key)
        text = json.dumps(out, ensure_ascii=False) + "\n"
        # Lone surrogates can only come from a handler's own strings by now: written as
        # JSON escapes, so the line stays valid UTF-8 whatever happened.
        text = text.encode("utf-8", "backslashreplace").decode("utf-8") if _has_surrogate(text) else text
        if isinstance(stdout, (io.RawIOBase, io.BufferedIOBase)):
            stdout.write(text.encode("utf-8"))
        else:
            stdout.write(text)
        stdout.flush()
    return 0


def answer_line(line: bytes | str, number: int, handle: Callable[[dict], list], key: str) -> dict:
    """The output object for one input line (never raises)."""
    warnings: list[str] = []
    out = _answer(line, number, handle, key, warnings)
    if warnings:
        out["warnings"] = warnings
    return out


def _answer(line: bytes | str, number: int, handle: Callable[[dict], list], key: str, warnings: list[str]) -> dict:
    record_id = None
    try:
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                return {"id": None, "error": f"line {number}: not valid UTF-8 "
                        f"(byte 0x{line[exc.start]:02x} at offset {exc.start})"}
        if not line.strip():
            return {"id": None, "error": f"line {number}: blank line (expected a JSON object)"}
        try:
            record = load_json(line)
        except JSONValueError as exc:
            return {"id": None, "error": f"line {number}: {exc}"}
        if not isinstance(record, dict):
            return {"id": None, "error": f"line {number}: a line must be a JSON object"}
        record_id, id_warnings = _echo_id(record.get("id"))
        warnings += id_warnings
        if not isinstance(record.get("text"), str):
            return {"id": record_id, "error": f"line {number}: missing 'text' (a string)"}
        text, notes = clean_text(record["text"])
        warnings += [f"{note} in 'text'" for note in notes]
        return {"id": record_id, key: handle({**record, "text": text})}
    except RecursionError:
        return {"id": record_id, "error": f"line {number}: the record is nested too deeply"}
    except Exception as exc:  # one bad record must not stop the batch
        return {"id": record_id, "error": f"line {number}: {_in_words(exc)}"}


def _echo_id(value: object) -> tuple[object, list[str]]:
    """The id to echo: as given when it is a string or a number (a string cleaned of
    lone surrogates, with a warning), else null with a warning."""
    if isinstance(value, str):
        text, notes = clean_text(value)
        return text, [f"{note} in 'id'" for note in notes]
    if value is None or isinstance(value, (int, float)):
        return value, []
    return None, ["'id' is not a string or a number: not echoed"]


def _in_words(exc: Exception) -> str:
    """A handler's failure said in words, not as a Python exception's repr."""
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    return f"could not be processed (internal error: {type(exc).__name__})"


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _lines(stream: IO) -> Iterator[bytes | str]:
    """The stream's lines without their line ends (and without a leading UTF-8 BOM)."""
    for number, line in enumerate(stream):
        if number == 0:
            line = line.removeprefix(codecs.BOM_UTF8 if isinstance(line, bytes) else "\ufeff")
        yield line.rstrip(b"\r\n" if isinstance(line, bytes) else "\r\n")


def parse_record(gold_spans: bool) -> Callable[[dict], list]:
    from geo.gazetteer import load_gazetteer
    from geo.places import parse_places, resolve_spans

    gz = load_gazetteer()
    settle_process()

    def handle(record: dict) -> list:
        text = record["text"]
        if not gold_spans:
            return [m.to_json() for m in parse_places(text, gz)]
        spans = record.get("spans")
        if not isinstance(spans, list):
            raise ValueError("--gold-spans needs 'spans': [{\"start\": …, \"end\": …}, …]")
        # Each span answers for itself: one bad span gets its own error, the others are
        # resolved (with each other as context) in the order given.
        checked = [_check_span(span, len(text)) for span in spans]
        good = [pair for pair in checked if isinstance(pair, tuple)]
        resolved = iter(m.to_json() for m in resolve_spans(text, good, gz)) if good else iter(())
        return [next(resolved) if isinstance(pair, tuple) else pair for pair in checked]

    return handle


def _check_span(span: object, length: int) -> tuple[int, int] | dict:
    """``(start, end)`` for a usable span, else the span's error entry."""
    start = span.get("start") if isinstance(span, dict) else None
    end = span.get("end") if isinstance(span, dict) else None
    entry = {"start": start if isinstance(start, int) else None,
             "end": end if isinstance(end, int) else None,
             "text": None, "lat": None, "lon": None}
    if not isinstance(span, dict):
        return {**entry, "error": "a span must be an object {\"start\": …, \"end\": …}"}
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        return {**entry, "error": "a span needs whole-number 'start' and 'end'"}
    if not 0 <= start < end <= length:
        return {**entry, "error": f"span {start}-{end} is outside the text (length {length}) or empty"}
    return start, end


# The collector's first threshold for a process that reads many records (CPython's default
# is 700 allocations).
YOUNG_OBJECTS_BEFORE_COLLECTION = 10_000
_settled = False


def settle_process() -> None:
    """Set up the collector, once, for a process that goes on to read many records: what
    the first record loaded lives as long as the process (the lexicons, the compiled
    patterns; the gazetteer was frozen as it loaded, ``geo.gazetteer.cache``) and is
    moved out of the collector's sight (``gc.freeze``), and young objects are collected
    after 10,000 allocations rather than 700. Extraction makes many short-lived lists
    and tuples that reference counting frees; with the defaults the collector ran ~550
    times over 5,700 ACLED notes and every full collection walked the gazetteer's
    columns: 8 % of the CPU of a first pass, now 1 %. No record's answer depends on it."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.freeze()
    young, middle, old = gc.get_threshold()
    if young:  # 0: the caller turned automatic collection off
        gc.set_threshold(max(young, YOUNG_OBJECTS_BEFORE_COLLECTION), middle, old)


def extract_record(record: dict) -> list:
    # The first record imports the reader and compiles its patterns, later ones a few
    # more (those compiled on first use): from the code kept beside the gazetteer cache
    # (``geo.compiled_patterns``), not from their source.
    # (Written when a few are new: a pattern built from a set's words has another source in
    # each process, as the hash seed orders them, and is not worth a file each time.)
    if _settled:
        with kept_compilation(save_at_least=32):
            return _extract_record(record)
    with kept_compilation(save_at_least=8):
        found = _extract_record(record)
    from geo.incidents.pattern_facts import save_pattern_facts

    save_pattern_facts()  # what the first record's scans read of their patterns, for the next process
    return found


def _extract_record(record: dict) -> list:
    from geo.documents import parse_date, parse_text_report
    from geo.incidents import extract_incidents_from_text

    date = record.get("date")
    if date is not None and not isinstance(date, str):
        raise ValueError("'date' must be a string (YYYY-MM-DD)")
    country = record.get("country")
    if country is not None and not isinstance(country, str):
        raise ValueError("'country' must be a string (a country's code or name)")
    text, published = record["text"], parse_date(date)
    # A report pasted whole in the seed format carries its own date and a byline whose
    # dateline cities are not events: read it as the document reader would.
    if text.lstrip().lower().startswith("date "):
        document = parse_text_report(text, str(record.get("id")))
        text, published = document.text, published or document.date
    found = [i.to_json() for i in extract_incidents_from_text(text, published, country=country)]
    settle_process()  # once, after the first record: the gazetteer and the lexicons are loaded
    return found
