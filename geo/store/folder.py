"""The embedded incident store: a folder of Parquet files and a manifest.

    <store>/manifest.json                       the commit point (geo.store.manifest)
    <store>/incidents/part-<gen>-<id>.parquet   GeoParquet 1.1 partitions (geo.store.partitions)
    <store>/documents/part-<gen>-<id>.parquet   the documents table, in partitions
    <store>/corrections/corrections-<gen>-<id>.parquet   the review corrections
    <store>/.writer.lock, .writer.json          one writer at a time (geo.store.lock)

Writing: under the writer lock, new files are written and flushed, then the manifest is
replaced; nothing already written is ever rewritten by an append, so its cost depends on
the batch, not on the store. The files of writers that died mid-commit are deleted by
the next writer; files a commit replaced (merged partitions, older corrections) are kept
a few minutes for readers still on the previous manifest.

Reading: through DuckDB (geo.store.query) over the files the manifest lists, with the
corrections applied; a reader re-reads the manifest when it changed and retries once if
a file it was about to read has just been retired.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

import duckdb
import pandas as pd

if TYPE_CHECKING:  # loaded where a layer is made (geopandas and shapely take a while to import)
    import geopandas as gpd

from geo.store.schema import conform as _conform, conform_documents as _conform_documents
from geo.store import correction_table, document_table, partitions
from geo.store.base import AppendResult, IncidentStore
from geo.store.lock import LOCK_NAME, OWNER_NAME, writer_lock
from geo.store.manifest import (
    DATA_DIRS, DOCUMENTS_DIR, INCIDENTS_DIR, MANIFEST_NAME, Manifest, Part, fsync_dir, is_store,
    manifest_path, read_manifest, write_manifest,
)
from geo.store.query import IncidentQuery, Snapshot, connect
from geo.store.filters import Filters

BACKEND = "folder"
# After an append, a trailing run of AUTO_MERGE_RUN partitions smaller than a tier is
# merged into one: a stream of small commits leaves few files, and no append does more
# than AUTO_MERGE_RUN × the largest tier of extra work.
MERGE_TIERS = (8_192, 131_072)
AUTO_MERGE_RUN = 16
TARGET_PART_ROWS = 1_000_000  # compact() writes partitions of up to this; appends split above it
RETIRED_GRACE_S = 300.0  # how long a replaced file stays for readers of the previous manifest


class FolderStore(IncidentStore):
    """An incident store in a folder (created empty if the folder is new or empty)."""

    def __init__(self, folder: str | Path, *, create: bool = True):
        self.folder = Path(folder).absolute()
        self.uri = str(self.folder)
        if not is_store(self.folder):
            if not create:
                raise FileNotFoundError(f"{self.folder}: no incident store here")
            self._initialise()
        # One DuckDB connection, used by one thread at a time. Writers do not hold it while
        # they wait for the writer lock: readers of this process go on meanwhile.
        self._mutex = threading.RLock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._manifest_key = None
        self._manifest_cached: Manifest | None = None
        self._snapshots: dict[bool, tuple[Manifest, Snapshot]] = {}  # by corrected or not

    def __repr__(self) -> str:
        return f"FolderStore({self.uri!r})"

    def _initialise(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        foreign = [p.name for p in self.folder.iterdir() if p.name not in (LOCK_NAME, OWNER_NAME)]
        if foreign and not is_store(self.folder):
            raise ValueError(f"{self.folder} is a folder that is not an incident store (it holds {foreign[:3]})")
        with writer_lock(self.folder):
            if is_store(self.folder):  # another process created it meanwhile
                return
            for name in DATA_DIRS:
                (self.folder / name).mkdir(exist_ok=True)
            fsync_dir(self.folder)
            write_manifest(self.folder, Manifest())

    # ------------------------------------------------------------------ manifest, snapshots

    def manifest(self) -> Manifest:
        """The current manifest (re-read only when the file was replaced)."""
        st = manifest_path(self.folder).stat()
        key = (st.st_ino, st.st_mtime_ns, st.st_size)
        if key != self._manifest_key or self._manifest_cached is None:
            self._manifest_cached = read_manifest(self.folder)
            self._manifest_key = key
        return self._manifest_cached

    def _connection(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            self._con = connect()
        return self._con

    def _paths(self, parts: Iterable[Part]) -> list[str]:
        return [str(self.folder / p.path) for p in parts]

    def _snapshot(self, corrected: bool) -> Snapshot:
        m = self.manifest()
        cached = self._snapshots.get(corrected)
        if cached and cached[0] is m:
            return cached[1]
        paths = self._paths(m.incidents)
        bounds = _manifest_bounds(m)
        applied = correction_table.no_corrections()
        if corrected and m.corrections is not None and paths:
            records = correction_table.read_corrections(self.folder, m.corrections)
            targets = self._connection().sql(
                f"SELECT event_id, event_type, evidence, {partitions.FINGERPRINT} FROM read_parquet($paths, union_by_name=true) "
                "WHERE event_id IN (SELECT unnest($ids::VARCHAR[]))",
                params={"paths": paths, "ids": sorted(records)},
            ).df()
            applied = correction_table.applicable(records, targets)
        snapshot = Snapshot(paths, applied, bounds, corrected)
        if len(applied):
            snapshot.bounds = IncidentQuery(self._connection(), snapshot).data_bounds()
        self._forget_snapshots(corrected)
        self._snapshots[corrected] = (m, snapshot)
        return snapshot

    def _forget_snapshots(self, *which: bool) -> None:
        for corrected in which or tuple(self._snapshots):
            old = self._snapshots.pop(corrected, None)
            if old is not None and self._con is not None:
                old[1].unregister()

    def _ask(self, question: Callable[[IncidentQuery], object], corrected: bool = True):
        """Answer ``question`` on the current snapshot; once more on a fresh manifest if a
        file vanished under it (retired by a commit since the manifest was read)."""
        with self._mutex:
            for attempt in range(2):
                try:
                    return question(IncidentQuery(self._connection(), self._snapshot(corrected)))
                except (duckdb.IOException, FileNotFoundError):
                    if attempt:
                        raise
                    self._manifest_key = None
                    self._forget_snapshots()

    # ------------------------------------------------------------------ writing

    def append(
        self,
        incidents: gpd.GeoDataFrame,
        documents: pd.DataFrame,
        *,
        timeout: float | None = None,
        on_wait: Callable[[str], None] | None = None,
    ) -> AppendResult:
        fingerprints = incidents.get(partitions.FINGERPRINT) if hasattr(incidents, "get") else None
        incidents = _conform(incidents)
        if fingerprints is not None:  # migration's "already corrected" marks (geo.store.migrate)
            incidents[partitions.FINGERPRINT] = fingerprints.to_numpy()
        documents = batch_documents(incidents, documents)
        with writer_lock(self.folder, timeout=timeout, on_wait=on_wait):
            m = self._clean(read_manifest(self.folder))
            known = self._known(m, documents["doc_id"].tolist())
            new_docs = documents[~documents["doc_id"].isin(known)]
            new_ids = set(new_docs["doc_id"])
            new_incidents = incidents[incidents["doc_id"].isin(new_ids) | (incidents["doc_id"] == "")]
            result = AppendResult(
                added_documents=list(new_docs["doc_id"]),
                skipped_documents=[d for d in documents["doc_id"] if d in known],
                incidents=len(new_incidents),
            )
            if not len(new_docs) and not len(new_incidents):
                return result
            gen = m.generation + 1
            inc_parts = tuple(
                partitions.write_incidents(self.folder, chunk, m.next_seq + start, gen)
                for start, chunk in _chunks(new_incidents, TARGET_PART_ROWS)
            )
            first_doc = sum(p.rows for p in m.documents)  # documents are never removed
            doc_parts = tuple(
                document_table.write_documents(self.folder, chunk, first_doc + start, gen)
                for start, chunk in _chunks(new_docs, TARGET_PART_ROWS)
            )
            fsync_dir(self.folder / INCIDENTS_DIR)
            fsync_dir(self.folder / DOCUMENTS_DIR)
            m = m.successor(
                incidents=m.incidents + inc_parts,
                documents=m.documents + doc_parts,
                next_seq=m.next_seq + len(new_incidents),
            )
            write_manifest(self.folder, m)
            self._merge_small_tail(m)
        return result

    def save_corrections(
        self,
        updates: dict[str, dict | None],
        *,
        timeout: float | None = None,
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        for event_id, record in updates.items():  # refuse a bad record before waiting
            if record is not None:
                correction_table.validate(event_id, record)
        self._commit_corrections(updates, timeout=timeout, on_wait=on_wait)

    def _commit_corrections(self, updates, *, check=True, timeout=None, on_wait=None) -> None:
        """``save_corrections``; ``check=False`` keeps records as they are (migration)."""
        with writer_lock(self.folder, timeout=timeout, on_wait=on_wait):
            m = self._clean(read_manifest(self.folder))
            current = correction_table.read_corrections(self.folder, m.corrections)
            corrections = correction_table.updated(current, updates, check=check)
            if corrections == current:
                return
            part = correction_table.write_corrections(self.folder, corrections, m.generation + 1)
            old = [m.corrections.path] if m.corrections is not None else []
            write_manifest(self.folder, m.successor(corrections=part, retired=m.retiring(old)))

    def compact(self, *, timeout: float | None = None, on_wait: Callable[[str], None] | None = None) -> None:
        """Re-cluster the incidents: every partition not yet sorted by date, or smaller
        than half of ``TARGET_PART_ROWS``, is merged into date-sorted partitions of up
        to ``TARGET_PART_ROWS`` rows (large sorted ones are left alone, so the work is
        about what was appended since the last compaction); documents partitions are
        merged in ingestion order. One commit; readers are not disturbed."""
        with writer_lock(self.folder, timeout=timeout, on_wait=on_wait):
            m = self._clean(read_manifest(self.folder))
            gen = m.generation + 1
            loose = [i for i, p in enumerate(m.incidents) if not p.clustered or p.rows < TARGET_PART_ROWS // 2]
            incidents, retired = m.incidents, []
            if len(loose) > 1 or (loose and not m.incidents[loose[0]].clustered):
                merged = self._merge_incidents([m.incidents[i] for i in loose], gen)
                incidents = tuple(p for i, p in enumerate(m.incidents) if i not in set(loose)) + tuple(merged)
                retired += [m.incidents[i].path for i in loose]
            documents, gone = self._merge_runs(
                m.documents, _runs(m.documents), lambda parts, g: document_table.merge_documents(self.folder, parts, g), gen
            )
            retired += gone
            if retired:
                fsync_dir(self.folder / INCIDENTS_DIR)
                write_manifest(self.folder, m.successor(
                    incidents=incidents, documents=documents, retired=m.retiring(retired)
                ))
            self._clean(read_manifest(self.folder))

    def _merge_incidents(self, parts, generation: int) -> list[Part]:
        with self._mutex:  # the connection is shared with this process's readers
            return partitions.merge_incidents(self.folder, list(parts), generation, self._connection(), TARGET_PART_ROWS)

    def _merge_small_tail(self, m: Manifest) -> None:
        """After an append: merge the trailing run of small partitions once it is long
        (first the smallest tier; a long run of merged ones then merges again)."""
        for tier, small in enumerate(MERGE_TIERS):
            # A run counts the partitions of its own tier only: were the unmerged ones of
            # the tier below counted too, the last merged partition would be merged again
            # with every AUTO_MERGE_RUN of them, an append costing as much as the store.
            least = MERGE_TIERS[tier - 1] if tier else 0
            changes, retired = {}, []
            merges = (
                ("incidents", lambda parts, gen: self._merge_incidents(parts, gen)),
                ("documents", lambda parts, gen: document_table.merge_documents(self.folder, parts, gen)),
            )
            for name, merge in merges:
                parts = getattr(m, name)
                start = len(parts)
                while start > 0 and parts[start - 1].rows < small:
                    start -= 1
                if sum(p.rows >= least for p in parts[start:]) >= AUTO_MERGE_RUN:
                    changes[name], gone = self._merge_runs(parts, [(start, len(parts))], merge, m.generation + 1)
                    retired += gone
            if changes:
                m = m.successor(**changes, retired=m.retiring(retired))
                write_manifest(self.folder, m)

    def _merge_runs(self, parts, runs, merge, generation):
        """``parts`` with each run [start, end) replaced by what ``merge`` makes of it."""
        out, retired, done = [], [], 0
        for start, end in runs:
            out += parts[done:start]
            out += merge(list(parts[start:end]), generation)
            retired += [p.path for p in parts[start:end]]
            done = end
        out += parts[done:]
        if retired:
            fsync_dir(self.folder / Path(out[0].path).parent)
        return tuple(out), retired

    def _clean(self, m: Manifest) -> Manifest:
        """Delete what no reader needs (under the writer lock): files of writers that died
        mid-commit, files retired long enough ago. The manifest without the expired
        retirements (written by the caller's next commit)."""
        now = time.time()
        kept = tuple((p, t) for p, t in m.retired if now - t < RETIRED_GRACE_S)
        needed = m.live_paths() | {p for p, _ in kept}
        for directory in DATA_DIRS:
            for path in (self.folder / directory).iterdir():
                if f"{directory}/{path.name}" not in needed:
                    path.unlink(missing_ok=True)
        for path in self.folder.glob(f".{MANIFEST_NAME}.*.tmp"):
            path.unlink(missing_ok=True)
        return replace(m, retired=kept)

    def _known(self, m: Manifest, doc_ids: Iterable[str] | None) -> set[str]:
        return document_table.stored_ids(self.folder, m.documents, doc_ids)

    # ------------------------------------------------------------------ reading

    def known_documents(self, doc_ids: Iterable[str] | None = None) -> set[str]:
        ids = None if doc_ids is None else [str(d) for d in doc_ids]
        return self._retrying(lambda m: self._known(m, ids))

    def read_documents(self) -> pd.DataFrame:
        return self._retrying(lambda m: document_table.read_documents(self.folder, m.documents))

    def load_corrections(self) -> dict[str, dict]:
        return self._retrying(lambda m: correction_table.read_corrections(self.folder, m.corrections))

    def _retrying(self, read: Callable[[Manifest], object]):
        try:
            return read(self.manifest())
        except (duckdb.IOException, FileNotFoundError):
            self._manifest_key = None
            return read(self.manifest())

    def read_layer(
        self,
        filters: Filters | None = None,
        *,
        columns: list[str] | None = None,
        limit: int | None = None,
        apply_corrections: bool = True,
    ) -> gpd.GeoDataFrame:
        return self._ask(lambda q: q.layer(filters, columns=columns, limit=limit), corrected=apply_corrections)

    def count(self, filters: Filters | None = None) -> int:
        return self._ask(lambda q: q.count(filters))

    def page(
        self,
        filters: Filters | None = None,
        *,
        offset: int = 0,
        limit: int = 10_000,
        order_by: str = "event_date DESC",
    ) -> gpd.GeoDataFrame:
        return self._ask(lambda q: q.layer(filters, limit=limit, offset=offset, order_by=order_by))

    def timeline(self, filters: Filters | None = None, freq: str = "D") -> pd.DataFrame:
        return self._ask(lambda q: q.timeline(filters, freq))

    def top_actors(self, filters: Filters | None = None, n: int = 20) -> list[tuple[str, int]]:
        return self._ask(lambda q: q.actor_counts(filters))[:n]

    def value_counts(self, filters: Filters | None, column: str) -> list[tuple[str, int]]:
        return self._ask(lambda q: q.value_counts(filters, column))

    def counts(self, filters: Filters | None, columns: list[str]) -> dict[str, list[tuple[str, int]]]:
        return self._ask(lambda q: q.counts(filters, columns))

    def document_count(self) -> int:
        return sum(p.rows for p in self.manifest().documents)

    def kpis(self, filters: Filters | None = None, *, documents: bool = True) -> dict[str, int | None]:
        return self._ask(lambda q: q.kpis(filters, documents))

    def grid(self, filters: Filters | None, cell: float) -> pd.DataFrame:
        return self._ask(lambda q: q.grid(filters, cell))

    def version(self) -> int:
        """The manifest's generation (every commit makes a new one)."""
        return self.manifest().generation

    def date_range(self) -> tuple[date | None, date | None]:
        return self._ask(lambda q: q.snapshot.bounds)

    def info(self) -> dict:
        m = self.manifest()
        lo, hi = self.date_range()
        live = [*m.incidents, *m.documents, *([m.corrections] if m.corrections else [])]
        return {
            "backend": BACKEND,
            "uri": self.uri,
            "documents": sum(p.rows for p in m.documents),
            "incidents": self.count(Filters()),
            "stored_incidents": sum(p.rows for p in m.incidents),  # before corrections
            "corrections": m.corrections.rows if m.corrections else 0,
            "partitions": len(m.incidents),
            "files": len(live) + 1,
            "bytes": sum(p.bytes for p in live) + manifest_path(self.folder).stat().st_size,
            "date_from": lo.isoformat() if lo else None,
            "date_to": hi.isoformat() if hi else None,
            "generation": m.generation,
        }

    def close(self) -> None:
        with self._mutex:
            self._forget_snapshots()
            if self._con is not None:
                self._con.close()
                self._con = None


# ---------------------------------------------------------------------- helpers


def batch_documents(incidents: pd.DataFrame, documents: pd.DataFrame | None) -> pd.DataFrame:
    """The documents rows of a batch: given ones (first of each doc_id), and a row for
    every doc_id of ``incidents`` they lack, so that every stored incident's document
    is known and re-appending it is skipped."""
    now = pd.Timestamp(dt.datetime.now(dt.timezone.utc)).floor("s")
    given = _conform_documents(documents if documents is not None else pd.DataFrame())
    given = given[given["doc_id"] != ""].drop_duplicates("doc_id", keep="first")
    lacking = incidents[(incidents["doc_id"] != "") & ~incidents["doc_id"].isin(set(given["doc_id"]))]
    if len(lacking):
        derived = (
            lacking.groupby("doc_id", sort=False)
            .agg(title=("title", "first"), source=("source", "first"), n_incidents=("doc_id", "size"))
            .reset_index()
        )
        derived["date"] = None
        derived["ingested_at"] = now
        given = pd.concat([given, _conform_documents(derived)], ignore_index=True) if len(given) else _conform_documents(derived)
    given["ingested_at"] = given["ingested_at"].fillna(now)
    return given.reset_index(drop=True)


def _chunks(frame: pd.DataFrame, size: int):
    for start in range(0, len(frame), size):
        yield start, frame.iloc[start:start + size]


def _runs(parts: tuple[Part, ...]) -> list[tuple[int, int]]:
    """Runs [start, end) of neighbouring parts that fit in one of ``TARGET_PART_ROWS``."""
    runs, start, rows = [], 0, 0
    for i, part in enumerate(parts):
        if rows + part.rows > TARGET_PART_ROWS and i > start:
            runs.append((start, i))
            start, rows = i, 0
        rows += part.rows
    runs.append((start, len(parts)))
    return [(s, e) for s, e in runs if e - s >= 2]


def _manifest_bounds(m: Manifest) -> tuple[date | None, date | None]:
    lows = [p.date_min for p in m.incidents if p.date_min]
    highs = [p.date_max for p in m.incidents if p.date_max]
    if not lows:
        return None, None
    return date.fromisoformat(min(lows)), date.fromisoformat(max(highs))
