"""One incident per event across reports (geo.events, geo.store.merging): matching,
the collapse on read (DuckDB against the pandas rule), ingest, exports, and the
analyst's split and merge kept as corrections. Reports below are our own writing."""

from __future__ import annotations

import io
import json
import textwrap

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

from geo.events import assign_groups, detach, members, merge, split
from geo.events.ingest import date_windows
from geo.incidents import Incident
from geo.ingest import ingest
from geo.store import export, partitions
from geo.store.corrections import apply_corrections
from geo.store.filters import Filters
from geo.store.manifest import Part, read_manifest, write_manifest
from geo.store.merging import collapse
from geo.store.open import open_store
from geo.store.schema import incidents_to_frame

ELDORET = (0.52036, 35.26993)
ITEN = (0.67028, 35.50806)  # about 35 km away


def incident(doc: str, date: str = "2024-03-14", etype: str = "Protests", actor1: str = "Protesters (Kenya)",
             actor2: str = "Police Forces of Kenya", place=ELDORET, location: str = "Eldoret",
             fatalities: int = 0, evidence: str = "") -> Incident:
    return Incident(event_date=date, event_type=etype, sub_event_type="", actor1=actor1, actor2=actor2,
                    country="Kenya", location=location, latitude=place[0] if place else None,
                    longitude=place[1] if place else None, fatalities=fatalities,
                    evidence=evidence or f"what {doc} says", doc_id=doc, source=f"{doc}.txt", title=doc)


def keys(*incidents: Incident, candidates: list[Incident] | None = None) -> list[str]:
    frame = incidents_to_frame(incidents)
    stored = incidents_to_frame(candidates) if candidates else None
    return list(assign_groups(frame, stored))


# --------------------------------------------------------------------------- matching


def test_two_reports_of_one_event_are_grouped_and_distinct_events_are_not():
    got = keys(
        incident("a"),
        incident("b", date="2024-03-15", etype="Riots", actor1="Rioters (Kenya)"),  # a day later, a riot
        incident("c", place=ITEN, location="Iten"),  # same day, 35 km away
        incident("d", date="2024-03-17"),  # same place, three days later
        incident("e", etype="Strategic developments"),  # same place and day, another kind of event
        incident("f", place=None),  # unplaced, but the same named place
    )
    assert got == ["", "a-0", "", "", "", "a-0"]


def test_incidents_of_one_report_are_never_merged_with_each_other():
    assert keys(incident("a"), incident("a")) == ["", ""]


def test_actors_named_by_both_reports_must_share_one():
    other = incident("b", actor1="Teachers (Kenya)", actor2="Traders (Kenya)")
    assert keys(incident("a"), other) == ["", ""]
    unnamed = incident("b", actor1="Unidentified Armed Group (Kenya)", actor2="")
    assert keys(incident("a"), unnamed) == ["", "a-0"]


def test_an_undated_incident_is_never_merged():
    assert keys(incident("a", date=None), incident("b", date=None)) == ["", ""]


def test_a_new_report_joins_the_stored_event_it_reports():
    stored = [incident("s")]
    frame = incidents_to_frame(stored)
    frame.loc[0, "merge_key"] = "x-0"  # itself merged into an older event
    got = list(assign_groups(incidents_to_frame([incident("n")]), frame))
    assert got == ["x-0"]


def test_candidate_windows_cover_each_date_within_a_day():
    dates = pd.to_datetime(pd.Series(["2024-03-14", "2024-03-15", "2024-09-01", None]))
    windows = [(str(a), str(b)) for a, b in date_windows(dates)]
    assert windows == [("2024-03-13", "2024-03-16"), ("2024-08-31", "2024-09-02")]


# --------------------------------------------------------------------------- the collapse


def _layer(rows: list[Incident], merge_keys: list[str]) -> gpd.GeoDataFrame:
    frame = incidents_to_frame(rows)
    frame["merge_key"] = merge_keys
    return frame


