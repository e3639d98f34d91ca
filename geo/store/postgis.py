"""The team store: the incident layer in PostgreSQL + PostGIS, for several analysts and
several ingests at once.

    store = PostgisStore("postgresql://geo:secret@db.example:5432/incidents")
    store.append(incidents, documents)          # one transaction per batch
    store.count(Filters(period="30d", actors=["Rapid Support Forces"]))

A store is one PostgreSQL schema (``?schema=name`` in the URI, else the connection's
current schema, normally ``public``); its tables are made on first use (see
``geo.store.postgis_schema``). Writers never wait for each other except on the same
documents: documents are inserted with ``ON CONFLICT DO NOTHING`` (in doc_id order, so
two writers cannot deadlock) and incidents are copied only for the documents this
transaction inserted. Two ingests of different documents both keep everything; two
ingests of the same document store it once. Corrections are rows of their own, saved in
a transaction and applied when reading, so a review save never rewrites incidents.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import threading
import time
from dataclasses import dataclass
from typing import Callable, Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import geopandas as gpd
import numpy as np
import pandas as pd
import psycopg
import shapely

from geo.store.schema import DOCUMENT_COLUMNS, conform as _conform, conform_documents as _conform_documents
from geo.store.corrections import STATUSES, clean_changes, fingerprint
from geo.store import postgis_query as q
from geo.store.views import fill_timeline
from geo.store.base import AppendResult, IncidentStore, StoreBusy, masked
from geo.store.postgis_schema import (
    FLOAT_COLUMNS, INT_COLUMNS, TEXT_COLUMNS, Tables, ensure_schema, postgis_schema, quote_ident,
)
from geo.store.filters import Filters

APPLICATION_NAME = "geo-incidents store"
# A writer that may report waiting first waits this long before it says so.
_FIRST_WAIT_S = 0.25
_INCIDENT_COLUMNS = (
    "event_id", "event_date", *[c for c in TEXT_COLUMNS if c != "event_id"], *FLOAT_COLUMNS,
    *INT_COLUMNS, "geom", "review_status", "fingerprint", "search_text",
)
_CORRECTION_FIELDS = ("status", "changes", "original", "doc_id", "note", "reviewer", "updated_at")


def split_uri(uri: str) -> tuple[str, str | None]:
    """(the URI libpq understands, the ``schema`` query parameter or None)."""
    parts = urlsplit(uri)
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in query if k == "schema"), None)
    rest = urlencode([(k, v) for k, v in query if k != "schema"])
    return urlunsplit(parts._replace(query=rest)), schema or None


class PostgisStore(IncidentStore):
    """The store interface on PostgreSQL + PostGIS (see the module docstring)."""

    backend = "postgis"

    def __init__(self, uri: str, *, schema: str | None = None, connect_timeout: int = 10):
        self.uri = uri
        self._conninfo, uri_schema = split_uri(uri)
        self.schema = schema or uri_schema
        self._connect_timeout = connect_timeout
        self._conn: psycopg.Connection | None = None
        self._tables: Tables | None = None
        self.schema_version: int | None = None  # known once connected
        self._lock = threading.RLock()  # one connection, shared by a process's threads

    def __repr__(self) -> str:
        return f"PostgisStore({masked(self.uri)!r})"

    def __enter__(self) -> "PostgisStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- connection

    def _connect(self) -> psycopg.Connection:
        if self._conn is not None and not self._conn.closed and not self._conn.broken:
            return self._conn
        conn = psycopg.connect(
            self._conninfo, autocommit=True, application_name=APPLICATION_NAME,
            connect_timeout=self._connect_timeout,
        )
        try:
            if self.schema is None:
                self.schema = conn.execute("SELECT current_schema()").fetchone()[0] or "public"
            postgis = postgis_schema(conn)
            # Our tables are always named with their schema; the search path is for
            # PostGIS's types and functions.
            conn.execute(f"SET search_path TO {quote_ident(self.schema)}, {quote_ident(postgis)}")
            # JIT compiling costs a large query 0.3 s or more before its first row: more
            # than it saves on the dashboard's queries.
            conn.execute("SET jit = off")
            self._tables = Tables(self.schema)
            self.schema_version = ensure_schema(conn, self._tables)
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        return conn

    @contextlib.contextmanager
    def _reading(self):
        """A read-only transaction with one snapshot (the view and its date bounds agree),
        and what that snapshot holds: corrections, reviewed rows, incidents at all, and
        whether any incident may be in an event group (then reads collapse groups)."""
        with self._lock:
            conn = self._connect()
            t = self._tables
            with conn.transaction():
                conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                row = conn.execute(
                    f"SELECT EXISTS (SELECT 1 FROM {t.corrections}),"
                    f" EXISTS (SELECT 1 FROM {t.incidents} WHERE review_status <> ''),"
                    f" EXISTS (SELECT 1 FROM {t.incidents}),"
                    f" EXISTS (SELECT 1 FROM {t.incidents} WHERE merge_key <> '')"
                    f" OR EXISTS (SELECT 1 FROM {t.corrections} WHERE changes ->> 'merge_key' <> '')"
                ).fetchone()
                yield conn, _Snapshot(*row)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # ---- writing

    def append(
        self,
        incidents: gpd.GeoDataFrame,
        documents: pd.DataFrame,
        *,
        timeout: float | None = None,
        on_wait: Callable[[str], None] | None = None,
    ) -> AppendResult:
        """Commit a batch in one transaction: its new documents and their incidents.

        Documents already stored (by doc_id) are skipped with their incidents. Incidents
        whose doc_id has no row in ``documents`` get one made from them (a layer written
        by other means has no documents table; its doc_ids still make re-appending
        idempotent); incidents with no doc_id at all are always added. Waiting is only
        ever for another writer of the same documents: ``on_wait`` is told once, and
        :class:`StoreBusy` raised after ``timeout`` seconds (None: wait as long as it takes).
        """
        layer = _conform(incidents) if len(incidents) else None
        docs = _batch_documents(layer, _conform_documents(documents))
        started = time.monotonic()
        with self._lock:
            conn = self._connect()
            t = self._tables
            try:
                with conn.transaction():
                    added = self._insert_documents(conn, t, docs, timeout, on_wait)
                    # The rest waits only for what locks whole tables (a migration).
                    _lock_timeout(conn, None if timeout is None else timeout - (time.monotonic() - started))
                    rows = 0
                    if layer is not None:
                        keep = layer["doc_id"].isin(added) | (layer["doc_id"] == "")
                        rows = _copy_incidents(conn, t, layer[keep])
            except psycopg.errors.LockNotAvailable:
                waited = time.monotonic() - started
                raise StoreBusy(f"{masked(self.uri)}: the incidents table stayed locked; gave up after {waited:.1f} s") from None
        ids = docs["doc_id"].tolist()
        return AppendResult(
            added_documents=[d for d in ids if d in added],
            skipped_documents=[d for d in ids if d not in added],
            incidents=rows,
        )

    def _insert_documents(self, conn, t: Tables, docs: pd.DataFrame, timeout, on_wait) -> set[str]:
        if docs.empty:
            return set()
        seq = f"pg_get_serial_sequence('{t.documents}', 'seq')"
        # Sequence numbers in batch order; rows inserted in doc_id order, so that two
        # writers of overlapping batches take their row locks in one order (no deadlock).
        seqs = [r[0] for r in conn.execute(
            f"SELECT nextval({seq}) FROM generate_series(1, %s)", (len(docs),)
        )]
        ingested = [None if pd.isna(x) else x.to_pydatetime() for x in docs["ingested_at"]]
        params = (
            seqs, docs["doc_id"].tolist(), docs["title"].tolist(), docs["date"].tolist(),
            docs["source"].tolist(), docs["n_incidents"].tolist(), ingested,
        )
        insert = (
            f"INSERT INTO {t.documents} (seq, doc_id, title, date, source, n_incidents, ingested_at)"
            " SELECT s, d, ti, da, so, n, coalesce(at, now()) FROM unnest("
            "%s::bigint[], %s::text[], %s::text[], %s::text[], %s::text[], %s::bigint[], %s::timestamptz[]"
            ") AS b(s, d, ti, da, so, n, at) ORDER BY d"
            " ON CONFLICT (doc_id) DO NOTHING RETURNING doc_id"
        )
        started = time.monotonic()
        # With someone to tell, wait briefly first, say so, then wait for the rest.
        patience = timeout if on_wait is None else min(_FIRST_WAIT_S, timeout if timeout is not None else _FIRST_WAIT_S)
        for attempt in (1, 2):
            try:
                return _locking(conn, insert, params, patience)
            except psycopg.errors.LockNotAvailable:
                waited = time.monotonic() - started
                if attempt == 2 or on_wait is None or (timeout is not None and waited >= timeout):
                    raise StoreBusy(
                        f"{masked(self.uri)}: {_other_writer(conn)}; gave up after {waited:.1f} s"
                    ) from None
                on_wait(f"waiting for {_other_writer(conn)}")
                patience = None if timeout is None else max(timeout - waited, 0.001)
        raise AssertionError("unreachable")

    def save_corrections(self, updates: dict[str, dict | None]) -> None:
        """Save (or, for None, delete) the corrections of some incidents, in one
        transaction. Each record is stored whole (geo.review's fields: status, changes,
        original, doc_id, note, reviewer, updated_at; other keys are kept too)."""
        rows, gone = [], []
        for event_id in sorted(updates):  # one lock order for concurrent reviewers
            record = updates[event_id]
            if record is None:
                gone.append(event_id)
            else:
                rows.append(_correction_row(event_id, record))
        with self._lock:
            conn = self._connect()
            t = self._tables
            with conn.transaction():
                if gone:
                    conn.execute(f"DELETE FROM {t.corrections} WHERE event_id = ANY(%s)", (gone,))
                if rows:
                    conn.cursor().executemany(
                        f"INSERT INTO {t.corrections} (event_id, status, changes, original, doc_id, note,"
                        " reviewer, updated_at, extra) VALUES (%s, %s, %s::jsonb, %s, %s, %s, %s,"
                        " coalesce(%s::timestamptz, now()), %s::jsonb)"
                        " ON CONFLICT (event_id) DO UPDATE SET status = EXCLUDED.status,"
                        " changes = EXCLUDED.changes, original = EXCLUDED.original, doc_id = EXCLUDED.doc_id,"
                        " note = EXCLUDED.note, reviewer = EXCLUDED.reviewer,"
                        " updated_at = EXCLUDED.updated_at, extra = EXCLUDED.extra",
                        rows,
                    )

    def compact(self) -> None:
        """Reclaim space and refresh the planner's statistics (PostgreSQL's VACUUM)."""
        with self._lock:
            conn = self._connect()
            for table in self._tables.all():
                conn.execute(f"VACUUM (ANALYZE) {table}")

    # ---- reading

    def known_documents(self, doc_ids: Iterable[str] | None = None) -> set[str]:
        with self._lock:
            conn = self._connect()
            t = self._tables
            if doc_ids is None:
                rows = conn.execute(f"SELECT doc_id FROM {t.documents}")
            else:
                wanted = [str(d) for d in doc_ids]
                rows = conn.execute(f"SELECT doc_id FROM {t.documents} WHERE doc_id = ANY(%s)", (wanted,))
            return {r[0] for r in rows}

    def read_documents(self) -> pd.DataFrame:
        with self._lock:
            conn = self._connect()
            rows = conn.execute(
                f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM {self._tables.documents} ORDER BY seq"
            ).fetchall()
        return _conform_documents(pd.DataFrame(rows, columns=DOCUMENT_COLUMNS))

    def load_corrections(self) -> dict[str, dict]:
        with self._lock:
            conn = self._connect()
            rows = conn.execute(
                f"SELECT event_id, {', '.join(_CORRECTION_FIELDS)}, extra FROM {self._tables.corrections}"
                " ORDER BY event_id"
            ).fetchall()
        out = {}
        for event_id, *values, extra in rows:
            record = dict(zip(_CORRECTION_FIELDS, values))
            record["updated_at"] = record["updated_at"].astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            out[event_id] = {**record, **extra}
        return out

    def read_layer(
        self,
        filters: Filters | None = None,
        *,
        columns: list[str] | None = None,
        limit: int | None = None,
        apply_corrections: bool = True,
    ) -> gpd.GeoDataFrame:
        """The (filtered, corrected) layer in the store's order, geo.store.schema's columns and
        dtypes; ``columns`` picks some (the geometry always comes last)."""
        return self._select(filters or Filters(), columns, "rowid", 0, limit, apply_corrections)

    def page(
        self, filters: Filters, *, offset: int = 0, limit: int = 10_000, order_by: str = "event_date DESC"
    ) -> gpd.GeoDataFrame:
        """``limit`` incidents of the view from ``offset``, in ``order_by`` order (missing
        values last, ties in the store's order), as read_layer returns them."""
        return self._select(filters, None, order_by, offset, limit, True)

    def _select(self, filters, columns, order_by, offset, limit, apply_corrections):
        order = q.order_sql(order_by) if order_by != "rowid" else "v.rowid"
        with self._reading() as (conn, snap):
            corrected = apply_corrections and snap.corrections
            merged = apply_corrections and snap.grouped  # as extracted: every report's row
            wanted = _output_columns(columns, snap, apply_corrections)
            where, params = self._where(conn, filters, corrected, merged)
            sql, params = q.page_sql(self._tables, corrected, where, params, wanted, order,
                                     max(int(offset or 0), 0), None if limit is None else max(int(limit), 0),
                                     merged)
            rows = conn.cursor(binary=True).execute(sql, params).fetchall()
        return q.layer_frame(wanted, rows)

    def _where(self, conn, filters: Filters, corrected: bool, merged: bool) -> tuple[str, list]:
        bounds = (None, None)
        if filters.period != "all":
            data_range = (None, None)
            if filters.period != "custom":  # a preset: the last N days of the data
                data_range = self._data_range(conn, corrected, merged)
            bounds = q.resolve_dates(filters, data_range)
        return q.predicate(filters, bounds)

    def _data_range(self, conn, corrected: bool, merged: bool):
        lo, hi = conn.execute(q.data_range_sql(self._tables, corrected, merged)).fetchone()
        return (lo.date() if lo else None, hi.date() if hi else None)

    def _on_view(self, filters: Filters, sql_of: Callable[[str], str]) -> list[tuple]:
        """Rows of ``sql_of(view)``, ``view`` being the filtered, corrected incidents,
        one per event."""
        with self._reading() as (conn, snap):
            where, params = self._where(conn, filters, snap.corrections, snap.grouped)
            view, params = q.view_sql(self._tables, snap.corrections, where, params, snap.grouped)
            return conn.execute(sql_of(view), params).fetchall()

    def count(self, filters: Filters) -> int:
        return int(self._on_view(filters, lambda view: f"SELECT count(*) FROM {view} v")[0][0])

    def timeline(self, filters: Filters, freq: str = "D") -> pd.DataFrame:
        """geo.store.views.timeline of the view: incidents and fatalities per day ("D") or week
        ("W", periods on Mondays) and event type; undated incidents left out."""
        if freq not in ("D", "W"):
            raise ValueError(f"freq must be 'D' or 'W', not {freq!r}")
        unit = "day" if freq == "D" else "week"  # date_trunc('week') is Monday, as in pandas
        rows = self._on_view(
            filters,
            lambda view: (
                f"SELECT date_trunc('{unit}', v.event_date) AS period,"
                " CASE WHEN v.event_type = '' THEN 'Unknown' ELSE v.event_type END AS event_type,"
                " count(*) AS incidents, sum(v.fatalities) AS fatalities"
                f" FROM {view} v WHERE v.event_date IS NOT NULL GROUP BY 1, 2"
            ),
        )
        grouped = pd.DataFrame(rows, columns=["period", "event_type", "incidents", "fatalities"])
        return fill_timeline(grouped, freq)

    def top_actors(self, filters: Filters, n: int = 20) -> list[tuple[str, int]]:
        """geo.store.views.actor_counts of the view, first ``n``: an incident counts once for an
        actor on both sides. The database counts pairs; Python strips names as pandas does."""
        rows = self._on_view(filters, lambda view: f"SELECT v.actor1, v.actor2, count(*) FROM {view} v GROUP BY 1, 2")
        return q.ranked(q.actor_pair_counts(rows))[: max(int(n), 0)]

    def value_counts(self, filters: Filters, column: str) -> list[tuple[str, int]]:
        """geo.store.views.value_counts of one column over the view: non-blank values, most
        frequent first, ties by lower-cased name."""
        column = q.counted_column(column)
        rows = self._on_view(filters, lambda view: f"SELECT v.{column}, count(*) FROM {view} v GROUP BY 1")
        return q.ranked(q.strip_counts(rows))

    def kpis(self, filters: Filters, *, documents: bool = True) -> dict[str, int | None]:
        """geo.store.views.kpis of the view (``documents`` None unless asked for)."""
        docs = "count(DISTINCT NULLIF(v.doc_id, ''))" if documents else "NULL"
        n, fat, docs, located = self._on_view(filters, lambda view: (
            f"SELECT count(*), coalesce(sum(v.fatalities), 0), {docs},"
            f" count(*) FILTER (WHERE {q.located()}) FROM {view} v"))[0]
        return {"incidents": int(n), "fatalities": int(fat), "documents": None if docs is None else int(docs),
                "located": int(located)}

    def grid(self, filters: Filters, cell: float) -> pd.DataFrame:
        """The view's located incidents per ``cell``-degree square (IncidentStore.grid)."""
        c = float(cell)
        rows = self._on_view(filters, lambda view: (
            f"SELECT floor(v.latitude / {c!r})::bigint AS y, floor(v.longitude / {c!r})::bigint AS x,"
            " avg(v.latitude), avg(v.longitude), count(*), coalesce(sum(v.fatalities), 0)"
            f" FROM {view} v WHERE {q.located()} GROUP BY 1, 2 ORDER BY 1, 2"))
        return pd.DataFrame(rows, columns=["y", "x", "latitude", "longitude", "incidents", "fatalities"])

    def version(self) -> tuple:
        """Documents and corrections stored, and the newest transaction that wrote a
        correction: an append adds documents, a review save writes a correction row,
        a deletion lowers the count."""
        with self._lock:
            conn = self._connect()
            t = self._tables
            return tuple(conn.execute(
                f"SELECT (SELECT count(*) FROM {t.documents}), (SELECT count(*) FROM {t.corrections}),"
                f" (SELECT coalesce(max(xmin::text::bigint), 0) FROM {t.corrections})"
            ).fetchone())

    def date_range(self) -> tuple[dt.date | None, dt.date | None]:
        """First and last event date of the (corrected) layer."""
        with self._reading() as (conn, snap):
            return self._data_range(conn, snap.corrections, snap.grouped)

    def info(self) -> dict:
        """documents, incidents (stored rows), corrections, partitions, bytes (tables and
        their indexes and TOAST), the (corrected) date range, backend, schema."""
        with self._reading() as (conn, snap):
            t = self._tables
            documents, incidents, corrections = conn.execute(
                f"SELECT (SELECT count(*) FROM {t.documents}), (SELECT count(*) FROM {t.incidents}),"
                f" (SELECT count(*) FROM {t.corrections})"
            ).fetchone()
            size = conn.execute(
                "SELECT sum(pg_total_relation_size(x::regclass)) FROM unnest(%s::text[]) x",
                (list(t.all()),),
            ).fetchone()[0]
            partitions = conn.execute(
                "SELECT count(*) FROM pg_inherits WHERE inhparent = %s::regclass", (t.incidents,)
            ).fetchone()[0]
            lo, hi = self._data_range(conn, snap.corrections, snap.grouped)
        return {
            "backend": self.backend,
            "uri": masked(self.uri),
            "schema": self.schema,
            "schema_version": self.schema_version,
            "documents": int(documents),
            "incidents": int(incidents),
            "corrections": int(corrections),
            "partitions": int(partitions) or 1,
            "bytes": int(size or 0),
            "date_from": lo.isoformat() if lo else None,
            "date_to": hi.isoformat() if hi else None,
        }


# --------------------------------------------------------------------------- helpers


@dataclass(frozen=True)
class _Snapshot:
    corrections: bool  # the store holds corrections
    reviewed: bool  # some stored incident came with a review_status
    incidents: bool  # the store holds incidents
    grouped: bool  # some incident has (or a correction gives it) a merge_key


def _output_columns(columns: list[str] | None, snap: _Snapshot, apply_corrections: bool) -> list[str]:
    """The columns to return: those asked for, else the layer's, plus review_status
    where geo.review.apply_corrections would add it (corrections saved and incidents
    stored) or the stored layer had it; geometry last."""
    if columns is not None:
        unknown = [c for c in columns if c not in (*q.ATTRIBUTES, "review_status", "geometry")]
        if unknown:
            raise ValueError(f"unknown columns {unknown}; the layer has {', '.join(q.ATTRIBUTES)}")
        return [c for c in columns if c != "geometry"] + ["geometry"]
    reviewed = snap.reviewed or (apply_corrections and snap.corrections and snap.incidents)
    return [*q.ATTRIBUTES, *(["review_status"] if reviewed else []), "geometry"]


def _locking(conn, sql: str, params, timeout: float | None) -> set[str]:
    """Run the document insert in a savepoint with a lock timeout (None: no limit);
    a timeout rolls back to the savepoint and raises LockNotAvailable."""
    with conn.transaction():
        _lock_timeout(conn, timeout)
        return {r[0] for r in conn.execute(sql, params)}


def _lock_timeout(conn, seconds: float | None) -> None:
    """How long the transaction's next statements wait for a lock (None: no limit)."""
    limit = "0" if seconds is None else f"{max(int(seconds * 1000), 1)}ms"
    conn.execute("SELECT set_config('lock_timeout', %s, true)", (limit,))


def _other_writer(conn) -> str:
    row = conn.execute(
        "SELECT pid, xact_start FROM pg_stat_activity WHERE datname = current_database()"
        " AND pid <> pg_backend_pid() AND application_name = %s AND backend_xid IS NOT NULL"
        " ORDER BY xact_start LIMIT 1",
        (APPLICATION_NAME,),
    ).fetchone()
    if row is None:
        return "another writer of the same documents"
    since = row[1].astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC") if row[1] else "?"
    return f"another writer of the same documents (PostgreSQL backend pid {row[0]}, since {since})"


def _batch_documents(layer: gpd.GeoDataFrame | None, docs: pd.DataFrame) -> pd.DataFrame:
    """The batch's documents, once each, plus one made from the incidents of any doc_id
    the batch's documents table lacks."""
    docs = docs[docs["doc_id"] != ""].drop_duplicates("doc_id", keep="first")
    if layer is not None:
        orphans = layer[(layer["doc_id"] != "") & ~layer["doc_id"].isin(docs["doc_id"])]
        if len(orphans):
            made = orphans.groupby("doc_id", sort=False).agg(
                title=("title", "first"), source=("source", "first"), n_incidents=("event_id", "size")
            ).reset_index()
            made["date"] = None
            made["ingested_at"] = pd.Timestamp.now(tz="UTC")
            docs = pd.concat([docs, _conform_documents(made)], ignore_index=True) if len(docs) else _conform_documents(made)
    return docs.reset_index(drop=True)


def _text(series: pd.Series) -> list[str]:
    # PostgreSQL text cannot hold NUL characters: they become U+FFFD.
    return series.fillna("").astype(str).str.replace("\x00", "\ufffd", regex=False).tolist()


def _copy_incidents(conn, t: Tables, layer: gpd.GeoDataFrame) -> int:
    """COPY the incidents into the table; returns how many."""
    if not len(layer):
        return 0
    columns: dict[str, list] = {"event_id": _text(layer["event_id"])}
    dates = layer["event_date"].astype(object)
    columns["event_date"] = [None if pd.isna(x) else x.to_pydatetime() for x in dates]
    for c in TEXT_COLUMNS:
        if c != "event_id":
            columns[c] = _text(layer[c])
    for c in FLOAT_COLUMNS:
        values = layer[c].to_numpy(dtype="float64")
        columns[c] = [None if np.isnan(x) else float(x) for x in values]
    for c in INT_COLUMNS:
        columns[c] = layer[c].astype("int64").tolist()
    points = shapely.set_srid(np.asarray(layer.geometry.array, dtype=object), 4326)
    columns["geom"] = shapely.to_wkb(points, hex=True, include_srid=True).tolist()
    review = layer["review_status"] if "review_status" in layer.columns else pd.Series("", index=layer.index)
    columns["review_status"] = _text(review)
    columns["fingerprint"] = [
        fingerprint({"event_type": et, "evidence": ev})
        for et, ev in zip(columns["event_type"], columns["evidence"])
    ]
    # geo.store.filters.text_mask's haystack, casefolded by Python (SQL lower() is not casefold).
    haystack = layer["title"].fillna("").astype(str) + "\n" + layer["evidence"].fillna("").astype(str)
    columns["search_text"] = _text(haystack.str.casefold())
    names = ", ".join(_INCIDENT_COLUMNS)
    with conn.cursor().copy(f"COPY {t.incidents} ({names}) FROM STDIN") as copy:
        for row in zip(*(columns[c] for c in _INCIDENT_COLUMNS)):
            copy.write_row(row)
    return len(layer)


def _correction_row(event_id: str, record: dict) -> tuple:
    """One correction record (geo.review's format) as a row; validates it."""
    status = record.get("status", "edited")
    if status not in STATUSES:
        raise ValueError(f"{event_id}: status must be one of {STATUSES}, not {status!r}")
    changes = clean_changes(record.get("changes") or {})
    extra = {k: v for k, v in record.items() if k not in _CORRECTION_FIELDS}
    updated = record.get("updated_at") or None
    return (
        event_id, status, json.dumps(changes, ensure_ascii=False), str(record.get("original") or ""),
        str(record.get("doc_id") or ""), str(record.get("note") or ""), str(record.get("reviewer") or ""),
        updated, json.dumps(extra, ensure_ascii=False, default=str),
    )
