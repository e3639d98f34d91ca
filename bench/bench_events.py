"""What one incident per event costs the folder store's queries.

    python bench/bench_events.py [--size 1000000] [--merged 0.02] [--repeat 5]

Builds a folder store of ``--size`` synthetic incidents (``bench_dashboard.generate``,
compacted), a share ``--merged`` of them carrying a ``merge_key`` (reports of an event
already stored), then asks the dashboard's questions — count, the first page of 10,000,
the timeline, of a 90-day view and of the whole store — in this process, warm, once with
the store's collapse of event groups (``geo.store.merging.merged_sql``) and once with the
collapse replaced by the plain corrected relation. Prints the medians (CPU time and wall
time) and their ratio, measured in the same run. Target: ratio <= 1.5 on the 90-day view.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def build(folder: Path, n: int, merged: float):
    import geopandas as gpd
    import numpy as np
    import shapely

    from bench_dashboard import generate
    from geo.store.folder import FolderStore

    frame = generate(n, seed=11)
    rng = np.random.default_rng(5)
    picked = np.flatnonzero(rng.random(n) < merged)
    picked = picked[picked > 0]
    frame["merge_key"] = ""
    # each picked incident reports the event of an incident ingested before it
    frame.loc[picked, "merge_key"] = frame["event_id"].to_numpy()[rng.integers(0, picked)]
    layer = gpd.GeoDataFrame(frame, geometry=shapely.points(frame["longitude"], frame["latitude"]), crs="EPSG:4326")
    store = FolderStore(folder)
    store.append(layer, None)
    store.compact()
    return store


def timed(ask, repeat: int, fresh) -> tuple[float, float, float]:
    """Median wall and CPU time of ``ask`` warm, and the CPU time of its first call on
    a fresh snapshot of the store (what the first query after a commit pays)."""
    fresh()
    c = time.process_time()
    ask()
    first = time.process_time() - c
    wall, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        ask()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(wall), statistics.median(cpu), first


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--merged", type=float, default=0.02)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    from geo.store import query
    from geo.store.filters import Filters

    with tempfile.TemporaryDirectory(prefix="bench-events-") as tmp:
        started = time.perf_counter()
        store = build(Path(tmp) / "store", args.size, args.merged)
        print(f"store of {args.size:,} incidents ({args.merged:.0%} merged) built in {time.perf_counter() - started:.0f} s")
        hi = store.date_range()[1]
        views = {"90 days": Filters(date_from=hi - dt.timedelta(days=89), date_to=hi), "all": Filters()}

        def ask(filters):
            return lambda: (store.count(filters), len(store.page(filters, limit=10_000)), len(store.timeline(filters)))

        real = query.merged_sql
        for name, filters in views.items():
            with_merge = timed(ask(filters), args.repeat, store._forget_snapshots)
            answer = ask(filters)()
            query.merged_sql = lambda source, groups, seq="_seq": source  # the code before merging
            without = timed(ask(filters), args.repeat, store._forget_snapshots)
            plain = ask(filters)()
            query.merged_sql = real
            store._forget_snapshots()
            print(f"{name:8s} events {answer[0]:>9,} (incidents {plain[0]:>9,}): "
                  f"with merging {with_merge[0] * 1000:7.0f} ms wall {with_merge[1] * 1000:7.0f} ms cpu; "
                  f"without {without[0] * 1000:7.0f} ms wall {without[1] * 1000:7.0f} ms cpu; "
                  f"ratio wall {with_merge[0] / without[0]:.2f} cpu {with_merge[1] / without[1]:.2f}; "
                  f"first query after a commit {with_merge[2] * 1000:.0f} ms cpu vs {without[2] * 1000:.0f} "
                  f"(ratio {with_merge[2] / without[2]:.2f})")
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
