"""SQL for the PostGIS store's reads: the corrected view of the incidents, the view
filters, and the conversions from result rows to the layer's frames.

The pandas functions of ``geo.store.filters``, ``geo.store.views`` and ``geo.store.corrections`` are the reference semantics;
the comments name the function each rule mirrors. Tests compare both on the same data.

The corrected view is a UNION ALL of two branches, so filters on the (many) incidents
nobody corrected still use the table's indexes:

- incidents with no correction row: as stored;
- incidents with a correction row (few): the correction applied when it still fits the
  incident (``geo.review.apply_corrections``: same fingerprint, or the incident was
  already reviewed), rejected ones left out, edited fields replaced, the point moved
  with edited coordinates and ``review_status`` set to the correction's status.
"""

from __future__ import annotations

import datetime as dt
import re

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo.store.schema import COLUMNS, CRS, conform as _conform
from geo.store.corrections import EDITABLE
from geo.store.postgis_schema import INT_COLUMNS, TEXT_COLUMNS, Tables
from geo.store.filters import Filters, _search_terms
from geo.store.merging import postgres_merged_sql

# The list filters of Filters and the column each one tests (geo.store.filters.apply_filters).
LIST_FILTERS = (
    ("event_types", "event_type"),
    ("sub_event_types", "sub_event_type"),
    ("countries", "country"),
    ("admin1", "admin1"),
    ("datasets", "dataset"),
)

# Columns a caller may name (order_by, value_counts): the layer's, without geometry.
ATTRIBUTES = tuple(c for c in COLUMNS if c != "geometry")
_SQL_TYPES = {"date": "timestamp", "text": "text", "float": "double precision", "int": "bigint"}


# --------------------------------------------------------------------------- the view


def _applies() -> str:
    # geo.review.apply_corrections: a correction whose fingerprint differs from the
    # incident's is stale (left alone), unless the incident was already reviewed.
    return "(c.original = '' OR i.review_status <> '' OR c.original = i.fingerprint)"


def _corrected(column: str) -> str:
    kind = EDITABLE.get(column)
    if kind is None:
        return f"i.{column}"
    value = f"(c.changes ->> '{column}')::{_SQL_TYPES[kind]}"
    return f"CASE WHEN {_applies()} AND c.changes ? '{column}' THEN {value} ELSE i.{column} END"


def _corrected_geometry() -> str:
    # The point follows edited coordinates (geo.store.schema.points: none unless both known).
    moved = f"{_applies()} AND (c.changes ? 'latitude' OR c.changes ? 'longitude')"
    lat, lon = _corrected("latitude"), _corrected("longitude")
    point = f"CASE WHEN ({lat}) IS NOT NULL AND ({lon}) IS NOT NULL THEN ST_SetSRID(ST_MakePoint({lon}, {lat}), 4326) END"
    return f"CASE WHEN {moved} THEN {point} ELSE i.geom END"


_VIEW_COLUMNS = ("rowid", *ATTRIBUTES, "review_status", "search_text")


def branches(t: Tables, corrected: bool = True) -> list[str]:
    """The incidents as the analyst sees them, as SELECTs to be UNION ALL'd: columns
    ``rowid``, the layer's attributes, ``review_status``, ``search_text`` and ``geom``.
    ``corrected``: the store holds corrections (else one branch, the table as stored)."""
    raw = f"SELECT {', '.join(f'i.{c}' for c in _VIEW_COLUMNS)}, i.geom FROM {t.incidents} i"
    if not corrected:
        return [raw]
    # UNION ALL pairs columns by position: the same order in both branches.
    status = f"CASE WHEN {_applies()} THEN c.status ELSE i.review_status END"
    columns = ", ".join(f"{status if c == 'review_status' else _corrected(c)} AS {c}" for c in _VIEW_COLUMNS)
    return [
        f"{raw} WHERE NOT EXISTS (SELECT 1 FROM {t.corrections} c WHERE c.event_id = i.event_id)",
        f"SELECT {columns}, {_corrected_geometry()} AS geom"
        f" FROM {t.incidents} i JOIN {t.corrections} c ON c.event_id = i.event_id"
        f" WHERE NOT ({_applies()} AND c.status = 'rejected')",
    ]


def merged_sql(t: Tables, corrected: bool) -> str:
    """The incidents as the analyst sees them, each event group as one incident
    (geo.store.merging.collapse): the columns of :func:`branches`. The filters apply
    after the collapse, to the merged toll and evidence, as in the folder store."""
    source = " UNION ALL ".join(f"({b})" for b in branches(t, corrected))
    return postgres_merged_sql(source, [*_VIEW_COLUMNS, "geom"], "rowid", "search_text")


