"""The incident partitions of a folder store (GeoParquet 1.1): written once and never
changed; merging several into new ones. (The documents: ``geo.store.document_table``.)

Incident partitions hold the layer columns (``geo.store.schema.COLUMNS``) as extracted, plus
two of the store's own:

- ``_seq``: the incident's place in ingestion order (the layer's row order, and the
  tie-break of every sort): partitions written by an append are in that order, merged
  ones are sorted by event date instead (see :func:`merge_incidents`);
- ``_fingerprint``: empty, except for incidents migrated from a single-file store whose
  saved correction had already been applied to them (their fingerprint as extracted is
  then the correction's, see ``geo.store.correction_table``).

and GeoParquet 1.1's ``bbox`` covering column, so that readers which know it (DuckDB,
GDAL, geopandas) skip row groups outside a map view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import json
import os
import uuid
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

if TYPE_CHECKING:  # loaded where a layer is made (geopandas and shapely take a while to import)
    import geopandas as gpd

from geo.store.schema import COLUMNS
from geo.store.manifest import INCIDENTS_DIR, Part

SEQ = "_seq"
FINGERPRINT = "_fingerprint"
# DuckDB reads row groups in parallel and skips them by their statistics (in merged,
# date-sorted partitions a row group spans a few weeks of a large store).
ROW_GROUP_ROWS = 65_536
COMPRESSION = "zstd"


def new_name(directory: str, generation: int, prefix: str = "part") -> str:
    """A fresh file name inside the store (unique even among killed writers' files)."""
    return f"{directory}/{prefix}-{generation:08d}-{uuid.uuid4().hex[:12]}.parquet"


def fsync_file(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())


# --------------------------------------------------------------------------- incidents


def write_incidents(folder: Path, incidents: gpd.GeoDataFrame, first_seq: int, generation: int) -> Part:
    """Write ``incidents`` (a conformed layer, ``geo.store.schema.conform``; an optional
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


def merge_incidents(
    folder: Path, parts: list[Part], generation: int, con: duckdb.DuckDBPyConnection, part_rows: int
) -> list[Part]:
    """The rows of ``parts`` in new partitions of at most ``part_rows`` rows, sorted by
    event date (undated last; ties in ingestion order).

    Sorted, so that each row group covers a short span of dates and DuckDB skips, by its
    statistics, the row groups outside a view's date range. DuckDB sorts (spilling to
    disk past its memory limit); one output partition at a time is held in memory.
    """
    folder = Path(folder)
    paths = [str(folder / p.path) for p in parts]
    # The union of the partitions' columns: older ones may lack a column added since.
    schema = pa.unify_schemas([pq.read_schema(path) for path in paths])
    geometry_types = sorted({
        t for path in paths
        for t in json.loads(pq.read_schema(path).metadata[b"geo"])["columns"]["geometry"].get("geometry_types", [])
    })
    columns = ", ".join(f'"{name}"' for name in schema.names if name != "geometry")
    reader = con.sql(
        f"SELECT {columns}, geometry::BLOB AS geometry FROM read_parquet($paths, union_by_name = true) "
        f"ORDER BY event_date ASC NULLS LAST, {SEQ}",
        params={"paths": paths},
    ).to_arrow_reader(ROW_GROUP_ROWS)
    written, pending, rows = [], [], 0
    for batch in reader:
        pending.append(pa.Table.from_batches([batch]).select(schema.names).cast(schema))
        rows += batch.num_rows
        if rows >= part_rows:
            table = pa.concat_tables(pending)
            written.append(_write_sorted(folder, table.slice(0, part_rows), schema, geometry_types, generation))
            pending, rows = [table.slice(part_rows)], rows - part_rows
    if rows:
        written.append(_write_sorted(folder, pa.concat_tables(pending), schema, geometry_types, generation))
    return written


def _write_sorted(folder: Path, table: pa.Table, schema: pa.Schema, geometry_types: list[str], generation: int) -> Part:
    """One partition from an Arrow table, with its own GeoParquet bounding box."""
    geo = json.loads(schema.metadata[b"geo"])
    column = geo["columns"]["geometry"]
    column["geometry_types"] = geometry_types
    bbox = table["bbox"].combine_chunks()
    box = [pc.min(bbox.field("xmin")).as_py(), pc.min(bbox.field("ymin")).as_py(),
           pc.max(bbox.field("xmax")).as_py(), pc.max(bbox.field("ymax")).as_py()]
    if all(v is not None for v in box):
        column["bbox"] = box
    else:
        column.pop("bbox", None)
    table = table.replace_schema_metadata({**schema.metadata, b"geo": json.dumps(geo).encode("utf-8")})
    name = new_name(INCIDENTS_DIR, generation)
    path = folder / name
    pq.write_table(table, path, compression=COMPRESSION, row_group_size=ROW_GROUP_ROWS)
    fsync_file(path)
    dates = pc.min_max(table["event_date"]).as_py()
    return Part(
        path=name,
        rows=table.num_rows,
        bytes=path.stat().st_size,
        date_min=dates["min"].date().isoformat() if dates["min"] is not None else None,
        date_max=dates["max"].date().isoformat() if dates["max"] is not None else None,
        clustered=True,
    )
