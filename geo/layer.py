"""The incident layer: a GeoDataFrame (EPSG:4326) with ACLED-style columns, and its store.

The store is one file, GeoParquet (``.parquet``) or GeoPackage (``.gpkg``), holding the
incident layer and the table of ingested documents side by side:

- GeoParquet: the documents table is JSON under the ``geo_incidents:documents`` key of
  the file's key-value metadata;
- GeoPackage: it is a second, non-spatial table named ``documents``.

One file rather than a sidecar, so that one ``os.replace`` updates both: the layer and
the list of what was ingested can never disagree after a crash. The documents table is
what makes re-ingesting idempotent, including for reports that yielded no incident.

Every write goes to a temporary file in the store's folder, then replaces the store in a
single ``os.replace``: a crash or a full disk leaves the previous store as it was.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Callable, Iterable

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pyogrio
import shapely
from tqdm import tqdm

from geo.documents import Document, DocumentError, read_documents
from geo.files import replacing
from geo.incidents import Incident

CRS = "EPSG:4326"

# Column order of the layer. ``assoc_actors`` is stored as one "; "-joined string so the
# layer round-trips through GeoParquet and GeoPackage alike.
COLUMNS = [
    "event_id",
    *[f.name for f in fields(Incident)],
    "geometry",
]

# The layer's dtypes: the same whatever the layer was read from. The store formats each
# bring back their own (object vs str, datetime64[ms] vs [us]); ``_conform`` fixes them.
_INT_COLUMNS = ("geo_precision", "time_precision", "fatalities")
_FLOAT_COLUMNS = ("latitude", "longitude")
_DATE_COLUMNS = ("event_date",)
_DATE_DTYPE = "datetime64[us]"
_TEXT_COLUMNS = tuple(
    c for c in COLUMNS if c not in (*_INT_COLUMNS, *_FLOAT_COLUMNS, *_DATE_COLUMNS, "geometry")
)

# The documents table: one row per ingested report, in ingestion order.
DOCUMENT_COLUMNS = ["doc_id", "title", "date", "source", "n_incidents", "ingested_at"]

_PARQUET_DOCUMENTS_KEY = b"geo_incidents:documents"
_GPKG_LAYER = "incidents"
_GPKG_DOCUMENTS = "documents"
SUFFIXES = (".parquet", ".gpkg")


def event_id(incident: Incident, index: int) -> str:
    """Stable id of an incident: its document id and its rank in that document."""
    return f"{incident.doc_id}-{index}"


def incidents_to_frame(incidents: Iterable[Incident]) -> gpd.GeoDataFrame:
    """Incidents (in document order) -> the layer GeoDataFrame.

    Incidents without coordinates are kept, with an empty geometry (None), so that
    nothing an analyst should review silently disappears.
    """
    rows = []
    rank: dict[str, int] = {}
    for inc in incidents:
        i = rank.get(inc.doc_id, 0)
        rank[inc.doc_id] = i + 1
        row = inc.to_dict()
        row["assoc_actors"] = "; ".join(inc.assoc_actors)
        row["event_id"] = event_id(inc, i)
        rows.append(row)
    df = pd.DataFrame(rows, columns=[c for c in COLUMNS if c != "geometry"])
    return _conform(gpd.GeoDataFrame(df, geometry=_points(df), crs=CRS))


def empty_layer() -> gpd.GeoDataFrame:
    """A layer with no incidents: the columns and dtypes of every layer."""
    return incidents_to_frame([])


def _points(df: pd.DataFrame) -> np.ndarray:
    """Points from longitude/latitude; None where either is missing or not finite."""
    lon = pd.to_numeric(df["longitude"], errors="coerce").to_numpy(dtype="float64")
    lat = pd.to_numeric(df["latitude"], errors="coerce").to_numpy(dtype="float64")
    known = np.isfinite(lon) & np.isfinite(lat)
    points = np.full(len(df), None, dtype=object)
    points[known] = shapely.points(lon[known], lat[known])
    return points


def _conform(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The layer's columns (in order, extras kept after them), dtypes and CRS."""
    gdf = gdf.copy()
    for col in COLUMNS[:-1]:
        if col not in gdf.columns:
            gdf[col] = pd.NA
    for col in _TEXT_COLUMNS:
        gdf[col] = gdf[col].fillna("").astype("str")
    for col in _DATE_COLUMNS:
        gdf[col] = pd.to_datetime(gdf[col], errors="coerce").astype(_DATE_DTYPE)
    for col in _INT_COLUMNS:
        gdf[col] = pd.to_numeric(gdf[col], errors="coerce").fillna(0).astype("int64")
    for col in _FLOAT_COLUMNS:
        gdf[col] = pd.to_numeric(gdf[col], errors="coerce").astype("float64")
    # GeoPackage brings back a missing point as POINT EMPTY; the layer says None.
    geometry = gdf.geometry.where(~(gdf.geometry.isna() | gdf.geometry.is_empty), None)
    gdf = gdf.set_geometry(geometry.rename("geometry"))
    if gdf.crs is None or gdf.crs == CRS:
        # GeoParquet brings the CRS back as PROJJSON; say it as every other layer does.
        gdf = gdf.set_crs(CRS, allow_override=True)
    else:
        gdf = gdf.to_crs(CRS)
    extras = [c for c in gdf.columns if c not in COLUMNS]
    return gdf[[*COLUMNS[:-1], *extras, "geometry"]].reset_index(drop=True)


