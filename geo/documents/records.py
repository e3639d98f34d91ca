"""Files holding many reports as records: JSON Lines (``text`` and optional ``id``,
``title``, ``date``, ``source``/``url``), a ``.json`` file with one object or an array of
them, and CSV (one report per row; see ``CSV_TEXT_COLUMNS`` and friends).

A bad line or row is one ``DocumentError`` naming the file, the line or row and the
reason; the lines and rows around it are read as usual.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from typing import Iterator

from geo.documents.encoding import clean_text, decode
from geo.documents.jsonvalue import JSONValueError, load_json
from geo.documents.model import Document, DocumentError, UnreadableDocument, document_id, parse_date

# CSV headers, matched case-insensitively; the first one present wins.
CSV_TEXT_COLUMNS = ("text", "body", "content", "notes", "article")
CSV_TITLE_COLUMNS = ("title", "headline")
CSV_DATE_COLUMNS = ("date", "event_date", "published")
CSV_SOURCE_COLUMNS = ("url", "source")


# --- JSON and JSON Lines -------------------------------------------------------------

MAX_ID_CHARS = 200  # an id is a name, not a text


def read_json(data: bytes, source: str, whole_file: bool) -> Iterator[Document | DocumentError]:
    if whole_file:
        # A .json file holds one object or an array of them, or else it is JSON Lines
        # under another name, which is what many "*.json" exports really are.
        try:
            value = load_json(decode(data, source))
        except (JSONValueError, UnreadableDocument) as exc:
            if not _is_json_lines(data):
                if isinstance(exc, UnreadableDocument):
                    raise
                raise UnreadableDocument(source, str(exc)) from None
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
            record = load_json(line)
        except UnreadableDocument as exc:
            yield exc.error
            continue
        except JSONValueError as exc:
            yield DocumentError(where, str(exc))
            continue
        yield _record_document(record, where, f"{source}:{n}")


def _is_json_lines(data: bytes) -> bool:
    first_line = next((line for line in data.split(b"\n") if line.strip()), b"")
    try:
        return isinstance(load_json(first_line), dict)
    except ValueError:  # JSONValueError and UnicodeDecodeError alike
        return False


def _record_document(record: object, where: str, source: str) -> Document | DocumentError:
    """One JSON object -> Document; ``where`` names it in errors."""
    if not isinstance(record, dict):
        return DocumentError(where, f"expected a JSON object, got {_json_kind(record)}")
    text = record.get("text")
    if isinstance(text, str):
        # NULs and lone surrogates are replaced one for one (offsets into the text
        # hold; see ``clean_text``); otherwise the text is kept exactly as given.
        text, notes = clean_text(text)
    if not isinstance(text, str) or not text.strip():
        reason = "missing \"text\"" if text is None else "\"text\" is empty or not a string"
        return DocumentError(where, reason)
    date = record.get("date")
    if date is not None and not isinstance(date, str):
        return DocumentError(where, f"\"date\" must be a string (YYYY-MM-DD), not {_json_kind(date)}")
    try:
        date = parse_date(date)
    except ValueError as exc:
        return DocumentError(where, str(exc))
    own_id = record.get("id")
    if own_id in (None, ""):
        own_id = None
    elif isinstance(own_id, bool) or not isinstance(own_id, (str, int, float)):
        return DocumentError(where, f"\"id\" must be a string or a number, not {_json_kind(own_id)}")
    elif len(str(own_id)) > MAX_ID_CHARS:
        return DocumentError(where, f"\"id\" is {len(str(own_id)):,} characters long (at most {MAX_ID_CHARS})")
    fields = {}
    for name, value in (("id", own_id), ("title", record.get("title")),
                        ("source", record.get("source") or record.get("url"))):
        if value is not None and not isinstance(value, (str, int, float)):
            value = None  # a nested value is no title or link; ignored, not printed
        fields[name], more = clean_text("" if value is None else str(value))
        notes += tuple(f"{note} in {name!r}" for note in more)
    return Document(
        id=fields["id"] or document_id(text),
        title=fields["title"],
        date=date,
        text=text,
        source=fields["source"] or source,
        notes=notes,
    )


def _json_kind(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    return {dict: "an object", list: "an array", str: "a string", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


# --- CSV -----------------------------------------------------------------------------


def _header_delimiter(text: str) -> str:
    """The separator the header line uses most (comma, semicolon or tab; comma when it
    has none): the header names the columns, so its separator is the file's. Guessing
    from the rows as well (``csv.Sniffer``) lets a semicolon inside a quoted cell of a
    comma file pass for the separator, and every row after it loses its columns."""
    header = re.sub(r'"[^"]*"', "", text.split("\n", 1)[0])
    counts = {d: header.count(d) for d in ",;\t"}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_csv(data: bytes, source: str) -> Iterator[Document | DocumentError]:
    """Rows of a CSV file. Bytes that are not UTF-8 cost their row only: the file is
    decoded with the bad bytes kept aside (``surrogateescape``) and each row is checked."""
    # Article bodies easily exceed the csv module's default 128 KiB field limit.
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    text = data.decode("utf-8", "surrogateescape").replace("\r\n", "\n").replace("\r", "\n")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_header_delimiter(text))
    try:
        header = [name.strip().lower() for name in next(reader, [])]
    except csv.Error as exc:
        raise UnreadableDocument(source, f"cannot read the CSV header ({exc})") from None
    if _has_bad_bytes(",".join(header)):
        decode(data.split(b"\n", 1)[0], source)  # raises, naming the byte

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
        cells = [cell.replace("\x00", " ").strip() for cell in row]
        nuls = sum(cell.count("\x00") for cell in row)
        if not any(cells):
            continue
        bad = next((i for i, cell in enumerate(cells) if _has_bad_bytes(cell)), None)
        if bad is not None:
            byte = ord(_BAD_BYTE.search(cells[bad]).group()) - 0xDC00
            name = header[bad] if bad < len(header) else f"column {bad + 1}"
            yield DocumentError(
                where, f"not valid UTF-8 (byte 0x{byte:02x} in {name!r}); re-save the file as UTF-8"
            )
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
        notes = (f"{nuls} NUL character{'s' if nuls > 1 else ''} replaced by spaces",) if nuls else ()
        yield Document(document_id(body), title, date, body, url or f"{source}:{row_number}", notes=notes)


# Bytes set aside by ``surrogateescape`` (U+DC80..U+DCFF): not UTF-8 in the file.
_BAD_BYTE = re.compile("[\udc80-\udcff]")


def _has_bad_bytes(text: str) -> bool:
    return _BAD_BYTE.search(text) is not None
