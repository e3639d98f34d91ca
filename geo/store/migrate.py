"""Single-file store -> folder store, once, with nothing lost.

Before the folder store, a store was one file (``geo.store.formats.write_layer``): GeoParquet
with the documents table as JSON in the file's metadata, or GeoPackage with a
``documents`` table; the corrections were ``corrections.json`` beside it
(``geo.review.corrections_path``). :func:`migrate` copies the layer, the documents and
the corrections into a new folder store beside the file (``data/incidents.parquet`` ->
``data/incidents/``) and keeps the old file as ``data/incidents.parquet.bak``.

The folder is built under a temporary name and renamed into place when complete, so a
migration that dies leaves the old file as it was (and the half-built folder is removed
by the next attempt). The metadata size limits that made large stores unreadable are
lifted for this one read.

Incidents the old store already held corrected (``geo.review.reapply`` wrote the
corrections into the layer and set ``review_status``) are marked with their correction's
fingerprint, so the correction applies to them again rather than looking stale.
"""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import filelock
import pandas as pd
import pyarrow.parquet as pq

if TYPE_CHECKING:  # loaded when an old file is migrated
    import geopandas as gpd

from geo.store.schema import CRS, DOCUMENT_COLUMNS, conform as _conform, conform_documents as _conform_documents, empty_documents as _empty_documents
from geo.store.formats import read_documents_table, read_layer
from geo.store.corrections import corrections_path, load_corrections
from geo.store.folder import FolderStore
from geo.store.formats import SUFFIXES as SINGLE_FILE_SUFFIXES
from geo.store.manifest import is_store
from geo.store.partitions import FINGERPRINT

_DOCUMENTS_KEY = b"geo_incidents:documents"
_NO_LIMIT = 2**31 - 1  # pyarrow's footer limits: the old store put its documents there


def folder_for(path: str | Path) -> Path:
    """The folder store that replaces the single-file store ``path``."""
    return Path(path).with_suffix("")


def migrate(
    path: str | Path,
    folder: str | Path | None = None,
    *,
    on_wait: Callable[[str], None] | None = None,
) -> Path:
    """Convert the single-file store ``path`` into a folder store (``folder_for(path)``
    by default) and return the folder. Safe to call from several processes at once."""
    path = Path(path)
    folder = Path(folder) if folder is not None else folder_for(path)
    if path.suffix.lower() not in SINGLE_FILE_SUFFIXES:
        raise ValueError(f"{path}: not a single-file store (.parquet or .gpkg)")
    lock = filelock.FileLock(path.with_name(f".{path.name}.migrate.lock"), thread_local=False)
    try:
        lock.acquire(timeout=0)
    except filelock.Timeout:
        if on_wait is not None:
            on_wait(f"waiting for another process migrating {path} to a folder store")
        lock.acquire()
    try:
        if is_store(folder):
            return folder
        if folder.exists() and any(folder.iterdir()):
            raise FileExistsError(f"cannot migrate {path}: {folder} exists and is not an incident store")
        for stale in path.parent.glob(f".{folder.name}.migrating-*"):
            shutil.rmtree(stale, ignore_errors=True)  # a migration that died
        building = path.parent / f".{folder.name}.migrating-{uuid.uuid4().hex[:8]}"
        try:
            _build(path, building)
            if folder.exists():
                folder.rmdir()  # empty (checked above)
            building.rename(folder)
        finally:
            shutil.rmtree(building, ignore_errors=True)
        path.rename(_backup_name(path))
        return folder
    finally:
        lock.release()


def _build(path: Path, building: Path) -> None:
    layer, documents = read_single_file(path)
    corrections = load_corrections(corrections_path(path))
    layer[FINGERPRINT] = already_corrected(layer, corrections)
    store = FolderStore(building)
    try:
        store.append(layer, documents)
        if corrections:
            store._commit_corrections(corrections, check=False)  # kept as saved, even if stale
        store.compact()  # sorted by date: what queries on a large store need
    finally:
        store.close()


def read_single_file(path: Path) -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    """The layer (extra columns kept) and the documents table of a single-file store."""
    import geopandas as gpd  # noqa: PLC0415
    import shapely  # noqa: PLC0415

    if path.suffix.lower() == ".gpkg":
        return read_layer(path), read_documents_table(path)
    parquet = pq.ParquetFile(path, thrift_string_size_limit=_NO_LIMIT, thrift_container_size_limit=_NO_LIMIT)
    metadata = parquet.schema_arrow.metadata or {}
    raw = metadata.get(_DOCUMENTS_KEY)
    documents = (
        _conform_documents(pd.DataFrame(json.loads(raw), columns=DOCUMENT_COLUMNS)) if raw else _empty_documents()
    )
    geo = json.loads(metadata[b"geo"])
    column = geo["primary_column"]
    table = parquet.read()
    covering = [c for c in ("bbox",) if c in table.column_names]
    frame = table.drop_columns([column, *covering]).to_pandas()
    geometry = shapely.from_wkb(table[column].to_numpy(zero_copy_only=False))
    crs = geo["columns"][column].get("crs", "OGC:CRS84") or CRS
    return _conform(gpd.GeoDataFrame(frame, geometry=geometry, crs=crs)), documents


def already_corrected(layer: pd.DataFrame, corrections: dict[str, dict]) -> pd.Series:
    """Per incident: the fingerprint recorded by the correction already applied to it
    (``review_status`` set by ``geo.review``), else empty."""
    marks = pd.Series("", index=layer.index, dtype="str")
    if "review_status" not in layer or not corrections:
        return marks
    status = layer["review_status"].fillna("").astype("str")
    for i in layer.index[status != ""]:
        record = corrections.get(layer.at[i, "event_id"])
        if record and record.get("original"):
            marks.at[i] = str(record["original"])
    return marks


def _backup_name(path: Path) -> Path:
    backup = path.with_name(path.name + ".bak")
    n = 1
    while backup.exists():
        backup = path.with_name(f"{path.name}.bak{n}")
        n += 1
    return backup
