"""geo.store.query through the folder store: the same answers as the pandas reference
(geo.store.filters over geo.store.corrections.apply_corrections) on the same synthetic layer."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

from geo.store import filters as store_filters
from geo.store import views as store_views
from geo import taxonomy
from geo.store.schema import CRS, conform as _conform, points as _points
from geo.store.corrections import apply_corrections, fingerprint
from geo.store.folder import FolderStore
from geo.store.filters import Filters

# Vocabulary of the synthetic reports: ASCII and not (casefold differs from lower for
# "ß", the "ﬁ" ligature, final sigma, dotted I), phrases, case variants of names.
EVENT_TYPES = [*taxonomy.EVENT_TYPES, ""]
SUB_TYPES = ["Armed clash", "Attack", "Air/drone strike", "Peaceful protest", "Mob violence", ""]
ACTORS = [
    "Rapid Support Forces", "Sudanese Armed Forces", "Police Forces of Kenya", "police",
    "Police", " Police ", "Protesters (Kenya)", "Al-Shabaab", "Straße Militia", "",
]
COUNTRIES = ["Sudan", "Kenya", "Somalia", "sudan"]
ADMIN1 = ["Khartoum", "Nairobi", "Banadir", "North Darfur", ""]
WORDS = [
    "clash", "drone", "market", "road", "convoy", "Police", "protest", "village", "Straße",
    "STRASSE", "ﬁre", "fire", "ΟΔΟΣ", "οδος", "İstanbul", "Café", "CAFÉ", "naïve", "checkpoint",
]
PHRASES = ["car bomb", "Car  Bomb", "armed men", "ARMED men"]
START = dt.date(2024, 1, 1)


def synthetic_batch(rng: random.Random, doc_ids: list[str], span_days: int = 120,
                    per_doc: tuple[int, int] = (0, 5)) -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    """Incidents (layer schema) and documents rows for ``doc_ids``: random but seeded."""
    rows, docs = [], []
    for doc in doc_ids:
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.2:
            title += " " + rng.choice(PHRASES)
        n = rng.randint(*per_doc)
        for rank in range(n):
            if rng.random() < 0.08:
                when = None
            else:
                when = dt.datetime.combine(START + dt.timedelta(days=rng.randint(0, span_days)), dt.time())
                if rng.random() < 0.1:
                    when += dt.timedelta(hours=13, minutes=30)
            words = [rng.choice(WORDS) for _ in range(rng.randint(2, 8))]
            if rng.random() < 0.3:
                words.insert(rng.randint(0, len(words)), rng.choice(PHRASES))
            located = rng.random() > 0.1
            rows.append({
                "event_id": f"{doc}-{rank}",
                "event_date": when,
                "event_type": rng.choice(EVENT_TYPES),
                "sub_event_type": rng.choice(SUB_TYPES),
                "actor1": rng.choice(ACTORS),
                "actor2": rng.choice(ACTORS),
                "assoc_actors": "",
                "country": rng.choice(COUNTRIES),
                "admin1": rng.choice(ADMIN1),
                "location": rng.choice(["Omdurman", "Garissa", "", "Baidoa"]),
                "latitude": rng.uniform(-5, 20) if located else None,
                "longitude": rng.uniform(25, 45) if located else None,
                "geo_precision": rng.randint(1, 3),
                "time_precision": rng.randint(1, 3),
                "fatalities": rng.choice([0, 0, 0, 1, 2, 3, 5, 8, 13, 40]),
                "evidence": " ".join(words) + ".",
                "doc_id": doc,
                "source": f"synthetic/{doc}.txt",
                "title": title,
            })
        docs.append({"doc_id": doc, "title": title, "date": None, "source": f"synthetic/{doc}.txt",
                     "n_incidents": n, "ingested_at": dt.datetime(2024, 6, 1, tzinfo=dt.timezone.utc)})
    frame = pd.DataFrame(rows, columns=[
        "event_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "assoc_actors",
        "country", "admin1", "location", "latitude", "longitude", "geo_precision", "time_precision",
        "fatalities", "evidence", "doc_id", "source", "title",
    ])
    layer = _conform(gpd.GeoDataFrame(frame, geometry=_points(frame), crs=CRS))
    return layer, pd.DataFrame(docs)


def some_corrections(rng: random.Random, layer: pd.DataFrame, n: int = 40) -> dict[str, dict]:
    """Edits, rejections, acceptances and stale records on random incidents of ``layer``."""
    out = {}
    kinds = itertools.cycle(["type", "date", "undate", "actor", "move", "reject", "accept", "stale", "fatal"])
    for i, kind in zip(rng.sample(range(len(layer)), n), kinds):
        row = layer.iloc[i]
        changes = {
            "type": {"event_type": rng.choice(taxonomy.EVENT_TYPES)},
            "date": {"event_date": (START + dt.timedelta(days=rng.randint(0, 150))).isoformat()},
            "undate": {"event_date": None},
            "actor": {"actor1": rng.choice(["Straße Militia", "New Armed Group", ""])},
            "move": {"latitude": 1.5, "longitude": 33.25, "country": "Kenya"},
            "fatal": {"fatalities": rng.choice([0, 50])},
        }.get(kind, {})
        status = "rejected" if kind == "reject" else ("accepted" if kind == "accept" else "edited")
        original = "0000000000000000" if kind == "stale" else fingerprint(row)
        out[row["event_id"]] = {"status": status, "changes": changes, "original": original,
                                "doc_id": row["doc_id"], "note": "", "reviewer": "test"}
    out["nowhere-0"] = {"status": "rejected", "changes": {}, "original": "", "doc_id": "nowhere"}
    return out


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A store built by three appends with corrections saved, and the pandas reference."""
    rng = random.Random(20240601)
    store = FolderStore(tmp_path_factory.mktemp("store") / "s")
    layers = []
    for batch in range(3):
        layer, docs = synthetic_batch(rng, [f"doc{batch}x{i}" for i in range(40)])
        store.append(layer, docs)
        layers.append(layer)
    raw = pd.concat(layers, ignore_index=True)
    corrections = some_corrections(rng, raw)
    store.save_corrections(corrections)
    reference = apply_corrections(raw, corrections).reset_index(drop=True)
    yield store, raw, reference
    store.close()


