"""Merging at ingest: each batch's incidents get the event group they belong to.

Called by ``geo.ingest`` on every batch before its commit: the stored incidents near the
batch in time are read through the store's public query API (``read_layer`` with a date
window, only the columns :mod:`geo.events.match` needs), and each new incident that
reports an event already there, or one reported earlier in the batch, gets that event's
key in ``merge_key``. Stored rows are never rewritten: the store's read collapses a
group (``geo.store.merging``).

A stream of batches (:class:`BatchMerger`) keeps the stored events it read, and adds
the new events of each batch it committed itself: the next batch near the same dates
needs no read while nobody else wrote to the store (its ``version()`` says so). A read
of the store recomputes its event groups over every stored incident, so one per batch
would make each commit cost as much as the whole store; a newswire's batches mostly
fall on the days already read.

Two writers committing reports of one event at the same moment may each miss the
other's: the analyst can merge them by hand (``geo.events.manual``).
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

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
    out["merge_key"] = assign_groups(out[MATCH_COLUMNS], stored_candidates(store, out))
    return out


class BatchMerger:
    """``merge_batch`` for a stream of batches committed by one writer: ``merge`` before
    each commit, ``committed`` after it. Gives the same keys as ``merge_batch``.

    Why the kept events are the store's: a stored event is one row (its group's first
    incident, corrections applied), and a commit of ours changes no such row but adds
    the batch's new events (incidents with no ``merge_key``); its incidents that joined
    a group leave that group's row as it was (its key is its group's either way). Any
    other commit (another writer, a review, a compaction) changes ``version()``, and
    the next batch reads the store again."""

    def __init__(self, store):
        self.store = store
        self._days: set[int] = set()  # the days whose stored events ``_events`` holds
        self._events: pd.DataFrame | None = None  # MATCH_COLUMNS, in ingestion order
        self._version = None  # the store's version ``_events`` is true for
        self.reads = 0  # reads of the store (for tests and benchmarks)

    def merge(self, incidents: pd.DataFrame) -> pd.DataFrame:
        if not len(incidents):
            return incidents
        windows = date_windows(incidents["event_date"])
        days = _days(windows)
        if not (days <= self._days and self._version is not None and self._version == self.store.version()):
            self._version = self.store.version()
            self._events = _read(self.store, windows)
            self._days = days
            self.reads += 1
        out = incidents.copy()
        # The matcher reads MATCH_COLUMNS only: a row of those is a third of a layer row
        # to make (a fifth of the matcher's time).
        out["merge_key"] = assign_groups(out[MATCH_COLUMNS], self._candidates(days))
        return out

    def committed(self, incidents: pd.DataFrame, added_documents) -> None:
        """After the commit of ``incidents`` (what ``merge`` gave) in which the documents
        ``added_documents`` were new (the others' incidents were not stored)."""
        if self._version is None:
            return
        added = set(added_documents)
        stored = incidents["doc_id"].isin(added) | (incidents["doc_id"] == "")
        new_events = incidents.loc[stored & (incidents["merge_key"] == ""), MATCH_COLUMNS]
        new_events = new_events[_on_days(new_events["event_date"], self._days)]
        if len(new_events):
            self._events = pd.concat([e for e in (self._events, new_events) if e is not None and len(e)],
                                     ignore_index=True)
        self._version = self.store.version()

    def _candidates(self, days: set[int]) -> pd.DataFrame | None:
        if self._events is None or not len(self._events):
            return None
        kept = self._events[_on_days(self._events["event_date"], days)]
        return kept if len(kept) else None


def stored_candidates(store, incidents: pd.DataFrame) -> pd.DataFrame | None:
    """The stored events (one row per event, corrections applied) dated within
    ``MAX_DAYS`` of an incident of ``incidents``; None when there is nothing to ask."""
    events = _read(store, date_windows(incidents["event_date"]))
    return events if events is not None and len(events) else None


def _read(store, windows: list[tuple]) -> pd.DataFrame | None:
    frames = [store.read_layer(Filters(date_from=lo, date_to=hi), columns=MATCH_COLUMNS)
              for lo, hi in windows]
    frames = [pd.DataFrame(f[MATCH_COLUMNS]) for f in frames if len(f)]
    if not frames:
        return None
    return pd.concat(frames, ignore_index=True).drop_duplicates("event_id")


def _days(windows: list[tuple]) -> set[int]:
    return {d for lo, hi in windows for d in range(lo.toordinal(), hi.toordinal() + 1)}


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def _on_days(dates: pd.Series, days: set[int]) -> np.ndarray:
    """Whether each date falls on one of ``days`` (proleptic ordinals); undated: no."""
    values = pd.to_datetime(dates).to_numpy().astype("datetime64[D]")
    ordinals = values.astype("int64") + _EPOCH_ORDINAL
    return ~np.isnat(values) & np.isin(ordinals, np.fromiter(days, dtype="int64", count=len(days)))


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
