"""The old single-file store, read to migrate it (``geo.store.migrate``): one file,
GeoParquet (``.parquet``) or GeoPackage (``.gpkg``), holding the incident layer and the
table of ingested documents side by side. Nothing in the package writes one any more
(``geo ingest``, the dashboard and the review page write through ``open_store``);
:func:`write_layer` stays to make such files (the migration's tests and fixtures):

- GeoParquet: the documents table is JSON under the ``geo_incidents:documents`` key of
  the file's key-value metadata;
- GeoPackage: it is a second, non-spatial table named ``documents``.

One file rather than a sidecar, so that one ``os.replace`` updates both: the layer and
the list of what was ingested can never disagree after a crash. The documents table is
what makes re-ingesting idempotent, including for reports that yielded no incident.

Every write goes to a temporary file in the store's folder, then replaces the store in a
single ``os.replace``: a crash or a full disk leaves the previous store as it was. A new
store format is a suffix here, with its reader and writer.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pyarrow.parquet as pq

if TYPE_CHECKING:  # loaded when a file is read or written (they take a while to import)
    import geopandas as gpd

from geo.files import remove_stale_temporaries, replacing
from geo.store.schema import DOCUMENT_COLUMNS, conform, conform_documents, empty_documents, empty_layer

SUFFIXES = (".parquet", ".gpkg")


def __getattr__(name: str):
    """``formats.pyogrio``: GDAL's reader, imported on first use (it takes a while, and
    a folder store never needs it); the functions below import it where they use it."""
    if name == "pyogrio":
        import pyogrio  # noqa: PLC0415

        return pyogrio
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def is_single_file(store: str | Path) -> bool:
    """Whether ``store`` names a single-file store (GeoParquet or GeoPackage), as opposed
    to a folder store or a database URI."""
    path = Path(store)
    return "://" not in str(store) and path.suffix.lower() in SUFFIXES and not path.is_dir()

_PARQUET_DOCUMENTS_KEY = b"geo_incidents:documents"
_GPKG_LAYER = "incidents"
_GPKG_DOCUMENTS = "documents"


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"{path}: unsupported store format {suffix!r}; use .parquet or .gpkg")
    return suffix


def read_layer(path: str | Path) -> gpd.GeoDataFrame:
    """The incident layer stored at ``path``; an empty layer if there is no file yet."""
    import geopandas as gpd  # noqa: PLC0415
    import pyogrio  # noqa: PLC0415

    path = Path(path)
    suffix = _suffix(path)
    remove_stale_temporaries(path)  # what a killed writer left beside the store
    if not path.exists():
        return empty_layer()
    if suffix == ".parquet":
        gdf = gpd.read_parquet(path)
    else:
        gdf = pyogrio.read_dataframe(path, layer=_GPKG_LAYER)
    return conform(gdf)


def read_documents_table(path: str | Path) -> pd.DataFrame:
    """The documents ingested into the store at ``path`` (``DOCUMENT_COLUMNS``)."""
    import pyogrio  # noqa: PLC0415

    path = Path(path)
    suffix = _suffix(path)
    if not path.exists():
        return empty_documents()
    if suffix == ".parquet":
        metadata = pq.read_schema(path).metadata or {}
        raw = metadata.get(_PARQUET_DOCUMENTS_KEY)
        if raw is None:
            return empty_documents()
        return conform_documents(pd.DataFrame(json.loads(raw), columns=DOCUMENT_COLUMNS))
    if _GPKG_DOCUMENTS not in pyogrio.list_layers(path)[:, 0]:
        return empty_documents()
    return conform_documents(
        pyogrio.read_dataframe(path, layer=_GPKG_DOCUMENTS, read_geometry=False)
    )


def write_layer(
    gdf: gpd.GeoDataFrame, path: str | Path, documents: pd.DataFrame | None = None
) -> None:
    """Write the layer (and the documents table) to ``path``, atomically.

    ``documents`` defaults to the table already in the store, so saving an edited layer
    does not forget what was ingested.
    """
    path = Path(path)
    suffix = _suffix(path)
    gdf = conform(gdf)
    documents = conform_documents(
        read_documents_table(path) if documents is None else documents
    )
    with replacing(path, suffix) as tmp:  # the suffix tells GDAL the format
        if suffix == ".parquet":
            _write_parquet(gdf, documents, tmp)
        else:
            _write_gpkg(gdf, documents, tmp)


def _write_parquet(gdf: gpd.GeoDataFrame, documents: pd.DataFrame, tmp: Path) -> None:
    # geopandas writes GeoParquet but takes no extra file metadata; so encode it in
    # memory, add the documents table to the schema metadata and write the file once.
    buffer = io.BytesIO()
    gdf.to_parquet(buffer, index=False)
    table = pq.read_table(io.BytesIO(buffer.getvalue()))
    records = _documents_as_text(documents).to_dict(orient="records")
    metadata = {
        **(table.schema.metadata or {}),
        _PARQUET_DOCUMENTS_KEY: json.dumps(records, ensure_ascii=False).encode("utf-8"),
    }
    pq.write_table(table.replace_schema_metadata(metadata), tmp)


def _write_gpkg(gdf: gpd.GeoDataFrame, documents: pd.DataFrame, tmp: Path) -> None:
    import pyogrio  # noqa: PLC0415

    # The geometry type is given explicitly: GDAL cannot infer it from an empty layer.
    pyogrio.write_dataframe(_without_nul(gdf), tmp, layer=_GPKG_LAYER, driver="GPKG", geometry_type="Point")
    pyogrio.write_dataframe(
        _without_nul(_documents_as_text(documents)), tmp, layer=_GPKG_DOCUMENTS, driver="GPKG"
    )


def _without_nul(frame: pd.DataFrame) -> pd.DataFrame:
    """Text with each NUL made a space: GDAL passes strings to SQLite as C strings, which
    would silently cut the text at the first NUL (the readers blank them the same way)."""
    columns = [c for c in frame.columns if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c])]
    nul = [c for c in columns if frame[c].map(lambda v: isinstance(v, str) and "\x00" in v).any()]
    if not nul:
        return frame
    frame = frame.copy()
    for column in nul:
        frame[column] = frame[column].map(lambda v: v.replace("\x00", " ") if isinstance(v, str) else v)
    return frame


def _documents_as_text(documents: pd.DataFrame) -> pd.DataFrame:
    # ISO 8601 text: JSON has no timestamps, and GeoPackage's would come back tz-naive.
    return documents.assign(
        ingested_at=documents["ingested_at"].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    )
