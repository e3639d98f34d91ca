"""geo: turn conflict news reports into a map of incidents, offline.

One package per stage, plain dataclasses or GeoDataFrames between them (each stage
imports only the stages above it; ``docs/architecture.md`` has the map):

- ``geo.documents``  read reports (seed format, .txt/.md/.html/.jsonl/.csv) -> ``Document``
- ``geo.gazetteer``  offline GeoNames-derived index; ``OfflineGeoNames``, a geopy geocoder
- ``geo.places``     find place mentions in text and resolve them -> ``Mention``
- ``geo.incidents``  read ACLED-style incidents from a document -> ``Incident``
- ``geo.store``      incidents as a GeoDataFrame, the store, corrections, the view filter
- ``geo.viz``        the Folium map (offline assets, Natural Earth basemap) and reports
- ``geo.taxonomy``   ACLED's event types, sub-event types and disorder types

``geo.ingest`` (documents -> incidents -> store), ``geo.batch`` (the JSON Lines batch
interface), ``geo.cli`` (``python -m geo``) and ``geo.app`` (the Streamlit dashboard) are
thin shells over these; ``geo.evaluation`` measures them and nothing imports it back.
"""

__version__ = "0.1.0"
