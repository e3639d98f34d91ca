"""A dataset export as text: its columns in file order and its rows (column -> text).

Values are kept as the file writes them, so an imported row can be written back as it
was (``geo.interop.acled_csv``). CSV (UTF-8 with or without a byte-order mark; Latin-1
if it is not UTF-8) and Excel workbooks (``.xlsx``, the first sheet; needs openpyxl)
are read; a spreadsheet's dates become ISO days, its whole numbers lose the ".0".
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

EXCEL_SUFFIXES = (".xlsx", ".xlsm")


class Table:
    """The columns (file order) and rows of one export."""

    def __init__(self, columns: list[str], rows: list[dict[str, str]]):
        self.columns = columns
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)


def read_table(path: str | Path) -> Table:
    """The export at ``path`` (CSV or Excel) as text."""
    path = Path(path)
    if path.suffix.lower() in EXCEL_SUFFIXES:
        return _read_excel(path)
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        raise ValueError(f"{path}: empty file, no header row")
    columns = [h.strip() for h in header]
    rows = []
    for values in reader:
        if not any(v.strip() for v in values):
            continue
        values = values + [""] * (len(columns) - len(values))
        rows.append(dict(zip(columns, values)))
    return Table(columns, rows)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_excel(path: Path) -> Table:
    try:
        import openpyxl  # noqa: PLC0415
    except ImportError:
        raise ValueError(f"{path}: reading .xlsx needs openpyxl (pip install openpyxl), or save it as CSV") from None
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        lines = sheet.iter_rows(values_only=True)
        header = next(lines, None)
        if header is None:
            raise ValueError(f"{path}: empty sheet, no header row")
        columns = [_cell(h).strip() for h in header]
        while columns and not columns[-1]:
            columns.pop()
        rows = []
        for values in lines:
            cells = [_cell(v) for v in values[: len(columns)]]
            if not any(c.strip() for c in cells):
                continue
            cells += [""] * (len(columns) - len(cells))
            rows.append(dict(zip(columns, cells)))
    finally:
        book.close()
    return Table(columns, rows)


def parse_days(values: list[str], formats: list[str]) -> list[date | None]:
    """The days of a column of date text: ISO days as they are, the rest with the first
    of ``formats`` that reads every value (one file writes one format: "01-02-19" is
    then read as the rest of its column is); a value none reads is None."""
    out: list[date | None] = [None] * len(values)
    todo = []
    for i, value in enumerate(values):
        text = value.strip()
        if not text:
            continue
        try:
            out[i] = date.fromisoformat(text[:10])
        except ValueError:
            todo.append(i)
    if not todo:
        return out

    def read(text: str, fmt: str) -> date | None:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            return None

    whole = next((f for f in formats if all(read(values[i], f) for i in todo)), None)
    for i in todo:
        if whole:
            out[i] = read(values[i], whole)
        else:
            out[i] = next((d for d in (read(values[i], f) for f in formats) if d), None)
    return out
