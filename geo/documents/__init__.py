"""Read news reports into ``Document`` objects.

``read_documents`` takes files and folders and yields one ``Document`` per report, or a
``DocumentError`` for anything it cannot read (it never raises for bad input).

Supported inputs, by suffix (one module each):

- ``.txt``, ``.md`` (``text``): the seed format (first line ``date YYYY-MM-DD headline``,
  a blank line, a byline, a blank line, the body), or plain text (the first non-empty
  line is the title, the whole content is the text).
- ``.html``, ``.htm`` (``html``): title, publication date and the visible paragraph text.
- ``.jsonl``, ``.json``, ``.csv`` (``records``): one report per line, item or row.

Text must be UTF-8 or UTF-16 with a byte-order mark (``encoding``); in files of many
records a bad byte, a bad JSON line (``jsonvalue``: nesting and number limits) or a bad
row costs that record only. Stray NULs and lone surrogates are blanked with a note on the
``Document`` (``Document.notes``). Dates the analyst supplies must be valid ISO dates
(``parse_date``); an invalid one makes the whole report a ``DocumentError``. Symbolic
links inside folders, FIFOs, devices and files over ``ReadOptions.max_file_bytes`` are
reported, not read. A new reader goes in its own module, dispatched by suffix in
``paths``.
"""

from geo.documents.encoding import clean_text
from geo.documents.jsonvalue import JSONValueError, load_json
from geo.documents.model import Document, DocumentError, UnreadableDocument, document_id, parse_date
from geo.documents.paths import DEFAULT_MAX_FILE_BYTES, SUPPORTED_SUFFIXES, ReadOptions, read_documents
from geo.documents.records import CSV_DATE_COLUMNS, CSV_SOURCE_COLUMNS, CSV_TEXT_COLUMNS, CSV_TITLE_COLUMNS
from geo.documents.text import parse_text_report

__all__ = [
    "CSV_DATE_COLUMNS",
    "CSV_SOURCE_COLUMNS",
    "CSV_TEXT_COLUMNS",
    "CSV_TITLE_COLUMNS",
    "DEFAULT_MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "Document",
    "DocumentError",
    "JSONValueError",
    "ReadOptions",
    "UnreadableDocument",
    "clean_text",
    "document_id",
    "load_json",
    "parse_date",
    "parse_text_report",
    "read_documents",
]
