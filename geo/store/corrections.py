"""An analyst's corrections to extracted incidents: saved, and applied again on re-ingest.

A correction is keyed by ``event_id`` (``<doc_id>-<rank>``: stable, since a document's
id is the hash of its text) and records what the analyst decided:

- ``status``: ``accepted`` (checked, nothing to change), ``edited`` (fields changed) or
  ``rejected`` (not an incident: left out of the layer);
- ``changes``: the new values of the fields that were changed (see :data:`EDITABLE`);
- ``original``: a fingerprint of the incident as extracted (a hash of its evidence and
  type). A correction is only applied to an incident with the same fingerprint, so if a
  new extractor version reads the report differently (and ranks shift), an old
  correction cannot land on the wrong incident: it is reported as stale instead.

They are committed to the store (``geo.store.reviewing``: ``IncidentStore.save_corrections``)
and applied when it is read. Before the folder store they lived in one JSON file next
to a single-file store (``data/corrections.json`` for ``data/incidents.parquet``;
``GEO_CORRECTIONS`` overrides): :func:`corrections_path` and :func:`load_corrections`
read it when such a store is migrated (``geo.store.migrate``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from geo.store.schema import conform, points

STATUSES = ("accepted", "edited", "rejected")
# Fields an analyst may change, with their kind.
EDITABLE: dict[str, str] = {
    "event_date": "date",
    "event_type": "text",
    "sub_event_type": "text",
    "actor1": "text",
    "actor2": "text",
    "assoc_actors": "text",
    "country": "text",
    "admin1": "text",
    "location": "text",
    "latitude": "float",
    "longitude": "float",
    "geo_precision": "int",
    "time_precision": "int",
    "fatalities": "int",
    # The event an incident belongs to (geo.events: an analyst's split or merge).
    "merge_key": "text",
}
FORMAT_VERSION = 1  # later fields (history, before, incident) are optional


def corrections_path(store: str | Path) -> Path:
    """Where the corrections of ``store`` live: ``GEO_CORRECTIONS``, or
    ``corrections.json`` in the store's folder."""
    override = os.environ.get("GEO_CORRECTIONS")
    return Path(override) if override else Path(store).parent / "corrections.json"


def fingerprint(row) -> str:
    """What identifies an incident as the extractor made it: its type and evidence."""
    text = f"{_get(row, 'event_type')}\x1f{_get(row, 'evidence')}"
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def _get(row, key: str) -> str:
    value = row.get(key) if hasattr(row, "get") else getattr(row, key, "")
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


# --------------------------------------------------------------------------- values


def clean_changes(changes: dict) -> dict:
    """Only editable fields, as the layer stores them; raises ValueError on a bad value
    (a date that is not ISO, a latitude out of range, negative fatalities...)."""
    out = {}
    for key, value in changes.items():
        kind = EDITABLE.get(key)
        if kind is None:
            raise ValueError(f"{key!r} cannot be edited (editable: {', '.join(EDITABLE)})")
        if kind == "date":
            if value in (None, ""):
                out[key] = None
                continue
            if isinstance(value, (dt.date, dt.datetime)):
                value = value.isoformat()[:10]
            try:
                out[key] = dt.date.fromisoformat(str(value)[:10]).isoformat()
            except ValueError:
                raise ValueError(f"{key}: {value!r} is not a date (YYYY-MM-DD)") from None
        elif kind == "text":
            out[key] = "" if value is None else " ".join(str(value).split())
        elif kind == "float":
            if value in (None, ""):
                out[key] = None
                continue
            number = float(value)
            if not math.isfinite(number):
                raise ValueError(f"{key}: {value!r} is not a number")
            limit = 90 if key == "latitude" else 180
            if abs(number) > limit:
                raise ValueError(f"{key}: {number} is outside -{limit}..{limit}")
            out[key] = round(number, 6)
        else:
            number = int(value)
            if number < 0:
                raise ValueError(f"{key}: {number} is negative")
            if key in ("geo_precision", "time_precision") and number not in (1, 2, 3):
                raise ValueError(f"{key}: {number} is not 1, 2 or 3")
            out[key] = number
    if ("latitude" in out) != ("longitude" in out):
        raise ValueError("latitude and longitude go together")
    return out


# --------------------------------------------------------------------------- the file


def load_corrections(path: str | Path) -> dict[str, dict]:
    """The corrections saved at ``path`` (event_id -> correction); {} if none yet."""
    path = Path(path)
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8") or "{}")
    return dict(data.get("corrections", {}))


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _json_value(value):
    """A layer cell as JSON keeps it (dates as ISO text, NaN/NaT as null)."""
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (pd.Timestamp, dt.date)):
        return value.isoformat()[:10]
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _incident_record(incident) -> dict:
    """The incident's fields as JSON (no geometry): what an un-reject puts back."""
    keys = incident.index if hasattr(incident, "index") else incident.keys()
    return {k: _json_value(incident[k]) for k in keys if k not in ("geometry", "review_status")}


