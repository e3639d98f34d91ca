"""The query layer of the folder store: DuckDB over the partitions a manifest lists.

Nothing is loaded into pandas but the answer: a count, a page, the timeline's bars.
The view (``geo.store.filters.Filters``) becomes a SQL ``WHERE`` with parameters that keeps
exactly what ``geo.store.filters.apply_filters`` keeps on the corrected layer:

- corrections are joined in (:mod:`geo.store.correction_table`): rejected incidents
  left out, edited fields replaced, ``review_status`` added; the filters see the
  corrected values, as they do in pandas;
- a date preset ("last 30 days") ends at the latest event date of the corrected store;
- the text search is Python's ``casefold``: rows whose title and evidence are ASCII are
  matched with DuckDB's ``lower`` (the same thing for ASCII), the others with a Python
  function, so "STRASSE" finds "Straße" as it does in pandas.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

if TYPE_CHECKING:  # loaded where a layer is made (geopandas and shapely take a while to import)
    import geopandas as gpd

from geo.store.schema import (ADDED_COLUMNS, COLUMNS, CRS, DATASET, DATE_COLUMNS, FLOAT_COLUMNS, INT_COLUMNS, OWN_DATASET,
                              conform as _conform, points as _points)
from geo.store.correction_table import changed_fields
from geo.store.merging import groups_sql, merged_sql
from geo.store.partitions import SEQ
from geo.store.views import fill_timeline
from geo.store.filters import Filters, _search_terms

REVIEW_STATUS = "review_status"
_MOVED = "_moved"  # a correction changed the coordinates: the geometry follows them
_APPLIED = "applied_corrections"  # the registered frame of applicable corrections

# The layer's column types in SQL (for a store with no partition yet): the dtypes
# geo.store.schema.conform gives them (tests/test_store_query.py checks they agree).
LAYER_SQL_TYPES = {
    c: ("TIMESTAMP" if c in DATE_COLUMNS else "DOUBLE" if c in FLOAT_COLUMNS else "BIGINT" if c in INT_COLUMNS
        else "VARCHAR")
    for c in COLUMNS if c != "geometry"
}
TEXT_COLUMNS = tuple(c for c, t in LAYER_SQL_TYPES.items() if t == "VARCHAR")
ORDERABLE = (*COLUMNS[:-1], REVIEW_STATUS)
_FILTER_COLUMNS = {
    "event_types": "event_type",
    "sub_event_types": "sub_event_type",
    "countries": "country",
    "admin1": "admin1",
    "datasets": "dataset",
}


MEMORY_LIMIT = "1GB"
# SQL: the incident has usable coordinates (geo.viz.payload.located).
LOCATED = "(latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180 AND NOT isnan(latitude) AND NOT isnan(longitude))"


def connect() -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB that reads local files only (no extension is fetched)."""
    con = duckdb.connect(
        config={
            "autoinstall_known_extensions": False,
            "autoload_known_extensions": False,
            # Sorts and joins past this spill to disk (not into the caller's folder).
            "memory_limit": MEMORY_LIMIT,
            "temp_directory": os.path.join(tempfile.gettempdir(), "geo-store-duckdb"),
        }
    )
    con.create_function(
        "geo_casefold_contains", _casefold_contains, ["VARCHAR", "VARCHAR"], "BOOLEAN", type="arrow"
    )
    return con


