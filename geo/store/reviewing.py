"""The analyst's decisions, committed to a store (``IncidentStore.save_corrections``).

The same records as ``geo.store.corrections`` (status, changes, history with reviewer
and time, the extractor's values for an undo, a rejected incident kept whole), saved
through the store's commit path: one commit per decision, under the store's writer lock
(folder) or in a transaction (PostGIS). The store keeps the incidents as extracted and
applies the corrections when it is read, so an undo or a bring-back is a new record
(or none), never a rewrite of the incidents.

Public API: :func:`save`, :func:`accept_all`, :func:`undo`, :func:`unreject`.
"""

from __future__ import annotations

import pandas as pd

from geo.store.base import IncidentStore
from geo.store.corrections import STATUSES, _add_entry, _get, _replay, clean_changes, history


def save(store: IncidentStore, incident, status: str, changes: dict | None = None, note: str = "",
         reviewer: str = "") -> dict:
    """Record the analyst's decision on ``incident`` (a row as the store shows it) and
    return the record (``geo.store.corrections.save_correction``'s rules)."""
    if status not in STATUSES:
        raise ValueError(f"status must be one of {STATUSES}, not {status!r}")
    event_id = _get(incident, "event_id")
    if not event_id:
        raise ValueError("the incident has no event_id")
    changes = clean_changes(changes or {})
    corrections = _current(store, [event_id])
    record = _add_entry(corrections, incident, status, changes, note, reviewer)
    store.save_corrections({event_id: record})
    return record


def accept_all(store: IncidentStore, incidents, reviewer: str = "", note: str = "") -> list[str]:
    """Mark every incident of ``incidents`` not reviewed yet as accepted, in one commit;
    returns their event_ids. Reviewed ones keep their decision."""
    corrections = store.load_corrections()
    updates: dict[str, dict] = {}
    for _, row in incidents.iterrows():
        event_id = _get(row, "event_id")
        if event_id and event_id not in corrections and event_id not in updates:
            updates[event_id] = _add_entry(corrections, row, "accepted", {}, note, reviewer)
    if updates:
        store.save_corrections(updates)
    return list(updates)


def undo(store: IncidentStore, event_id: str) -> str:
    """Undo the last decision on ``event_id``; returns the decision undone ("" when
    there was none)."""
    old = store.load_corrections().get(event_id)
    if not old:
        return ""
    entries = list(reversed(history(old)))
    undone = entries.pop()
    new = _replay({k: v for k, v in old.items() if k != "history"}, entries)
    if new is not None:
        new["before"] = {**old.get("before", {}), **new.get("before", {})}
    store.save_corrections({event_id: new})
    return undone["action"]


def unreject(store: IncidentStore, event_id: str, reviewer: str = "", note: str = "") -> bool:
    """Bring a rejected incident back (its other edits kept): a ``restored`` entry in
    its history. False when it was not rejected."""
    corrections = store.load_corrections()
    old = corrections.get(event_id)
    if not old or old.get("status") != "rejected":
        return False
    incident = pd.Series({**(old.get("incident") or {}), "event_id": event_id})
    new = _add_entry(corrections, incident, "restored", {}, note, reviewer)
    new["original"] = old.get("original") or new["original"]
    store.save_corrections({event_id: new})
    return True


def _current(store: IncidentStore, event_ids: list[str]) -> dict[str, dict]:
    saved = store.load_corrections()
    return {e: saved[e] for e in event_ids if e in saved}
