"""The dashboard (geo/app) under Streamlit's AppTest, on a synthetic store (no extractor needed)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import geo.app
import geo.incidents
from geo.incidents import Incident
from geo.viz.payload import decode_payload
from geo.app.markdown import plain
from geo.store.manifest import is_store
from geo.store.open import open_store

# The app as it ships in the package, and the repository's `streamlit run dashboard.py` shim.
DASHBOARD = str(geo.app.DASHBOARD)
SHIM = str(Path(__file__).resolve().parents[1] / "dashboard.py")


def _metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def open_dashboard(at: AppTest) -> AppTest:
    """What a browser sees on opening the dashboard: the session's first page (title,
    KPIs, map), then the rerun that page's timer asks for (the whole page)."""
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture
def app(synthetic_store, tmp_path, monkeypatch) -> AppTest:
    monkeypatch.setenv("GEO_STORE", str(synthetic_store))
    monkeypatch.setenv("GEO_SEEDS", str(tmp_path / "no-seeds"))
    return open_dashboard(AppTest.from_file(DASHBOARD, default_timeout=60))


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
    assert types.options[:2] == ["Battles (4)", "Explosions/Remote violence (2)"]
    assert len(types.options) == 6
    assert app.selectbox(key="period").value == "all"
    assert app.multiselect(key="countries").options == ["Sudan (11)"]
    assert len(app.multiselect(key="sub_event_types").options) == 7
    assert app.number_input(key="min_fatalities").value == 0
    assert app.text_input(key="text").value == ""


def _map_args(at: AppTest) -> dict:
    """The arguments the dashboard's st_folium call sends to the browser."""
    (component,) = [
        c for c in at.main.get("component_instance")
        if c.proto.component_name == "streamlit_folium.st_folium"
    ]
    return json.loads(component.proto.json_args)


def _markers(at: AppTest) -> int:
    """How many incidents the map component draws (its embedded payload)."""
    match = re.search(r"var RAW = (\{.*?\});\n", _map_args(at)["script"])
    return len(decode_payload(match.group(1))["lat"]) if match else 0


def test_a_sessions_first_page_is_the_map_and_the_rest_follows(synthetic_store, tmp_path, monkeypatch):
    """The filters, the timeline and the table wait for a rerun so the browser draws the
    map first; the map they come with is the one already drawn (not drawn again)."""
    monkeypatch.setenv("GEO_STORE", str(synthetic_store))
    monkeypatch.setenv("GEO_SEEDS", str(tmp_path / "no-seeds"))
    at = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert _metrics(at)["Incidents"] == "11" and _markers(at) == 10
    assert not at.dataframe and not at.main.get("vega_lite_chart")
    assert not at.sidebar.multiselect and not at.sidebar.date_input
    assert any("Loading the filters" in c.value for c in at.caption)
    first_map = _map_args(at)

    at.run()  # what the first page's timer asks for
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.dataframe) == 1 and len(at.main.get("vega_lite_chart")) == 2
    assert at.multiselect(key="actors") and at.date_input(key="dates")
    assert not any("Loading the filters" in c.value for c in at.caption)
    assert _map_args(at) == first_map

    at.run()  # and from then on, every rerun draws the whole page
    assert len(at.dataframe) == 1


def test_the_first_maps_own_moves_do_not_bring_the_rest_early(synthetic_store, tmp_path, monkeypatch):
    """A map fitting its view as it draws sends its bounds (a rerun): before the first
    page's timer, that rerun still shows the map alone (the rest would share the
    browser's main thread with the map's paint), and the timer's rerun brings the rest."""
    monkeypatch.setenv("GEO_STORE", str(synthetic_store))
    monkeypatch.setenv("GEO_SEEDS", str(tmp_path / "no-seeds"))
    at = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    first_map = _map_args(at)
    at.session_state["_map_moved_early"] = True  # what dashboard._on_map_move marks then
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.dataframe and not at.sidebar.multiselect
    assert any("Loading the filters" in c.value for c in at.caption)
    assert _map_args(at) == first_map

    at.run()  # the timer's
    assert len(at.dataframe) == 1 and at.multiselect(key="actors")


def test_a_linked_first_page_applies_its_view_with_the_filters(synthetic_store, tmp_path, monkeypatch):
    """A shared link's view is the widgets' to apply (they resolve its names): its first
    page draws them at once."""
    monkeypatch.setenv("GEO_STORE", str(synthetic_store))
    monkeypatch.setenv("GEO_SEEDS", str(tmp_path / "no-seeds"))
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.query_params["type"] = "Battles"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.multiselect(key="event_types").value == ["Battles"]
    assert not at.dataframe  # the rest still follows


def test_map_component_is_offline(app):
    args = _map_args(app)
    assert args["returned_objects"] == []  # panning the map does not rerun the app
    assert args["js_links"] and args["css_links"]
    assert all(u.startswith("data:") for u in args["js_links"] + args["css_links"])
    assert _markers(app) == 10
    assert not re.search(r"https?://", args["script"] + args["header"] + args["html"])


def test_actor_filter_changes_kpis(app):
    app.multiselect(key="actors").select("Protesters (Sudan)").run()
    assert not app.exception
    assert _metrics(app)["Incidents"] == "3"
    assert _metrics(app)["Fatalities"] == "1"
    assert len(app.dataframe[0].value) == 3
    assert _markers(app) == 3
    app.multiselect(key="actors").select("Civilians (Sudan)").run()
    assert _metrics(app)["Incidents"] == "4"