def view_sql(t: Tables, corrected: bool, where: str, params: list, merged: bool = False) -> tuple[str, list]:
    """The filtered view as one subquery (alias it), and its parameters. The filter is
    repeated inside each branch so that the branch over the table uses its indexes.
    ``merged``: the store holds event groups (they are collapsed first)."""
    if merged:
        return f"(SELECT * FROM ({merged_sql(t, corrected)}) v WHERE {where})", params
    parts = branches(t, corrected)
    sql = " UNION ALL ".join(f"(SELECT * FROM ({b}) v WHERE {where})" for b in parts)
    return f"({sql})", params * len(parts)


def page_sql(t: Tables, corrected: bool, where: str, params: list, columns: list[str],
             order: str, offset: int, limit: int | None, merged: bool = False) -> tuple[str, list]:
    """``limit`` rows of the filtered view from ``offset`` in ``order``. The branch over
    the table is cut at offset + limit in the same order (an index walk for the
    default order), so a page of a large store never sorts the whole store.
    ``merged``: as :func:`view_sql`."""
    parts = []
    for k, branch in enumerate([merged_sql(t, corrected)] if merged else branches(t, corrected)):
        sql = f"SELECT * FROM ({branch}) v WHERE {where}"
        if k == 0 and limit is not None and not merged:
            sql += f" ORDER BY {order} LIMIT {int(offset) + int(limit)}"
        parts.append(f"({sql})")
    sql = f"SELECT {select_list(columns)} FROM ({' UNION ALL '.join(parts)}) v ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    if offset:
        sql += f" OFFSET {int(offset)}"
    return sql, params * len(parts)


def data_range_sql(t: Tables, corrected: bool = True, merged: bool = False) -> str:
    """First and last event date of the (corrected) incidents: min and max come from the
    event_date index for the uncorrected ones, from the few corrected ones directly.
    ``merged``: of the incidents once event groups are collapsed (as the folder store)."""
    if merged:
        return f"SELECT min(event_date), max(event_date) FROM ({merged_sql(t, corrected)}) v"
    if not corrected:
        return f"SELECT min(event_date), max(event_date) FROM {t.incidents}"
    plain = (
        f"SELECT i.event_date AS d FROM {t.incidents} i WHERE i.event_date IS NOT NULL"
        f" AND NOT EXISTS (SELECT 1 FROM {t.corrections} c WHERE c.event_id = i.event_id)"
    )
    corrected = (
        f"SELECT {_corrected('event_date')} AS d"
        f" FROM {t.incidents} i JOIN {t.corrections} c ON c.event_id = i.event_id"
        f" WHERE NOT ({_applies()} AND c.status = 'rejected')"
    )
    return (
        f"SELECT min(d), max(d) FROM (({plain} ORDER BY i.event_date LIMIT 1)"
        f" UNION ALL ({plain} ORDER BY i.event_date DESC LIMIT 1)"
        f" UNION ALL {corrected}) x"
    )


# --------------------------------------------------------------------------- filters


def resolve_dates(filters: Filters, data_range: tuple[dt.date | None, dt.date | None]):
    """The inclusive days ``filters`` keeps, its presets resolved against the data's
    range by Filters.date_range itself (given a two-row stand-in for the layer)."""
    lo, hi = data_range
    stand_in = pd.DataFrame({"event_date": pd.to_datetime([lo, hi])}) if hi else None
    return filters.date_range(stand_in)


def predicate(filters: Filters, bounds, v: str = "v") -> tuple[str, list]:
    """A WHERE clause over the view (alias ``v``) meaning geo.store.filters.apply_filters."""
    parts: list[str] = []
    params: list = []
    lo, hi = bounds
    if lo is not None or hi is not None:
        in_range = []
        if lo is not None:
            in_range.append(f"{v}.event_date >= %s")
            params.append(dt.datetime.combine(lo, dt.time()))
        if hi is not None:
            try:  # ``dates < hi + 1 day``
                params.append(dt.datetime.combine(hi, dt.time()) + dt.timedelta(days=1))
                in_range.append(f"{v}.event_date < %s")
            except OverflowError:  # hi is the last representable day: no upper bound
                pass
        clause = " AND ".join(in_range) or "TRUE"
        if filters.include_undated:
            clause = f"({clause} OR {v}.event_date IS NULL)"
        else:
            clause = f"({clause} AND {v}.event_date IS NOT NULL)"
        parts.append(clause)
    if filters.actors:
        parts.append(f"({v}.actor1 = ANY(%s) OR {v}.actor2 = ANY(%s))")
        params += [list(filters.actors), list(filters.actors)]
    for name, column in LIST_FILTERS:
        values = getattr(filters, name)
        if values:
            parts.append(f"{v}.{column} = ANY(%s)")
            params.append(list(values))
    if filters.min_fatalities:
        parts.append(f"{v}.fatalities >= %s")
        params.append(filters.min_fatalities)
    # geo.store.filters.text_mask: every term in casefold(title + "\n" + evidence); search_text
    # holds that haystack, casefolded by Python at append time.
    for term in _search_terms(filters.text):
        parts.append(f"strpos({v}.search_text, %s) > 0")
        params.append(term)
    if filters.documents:
        parts.append(f"{v}.doc_id = ANY(%s)")
        params.append(list(filters.documents))
    if filters.bbox is not None:
        west, south, east, north = filters.bbox
        lon = (f"{v}.longitude BETWEEN %s AND %s" if west <= east else f"({v}.longitude >= %s OR {v}.longitude <= %s)")
        parts.append(f"({located(v)} AND {v}.latitude BETWEEN %s AND %s AND {lon})")
        params += [south, north, west, east]
    return (" AND ".join(parts) or "TRUE"), params


