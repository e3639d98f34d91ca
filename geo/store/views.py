"""Summaries of a view of the layer: the counts behind the filter options, KPIs, the
timeline, the deadliest incidents, the reports behind them and the incident table.

Pure functions over a (usually filtered, see ``geo.store.filters``) layer; the dashboard
and the reports are shells over them.
"""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from geo.store.filters import data_date_range
from geo.taxonomy import EVENT_TYPES


# --------------------------------------------------------------------------- options


def actor_counts(layer: pd.DataFrame) -> list[tuple[str, int]]:
    """Actors (actor1 and actor2) with their number of incidents, most frequent first,
    ties by name; an incident counts once for an actor that is on both sides."""
    if not len(layer):
        return []
    a1 = layer["actor1"].fillna("").astype(str).str.strip()
    a2 = layer["actor2"].fillna("").astype(str).str.strip()
    counts = a1[a1 != ""].value_counts().add(
        a2[(a2 != "") & (a2 != a1)].value_counts(), fill_value=0
    )
    items = [(str(k), int(v)) for k, v in counts.items()]
    return sorted(items, key=lambda kv: (-kv[1], kv[0].lower()))


def value_counts(layer: pd.DataFrame, column: str, order: Iterable[str] = ()) -> list[tuple[str, int]]:
    """Non-empty values of ``column`` with counts: those in ``order`` first (in that
    order), then the rest by count, then name."""
    if not len(layer):
        return []
    values = layer[column].fillna("").astype(str)
    counts = values[values.str.strip() != ""].value_counts()
    return first_in_order([(str(k), int(v)) for k, v in counts.items()], order)


def first_in_order(counts: Iterable[tuple[str, int]], order: Iterable[str] = ()) -> list[tuple[str, int]]:
    """(value, count) pairs: those in ``order`` first (in that order), then the rest by
    count, then name (:func:`value_counts`' order, for counts a store made)."""
    counts = dict(counts)
    first = [(v, counts[v]) for v in order if v in counts]
    rest = sorted(
        ((k, n) for k, n in counts.items() if k not in dict(first)),
        key=lambda kv: (-kv[1], kv[0].lower()),
    )
    return first + rest


def event_type_counts(layer: pd.DataFrame) -> list[tuple[str, int]]:
    return value_counts(layer, "event_type", EVENT_TYPES)


def sub_event_type_counts(layer: pd.DataFrame, event_types: Iterable[str] = ()) -> list[tuple[str, int]]:
    """Sub-event types (of ``event_types`` when given) with counts."""
    event_types = set(event_types or ())
    if event_types:
        layer = layer[layer["event_type"].isin(event_types)]
    return value_counts(layer, "sub_event_type")


def country_counts(layer: pd.DataFrame) -> list[tuple[str, int]]:
    return value_counts(layer, "country")


def admin1_counts(layer: pd.DataFrame, countries: Iterable[str] = ()) -> list[tuple[str, int]]:
    """Admin-1 regions (of ``countries`` when given) with counts."""
    countries = set(countries or ())
    if countries:
        layer = layer[layer["country"].isin(countries)]
    return value_counts(layer, "admin1")


# --------------------------------------------------------------------------- summaries


def kpis(layer: pd.DataFrame) -> dict[str, int]:
    """Incidents, fatalities, documents (with a shown incident) and located incidents."""
    if not len(layer):
        return {"incidents": 0, "fatalities": 0, "documents": 0, "located": 0}
    docs = layer["doc_id"].fillna("").astype(str)
    return {
        "incidents": int(len(layer)),
        "fatalities": int(pd.to_numeric(layer["fatalities"], errors="coerce").fillna(0).sum()),
        "documents": int(docs[docs != ""].nunique()),
        "located": int((layer["latitude"].notna() & layer["longitude"].notna()).sum()),
    }


def choose_frequency(layer: pd.DataFrame, max_bars: int = 120) -> str:
    """``"D"`` (per day) unless that makes more than ``max_bars`` bars; then ``"W"``."""
    lo, hi = data_date_range(layer)
    if lo is None:
        return "D"
    return "D" if (hi - lo).days + 1 <= max_bars else "W"


