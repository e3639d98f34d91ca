"""The analyst's word on merges: split an event into its reports, take one report out,
or merge two events. Each is a correction of ``merge_key`` on the incidents concerned
(``geo.store.corrections``: kept, with its history, and applied on every read like any
other correction), so it survives re-ingesting and can be undone.

``events`` below are rows of the store's view (one per event); their incidents as the
reports gave them are found by :func:`members`.
"""

from __future__ import annotations

from datetime import timedelta

import pandas as pd

from geo.store.corrections import add_decision, apply_corrections
from geo.store.filters import Filters
from geo.store.merging import group_keys

# How far from the event's date its incidents are looked for (they were merged within a
# day of each other; an analyst may have re-dated one since).
MEMBER_WINDOW_DAYS = 7


def event_key(event) -> str:
    """The event group of a view row."""
    return str(event.get("merge_key") or "") or str(event["event_id"])


def members(store, event) -> pd.DataFrame:
    """The incidents (corrected, not collapsed) of the event ``event`` (a view row), in
    ingestion order: one per report, the first the event's own."""
    date = event.get("event_date")
    filters = Filters()
    if date is not None and not pd.isna(date):
        day = pd.Timestamp(date).date()
        filters = Filters(date_from=day - timedelta(days=MEMBER_WINDOW_DAYS),
                          date_to=day + timedelta(days=MEMBER_WINDOW_DAYS))
    raw = store.read_layer(filters, apply_corrections=False)
    corrected = apply_corrections(raw, store.load_corrections())
    if not len(corrected):
        return corrected
    return corrected[group_keys(corrected) == event_key(event)].reset_index(drop=True)


def split_changes(incidents: pd.DataFrame) -> dict[str, str]:
    """event_id -> new merge_key that makes each of ``incidents`` an event of its own."""
    return {e: e for e in incidents["event_id"]}


def detach_changes(incidents: pd.DataFrame, event_id: str) -> dict[str, str]:
    """event_id -> new merge_key that takes ``event_id`` out of the event of
    ``incidents`` (its members) and leaves the others together. The first incident
    names the event: taken out, the next one names it for the rest."""
    rest = incidents[incidents["event_id"] != event_id]
    changes = {event_id: event_id}
    key = group_keys(incidents)
    if len(rest) and (key == event_id).any():  # the event was named after the one leaving
        changes.update({e: rest["event_id"].iloc[0] for e in rest["event_id"]})
    return changes


def merge_changes(kept: pd.DataFrame, joining: pd.DataFrame) -> dict[str, str]:
    """event_id -> new merge_key that puts every incident of ``joining`` into the event
    of ``kept`` (both: the members of an event)."""
    key = group_keys(kept.iloc[:1]).iloc[0]
    return {e: key for e in joining["event_id"] if e != key}


def save(store, incidents: pd.DataFrame, changes: dict[str, str], reviewer: str = "", note: str = "") -> list[str]:
    """Save ``changes`` (event_id -> merge_key) of ``incidents`` as corrections of
    ``store`` in one commit; returns the event_ids corrected."""
    corrections = store.load_corrections()
    updates = {}
    for row in incidents.to_dict("records"):
        event_id = row["event_id"]
        if event_id in changes and changes[event_id] != (row.get("merge_key") or ""):
            updates[event_id] = add_decision(corrections, pd.Series(row), "edited",
                                             {"merge_key": changes[event_id]}, note=note, reviewer=reviewer)
    if updates:
        store.save_corrections(updates)
    return sorted(updates)


def split(store, event, reviewer: str = "", note: str = "") -> list[str]:
    """Make every report of ``event`` (a view row) an event of its own."""
    incidents = members(store, event)
    return save(store, incidents, split_changes(incidents), reviewer, note)


def detach(store, event, event_id: str, reviewer: str = "", note: str = "") -> list[str]:
    """Take the incident ``event_id`` out of ``event`` (a view row)."""
    incidents = members(store, event)
    if event_id not in set(incidents["event_id"]):
        raise ValueError(f"{event_id} is not an incident of event {event_key(event)}")
    return save(store, incidents, detach_changes(incidents, event_id), reviewer, note)


def merge(store, kept, joining, reviewer: str = "", note: str = "") -> list[str]:
    """Merge the event ``joining`` into the event ``kept`` (view rows)."""
    ours, theirs = members(store, kept), members(store, joining)
    if not len(ours) or not len(theirs):
        raise ValueError("both events must be in the store")
    return save(store, theirs, merge_changes(ours, theirs), reviewer, note)