def test_a_group_reads_as_its_first_incident_with_every_source_and_the_lowest_toll():
    layer = _layer([incident("a", fatalities=4, evidence="four died"), incident("b", fatalities=0),
                    incident("c", fatalities=2, evidence="two died"), incident("z", place=ITEN, location="Iten")],
                   ["", "a-0", "a-0", ""])
    got = collapse(layer)
    assert list(got["event_id"]) == ["a-0", "z-0"]
    first = got.iloc[0]
    assert first["source_count"] == 3 and first["merge_key"] == "a-0"
    assert first["fatalities"] == 2  # the lowest toll reported; b reported none
    assert first["source"] == "a.txt; b.txt; c.txt"
    assert first["evidence"].split("\n") == ["four died", "what b says", "two died"]
    assert got.iloc[1]["source_count"] == 1 and got.iloc[1]["merge_key"] == ""


@pytest.fixture
def folder_store(tmp_path):
    with open_store(tmp_path / "store") as store:
        yield store


def test_the_store_collapses_as_the_pandas_rule_does(folder_store):
    rows = [incident("a", fatalities=3), incident("b", fatalities=5), incident("c", place=ITEN, location="Iten", fatalities=1),
            incident("d", date="2024-03-20"), incident("e", date="2024-03-20", fatalities=7)]
    layer = _layer(rows, ["", "a-0", "", "", "d-0"])
    folder_store.append(layer, pd.DataFrame())
    got = folder_store.read_layer()
    want = collapse(apply_corrections(layer, {}))
    pd.testing.assert_frame_equal(pd.DataFrame(got.drop(columns=["geometry", "review_status"])),
                                  pd.DataFrame(want.drop(columns="geometry")))
    assert folder_store.count(Filters()) == 3
    assert folder_store.count(Filters(min_fatalities=4)) == 1  # the toll filtered is the event's
    assert dict(folder_store.value_counts(Filters(), "location")) == {"Eldoret": 2, "Iten": 1}
    assert folder_store.timeline(Filters())["incidents"].sum() == 3


def test_a_store_written_before_merging_reads_and_merges_on(tmp_path):
    """Partitions without the new columns (an older store) read with their defaults,
    beside partitions that have them, and compact together."""
    with open_store(tmp_path / "store") as store:
        old = incidents_to_frame([incident("a")]).drop(columns=["merge_key", "source_count"])
        part = _write_without(tmp_path / "store", old)
        m = read_manifest(tmp_path / "store")
        write_manifest(tmp_path / "store", m.successor(incidents=(part,), next_seq=1))
        assert store.read_layer().iloc[0]["source_count"] == 1
        store.append(_layer([incident("b")], ["a-0"]), pd.DataFrame())
        got = store.read_layer()
        assert list(got["event_id"]) == ["a-0"] and got.iloc[0]["source_count"] == 2
        store.compact()
        assert store.read_layer().iloc[0]["source_count"] == 2


def _write_without(folder, frame):
    """An incident partition in the layout of a store from before ``merge_key``."""
    frame = frame.reset_index(drop=True)
    frame[partitions.SEQ] = np.arange(len(frame), dtype="int64")
    frame[partitions.FINGERPRINT] = pd.Series(pd.NA, index=frame.index, dtype="str")
    name = partitions.new_name("incidents", 1)
    frame.to_parquet(folder / name, index=False, write_covering_bbox=True, schema_version="1.1.0")
    return Part(path=name, rows=len(frame), bytes=(folder / name).stat().st_size,
                date_min="2024-03-14", date_max="2024-03-14")


# --------------------------------------------------------------------------- acceptance 2

REPORTS = {
    "first.txt": """\
        Police fire tear gas at traders in Eldoret

        ELDORET, March 14, 2024 - Police in Eldoret fired tear gas on Thursday at hundreds of
        market traders who had marched to the county offices to protest against new stall
        fees. Two traders were killed in the stampede, a local official said.
        """,
    "second.txt": """\
        Market vendors clash with officers over levies

        Eldoret, 15 March 2024 - Hundreds of vendors marched on the county headquarters in
        Eldoret yesterday, angry at a rise in stall levies, before police dispersed them with
        tear gas. Hospital staff said four people died after being trampled.
        """,
    "third.txt": """\
        Farmers block road near Iten

        ITEN, March 14, 2024 - Farmers blocked the main road at Iten on Thursday to demand
        payment for maize delivered to the cereals board. The protest ended peacefully in the
        afternoon.
        """,
}


