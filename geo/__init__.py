"""geo: turn conflict news reports into a map of incidents, offline.

One module per stage, plain dataclasses or GeoDataFrames between them:

- ``geo.documents``  read reports (seed format, .txt/.md/.html/.jsonl/.csv) -> ``Document``
- ``geo.gazetteer``  offline GeoNames-derived index (cities500, admin-1, countries)
- ``geo.geocoder``   a geopy ``Geocoder`` over that index
- ``geo.places``     find place mentions in text and resolve them -> ``Mention``
- ``geo.incidents``  read ACLED-style incidents from a document -> ``Incident``
- ``geo.layer``      incidents as a GeoDataFrame; the GeoParquet store
- ``geo.map``        the Folium map (offline Leaflet assets, Natural Earth basemap)

``geo.cli`` (``python -m geo``) and ``dashboard.py`` are thin shells over these.
"""

__version__ = "0.1.0"