def _casefold_contains(haystack: pa.Array, term: pa.Array) -> pa.Array:
    return pa.array(
        [t in h.casefold() for h, t in zip(haystack.to_pylist(), term.to_pylist())], pa.bool_()
    )


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass
class Snapshot:
    """What one manifest shows: incident partitions (absolute paths), the applicable
    corrections (``correction_table.applicable``) and the corrected date range."""

    paths: list[str]
    corrections: pd.DataFrame
    bounds: tuple[date | None, date | None] = (None, None)
    corrected: bool = True  # False: the incidents as extracted (no review_status)
    # The event groups' merged values (geo.store.merging.groups_sql): computed by the
    # first query, once per snapshot; joined by every query after it.
    merged: pd.DataFrame | None = None

    def __post_init__(self):
        self.changed = set(changed_fields(self.corrections))
        self.view = f"{_APPLIED}_{id(self):x}"  # its name in DuckDB, once registered
        self._registered_on = None
        self._merged_on = None

    @cached_property
    def older_partitions(self) -> bool:
        """Whether a partition lacks a column added since it was written (their
        footers read once per snapshot)."""
        return any(not set(ADDED_COLUMNS) <= set(pq.read_schema(p).names) for p in self.paths)

    def register(self, con: duckdb.DuckDBPyConnection) -> None:
        """Make the corrections joinable on ``con`` (once per connection)."""
        if len(self.corrections) and self._registered_on is not con:
            con.register(self.view, self.corrections)
            self._registered_on = con

    def register_merged(self, con: duckdb.DuckDBPyConnection) -> str:
        """Make the merged values joinable on ``con``; their name there."""
        if self._merged_on is not con:
            con.register(self.view + "_merged", self.merged)
            self._merged_on = con
        return self.view + "_merged"

    def unregister(self) -> None:
        if self._registered_on is not None:
            self._registered_on.unregister(self.view)
            self._registered_on = None
        if self._merged_on is not None:
            self._merged_on.unregister(self.view + "_merged")
            self._merged_on = None