def random_filters(rng: random.Random, n: int) -> list[Filters]:
    out = []
    for _ in range(n):
        kw: dict = {}
        period = rng.choice(["all", "all", "7d", "30d", "90d", "custom"])
        kw["period"] = period
        if period == "custom":
            days = sorted(rng.sample(range(-5, 160), 2))
            lo, hi = (START + dt.timedelta(days=d) for d in days)
            kw["date_from"] = lo if rng.random() < 0.8 else None
            kw["date_to"] = hi if rng.random() < 0.8 else None
        kw["include_undated"] = rng.random() < 0.4
        if rng.random() < 0.4:
            kw["actors"] = rng.sample([a for a in ACTORS if a.strip()] + ["Nobody"], rng.randint(1, 3))
        if rng.random() < 0.3:
            kw["event_types"] = rng.sample(taxonomy.EVENT_TYPES, rng.randint(1, 3))
        if rng.random() < 0.2:
            kw["sub_event_types"] = rng.sample(SUB_TYPES[:-1], 2)
        if rng.random() < 0.3:
            kw["countries"] = rng.sample(COUNTRIES, rng.randint(1, 2))
        if rng.random() < 0.2:
            kw["admin1"] = rng.sample(ADMIN1[:-1], 2)
        if rng.random() < 0.3:
            kw["min_fatalities"] = rng.choice([1, 3, 13])
        if rng.random() < 0.25:
            west, south = rng.uniform(20, 44), rng.uniform(-8, 19)
            kw["bbox"] = (west, south, west + rng.choice([0.5, 3, 12]), south + rng.choice([0.5, 4, 15]))
        if rng.random() < 0.4:
            terms = rng.sample(WORDS, rng.randint(1, 2))
            if rng.random() < 0.4:
                terms.append(f'"{rng.choice(PHRASES)}"')
            kw["text"] = " ".join(t.upper() if rng.random() < 0.3 else t for t in terms)
        out.append(Filters(**kw))
    return out


