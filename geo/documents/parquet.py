"""Parquet corpora: one report per row, the text in a column named as for CSV
(``text``, ``body``, ``content``, ``notes`` or ``article``; optional title, date and
url/source columns, see ``geo.documents.records``).

An archive of millions of articles is read in row batches (``iter_batches``), only the
columns used, so memory stays that of one batch whatever the file's size.
"""

from __future__ import annotations

from typing import Iterator

from geo.documents.model import Document, DocumentError, UnreadableDocument, document_id, parse_date
from geo.documents.records import CSV_DATE_COLUMNS, CSV_SOURCE_COLUMNS, CSV_TEXT_COLUMNS, CSV_TITLE_COLUMNS

ROWS_PER_BATCH = 1_000
ID_COLUMNS = ("id", "doc_id")


def read_parquet(path, source: str) -> Iterator[Document | DocumentError]:
    import pyarrow.parquet as pq  # imported here: 0.15 s that ``geo parse|extract`` never need

    try:
        file = pq.ParquetFile(path)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several kinds for a bad file
        raise UnreadableDocument(source, f"not a readable Parquet file ({exc})") from None
    names = {name.lower(): name for name in file.schema_arrow.names}

    def column(candidates: tuple[str, ...]) -> str | None:
        return next((names[c] for c in candidates if c in names), None)

    text_col = column(CSV_TEXT_COLUMNS)
    if text_col is None:
        raise UnreadableDocument(source, f"no text column (expected one of: {', '.join(CSV_TEXT_COLUMNS)})")
    wanted = {
        "text": text_col, "id": column(ID_COLUMNS), "title": column(CSV_TITLE_COLUMNS),
        "date": column(CSV_DATE_COLUMNS), "source": column(CSV_SOURCE_COLUMNS),
    }
    read = sorted({c for c in wanted.values() if c is not None})
    row = 0
    for batch in file.iter_batches(batch_size=ROWS_PER_BATCH, columns=read):
        values = {key: batch.column(name).to_pylist() if name else None for key, name in wanted.items()}
        for k in range(batch.num_rows):
            row += 1  # rows are numbered from 1, as a reader of the table counts them
            where = f"{source} row {row}"
            yield _row_document({key: (col[k] if col is not None else None) for key, col in values.items()},
                                where, text_col)


def _row_document(cells: dict, where: str, text_col: str) -> Document | DocumentError:
    body = cells["text"]
    if not isinstance(body, str) or not body.strip():
        return DocumentError(where, f"empty {text_col!r} column")
    try:
        date = parse_date(cells["date"] if cells["date"] not in (None, "") else None)
    except ValueError as exc:
        return DocumentError(where, str(exc))
    own_id = cells["id"]
    return Document(
        id=str(own_id) if own_id not in (None, "") else document_id(body),
        title=str(cells["title"] or ""),
        date=date,
        text=body,
        source=str(cells["source"] or where.replace(" row ", ":")),
    )
