"""Import an export of another dataset into a store, in one commit."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from geo.interop.acled import convert_acled
from geo.interop.records import Converted, to_tables
from geo.interop.tables import Table, read_table
from geo.interop.ucdp import convert_ucdp

# dataset -> (reader of its rows, the documents' source label)
DATASETS: dict[str, tuple[Callable[[Table], Converted], str]] = {
    "acled": (convert_acled, "ACLED"),
    "ucdp": (convert_ucdp, "UCDP GED"),
}


@dataclass
class ImportReport:
    """What one import read and committed."""

    dataset: str
    rows: int = 0  # rows read from the file
    added: int = 0  # events committed now
    already_stored: int = 0  # events the store held already (an earlier import)
    repeated: int = 0  # rows sharing an event id with an earlier row (kept as "<id>#2" …)
    undated: int = 0  # events whose date could not be read (kept, undated)

    def __str__(self) -> str:
        text = (f"{self.dataset}: {self.rows:,} rows read, {self.added:,} events added, "
                f"{self.already_stored:,} already in the store")
        if self.repeated:
            text += f" ({self.repeated:,} rows share an earlier row's event id: kept as <id>#2 …)"
        if self.undated:
            text += f", {self.undated:,} without a readable date (kept undated)"
        return text


def import_dataset(dataset: str, path: str | Path, store, *, timeout: float | None = None,
                   on_wait: Callable[[str], None] | None = None) -> ImportReport:
    """Read ``path`` (an export of ``dataset``: "acled" or "ucdp") and append its events
    to ``store`` (an ``IncidentStore`` or anything with its ``append``) in one commit;
    events the store holds already are skipped by their ids."""
    if dataset not in DATASETS:
        raise ValueError(f"unknown dataset {dataset!r}; one of {', '.join(DATASETS)}")
    convert, label = DATASETS[dataset]
    table = read_table(path)
    converted = convert(table)
    layer, documents = to_tables(converted, label)
    result = store.append(layer, documents, timeout=timeout, on_wait=on_wait)
    return ImportReport(
        dataset=dataset, rows=len(table), added=result.incidents,
        already_stored=len(result.skipped_documents), repeated=len(converted.repeated),
        undated=int(layer["event_date"].isna().sum()),
    )
