"""Review corrections as a table of the store, and the form the query layer joins.

Saved: one Parquet file per state of the corrections (small: one row per reviewed
incident), replaced by each save through the store's commit path; a row holds the
``geo.review`` record as JSON, so what is loaded is exactly what was saved.

Applied: when the store is read, :func:`applicable` keeps the corrections that
``geo.review.apply_corrections`` would apply (the incident exists and its fingerprint as
extracted is the one recorded) and spreads their changes into columns (``set_<field>``,
``new_<field>``) that the query layer substitutes for the extracted values.
"""

from __future__ import annotations

import json
from pathlib import Path
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from geo.store.corrections import EDITABLE, STATUSES, clean_changes, fingerprint
from geo.store.manifest import CORRECTIONS_DIR, Part
from geo.store.partitions import COMPRESSION, FINGERPRINT, fsync_file, new_name

SCHEMA = pa.schema(
    [("event_id", pa.large_string()), ("status", pa.large_string()), ("record", pa.large_string())]
)
# The column type of each editable field in the applied-corrections frame.
_DTYPES = {"date": "datetime64[us]", "text": "str", "float": "float64", "int": "int64"}


def validate(event_id: str, record: dict) -> None:
    """Raise ValueError unless ``record`` is a correction ``geo.review`` can apply."""
    if not event_id:
        raise ValueError("a correction needs an event_id")
    if not isinstance(record, dict):
        raise ValueError(f"{event_id}: a correction is a dict, not {type(record).__name__}")
    if record.get("status") not in STATUSES:
        raise ValueError(f"{event_id}: status must be one of {STATUSES}, not {record.get('status')!r}")
    clean_changes(record.get("changes") or {})
    json.dumps(record)  # it must survive the round trip through the table


def write_corrections(folder: Path, corrections: dict[str, dict], generation: int) -> Part | None:
    """The corrections as a new file, flushed to disk (None when there are none)."""
    if not corrections:
        return None
    items = sorted(corrections.items())
    table = pa.table(
        {
            "event_id": [k for k, _ in items],
            "status": [str(r.get("status", "")) for _, r in items],
            "record": [json.dumps(r, ensure_ascii=False, sort_keys=True) for _, r in items],
        },
        schema=SCHEMA,
    )
    name = new_name(CORRECTIONS_DIR, generation, prefix="corrections")
    path = Path(folder) / name
    pq.write_table(table, path, compression=COMPRESSION)
    fsync_file(path)
    return Part(path=name, rows=len(items), bytes=path.stat().st_size)


def read_corrections(folder: Path, part: Part | None) -> dict[str, dict]:
    if part is None:
        return {}
    table = pq.read_table(Path(folder) / part.path, columns=["event_id", "record"])
    return {e: json.loads(r) for e, r in zip(table["event_id"].to_pylist(), table["record"].to_pylist())}


def applicable(corrections: dict[str, dict], targets: pd.DataFrame) -> pd.DataFrame:
    """The corrections to apply, one row each: ``event_id``, ``status``, and for every
    editable field ``set_<field>`` (bool) and ``new_<field>`` (its value).

    ``targets`` are the stored incidents the corrections name (``event_id``,
    ``event_type``, ``evidence``, ``_fingerprint``). As in ``geo.review.apply_corrections``,
    a correction whose recorded fingerprint differs from the incident's is stale and left
    out, as is one whose changes are no longer valid.
    """
    rows = []
    for target in targets.to_dict("records"):
        record = corrections.get(target["event_id"])
        if not record:
            continue
        stored = target.get(FINGERPRINT)
        as_extracted = stored if isinstance(stored, str) and stored else fingerprint(target)
        if record.get("original") and record["original"] != as_extracted:
            continue
        try:
            changes = clean_changes(record.get("changes") or {})
        except (TypeError, ValueError):
            continue
        row = {"event_id": target["event_id"], "status": str(record.get("status", "edited"))}
        for key in EDITABLE:
            row[f"set_{key}"] = key in changes
            row[f"new_{key}"] = changes.get(key)
        rows.append(row)
    return _typed(rows)


def no_corrections() -> pd.DataFrame:
    """The applicable corrections of a store that has none."""
    return _typed([])


def _typed(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=columns())
    frame["event_id"] = frame["event_id"].astype("str")
    frame["status"] = frame["status"].astype("str")
    for key, kind in EDITABLE.items():
        frame[f"set_{key}"] = frame[f"set_{key}"].astype("bool")
        values = frame[f"new_{key}"]
        if kind == "date":
            values = pd.to_datetime(values, errors="coerce")
        elif kind == "text":
            values = values.fillna("")
        elif kind == "int":
            values = pd.to_numeric(values, errors="coerce").fillna(0)
        else:
            values = pd.to_numeric(values, errors="coerce").astype("float64")
        frame[f"new_{key}"] = values.astype(_DTYPES[kind])
    return frame


def columns() -> list[str]:
    out = ["event_id", "status"]
    for key in EDITABLE:
        out += [f"set_{key}", f"new_{key}"]
    return out


def changed_fields(frame: pd.DataFrame) -> list[str]:
    """The editable fields some applicable correction changes."""
    return [key for key in EDITABLE if len(frame) and bool(np.any(frame[f"set_{key}"]))]


def updated(
    corrections: dict[str, dict], updates: dict[str, dict | None], check: bool = True
) -> dict[str, dict]:
    """``corrections`` with ``updates`` applied (None deletes an entry), each checked
    unless ``check`` is False."""
    out = dict(corrections)
    for event_id, record in updates.items():
        if record is None:
            out.pop(event_id, None)
            continue
        if check:
            validate(event_id, record)
        out[event_id] = dict(record)
    return out