CASES = [
    Filters(),
    Filters(period="7d"),
    Filters(period="30d", include_undated=True),
    Filters(date_from=START + dt.timedelta(days=10)),
    Filters(date_to=START + dt.timedelta(days=10), include_undated=True),
    Filters(text="strasse"),  # casefold: finds "Straße"
    Filters(text="fire"),  # ... and the "ﬁ" ligature
    Filters(text="οδοσ"),  # ... and a final sigma
    Filters(text="i̇stanbul"),
    Filters(text='"car bomb"'),
    Filters(text='"armed men" ROAD'),
    Filters(text="café naïve"),
    Filters(actors=["Police", "Straße Militia"]),
    Filters(countries=["sudan"]),
    Filters(min_fatalities=50),
    Filters(bbox=(30, 0, 40, 10)),  # the map's bounds: located incidents inside only
    Filters(bbox=(33.25, 1.5, 33.25, 1.5)),  # edges included: the moved incident's point
    Filters(bbox=(40, -90, 30, 90)),  # west > east: across the antimeridian (lon >= 40 or <= 30)
    Filters(bbox=(-330, 0, -320, 10)),  # a wrapped world's longitudes: (30, 0, 40, 10)
    Filters(bbox=(30, 0, 40, 10), countries=["Sudan"], period="90d"),
    *random_filters(random.Random(7), 60),
]


def _same_layer(got: pd.DataFrame, want: pd.DataFrame) -> None:
    want = want.reset_index(drop=True)
    assert list(got.columns) == list(want.columns)
    pd.testing.assert_frame_equal(
        pd.DataFrame(got.drop(columns="geometry")), pd.DataFrame(want.drop(columns="geometry")), check_dtype=True
    )
    assert got.geometry.geom_equals(want.geometry).where(~want.geometry.isna(), True).all()
    assert (got.geometry.isna() == want.geometry.isna()).all()


def test_the_world_has_what_the_filters_need(world):
    store, raw, reference = world
    assert len(reference) < len(raw)  # rejections left out
    assert set(reference["review_status"]) >= {"", "edited", "accepted"}
    assert reference["event_date"].isna().any()
    assert reference["title"].str.contains("ß").any() and reference["evidence"].str.contains("ﬁ").any()


@pytest.mark.parametrize("filters", CASES, ids=[f"f{i}" for i in range(len(CASES))])
def test_filters_keep_what_apply_filters_keeps(world, filters):
    store, _, reference = world
    want = store_filters.apply_filters(reference, filters)
    assert store.count(filters) == len(want)
    _same_layer(store.read_layer(filters), want)


def test_every_case_is_exercised(world):
    """The cases are not vacuous: many keep some incidents and many leave some out."""
    store, _, reference = world
    sizes = [store.count(f) for f in CASES]
    assert sum(0 < s < len(reference) for s in sizes) > len(CASES) / 2
    assert store.count(Filters(text="strasse")) == len(store_filters.apply_filters(reference, Filters(text="straße"))) > 0


def test_summaries_equal_the_pandas_ones(world):
    store, _, reference = world
    for filters in CASES[:16]:
        want = store_filters.apply_filters(reference, filters)
        assert store.top_actors(filters, n=5) == store_views.actor_counts(want)[:5]
        for column in ("event_type", "sub_event_type", "country", "admin1", "actor1", "review_status"):
            assert store.value_counts(filters, column) == store_views.value_counts(want, column)
        for freq in ("D", "W"):
            got, expected = store.timeline(filters, freq), store_views.timeline(want, freq)
            if expected.empty:
                assert got.empty
            else:
                pd.testing.assert_frame_equal(got, expected, check_dtype=False)
                assert got["period"].tolist() == expected["period"].tolist()


