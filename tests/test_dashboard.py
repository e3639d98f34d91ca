"""dashboard.py under Streamlit's AppTest, on a synthetic store (no extractor needed)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import geo.incidents
from geo.incidents import Incident

DASHBOARD = str(Path(__file__).resolve().parents[1] / "dashboard.py")


def _metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


@pytest.fixture
def app(synthetic_store, tmp_path, monkeypatch) -> AppTest:
    monkeypatch.setenv("GEO_STORE", str(synthetic_store))
    monkeypatch.setenv("GEO_SEEDS", str(tmp_path / "no-seeds"))
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_runs_and_shows_everything(app):
    assert _metrics(app) == {
        "Incidents": "11",
        "Fatalities": "80",
        "Documents": "3",
        "On the map": "10",
    }
    assert not app.error and not app.warning
    assert len(app.dataframe) == 1
    assert len(app.dataframe[0].value) == 11


def test_filters_exist(app):
    dates = app.date_input(key="dates")
    assert dates.value == (date(2024, 4, 2), date(2024, 5, 20))
    actors = app.multiselect(key="actors")
    assert actors.value == []
    assert set(actors.options) == {
        "Rapid Support Forces (6)",
        "Sudanese Armed Forces (6)",
        "Protesters (Sudan) (3)",
        "Civilians (Sudan) (1)",
    }
    types = app.multiselect(key="event_types")
    assert types.options[:2] == ["Battles", "Explosions/Remote violence"]
    assert len(types.options) == 6


def _map_args(at: AppTest) -> dict:
    """The arguments dashboard.py's st_folium call sends to the browser."""
    (component,) = [
        c for c in at.main.get("component_instance")
        if c.proto.component_name == "streamlit_folium.st_folium"
    ]
    return json.loads(component.proto.json_args)


def test_map_component_is_offline(app):
    args = _map_args(app)
    assert args["returned_objects"] == []  # panning the map does not rerun the app
    assert args["js_links"] and args["css_links"]
    assert all(u.startswith("data:") for u in args["js_links"] + args["css_links"])
    assert args["script"].count("L.circleMarker(") == 10
    assert not re.search(r"https?://", args["script"] + args["header"] + args["html"])


def test_actor_filter_changes_kpis(app):
    app.multiselect(key="actors").select("Protesters (Sudan)").run()
    assert not app.exception
    assert _metrics(app)["Incidents"] == "3"
    assert _metrics(app)["Fatalities"] == "1"
    assert len(app.dataframe[0].value) == 3
    assert _map_args(app)["script"].count("L.circleMarker(") == 3
    app.multiselect(key="actors").select("Civilians (Sudan)").run()
    assert _metrics(app)["Incidents"] == "4"


def test_online_tiles_toggle(app):
    assert "openstreetmap" not in _map_args(app)["script"]
    app.toggle[0].set_value(True).run()
    assert not app.exception
    script = _map_args(app)["script"]
    assert "tile.openstreetmap.org" in script and "L.control.layers" in script


def test_date_and_type_filters(app):
    app.date_input(key="dates").set_value((date(2024, 5, 1), date(2024, 5, 20))).run()
    assert _metrics(app)["Incidents"] == "6"
    app.multiselect(key="event_types").select("Battles").run()
    assert _metrics(app) == {
        "Incidents": "2",
        "Fatalities": "23",
        "Documents": "1",
        "On the map": "1",
    }


def test_first_start_ingests_the_seeds(tmp_path, monkeypatch):
    """No store yet: the seeds folder is ingested into it (with a stand-in extractor)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "report.txt").write_text(
        "date 2024-03-01 Clashes in El Fasher\n\nBy a stringer\n\n"
        "Fighting broke out in El Fasher on Friday.\n",
        encoding="utf-8",
    )

    def fake_extract(document):
        return [
            Incident(
                "2024-03-01", "Battles", "Armed clash", "Rapid Support Forces",
                location="El Fasher", country="Sudan", latitude=13.63, longitude=25.35,
            )
        ]

    monkeypatch.setattr(geo.incidents, "extract_incidents", fake_extract, raising=False)
    store = tmp_path / "store" / "incidents.parquet"
    monkeypatch.setenv("GEO_STORE", str(store))
    monkeypatch.setenv("GEO_SEEDS", str(seeds))
    at = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert store.exists()
    assert _metrics(at)["Incidents"] == "1"
    assert any("1 added" in i.value for i in at.info)


def test_missing_store_and_seeds_is_not_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_STORE", str(tmp_path / "none.parquet"))
    monkeypatch.setenv("GEO_SEEDS", str(tmp_path / "no-seeds"))
    at = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert _metrics(at)["Incidents"] == "0"
    assert at.warning  # "No incidents in ..."
