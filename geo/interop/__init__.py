"""ACLED and UCDP in and out: other datasets' exports as incidents of the store, marked
with their dataset (``geo.store.schema.DATASET``), so the analyst can compare them with
the reports' own incidents; and out again in ACLED's columns.

- ``tables``: an export (CSV, .xlsx) as text, columns in file order; ``parse_days``
- ``acled``, ``ucdp``: rows -> layer rows (every column kept in ``dataset_row``)
- ``records``: layer rows -> the store's tables, one document per event
- ``load``: ``import_dataset(dataset, path, store)`` -> ``ImportReport``
- ``acled_csv``: ``to_acled_csv(layer)``, a view as an ACLED export (``acled.toml``:
  ACLED's columns, inter codes by naming convention, UCDP's mapping)
- ``command``: ``geo import acled|ucdp FILE`` and ``geo export``
"""

from geo.interop.acled import convert_acled
from geo.interop.acled_csv import acled_columns, acled_table, inter_code, to_acled_csv
from geo.interop.load import DATASETS, ImportReport, import_dataset
from geo.interop.tables import Table, parse_days, read_table
from geo.interop.ucdp import convert_ucdp

__all__ = ["DATASETS", "acled_columns", "acled_table", "inter_code", "to_acled_csv", "ImportReport", "Table", "convert_acled", "convert_ucdp", "import_dataset",
           "parse_days", "read_table"]