class IncidentQuery:
    """Queries over one :class:`Snapshot`, on a connection from :func:`connect`
    (callers serialise use of the connection)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, snapshot: Snapshot):
        self.con = con
        self.snapshot = snapshot
        snapshot.register(con)

    # ---- the relation

    def _raw(self) -> str:
        cols = ", ".join(f"NULL::{t} AS {_quote(c)}" for c, t in LAYER_SQL_TYPES.items())
        if not self.snapshot.paths:
            return f"(SELECT {cols}, NULL::BLOB AS geometry, NULL::BIGINT AS {SEQ} WHERE false)"
        if not self.snapshot.older_partitions:
            return "read_parquet($paths)"
        # Partitions written before a column was added (ADDED_COLUMNS) lack it: read by
        # name, and the empty relation naming every column adds it (NULL) even when no
        # partition has it. DuckDB still pushes filters into the Parquet scan.
        return f"(SELECT * FROM read_parquet($paths, union_by_name = true) UNION ALL BY NAME SELECT {cols} WHERE false)"

    def _source(self) -> str:
        """The corrected incidents, one per event (``geo.store.merging``): layer columns,
        geometry (WKB), review_status, _moved, _seq."""
        if not self.snapshot.corrected:
            return self._corrected_source()
        snapshot = self.snapshot
        if snapshot.merged is None:
            source = self._corrected_source()
            # a store in which no report was merged into another's event has no group: a
            # look at merge_key alone says so (its Parquet statistics skip most files)
            linked = self._run(f"SELECT 1 FROM ({source}) WHERE merge_key <> '' LIMIT 1").fetchall()
            snapshot.merged = self._run(groups_sql(source, SEQ)).df() if linked else pd.DataFrame()
        view = snapshot.register_merged(self.con) if len(snapshot.merged) else None
        return merged_sql(self._corrected_source(), view, SEQ)

    def _corrected_source(self) -> str:
        raw = self._raw()
        frame = self.snapshot.corrections
        if not len(frame):
            cols = ", ".join(_raw_column(c) for c in LAYER_SQL_TYPES)
            return (f"SELECT {cols}, geometry::BLOB AS geometry, '' AS {REVIEW_STATUS}, "
                    f"false AS {_MOVED}, {SEQ} FROM {raw}")
        changed = self.snapshot.changed
        cols = []
        for c in LAYER_SQL_TYPES:
            q = _quote(c)
            cols.append(f"CASE WHEN a.set_{c} THEN a.new_{c} ELSE r.{q} END AS {q}" if c in changed else _raw_column(c, "r."))
        moved = "coalesce(a.set_latitude OR a.set_longitude, false)"
        return (
            f"SELECT {', '.join(cols)}, r.geometry::BLOB AS geometry, "
            f"coalesce(a.status, '') AS {REVIEW_STATUS}, {moved} AS {_MOVED}, r.{SEQ} "
            f"FROM {raw} r LEFT JOIN {self.snapshot.view} a ON r.event_id = a.event_id "
            f"WHERE a.status IS DISTINCT FROM 'rejected'"
        )

    def _run(self, sql: str, params: dict | None = None) -> duckdb.DuckDBPyRelation:
        params = dict(params or {})
        if self.snapshot.paths:
            params["paths"] = self.snapshot.paths
        return self.con.sql(sql, params=params or None)

    # ---- the filter

    def where(self, filters: Filters | None) -> tuple[str, dict]:
        """``filters`` as a SQL condition on the corrected incidents, with parameters."""
        filters = filters or Filters()
        clauses: list[str] = []
        params: dict = {}

        def param(value) -> str:
            name = f"p{len(params)}"
            params[name] = value
            return f"${name}"

        lo, hi = filters.date_range(_bounds_frame(self.snapshot.bounds))
        if lo is not None or hi is not None:
            parts = []
            if lo is not None:
                parts.append(f"event_date >= {param(datetime.combine(lo, datetime.min.time()))}")
            if hi is not None:
                parts.append(f"event_date < {param(datetime.combine(hi + timedelta(days=1), datetime.min.time()))}")
            dates = " AND ".join(parts)
            clauses.append(f"(({dates}) OR event_date IS NULL)" if filters.include_undated else f"({dates})")
        if filters.actors:
            values = ", ".join(param(a) for a in filters.actors)
            clauses.append(f"(actor1 IN ({values}) OR actor2 IN ({values}))")
        for name, column in _FILTER_COLUMNS.items():
            values = getattr(filters, name)
            if values:
                clauses.append(f"{column} IN ({', '.join(param(v) for v in values)})")
        if filters.min_fatalities:
            clauses.append(f"fatalities >= {param(int(filters.min_fatalities))}")
        for term in _search_terms(filters.text):
            # pandas searches title + "\n" + evidence; a term holds no line break, so
            # that is the term in the title or in the evidence (no 2-field string built).
            p = param(term)
            clauses.append(f"({_contains('title', p)} OR {_contains('evidence', p)})")
        if filters.documents:
            clauses.append(f"doc_id IN ({', '.join(param(d) for d in filters.documents)})")
        if filters.bbox is not None:
            # on the latitude and longitude columns: their row-group statistics let
            # DuckDB skip the partitions' row groups outside the box
            west, south, east, north = (param(float(v)) for v in filters.bbox)
            lon = (f"longitude BETWEEN {west} AND {east}" if filters.bbox[0] <= filters.bbox[2]
                   else f"(longitude >= {west} OR longitude <= {east})")
            clauses.append(f"({LOCATED} AND latitude BETWEEN {south} AND {north} AND {lon})")
        return (" AND ".join(clauses) or "true"), params

    # ---- answers

    def count(self, filters: Filters | None = None) -> int:
        where, params = self.where(filters)
        return int(self._run(f"SELECT count(*) FROM ({self._source()}) WHERE {where}", params).fetchall()[0][0])

    def data_bounds(self) -> tuple[date | None, date | None]:
        """First and last event date of the corrected incidents."""
        lo, hi = self._run(f"SELECT min(event_date)::DATE, max(event_date)::DATE FROM ({self._source()})").fetchall()[0]
        return lo, hi

    def layer(
        self,
        filters: Filters | None = None,
        *,
        columns: list[str] | None = None,
        limit: int | None = None,
        offset: int = 0,
        order_by: str | None = None,
    ) -> gpd.GeoDataFrame:
        """The matching incidents as a layer, in ``order_by`` order then ingestion order."""
        wanted = _check_columns(columns)
        where, params = self.where(filters)
        order = order_sql(order_by) if order_by else SEQ
        if limit is not None:
            table = self._page(where, params, order, int(limit), int(offset))
        else:
            sql = f"SELECT * FROM ({self._source()}) WHERE {where} ORDER BY {order}"
            table = self._run(sql + (f" OFFSET {int(offset)}" if offset else ""), params).to_arrow_table()
        return to_layer(table, wanted, with_review_status=self.snapshot.corrected)

    def _page(self, where: str, params: dict, order: str, limit: int, offset: int) -> pa.Table:
        """A page in two reads: which rows (reading the filter and sort columns only),
        then every column of just those, looked up within the span of event dates they
        cover. DuckDB materialises all columns of every row group it scans, and skips
        row groups by date: so a page of the latest 10,000 incidents of a 90-day view
        reads the few row groups of its last weeks, not those of all 90 days."""
        source = self._source()
        keys = self._run(
            f"SELECT {SEQ}, event_date FROM ({source}) WHERE {where} ORDER BY {order} LIMIT {limit} OFFSET {offset}",
            params,
        ).to_arrow_table()
        span, more = [], {}
        lo, hi = pc.min_max(keys["event_date"]).values() if keys.num_rows else (None, None)
        if lo is not None:
            span.append("event_date BETWEEN $page_lo AND $page_hi")
            more.update(page_lo=lo.as_py(), page_hi=hi.as_py())
        if keys["event_date"].null_count or not keys.num_rows:
            span.append("event_date IS NULL")
        sql = f"SELECT * FROM ({source}) WHERE {where} AND ({' OR '.join(span)}) ORDER BY {order}"
        rows = self._run(sql, {**params, **more}).to_arrow_table()
        # The span also holds matches just outside the page (same first or last day):
        # keep the page's own rows (a join in DuckDB would cost more than this).
        return rows.filter(pc.is_in(rows[SEQ], value_set=keys[SEQ]))

    def timeline(self, filters: Filters | None, freq: str = "D") -> pd.DataFrame:
        """``geo.store.views.timeline`` of the view."""
        columns = ["period", "event_type", "incidents", "fatalities"]
        if freq not in ("D", "W"):
            raise ValueError(f"freq must be 'D' or 'W', not {freq!r}")
        where, params = self.where(filters)
        unit = "day" if freq == "D" else "week"
        grouped = self._run(
            f"SELECT date_trunc('{unit}', event_date)::TIMESTAMP AS period, "
            f"CASE WHEN event_type = '' THEN 'Unknown' ELSE event_type END AS event_type, "
            f"count(*) AS incidents, sum(fatalities)::BIGINT AS fatalities "
            f"FROM ({self._source()}) WHERE ({where}) AND event_date IS NOT NULL GROUP BY ALL",
            params,
        ).df()
        if grouped.empty:
            return pd.DataFrame(columns=columns)
        grouped["event_type"] = grouped["event_type"].astype("str")
        return fill_timeline(grouped, freq)

    def kpis(self, filters: Filters | None, documents: bool = True) -> dict[str, int | None]:
        """``geo.store.views.kpis`` of the view (``documents`` None unless asked for)."""
        where, params = self.where(filters)
        docs = "count(DISTINCT NULLIF(doc_id, ''))" if documents else "NULL"
        n, fat, docs, located = self._run(
            f"SELECT count(*), coalesce(sum(fatalities), 0)::BIGINT, {docs}, "
            f"count(*) FILTER (WHERE {LOCATED}) FROM ({self._source()}) WHERE {where}",
            params,
        ).fetchall()[0]
        return {"incidents": int(n), "fatalities": int(fat), "documents": None if docs is None else int(docs),
                "located": int(located)}

    def grid(self, filters: Filters | None, cell: float) -> pd.DataFrame:
        """The view's located incidents per ``cell``-degree square (``IncidentStore.grid``)."""
        where, params = self.where(filters)
        params["cell"] = float(cell)
        return self._run(
            "SELECT floor(latitude / $cell)::BIGINT AS y, floor(longitude / $cell)::BIGINT AS x, "
            "avg(latitude) AS latitude, avg(longitude) AS longitude, count(*) AS incidents, "
            "coalesce(sum(fatalities), 0)::BIGINT AS fatalities "
            f"FROM ({self._source()}) WHERE ({where}) AND {LOCATED} GROUP BY 1, 2 ORDER BY 1, 2",
            params,
        ).df()

    def actor_counts(self, filters: Filters | None) -> list[tuple[str, int]]:
        """``geo.store.views.actor_counts`` of the view: counted per (actor1, actor2) pair in
        DuckDB, the pairs (a few thousand) combined in Python with the same rules."""
        where, params = self.where(filters)
        pairs = self._run(
            f"SELECT actor1, actor2, count(*) AS n FROM ({self._source()}) WHERE {where} GROUP BY ALL",
            params,
        ).fetchall()
        return _actor_order(pairs)

    def value_counts(self, filters: Filters | None, column: str) -> list[tuple[str, int]]:
        """``geo.store.views.value_counts`` of a text column of the view."""
        _check_text_column(column)
        where, params = self.where(filters)
        rows = self._run(
            f"SELECT {_quote(column)} AS v, count(*) AS n, min({SEQ}) AS first "
            f"FROM ({self._source()}) WHERE {where} GROUP BY 1",
            params,
        ).fetchall()
        return _ordered_counts(rows)

    def counts(self, filters: Filters | None, columns: list[str]) -> dict[str, list[tuple[str, int]]]:
        """:meth:`value_counts` of each of ``columns`` and ``"actors"`` (:meth:`actor_counts`)
        in one scan of the view (DuckDB's grouping sets): what a store's filter options
        need, read once rather than once per column."""
        texts = [c for c in columns if c != "actors"]
        for column in texts:
            _check_text_column(column)
        sets = [f"({_quote(c)})" for c in texts] + (["(actor1, actor2)"] if "actors" in columns else [])
        if not sets:
            return {}
        keys = [*texts, *(("actor1", "actor2") if "actors" in columns else ())]
        where, params = self.where(filters)
        grouping = ", ".join(f"GROUPING({_quote(c)})" for c in keys)
        rows = self._run(
            f"SELECT [{grouping}] AS g, {', '.join(_quote(c) for c in keys)}, count(*) AS n, min({SEQ}) AS first "
            f"FROM (SELECT {', '.join(_quote(c) for c in dict.fromkeys(keys))}, {SEQ} FROM ({self._source()}) WHERE {where}) "
            f"GROUP BY GROUPING SETS ({', '.join(sets)})",
            params,
        ).fetchall()
        out: dict[str, list] = {c: [] for c in columns}
        for g, *values, n, first in rows:
            grouped = [i for i, flag in enumerate(g) if not flag]  # GROUPING() is 0 for a grouped column
            if len(grouped) == 1:
                out[keys[grouped[0]]].append((values[grouped[0]], n, first))
            else:
                out["actors"].append((values[-2], values[-1], n))
        result = {c: _ordered_counts(out[c]) for c in texts}
        if "actors" in columns:
            result["actors"] = _actor_order(out["actors"])
        return result


