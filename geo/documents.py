"""Read news reports into ``Document`` objects.

``read_documents`` takes files and folders and yields one ``Document`` per report, or a
``DocumentError`` for anything it cannot read. It never raises for bad input: a batch of
hundreds of reports should not stop at the first odd file, and the analyst gets a list of
what was left out and why.

Supported inputs, by suffix:

- ``.txt``, ``.md``: the seed format (first line ``date YYYY-MM-DD headline``, a blank
  line, a byline, a blank line, the body), or plain text (the first non-empty line is the
  title, the whole content is the text).
- ``.html``, ``.htm``: title, publication date and the visible paragraph text.
- ``.jsonl`` (or ``.json``): one object per line with ``text`` and optional ``id``,
  ``title``, ``date`` and ``source``/``url``. A ``.json`` file holding one object or an
  array of objects works too.
- ``.csv``: one report per row; see ``CSV_TEXT_COLUMNS`` and friends for the headers.

Text must be UTF-8 (a byte-order mark is dropped). Other encodings are refused with the
offset of the first bad byte rather than guessed at: cp1252 and latin-1 cannot be told
apart reliably, and a wrongly decoded name would be geocoded wrongly without a trace.
UTF-16 with a byte-order mark is unambiguous, so it is decoded.

Dates the analyst supplies (the seed ``date`` line, a ``date`` field or column) must be
valid ISO dates; an invalid one makes the whole report a ``DocumentError``, because that
date anchors relative expressions like "overnight into Monday" and a report silently read
without it would date its incidents wrongly. Dates scraped from HTML metadata are best
effort: an unreadable one is ignored.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import itertools
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".json", ".csv")

# CSV headers, matched case-insensitively; the first one present wins.
CSV_TEXT_COLUMNS = ("text", "body", "content", "notes", "article")
CSV_TITLE_COLUMNS = ("title", "headline")
CSV_DATE_COLUMNS = ("date", "event_date", "published")
CSV_SOURCE_COLUMNS = ("url", "source")


@dataclass(frozen=True)
class Document:
    id: str  # stable: see ``document_id``, or the record's own id for JSON input
    title: str
    date: str | None  # publication date, ISO YYYY-MM-DD, when known
    text: str  # the body the pipeline reads (no title, no byline)
    source: str  # the report's URL when given, else the path (and line/row) it came from
    byline: str = ""  # authors and datelines: kept apart, their places are not events


@dataclass(frozen=True)
class DocumentError:
    """A report that could not be read: where it is, and why."""

    source: str  # the path, with " line N" / " row N" for multi-document files
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class UnreadableDocument(ValueError):
    """Raised inside the readers; ``read_documents`` turns it into ``DocumentError``."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.error = DocumentError(source, reason)


