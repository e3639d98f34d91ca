"""Merging at ingest: each batch's incidents get the event group they belong to.

Called by ``geo.ingest`` on every batch before its commit: the stored incidents near the
batch in time are read through the store's public query API (``read_layer`` with a date
window, only the columns :mod:`geo.events.match` needs), and each new incident that
reports an event already there, or one reported earlier in the batch, gets that event's
key in ``merge_key``. Stored rows are never rewritten: the store's read collapses a
group (``geo.store.merging``).

Two writers committing reports of one event at the same moment may each miss the
other's: the analyst can merge them by hand (``geo.events.manual``).
"""

from __future__ import annotations

from datetime import timedelta

import pandas as pd

from geo.events.match import MATCH_COLUMNS, MAX_DAYS, assign_groups
from geo.store.filters import Filters

# Windows of dates closer than this are read in one query (fewer round trips for a
# batch of reports spread over weeks; no year-long read for one spread over years).
JOIN_GAP_DAYS = 14


def merge_batch(incidents: pd.DataFrame, store) -> pd.DataFrame:
    """``incidents`` (a batch, layer columns) with ``merge_key`` set where an incident
    reports an event of ``store`` or of the batch before it."""
    if not len(incidents):
        return incidents
    out = incidents.copy()
    out["merge_key"] = assign_groups(out, stored_candidates(store, out))
    return out


def stored_candidates(store, incidents: pd.DataFrame) -> pd.DataFrame | None:
    """The stored events (one row per event, corrections applied) dated within
    ``MAX_DAYS`` of an incident of ``incidents``; None when there is nothing to ask."""
    frames = [store.read_layer(Filters(date_from=lo, date_to=hi), columns=MATCH_COLUMNS)
              for lo, hi in date_windows(incidents["event_date"])]
    frames = [f for f in frames if len(f)]
    if not frames:
        return None
    return pd.concat(frames, ignore_index=True).drop_duplicates("event_id")


def date_windows(dates: pd.Series) -> list[tuple]:
    """Inclusive (first, last) days covering every date ± ``MAX_DAYS``, windows less
    than ``JOIN_GAP_DAYS`` apart joined."""
    days = sorted({d.date() for d in pd.to_datetime(dates.dropna())})
    windows: list[list] = []
    for day in days:
        lo, hi = day - timedelta(days=MAX_DAYS), day + timedelta(days=MAX_DAYS)
        if windows and (lo - windows[-1][1]).days <= JOIN_GAP_DAYS:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    return [tuple(w) for w in windows]
