"""Review: corrections saved by event_id, committed to the store and applied when it is
read, and again after a re-ingest (geo.store.corrections, geo.store.reviewing), and the
review page's place helpers (geo.review)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from geo import review
from geo.store import corrections as store_corrections
from geo.store import incidents_to_frame, open_store, reviewing

from conftest import ROOT, synthetic_incidents


@pytest.fixture
def layer():
    return incidents_to_frame(synthetic_incidents())


@pytest.fixture
def store(tmp_path, layer):
    """A folder store holding the synthetic incidents."""
    s = open_store(tmp_path / "store")
    s.append(layer, None)
    yield s
    s.close()


def read_layer(store):
    return store.read_layer()


def test_corrections_live_next_to_the_store(tmp_path, monkeypatch):
    monkeypatch.delenv("GEO_CORRECTIONS", raising=False)
    assert store_corrections.corrections_path(tmp_path / "data" / "incidents.parquet") == tmp_path / "data" / "corrections.json"
    monkeypatch.setenv("GEO_CORRECTIONS", str(tmp_path / "mine.json"))
    assert store_corrections.corrections_path("x/incidents.parquet") == tmp_path / "mine.json"


def test_clean_changes():
    assert store_corrections.clean_changes({"event_date": "2024-05-01T10:00", "fatalities": "3", "actor1": "  A   B "}) == {
        "event_date": "2024-05-01", "fatalities": 3, "actor1": "A B"}
    assert store_corrections.clean_changes({"latitude": 1.23456789, "longitude": -2}) == {"latitude": 1.234568, "longitude": -2.0}
    for bad in ({"event_date": "May 1st"}, {"latitude": 91, "longitude": 0}, {"latitude": 1},
                {"fatalities": -1}, {"geo_precision": 4}, {"event_id": "x"}, {"latitude": "nan", "longitude": 1}):
        with pytest.raises(ValueError):
            store_corrections.clean_changes(bad)


def test_save_merges_and_commits_to_the_store(store, layer):
    row = layer.iloc[0]
    first = reviewing.save(store, row, "edited", {"location": "Omdurman North"}, note="checked map")
    assert first["status"] == "edited" and first["changes"] == {"location": "Omdurman North"}
    second = reviewing.save(store, row, "accepted", {"fatalities": 10})
    assert second["changes"] == {"location": "Omdurman North", "fatalities": 10}
    assert second["status"] == "edited"  # accepted with changes is an edit
    assert second["note"] == "checked map" and second["original"] == first["original"]
    reviewing.save(store, layer.iloc[1], "accepted")
    saved = store.load_corrections()
    assert set(saved) == {row["event_id"], layer.iloc[1]["event_id"]}
    assert saved[layer.iloc[1]["event_id"]]["status"] == "accepted"
    shown = store.read_layer().set_index("event_id")
    assert (shown.loc[row["event_id"], "location"], shown.loc[row["event_id"], "fatalities"]) == ("Omdurman North", 10)
    with pytest.raises(ValueError):
        reviewing.save(store, row, "maybe")
    store.save_corrections({row["event_id"]: None})
    assert set(store.load_corrections()) == {layer.iloc[1]["event_id"]}


def test_concurrent_saves_lose_nothing(store, layer):
    threads = [threading.Thread(target=reviewing.save, args=(store, layer.iloc[i], "accepted"))
               for i in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(store.load_corrections()) == 10


def test_apply_edits_rejects_and_is_idempotent(layer):
    path_free = {}
    rows = {r["location"]: r for _, r in layer.iterrows()}
    corrections = {}
    for loc, status, changes in (
        ("Omdurman", "edited", {"latitude": 15.7, "longitude": 32.4, "location": "Omdurman (Karari)",
                                "event_date": "2024-04-03", "fatalities": 14}),
        ("Kassala", "rejected", {}),
        ("Atbara", "accepted", {}),
    ):
        row = rows[loc]
        corrections[row["event_id"]] = {"status": status, "changes": changes, "original": store_corrections.fingerprint(row)}
    done = store_corrections.Applied()
    out = store_corrections.apply_corrections(layer, corrections, done)
    assert len(out) == len(layer) - 1 and "Kassala" not in set(out["location"])
    fixed = out[out["location"] == "Omdurman (Karari)"].iloc[0]
    assert (fixed["latitude"], fixed["longitude"], fixed["fatalities"]) == (15.7, 32.4, 14)
    assert fixed["event_date"].strftime("%Y-%m-%d") == "2024-04-03"
    assert (fixed.geometry.x, fixed.geometry.y) == (32.4, 15.7)  # the point follows
    assert dict(zip(out["location"], store_corrections.review_status(out)))["Atbara"] == "accepted"
    assert sorted(done.applied) == sorted([rows["Omdurman"]["event_id"], rows["Atbara"]["event_id"]])
    assert done.rejected == [rows["Kassala"]["event_id"]] and done.stale == []
    again = store_corrections.apply_corrections(out, corrections)
    assert again.drop(columns="geometry").equals(out.drop(columns="geometry"))
    assert path_free == {}


def test_a_correction_for_a_different_reading_is_stale(layer):
    row = layer.iloc[0]
    corrections = {row["event_id"]: {"status": "rejected", "changes": {}, "original": "0123456789abcdef"}}
    done = store_corrections.Applied()
    out = store_corrections.apply_corrections(layer, corrections, done)
    assert len(out) == len(layer) and done.stale == [row["event_id"]]


# --------------------------------------------------------------------- restart + re-ingest

FAKE_EXTRACTOR = '''
from geo.incidents import Incident

PLACES = {"Omdurman": (15.64, 32.48), "Kassala": (15.45, 36.40)}

def extract(document):
    out = []
    for sentence in document.text.split("."):
        for name, (lat, lon) in PLACES.items():
            if name in sentence:
                out.append(Incident(document.date, "Battles", "Armed clash", "Rapid Support Forces",
                                    location=name, country="Sudan", latitude=lat, longitude=lon,
                                    fatalities=3, evidence=sentence.strip() + "."))
    return out
'''


def _ingest_in_a_new_process(tmp_path: Path, reports: Path, store: Path) -> None:
    """Ingest in a fresh Python: nothing survives in memory from this test."""
    (tmp_path / "fake_extractor.py").write_text(FAKE_EXTRACTOR, encoding="utf-8")
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(tmp_path)!r})
        from fake_extractor import extract
        from geo.ingest import ingest
        print(ingest([{str(reports)!r}], {str(store)!r}, extract=extract))
    """)
    env = {k: v for k, v in os.environ.items() if k != "GEO_CORRECTIONS"}
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)


