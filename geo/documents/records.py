"""Files holding many reports as records: JSON Lines (``text`` and optional ``id``,
``title``, ``date``, ``source``/``url``), a ``.json`` file with one object or an array of
them, and CSV (one report per row; see ``CSV_TEXT_COLUMNS`` and friends)."""

from __future__ import annotations

import csv
import io
import itertools
import json
from typing import Iterator

from geo.documents.encoding import decode
from geo.documents.model import Document, DocumentError, UnreadableDocument, document_id, parse_date

# CSV headers, matched case-insensitively; the first one present wins.
CSV_TEXT_COLUMNS = ("text", "body", "content", "notes", "article")
CSV_TITLE_COLUMNS = ("title", "headline")
CSV_DATE_COLUMNS = ("date", "event_date", "published")
CSV_SOURCE_COLUMNS = ("url", "source")


# --- JSON and JSON Lines -------------------------------------------------------------


def read_json(data: bytes, source: str, whole_file: bool) -> Iterator[Document | DocumentError]:
    if whole_file:
        # A .json file holds one object or an array of them, or else it is JSON Lines
        # under another name, which is what many "*.json" exports really are.
        try:
            value = json.loads(decode(data, source))
        except (json.JSONDecodeError, UnreadableDocument) as exc:
            if not _is_json_lines(data):
                if isinstance(exc, UnreadableDocument):
                    raise
                raise UnreadableDocument(
                    source, f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
                ) from None
        else:
            if isinstance(value, list):
                for n, record in enumerate(value, 1):
                    where = f"{source} item {n}"
                    yield _record_document(record, where, where)
            else:
                yield _record_document(value, source, source)
            return
    for n, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        where = f"{source} line {n}"
        try:
            line = decode(raw, where)
        except UnreadableDocument as exc:
            yield exc.error
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield DocumentError(where, f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        yield _record_document(record, where, f"{source}:{n}")


def _is_json_lines(data: bytes) -> bool:
    first_line = next((line for line in data.split(b"\n") if line.strip()), b"")
    try:
        return isinstance(json.loads(first_line), dict)
    except ValueError:  # JSONDecodeError and UnicodeDecodeError alike
        return False


def _record_document(record: object, where: str, source: str) -> Document | DocumentError:
    """One JSON object -> Document; ``where`` names it in errors."""
    if not isinstance(record, dict):
        return DocumentError(where, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        reason = "missing \"text\"" if text is None else "\"text\" is empty or not a string"
        return DocumentError(where, reason)
    try:
        date = parse_date(record.get("date"))
    except ValueError as exc:
        return DocumentError(where, str(exc))
    # The text is kept exactly as given: callers may hold character offsets into it.
    own_id = record.get("id")
    return Document(
        id=str(own_id) if own_id not in (None, "") else document_id(text),
        title=str(record.get("title") or ""),
        date=date,
        text=text,
        source=str(record.get("source") or record.get("url") or source),
    )


# --- CSV -----------------------------------------------------------------------------


def read_csv(text: str, source: str) -> Iterator[Document | DocumentError]:
    # Article bodies easily exceed the csv module's default 128 KiB field limit.
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = [name.strip().lower() for name in next(reader, [])]
    except csv.Error as exc:
        raise UnreadableDocument(source, f"cannot read the CSV header ({exc})") from None

    def column(names: tuple[str, ...]) -> int | None:
        return next((header.index(name) for name in names if name in header), None)

    text_col = column(CSV_TEXT_COLUMNS)
    if text_col is None:
        raise UnreadableDocument(
            source, f"no text column (expected one of: {', '.join(CSV_TEXT_COLUMNS)})"
        )
    title_col, date_col, source_col = (
        column(CSV_TITLE_COLUMNS), column(CSV_DATE_COLUMNS), column(CSV_SOURCE_COLUMNS)
    )

    # Rows are numbered as a spreadsheet shows them: the header is row 1.
    for row_number in itertools.count(2):
        where = f"{source} row {row_number}"
        try:
            row = next(reader, None)
        except csv.Error as exc:
            yield DocumentError(where, f"invalid CSV ({exc})")
            return  # the reader cannot find its way back after a broken quote
        if row is None:
            return
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        body, title, date, url = (
            cells[col] if col is not None and col < len(cells) else ""
            for col in (text_col, title_col, date_col, source_col)
        )
        if not body:
            yield DocumentError(where, f"empty {header[text_col]!r} column")
            continue
        try:
            date = parse_date(date)
        except ValueError as exc:
            yield DocumentError(where, str(exc))
            continue
        yield Document(document_id(body), title, date, body, url or f"{source}:{row_number}")