def test_online_tiles_toggle(app):
    assert "openstreetmap" not in _map_args(app)["script"]
    app.toggle(key="online").set_value(True).run()
    assert not app.exception
    script = _map_args(app)["script"]
    assert "tile.openstreetmap.org" in script and "L.control.layers" in script


def test_heatmap_toggle(app):
    app.toggle(key="heatmap").set_value(True).run()
    assert not app.exception
    script = _map_args(app)["script"]
    assert "L.heatLayer(" in script and _markers(app) == 0
    assert app.query_params["heat"] == "1"
    assert not re.search(r"https?://", script)
    assert all(u.startswith("data:") for u in _map_args(app)["js_links"])


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


def test_sub_type_options_follow_the_types(app):
    app.multiselect(key="event_types").select("Battles").run()
    assert app.multiselect(key="sub_event_types").options == ["Armed clash (4)"]
    app.multiselect(key="sub_event_types").select("Armed clash").run()
    assert _metrics(app)["Incidents"] == "4"
    # a sub-type of a type no longer chosen is dropped, not an error
    app.multiselect(key="event_types").unselect("Battles").select("Protests").run()
    assert not app.exception
    assert app.multiselect(key="sub_event_types").value == []
    assert _metrics(app)["Incidents"] == "2"


def test_more_filters(app):
    app.number_input(key="min_fatalities").set_value(10).run()
    assert _metrics(app)["Incidents"] == "3"  # 12, 30 and 21 dead
    app.number_input(key="min_fatalities").set_value(0).run()
    app.text_input(key="text").set_value("el fasher").run()
    assert _metrics(app)["Incidents"] == "1"
    app.text_input(key="text").set_value("").run()
    app.multiselect(key="countries").select("Sudan").run()
    assert _metrics(app)["Incidents"] == "11"
    assert app.multiselect(key="admin1").options == []  # the synthetic rows have none


def test_period_presets(app):
    app.selectbox(key="period").set_value("7d").run()
    assert not app.exception
    # the last 7 days of the data: 2024-05-14..2024-05-20
    assert app.date_input(key="dates").value == (date(2024, 5, 14), date(2024, 5, 20))
    assert _metrics(app)["Incidents"] == "3"
    app.selectbox(key="period").set_value("30d").run()
    assert _metrics(app)["Incidents"] == "7"  # from 2024-04-21
    app.selectbox(key="period").set_value("all").run()
    assert _metrics(app)["Incidents"] == "11"
    # picking dates by hand makes it a custom range
    app.date_input(key="dates").set_value((date(2024, 4, 3), date(2024, 4, 30))).run()
    assert app.selectbox(key="period").value == "custom"
    assert _metrics(app)["Incidents"] == "4"


def test_filter_state_is_written_to_the_url(app):
    app.multiselect(key="actors").select("Protesters (Sudan)").run()
    app.number_input(key="min_fatalities").set_value(1).run()
    app.date_input(key="dates").set_value((date(2024, 4, 10), date(2024, 5, 20))).run()
    assert app.query_params == {
        "actor": "Protesters (Sudan)",
        "minfat": "1",
        "period": "custom",
        "from": "2024-04-10",
        "to": "2024-05-20",
    }
    assert _metrics(app)["Incidents"] == "1"  # the riot in Kassala


