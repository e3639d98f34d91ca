"""The incident store: the layer's schema, its file formats, the analyst's corrections,
and the one view filter.

- ``open_store(uri)`` (``open``): a store behind one interface (``base.IncidentStore``):
  a folder of GeoParquet partitions committed through a manifest under a writer lock,
  queried with DuckDB (``folder``, ``query``, ``manifest``, ``partitions``, ``lock``), or
  PostgreSQL + PostGIS for a team (``postgis``); an old single-file store is migrated
  on first open (``migrate``)
- ``schema``: ``COLUMNS``, ``CRS``, ``conform``, ``incidents_to_frame``, ``empty_layer``
- ``formats``: the old single-file stores (``read_layer`` / ``write_layer``: GeoParquet
  or GeoPackage) that ``migrate`` reads, and a layer file's table of documents
- ``corrections``: the review records and their rules; ``reviewing``: decisions
  committed to a store (``save``, ``accept_all``, ``undo``, ``unreject``)
- ``catalogue``: a store's names, counts and dates, and typed names resolved
- ``merging``: the incidents of one event (``merge_key``, set by ``geo.events``) read as
  one, with ``source_count`` and ACLED's conservative toll
- ``filters``: ``Filters`` and ``apply_filters`` (dashboard, map, reports, CLI)
- ``views``: counts, KPIs, timeline, top incidents, sources, the incident table
- ``export``: CSV / GeoJSON / GeoParquet bytes of a view

Filling the store from reports is ``geo.ingest``; the store never imports the pipeline.
"""

from geo.store.base import AppendResult, IncidentStore, StoreBusy
from geo.store.open import open_store
from geo.store.corrections import Applied, apply_corrections, corrections_path, load_corrections, review_status
from geo.store.filters import PERIODS, Filters, apply_filters, data_date_range, text_mask
from geo.store.formats import SUFFIXES, read_documents_table, read_layer, write_layer
from geo.store.schema import (
    COLUMNS,
    CRS,
    DOCUMENT_COLUMNS,
    conform,
    empty_layer,
    event_id,
    incidents_to_frame,
    points,
)

__all__ = [
    "AppendResult", "IncidentStore", "StoreBusy", "open_store",
    "COLUMNS", "CRS", "DOCUMENT_COLUMNS", "PERIODS", "SUFFIXES",
    "Applied", "Filters",
    "apply_corrections", "apply_filters", "conform", "corrections_path",
    "data_date_range", "empty_layer", "event_id", "incidents_to_frame",
    "load_corrections", "points", "read_documents_table", "read_layer",
    "review_status", "text_mask", "write_layer",
]