def _empty_documents() -> pd.DataFrame:
    return _conform_documents(pd.DataFrame(columns=DOCUMENT_COLUMNS))


def _conform_documents(df: pd.DataFrame) -> pd.DataFrame:
    df = df.reindex(columns=DOCUMENT_COLUMNS)
    for col in ("doc_id", "title", "source"):
        df[col] = df[col].fillna("").astype("str")
    # ``date`` stays text: it is the report's own date, None when it had none.
    df["date"] = df["date"].astype("object").where(df["date"].notna(), None)
    df["n_incidents"] = pd.to_numeric(df["n_incidents"]).fillna(0).astype("int64")
    df["ingested_at"] = pd.to_datetime(df["ingested_at"], utc=True).astype("datetime64[s, UTC]")
    return df.reset_index(drop=True)


# --- the store -----------------------------------------------------------------------


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"{path}: unsupported store format {suffix!r}; use .parquet or .gpkg")
    return suffix


def read_layer(path: str | Path) -> gpd.GeoDataFrame:
    """The incident layer stored at ``path``; an empty layer if there is no file yet."""
    path = Path(path)
    suffix = _suffix(path)
    if not path.exists():
        return empty_layer()
    if suffix == ".parquet":
        gdf = gpd.read_parquet(path)
    else:
        gdf = pyogrio.read_dataframe(path, layer=_GPKG_LAYER)
    return _conform(gdf)


