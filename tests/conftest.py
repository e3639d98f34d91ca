"""Shared fixtures for the map/dashboard tests: a synthetic store, and the live dashboard.

The synthetic incidents stand in for the extractor so the map and dashboard tests do not
depend on it (or on the bundled seeds).
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from geo.incidents import Incident

ROOT = Path(__file__).resolve().parents[1]

# Tests that run only when the -m expression names their marker: the evaluation gates
# (they need ../shared) and the wheel test (it needs a package index). A rule here rather
# than pyproject's addopts, because any -m on the command line replaces addopts' -m:
# ``pytest -m "not browser"`` would otherwise run the gates and the wheel test too.
OPT_IN_MARKERS = ("evaluation", "wheel")


def pytest_collection_modifyitems(config, items):
    expression = config.getoption("markexpr") or ""
    asked = {m for m in OPT_IN_MARKERS if re.search(rf"\b{m}\b", expression)}
    keep, leave_out = [], []
    for item in items:
        opt_in = [m for m in OPT_IN_MARKERS if item.get_closest_marker(m) and m not in asked]
        (leave_out if opt_in else keep).append(item)
    if leave_out:
        config.hook.pytest_deselected(items=leave_out)
        items[:] = keep


def synthetic_incidents() -> list[Incident]:
    """11 incidents, 10 located, 4 actors, 3 documents, 2024-04-02..2024-05-20."""
    rows = [
        # date, type, sub-type, actor1, actor2, location, lat, lon, fatalities, doc
        ("2024-04-02", "Battles", "Armed clash", "Rapid Support Forces", "Sudanese Armed Forces", "Omdurman", 15.64, 32.48, 12, "d1"),
        ("2024-04-05", "Explosions/Remote violence", "Air/drone strike", "Sudanese Armed Forces", "", "Khartoum", 15.50, 32.56, 4, "d1"),
        ("2024-04-11", "Violence against civilians", "Attack", "Rapid Support Forces", "Civilians (Sudan)", "El Fasher", 13.63, 25.35, 30, "d1"),
        ("2024-04-19", "Protests", "Peaceful protest", "Protesters (Sudan)", "", "Port Sudan", 19.62, 37.22, 0, "d2"),
        ("2024-04-25", "Battles", "Armed clash", "Sudanese Armed Forces", "Rapid Support Forces", "El Obeid", 13.18, 30.22, 7, "d2"),
        ("2024-05-01", "Riots", "Mob violence", "Protesters (Sudan)", "", "Kassala", 15.45, 36.40, 1, "d2"),
        ("2024-05-03", "Strategic developments", "Looting/property destruction", "Rapid Support Forces", "", "Nyala", 12.05, 24.88, 0, "d3"),
        ("2024-05-08", "Battles", "Armed clash", "Rapid Support Forces", "Sudanese Armed Forces", "Wad Madani", 14.40, 33.52, 21, "d3"),
        ("2024-05-14", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Sudanese Armed Forces", "", "Sennar", 13.57, 33.63, 3, "d3"),
        ("2024-05-20", "Protests", "Peaceful protest", "Protesters (Sudan)", "", "Atbara", 17.70, 33.98, 0, "d3"),
        # not geocoded: kept in the layer and the table, not on the map
        ("2024-05-20", "Battles", "Armed clash", "Rapid Support Forces", "Sudanese Armed Forces", "", None, None, 2, "d3"),
    ]
    return [
        Incident(
            event_date=d, event_type=t, sub_event_type=s, actor1=a1, actor2=a2,
            country="Sudan", location=loc, latitude=lat, longitude=lon, fatalities=f,
            evidence=f"Synthetic report of {t.lower()} in {loc or 'an unnamed place'}.",
            doc_id=doc, source=f"synthetic/{doc}.txt", title=f"Synthetic report {doc}",
        )
        for d, t, s, a1, a2, loc, lat, lon, f, doc in rows
    ]


@pytest.fixture
def synthetic_store(tmp_path) -> Path:
    """A GeoParquet store holding ``synthetic_incidents()``."""
    from geo.store import incidents_to_frame, write_layer

    path = tmp_path / "incidents.parquet"
    write_layer(incidents_to_frame(synthetic_incidents()), path)
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_healthy(url: str, proc: subprocess.Popen, log_path: Path, timeout: float = 60) -> None:
    """Wait until the Streamlit server at ``url`` answers its health check; fail with its
    log if the process ends or ``timeout`` seconds pass first."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never a proxy
    deadline = time.monotonic() + timeout
    while True:
        try:
            with opener.open(f"{url}/_stcore/health", timeout=1) as r:
                if r.read().strip() == b"ok":
                    return
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("streamlit did not start:\n" + log_path.read_text())
        time.sleep(0.2)


@contextlib.contextmanager
def running_dashboard(store: Path, seeds: Path, log_path: Path, extra_env: dict | None = None):
    """``streamlit run dashboard.py`` on a free localhost port; always stopped after.

    Yields the base URL once the server answers its health check.
    """
    port = _free_port()
    env = {
        **os.environ,
        "GEO_STORE": str(store),
        "GEO_SEEDS": str(seeds),
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        **(extra_env or {}),
    }
    log = open(log_path, "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard.py",
         "--server.headless", "true", "--server.port", str(port),
         "--server.address", "127.0.0.1",
         # no "source file changed" prompts (others may be editing the repo meanwhile)
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(url, proc, log_path)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture
def dashboard_url(synthetic_store, tmp_path):
    """The dashboard on the synthetic store, for one test."""
    with running_dashboard(synthetic_store, tmp_path / "no-seeds", tmp_path / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="module")
def shared_dashboard_url(tmp_path_factory):
    """The dashboard on a synthetic store, shared by a module's tests (they must not
    change the store)."""
    from geo.store import incidents_to_frame, write_layer

    folder = tmp_path_factory.mktemp("dashboard")
    store = folder / "incidents.parquet"
    write_layer(incidents_to_frame(synthetic_incidents()), store)
    with running_dashboard(store, folder / "no-seeds", folder / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="module")
def gz():
    """The embedded gazetteer, for the tests that hand it to the pipeline."""
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()
