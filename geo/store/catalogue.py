"""What a store holds, in names: the filter options with counts, the date range, and the
typed names of a view resolved to the store's own.

The stand-in layer :func:`names_layer` has one row per name (and the first and last
event date), so functions that learn names and dates from a layer
(``geo.store.filters.link_problems``, ``Filters.date_range``) work on a store of any size
without loading it.

Public API: :func:`catalogue`, :func:`names_layer`, :func:`resolve_names`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping, Iterable

import pandas as pd

from geo.store.filters import Filters, expand_names
from geo.store.views import first_in_order
from geo.taxonomy import EVENT_TYPES

# Each list filter: its key in the URL and the alias tables, and the column of its names
# in the stand-in layer (actors: every actor, in actor1).
NAME_FILTERS = {"actors": ("actor", "actor1"), "event_types": ("type", "event_type"),
                "sub_event_types": ("subtype", "sub_event_type"), "countries": ("country", "country"),
                "admin1": ("admin1", "admin1")}


def catalogue(store) -> dict:
    """Counts over the whole store (``actors``, ``event_types``, ``sub_event_types``,
    ``countries``, ``admin1``, ``datasets``: lists of (name, count), most frequent
    first, event types in the taxonomy's order) and ``dates`` (first, last), in one
    scan where the store can; ``store`` None: an empty one."""
    if store is None:
        return {**{name: [] for name in NAME_FILTERS}, "datasets": [], "dates": (None, None)}
    counts = store.counts(Filters(), ["actors", "event_type", "sub_event_type", "country", "admin1", "dataset"])
    return {
        "actors": counts["actors"],
        "event_types": first_in_order(counts["event_type"], EVENT_TYPES),
        "sub_event_types": counts["sub_event_type"],
        "countries": counts["country"],
        "admin1": counts["admin1"],
        "datasets": counts["dataset"],
        "dates": store.date_range(),
    }


def names_layer(counts: dict) -> pd.DataFrame:
    """The stand-in layer of a :func:`catalogue`: one row per name (padded with ""), and
    the first and last date in ``event_date``."""
    columns = {column: counts[name] for name, (_, column) in NAME_FILTERS.items()}
    n = max([2, *(len(v) for v in columns.values())])
    frame = pd.DataFrame({c: [name for name, _ in v] + [""] * (n - len(v)) for c, v in columns.items()})
    frame["actor2"] = ""
    lo, hi = counts["dates"]
    frame["event_date"] = pd.to_datetime([lo, hi] + [None] * (n - 2)).astype("datetime64[us]")
    return frame


def resolve_names(filters: Filters, names: pd.DataFrame,
                  aliases: Mapping[str, Mapping[str, Iterable[str]]] | None = None) -> Filters:
    """``filters`` with names typed as an analyst knows them (any case, an alias, a part:
    ``geo.store.filters.expand_names``) replaced by the store's names they match; a
    typed name that matches nothing is kept (it matches nothing in the store either).
    ``aliases``: the alias tables by URL key, or a function giving them (called only
    when a name is not one of the store's)."""
    table = None
    changes = {}
    for name, (key, column) in NAME_FILTERS.items():
        values = getattr(filters, name)
        if not values:
            continue
        known = [n for n in names[column] if n]
        if all(value in known for value in values):
            continue
        if table is None:
            table = (aliases() if callable(aliases) else aliases) or {}
        expanded = expand_names(values, known, table.get(key))
        changes[name] = sorted(expanded) if expanded else values
    return replace(filters, **changes) if changes else filters