def read_documents_table(path: str | Path) -> pd.DataFrame:
    """The documents ingested into the store at ``path`` (``DOCUMENT_COLUMNS``)."""
    path = Path(path)
    suffix = _suffix(path)
    if not path.exists():
        return _empty_documents()
    if suffix == ".parquet":
        metadata = pq.read_schema(path).metadata or {}
        raw = metadata.get(_PARQUET_DOCUMENTS_KEY)
        if raw is None:
            return _empty_documents()
        return _conform_documents(pd.DataFrame(json.loads(raw), columns=DOCUMENT_COLUMNS))
    if _GPKG_DOCUMENTS not in pyogrio.list_layers(path)[:, 0]:
        return _empty_documents()
    return _conform_documents(
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
    gdf = _conform(gdf)
    documents = _conform_documents(
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
    # The geometry type is given explicitly: GDAL cannot infer it from an empty layer.
    pyogrio.write_dataframe(gdf, tmp, layer=_GPKG_LAYER, driver="GPKG", geometry_type="Point")
    pyogrio.write_dataframe(
        _documents_as_text(documents), tmp, layer=_GPKG_DOCUMENTS, driver="GPKG"
    )


def _documents_as_text(documents: pd.DataFrame) -> pd.DataFrame:
    # ISO 8601 text: JSON has no timestamps, and GeoPackage's would come back tz-naive.
    return documents.assign(
        ingested_at=documents["ingested_at"].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    )


# --- ingesting reports ---------------------------------------------------------------

Extractor = Callable[[Document], Iterable[Incident]]


@dataclass
class IngestReport:
    """What one ``ingest`` run did."""

    documents_read: int = 0  # reports read without error
    documents_added: int = 0  # new reports, now in the store
    documents_skipped: int = 0  # already in the store (or twice in this batch)
    incidents_added: int = 0
    errors: list[DocumentError] = field(default_factory=list)

    def __str__(self) -> str:
        lines = [
            f"{self.documents_read} documents read: {self.documents_added} added, "
            f"{self.documents_skipped} already in the store; "
            f"{self.incidents_added} incidents added; {len(self.errors)} errors"
        ]
        lines += [f"  {error}" for error in self.errors]
        return "\n".join(lines)


def ingest(
    paths: Iterable[str | Path],
    store_path: str | Path,
    extract: Extractor | None = None,
    progress: bool = False,
) -> IngestReport:
    """Read the reports in ``paths``, extract their incidents and add them to the store.

    Reports already in the store are skipped, so running this twice adds nothing the
    second time. Unreadable reports, and reports ``extract`` fails on, are listed in
    ``IngestReport.errors`` and left out of the store, so a later run retries them.
    The store is written once, at the end, and atomically.
    """
    if extract is None:
        # Imported here: the extractor pulls in the gazetteer, which reading or writing
        # a layer has no need of.
        from geo.incidents import extract_incidents as extract

    store_path = Path(store_path)
    layer = read_layer(store_path)
    documents = read_documents_table(store_path)
    # A layer written by other means may lack a documents table: its doc_ids count too.
    seen = set(documents["doc_id"]) | set(layer["doc_id"])
    seen.discard("")

    report = IngestReport()
    new_incidents: list[Incident] = []
    new_documents: list[dict] = []
    items = tqdm(
        read_documents(paths), desc="ingest", unit="doc", file=sys.stderr, disable=not progress
    )
    for item in items:
        if isinstance(item, DocumentError):
            report.errors.append(item)
            continue
        report.documents_read += 1
        if item.id in seen:
            report.documents_skipped += 1
            continue
        try:
            incidents = [_with_provenance(inc, item) for inc in extract(item)]
        except Exception as exc:  # one bad report must not sink the batch
            report.errors.append(
                DocumentError(item.source, f"extraction failed: {type(exc).__name__}: {exc}")
            )
            continue
        seen.add(item.id)
        new_incidents += incidents
        new_documents.append(
            {
                "doc_id": item.id,
                "title": item.title,
                "date": item.date,
                "source": item.source,
                "n_incidents": len(incidents),
                "ingested_at": dt.datetime.now(dt.timezone.utc),
            }
        )
    report.documents_added = len(new_documents)
    report.incidents_added = len(new_incidents)

    if new_documents:
        layer = _append(layer, _reviewed(incidents_to_frame(new_incidents), store_path))
        documents = _append(documents, _conform_documents(pd.DataFrame(new_documents)))
        write_layer(layer, store_path, documents)
    return report


def _reviewed(frame: gpd.GeoDataFrame, store_path: Path) -> gpd.GeoDataFrame:
    """The new incidents with the corrections an analyst saved for them (geo.review)
    applied again: re-ingesting the reports gives back the reviewed layer."""
    from geo.review import apply_saved

    return apply_saved(frame, store_path)


def _append(frame, more):
    # pandas warns about concatenating empty frames (their dtypes would decide nothing).
    if not len(more):
        return frame
    if not len(frame):
        return more
    return pd.concat([frame, more], ignore_index=True)


def _with_provenance(incident: Incident, document: Document) -> Incident:
    """The incident with doc_id, source and title filled from its document where empty.

    A copy: the extractor's own objects are left alone.
    """
    return replace(
        incident,
        doc_id=incident.doc_id or document.id,
        source=incident.source or document.source,
        title=incident.title or document.title,
    )