def test_a_shared_url_reopens_the_view(synthetic_store, tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_STORE", str(synthetic_store))
    monkeypatch.setenv("GEO_SEEDS", str(tmp_path / "no-seeds"))
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.query_params["actor"] = ["Protesters (Sudan)", "Civilians (Sudan)", "Nobody at all"]
    at.query_params["period"] = "custom"
    at.query_params["from"] = "2024-04-10"
    at.query_params["to"] = "2024-05-20"
    at.query_params["q"] = "synthetic"
    open_dashboard(at)
    assert at.multiselect(key="actors").value == ["Protesters (Sudan)", "Civilians (Sudan)"]
    assert at.date_input(key="dates").value == (date(2024, 4, 10), date(2024, 5, 20))
    assert at.text_input(key="text").value == "synthetic"
    assert _metrics(at)["Incidents"] == "4"
    assert len(at.dataframe[0].value) == 4
    # the unknown actor is named in a warning, and the link is left as it was given
    assert [w.value for w in at.warning if "Nobody at all" in w.value]
    assert at.query_params["actor"] == ["Protesters (Sudan)", "Civilians (Sudan)", "Nobody at all"]
    at.number_input(key="min_fatalities").set_value(1).run()  # the analyst changes the view
    assert at.query_params["actor"] == ["Protesters (Sudan)", "Civilians (Sudan)"]
    assert not [w for w in at.warning if "Nobody at all" in w.value]


def test_a_link_with_values_that_cannot_apply_says_so(synthetic_store, tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_STORE", str(synthetic_store))
    monkeypatch.setenv("GEO_SEEDS", str(tmp_path / "no-seeds"))
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    given = {"actor": "Rapid Suport Forces", "country": "Narnia", "minfat": "abc", "period": "fortnight",
             "from": "1990-01-01", "colour": "red"}
    for key, value in given.items():
        at.query_params[key] = value
    open_dashboard(at)
    warnings = " | ".join(w.value for w in at.warning)
    for value in given.values():
        assert value in warnings.replace("\\", "")
    assert "Rapid Support Forces" in warnings  # the nearest valid name is offered
    assert "2024\\-04\\-02" in warnings or "2024-04-02" in warnings  # the data's first day
    assert dict(at.query_params) == given  # not rewritten to "everything"


def test_a_name_typed_as_the_analyst_knows_it_filters(app):
    app.multiselect(key="actors").set_value(["rapid support"]).run()
    assert not app.exception, [e.value for e in app.exception]
    assert _metrics(app)["Incidents"] == "6"  # every incident with the RSF on either side
    assert app.query_params["actor"] == "rapid support"
    assert not app.warning
    app.multiselect(key="actors").set_value(["Sudanese army"]).run()  # an alias of the SAF
    assert _metrics(app)["Incidents"] == "6"
    app.multiselect(key="actors").set_value(["Janjaweed", "Protesters (Sudan)"]).run()
    assert _metrics(app)["Incidents"] == "9"


def _charts(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.main.get("vega_lite_chart")]


def _chart_data(at: AppTest, k: int = 0):
    import pyarrow as pa

    (dataset,) = at.main.get("vega_lite_chart")[k].proto.datasets
    return pa.ipc.open_stream(dataset.data.data).read_pandas()


def test_timeline_follows_the_filters(app):
    charts = _charts(app)
    assert [c["title"] for c in charts] == ["Incidents per day", "Fatalities per day"]
    assert int(_chart_data(app, 1)["fatalities"].sum()) == 80
    assert all(c["encoding"]["color"]["scale"]["range"][0] == "#d62728" for c in charts)
    assert not any(re.search(r"https?://(?!vega\.github\.io/schema)", json.dumps(c)) for c in charts)
    totals = lambda at: int(_chart_data(at)["incidents"].sum())  # noqa: E731
    assert totals(app) == 11
    app.multiselect(key="actors").select("Protesters (Sudan)").run()
    assert totals(app) == 3
    app.segmented_control(key="freq_D").set_value("W").run()
    assert [c["title"] for c in _charts(app)] == ["Incidents per week", "Fatalities per week"]


def test_selecting_a_row_rings_the_incident_on_the_map(app):
    table = app.dataframe[0].value
    assert list(table["event_date"].dt.strftime("%m-%d"))[:3] == ["05-20", "05-20", "05-14"]  # newest first
    row = int(table.index[table["location"] == "El Fasher"][0])
    before = _map_args(app)
    assert before["feature_group"] is None and before["center"] is None
    app.session_state["table"] = {"selection": {"rows": [row], "columns": []}}
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    args = _map_args(app)
    assert re.search(r'GeoViz\.highlight\(\w+, \[13\.63,25\.35\], "Violence against civilians: El Fasher '
                     r'\(2024-04-11\)"\)', args["feature_group"])
    assert args["js_links"] == before["js_links"]  # the ring's JS came with the map
    assert args["center"] == [13.63, 25.35] and args["zoom"] == 8
    # the map itself is the same: the browser does not remount it
    assert args["script"] == before["script"]
    (details,) = app.expander
    assert "El Fasher" in details.label


def test_export_buttons(app):
    buttons = {b.proto.label: b.proto for b in app.main.get("download_button")}
    assert set(buttons) >= {"CSV", "GeoJSON", "GeoParquet", "Map (HTML)"}
    # made when clicked (tests/test_browser.py downloads them), not on every rerun
    assert all(b.deferred_file_id for b in buttons.values())


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
    store = tmp_path / "store" / "incidents"  # a folder store, made by the first ingest
    monkeypatch.setenv("GEO_STORE", str(store))
    monkeypatch.setenv("GEO_SEEDS", str(seeds))
    at = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert is_store(store)
    assert _metrics(at)["Incidents"] == "1"
    assert any("1 added" in i.value for i in at.info)


def test_missing_store_and_seeds_shows_an_empty_map_and_a_hint(tmp_path, monkeypatch):
    """As from an installed wheel, where no seeds come along: an empty map, and how to
    add reports."""
    monkeypatch.setenv("GEO_STORE", str(tmp_path / "none.parquet"))
    monkeypatch.setenv("GEO_SEEDS", str(tmp_path / "no-seeds"))
    at = open_dashboard(AppTest.from_file(DASHBOARD, default_timeout=60))
    assert _metrics(at)["Incidents"] == "0"
    (hint,) = at.info
    assert f"No incident store yet at {plain(tmp_path / 'none.parquet')}" in hint.value  # escaped: Markdown
    assert "geo ingest" in hint.value and "GEO_STORE" in hint.value
    assert _map_args(at)["script"] and _markers(at) == 0
    assert not (tmp_path / "none.parquet").exists()  # nothing was written


def test_relative_paths_are_taken_from_the_working_directory(synthetic_store, tmp_path, monkeypatch):
    """The packaged app (no repository around it) reads ./data/... where it was started."""
    monkeypatch.chdir(synthetic_store.parent)
    monkeypatch.setenv("GEO_STORE", synthetic_store.name)
    monkeypatch.setenv("GEO_SEEDS", "no-seeds")
    at = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert _metrics(at)["Incidents"] == "11"


def test_the_repository_shim_runs_the_packaged_app_on_every_rerun(synthetic_store, tmp_path, monkeypatch):
    """`streamlit run dashboard.py` (the README's command): every rerun draws the app."""
    monkeypatch.setenv("GEO_STORE", str(synthetic_store))
    monkeypatch.setenv("GEO_SEEDS", str(tmp_path / "no-seeds"))
    at = open_dashboard(AppTest.from_file(SHIM, default_timeout=60))
    assert _metrics(at)["Incidents"] == "11" and _markers(at) == 10
    at.multiselect(key="actors").select("Protesters (Sudan)").run()
    assert not at.exception, [e.value for e in at.exception]
    assert _metrics(at)["Incidents"] == "3" and _markers(at) == 3
    at.switch_page("geo/app/review.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert "11 incidents" in at.caption[0].value


def test_a_script_outside_the_package_takes_paths_from_its_own_folder(tmp_path, monkeypatch):
    """As the repository's dashboard.py: its data/ and seeds/, wherever streamlit was
    started from."""
    from geo.app import settings

    assert (settings.DEFAULT_STORE, settings.DEFAULT_SEEDS) == ("data/incidents", "seeds")
    folder = tmp_path / "checkout"
    folder.mkdir()
    script = folder / "app.py"
    script.write_text("import streamlit as st\nfrom geo.app import settings\n"
                      "st.text(str(settings.store_uri()))\nst.text(str(settings.seeds_path()))\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GEO_STORE", raising=False)
    monkeypatch.delenv("GEO_SEEDS", raising=False)
    at = AppTest.from_file(str(script)).run()
    assert [t.value for t in at.text] == [str(folder / "data/incidents"), str(folder / "seeds")]


# --------------------------------------------------------------------- review page


@pytest.fixture
def review_page(app) -> AppTest:
    app.switch_page("review.py").run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def _corrections(store: Path) -> dict:
    """The corrections committed to the store (the single file migrates on first open)."""
    with open_store(store) as s:
        return s.load_corrections()


def read_layer(store: Path):
    """The store as the dashboard reads it (corrections applied)."""
    with open_store(store) as s:
        return s.read_layer()


def _w(elements, prefix: str, suffix: str = ""):
    """The widget whose key starts with ``prefix`` (keys carry a version of the incident)."""
    return next(w for w in elements if (w.key or "").startswith(prefix) and (w.key or "").endswith(suffix))


def test_review_page_lists_incidents_with_evidence(review_page):
    at = review_page
    assert "11 incidents" in at.caption[0].value
    at.selectbox(key="review_doc").set_value("d1").run()
    assert at.selectbox(key="review_event").options[0].startswith("Battles: Omdurman (2024-04-02)")
    assert len(at.selectbox(key="review_event").options) == 3
    evidence = [t for t in at.text_area if t.label.startswith("Evidence")][0]
    assert evidence.value == "Synthetic report of battles in Omdurman." and evidence.disabled


def test_review_accept_edit_reject(review_page, synthetic_store, monkeypatch):
    monkeypatch.delenv("GEO_CORRECTIONS", raising=False)
    at = review_page
    at.selectbox(key="review_doc").set_value("d1").run()
    at.selectbox(key="review_event").set_value("d1-0").run()
    _w(at.button, "FormSubmitter:edit_d1-0_", "Accept as is").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert _corrections(synthetic_store)["d1-0"]["status"] == "accepted"

    # edit: more fatalities, another date
    at.selectbox(key="review_event").set_value("d1-1").run()
    _w(at.number_input, "fat_d1-1_").set_value(9)
    _w(at.date_input, "date_d1-1_").set_value(date(2024, 4, 6))
    _w(at.button, "FormSubmitter:edit_d1-1_", "Save edits").click().run()
    assert not at.exception, [e.value for e in at.exception]
    saved = _corrections(synthetic_store)["d1-1"]
    assert saved["status"] == "edited" and saved["changes"] == {"event_date": "2024-04-06", "fatalities": 9}
    assert any("saved" in s.value for s in at.success)

    # reject
    at.selectbox(key="review_event").set_value("d1-2").run()
    _w(at.button, "FormSubmitter:edit_d1-2_", "Reject").click().run()
    assert _corrections(synthetic_store)["d1-2"]["status"] == "rejected"

    # the store follows: the map page shows it
    layer = read_layer(synthetic_store)
    assert "d1-2" not in set(layer["event_id"]) and len(layer) == 10
    assert int(layer.loc[layer["event_id"] == "d1-1", "fatalities"].iloc[0]) == 9
    fresh = AppTest.from_file(DASHBOARD, default_timeout=60).run()  # a new session
    assert _metrics(fresh)["Incidents"] == "10"
    assert _metrics(fresh)["Fatalities"] == str(80 - 4 + 9 - 30)


def test_review_replaces_an_incident_at_a_named_place(review_page, synthetic_store):
    at = review_page
    at.selectbox(key="review_doc").set_value("d1").run()
    at.selectbox(key="review_event").set_value("d1-0").run()
    options = _w(at.selectbox, "opt_d1-0_")
    assert options.options and "Omdurman" in options.options[0]
    _w(at.button, "use_opt_d1-0_").click().run()
    assert not at.exception, [e.value for e in at.exception]
    changes = _corrections(synthetic_store)["d1-0"]["changes"]
    assert changes["location"] == "Omdurman" and changes["country"] == "Sudan"
    assert abs(changes["latitude"] - 15.64) < 0.2 and abs(changes["longitude"] - 32.48) < 0.2


def test_after_a_re_placement_the_form_shows_the_incident_as_it_is_now(review_page, synthetic_store):
    at = review_page
    at.text_input(key="reviewer_input").input("Ana").run()
    at.selectbox(key="review_doc").set_value("d1").run()
    at.selectbox(key="review_event").set_value("d1-2").run()  # El Fasher
    assert _w(at.text_input, "loc_d1-2_").value == "El Fasher"
    options = _w(at.selectbox, "opt_d1-2_")
    pick = next(i for i, label in enumerate(options.options) if label.startswith("El Fasher"))
    options.set_value(pick).run()
    _w(at.button, "use_opt_d1-2_").click().run()
    assert not at.exception, [e.value for e in at.exception]
    saved = _corrections(synthetic_store)["d1-2"]
    assert saved["reviewer"] == "Ana" and saved["changes"]["admin1"]
    # the form now holds the saved values: saving it again writes nothing back
    assert _w(at.text_input, "adm_d1-2_").value == saved["changes"]["admin1"]
    assert _w(at.text_input, "cty_d1-2_").value == "Sudan"
    _w(at.button, "FormSubmitter:edit_d1-2_", "Save edits").click().run()
    assert _corrections(synthetic_store)["d1-2"]["changes"] == saved["changes"]
    assert any("Nothing changed" in m.value for m in at.success)
    history = at.dataframe[-1].value  # the incident's history, below the form
    assert list(history["reviewer"]) == ["Ana"] and list(history["decision"]) == ["edited"]
    assert "admin1=" in history["changes"].iloc[0]


def test_undo_and_bring_back_from_the_page(review_page, synthetic_store):
    at = review_page
    at.selectbox(key="review_doc").set_value("d1").run()
    at.selectbox(key="review_event").set_value("d1-1").run()
    _w(at.number_input, "fat_d1-1_").set_value(40)
    _w(at.button, "FormSubmitter:edit_d1-1_", "Save edits").click().run()
    assert int(read_layer(synthetic_store).set_index("event_id").loc["d1-1", "fatalities"]) == 40
    assert _w(at.number_input, "fat_d1-1_").value == 40
    _w(at.button, "undo_d1-1").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert int(read_layer(synthetic_store).set_index("event_id").loc["d1-1", "fatalities"]) == 4
    assert _w(at.number_input, "fat_d1-1_").value == 4 and "d1-1" not in _corrections(synthetic_store)

    at.selectbox(key="review_event").set_value("d1-0").run()
    _w(at.button, "FormSubmitter:edit_d1-0_", "Reject").click().run()
    assert "d1-0" not in set(read_layer(synthetic_store)["event_id"])
    _w(at.button, "unreject_d1-0").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert "d1-0" in set(read_layer(synthetic_store)["event_id"])
    assert _corrections(synthetic_store)["d1-0"]["status"] == "accepted"


def test_bulk_accept_of_a_report(review_page, synthetic_store):
    at = review_page
    at.selectbox(key="review_doc").set_value("d3").run()
    _w(at.button, "accept_all_d3").click().run()
    assert not at.exception, [e.value for e in at.exception]
    saved = _corrections(synthetic_store)
    assert sorted(saved) == [f"d3-{i}" for i in range(5)]
    assert {c["status"] for c in saved.values()} == {"accepted"}
    assert not [b for b in at.button if (b.key or "").startswith("accept_all_d3")]  # none left to accept


def test_a_refused_paste_keeps_its_text(review_page, synthetic_store):
    at = review_page
    at.text_area(key="paste_text").input("Hundreds marched in Kassala on Friday.")
    at.text_input(key="paste_date").input("24 May")
    at.button(key="FormSubmitter:paste-Read the pasted report").click().run()
    assert any("invalid Published date" in w.value for w in at.warning)
    assert at.text_area(key="paste_text").value == "Hundreds marched in Kassala on Friday."
    assert at.text_input(key="paste_date").value == "24 May"


def test_pasting_a_report_ingests_it(review_page, synthetic_store, monkeypatch):
    def fake_extract(document):
        return [Incident(document.date, "Protests", "Peaceful protest", "Protesters (Sudan)",
                         location="Kassala", country="Sudan", latitude=15.45, longitude=36.40,
                         evidence=document.text.strip())]

    monkeypatch.setattr(geo.incidents, "extract_incidents", fake_extract, raising=False)
    at = review_page
    at.text_area(key="paste_text").input("Hundreds marched in Kassala on Friday.")
    at.text_input(key="paste_title").input("Kassala march")
    at.text_input(key="paste_date").input("2024-05-24")
    at.text_input(key="paste_url").input("https://news.example/kassala")
    at.button(key="FormSubmitter:paste-Read the pasted report").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("1 added" in s.value for s in at.success)
    doc = at.selectbox(key="review_doc")
    assert doc.options[doc.index].startswith("Kassala march")
    saved = list((synthetic_store.parent / "reports").iterdir())
    assert len(saved) == 1 and saved[0].suffix == ".jsonl"
    layer = read_layer(synthetic_store)
    assert len(layer) == 12 and layer["source"].iloc[-1] == "https://news.example/kassala"


def test_report_text_stays_text_in_markdown(synthetic_store, tmp_path, monkeypatch):
    """Labels made from the store go where Streamlit reads Markdown: escaped there, so an
    image (fetched from anywhere) or a link in a report's words stays words."""
    from geo.app.markdown import plain

    tricky = "Camp ![x](https://tracker.example/p.png) [link](javascript:x) $x^2$ :red[alarm] **b**"
    escaped = plain(tricky)
    assert re.search(r"(?<!\\)[!\[\]()$:*]", escaped) is None  # every such character escaped
    assert escaped.replace("\\", "") == tricky  # the same characters, shown as they are

    from geo.store.formats import read_layer, write_layer

    layer = read_layer(synthetic_store)
    layer.loc[layer["location"] == "El Fasher", "location"] = tricky
    write_layer(layer, synthetic_store)
    monkeypatch.setenv("GEO_STORE", str(synthetic_store))
    monkeypatch.setenv("GEO_SEEDS", str(tmp_path / "no-seeds"))
    at = open_dashboard(AppTest.from_file(DASHBOARD, default_timeout=60))
    table = at.dataframe[0].value
    at.session_state["table"] = {"selection": {"rows": [int(table.index[table["location"] == tricky][0])],
                                               "columns": []}}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    (details,) = at.expander
    assert details.label == "Selected: " + plain(f"Violence against civilians: {tricky} (2024-04-11)")


# --------------------------------------------------------------------- stores


def _cells(at: AppTest) -> dict | None:
    """The grid squares the map draws instead of markers (None: it draws markers)."""
    match = re.search(r"var CELLS = (\{.*?\});\n", _map_args(at)["script"])
    return decode_payload(match.group(1)) if match else None


def _fill(store) -> None:
    from conftest import synthetic_incidents  # noqa: PLC0415
    from geo.store import incidents_to_frame  # noqa: PLC0415
    from geo.store.folder import batch_documents  # noqa: PLC0415

    layer = incidents_to_frame(synthetic_incidents())
    store.append(layer, batch_documents(layer, None))


def _shows_the_synthetic_store(uri: str, tmp_path, monkeypatch) -> AppTest:
    monkeypatch.setenv("GEO_STORE", uri)
    monkeypatch.setenv("GEO_SEEDS", str(tmp_path / "no-seeds"))
    at = open_dashboard(AppTest.from_file(DASHBOARD, default_timeout=60))
    assert _metrics(at) == {"Incidents": "11", "Fatalities": "80", "Documents": "3", "On the map": "10"}
    assert _markers(at) == 10 and len(at.dataframe[0].value) == 11
    at.multiselect(key="actors").select("Protesters (Sudan)").run()
    assert _metrics(at)["Incidents"] == "3" and _markers(at) == 3
    at.switch_page("review.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert "11 incidents from 3 reports" in at.caption[0].value
    at.selectbox(key="review_doc").set_value("d1").run()
    _w(at.button, "FormSubmitter:edit_d1-0_", "Reject").click().run()
    assert not at.exception, [e.value for e in at.exception]
    fresh = AppTest.from_file(DASHBOARD, default_timeout=60).run()  # another session
    assert _metrics(fresh)["Incidents"] == "10"
    return at


def test_the_dashboard_reads_and_reviews_a_folder_store(tmp_path, monkeypatch):
    folder = tmp_path / "team" / "incidents"
    with open_store(folder) as store:
        _fill(store)
    _shows_the_synthetic_store(str(folder), tmp_path, monkeypatch)
    with open_store(folder) as store:
        assert store.load_corrections()["d1-0"]["status"] == "rejected"
    assert not (tmp_path / "team" / "corrections.json").exists()


@pytest.mark.postgis
def test_the_dashboard_reads_and_reviews_a_postgis_store(tmp_path, monkeypatch):
    import os
    import uuid

    uri = os.environ.get("GEO_TEST_POSTGRES")
    if not uri:
        pytest.skip("GEO_TEST_POSTGRES is not set")
    import psycopg

    from geo.store.postgis import PostgisStore

    schema = f"dash_{uuid.uuid4().hex[:8]}"
    store_uri = f"{uri}{'&' if '?' in uri else '?'}schema={schema}"
    try:
        with PostgisStore(store_uri) as store:
            _fill(store)
        _shows_the_synthetic_store(store_uri, tmp_path, monkeypatch)
        with PostgisStore(store_uri) as store:
            assert store.load_corrections()["d1-0"]["status"] == "rejected"
    finally:
        with psycopg.connect(uri, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def test_a_view_larger_than_the_marker_limit_is_drawn_as_squares(app, monkeypatch):
    from geo.viz import large_view

    assert _cells(app) is None and _markers(app) == 10
    monkeypatch.setattr(large_view, "MAX_MARKERS", 5)
    app.number_input(key="min_fatalities").set_value(1).run()  # a new view: drawn again
    assert not app.exception, [e.value for e in app.exception]
    cells = _cells(app)
    assert cells is not None and _markers(app) == 0
    located = _metrics(app)["On the map"]
    for level in cells["levels"]:
        assert sum(level["n"]) == int(located) == cells["located"]
    assert [level["zoom"] for level in cells["levels"]] == sorted(level["zoom"] for level in cells["levels"])
    assert any("counted in squares" in c.value for c in app.caption)
    app.number_input(key="min_fatalities").set_value(30).run()  # few enough: markers again
    assert _cells(app) is None and _markers(app) == int(_metrics(app)["On the map"]) > 0


# --------------------------------------------------------------------- datasets and merged events


def _rabak_report(doc: str, source: str, fatalities: int, evidence: str) -> Incident:
    return Incident(event_date="2024-05-10", event_type="Battles", sub_event_type="Armed clash",
                    actor1="Rapid Support Forces", actor2="Sudanese Armed Forces", country="Sudan",
                    location="Rabak", latitude=13.18, longitude=32.74, fatalities=fatalities,
                    evidence=evidence, doc_id=doc, source=source, title=f"Made-up report {doc}")


@pytest.fixture
def mixed_store(tmp_path) -> Path:
    """The synthetic store with d3's five incidents marked as imported from ACLED, and two
    reports (d4, d5) of one event at Rabak: 5 + 7 incidents as read, 11 as the store shows."""
    from conftest import synthetic_incidents  # noqa: PLC0415
    from geo.store import incidents_to_frame, write_layer  # noqa: PLC0415

    frame = incidents_to_frame(synthetic_incidents() + [
        _rabak_report("d4", "https://news.example.org/rabak", 5, "Clashes at Rabak left five dead."),
        _rabak_report("d5", "radio <b>bulletin</b> [x](javascript:alert(1))", 3, "Three died in Rabak fighting."),
    ])
    frame.loc[frame["doc_id"] == "d5", "merge_key"] = "d4-0"
    frame.loc[frame["doc_id"] == "d3", "dataset"] = "acled"
    path = tmp_path / "mixed" / "incidents.parquet"
    path.parent.mkdir()
    write_layer(frame, path)
    return path


@pytest.fixture
def mixed_app(mixed_store, tmp_path, monkeypatch) -> AppTest:
    monkeypatch.setenv("GEO_STORE", str(mixed_store))
    monkeypatch.setenv("GEO_SEEDS", str(tmp_path / "no-seeds"))
    return open_dashboard(AppTest.from_file(DASHBOARD, default_timeout=60))


def _payload(at: AppTest) -> dict:
    return decode_payload(re.search(r"var RAW = (\{.*?\});\n", _map_args(at)["script"]).group(1))


def test_the_dataset_filter_shows_only_when_the_store_holds_several(app, mixed_app):
    assert not [w for w in app.multiselect if w.key == "datasets"]  # our reports only
    assert _payload(app)["ds"] is None  # and the map says nothing about datasets
    choice = mixed_app.multiselect(key="datasets")
    assert choice.options == ["Our reports (7)", "ACLED (5)"]


def test_the_dataset_filter_narrows_the_view_to_imported_incidents(mixed_app):
    at = mixed_app
    assert _metrics(at)["Incidents"] == "12"
    at.multiselect(key="datasets").select("acled").run()
    assert not at.exception, [e.value for e in at.exception]
    assert _metrics(at)["Incidents"] == "5"
    assert at.query_params["dataset"] == "acled"
    payload = _payload(at)
    assert len(payload["lat"]) == 4  # d3's undated-place incident is not on the map
    assert {payload["datasets"][c] for c in payload["ds"]} == {"acled"}
    assert set(at.dataframe[0].value["event_id"]) == {f"d3-{i}" for i in range(5)}
    at.multiselect(key="datasets").unselect("acled").select("reports").run()
    assert _metrics(at)["Incidents"] == "7"


def test_a_link_to_an_imported_dataset_reopens_it(mixed_store, tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_STORE", str(mixed_store))
    monkeypatch.setenv("GEO_SEEDS", str(tmp_path / "no-seeds"))
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.query_params["dataset"] = ["acled"]
    open_dashboard(at)
    assert _metrics(at)["Incidents"] == "5" and not at.warning
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.query_params["dataset"] = ["gdelt"]
    open_dashboard(at)
    assert any("gdelt" in w.value for w in at.warning)


def test_a_merged_event_reads_as_one_with_its_reports_and_sources(mixed_app):
    payload = _payload(mixed_app)
    (i,) = [k for k, n in enumerate(payload["n"]) if n > 1]
    assert payload["n"][i] == 2 and payload["fat"][i] == 3  # ACLED's lowest toll
    doc = payload["docs"][payload["doc"][i]]
    # each source on its own: a link only for the one http(s) URL, the rest text as written
    assert doc[3] == [["https://news.example.org/rabak", ""], ["", "radio <b>bulletin</b> [x](javascript:alert(1))"]]
    assert sum(n == 1 for n in payload["n"]) == len(payload["n"]) - 1


def test_the_acled_export_is_offered_beside_the_others(mixed_app, mixed_store):
    import csv  # noqa: PLC0415
    import io  # noqa: PLC0415
    from geo.app import dashboard  # noqa: PLC0415
    from geo.app.data import store  # noqa: PLC0415
    from geo.store.filters import Filters  # noqa: PLC0415

    labels = [b.proto.label for b in mixed_app.main.get("download_button")]
    assert labels[:5] == ["CSV", "ACLED CSV", "GeoJSON", "GeoParquet", "Map (HTML)"]
    uri = str(mixed_store)
    body = dashboard._export(uri, store(uri).version(), Filters(datasets=["acled"]), "acled", {})
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    assert len(rows) == 5 and rows[0].get("event_id_cnty") is not None


def test_review_shows_the_reports_of_a_merged_event_and_splits_it(mixed_app, mixed_store):
    at = mixed_app
    at.switch_page("review.py").run()
    assert not at.exception, [e.value for e in at.exception]
    at.text_input(key="reviewer_input").set_value("ana").run()
    at.selectbox(key="review_doc").set_value("d4").run()
    assert any("2 reports" in m.value for m in at.markdown)
    members = next(d.value for d in at.dataframe if "incident" in d.value.columns)
    assert list(members["incident"]) == ["d4-0", "d5-0"]
    assert list(members["source"]) == ["https://news.example.org/rabak", "radio <b>bulletin</b> [x](javascript:alert(1))"]
    assert [b.proto.url for b in at.main.get("link_button")] == ["https://news.example.org/rabak"]
    _w(at.button, "split_d4-0").click().run()
    assert not at.exception, [e.value for e in at.exception]
    layer = read_layer(mixed_store)
    assert len(layer) == 13 and set(layer["source_count"]) == {1}
    assert {"d4-0", "d5-0"} <= set(layer["event_id"])
    assert _corrections(mixed_store)["d5-0"]["reviewer"] == "ana"
    assert not [b for b in at.button if (b.key or "").startswith("split_")]


def test_review_merges_an_incident_into_a_nearby_one_of_the_same_days(mixed_app, mixed_store):
    at = mixed_app
    at.switch_page("review.py").run()
    at.selectbox(key="review_doc").set_value("d4").run()
    _w(at.button, "split_d4-0").click().run()
    at.selectbox(key="review_doc").set_value("d5").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="review_event").value == "d5-0"
    choice = _w(at.selectbox, "merge_choice_d5-0")
    # the incidents dated within a day of 2024-05-10, nearest first: the other Rabak
    # report only (Wad Madani is two days off)
    assert len(choice.options) == 1 and choice.options[0].startswith("Battles: Rabak (2024-05-10) \u00b7 0 km away")
    _w(at.button, "merge_d5-0").click().run()
    assert not at.exception, [e.value for e in at.exception]
    layer = read_layer(mixed_store)
    assert len(layer) == 12
    assert layer.loc[layer["event_id"] == "d4-0", "source_count"].iloc[0] == 2
    assert "d5-0" not in set(layer["event_id"])


def test_the_map_bounds_of_a_view_of_squares_bring_its_markers(app, monkeypatch):
    """A view of squares: the bounds the map sends (st_folium's "bounds") select the
    incidents inside them; few enough, they go to the mounted map as a feature group
    (the map itself is not sent again); too many, the squares stay alone."""
    import os

    from geo.store.filters import Filters, apply_filters

    monkeypatch.setenv("GEO_MAX_MARKERS", "4")
    app.number_input(key="min_fatalities").set_value(1).run()  # a new view, over the limit
    assert not app.exception, [e.value for e in app.exception]
    view = app.session_state["_map_view"]
    assert _cells(app) is not None and _map_args(app)["returned_objects"] == ["bounds"]
    assert _map_args(app)["feature_group"] is None
    script = _map_args(app)["script"]

    def move_to(box):  # what dashboard._on_map_move keeps when the map reports its bounds
        app.session_state["_map_bounds"] = (view, box)
        app.run()
        assert not app.exception, [e.value for e in app.exception]
        group = _map_args(app)["feature_group"]
        assert _map_args(app)["script"] == script  # the same map: not mounted again
        match = re.search(r"var RAW = (\{.*?\});\n", group or "")
        return decode_payload(match.group(1)) if match else None

    with open_store(os.environ["GEO_STORE"]) as store:
        shown = store.read_layer(view)
    located = shown[shown["latitude"].notna()]
    assert len(located) > 4
    lat, lon = float(located["latitude"].iloc[0]), float(located["longitude"].iloc[0])
    box = (lon - 0.01, lat - 0.01, lon + 0.01, lat + 0.01)
    near = apply_filters(located, Filters(bbox=box))
    assert 0 < len(near) <= 4
    payload = move_to(box)
    assert payload is not None and "GeoViz.viewIncidents" in _map_args(app)["feature_group"]
    assert len(payload["lat"]) == len(near)
    assert any(f"the {len(near)} in the map's bounds are drawn one by one" in c.value for c in app.caption)

    assert move_to((-180, -90, 180, 90)) is None  # the whole world: too many, squares alone
    assert any("counted in squares" in c.value for c in app.caption)
    app.session_state["_map_bounds"] = (Filters(text="another view"), box)  # bounds of another view's map
    app.run()
    assert _map_args(app)["feature_group"] is None

    first = AppTest.from_file(DASHBOARD, default_timeout=60).run()  # a new session's first page
    # from the first page on: streamlit-folium keeps the list it mounted the map with
    assert _cells(first) is not None and _map_args(first)["returned_objects"] == ["bounds"]