def timeline(layer: pd.DataFrame, freq: str = "D") -> pd.DataFrame:
    """Incidents and fatalities per period and event type, every period in the span
    present (zeros included) so bars line up.

    Columns: ``period`` (Timestamp: the day, or the Monday of the week for ``"W"``),
    ``event_type``, ``incidents``, ``fatalities``. Undated incidents are left out.
    """
    columns = ["period", "event_type", "incidents", "fatalities"]
    if freq not in ("D", "W"):
        raise ValueError(f"freq must be 'D' or 'W', not {freq!r}")
    if not len(layer):
        return pd.DataFrame(columns=columns)
    dates = pd.to_datetime(layer["event_date"], errors="coerce")
    frame = pd.DataFrame(
        {
            "period": dates.dt.normalize(),
            "event_type": layer["event_type"].fillna("").astype(str).replace("", "Unknown"),
            "fatalities": pd.to_numeric(layer["fatalities"], errors="coerce").fillna(0).astype("int64"),
        }
    ).dropna(subset=["period"])
    if frame.empty:
        return pd.DataFrame(columns=columns)
    if freq == "W":
        frame["period"] = frame["period"] - pd.to_timedelta(frame["period"].dt.day_of_week, unit="D")
    grouped = (
        frame.groupby(["period", "event_type"], observed=True)
        .agg(incidents=("fatalities", "size"), fatalities=("fatalities", "sum"))
        .reset_index()
    )
    return fill_timeline(grouped, freq)


def fill_timeline(grouped: pd.DataFrame, freq: str) -> pd.DataFrame:
    """Aggregated (period, event_type, incidents, fatalities) rows -> the timeline frame:
    every period of the span, every type present (codebook order first), zeros included.
    The one definition: the pandas view above and the DuckDB and PostGIS stores' SQL
    aggregates all end here."""
    columns = ["period", "event_type", "incidents", "fatalities"]
    if grouped.empty:
        return pd.DataFrame(columns=columns)
    grouped = grouped.assign(period=pd.to_datetime(grouped["period"]).astype("datetime64[us]"))
    step = "D" if freq == "D" else "7D"
    periods = pd.date_range(grouped["period"].min(), grouped["period"].max(), freq=step)
    types = [t for t in EVENT_TYPES if t in set(grouped["event_type"])]
    types += sorted(set(grouped["event_type"]) - set(types))
    full = pd.MultiIndex.from_product([periods, types], names=["period", "event_type"])
    out = grouped.set_index(["period", "event_type"]).reindex(full, fill_value=0).reset_index()
    out["incidents"] = out["incidents"].astype("int64")
    out["fatalities"] = out["fatalities"].astype("int64")
    return out[columns]


def top_incidents(layer: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` deadliest incidents (then the most recent), for reports."""
    if not len(layer):
        return layer.iloc[0:0]
    order = layer.assign(
        _f=pd.to_numeric(layer["fatalities"], errors="coerce").fillna(0),
        _d=pd.to_datetime(layer["event_date"], errors="coerce"),
    ).sort_values(["_f", "_d"], ascending=[False, False], na_position="last", kind="stable")
    return order.drop(columns=["_f", "_d"]).head(n)


def sources(layer: pd.DataFrame) -> pd.DataFrame:
    """The reports behind the shown incidents: doc_id, title, source, incidents (count),
    most incidents first."""
    columns = ["doc_id", "title", "source", "incidents"]
    if not len(layer):
        return pd.DataFrame(columns=columns)
    frame = layer[["doc_id", "title", "source"]].fillna("").astype(str)
    frame = frame[(frame["doc_id"] != "") | (frame["source"] != "")]
    out = (
        frame.groupby(["doc_id", "title", "source"], sort=False)
        .size()
        .rename("incidents")
        .reset_index()
        .sort_values("incidents", ascending=False, kind="stable")
    )
    return out[columns].reset_index(drop=True)


def incident_table(layer: pd.DataFrame, columns: Iterable[str], limit: int | None = None) -> pd.DataFrame:
    """The incident table: ``columns`` (those present), most recent first (undated
    last, ties in layer order), at most ``limit`` rows, a fresh 0..n-1 index."""
    columns = [c for c in columns if c in layer.columns]
    dates = pd.to_datetime(layer["event_date"], errors="coerce") if "event_date" in layer else None
    frame = pd.DataFrame(layer[columns])
    if dates is not None and len(frame):
        order = dates.reset_index(drop=True).sort_values(ascending=False, na_position="last", kind="stable").index
        frame = frame.iloc[order]
    if limit is not None:
        frame = frame.head(limit)
    return frame.reset_index(drop=True)


def selected_event(layer: pd.DataFrame, rows: Iterable[int]) -> str | None:
    """The event_id of the first selected table row (positions into ``layer``), if any."""
    for pos in rows or ():
        try:
            pos = int(pos)
        except (TypeError, ValueError):
            continue
        if 0 <= pos < len(layer):
            return str(layer["event_id"].iloc[pos])
    return None
