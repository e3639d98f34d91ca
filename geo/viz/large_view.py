"""Views too large to draw one marker per incident: grid squares made by the store.

A browser draws the clustered markers of ~50,000 incidents smoothly (the clustering
runs on every move of the map); past that the payload and the clustering grow with the
view. A larger view is sent as squares of the store's grid (``IncidentStore.grid``:
counted in DuckDB or PostGIS, nothing loaded but the squares), at a few sizes for the
zoom levels, coloured by count and sized by fatalities (``js/cells.js``). The payload
is bounded by :data:`MAX_CELLS` squares a level, whatever the view holds.

Public API: :func:`map_view`, :class:`MapView`, :func:`cells_payload`,
:func:`bounds_range`, :data:`MAX_MARKERS`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

# Views with more located incidents than this are drawn as squares (bench/bench_dashboard.py
# measures the first paint of clustered markers: ~2 s at 50k on a 2-core machine).
MAX_MARKERS = 50_000
FINE_CELL = 0.1  # degrees (~11 km): the store's grid, the finest level; coarser ones are made from it
# The levels sent: (cell size in degrees, first zoom level it is drawn at).
LEVELS = ((2.0, 0), (0.5, 5), (0.1, 7))
MAX_CELLS = 40_000  # squares per level at most: the cell grows past the level's size until they fit


@dataclass
class MapView:
    """What the map of one view draws: ``markers`` (the located incidents, or an empty
    frame when the view is drawn as squares), ``cells`` (one frame per level, None for a
    marker view), ``located`` (incidents with coordinates in the view)."""

    markers: pd.DataFrame
    located: int
    cells: list[tuple[float, int, pd.DataFrame]] | None = None
    extent: pd.DataFrame = field(default_factory=pd.DataFrame)  # latitude/longitude/incidents: bounds, heatmap

    @property
    def aggregated(self) -> bool:
        return self.cells is not None


def map_view(store, filters, columns: list[str], max_markers: int | None = None,
             located: int | None = None) -> MapView:
    """The map of ``filters`` on ``store`` (an ``IncidentStore``; None: nothing): markers
    up to ``max_markers`` located incidents (default :data:`MAX_MARKERS`), squares past
    it. ``located``: the view's located incidents, when the caller has counted them."""
    max_markers = MAX_MARKERS if max_markers is None else max_markers
    # no markers: a plain empty frame (a view of squares needs no geopandas)
    from geo.store.schema import empty_frame  # noqa: PLC0415

    if store is None:
        empty = empty_frame(columns)
        return MapView(empty, 0, extent=_extent(empty))
    if located is None:
        located = store.kpis(filters, documents=False)["located"]
    if located <= max_markers:
        markers = store.read_layer(filters, columns=columns)
        return MapView(markers, located, extent=_extent(markers))
    fine = store.grid(filters, FINE_CELL)
    levels = [(size, zoom, coarsen(fine, FINE_CELL, size)) for size, zoom in LEVELS]
    return MapView(empty_frame(columns), located, cells=levels, extent=_extent(levels[-1][2]))


def _extent(frame: pd.DataFrame) -> pd.DataFrame:
    """Points standing for the view (with an ``incidents`` weight each)."""
    out = pd.DataFrame({"latitude": frame.get("latitude", pd.Series(dtype="float64")),
                        "longitude": frame.get("longitude", pd.Series(dtype="float64"))})
    out["incidents"] = frame["incidents"].to_numpy() if "incidents" in frame else 1
    return out.reset_index(drop=True)


