"""The data files of a folder store: incident partitions (GeoParquet 1.1) and document
partitions (Parquet), written once and never changed; merging several into one.

Incident partitions hold the layer columns (``geo.layer.COLUMNS``) as extracted, plus
two of the store's own:

- ``_seq``: the incident's place in ingestion order (the layer's row order, and the
  tie-break of every sort), increasing across partitions in manifest order;
- ``_fingerprint``: empty, except for incidents migrated from a single-file store whose
  saved correction had already been applied to them (their fingerprint as extracted is
  then the correction's, see ``geo.store.correction_table``).

and GeoParquet 1.1's ``bbox`` covering column, so that readers which know it (DuckDB,
GDAL, geopandas) skip row groups outside a map view.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from geo.layer import COLUMNS, DOCUMENT_COLUMNS, _conform_documents
from geo.store.manifest import DOCUMENTS_DIR, INCIDENTS_DIR, Part

SEQ = "_seq"
FINGERPRINT = "_fingerprint"
INTERNAL_COLUMNS = (SEQ, FINGERPRINT)
ROW_GROUP_ROWS = 100_000  # DuckDB reads row groups in parallel and skips them by statistics
COMPRESSION = "zstd"

DOCUMENT_SCHEMA = pa.schema(
    [
        ("doc_id", pa.large_string()),
        ("title", pa.large_string()),
        ("date", pa.large_string()),  # the report's own date, as written; null when none
        ("source", pa.large_string()),
        ("n_incidents", pa.int64()),
        ("ingested_at", pa.timestamp("s", tz="UTC")),
    ]
)


def new_name(directory: str, generation: int, prefix: str = "part") -> str:
    """A fresh file name inside the store (unique even among killed writers' files)."""
    return f"{directory}/{prefix}-{generation:08d}-{uuid.uuid4().hex[:12]}.parquet"


def fsync_file(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())


# --------------------------------------------------------------------------- incidents


def write_incidents(folder: Path, incidents: gpd.GeoDataFrame, first_seq: int, generation: int) -> Part:
    """Write ``incidents`` (a conformed layer, ``geo.layer._conform``; an optional
    ``_fingerprint`` column) as a new partition, flushed to disk; ``_seq`` counts on
    from ``first_seq``."""
    fingerprints = incidents[FINGERPRINT] if FINGERPRINT in incidents else None
    frame = incidents[COLUMNS].reset_index(drop=True)
    frame[SEQ] = np.arange(first_seq, first_seq + len(frame), dtype="int64")
    frame[FINGERPRINT] = (
        pd.Series(pd.NA, index=frame.index, dtype="str")
        if fingerprints is None
        else fingerprints.reset_index(drop=True).astype("str")
    )
    name = new_name(INCIDENTS_DIR, generation)
    path = Path(folder) / name
    frame.to_parquet(
        path,
        index=False,
        write_covering_bbox=True,
        schema_version="1.1.0",
        compression=COMPRESSION,
        row_group_size=ROW_GROUP_ROWS,
    )
    fsync_file(path)
    dates = frame["event_date"].dropna()
    return Part(
        path=name,
        rows=len(frame),
        bytes=path.stat().st_size,
        date_min=dates.min().date().isoformat() if len(dates) else None,
        date_max=dates.max().date().isoformat() if len(dates) else None,
    )


def merge_incidents(folder: Path, parts: list[Part], generation: int) -> Part:
    """One partition holding the rows of ``parts`` in order, written batch by batch (so
    merging a million rows needs a few row groups of memory, not the million)."""
    folder = Path(folder)
    files = [pq.ParquetFile(folder / p.path) for p in parts]
    schema = files[0].schema_arrow
    geo = _merged_geo_metadata([f.schema_arrow.metadata[b"geo"] for f in files])
    schema = schema.with_metadata({**schema.metadata, b"geo": geo})
    name = new_name(INCIDENTS_DIR, generation)
    _stream(folder / name, schema, files)
    dates = [(p.date_min, p.date_max) for p in parts if p.date_min]
    return Part(
        path=name,
        rows=sum(p.rows for p in parts),
        bytes=(folder / name).stat().st_size,
        date_min=min(d[0] for d in dates) if dates else None,
        date_max=max(d[1] for d in dates) if dates else None,
    )


def _merged_geo_metadata(raw: list[bytes]) -> bytes:
    """The GeoParquet metadata of the union of files: the first file's, with the
    bounding box and geometry types of all of them."""
    metas = [json.loads(r) for r in raw]
    merged = metas[0]
    column = merged["primary_column"]
    boxes = [m["columns"][column].get("bbox") for m in metas]
    boxes = [b for b in boxes if b and len(b) == 4 and all(np.isfinite(b))]
    types = sorted({t for m in metas for t in m["columns"][column].get("geometry_types", [])})
    merged["columns"][column]["geometry_types"] = types
    if boxes:
        merged["columns"][column]["bbox"] = [
            min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes),
        ]
    return json.dumps(merged).encode("utf-8")


def _stream(path: Path, schema: pa.Schema, files: list[pq.ParquetFile]) -> None:
    """Copy the rows of ``files`` into one new file at ``path``, in full row groups."""
    pending: list[pa.RecordBatch] = []
    rows = 0
    with pq.ParquetWriter(path, schema, compression=COMPRESSION) as writer:
        for f in files:
            for batch in f.iter_batches(batch_size=ROW_GROUP_ROWS):
                pending.append(batch.cast(schema) if batch.schema != schema else batch)
                rows += batch.num_rows
                if rows >= ROW_GROUP_ROWS:
                    writer.write_table(pa.Table.from_batches(pending, schema), row_group_size=ROW_GROUP_ROWS)
                    pending, rows = [], 0
        if pending:
            writer.write_table(pa.Table.from_batches(pending, schema), row_group_size=ROW_GROUP_ROWS)
    fsync_file(path)


# --------------------------------------------------------------------------- documents


def write_documents(folder: Path, documents: pd.DataFrame, generation: int) -> Part:
    """Write the documents table rows ``documents`` as a new partition, flushed to disk."""
    frame = _conform_documents(documents)
    table = pa.Table.from_pandas(frame[DOCUMENT_COLUMNS], schema=DOCUMENT_SCHEMA, preserve_index=False)
    name = new_name(DOCUMENTS_DIR, generation)
    path = Path(folder) / name
    pq.write_table(table, path, compression=COMPRESSION, row_group_size=ROW_GROUP_ROWS)
    fsync_file(path)
    return Part(path=name, rows=len(frame), bytes=path.stat().st_size)


def merge_documents(folder: Path, parts: list[Part], generation: int) -> Part:
    folder = Path(folder)
    name = new_name(DOCUMENTS_DIR, generation)
    _stream(folder / name, DOCUMENT_SCHEMA, [pq.ParquetFile(folder / p.path) for p in parts])
    return Part(path=name, rows=sum(p.rows for p in parts), bytes=(folder / name).stat().st_size)


def read_documents(folder: Path, parts: tuple[Part, ...]) -> pd.DataFrame:
    """The documents table (``DOCUMENT_COLUMNS``) of ``parts``, in order."""
    if not parts:
        return _conform_documents(pd.DataFrame(columns=DOCUMENT_COLUMNS))
    table = pa.concat_tables([pq.read_table(Path(folder) / p.path, schema=DOCUMENT_SCHEMA) for p in parts])
    return _conform_documents(table.to_pandas())