def test_pages_are_the_incident_table(world):
    store, _, reference = world
    for filters in (Filters(), Filters(period="30d", include_undated=True), Filters(text="police")):
        want = store_views.incident_table(store_filters.apply_filters(reference, filters), ["event_id"])["event_id"].tolist()
        got = []
        for offset in itertools.count(0, 37):
            page = store.page(filters, offset=offset, limit=37)
            got += page["event_id"].tolist()
            if len(page) < 37:
                break
        assert got == want
    by_fatalities = store.page(Filters(), order_by="fatalities DESC, event_id", limit=5)
    expected = reference.sort_values(["fatalities", "event_id"], ascending=[False, True], kind="stable").head(5)
    assert by_fatalities["event_id"].tolist() == expected["event_id"].tolist()
    with pytest.raises(ValueError):
        store.page(Filters(), order_by="event_date; DROP TABLE x")


def test_date_range_and_presets_follow_the_corrected_layer(world):
    store, _, reference = world
    assert store.date_range() == store_filters.data_date_range(reference)
    lo, hi = store.date_range()
    assert Filters(period="7d").date_range(reference) == (hi - dt.timedelta(days=6), hi)


def test_raw_layer_is_the_layer_as_extracted(world):
    store, raw, _ = world
    got = store.read_layer(apply_corrections=False)
    _same_layer(got, raw)
    assert "review_status" not in got


def test_columns_and_limit(world):
    store, _, reference = world
    got = store.read_layer(Filters(countries=["Kenya"]), columns=["event_id", "country"], limit=7)
    want = store_filters.apply_filters(reference, Filters(countries=["Kenya"])).head(7)
    assert list(got.columns) == ["event_id", "country", "geometry"]
    assert got["event_id"].tolist() == want["event_id"].tolist()
    with pytest.raises(ValueError):
        store.read_layer(columns=["nope"])
    with pytest.raises(ValueError):
        store.value_counts(Filters(), "fatalities")


def test_a_store_without_corrections_or_incidents(tmp_path):
    store = FolderStore(tmp_path / "empty")
    assert store.count(Filters()) == 0
    assert store.date_range() == (None, None)
    assert store.timeline(Filters()).empty
    assert store.top_actors(Filters()) == [] and store.value_counts(Filters(), "country") == []
    assert len(store.read_layer()) == 0 and list(store.read_layer().columns)[-2:] == ["review_status", "geometry"]
    layer, docs = synthetic_batch(random.Random(3), [f"d{i}" for i in range(30)])
    store.append(layer, docs)
    want = store_filters.apply_filters(layer, Filters(period="30d"))
    got = store.read_layer(Filters(period="30d"))
    assert (got["review_status"] == "").all()
    _same_layer(got.drop(columns="review_status"), want)
    assert np.array_equal(store.read_layer().geometry.isna(), layer.geometry.isna())


def _grid_reference(shown: pd.DataFrame, cell: float) -> dict:
    """(y, x) -> (incidents, fatalities) of the located incidents, binned in pandas."""
    located = shown[shown["latitude"].notna() & shown["longitude"].notna()]
    keys = zip(np.floor(located["latitude"] / cell).astype(int), np.floor(located["longitude"] / cell).astype(int))
    out: dict = {}
    for key, fat in zip(keys, located["fatalities"]):
        n, f = out.get(key, (0, 0))
        out[key] = (n + 1, f + int(fat))
    return out


def test_kpis_grid_and_documents_filter_equal_the_pandas_ones(world):
    store, _, reference = world
    for filters in CASES[:16]:
        want = store_filters.apply_filters(reference, filters)
        assert store.kpis(filters) == store_views.kpis(want), filters
        grid = store.grid(filters, 2.0)
        got = {(int(y), int(x)): (int(n), int(f)) for y, x, n, f in
               zip(grid["y"], grid["x"], grid["incidents"], grid["fatalities"])}
        assert got == _grid_reference(want, 2.0), filters
        assert grid["incidents"].sum() == store_views.kpis(want)["located"]
    docs = sorted(set(reference["doc_id"]))[:3]
    want = store_filters.apply_filters(reference, Filters(documents=docs))
    assert 0 < len(want) < len(reference)
    _same_layer(store.read_layer(Filters(documents=docs)), want)
    assert Filters(documents=docs).to_query() == {}  # not part of a shared view