def _check_text_column(column: str) -> None:
    if column not in (*TEXT_COLUMNS, REVIEW_STATUS):
        raise ValueError(f"{column!r} is not a text column of the layer")


def _ordered_counts(rows) -> list[tuple[str, int]]:
    """(value, count, first row) -> ``geo.store.views.value_counts``' list: pandas'
    value_counts orders by count, ties in order of first appearance; then
    geo.store.views sorts stably by (count, lower-cased name). Blank values are left out."""
    rows = [(v or "", n, first) for v, n, first in rows if (v or "").strip()]
    rows.sort(key=lambda r: (-r[1], r[2]))
    return sorted(((v, int(n)) for v, n, _ in rows), key=lambda kv: (-kv[1], kv[0].lower()))


def _actor_order(pairs) -> list[tuple[str, int]]:
    """(actor1, actor2, count) pairs -> ``geo.store.views.actor_counts``: each actor's
    incidents as either side (once when both sides name it)."""
    counts: dict[str, int] = {}
    for a1, a2, n in pairs:
        a1, a2 = (a1 or "").strip(), (a2 or "").strip()
        if a1:
            counts[a1] = counts.get(a1, 0) + n
        if a2 and a2 != a1:
            counts[a2] = counts.get(a2, 0) + n
    # pandas adds the two counts over the sorted union of names, then sorts stably.
    return sorted(sorted(counts.items()), key=lambda kv: (-kv[1], kv[0].lower()))


