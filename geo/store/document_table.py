"""The documents table of a folder store: one row per ingested report, in partitions.

It is what makes re-ingesting idempotent, so every append asks it "which of these
documents are stored already?". To answer that from a few row groups rather than from
millions of ids, merged partitions are sorted by ``doc_id`` (each row group's min/max
then says whether an id can be in it); a ``_seq`` column keeps the ingestion order,
which :func:`read_documents` gives back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from geo.store.schema import DOCUMENT_COLUMNS, conform_documents as _conform_documents
from geo.store.manifest import DOCUMENTS_DIR, Part
from geo.store.partitions import COMPRESSION, ROW_GROUP_ROWS, SEQ, fsync_file, new_name

SCHEMA = pa.schema(
    [
        ("doc_id", pa.large_string()),
        ("title", pa.large_string()),
        ("date", pa.large_string()),  # the report's own date, as written; null when none
        ("source", pa.large_string()),
        ("n_incidents", pa.int64()),
        ("ingested_at", pa.timestamp("s", tz="UTC")),
        (SEQ, pa.int64()),  # ingestion order
    ]
)


def write_documents(folder: Path, documents: pd.DataFrame, first_seq: int, generation: int) -> Part:
    """Write documents rows (``DOCUMENT_COLUMNS``) as a new partition, flushed to disk."""
    frame = _conform_documents(documents)
    frame[SEQ] = range(first_seq, first_seq + len(frame))
    table = pa.Table.from_pandas(frame, schema=SCHEMA, preserve_index=False)
    return _write(folder, table, generation, clustered=False)


def merge_documents(folder: Path, parts: list[Part], generation: int) -> list[Part]:
    """One partition holding the rows of ``parts``, sorted by ``doc_id``."""
    table = pa.concat_tables([_read(folder, p) for p in parts])
    return [_write(folder, table.sort_by("doc_id"), generation, clustered=True)]


def _write(folder: Path, table: pa.Table, generation: int, clustered: bool) -> Part:
    name = new_name(DOCUMENTS_DIR, generation)
    path = Path(folder) / name
    pq.write_table(table, path, compression=COMPRESSION, row_group_size=ROW_GROUP_ROWS)
    fsync_file(path)
    return Part(path=name, rows=table.num_rows, bytes=path.stat().st_size, clustered=clustered)


def _read(folder: Path, part: Part, columns: list[str] | None = None) -> pa.Table:
    schema = SCHEMA if columns is None else pa.schema([SCHEMA.field(c) for c in columns])
    return pq.read_table(Path(folder) / part.path, columns=columns, schema=schema)


def read_documents(folder: Path, parts: Iterable[Part]) -> pd.DataFrame:
    """The documents table (``DOCUMENT_COLUMNS``), in ingestion order."""
    tables = [_read(folder, p) for p in parts]
    if not tables:
        return _conform_documents(pd.DataFrame(columns=DOCUMENT_COLUMNS))
    table = pa.concat_tables(tables).sort_by(SEQ)
    return _conform_documents(table.drop_columns([SEQ]).to_pandas())


def stored_ids(folder: Path, parts: Iterable[Part], doc_ids: Iterable[str] | None = None) -> set[str]:
    """The doc_ids stored in ``parts`` (those of ``doc_ids`` when given). In a sorted
    partition only the row groups whose range holds one of ``doc_ids`` are read."""
    wanted = None if doc_ids is None else pa.array(sorted(set(doc_ids)), pa.large_string())
    found: set[str] = set()
    for part in parts:
        if wanted is None:
            found.update(_read(folder, part, ["doc_id"])["doc_id"].to_pylist())
            continue
        if not len(wanted):
            break
        file = pq.ParquetFile(Path(folder) / part.path)
        groups = range(file.num_row_groups)
        if part.clustered:
            groups = [g for g in groups if _may_hold(file.metadata.row_group(g).column(0).statistics, wanted)]
        if not groups:
            continue
        ids = file.read_row_groups(groups, columns=["doc_id"])["doc_id"]
        found.update(ids.filter(pc.is_in(ids, value_set=wanted)).to_pylist())
    return found


def _may_hold(statistics, wanted: pa.Array) -> bool:
    """Whether a row group with these statistics may hold one of ``wanted`` (sorted)."""
    if statistics is None or not statistics.has_min_max:
        return True
    lo, hi = statistics.min, statistics.max
    return any(lo <= w <= hi for w in wanted.to_pylist())