@pytest.fixture
def merged_store(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    store_path = tmp_path / "store"
    # One report per batch: the second is matched against the store, not only its batch.
    report = ingest([folder / n for n in REPORTS], store_path, batch_size=1)
    assert report.documents_added == 3 and report.batches == 3 and report.incidents_merged == 1
    assert "1 of them about events already known" in str(report)
    with open_store(store_path, create=False) as store:
        yield store


def test_two_reports_of_one_event_ingest_as_one_incident(merged_store):
    layer = merged_store.read_layer()
    assert merged_store.count(Filters()) == len(layer) == 2
    event = layer[layer["source_count"] == 2].iloc[0]
    assert event["location"].casefold() == "eldoret"
    assert event["fatalities"] == 2  # the reports say two and four: ACLED keeps the lower
    assert "first.txt" in event["source"] and "second.txt" in event["source"]
    assert "Two traders" in event["evidence"] and "four people" in event["evidence"]
    other = layer[layer["source_count"] == 1].iloc[0]
    assert other["location"] == "Iten"
    assert merged_store.info()["stored_incidents"] == 3  # nothing stored was dropped


def test_every_export_carries_the_source_count(merged_store):
    layer = merged_store.read_layer()
    csv = pd.read_csv(io.BytesIO(export.to_csv(layer)), encoding="utf-8-sig")
    assert sorted(csv["source_count"]) == [1, 2]
    features = json.loads(export.to_geojson(layer))["features"]
    assert sorted(f["properties"]["source_count"] for f in features) == [1, 2]
    parquet = gpd.read_parquet(io.BytesIO(export.to_geoparquet(layer)))
    assert sorted(parquet["source_count"]) == [1, 2]


# --------------------------------------------------------------------------- by hand


def test_the_analyst_splits_and_merges_and_the_choice_is_kept(merged_store):
    event = merged_store.read_layer().query("source_count == 2").iloc[0]
    reports = members(merged_store, event)
    assert len(reports) == 2 and reports["event_id"].iloc[0] == event["event_id"]
    assert split(merged_store, event, reviewer="ana") == sorted(reports["event_id"])
    assert len(members(merged_store, event)) == 1
    layer = merged_store.read_layer()
    assert len(layer) == 3 and set(layer["source_count"]) == {1}
    assert set(layer["review_status"]) >= {"edited"}
    # Merge two by hand (even a report of another place, when the analyst says so).
    first = layer[layer["event_id"] == event["event_id"]].iloc[0]
    iten = layer[layer["location"] == "Iten"].iloc[0]
    merge(merged_store, first, iten, reviewer="ana")
    layer = merged_store.read_layer()
    assert len(layer) == 2
    both = layer[layer["event_id"] == event["event_id"]].iloc[0]
    assert both["source_count"] == 2 and "Iten" not in set(layer["location"])
    # Taking the event's own (first) report out leaves the other two together.
    with_all = layer[layer["event_id"] != event["event_id"]].iloc[0]
    merge(merged_store, both, with_all)
    assert merged_store.count(Filters()) == 1
    whole = merged_store.read_layer().iloc[0]
    detach(merged_store, whole, event["event_id"])
    layer = merged_store.read_layer()
    assert sorted(layer["source_count"]) == [1, 2]
    # Kept like any correction: in the store's corrections, with the reviewer.
    saved = merged_store.load_corrections()
    assert saved[event["event_id"]]["changes"]["merge_key"] == event["event_id"]
    assert any(r.get("reviewer") == "ana" for r in saved.values())


# --------------------------------------------------------------------------- PostGIS


@pytest.mark.postgis
def test_a_postgis_store_of_schema_1_gets_the_new_columns(tmp_path):
    """A team store made before merging is upgraded on open: its rows get one source
    each, and new incidents keep their merge_key."""
    import os
    import uuid

    uri = os.environ.get("GEO_TEST_POSTGRES", "")
    if not uri:
        pytest.skip("GEO_TEST_POSTGRES is not set")
    psycopg = pytest.importorskip("psycopg")
    from geo.store.postgis import PostgisStore
    from geo.store.postgis_schema import SCHEMA_VERSION

    schema = f"test_events_{uuid.uuid4().hex[:8]}"
    store_uri = f"{uri}{'&' if '?' in uri else '?'}schema={schema}"
    try:
        with PostgisStore(store_uri) as store:
            store.append(_layer([incident("a")], [""]), pd.DataFrame())
        with psycopg.connect(uri, autocommit=True) as conn:  # back to what version 1 made
            conn.execute(f'ALTER TABLE "{schema}".incidents DROP COLUMN merge_key, DROP COLUMN source_count')
            conn.execute(f"UPDATE \"{schema}\".geo_meta SET value = '1' WHERE key = 'schema_version'")
        with PostgisStore(store_uri) as store:
            store.append(_layer([incident("b")], ["a-0"]), pd.DataFrame())
            stored = store.read_layer(apply_corrections=False)
            assert store.info()["schema_version"] == SCHEMA_VERSION
            assert list(stored["merge_key"]) == ["", "a-0"] and list(stored["source_count"]) == [1, 1]
    finally:
        with psycopg.connect(uri, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture
def postgis_store():
    """A PostGIS store in a fresh schema of GEO_TEST_POSTGRES's database, dropped afterwards."""
    import os
    import uuid

    uri = os.environ.get("GEO_TEST_POSTGRES", "")
    if not uri:
        pytest.skip("GEO_TEST_POSTGRES is not set")
    psycopg = pytest.importorskip("psycopg")
    from geo.store.postgis import PostgisStore

    schema = f"test_events_{uuid.uuid4().hex[:8]}"
    try:
        with PostgisStore(f"{uri}{'&' if '?' in uri else '?'}schema={schema}") as store:
            yield store
    finally:
        with psycopg.connect(uri, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _grouped_layer_with_corrections():
    """Three events over seven reports, one report rejected, one toll edited, one report
    split off by hand; a report repeating another's evidence, one silent on the toll,
    and titles with words of their own."""
    from geo.store.corrections import add_decision  # noqa: PLC0415

    rows = [incident("a", fatalities=3, evidence="Three people died in the Eldoret march."),
            incident("b", fatalities=6, evidence="Six were killed, police said."),
            incident("c", fatalities=9, evidence="Six were killed, police said."),
            incident("d", date="2024-03-20", fatalities=0, evidence="Shops shut in ELDORET Straße."),
            incident("e", date="2024-03-20", fatalities=8),
            incident("f", date="2024-03-20", fatalities=0),
            incident("g", date="2024-03-22", place=ITEN, location="Iten", fatalities=2)]
    rows[5].title = "Teachers' strike spreads"
    layer = _layer(rows, ["", "a-0", "a-0", "", "d-0", "d-0", ""])
    corrections: dict = {}
    add_decision(corrections, layer.iloc[0], "rejected")
    add_decision(corrections, layer.iloc[2], "edited", {"fatalities": 1})
    add_decision(corrections, layer.iloc[4], "edited", {"merge_key": "e-0"})  # split by hand
    return layer, corrections


@pytest.mark.postgis
def test_the_postgis_store_collapses_as_the_pandas_rule_does(postgis_store):
    """Corrections apply to each report, then each group reads as one incident; every
    answer of the store is over the collapsed incidents, the raw read is not collapsed."""
    layer, corrections = _grouped_layer_with_corrections()
    postgis_store.append(layer, pd.DataFrame())
    postgis_store.save_corrections(corrections)
    want = collapse(apply_corrections(layer, corrections))
    got = postgis_store.read_layer()
    pd.testing.assert_frame_equal(pd.DataFrame(got.drop(columns="geometry")),
                                  pd.DataFrame(want.drop(columns="geometry")))
    assert list(got["event_id"]) == ["b-0", "d-0", "e-0", "g-0"]
    assert list(got["source_count"]) == [2, 2, 1, 1] and list(got["fatalities"]) == [1, 0, 8, 2]
    assert got["evidence"].iloc[0] == "Six were killed, police said."
    assert got["source"].iloc[1] == "d.txt; f.txt"

    everything = Filters()
    assert postgis_store.count(everything) == len(want)
    kpis = postgis_store.kpis(everything)
    assert (kpis["incidents"], kpis["fatalities"], kpis["documents"]) == (
        len(want), int(want["fatalities"].sum()), want["doc_id"].nunique())
    assert dict(postgis_store.value_counts(everything, "source_count")) == {"1": 2, "2": 2}
    assert postgis_store.timeline(everything)["fatalities"].sum() == want["fatalities"].sum()
    assert postgis_store.grid(everything, 1.0)["incidents"].sum() == len(want)
    page = postgis_store.page(everything, limit=2, order_by="fatalities DESC")
    assert list(page["event_id"]) == ["e-0", "g-0"]
    # The filters see the merged incident: its toll, its evidence, its first report's title.
    assert postgis_store.count(Filters(min_fatalities=1)) == 3
    assert list(postgis_store.read_layer(Filters(text="straße teachers"))["event_id"]) == []
    assert list(postgis_store.read_layer(Filters(text="what f says"))["event_id"]) == ["d-0"]
    assert list(postgis_store.read_layer(Filters(text="strasse"))["event_id"]) == ["d-0"]
    assert postgis_store.date_range() == (pd.Timestamp("2024-03-14").date(), pd.Timestamp("2024-03-22").date())

    raw = postgis_store.read_layer(apply_corrections=False)
    pd.testing.assert_frame_equal(pd.DataFrame(raw.drop(columns="geometry")).reset_index(drop=True),
                                  pd.DataFrame(layer.drop(columns="geometry")).reset_index(drop=True))


@pytest.mark.postgis
def test_the_postgis_and_folder_stores_read_the_same_events(postgis_store, folder_store):
    layer, corrections = _grouped_layer_with_corrections()
    for store in (postgis_store, folder_store):
        store.append(layer, pd.DataFrame())
        store.save_corrections(corrections)
    for filters in (Filters(), Filters(min_fatalities=2), Filters(text="police"), Filters(period="7d")):
        team, folder = postgis_store.read_layer(filters), folder_store.read_layer(filters)
        pd.testing.assert_frame_equal(pd.DataFrame(team.drop(columns="geometry")),
                                      pd.DataFrame(folder.drop(columns="geometry")))
        assert postgis_store.kpis(filters) == folder_store.kpis(filters)


def test_corrections_apply_to_each_report_before_the_collapse(folder_store):
    """A rejected first report leaves the event to the next; an edited toll counts as
    that report's; the store agrees with the pandas rule on the corrected layer."""
    from geo.store.corrections import add_decision  # noqa: PLC0415

    rows = [incident("a", fatalities=3), incident("b", fatalities=6), incident("c", fatalities=9),
            incident("d", date="2024-03-20", fatalities=2), incident("e", date="2024-03-20", fatalities=8)]
    layer = _layer(rows, ["", "a-0", "a-0", "", "d-0"])
    folder_store.append(layer, pd.DataFrame())
    corrections: dict = {}
    add_decision(corrections, layer.iloc[0], "rejected")
    add_decision(corrections, layer.iloc[2], "edited", {"fatalities": 1})
    add_decision(corrections, layer.iloc[4], "edited", {"merge_key": "e-0"})  # split by hand
    folder_store.save_corrections(corrections)
    got = folder_store.read_layer()
    want = collapse(apply_corrections(layer, corrections))
    pd.testing.assert_frame_equal(pd.DataFrame(got.drop(columns="geometry")),
                                  pd.DataFrame(want.drop(columns="geometry")))
    assert list(got["event_id"]) == ["b-0", "d-0", "e-0"]
    assert list(got["source_count"]) == [2, 1, 1] and got["fatalities"].iloc[0] == 1
