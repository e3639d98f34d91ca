"""Moved: the layer's schema and store are ``geo.store``, ingesting is ``geo.ingest``."""
# shim: removed at integration

from geo.ingest import Extractor, IngestReport, ingest  # noqa: F401
from geo.store.formats import SUFFIXES, read_documents_table, read_layer, write_layer  # noqa: F401
from geo.store.schema import (  # noqa: F401
    COLUMNS,
    CRS,
    DOCUMENT_COLUMNS,
    empty_layer,
    event_id,
    incidents_to_frame,
)