def coarsen(fine: pd.DataFrame, fine_cell: float, cell: float, max_cells: int = MAX_CELLS) -> pd.DataFrame:
    """Squares of ``cell`` degrees (doubled until at most ``max_cells``) from the store's
    ``fine_cell`` grid: counts and fatalities added, the position the incidents' mean."""
    if not len(fine):
        return fine.assign(cell=pd.Series(dtype="float64"))
    while True:
        ratio = max(1, int(round(cell / fine_cell)))
        y = np.floor_divide(fine["y"].to_numpy(), ratio)
        x = np.floor_divide(fine["x"].to_numpy(), ratio)
        # one int64 per (y, x) pair: counted by hashing, not as a MultiIndex of tuples
        keys = (y.astype(np.int64) << 32) + (x.astype(np.int64) & 0xFFFFFFFF)
        if len(pd.unique(keys)) <= max_cells:
            break
        cell *= 2
    n = fine["incidents"].to_numpy(dtype="float64")
    frame = pd.DataFrame({
        "y": y, "x": x, "incidents": n, "fatalities": fine["fatalities"].to_numpy(dtype="float64"),
        "lat_sum": fine["latitude"].to_numpy(dtype="float64") * n,
        "lon_sum": fine["longitude"].to_numpy(dtype="float64") * n,
    })
    out = frame.groupby(["y", "x"], sort=True)[["incidents", "fatalities", "lat_sum", "lon_sum"]].sum()
    out["latitude"] = out["lat_sum"] / out["incidents"]
    out["longitude"] = out["lon_sum"] / out["incidents"]
    out["cell"] = cell
    out = out.reset_index()
    out["incidents"] = out["incidents"].astype("int64")
    out["fatalities"] = out["fatalities"].astype("int64")
    return out[["y", "x", "latitude", "longitude", "incidents", "fatalities", "cell"]]


def bounds_range(view: MapView, bbox: tuple[float, float, float, float]) -> tuple[int, int]:
    """Bounds on how many located incidents of an aggregated ``view`` lie inside
    ``bbox`` (west, south, east, north, as ``geo.store.filters.as_bbox`` makes it), from
    its finest squares alone: (those in squares wholly inside, those in squares that
    meet it). The dashboard asks the store only when the threshold falls in between."""
    if not view.cells:
        return 0, 0
    frame = view.cells[-1][2]
    if not len(frame):
        return 0, 0
    cell = float(frame["cell"].iloc[0])
    south_edge = frame["y"].to_numpy(dtype="float64") * cell
    west_edge = frame["x"].to_numpy(dtype="float64") * cell
    n = frame["incidents"].to_numpy(dtype="int64")
    west, south, east, north = bbox
    inf = float("inf")  # the world's edges: nothing lies beyond them
    south, north = (-inf if south <= -90 else south), (inf if north >= 90 else north)
    if west <= east:
        spans = [(-inf if west <= -180 else west, inf if east >= 180 else east)]
    else:
        spans = [(west, inf), (-inf, east)]
    meets = np.zeros(len(frame), dtype=bool)
    inside = np.zeros(len(frame), dtype=bool)
    e = 1e-7  # degrees: a square's edges as computed may differ from where its points were binned
    lat_meets = (south_edge - e <= north) & (south_edge + cell + e >= south)
    lat_inside = (south_edge - e >= south) & (south_edge + cell + e <= north)
    for lo, hi in spans:
        meets |= lat_meets & (west_edge - e <= hi) & (west_edge + cell + e >= lo)
        inside |= lat_inside & (west_edge - e >= lo) & (west_edge + cell + e <= hi)
    return int(n[inside].sum()), int(n[meets].sum())


def cells_payload(view: MapView) -> dict:
    """The squares for ``js/cells.js``: per level its cell size, first zoom, and per
    square the south-west corner (``y``, ``x`` in cells), the mean position, the count
    and the fatalities."""
    levels = []
    for _, zoom, frame in view.cells or ():
        levels.append({
            "cell": float(frame["cell"].iloc[0]) if len(frame) else 0.0,
            "zoom": int(zoom),
            "y": frame["y"].astype("int64").tolist(),
            "x": frame["x"].astype("int64").tolist(),
            "lat": np.round(frame["latitude"].to_numpy(dtype="float64"), 3).tolist(),
            "lon": np.round(frame["longitude"].to_numpy(dtype="float64"), 3).tolist(),
            "n": frame["incidents"].astype("int64").tolist(),
            "fat": frame["fatalities"].astype("int64").tolist(),
        })
    return {"levels": levels, "located": int(view.located)}
