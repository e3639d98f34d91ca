"""The folder store under concurrent writers and killed writers (separate processes).

Processes come from a fork server that has already imported the store, so a trial costs
a fork, not an interpreter start. Tests marked ``slow`` run only when asked for
(``-m slow``).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import time

import numpy as np
import pandas as pd
import pytest

from geo.store.schema import CRS, conform as _conform, points as _points
from geo.store.folder import FolderStore
from geo.store.manifest import DATA_DIRS, read_manifest
from geo.store.filters import Filters

from test_store_query import synthetic_batch

TRIALS = 20


@pytest.fixture(autouse=True)
def _slow_only_when_asked(request):
    marker_expression = request.config.getoption("-m") or ""
    asked = "slow" in marker_expression and "not slow" not in marker_expression
    if request.node.get_closest_marker("slow") and not (asked or os.environ.get("GEO_SLOW_TESTS")):
        pytest.skip("slow: run with -m slow (or GEO_SLOW_TESTS=1)")


@pytest.fixture(scope="module")
def ctx():
    # The fork server is a fresh interpreter: with the tests' folder on its path it can
    # import this module (and the store) once, and each child is just a fork.
    here = os.path.dirname(os.path.abspath(__file__))
    before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (here, before) if p)
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["geo.store.folder", "test_store_query", "test_store_concurrency"])
    yield context
    if before is None:
        os.environ.pop("PYTHONPATH", None)
    else:
        os.environ["PYTHONPATH"] = before


# ------------------------------------------------------------------ what the children do


def append_batch(folder: str, seed: int, doc_ids: list[str], go, per_doc=(1, 4)) -> None:
    layer, docs = synthetic_batch(random.Random(seed), doc_ids, per_doc=per_doc)
    store = FolderStore(folder)
    go.wait()
    store.append(layer, docs)
    store.close()


def save_corrections(folder: str, records: dict, go) -> None:
    store = FolderStore(folder)
    go.wait()
    store.save_corrections(records)
    store.close()


def _expected_incidents(seed: int, doc_ids: list[str], per_doc=(1, 4)) -> int:
    return len(synthetic_batch(random.Random(seed), doc_ids, per_doc=per_doc)[0])


def _run(ctx, *targets) -> None:
    go = ctx.Event()
    procs = [ctx.Process(target=f, args=(*args, go)) for f, *args in targets]
    for p in procs:
        p.start()
    time.sleep(0.05)
    go.set()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0


# ------------------------------------------------------------------ tests


def test_two_concurrent_appends_keep_every_document(tmp_path, ctx):
    folder = str(tmp_path / "store")
    FolderStore(folder).close()
    expected_docs: set[str] = set()
    expected_incidents = 0
    for trial in range(TRIALS):
        a = [f"t{trial}-a{k}" for k in range(10)]
        b = [f"t{trial}-b{k}" for k in range(10)]
        _run(ctx, (append_batch, folder, 2 * trial, a), (append_batch, folder, 2 * trial + 1, b))
        expected_docs |= set(a) | set(b)
        expected_incidents += _expected_incidents(2 * trial, a) + _expected_incidents(2 * trial + 1, b)
        store = FolderStore(folder)
        assert store.known_documents() == expected_docs, f"trial {trial}"
        assert store.count(Filters()) == expected_incidents
        store.close()


def test_append_and_corrections_at_once_keep_both(tmp_path, ctx):
    folder = str(tmp_path / "store")
    seed_layer, seed_docs = synthetic_batch(random.Random(99), [f"base{k}" for k in range(40)], per_doc=(2, 3))
    store = FolderStore(folder)
    store.append(seed_layer, seed_docs)
    store.close()
    event_ids = seed_layer["event_id"].tolist()
    expected: dict[str, dict] = {}
    docs: set[str] = set(seed_docs["doc_id"])
    for trial in range(TRIALS):
        records = {event_ids[trial]: {"status": "rejected", "changes": {}, "original": "", "note": f"t{trial}"},
                   event_ids[-1 - trial]: {"status": "edited", "changes": {"fatalities": trial}, "original": ""}}
        ids = [f"t{trial}-{k}" for k in range(10)]
        _run(ctx, (append_batch, folder, 500 + trial, ids), (save_corrections, folder, records))
        expected.update(records)
        docs |= set(ids)
        store = FolderStore(folder)
        assert store.load_corrections() == expected, f"trial {trial}"
        assert store.known_documents() == docs, f"trial {trial}"
        layer = store.read_layer()
        assert not set(layer["event_id"]) & {e for e, r in expected.items() if r["status"] == "rejected"}
        store.close()


def test_kill_9_during_an_append_leaves_the_old_or_the_new_state(tmp_path, ctx):
    folder = str(tmp_path / "store")
    FolderStore(folder).close()
    per_doc = (20, 20)
    rng = random.Random(5)
    # How long an append takes here (the kill moments spread over it)
    go = ctx.Event()
    go.set()
    started = time.monotonic()
    calibrate = ctx.Process(target=append_batch, args=(folder, 0, [f"cal{k}" for k in range(100)], go, per_doc))
    calibrate.start()
    calibrate.join(60)
    span = time.monotonic() - started
    docs = {f"cal{k}" for k in range(100)}
    incidents = 100 * 20
    outcomes = {"old": 0, "new": 0}
    for trial in range(TRIALS):
        ids = [f"k{trial}-{k}" for k in range(100)]
        go = ctx.Event()
        go.set()
        p = ctx.Process(target=append_batch, args=(folder, trial + 1, ids, go, per_doc))
        p.start()
        time.sleep(rng.uniform(0.0, span * 1.1))
        p.kill()  # SIGKILL (nothing if it already finished)
        p.join(30)
        store = FolderStore(folder)
        known = store.known_documents()
        if known == docs:
            outcomes["old"] += 1
        else:
            assert known == docs | set(ids), f"trial {trial}: neither the old nor the new state"
            docs = known
            incidents += 100 * 20
            outcomes["new"] += 1
        assert store.count(Filters()) == incidents
        assert len(store.read_layer(columns=["event_id"])) == incidents
        assert len(store.read_documents()) == len(docs)
        store.close()
    assert outcomes["old"] >= 1, outcomes  # some kills did land inside an append
    # the next writer removes whatever the killed ones left behind
    store = FolderStore(folder)
    layer, more = synthetic_batch(random.Random(1234), ["last"], per_doc=(1, 1))
    store.append(layer, more)
    m = read_manifest(store.folder)
    needed = m.live_paths() | {p for p, _ in m.retired}
    on_disk = {f"{d}/{p.name}" for d in DATA_DIRS for p in (store.folder / d).iterdir()}
    assert on_disk == needed
    assert store.count(Filters()) == incidents + 1
    store.close()
    print(json.dumps(outcomes))


def _million_documents(n: int, offset: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``n`` documents of one incident each, built with numpy (no per-row Python)."""
    rng = np.random.default_rng(offset)
    ids = pd.Series([f"m{offset + i:08d}" for i in range(n)], dtype="str")
    frame = pd.DataFrame({
        "event_id": ids + "-0",
        "event_date": pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 700, n), unit="D"),
        "event_type": rng.choice(["Battles", "Protests", "Riots"], n),
        "actor1": rng.choice(["Rapid Support Forces", "Police", "Protesters"], n),
        "country": rng.choice(["Sudan", "Kenya"], n),
        "latitude": rng.uniform(-5, 20, n), "longitude": rng.uniform(25, 45, n),
        "fatalities": rng.integers(0, 10, n),
        "evidence": "Synthetic evidence of an incident.",
        "doc_id": ids, "source": "synthetic", "title": "Synthetic",
    })
    import geopandas as gpd  # noqa: PLC0415

    layer = _conform(gpd.GeoDataFrame(frame, geometry=_points(frame), crs=CRS))
    docs = pd.DataFrame({"doc_id": ids, "title": "Synthetic", "date": None, "source": "synthetic",
                         "n_incidents": 1, "ingested_at": pd.Timestamp("2024-06-01", tz="UTC")})
    return layer, docs


@pytest.mark.slow
def test_a_store_of_a_million_documents_opens(tmp_path):
    store = FolderStore(tmp_path / "million")
    for chunk in range(10):
        layer, docs = _million_documents(100_000, chunk * 100_000)
        store.append(layer, docs)
    store.close()
    started = time.monotonic()
    again = FolderStore(tmp_path / "million")
    info = again.info()
    assert info["documents"] == 1_000_000 and info["incidents"] == 1_000_000
    assert again.count(Filters(countries=["Kenya"], period="30d")) > 0
    layer, docs = _million_documents(10, 2_000_000)
    assert again.append(layer, docs).incidents == 10
    assert again.known_documents(["m00000007", "nope"]) == {"m00000007"}
    assert len(again.read_documents()) == 1_000_010
    assert time.monotonic() - started < 60
    again.close()
