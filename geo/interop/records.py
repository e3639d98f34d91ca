"""Rows of another dataset as the store's tables: the layer and its documents.

Each imported event is a document of its own (``doc_id`` "acled:BEN1234"): the store
skips a document it already holds, so importing the same export twice, or two exports
that overlap, adds each event once — by the store's own rule, in the same atomic commit
as an ingest (``IncidentStore.append``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

import geopandas as gpd
import pandas as pd

from geo.store.schema import COLUMNS, CRS, DATASET, DATASET_ROW, DOCUMENT_COLUMNS, conform, conform_documents, points


def row_id(dataset: str, own_id: str, row: dict[str, str]) -> str:
    """The store id of an imported row: the dataset and the export's event id; a row
    without one is named by a digest of its values (the same row, the same id)."""
    own_id = " ".join(str(own_id or "").split())
    if not own_id:
        digest = hashlib.sha256(json.dumps(row, sort_keys=True, ensure_ascii=False).encode("utf-8"))
        own_id = "row-" + digest.hexdigest()[:16]
    return f"{dataset}:{own_id}"


def number(text: str, kind=float):
    """A number from a cell ("12.5", "3", ""), None when it is none."""
    try:
        value = float(str(text).strip())
    except ValueError:
        return None
    if value != value:
        return None
    return int(value) if kind is int else value


@dataclass
class Converted:
    """What an export became: the layer rows, and the event ids its rows share."""

    incidents: list[dict] = field(default_factory=list)
    repeated: list[str] = field(default_factory=list)  # ids given to a 2nd, 3rd … row of one event id
    _seen: dict[str, int] = field(default_factory=dict, repr=False)

    def add(self, incident: dict) -> None:
        """Add a row. A row whose event id an earlier row of the file has is kept as
        "<id>#2", "#3" … (ACLED's monadic exports give each actor of an event a row of
        its own, under the event's id): the same file always gives the same ids."""
        base = incident["event_id"]
        n = self._seen.get(base, 0) + 1
        self._seen[base] = n
        if n > 1:
            incident["event_id"] = incident["doc_id"] = f"{base}#{n}"
            self.repeated.append(incident["event_id"])
        self.incidents.append(incident)


def layer_row(dataset: str, event_id: str, day: date | None, original: dict[str, str], **fields) -> dict:
    """One layer row of an imported event: its fields, the dataset, the original row."""
    row = {c: fields.get(c, "") for c in COLUMNS if c != "geometry"}
    row.update(
        event_id=event_id, doc_id=event_id, event_date=day.isoformat() if day else None,
        assoc_actors="; ".join(a for a in fields.get("assoc_actors", ()) if a),
        **{DATASET: dataset, DATASET_ROW: json.dumps(original, ensure_ascii=False)},
    )
    return row


def to_tables(converted: Converted, label: str) -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    """The layer and the documents table (one document per event) of ``converted``."""
    frame = pd.DataFrame(converted.incidents, columns=[c for c in COLUMNS if c != "geometry"])
    layer = conform(gpd.GeoDataFrame(frame, geometry=points(frame), crs=CRS))
    now = datetime.now(timezone.utc)
    documents = pd.DataFrame({
        "doc_id": layer["doc_id"],
        "title": layer["title"],
        "date": [r["event_date"] for r in converted.incidents],
        "source": label,
        "n_incidents": 1,
        "ingested_at": now,
    }, columns=DOCUMENT_COLUMNS)
    return layer, conform_documents(documents)
