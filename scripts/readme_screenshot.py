"""Make docs/screenshot.png: the dashboard on the bundled seeds, in headless chromium.

    python scripts/readme_screenshot.py [out.png]
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from geo.viz.browser import CHROMIUM, CHROMIUM_ARGS, only_local_requests

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(out: str = str(ROOT / "docs" / "screenshot.png")) -> None:
    port = free_port()
    store = Path(tempfile.mkdtemp()) / "incidents.parquet"
    env = {**os.environ, "GEO_STORE": str(store), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
         "--server.port", str(port)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", only_local_requests([]))
            for _ in range(60):
                try:
                    page.goto(f"http://localhost:{port}", wait_until="domcontentloaded")
                    break
                except Exception:
                    time.sleep(1)
            frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]').last
            frame.locator("path.incident-marker, .marker-cluster").first.wait_for(timeout=120_000)
            page.wait_for_timeout(1500)
            page.screenshot(path=out)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=20)
    print(out)


if __name__ == "__main__":
    main(*sys.argv[1:])