def document_id(text: str) -> str:
    """First 16 hex digits of the SHA-256 of the normalised text.

    Normalised means Unicode NFC with all runs of whitespace made one space, so the same
    report saved with CRLF line ends or re-wrapped paragraphs keeps its id, and
    re-ingesting it is a no-op.
    """
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def read_documents(paths: Iterable[str | Path]) -> Iterator[Document | DocumentError]:
    """Yield a ``Document`` per report in ``paths``, or a ``DocumentError``.

    A path may be a file or a folder. Folders are walked recursively in sorted order,
    skipping hidden files and folders and files with unsupported suffixes; a file named
    explicitly with an unsupported suffix is reported as an error instead.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]  # a lone path is an easy mistake; don't iterate its characters
    for path in map(Path, paths):
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield DocumentError(str(path), "no such file or folder")


FOLDER_NOTES = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE"})


def _walk(folder: Path) -> list[Path]:
    """Supported, non-hidden files under ``folder``, sorted by their path in it."""
    found = []
    for root, dirs, files in os.walk(folder):  # does not follow symlinked folders: no loops
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [
            Path(root, name)
            for name in files
            if not name.startswith(".")
            and Path(name).suffix.lower() in SUPPORTED_SUFFIXES
            # A folder of reports often carries a README about them; it is not a report.
            and Path(name).stem.upper() not in FOLDER_NOTES
        ]
    return sorted(found, key=lambda path: path.relative_to(folder).parts)


def _read_file(path: Path) -> Iterator[Document | DocumentError]:
    suffix = path.suffix.lower()
    source = str(path)
    try:
        if suffix not in SUPPORTED_SUFFIXES:
            raise UnreadableDocument(
                source,
                f"unsupported file type {suffix or '(no suffix)'!r}; "
                f"expected one of {', '.join(SUPPORTED_SUFFIXES)}",
            )
        data = _read_bytes(path)
        if suffix in (".jsonl", ".json"):
            yield from _read_json(data, source, whole_file=suffix == ".json")
        elif suffix == ".csv":
            yield from _read_csv(_decode(data, source), source)
        elif suffix in (".html", ".htm"):
            yield _read_html(_decode(data, source), source)
        else:
            yield parse_text_report(_decode(data, source), source)
    except UnreadableDocument as exc:
        yield exc.error
    except Exception as exc:  # noqa: BLE001 - a reader's bug must not end the batch either
        yield DocumentError(source, f"could not be read: {type(exc).__name__}: {exc}")


def _read_bytes(path: Path) -> bytes:
    """The file's bytes as UTF-8 without a BOM, or ``UnreadableDocument``."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(source, f"cannot read file ({exc.strerror or exc})") from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as exc:
            raise UnreadableDocument(source, f"not valid UTF-16 ({exc.reason})") from exc
    if b"\x00" in data:
        raise UnreadableDocument(source, "binary file, not text")
    data = data.removeprefix(codecs.BOM_UTF8)
    if not data.strip():
        raise UnreadableDocument(source, "empty file")
    return data