def test_the_version_changes_with_every_commit(tmp_path):
    store = FolderStore(tmp_path / "s")
    seen = {store.version()}
    layer, docs = synthetic_batch(random.Random(3), ["v1", "v2"], per_doc=(2, 3))
    store.append(layer, docs)
    seen.add(store.version())
    store.save_corrections({layer["event_id"].iloc[0]: {"status": "accepted", "changes": {}}})
    seen.add(store.version())
    assert len(seen) == 3
    store.close()


def test_a_bbox_is_normalised_and_checked():
    assert Filters(bbox=[-330, 0, -320, 10]).bbox == (30.0, 0.0, 40.0, 10.0)
    assert Filters(bbox=(170, -5, 190, 5)).bbox == (170.0, -5.0, -170.0, 5.0)  # across the antimeridian
    assert Filters(bbox=(-200, -100, 200, 100)).bbox == (-180.0, -90.0, 180.0, 90.0)  # the world
    assert Filters(bbox=(0, 0, 180, 1)).bbox == (0.0, 0.0, 180.0, 1.0)
    assert Filters(bbox=(1, 2, 3, 4)) == Filters(bbox=(1.0, 2.0, 3.0, 4.0))  # hashable, equal
    assert Filters(bbox=(1, 2, 3, 4)).to_query() == {}  # not part of a shared view
    for bad in [(1, 2, 3), (0, 5, 1, 4), (0, float("nan"), 1, 1), ("a", 0, 1, 1)]:
        with pytest.raises(ValueError):
            Filters(bbox=bad)


def test_bbox_mask_keeps_located_points_inside():
    lat = pd.Series([0.0, 5.0, None, 5.0, 95.0, 5.0])
    lon = pd.Series([0.0, 179.5, 10.0, -179.5, 0.0, 90.0])
    assert store_filters.bbox_mask(lat, lon, (170, -10, -170, 10)).tolist() == [False, True, False, True, False, False]
    assert store_filters.bbox_mask(lat, lon, (-1, -1, 1, 1)).tolist() == [True, False, False, False, False, False]


def test_the_map_bounds_filter_counts_and_grids_as_pandas_does(world):
    store, _, reference = world
    for filters in CASES:
        if filters.bbox is None:
            continue
        want = store_filters.apply_filters(reference, filters)
        assert store.kpis(filters) == store_views.kpis(want), filters
        assert sum(store.grid(filters, 1.0)["incidents"]) == len(want), filters


def test_counts_in_one_scan_equal_each_count(world):
    """The filter options' counts read at once (grouping sets) are each column's own."""
    store, _, reference = world
    columns = ["actors", "event_type", "sub_event_type", "country", "admin1", "dataset", "review_status"]
    for filters in CASES[:20]:
        want = store_filters.apply_filters(reference, filters)
        got = store.counts(filters, columns)
        assert got["actors"] == store_views.actor_counts(want), filters
        for column in columns[1:]:
            assert got[column] == store_views.value_counts(want, column), (filters, column)
    assert store.counts(Filters(), ["country"]).keys() == {"country"}
    with pytest.raises(ValueError):
        store.counts(Filters(), ["fatalities"])


def test_the_sql_types_are_the_layer_dtypes():
    from geo.store.query import LAYER_SQL_TYPES
    from geo.store.schema import empty_layer

    sql = {"str": "VARCHAR", "datetime64[us]": "TIMESTAMP", "float64": "DOUBLE", "int64": "BIGINT"}
    assert LAYER_SQL_TYPES == {c: sql[str(t)] for c, t in empty_layer().dtypes.items() if c != "geometry"}