def test_a_correction_survives_a_restart_and_a_re_ingest(tmp_path, monkeypatch):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text(
        "date 2024-04-02 Fighting in Omdurman and Kassala\n\nBy a stringer\n\n"
        "Fighting broke out in Omdurman on Tuesday. Clashes were also reported in Kassala.\n",
        encoding="utf-8")
    folder = tmp_path / "data" / "incidents"
    _ingest_in_a_new_process(tmp_path, reports, folder)
    with open_store(folder) as store:
        layer = store.read_layer()
        assert list(layer["location"]) == ["Omdurman", "Kassala"]
        omdurman, kassala = layer.iloc[0], layer.iloc[1]
        # The analyst re-places the first incident (another candidate, or a click on the
        # map) and rejects the second: each decision one commit to the store.
        reviewing.save(store, omdurman, "edited", review.changes_for_point(15.70, 32.43, location="Omdurman (Karari)"))
        reviewing.save(store, kassala, "rejected", note="a rumour, not an event")

    def check():
        with open_store(folder) as store:  # a new reader
            layer = store.read_layer()
        assert list(layer["event_id"]) == [omdurman["event_id"]]
        row = layer.iloc[0]
        assert row["location"] == "Omdurman (Karari)" and row["country"] == "Sudan"
        assert (row["latitude"], row["longitude"], row["geo_precision"]) == (15.70, 32.43, 1)
        assert (row.geometry.x, row.geometry.y) == (32.43, 15.70)
        assert row["review_status"] == "edited"

    check()
    # Restart and ingest the reports again in a new process: nothing added, nothing changed.
    _ingest_in_a_new_process(tmp_path, reports, folder)
    check()


# --------------------------------------------------------------------- places


def test_country_of_a_clicked_point():
    assert review.country_at(15.5, 32.56) == "Sudan"
    assert review.country_at(48.85, 2.35) in ("France", "Frankreich")
    assert review.country_at(0.0, -30.0) == ""  # the Atlantic
    assert review.changes_for_point(15.5, 32.56) == {
        "latitude": 15.5, "longitude": 32.56, "geo_precision": 1, "country": "Sudan", "admin1": "",
        "location": ""}


def test_a_click_sets_every_place_field_from_the_point():
    """Never the old country with new coordinates: the country, region and town all
    come from where the click landed."""
    from geo.gazetteer import load_gazetteer

    gz = load_gazetteer()
    darfur = review.changes_for_point(13.63, 25.35, gazetteer=gz)
    assert (darfur["country"], darfur["admin1"], darfur["location"]) == ("Sudan", "North Darfur", "El Fasher")
    chad = review.changes_for_point(12.11, 15.04, gazetteer=gz)  # N'Djamena
    assert chad["country"] == "Chad" and chad["admin1"] and chad["admin1"] != darfur["admin1"]
    paris = review.changes_for_point(48.85, 2.35, location="Paris, 4th arrondissement", gazetteer=gz)
    assert paris["country"] == "France" and paris["location"] == "Paris, 4th arrondissement"  # NE says -99
    sea = review.changes_for_point(0.0, -30.0, gazetteer=gz)
    assert (sea["country"], sea["admin1"], sea["location"]) == ("", "", "")
    desert = review.changes_for_point(21.0, 27.5, gazetteer=gz)  # far from any town
    assert desert["country"] == "Sudan" and desert["location"] == ""


