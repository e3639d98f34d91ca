"""An offline gazetteer built from GeoNames-derived data that PyPI packages ship.

- ``model``: ``Place`` and ``Gazetteer`` (columns, name index, lookups); ``index``: the
  indexes derived from it (capitals, towns by region, spelling variants, row facts);
- ``names``: how names become lookup keys; ``distance``: ``haversine_km``, the
  project's one distance;
- ``sources`` and ``build``: building the index from installed packages and our tables
  in ``geo/data/gazetteer/``; ``cache``: ``load_gazetteer`` from the on-disk cache, a
  memory-mapped file of columns and hash tables (``tables``);
- ``layers``: places an analyst adds (``geo gazetteer add|list|remove``, ``command``),
  read by ``geonames_dump`` (GeoNames dumps) and ``place_list`` (CSV/GeoJSON/GeoPackage
  lists, ACLED/UCDP exports), kept in ``layer_index`` (SQLite + memory-mapped key hashes)
  under ``folders.cache_dir()``, fetched only on request by ``download``;
  ``load_gazetteer`` attaches the enabled ones, ``load_base_gazetteer`` does not;
- ``geocoder``: ``OfflineGeoNames``, a geopy geocoder over it (imported on first use:
  geopy takes a tenth of a second to import, which a parse does not need).
"""

from geo.gazetteer.cache import INDEX_VERSION, cache_dir, cache_path, load_base_gazetteer, load_gazetteer
from geo.gazetteer.distance import haversine_km, within_km
from geo.gazetteer.model import FEATURE_CLASSES, Gazetteer, Place, feature_prior, prior_score
from geo.gazetteer.names import expand_leading_abbreviation, name_skeleton, normalize_name

__all__ = [
    "FEATURE_CLASSES", "INDEX_VERSION", "Gazetteer", "OfflineGeoNames", "Place", "cache_dir", "cache_path",
    "expand_leading_abbreviation", "feature_prior", "haversine_km", "load_base_gazetteer", "load_gazetteer", "name_skeleton",
    "normalize_name", "prior_score", "within_km",
]


def __getattr__(name: str):
    if name == "OfflineGeoNames":
        from geo.gazetteer.geocoder import OfflineGeoNames

        return OfflineGeoNames
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