def _replay(record: dict, entries: list[dict]) -> dict | None:
    """The correction that ``entries`` (oldest first) amount to; None when there are none."""
    if not entries:
        return None
    merged: dict = {}
    status = "accepted"
    for entry in entries:
        if entry["action"] == "restored":
            status = "accepted"
        else:
            status = entry["action"]
        merged.update(entry.get("changes", {}))
    last = entries[-1]
    out = {**record, "changes": merged, "history": entries,
           "status": "edited" if status == "accepted" and merged else status,
           "note": next((e["note"] for e in reversed(entries) if e.get("note")), ""),
           "reviewer": last.get("reviewer", ""), "updated_at": last.get("at", "")}
    out["before"] = {k: v for k, v in record.get("before", {}).items() if k in merged}
    return out


def history(record: dict | None) -> list[dict]:
    """Every saved decision on an incident, newest first (``at``, ``reviewer``,
    ``action``, ``changes``, ``note``). A correction saved before histories were kept
    counts as one entry."""
    if not record:
        return []
    entries = record.get("history")
    if entries is None:
        entries = [{"at": record.get("updated_at", ""), "reviewer": record.get("reviewer", ""),
                    "action": record.get("status", "edited"), "changes": record.get("changes", {}),
                    "note": record.get("note", "")}]
    return list(reversed(entries))


def _add_entry(corrections: dict, incident, action: str, changes: dict, note: str, reviewer: str) -> dict:
    event_id = _get(incident, "event_id")
    before = corrections.get(event_id, {})
    entries = list(reversed(history(before)))
    entries.append({"at": _now(), "reviewer": " ".join(str(reviewer or "").split()),
                    "action": action, "changes": changes, "note": note or ""})
    # The extractor's value of each field, the first time it is changed: what an undo
    # writes back (the store holds the corrected value from then on).
    kept = dict(before.get("before", {}))
    for key in changes:
        if key not in kept and key not in before.get("changes", {}):
            kept[key] = _json_value(incident.get(key) if hasattr(incident, "get") else None)
    record = {
        "original": before.get("original") or fingerprint(incident),
        "doc_id": _get(incident, "doc_id"),
        "before": kept,
    }
    if action == "rejected":
        record["incident"] = _incident_record(incident)
    elif before.get("incident"):
        record["incident"] = before["incident"]
    record = _replay(record, entries)
    corrections[event_id] = record
    return record


def add_decision(corrections: dict, incident, status: str, changes: dict | None = None,
                 note: str = "", reviewer: str = "") -> dict:
    """One decision added to a dict of corrections (event_id -> record), for a caller
    that commits them itself through ``IncidentStore.save_corrections``."""
    if status not in STATUSES:
        raise ValueError(f"status must be one of {STATUSES}, not {status!r}")
    if not _get(incident, "event_id"):
        raise ValueError("the incident has no event_id")
    return _add_entry(corrections, incident, status, clean_changes(changes or {}), note, reviewer)


# --------------------------------------------------------------------------- applying


@dataclass
class Applied:
    """What :func:`apply_corrections` did."""

    applied: list[str] = field(default_factory=list)  # event_ids changed or marked
    rejected: list[str] = field(default_factory=list)  # event_ids left out
    stale: list[str] = field(default_factory=list)  # the incident no longer matches


def apply_corrections(layer, corrections: dict[str, dict], report: Applied | None = None):
    """``layer`` with the corrections applied: edited fields set (geometry following the
    coordinates), rejected incidents left out, and a ``review_status`` column. Incidents
    whose fingerprint differs from the one recorded are left as they are (stale).
    Idempotent: applying twice changes nothing more."""
    report = report if report is not None else Applied()
    if not len(layer) or not corrections:
        return layer
    out = layer.copy()
    if "review_status" not in out.columns:
        out["review_status"] = ""
    drop = []
    for pos, event_id in enumerate(out["event_id"]):
        correction = corrections.get(event_id)
        if not correction:
            continue
        row = out.iloc[pos]
        already = row.get("review_status", "") not in ("", None) and not _is_nan(row.get("review_status"))
        if not already and correction.get("original") and correction["original"] != fingerprint(row):
            report.stale.append(event_id)
            continue
        if correction.get("status") == "rejected":
            drop.append(out.index[pos])
            report.rejected.append(event_id)
            continue
        for key, value in clean_changes(correction.get("changes", {})).items():
            if EDITABLE[key] == "date":
                value = pd.NaT if value is None else pd.Timestamp(value)
            elif value is None:
                value = float("nan")
            out.at[out.index[pos], key] = value
        out.at[out.index[pos], "review_status"] = correction.get("status", "edited")
        report.applied.append(event_id)
    if drop:
        out = out.drop(index=drop)
    out = out.set_geometry(points(out), crs=layer.crs)
    return conform(out)


def _is_nan(value) -> bool:
    return isinstance(value, float) and math.isnan(value)


def review_status(layer) -> pd.Series:
    """Each incident's review status (``accepted``, ``edited``; "" when not reviewed)."""
    if "review_status" in layer.columns:
        return layer["review_status"].fillna("").astype(str)
    return pd.Series("", index=layer.index)