def _raw_column(column: str, table: str = "") -> str:
    """A stored column as the layer has it: ``dataset`` is "reports" in partitions
    written before it existed (``geo.store.schema.conform`` says the same in pandas)."""
    if column == DATASET:
        return f"coalesce(nullif({table}{DATASET}, ''), '{OWN_DATASET}') AS {DATASET}"
    return f"{table}{_quote(column)}"


def _contains(column: str, term: str) -> str:
    """SQL: the casefolded ``column`` contains ``term`` (already casefolded)."""
    return (f"(CASE WHEN strlen({column}) = length({column}) THEN contains(lower({column}), {term}) "
            f"ELSE coalesce(geo_casefold_contains({column}, {term}), false) END)")


def _bounds_frame(bounds: tuple[date | None, date | None]) -> pd.DataFrame:
    """A stand-in layer whose date range is ``bounds``, for ``Filters.date_range``."""
    lo, hi = bounds
    if lo is None or hi is None:
        return pd.DataFrame({"event_date": pd.Series([], dtype="datetime64[us]")})
    return pd.DataFrame({"event_date": pd.to_datetime([lo, hi])})


def order_sql(order_by: str) -> str:
    """``"column [ASC|DESC], …"`` as SQL; missing values last, then ingestion order."""
    items = []
    for part in str(order_by).split(","):
        words = part.split()
        if not words:
            continue
        direction = words[1].upper() if len(words) > 1 else "ASC"
        if words[0] not in ORDERABLE or direction not in ("ASC", "DESC") or len(words) > 2:
            raise ValueError(f"cannot order by {part.strip()!r} (columns: {', '.join(ORDERABLE)})")
        items.append(f"{_quote(words[0])} {direction} NULLS LAST")
    return ", ".join([*items, SEQ])


