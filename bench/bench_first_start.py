"""First start: README command 1's dashboard, from server launch to the first map.

    python bench/bench_first_start.py [--repeat 2]

A fresh machine has no gazetteer cache, no basemap cache and no store: the first page
builds the gazetteer index, ingests the bundled seed reports and draws the map. Each
round runs the dashboard (``streamlit run dashboard.py``, headless) three ways, in
headless Chromium with every non-local request blocked, timing launch → first incident
drawn in the map:

- ``fresh``: an empty cache folder (``GEO_CACHE_DIR``) and no store — a fresh machine
  after ``pip install``;
- ``warm cache``: the cache of the fresh run kept, a new store (the seeds ingested again);
- ``warm``: cache and store both kept — an everyday start, the baseline of the ratios.

Prints wall times and ratios against the warm start of the same round (this machine is
shared and noisy; the ratio says what the first start adds). Target: fresh ≤ 20 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.viz.browser import CHROMIUM, CHROMIUM_ARGS, only_local_requests  # noqa: E402

MARKERS = "path.incident-marker, .marker-cluster, .incident-cell"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def time_to_first_map(cache: Path, store: Path, timeout_s: float = 300) -> float:
    """Seconds from launching the dashboard to the first incident drawn in its map."""
    port = free_port()
    env = {**os.environ, "GEO_CACHE_DIR": str(cache), "GEO_STORE": str(store),
           "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    start = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
         "--server.port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", only_local_requests([]))
            while True:
                try:
                    page.goto(f"http://localhost:{port}", wait_until="domcontentloaded")
                    break
                except Exception:
                    if time.perf_counter() - start > timeout_s:
                        raise
                    time.sleep(0.2)
            frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]').last
            frame.locator(MARKERS).first.wait_for(timeout=timeout_s * 1000)
            elapsed = time.perf_counter() - start
            browser.close()
        return elapsed
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    runs: dict[str, list[float]] = {"fresh": [], "warm cache": [], "warm": []}
    for round_ in range(args.repeat):
        work = Path(tempfile.mkdtemp(prefix="geo-first-start-"))
        try:
            cache = work / "cache"
            cache.mkdir()
            runs["fresh"].append(time_to_first_map(cache, work / "store-1"))
            runs["warm cache"].append(time_to_first_map(cache, work / "store-2"))
            runs["warm"].append(time_to_first_map(cache, work / "store-2"))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(f"round {round_ + 1}: " + ", ".join(f"{k} {v[-1]:.1f} s" for k, v in runs.items()),
              flush=True)
    load = os.getloadavg()[0]
    warm = statistics.median(runs["warm"])
    print(f"\nlaunch -> first map (median of {args.repeat}, load average {load:.1f}):")
    for name, values in runs.items():
        median = statistics.median(values)
        print(f"  {name:<11} {median:6.1f} s   {median / warm:5.2f}x the warm start")
    fresh = statistics.median(runs["fresh"])
    print(f"\nfirst start target <= 20 s: {'met' if fresh <= 20 else 'NOT met'} ({fresh:.1f} s)")


if __name__ == "__main__":
    main()