def _decode(data: bytes, source: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        if b"\n" in data:
            line = data.count(b"\n", 0, exc.start) + 1
            where += f", line {line}"
        raise UnreadableDocument(
            source, f"not valid UTF-8 ({where}); re-save the file as UTF-8"
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_date(value: object, what: str = "date") -> str | None:
    """An ISO date (or date-time) -> ``YYYY-MM-DD``; empty -> None; else ``ValueError``."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        # A timestamp keeps the date as written: the local publication day is what
        # relative expressions in the report count from.
        return dt.datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        raise ValueError(f"invalid {what} {text!r}, expected YYYY-MM-DD") from None


# --- plain text and the seed format ---------------------------------------------------

# "date 2021-06-28 Headline". The token after "date" has to be date-shaped, so a plain
# report that starts with the word "Date" is not taken for the seed format, while a
# mistyped date ("28/06/2021", "2021-13-01") is caught and reported.
_SEED_FIRST_LINE = re.compile(
    r"date[ \t]+(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\S*)(?:[ \t]+(.*))?", re.IGNORECASE
)


def parse_text_report(text: str, source: str) -> Document:
    """A plain-text report: the seed format (``date YYYY-MM-DD headline``, byline, body)
    when its first line says so, otherwise title = first line and text = everything."""
    text = text.strip()
    first_line, _, rest = text.partition("\n")
    seed = _SEED_FIRST_LINE.fullmatch(first_line.strip())
    if seed is None:
        title = first_line.strip().lstrip("#").strip()
        return Document(document_id(text), title, None, text, source)

    try:
        date = parse_date(seed.group(1), "date in the first line")
    except ValueError as exc:
        raise UnreadableDocument(source, str(exc)) from None
    title = (seed.group(2) or "").strip()
    blocks = [b.strip() for b in re.split(r"\n[ \t]*\n", rest.strip()) if b.strip()]
    byline = blocks.pop(0) if len(blocks) > 1 and _looks_like_byline(blocks[0]) else ""
    body = "\n\n".join(blocks)
    if not body:
        raise UnreadableDocument(source, "no text after the date line")
    return Document(document_id(body), title, date, body, source, byline)


def _looks_like_byline(block: str) -> bool:
    """A byline is one short line that is not a sentence ("By X", "X with Y in Baghdad")."""
    if "\n" in block or len(block) > 150:
        return False
    return block.startswith("By ") or not block.endswith((".", "!", "?", '"', "”", "'", "’"))


# --- HTML ----------------------------------------------------------------------------


class _ArticleParser(HTMLParser):
    """Collect title, publication date and paragraph text; skip what is not shown."""

    # <head> is deliberately not here: its end tag may be omitted, which would hide the
    # whole page; the only text in it is <title>, which is read on its own.
    _HIDDEN = {"script", "style", "noscript", "template", "svg"}
    _BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div",
               "section", "article", "br", "tr", "td", "th", "pre"}
    _DATE_META = {"article:published_time", "datepublished", "date", "pubdate"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.h1 = ""  # the first <h1>, the title when there is no <title>
        self.dates: list[str] = []  # candidates, in document order
        self.paragraphs: list[str] = []  # text of each <p>
        self.blocks: list[str] = []  # all visible text, for pages without <p>
        self._hidden = 0
        self._in_title = self._in_h1 = self._in_p = False
        self._paragraph: list[str] = []
        self._block: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {name: value or "" for name, value in attrs}
        if tag == "meta":
            key = attr.get("property") or attr.get("name") or attr.get("itemprop") or ""
            if key.lower() in self._DATE_META:
                self.dates.append(attr.get("content", ""))
        elif tag == "time" and attr.get("datetime"):
            self.dates.append(attr["datetime"])
        elif tag == "title":
            self._in_title = True
        elif tag in self._HIDDEN:
            self._hidden += 1
        if tag in self._BLOCKS:
            self._end_block()
        if tag == "h1" and not self.h1:
            self._in_h1 = True
        elif tag == "p":
            self._end_paragraph()
            self._in_p = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._HIDDEN and self._hidden:
            self._hidden -= 1
        elif tag == "h1":
            self._in_h1 = False
        elif tag == "p":
            self._end_paragraph()
        if tag in self._BLOCKS:
            self._end_block()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._hidden:
            if self._in_h1:
                self.h1 += data
            if self._in_p:
                self._paragraph.append(data)
            self._block.append(data)

    def close(self) -> None:
        super().close()
        self._end_paragraph()
        self._end_block()

    def _end_paragraph(self) -> None:
        if text := " ".join("".join(self._paragraph).split()):
            self.paragraphs.append(text)
        self._paragraph = []
        self._in_p = False

    def _end_block(self) -> None:
        if text := " ".join("".join(self._block).split()):
            self.blocks.append(text)
        self._block = []


def _read_html(html: str, source: str) -> Document:
    parser = _ArticleParser()
    parser.feed(html)
    parser.close()
    title = " ".join(parser.title.split()) or " ".join(parser.h1.split())
    # Paragraphs are the article; pages without any <p> fall back to all visible text.
    blocks = parser.paragraphs or [b for b in parser.blocks if b != title]
    text = "\n\n".join(blocks)
    if not text:
        raise UnreadableDocument(source, "no visible text in the HTML")
    date = None
    for candidate in parser.dates:
        try:
            date = parse_date(candidate)
        except ValueError:
            continue  # scraped metadata: best effort, see the module docstring
        if date:
            break
    return Document(document_id(text), title, date, text, source)


# --- JSON Lines ----------------------------------------------------------------------


def _read_json(data: bytes, source: str, whole_file: bool) -> Iterator[Document | DocumentError]:
    if whole_file:
        # A .json file holds one object or an array of them, or else it is JSON Lines
        # under another name, which is what many "*.json" exports really are.
        try:
            value = json.loads(_decode(data, source))
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
            line = _decode(raw, where)
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


def _read_csv(text: str, source: str) -> Iterator[Document | DocumentError]:
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
