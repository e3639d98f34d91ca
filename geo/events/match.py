"""Which incidents of different reports describe one event.

ACLED codes an event once, whatever the number of reports about it. Two incidents are
one event when they come from different documents and agree on

- the date: both dated, at most :data:`MAX_DAYS` apart (reports date an event by their
  own day, or the day before: "yesterday", "overnight");
- the place: within :data:`MAX_KM` of each other, or the same named place in the same
  country (when both are placed, never more than :data:`FAR_KM` apart: two villages of
  one name are two places);
- the type: the same event type, or two of one family (:data:`TYPE_FAMILIES`: one report
  calls a protest a riot, another calls an attack on villagers a clash);
- the actors: every named actor of one may be missing from the other, but when both
  name actors they share at least one (an unidentified group stands for any group).

This module is pure: rows in, group keys out. ``geo.events.ingest`` feeds it the
incidents of a batch and the stored incidents near them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from geo.gazetteer import haversine_km
from geo.taxonomy import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, VAC

MAX_DAYS = 1
MAX_KM = 5.0
FAR_KM = 50.0
TYPE_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({PROTESTS, RIOTS}),
    frozenset({BATTLES, VAC, EXPLOSIONS}),
)
# ACLED names an actor the reports do not identify "Unidentified Armed Group (<country>)"
# and the like: it may be anyone another report names.
UNNAMED_ACTOR_PREFIX = "unidentified"
# What a candidate must carry to be matched (read from the store with these columns).
MATCH_COLUMNS = [
    "event_id", "merge_key", "doc_id", "event_date", "event_type", "actor1", "actor2",
    "country", "location", "latitude", "longitude",
]


@dataclass
class _Event:
    """One incident as the matcher sees it."""

    key: str  # the event group it belongs to
    doc_ids: set[str]
    day: int | None
    event_type: str
    actors: frozenset[str]
    place: tuple[str, str]  # (location, country), casefolded; ("", "") when unnamed
    lat: float | None
    lon: float | None
    members: list[str] = field(default_factory=list)


def group_key(row) -> str:
    """The event group of a layer row: the event it was merged into, else itself."""
    key = _text(row.get("merge_key"))
    return key or _text(row.get("event_id"))


def compatible_types(a: str, b: str) -> bool:
    if not a or not b:
        return False
    return a == b or any(a in family and b in family for family in TYPE_FAMILIES)


def compatible_actors(a: frozenset[str], b: frozenset[str]) -> bool:
    named_a = {x for x in a if not x.startswith(UNNAMED_ACTOR_PREFIX)}
    named_b = {x for x in b if not x.startswith(UNNAMED_ACTOR_PREFIX)}
    if not named_a or not named_b:
        return True
    return any(x == y or x in y or y in x for x in named_a for y in named_b)


def same_place(a: _Event, b: _Event) -> bool:
    distance = None
    if a.lat is not None and b.lat is not None:
        distance = haversine_km(a.lat, a.lon, b.lat, b.lon)
        if distance <= MAX_KM:
            return True
    named = a.place[0] and a.place[1] and a.place == b.place
    return bool(named) and (distance is None or distance <= FAR_KM)


def same_event(a: _Event, b: _Event) -> bool:
    """Whether two incidents (of different documents) report one event."""
    if a.day is None or b.day is None or abs(a.day - b.day) > MAX_DAYS:
        return False
    if a.doc_ids & b.doc_ids:
        return False  # one report's incidents are distinct events by its own reading
    return compatible_types(a.event_type, b.event_type) and same_place(a, b) and compatible_actors(a.actors, b.actors)


def assign_groups(new: pd.DataFrame, candidates: pd.DataFrame | None = None) -> pd.Series:
    """The ``merge_key`` of each incident of ``new`` (layer rows, in ingestion order):
    the group key of the first earlier event it matches — among ``candidates`` (stored
    incidents, each standing for its group) and the incidents of ``new`` before it — or
    "" when it is an event of its own. Incidents that already carry a key keep it."""
    by_day: dict[int, list[_Event]] = {}
    groups: dict[str, _Event] = {}

    def remember(event: _Event) -> None:
        if event.key in groups:  # a second member: the group now spans its documents
            groups[event.key].doc_ids |= event.doc_ids
            return
        groups[event.key] = event
        if event.day is not None:
            by_day.setdefault(event.day, []).append(event)

    if candidates is not None:
        for row in candidates.to_dict("records"):
            remember(_event(row))
    keys = []
    for row in new.to_dict("records"):
        event = _event(row)
        key = _text(row.get("merge_key"))
        if not key and event.day is not None:
            for day in range(event.day - MAX_DAYS, event.day + MAX_DAYS + 1):
                match = next((g for g in by_day.get(day, ()) if same_event(event, g)), None)
                if match is not None:
                    key = match.key
                    break
        keys.append(key)
        if key:
            event.key = key
        remember(event)
    return pd.Series(keys, index=new.index, dtype="str")


def _event(row: dict) -> _Event:
    date = row.get("event_date")
    day = None if date is None or pd.isna(date) else pd.Timestamp(date).toordinal()
    lat, lon = _number(row.get("latitude")), _number(row.get("longitude"))
    if lat is None or lon is None:
        lat = lon = None
    actors = frozenset(_fold(row.get(c)) for c in ("actor1", "actor2")) - {""}
    return _Event(
        key=group_key(row),
        doc_ids={_text(row.get("doc_id"))} - {""},
        day=day,
        event_type=_text(row.get("event_type")),
        actors=actors,
        place=(_fold(row.get("location")), _fold(row.get("country"))),
        lat=lat,
        lon=lon,
    )


def _text(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return str(value).strip()


def _fold(value) -> str:
    return " ".join(_text(value).split()).casefold()


def _number(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None