def test_place_options_from_the_evidence():
    from geo.gazetteer import load_gazetteer

    gz = load_gazetteer()
    text = "US air strikes hit positions near Albu Kamal, on the Syrian side of the border with Iraq."
    options = review.place_options(text, "Albu Kamal", gz)
    assert options[0].mention == "Albu Kamal" and options[0].chosen
    assert options[0].country_code == "SY"
    assert any(o.mention == "Iraq" for o in options)
    assert "Albu Kamal \u2192" in options[0].label
    changes = review.changes_for_place(options[0], gz)
    assert changes["location"] == "Albu Kamal" and changes["country"] == "Syria"
    assert changes["geo_precision"] == 1 and changes["admin1"]
    assert (changes["latitude"], changes["longitude"]) == (options[0].latitude, options[0].longitude)
    iraq = next(o for o in options if o.mention == "Iraq" and o.feature_code == "PCLI")
    assert review.changes_for_place(iraq, gz)["geo_precision"] == 3


# --------------------------------------------------------------------- history, undo, un-reject


def test_every_decision_is_kept_with_its_reviewer_and_time(store, layer):
    row = layer.iloc[0]
    reviewing.save(store, row, "edited", {"fatalities": 13}, reviewer="  Ana  ")
    reviewing.save(store, store.read_layer().iloc[0], "edited", {"location": "Omdurman North"}, note="map", reviewer="Ben")
    record = store.load_corrections()[row["event_id"]]
    entries = store_corrections.history(record)
    assert [e["reviewer"] for e in entries] == ["Ben", "Ana"]  # newest first
    assert [e["changes"] for e in entries] == [{"location": "Omdurman North"}, {"fatalities": 13}]
    assert all(e["at"].endswith("Z") for e in entries) and record["reviewer"] == "Ben"
    # the extractor's values of the changed fields, for undo
    assert record["before"] == {"fatalities": int(row["fatalities"]), "location": row["location"]}


def test_undo_an_edit(store):
    row = read_layer(store).iloc[0]
    reviewing.save(store, row, "edited", {"fatalities": 99})
    row_now = read_layer(store).iloc[0]
    reviewing.save(store, row_now, "edited", {"latitude": 15.0, "longitude": 30.0, "country": "Chad"})
    assert read_layer(store).iloc[0]["country"] == "Chad"

    assert reviewing.undo(store, row["event_id"]) == "edited"
    back = read_layer(store).iloc[0]
    assert (back["country"], back["latitude"], back["fatalities"]) == (row["country"], row["latitude"], 99)
    assert (back.geometry.x, back.geometry.y) == (row["longitude"], row["latitude"])
    assert back["review_status"] == "edited"
    assert reviewing.undo(store, row["event_id"]) == "edited"
    back = read_layer(store).iloc[0]
    assert back["fatalities"] == row["fatalities"] and back["review_status"] == ""
    assert store.load_corrections() == {}
    assert reviewing.undo(store, row["event_id"]) == ""


def _rejected(store) -> dict:
    return {k: v for k, v in store.load_corrections().items() if v.get("status") == "rejected"}


def test_a_rejected_incident_comes_back_with_its_edits(store):
    layer = read_layer(store)
    row = layer.iloc[2]
    reviewing.save(store, row, "edited", {"event_type": "Battles", "fatalities": 31})
    edited = read_layer(store)
    edited = edited[edited["event_id"] == row["event_id"]].iloc[0]
    reviewing.save(store, edited, "rejected", reviewer="Ana")
    assert row["event_id"] not in set(read_layer(store)["event_id"])
    assert set(_rejected(store)) == {row["event_id"]}

    assert reviewing.unreject(store, row["event_id"], reviewer="Ben") is True
    back = read_layer(store)
    assert len(back) == len(layer)
    back = back[back["event_id"] == row["event_id"]].iloc[0]
    assert (back["event_type"], back["fatalities"], back["review_status"]) == ("Battles", 31, "edited")
    assert (back.geometry.x, back.geometry.y) == (row["longitude"], row["latitude"])
    assert _rejected(store) == {}
    actions = [e["action"] for e in store_corrections.history(store.load_corrections()[row["event_id"]])]
    assert actions == ["restored", "rejected", "edited"]
    assert reviewing.unreject(store, row["event_id"]) is False
    # undoing the un-reject rejects it again; undoing the reject brings it back
    assert reviewing.undo(store, row["event_id"]) == "restored"
    assert row["event_id"] not in set(read_layer(store)["event_id"])
    assert reviewing.undo(store, row["event_id"]) == "rejected"
    assert row["event_id"] in set(read_layer(store)["event_id"])


def test_bulk_accept_leaves_reviewed_incidents_alone(store, layer):
    d1 = layer[layer["doc_id"] == "d1"]
    reviewing.save(store, d1.iloc[0], "rejected")
    done = reviewing.accept_all(store, d1, reviewer="Ana")
    assert done == list(d1["event_id"].iloc[1:])
    saved = store.load_corrections()
    assert saved[d1.iloc[0]["event_id"]]["status"] == "rejected"
    assert {saved[e]["status"] for e in done} == {"accepted"} and saved[done[0]]["reviewer"] == "Ana"
    assert reviewing.accept_all(store, d1) == []