_ORDER = re.compile(r"^\s*([a-z_0-9]+)(?:\s+(asc|desc))?\s*$", re.IGNORECASE)


def located(v: str = "v") -> str:
    """SQL: the incident has usable coordinates (geo.viz.payload.located)."""
    return (f"({v}.latitude BETWEEN -90 AND 90 AND {v}.longitude BETWEEN -180 AND 180"
            f" AND {v}.latitude <> 'NaN' AND {v}.longitude <> 'NaN')")


def order_sql(order_by: str, v: str = "v") -> str:
    """``"event_date DESC, fatalities DESC"`` as SQL: named layer columns only, missing
    values last and ties in layer order (geo.store.views.incident_table); text sorts by code
    point, as Python does."""
    keys = []
    for part in (order_by or "").split(","):
        if not part.strip():
            continue
        match = _ORDER.match(part)
        if not match or match.group(1).lower() not in ATTRIBUTES:
            raise ValueError(f"cannot order by {part.strip()!r}: use layer columns, ASC or DESC")
        column, direction = match.group(1).lower(), (match.group(2) or "ASC").upper()
        collate = ' COLLATE "C"' if column in TEXT_COLUMNS else ""
        keys.append(f"{v}.{column}{collate} {direction} NULLS LAST")
    return ", ".join([*keys, f"{v}.rowid"])


# --------------------------------------------------------------------------- results


def select_list(columns: list[str], v: str = "v") -> str:
    out = [f"{v}.{c}" for c in columns if c != "geometry"]
    return ", ".join([*out, f"ST_AsBinary({v}.geom)"])


def layer_frame(columns: list[str], rows: list[tuple]) -> gpd.GeoDataFrame:
    """Result rows (``columns`` then the point as WKB) -> a layer with geo.store.schema's dtypes;
    ``columns`` (with geometry last) if they are not all of the layer's."""
    names = [c for c in columns if c != "geometry"]
    values = list(zip(*rows)) if rows else [() for _ in range(len(names) + 1)]
    frame = pd.DataFrame({n: list(col) for n, col in zip(names, values)}, columns=names)
    wkb = np.array(values[-1], dtype=object)
    gdf = _conform(gpd.GeoDataFrame(frame, geometry=shapely.from_wkb(wkb), crs=CRS))
    if "review_status" in gdf.columns:  # an extra to _conform: text even when no rows
        gdf["review_status"] = gdf["review_status"].fillna("").astype("str")
    if names == list(ATTRIBUTES):
        return gdf
    return gdf[[*names, "geometry"]]


def ranked(counts) -> list[tuple[str, int]]:
    """(value, count) pairs, most frequent first, ties by lower-cased name
    (geo.store.views.value_counts and actor_counts)."""
    items = [(str(k), int(n)) for k, n in counts]
    return sorted(items, key=lambda kv: (-kv[1], kv[0].lower()))


def counted_column(column: str) -> str:
    """A column value_counts may count (text and integer columns of the layer, and the
    view's review_status, as the folder store counts it)."""
    if column not in TEXT_COLUMNS and column not in INT_COLUMNS and column != "review_status":
        allowed = ", ".join(c for c in ATTRIBUTES if c in TEXT_COLUMNS or c in INT_COLUMNS)
        raise ValueError(f"cannot count values of {column!r}; columns: {allowed}")
    return column


def strip_counts(rows) -> list[tuple[str, int]]:
    """(value, count) rows -> those whose value is not blank once stripped as Python
    strips (geo.store.views.value_counts: counted by the value as it is)."""
    out = []
    for value, n in rows:
        text = "" if value is None else str(value)
        if text.strip():
            out.append((text, int(n)))
    return out


def actor_pair_counts(rows) -> list[tuple[str, int]]:
    """(actor1, actor2, count) rows -> geo.store.views.actor_counts's counts: each side
    stripped, an incident counted once for an actor on both sides."""
    counts: dict[str, int] = {}
    for a1, a2, n in rows:
        s1, s2 = (a1 or "").strip(), (a2 or "").strip()
        if s1:
            counts[s1] = counts.get(s1, 0) + int(n)
        if s2 and s2 != s1:
            counts[s2] = counts.get(s2, 0) + int(n)
    return list(counts.items())
