# replaced by geo.store.base at integration
"""A copy of the store interface (``geo.store.base``, written in parallel on another
branch), so the PostGIS backend can subclass it before the two branches meet. The
signatures are those of the shared interface note; nothing else lives here."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import date
from typing import Callable, Iterable

import geopandas as gpd
import pandas as pd

from geo.store.filters import Filters


@dataclass
class AppendResult:
    added_documents: list[str]  # doc_ids committed by this call
    skipped_documents: list[str]  # doc_ids already in the store (idempotent re-ingest)
    incidents: int  # incident rows committed


class StoreBusy(RuntimeError):
    """A writer could not get the lock within ``timeout``."""


class IncidentStore(ABC):
    uri: str

    @abstractmethod
    def append(
        self,
        incidents: gpd.GeoDataFrame,
        documents: pd.DataFrame,
        *,
        timeout: float | None = None,
        on_wait: Callable[[str], None] | None = None,
    ) -> AppendResult: ...

    @abstractmethod
    def known_documents(self, doc_ids: Iterable[str] | None = None) -> set[str]: ...

    @abstractmethod
    def read_documents(self) -> pd.DataFrame: ...

    @abstractmethod
    def read_layer(
        self,
        filters: Filters | None = None,
        *,
        columns: list[str] | None = None,
        limit: int | None = None,
        apply_corrections: bool = True,
    ) -> gpd.GeoDataFrame: ...

    @abstractmethod
    def load_corrections(self) -> dict[str, dict]: ...

    @abstractmethod
    def save_corrections(self, updates: dict[str, dict | None]) -> None: ...

    @abstractmethod
    def count(self, filters: Filters) -> int: ...

    @abstractmethod
    def page(
        self, filters: Filters, *, offset: int = 0, limit: int = 10_000, order_by: str = "event_date DESC"
    ) -> gpd.GeoDataFrame: ...

    @abstractmethod
    def timeline(self, filters: Filters, freq: str = "D") -> pd.DataFrame: ...

    @abstractmethod
    def top_actors(self, filters: Filters, n: int = 20) -> list[tuple[str, int]]: ...

    @abstractmethod
    def value_counts(self, filters: Filters, column: str) -> list[tuple[str, int]]: ...

    @abstractmethod
    def date_range(self) -> tuple[date | None, date | None]: ...

    @abstractmethod
    def info(self) -> dict: ...

    @abstractmethod
    def compact(self) -> None: ...

    @abstractmethod
    def close(self) -> None: ...

