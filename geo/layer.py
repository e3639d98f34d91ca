"""The incident layer: a GeoDataFrame (EPSG:4326) with ACLED-style columns."""

from __future__ import annotations

from dataclasses import fields
from typing import Iterable

import geopandas as gpd
import pandas as pd

from geo.incidents import Incident

CRS = "EPSG:4326"

# Column order of the layer. ``assoc_actors`` is stored as one "; "-joined string so the
# layer round-trips through GeoParquet and GeoPackage alike.
COLUMNS = [
    "event_id",
    *[f.name for f in fields(Incident)],
    "geometry",
]


def event_id(incident: Incident, index: int) -> str:
    """Stable id of an incident: its document id and its rank in that document."""
    return f"{incident.doc_id}-{index}"


def incidents_to_frame(incidents: Iterable[Incident]) -> gpd.GeoDataFrame:
    """Incidents (in document order) -> the layer GeoDataFrame.

    Incidents without coordinates are kept, with an empty geometry, so that nothing an
    analyst should review silently disappears.
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
    geometry = gpd.points_from_xy(
        pd.to_numeric(df["longitude"], errors="coerce"),
        pd.to_numeric(df["latitude"], errors="coerce"),
        crs=CRS,
    )
    gdf = gpd.GeoDataFrame(df, geometry=geometry, crs=CRS)
    gdf["event_date"] = pd.to_datetime(gdf["event_date"], errors="coerce")
    for col in ("fatalities", "geo_precision", "time_precision"):
        gdf[col] = pd.to_numeric(gdf[col], errors="coerce").fillna(0).astype("int64")
    for col in ("latitude", "longitude"):
        gdf[col] = pd.to_numeric(gdf[col], errors="coerce").astype("float64")
    return gdf[COLUMNS]
