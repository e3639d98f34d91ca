"""geo.store.postgis: the team store on PostgreSQL + PostGIS.

Needs a database with PostGIS: ``export GEO_TEST_POSTGRES="$(bash scripts/start_postgres.sh)"``.
Every test works in a schema of its own, dropped afterwards, so tests (and several test
runs) on one database do not see each other.

The pandas functions of geo.store.filters, views and corrections are the reference: the store's SQL must
give the same answers on the same data.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import threading
import time
import uuid

import numpy as np
import pandas as pd
import pytest

psycopg = pytest.importorskip("psycopg")

from geo.store import filters as store_filters
from geo.store import views as store_views
from geo.store.schema import conform as _conform, conform_documents as _conform_documents, incidents_to_frame# noqa: E402
from geo.store.corrections import apply_corrections, fingerprint# noqa: E402
from geo.taxonomy import EVENT_TYPES# noqa: E402
from geo.store.filters import Filters# noqa: E402

from conftest import synthetic_incidents  # noqa: E402

URI = os.environ.get("GEO_TEST_POSTGRES", "")

pytestmark = [
    pytest.mark.postgis,
    pytest.mark.skipif(
        not URI,
        reason="GEO_TEST_POSTGRES is not set: run "
        '`export GEO_TEST_POSTGRES="$(bash scripts/start_postgres.sh)"` to test the PostGIS store',
    ),
]


def _with_schema(uri: str, schema: str) -> str:
    return f"{uri}{'&' if '?' in uri else '?'}schema={schema}"


@pytest.fixture
def store_uri():
    """The URI of a store in a fresh schema of the test database, dropped afterwards."""
    schema = f"test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    yield _with_schema(URI, schema)
    with psycopg.connect(URI, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture
def store(store_uri):
    from geo.store.postgis import PostgisStore

    s = PostgisStore(store_uri)
    yield s
    s.close()


# --------------------------------------------------------------------------- data


def documents_of(layer, ingested_at=None) -> pd.DataFrame:
    """The documents table of a layer's incidents (every doc_id once, layer order)."""
    when = ingested_at or dt.datetime(2024, 7, 1, 12, 0, 5, tzinfo=dt.timezone.utc)
    ids = list(dict.fromkeys(d for d in layer["doc_id"] if d))
    return _conform_documents(pd.DataFrame([
        {"doc_id": d, "title": f"Report {d}", "date": "2024-06-30" if i % 2 else None,
         "source": f"feeds/{d}.txt", "n_incidents": int((layer["doc_id"] == d).sum()),
         "ingested_at": when}
        for i, d in enumerate(ids)
    ]))


def batch(prefix: str, n_docs: int, per_doc: int = 3, seed: int = 0):
    """``n_docs`` documents named ``<prefix>-<i>`` with ``per_doc`` incidents each."""
    from geo.incidents import Incident

    rng = np.random.default_rng(seed)
    incidents = []
    for i in range(n_docs):
        for k in range(per_doc):
            incidents.append(Incident(
                event_date=(dt.date(2024, 1, 1) + dt.timedelta(days=int(rng.integers(0, 180)))).isoformat(),
                event_type=EVENT_TYPES[int(rng.integers(0, 6))], sub_event_type="Armed clash",
                actor1=f"Militia {int(rng.integers(0, 5))}", country="Chad", location="Abeche",
                latitude=13.8 + k / 10, longitude=20.8, fatalities=int(rng.integers(0, 9)),
                evidence=f"Fighters of group {k} were reported near the market ({prefix} {i}).",
                doc_id=f"{prefix}-{i}", source=f"feeds/{prefix}-{i}.txt", title=f"Bulletin {prefix} {i}",
            ))
    layer = incidents_to_frame(incidents)
    return layer, documents_of(layer)


# Pools the synthetic layer draws from: padded and accented names, an actor on both
# sides, empty values, words that casefold differently from lower().
_ACTORS = ["Rapid Support Forces", "Sudanese Armed Forces", " Police Forces ", "Forces Armées",
           "Protesters (Sudan)", "Civilians (Sudan)", "", "Unidentified Armed Group"]
