"""The incident store interface, shared by the embedded folder store and the PostGIS store.

A store holds three tables: the incident layer (``geo.store.schema``), the ingested
documents (``DOCUMENT_COLUMNS``: what makes re-ingesting idempotent) and the analysts'
review corrections (``geo.review`` records, keyed by ``event_id``). Writers commit
batches atomically and one at a time; readers ask questions through the query methods
(filters are ``geo.store.filters.Filters``, with ``geo.store.filters.apply_filters`` semantics) without
loading the whole store into memory.

Corrections are kept as they were saved and applied when the store is read: queries see
rejected incidents left out and edited fields replaced, and a ``review_status`` column.
"""

from __future__ import annotations

import sys
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Callable, Iterable
from urllib.parse import urlsplit, urlunsplit

import pandas as pd

if TYPE_CHECKING:  # loaded where a layer is made (geopandas and shapely take a while to import)
    import geopandas as gpd

from geo.store.filters import Filters

DATABASE_SCHEMES = ("postgresql://", "postgres://")  # a store URI with one of these is a database


@dataclass
class AppendResult:
    """What one :meth:`IncidentStore.append` committed."""

    added_documents: list[str] = field(default_factory=list)  # doc_ids committed by this call
    skipped_documents: list[str] = field(default_factory=list)  # already stored (idempotent re-ingest)
    incidents: int = 0  # incident rows committed


class StoreBusy(RuntimeError):
    """A writer could not get the store's lock within its ``timeout``."""


class IncidentStore(ABC):
    """One store of incidents, documents and corrections (a folder, or a database)."""

    uri: str

    # ---- writing

    @abstractmethod
    def append(
        self,
        incidents: gpd.GeoDataFrame,
        documents: pd.DataFrame,
        *,
        timeout: float | None = None,
        on_wait: Callable[[str], None] | None = None,
    ) -> AppendResult:
        """Commit a batch in one atomic step: ``incidents`` (the layer schema, as
        extracted: corrections are applied when reading) and ``documents``
        (``DOCUMENT_COLUMNS``). Documents already stored are skipped with their
        incidents. A writer that has to wait for another calls ``on_wait`` once with a
        sentence saying who holds the lock; after ``timeout`` seconds (None: no limit)
        it raises :class:`StoreBusy`."""

    @abstractmethod
    def save_corrections(self, updates: dict[str, dict | None]) -> None:
        """Set the corrections of some incidents (event_id -> ``geo.review`` record;
        None deletes one), in one commit through the same lock as :meth:`append`."""

    @abstractmethod
    def compact(self) -> None:
        """Merge small pieces of storage (a commit like any other; readers unaffected)."""

    @abstractmethod
    def close(self) -> None:
        """Release what the store holds open (connections, caches)."""

    # ---- reading tables

    @abstractmethod
    def known_documents(self, doc_ids: Iterable[str] | None = None) -> set[str]:
        """The stored doc_ids (of ``doc_ids`` when given: which of these are stored)."""

    @abstractmethod
    def read_documents(self) -> pd.DataFrame:
        """The documents table (``DOCUMENT_COLUMNS``), in ingestion order."""

    @abstractmethod
    def read_layer(
        self,
        filters: Filters | None = None,
        *,
        columns: list[str] | None = None,
        limit: int | None = None,
        apply_corrections: bool = True,
    ) -> gpd.GeoDataFrame:
        """The incidents (matching ``filters``) in ingestion order, as a layer; with
        corrections applied (and a ``review_status`` column) unless told not to."""

    @abstractmethod
    def load_corrections(self) -> dict[str, dict]:
        """The saved corrections (event_id -> ``geo.review`` record)."""

    # ---- queries (corrections applied)

    @abstractmethod
    def count(self, filters: Filters) -> int:
        """Number of incidents in the view."""

    @abstractmethod
    def page(
        self,
        filters: Filters,
        *,
        offset: int = 0,
        limit: int = 10_000,
        order_by: str = "event_date DESC",
    ) -> gpd.GeoDataFrame:
        """One page of the view's incidents; ``order_by`` is ``"column [ASC|DESC], …"``
        over layer columns (missing values last, ties in ingestion order)."""

    @abstractmethod
    def timeline(self, filters: Filters, freq: str = "D") -> pd.DataFrame:
        """Incidents and fatalities per period and event type (``geo.store.views.timeline``):
        columns ``period``, ``event_type``, ``incidents``, ``fatalities``."""

    @abstractmethod
    def top_actors(self, filters: Filters, n: int = 20) -> list[tuple[str, int]]:
        """The ``n`` actors with most incidents in the view (``geo.store.views.actor_counts``)."""

    @abstractmethod
    def value_counts(self, filters: Filters, column: str) -> list[tuple[str, int]]:
        """Non-empty values of a text column with counts, most frequent first, ties by
        name (``geo.store.views.value_counts``)."""

    def counts(self, filters: Filters, columns: list[str]) -> dict[str, list[tuple[str, int]]]:
        """:meth:`value_counts` of each of ``columns``, and :meth:`top_actors` (all of
        them) under ``"actors"``, of one view. A backend may answer them in one scan."""
        return {c: (self.top_actors(filters, n=sys.maxsize) if c == "actors" else self.value_counts(filters, c))
                for c in columns}

    def document_count(self) -> int:
        """Reports ingested (``info()["documents"]``; a backend may know it cheaper)."""
        return int(self.info()["documents"])

    @abstractmethod
    def kpis(self, filters: Filters, *, documents: bool = True) -> dict[str, int | None]:
        """``incidents``, ``fatalities``, ``documents`` (with an incident in the view) and
        ``located`` (with coordinates) of the view (``geo.store.views.kpis``). Counting
        distinct documents costs most (a few seconds at 10 million incidents):
        ``documents=False`` leaves it out (None)."""

    @abstractmethod
    def grid(self, filters: Filters, cell: float) -> pd.DataFrame:
        """The view's located incidents binned into ``cell``-degree squares: one row per
        square that holds some, with ``y``, ``x`` (the square's floor(lat / cell),
        floor(lon / cell)), ``latitude``, ``longitude`` (the mean of its incidents),
        ``incidents`` and ``fatalities``."""

    @abstractmethod
    def version(self) -> object:
        """A token that changes whenever a commit changes what the store holds (incidents,
        documents or corrections): what readers cache their answers by."""

    @abstractmethod
    def date_range(self) -> tuple[date | None, date | None]:
        """First and last event date of the store (None, None when it has none)."""

    @abstractmethod
    def info(self) -> dict:
        """At least: documents, incidents, partitions, bytes, date_from, date_to, backend."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def masked(uri: str) -> str:
    """The URI without its password, for messages and ``info()`` (a path as it is)."""
    parts = urlsplit(uri)
    if parts.password is None:
        return uri
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))
