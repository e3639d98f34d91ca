"""A single-file store (``geo.store.formats``) as a target of ``geo.ingest``.

The dashboard of this release still reads one GeoParquet/GeoPackage file; ``ingest``
called with such a path (by the dashboard, or a script) writes there. Each batch
rewrites the file, so this is for the dashboard's small stores: ``geo ingest`` writes
through ``geo.store.open.open_store`` (which migrates such a file to a folder store).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

import geopandas as gpd
import pandas as pd

from geo.store.base import AppendResult
from geo.store.corrections import apply_saved
from geo.store.formats import read_documents_table, read_layer, write_layer
from geo.store.schema import append_rows


class SingleFileStore:
    """``append`` and ``known_documents`` of ``IncidentStore`` over one file."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.uri = str(self.path)

    def known_documents(self, doc_ids: Iterable[str] | None = None) -> set[str]:
        documents = read_documents_table(self.path)
        # A layer written by other means may lack a documents table: its doc_ids count too.
        known = set(documents["doc_id"]) | set(read_layer(self.path)["doc_id"])
        known.discard("")
        return known if doc_ids is None else known & set(doc_ids)

    def append(
        self,
        incidents: gpd.GeoDataFrame,
        documents: pd.DataFrame,
        *,
        timeout: float | None = None,
        on_wait: Callable[[str], None] | None = None,
    ) -> AppendResult:
        known = self.known_documents()
        new_docs = documents[~documents["doc_id"].isin(known)]
        new_incidents = incidents[~incidents["doc_id"].isin(known)]
        if len(new_docs):
            # The analyst's saved corrections are applied again to the new incidents:
            # re-ingesting the reports gives back the reviewed layer.
            reviewed = apply_saved(new_incidents, self.path)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_layer(
                append_rows(read_layer(self.path), reviewed),
                self.path,
                append_rows(read_documents_table(self.path), new_docs),
            )
        return AppendResult(
            added_documents=list(new_docs["doc_id"]),
            skipped_documents=[d for d in documents["doc_id"] if d in known],
            incidents=len(new_incidents),
        )

    def close(self) -> None:
        pass
