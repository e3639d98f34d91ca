"""The incident layer's schema: a GeoDataFrame (EPSG:4326) with ACLED-style columns.

Every layer, however it was made or read, goes through :func:`conform`, so the columns,
their order and their dtypes are the same whatever the layer came from (each store
format brings back its own: object vs str, datetime64[ms] vs [us], POINT EMPTY vs None).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

import numpy as np
import pandas as pd

if TYPE_CHECKING:  # the reader's whole pipeline would load with it: the dashboard does not need it
    import geopandas as gpd

    from geo.incidents.model import Incident

CRS = "EPSG:4326"

# Column order of the layer. ``assoc_actors`` is stored as one "; "-joined string so the
# layer round-trips through GeoParquet and GeoPackage alike.
# ``merge_key`` and ``source_count`` are about events reported by several documents
# (geo.events): the event an incident was merged into (its event_id; "" for none), and
# how many documents report the incident (1 as stored; the store's read counts a group).
# ``dataset`` says where an incident comes from: "reports" (our own reading, the default
# for stores written before the column existed), "acled" or "ucdp" (``geo.interop``);
# ``dataset_row`` keeps an imported row's own columns as JSON ("" for our own).
DATASET, DATASET_ROW, OWN_DATASET = "dataset", "dataset_row", "reports"
# Columns added after the first stores were written: older partitions lack them.
ADDED_COLUMNS = ("merge_key", "source_count", DATASET, DATASET_ROW)
# The fields of ``geo.incidents.Incident``, in its order (tests/test_store_folder.py
# checks they are), then the store's own.
INCIDENT_FIELDS = (
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "assoc_actors", "country",
    "admin1", "location", "latitude", "longitude", "geo_precision", "time_precision", "fatalities",
    "evidence", "doc_id", "source", "title",
)
COLUMNS = [
    "event_id",
    *INCIDENT_FIELDS,
    "merge_key",
    "source_count",
    DATASET,
    DATASET_ROW,
    "geometry",
]

INT_COLUMNS = ("geo_precision", "time_precision", "fatalities", "source_count")
FLOAT_COLUMNS = ("latitude", "longitude")
DATE_COLUMNS = ("event_date",)
DATE_DTYPE = "datetime64[us]"
TEXT_COLUMNS = tuple(
    c for c in COLUMNS if c not in (*INT_COLUMNS, *FLOAT_COLUMNS, *DATE_COLUMNS, "geometry")
)

# The documents table: one row per ingested report, in ingestion order.
DOCUMENT_COLUMNS = ["doc_id", "title", "date", "source", "n_incidents", "ingested_at"]


def event_id(incident: Incident, index: int) -> str:
    """Stable id of an incident: its document id and its rank in that document."""
    return f"{incident.doc_id}-{index}"


def incidents_to_frame(incidents: Iterable[Incident]) -> gpd.GeoDataFrame:
    """Incidents (in document order) -> the layer GeoDataFrame.

    Incidents without coordinates are kept, with an empty geometry (None), so that
    nothing an analyst should review silently disappears.
    """
    return rows_to_frame(incident_rows(incidents))


def rows_to_frame(rows: list[dict]) -> gpd.GeoDataFrame:
    """``incident_rows`` (of one or more calls) -> the layer GeoDataFrame."""
    import geopandas as gpd  # noqa: PLC0415  (a store reader that makes no layer does without it)

    df = pd.DataFrame(rows, columns=[c for c in COLUMNS if c != "geometry"])
    return conform(gpd.GeoDataFrame(df, geometry=points(df), crs=CRS))


def incident_rows(incidents: Iterable[Incident]) -> list[dict]:
    """Incidents (in document order, each document's together) -> layer rows as dicts:
    what a worker of a distributed ingest sends back (plain values, cheap to pickle)."""
    rows = []
    rank: dict[str, int] = {}
    for inc in incidents:
        i = rank.get(inc.doc_id, 0)
        rank[inc.doc_id] = i + 1
        row = inc.to_dict()
        row["assoc_actors"] = "; ".join(inc.assoc_actors)
        row["event_id"] = event_id(inc, i)
        row["merge_key"], row["source_count"] = "", 1
        row[DATASET], row[DATASET_ROW] = OWN_DATASET, ""
        rows.append(row)
    return rows


def empty_layer() -> gpd.GeoDataFrame:
    """A layer with no incidents: the columns and dtypes of every layer."""
    return incidents_to_frame([])


def empty_frame(columns: list[str]) -> pd.DataFrame:
    """No incidents, as a plain frame of the layer's ``columns`` (its dtypes; no
    geometry): for a reader that needs the shape of a layer but not geopandas."""
    dtypes = {**{c: "str" for c in TEXT_COLUMNS}, **{c: DATE_DTYPE for c in DATE_COLUMNS},
              **{c: "int64" for c in INT_COLUMNS}, **{c: "float64" for c in FLOAT_COLUMNS}}
    return pd.DataFrame({c: pd.Series([], dtype=dtypes.get(c, "object")) for c in columns if c != "geometry"})


def points(df: pd.DataFrame) -> np.ndarray:
    """Points from the ``longitude``/``latitude`` columns; None where either is missing
    or not finite (an incident the extractor could not place)."""
    lon = pd.to_numeric(df["longitude"], errors="coerce").to_numpy(dtype="float64")
    lat = pd.to_numeric(df["latitude"], errors="coerce").to_numpy(dtype="float64")
    import shapely  # noqa: PLC0415

    known = np.isfinite(lon) & np.isfinite(lat)
    out = np.full(len(df), None, dtype=object)
    out[known] = shapely.points(lon[known], lat[known])
    return out


def conform(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The layer's columns (in order, extras kept after them), dtypes and CRS."""
    gdf = gdf.copy()
    for col in COLUMNS[:-1]:
        if col not in gdf.columns:
            gdf[col] = pd.NA
    for col in TEXT_COLUMNS:
        gdf[col] = gdf[col].fillna("").astype("str")
    gdf[DATASET] = gdf[DATASET].mask(gdf[DATASET] == "", OWN_DATASET)
    for col in DATE_COLUMNS:
        gdf[col] = pd.to_datetime(gdf[col], errors="coerce").astype(DATE_DTYPE)
    for col in INT_COLUMNS:
        missing = 1 if col == "source_count" else 0  # a layer from before merging: one report each
        gdf[col] = pd.to_numeric(gdf[col], errors="coerce").fillna(missing).astype("int64")
    for col in FLOAT_COLUMNS:
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


def empty_documents() -> pd.DataFrame:
    """A documents table with no rows (``DOCUMENT_COLUMNS``)."""
    return conform_documents(pd.DataFrame(columns=DOCUMENT_COLUMNS))


def conform_documents(df: pd.DataFrame) -> pd.DataFrame:
    """The documents table's columns and dtypes."""
    df = df.reindex(columns=DOCUMENT_COLUMNS)
    for col in ("doc_id", "title", "source"):
        df[col] = df[col].fillna("").astype("str")
    # ``date`` stays text: it is the report's own date, None when it had none.
    df["date"] = df["date"].astype("object").where(df["date"].notna(), None)
    df["n_incidents"] = pd.to_numeric(df["n_incidents"]).fillna(0).astype("int64")
    df["ingested_at"] = pd.to_datetime(df["ingested_at"], utc=True).astype("datetime64[s, UTC]")
    return df.reset_index(drop=True)


def append_rows(frame: pd.DataFrame, more: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the rows of ``more`` after its own (a layer or a documents table)."""
    # pandas warns about concatenating empty frames (their dtypes would decide nothing).
    if not len(more):
        return frame
    if not len(frame):
        return more
    return pd.concat([frame, more], ignore_index=True)