_COUNTRIES = ["Sudan", "Chad", "South Sudan", ""]
_ADMIN1 = ["Khartoum", "North Darfur", "Ouaddai", "", "Upper Nile"]
_WORDS = ["car bomb", "Car  Bomb", "drone strike", "STRASSE", "Straße", "market", "convoy",
          "shelling", "\"quoted\" words", "ambush at dawn", "İzmir road", "checkpoint"]
_SUBTYPES = ["Armed clash", "Attack", "Air/drone strike", "Peaceful protest", "Looting/property destruction"]


def synthetic_layer(n: int = 400, seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    start = dt.datetime(2024, 1, 1)
    rows = []
    for i in range(n):
        doc = f"doc{i // 4:03d}"
        undated = rng.random() < 0.08
        date = None if undated else start + dt.timedelta(days=int(rng.integers(0, 200)))
        if date is not None and rng.random() < 0.05:
            date += dt.timedelta(hours=13, minutes=30)  # a time of day: bounds stay by day
        a1 = _ACTORS[int(rng.integers(0, len(_ACTORS)))]
        a2 = a1.strip() if rng.random() < 0.07 else _ACTORS[int(rng.integers(0, len(_ACTORS)))]
        located = rng.random() > 0.15
        words = " ".join(rng.choice(_WORDS, size=2))
        rows.append({
            "event_id": f"{doc}-{i % 4}", "event_date": date,
            "event_type": (list(EVENT_TYPES) + ["", "Other"])[int(rng.integers(0, 8))],
            "sub_event_type": _SUBTYPES[int(rng.integers(0, len(_SUBTYPES)))],
            "actor1": a1, "actor2": a2, "assoc_actors": "Youth; Elders" if i % 9 == 0 else "",
            "country": _COUNTRIES[int(rng.integers(0, 4))], "admin1": _ADMIN1[int(rng.integers(0, 5))],
            "location": f"Place {i % 17}",
            "latitude": float(rng.uniform(5, 20)) if located else None,
            "longitude": float(rng.uniform(20, 35)) if located else None,
            "geo_precision": int(rng.integers(1, 4)), "time_precision": 1,
            "fatalities": int(rng.integers(0, 12)) if rng.random() < 0.7 else 0,
            "evidence": f"Witnesses described {words} near Place {i % 17}.",
            "doc_id": doc, "source": f"feeds/{doc}.txt", "title": f"Daily brief {doc}: {rng.choice(_WORDS)}",
        })
    frame = pd.DataFrame(rows)
    from geo.store.schema import points as _points
    import geopandas as gpd

    return _conform(gpd.GeoDataFrame(frame, geometry=_points(frame), crs="EPSG:4326"))


def correction(row, status: str, changes: dict | None = None, original: str | None = None) -> dict:
    return {
        "status": status, "changes": changes or {},
        "original": fingerprint(row) if original is None else original,
        "doc_id": row["doc_id"], "note": "checked against a second source", "reviewer": "analyst",
        "updated_at": "2024-07-02T08:00:00Z",
    }


def some_corrections(layer) -> dict[str, dict]:
    """Edits that move incidents into and out of views, a rejection, stale corrections
    (the incident was read differently since) and one for an incident not stored."""
    rows = {r["event_id"]: r for _, r in layer.iterrows()}
    ids = list(rows)
    latest = pd.to_datetime(layer["event_date"]).max().date().isoformat()
    return {
        ids[0]: correction(rows[ids[0]], "edited", {"event_date": latest, "actor1": "Rapid Support Forces"}),
        ids[1]: correction(rows[ids[1]], "edited", {"event_date": None}),
        ids[2]: correction(rows[ids[2]], "rejected"),
        ids[3]: correction(rows[ids[3]], "rejected", original="0123456789abcdef"),  # stale: kept
        ids[4]: correction(rows[ids[4]], "edited", {"event_type": "Riots"}, original="fedcba9876543210"),
        ids[5]: correction(rows[ids[5]], "accepted"),
        ids[6]: correction(rows[ids[6]], "edited", {"latitude": 12.5, "longitude": 30.25, "fatalities": 99,
                                                    "country": "Sudan", "admin1": "North Darfur"}),
        ids[7]: correction(rows[ids[7]], "edited", {"event_type": "", "sub_event_type": "Attack"}),
        "nowhere-0": {**correction(rows[ids[8]], "rejected"), "doc_id": "nowhere"},
    }


# --------------------------------------------------------------------------- round trip


def test_round_trip_keeps_columns_dtypes_and_values(store):
    layer = incidents_to_frame(synthetic_incidents())
    # Values a text format could mangle: tabs, newlines, backslashes, quotes, accents,
    # a time of day with microseconds, a huge count, missing coordinates.
    layer.loc[0, "evidence"] = 'Tab\there, "quotes", back\\slash,\nnew line and \\N and é ß 漢字'
    layer.loc[1, "event_date"] = pd.Timestamp("2024-04-05 23:59:59.123456")
    layer.loc[2, "fatalities"] = 2**40
    layer.loc[3, "title"] = ""
    documents = documents_of(layer)
    result = store.append(layer, documents)
    assert result.added_documents == ["d1", "d2", "d3"]
    assert result.skipped_documents == [] and result.incidents == len(layer)

    back = store.read_layer()
    pd.testing.assert_frame_equal(back, _conform(layer), check_exact=True)
    assert back.crs == layer.crs and back.geometry.isna().sum() == 1
    pd.testing.assert_frame_equal(store.read_documents(), documents, check_exact=True)
    assert store.known_documents() == {"d1", "d2", "d3"}
    assert store.known_documents(["d2", "d9"]) == {"d2"}

    # columns and limit: a subset, in the store's order, geometry last
    part = store.read_layer(columns=["actor1", "fatalities"], limit=4)
    assert list(part.columns) == ["actor1", "fatalities", "geometry"]
    pd.testing.assert_frame_equal(part, _conform(layer)[["actor1", "fatalities", "geometry"]].head(4))


def test_an_empty_store_reads_as_an_empty_layer(store):
    from geo.store.schema import empty_layer

    pd.testing.assert_frame_equal(store.read_layer(), empty_layer())
    assert store.read_documents().empty and store.count(Filters()) == 0
    assert store.date_range() == (None, None)
    assert store.timeline(Filters()).empty and store.top_actors(Filters()) == []


def test_nul_characters_become_replacement_characters(store):
    layer, documents = batch("nul", 1, per_doc=1)
    layer.loc[0, "evidence"] = "before\x00after"
    store.append(layer, documents)
    assert store.read_layer()["evidence"][0] == "before\ufffdafter"


# --------------------------------------------------------------------------- idempotence


def test_re_appending_adds_nothing_and_overlaps_add_only_the_new(store):
    layer, documents = batch("a", 4)
    first = store.append(layer, documents)
    assert first.added_documents == [f"a-{i}" for i in range(4)] and first.incidents == 12
    again = store.append(layer, documents)
    assert (again.added_documents, again.incidents) == ([], 0)
    assert again.skipped_documents == [f"a-{i}" for i in range(4)]

    more, more_docs = batch("b", 2, seed=1)
    mixed = store.append(pd.concat([layer, more], ignore_index=True), pd.concat([documents, more_docs]))
    assert mixed.added_documents == ["b-0", "b-1"] and mixed.incidents == 6
    assert store.count(Filters()) == 18 and len(store.read_documents()) == 6
    # a batch naming a document twice stores it once
    twice, twice_docs = batch("c", 1)
    result = store.append(twice, pd.concat([twice_docs, twice_docs]))
    assert result.added_documents == ["c-0"] and result.incidents == 3


def test_incidents_without_a_document_row_still_append_once(store):
    layer, _ = batch("orphan", 2)
    result = store.append(layer, _conform_documents(pd.DataFrame()))
    assert result.added_documents == ["orphan-0", "orphan-1"] and result.incidents == 6
    made = store.read_documents()
    assert made["doc_id"].tolist() == ["orphan-0", "orphan-1"]
    assert made["n_incidents"].tolist() == [3, 3] and made["title"][0] == "Bulletin orphan 0"
    assert store.append(layer, _conform_documents(pd.DataFrame())).incidents == 0
    # no doc_id at all: nothing to recognise it by, so it is added (never dropped)
    loose = layer.head(1).assign(doc_id="", event_id="loose-0")
    assert store.append(loose, _conform_documents(pd.DataFrame())).incidents == 1
    assert "" not in store.known_documents()


def test_a_document_with_no_incident_is_remembered(store):
    layer, documents = batch("quiet", 1)
    result = store.append(layer.iloc[0:0], documents.assign(n_incidents=0))
    assert result.added_documents == ["quiet-0"] and result.incidents == 0
    assert store.append(layer, documents).incidents == 0  # already ingested, as nothing


# --------------------------------------------------------------------------- concurrency


def _appender(uri, who, trials, barrier, results):
    from geo.store.postgis import PostgisStore

    store = PostgisStore(uri)
    try:
        for trial in range(trials):
            own, own_docs = batch(f"{who}{trial}", 4, per_doc=2, seed=trial)
            shared, shared_docs = batch(f"shared{trial}", 1, per_doc=2, seed=100 + trial)
            layer = pd.concat([own, shared], ignore_index=True)
            docs = pd.concat([own_docs, shared_docs], ignore_index=True)
            barrier.wait(timeout=60)
            r = store.append(layer, docs)
            results.put((who, trial, r.added_documents, r.skipped_documents, r.incidents))
    finally:
        store.close()


def _reviewer(uri, trials, targets, barrier, results):
    from geo.store.postgis import PostgisStore

    store = PostgisStore(uri)
    try:
        for trial in range(trials):
            barrier.wait(timeout=60)
            event_id, record = targets[trial]
            store.save_corrections({event_id: record})
            results.put(("reviewer", trial, [event_id], [], 0))
    finally:
        store.close()


def _run(workers):
    """Run the workers in processes of their own, each trial starting together; their
    results (who, trial, added, skipped, incidents)."""
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(len(workers)), ctx.Queue()
    procs = [ctx.Process(target=fn, args=(*args, barrier, results)) for fn, args in workers]
    for p in procs:
        p.start()
    out = []
    deadline = time.monotonic() + 120
    while any(p.is_alive() for p in procs) or not results.empty():
        try:
            out.append(results.get(timeout=0.2))
        except Exception:
            if time.monotonic() > deadline:
                break
    for p in procs:
        p.join(timeout=10)
        assert p.exitcode == 0, f"a writer process failed (exit code {p.exitcode})"
    return out


TRIALS = 20


def test_two_concurrent_appenders_keep_everything_and_duplicate_nothing(store_uri):
    """Two processes append at the same moment, 20 times, on a store neither has opened
    before: their own documents (all kept) and one document both have (stored once)."""
    from geo.store.postgis import PostgisStore

    out = _run([(_appender, (store_uri, "x", TRIALS)), (_appender, (store_uri, "y", TRIALS))])
    assert len(out) == 2 * TRIALS
    with PostgisStore(store_uri) as store:
        docs = store.read_documents()
        layer = store.read_layer(apply_corrections=False)
    expected = {f"{w}{t}-{i}" for w in "xy" for t in range(TRIALS) for i in range(4)}
    expected |= {f"shared{t}-0" for t in range(TRIALS)}
    assert set(docs["doc_id"]) == expected and docs["doc_id"].is_unique
    assert len(layer) == 2 * len(expected) and layer["event_id"].is_unique
    for trial in range(TRIALS):
        adders = [who for who, t, added, _, _ in out if t == trial and f"shared{trial}-0" in added]
        assert len(adders) == 1, f"trial {trial}: the shared document was added by {adders}"
    assert sum(r[4] for r in out) == len(layer)


def test_an_appender_and_a_reviewer_at_once_lose_nothing(store_uri):
    from geo.store.postgis import PostgisStore

    base, base_docs = batch("base", TRIALS, per_doc=1)
    with PostgisStore(store_uri) as store:
        store.append(base, base_docs)
    targets = [
        (row["event_id"], correction(row, "edited", {"fatalities": 40 + i}))
        for i, (_, row) in enumerate(base.iterrows())
    ]
    out = _run([(_appender, (store_uri, "w", TRIALS)), (_reviewer, (store_uri, TRIALS, targets))])
    assert len(out) == 2 * TRIALS
    with PostgisStore(store_uri) as store:
        docs = set(store.read_documents()["doc_id"])
        saved = store.load_corrections()
        layer = store.read_layer()
    assert {f"w{t}-{i}" for t in range(TRIALS) for i in range(4)} <= docs
    assert set(saved) == {event_id for event_id, _ in targets}
    fatalities = dict(zip(layer["event_id"], layer["fatalities"]))
    assert all(fatalities[e] == r["changes"]["fatalities"] for e, r in targets)


def test_a_writer_waiting_for_the_same_document_says_so_and_can_give_up(store):
    from geo.store.base import StoreBusy
    from geo.store.postgis import APPLICATION_NAME

    layer, documents = batch("contested", 1)
    store.append(*batch("warmup", 1))  # the tables exist
    other = psycopg.connect(store.uri.split("?")[0], application_name=APPLICATION_NAME)
    other.execute(f'INSERT INTO "{store.schema}".documents (doc_id) VALUES (%s)', ("contested-0",))
    try:
        messages: list[str] = []
        started = time.monotonic()
        with pytest.raises(StoreBusy):
            store.append(layer, documents, timeout=0.6, on_wait=messages.append)
        assert 0.5 <= time.monotonic() - started < 5
        assert len(messages) == 1 and "waiting for" in messages[0]
        assert f"pid {other.info.backend_pid}" in messages[0]

        # The other writer gives up after a while: the waiting one then commits it.
        threading.Timer(0.8, other.rollback).start()
        messages.clear()
        result = store.append(layer, documents, on_wait=messages.append)
        assert result.added_documents == ["contested-0"] and len(messages) == 1
        # A lock on the whole table (a migration, VACUUM FULL) is waited for as long.
        other.execute(f'LOCK TABLE "{store.schema}".incidents IN ACCESS EXCLUSIVE MODE')
        with pytest.raises(StoreBusy):
            store.append(*batch("late", 1), timeout=0.4)
        other.rollback()
    finally:
        other.close()
    assert store.count(Filters()) == 6
    assert "late-0" not in store.known_documents()  # the failed append left nothing


def test_one_store_shared_by_threads(store):
    """The dashboard serves several sessions from one store object (one connection)."""
    store.append(*batch("t", 5))
    errors, counts = [], []

    def read():
        try:
            for _ in range(10):
                counts.append(store.count(Filters(countries=["Chad"])))
                store.page(Filters(), limit=5)
        except Exception as exc:  # reported below
            errors.append(exc)

    def write():
        try:
            for i in range(5):
                store.append(*batch(f"t{i}x", 1))
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(3)] + [threading.Thread(target=write)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(counts) == 30 and all(15 <= n <= 30 and n % 3 == 0 for n in counts)
    assert store.count(Filters()) == 30


# --------------------------------------------------------------------------- corrections


def test_corrections_round_trip_and_delete(store):
    layer = synthetic_layer(40)
    store.append(layer, documents_of(layer))
    saved = some_corrections(layer)
    store.save_corrections(saved)
    assert store.load_corrections() == {k: saved[k] for k in sorted(saved)}
    first = next(iter(saved))
    store.save_corrections({first: None})
    assert first not in store.load_corrections() and len(store.load_corrections()) == len(saved) - 1
    with pytest.raises(ValueError):
        store.save_corrections({"doc000-1": None, "doc000-0": {"status": "maybe"}})
    assert "doc000-1" in store.load_corrections()  # the failed save changed nothing
    with pytest.raises(ValueError):
        store.save_corrections({"doc000-0": {"status": "edited", "changes": {"latitude": 95, "longitude": 1}}})


def test_reading_applies_corrections_as_geo_review_does(store):
    layer = synthetic_layer(60)
    store.append(layer, documents_of(layer))
    corrections = some_corrections(layer)
    store.save_corrections(corrections)
    expected = apply_corrections(layer, corrections)
    pd.testing.assert_frame_equal(store.read_layer(), expected, check_exact=True)
    assert "review_status" not in store.read_layer(apply_corrections=False).columns
    pd.testing.assert_frame_equal(store.read_layer(apply_corrections=False), layer, check_exact=True)
    # the stale rejection is kept, the fresh one dropped
    ids = list(corrections)
    assert ids[2] not in set(store.read_layer()["event_id"]) and ids[3] in set(store.read_layer()["event_id"])


# --------------------------------------------------------------------------- queries


def _filter_cases(layer, n_random: int = 40) -> list[Filters]:
    dates = pd.to_datetime(layer["event_date"]).dropna()
    lo, hi = dates.min().date(), dates.max().date()
    mid = lo + (hi - lo) / 2
    cases = [
        Filters(),
        *[Filters(period=p) for p in ("7d", "30d", "90d")],
        *[Filters(period=p, include_undated=True) for p in ("7d", "30d", "90d")],
        Filters(date_from=mid), Filters(date_to=mid), Filters(date_from=mid, date_to=mid),
        Filters(date_from=mid, include_undated=True), Filters(date_from=hi + dt.timedelta(days=5)),
        Filters(date_from=dt.date(1, 1, 1), date_to=dt.date(9999, 12, 31)),
        Filters(actors=["Rapid Support Forces"]), Filters(actors=["Police Forces"]),
        Filters(actors=[" Police Forces "]), Filters(actors=["Forces Armées", "Civilians (Sudan)"]),
        Filters(event_types=["Battles", "Riots"]), Filters(sub_event_types=["Attack"]),
        Filters(countries=["Sudan"]), Filters(admin1=["North Darfur", "Upper Nile"]),
        Filters(min_fatalities=5), Filters(min_fatalities=99), Filters(text="car bomb"),
        Filters(text='"car bomb"'), Filters(text='"car  bomb"'), Filters(text="strasse"),
        Filters(text="Straße"), Filters(text="izmir"), Filters(text="i̇zmir"), Filters(text='"quoted" dawn'),
        Filters(text='market "drone strike" brief'), Filters(text="doc001"), Filters(text='"'),
        # the map's bounds: the edges included (an edited incident's new point), across
        # the antimeridian (lon >= 30 or <= 25), a wrapped world's longitudes
        Filters(bbox=(22, 8, 30, 15)), Filters(bbox=(30.25, 12.5, 30.25, 12.5)),
        Filters(bbox=(30, -90, 25, 90)), Filters(bbox=(-338, 8, -330, 15), event_types=["Battles"]),
    ]
    rng = np.random.default_rng(3)
    pick = lambda pool, k: list(rng.choice(pool, size=int(rng.integers(1, k + 1)), replace=False))  # noqa: E731
    for _ in range(n_random):
        kwargs = {}
        if rng.random() < 0.5:
            kwargs["period"] = str(rng.choice(["all", "7d", "30d", "90d", "custom"]))
            if kwargs["period"] == "custom":
                a = lo + dt.timedelta(days=int(rng.integers(-10, 200)))
                kwargs.update(date_from=a, date_to=a + dt.timedelta(days=int(rng.integers(0, 90))))
            kwargs["include_undated"] = bool(rng.random() < 0.5)
        if rng.random() < 0.4:
            kwargs["actors"] = pick([a for a in _ACTORS if a.strip()], 3)
        if rng.random() < 0.4:
            kwargs["event_types"] = pick(list(EVENT_TYPES) + ["Other"], 3)
        if rng.random() < 0.25:
            kwargs["sub_event_types"] = pick(_SUBTYPES, 2)
        if rng.random() < 0.3:
            kwargs["countries"] = pick([c for c in _COUNTRIES if c], 2)
        if rng.random() < 0.25:
            kwargs["admin1"] = pick([a for a in _ADMIN1 if a], 2)
        if rng.random() < 0.3:
            kwargs["min_fatalities"] = int(rng.integers(0, 10))
        if rng.random() < 0.3:
            kwargs["text"] = " ".join(pick(["car", "bomb", "market", '"drone strike"', "straße", "place 1"], 2))
        if rng.random() < 0.2:
            west, south = float(rng.uniform(18, 34)), float(rng.uniform(3, 19))
            kwargs["bbox"] = (west, south, west + float(rng.choice([0.5, 4, 12])), south + float(rng.choice([0.5, 4, 12])))
        cases.append(Filters(**kwargs))
    return cases


@pytest.fixture(params=["corrected", "as extracted"])
def corrected_store(store, request):
    """A store of 400 synthetic incidents, with corrections or without (the store
    then reads the table alone), and the pandas reference of what it holds."""
    layer = synthetic_layer(400)
    # two batches: the store's order is the order of appending
    half = layer["doc_id"] < "doc050"
    store.append(layer[half], documents_of(layer[half]))
    store.append(layer[~half], documents_of(layer[~half]))
    if request.param == "as extracted":
        return store, layer
    corrections = some_corrections(layer)
    store.save_corrections(corrections)
    return store, apply_corrections(layer, corrections)


def test_view_queries_match_the_pandas_reference(corrected_store):
    store, reference = corrected_store
    cases = _filter_cases(reference)
    nonempty = 0
    for k, filters in enumerate(cases):
        shown = store_filters.apply_filters(reference, filters)
        nonempty += bool(len(shown))
        context = f"filters: {filters}"
        assert store.count(filters) == len(shown), context
        pd.testing.assert_frame_equal(store.read_layer(filters), shown.reset_index(drop=True),
                                      check_exact=True, obj=context)
        assert store.top_actors(filters, n=5) == store_views.actor_counts(shown)[:5], context
        if k % 3:  # the summaries on a third of the cases: the pandas side is slow
            continue
        assert store.value_counts(filters, "country") == store_views.value_counts(shown, "country"), context
        assert store.value_counts(filters, "actor2") == store_views.value_counts(shown, "actor2"), context
        freq = "D" if k % 2 else "W"
        pd.testing.assert_frame_equal(store.timeline(filters, freq), store_views.timeline(shown, freq),
                                      check_exact=True, obj=f"{context} {freq}")
    # the cases are worth something: most select some incidents, not all of them
    assert nonempty > len(cases) * 0.6
    assert sum(store.count(f) < len(reference) for f in cases) > len(cases) * 0.6


def test_kpis_grid_and_documents_filter_match_the_pandas_reference(corrected_store):
    store, reference = corrected_store
    for filters in _filter_cases(reference)[:12]:
        shown = store_filters.apply_filters(reference, filters)
        assert store.kpis(filters) == store_views.kpis(shown), filters
        grid = store.grid(filters, 2.0)
        located = shown[shown["latitude"].notna() & shown["longitude"].notna()]
        want = located.groupby([np.floor(located["latitude"] / 2.0).astype(int),
                                np.floor(located["longitude"] / 2.0).astype(int)])["fatalities"].agg(["size", "sum"])
        got = grid.set_index(["y", "x"])[["incidents", "fatalities"]]
        assert sorted(map(tuple, got.reset_index().to_numpy().tolist())) == \
            sorted(map(tuple, want.reset_index().to_numpy().tolist())), filters
    docs = sorted(set(reference["doc_id"]))[:3]
    shown = store_filters.apply_filters(reference, Filters(documents=docs))
    assert 0 < len(shown) < len(reference)
    pd.testing.assert_frame_equal(store.read_layer(Filters(documents=docs)), shown.reset_index(drop=True))


def test_the_version_changes_with_every_commit(store):
    seen = {store.version()}
    layer = synthetic_layer(20)
    store.append(layer, documents_of(layer))
    seen.add(store.version())
    store.save_corrections({layer["event_id"].iloc[0]: {"status": "accepted", "changes": {}}})
    seen.add(store.version())
    store.save_corrections({layer["event_id"].iloc[0]: {"status": "rejected", "changes": {}}})
    seen.add(store.version())
    assert len(seen) == 4


def test_pages_follow_the_incident_table_order(corrected_store):
    store, reference = corrected_store
    columns = [c for c in reference.columns if c != "geometry"]
    for filters in (Filters(), Filters(period="90d", include_undated=True), Filters(text="market")):
        shown = store_filters.apply_filters(reference, filters)
        table = store_views.incident_table(shown, columns)
        for offset, limit in ((0, 10_000), (0, 7), (13, 25), (len(shown) - 3, 10)):
            got = store.page(filters, offset=offset, limit=limit)
            want = table.iloc[offset:offset + limit].reset_index(drop=True)
            pd.testing.assert_frame_equal(pd.DataFrame(got[columns]), want, check_exact=True)
        for order, keys, ascending in (("fatalities DESC", ["fatalities"], [False]),
                                       ("actor1, event_id desc", ["actor1", "event_id"], [True, False])):
            got = store.page(filters, order_by=order)
            want = shown.sort_values(keys, ascending=ascending, kind="stable", na_position="last")
            assert got["event_id"].tolist() == want["event_id"].tolist(), order
    with pytest.raises(ValueError):
        store.page(Filters(), order_by="fatalities; DROP TABLE incidents")


def test_value_counts_of_a_number_and_bad_columns(corrected_store):
    store, reference = corrected_store
    assert store.value_counts(Filters(), "fatalities") == store_views.value_counts(reference, "fatalities")
    with pytest.raises(ValueError):
        store.value_counts(Filters(), "latitude")


def test_date_range_and_info(corrected_store):
    store, reference = corrected_store
    lo, hi = store_filters.data_date_range(reference)
    assert store.date_range() == (lo, hi)
    info = store.info()
    assert info["backend"] == "postgis" and info["partitions"] == 1
    assert info["documents"] == reference["doc_id"].nunique()
    assert info["incidents"] == 400 and info["corrections"] == len(store.load_corrections())
    assert info["corrections"] in (0, 9)
    assert (info["date_from"], info["date_to"]) == (lo.isoformat(), hi.isoformat())
    assert "geo:geo@" not in info["uri"] or ":***@" in info["uri"]
    with psycopg.connect(URI) as conn:
        tables = [f'"{store.schema}".{t}' for t in ("geo_meta", "incidents", "documents", "corrections")]
        size = sum(conn.execute("SELECT pg_total_relation_size(%s::regclass)", (t,)).fetchone()[0] for t in tables)
    assert info["bytes"] == size > 0
    before = info["bytes"]
    store.append(*batch("more", 50, per_doc=4))
    assert store.info()["bytes"] > before and store.info()["incidents"] == 600
    store.compact()  # VACUUM runs outside a transaction and leaves the data alone
    assert store.count(Filters()) == len(reference) + 200


# --------------------------------------------------------------------------- schema


def test_the_schema_is_made_once_and_versioned(store_uri):
    from geo.store.postgis import PostgisStore
    from geo.store.postgis_schema import SCHEMA_VERSION

    with PostgisStore(store_uri) as first:
        first.append(*batch("s", 1))
    with PostgisStore(store_uri) as second:  # opens the existing tables, keeps the data
        assert second.count(Filters()) == 3 and second.info()["schema_version"] == SCHEMA_VERSION
        schema = second.schema
    with psycopg.connect(URI, autocommit=True) as conn:
        conn.execute(f"UPDATE \"{schema}\".geo_meta SET value = %s WHERE key = 'schema_version'",
                     (str(SCHEMA_VERSION + 1),))
    with pytest.raises(RuntimeError, match="schema version"):
        PostgisStore(store_uri).count(Filters())


def test_uri_schema_and_password_handling():
    from geo.store.postgis import masked, split_uri

    assert split_uri("postgresql://u:p@h:5/db?schema=s1&sslmode=disable") == (
        "postgresql://u:p@h:5/db?sslmode=disable", "s1")
    assert split_uri("postgresql://h/db") == ("postgresql://h/db", None)
    assert masked("postgresql://u:secret@h/db") == "postgresql://u:***@h/db"
    assert masked("postgresql://h/db") == "postgresql://h/db"