def _check_columns(columns: list[str] | None) -> list[str] | None:
    if columns is None:
        return None
    unknown = [c for c in columns if c not in (*COLUMNS, REVIEW_STATUS)]
    if unknown:
        raise ValueError(f"unknown columns {unknown} (the layer has {', '.join(COLUMNS)})")
    return list(columns)


def to_layer(table: pa.Table, columns: list[str] | None = None, with_review_status: bool = True) -> gpd.GeoDataFrame:
    """Rows of the corrected relation -> a layer GeoDataFrame (``geo.store.schema`` dtypes)."""
    import geopandas as gpd  # noqa: PLC0415  (only a layer needs it: counts and squares do not)
    import shapely  # noqa: PLC0415

    frame = table.drop_columns(["geometry"]).to_pandas()
    wkb = table["geometry"].to_numpy(zero_copy_only=False)
    geometry = shapely.from_wkb(wkb) if len(wkb) else np.array([], dtype=object)
    moved = frame[_MOVED].to_numpy(dtype=bool) if len(frame) else np.zeros(0, dtype=bool)
    if moved.any():
        geometry[moved] = _points(frame.loc[moved])
    frame = frame.drop(columns=[_MOVED, SEQ])
    if not with_review_status:
        frame = frame.drop(columns=[REVIEW_STATUS])
    layer = _conform(gpd.GeoDataFrame(frame, geometry=geometry, crs=CRS))
    if REVIEW_STATUS in layer:
        layer[REVIEW_STATUS] = layer[REVIEW_STATUS].fillna("").astype("str")
    if columns is not None:
        keep = [c for c in columns if c != "geometry"]
        layer = layer[[*keep, "geometry"]]
    return layer
