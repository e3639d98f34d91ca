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

They live in one JSON file next to the store (``data/corrections.json`` for
``data/incidents.parquet``; ``GEO_CORRECTIONS`` overrides), written atomically (a
temporary file, fsync, ``os.replace``) under a lock, so two reviewers saving at once
lose nothing and a crash leaves the previous file whole.

``geo.ingest.ingest`` applies them to the incidents it extracts, so deleting the store
and ingesting the reports again gives back the reviewed layer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from geo.files import replacing
from geo.store.formats import read_documents_table, read_layer, write_layer
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
}
FORMAT_VERSION = 1


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


@contextlib.contextmanager
def _locked(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _write_atomically(path: Path, corrections: dict[str, dict]) -> None:
    payload = {"version": FORMAT_VERSION, "corrections": dict(sorted(corrections.items()))}
    with replacing(path) as tmp, open(tmp, "w", encoding="utf-8") as f:
        json.dump(payload, f, ensure_ascii=False, indent=1)
        f.write("\n")


def save_correction(
    path: str | Path,
    incident,
    status: str,
    changes: dict | None = None,
    note: str = "",
    reviewer: str = "",
) -> dict:
    """Record the analyst's decision on ``incident`` (a layer row) and return it.

    ``changes`` are merged into an earlier correction of the same incident (a later
    edit of the date keeps an earlier re-placing). ``accepted`` with no changes just
    marks the incident as checked.
    """
    if status not in STATUSES:
        raise ValueError(f"status must be one of {STATUSES}, not {status!r}")
    event_id = _get(incident, "event_id")
    if not event_id:
        raise ValueError("the incident has no event_id")
    changes = clean_changes(changes or {})
    path = Path(path)
    with _locked(path):
        corrections = load_corrections(path)
        before = corrections.get(event_id, {})
        merged = {**before.get("changes", {}), **changes}
        original = before.get("original") or fingerprint(incident)
        record = {
            "status": "edited" if status == "accepted" and merged else status,
            "changes": merged,
            "original": original,
            "doc_id": _get(incident, "doc_id"),
            "note": note or before.get("note", ""),
            "reviewer": reviewer or before.get("reviewer", ""),
            "updated_at": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        corrections[event_id] = record
        _write_atomically(path, corrections)
    return record


def forget_correction(path: str | Path, event_id: str) -> bool:
    """Remove the correction of ``event_id`` (back to the extractor's reading). Note that
    a layer it was applied to keeps the corrected values until it is re-ingested."""
    path = Path(path)
    with _locked(path):
        corrections = load_corrections(path)
        if corrections.pop(event_id, None) is None:
            return False
        _write_atomically(path, corrections)
    return True


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


def apply_saved(layer, store: str | Path, report: Applied | None = None):
    """``layer`` with the corrections saved for ``store`` applied (unchanged if none)."""
    return apply_corrections(layer, load_corrections(corrections_path(store)), report)


def reapply(store: str | Path) -> Applied:
    """Apply the saved corrections to the store itself (after the analyst saved one)."""
    report = Applied()
    layer = read_layer(store)
    corrected = apply_saved(layer, store, report)
    if report.applied or report.rejected:
        write_layer(corrected, store, read_documents_table(store))
    return report


def review_status(layer) -> pd.Series:
    """Each incident's review status (``accepted``, ``edited``; "" when not reviewed)."""
    if "review_status" in layer.columns:
        return layer["review_status"].fillna("").astype(str)
    return pd.Series("", index=layer.index)
