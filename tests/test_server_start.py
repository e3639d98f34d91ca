"""A dashboard server warms up when it starts: its first visitor does not wait for the
map's imports and the store's first answers (``geo.app.server``)."""

from pathlib import Path

import pytest
from streamlit.web.server.app_discovery import discover_asgi_app

import geo.app

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("script", [ROOT / "dashboard.py", geo.app.SERVER], ids=["repository", "package"])
def test_streamlit_run_finds_the_app_that_warms_up(script):
    found = discover_asgi_app(script)
    assert found.is_asgi_app and found.app_name == "app"
    source = script.read_text()
    assert "lifespan=warm_start" in source


def test_warm_up_leaves_a_first_visit_nothing_to_ask_the_store(synthetic_store, monkeypatch):
    from geo.app import data, server
    from geo.app.filters import view_of_query

    uri = str(synthetic_store)
    monkeypatch.setenv("GEO_STORE", uri)
    server.warm_up()
    data._prefetcher().submit(lambda: None).result()  # the store's answers are in
    v = data.version(uri)

    def no_store(*_args, **_kwargs):
        pytest.fail("the first page did again what the warm-up did already")

    monkeypatch.setattr(data, "store", no_store)
    monkeypatch.setattr(data, "payload_json", no_store)  # nor packed the markers again
    options = data.layer_options(uri, v)
    drawn = data.map_view(uri, v, view_of_query({}))
    assert data.map_payload(uri, v, view_of_query({})) and data.map_cells(uri, v, view_of_query({})) is None
    assert data.count_ingested(uri, v) == 3
    assert "Battles" in options["event_types"]
    assert drawn.located == drawn.markers["latitude"].notna().sum() > 0

    from geo.app.dashboard import incident_map
    from geo.viz import basemap

    monkeypatch.setattr(basemap, "details_within", no_store)  # nor cut the basemap's details again
    assert incident_map(uri, v, view_of_query({}), drawn) is not None


def test_warm_up_without_a_store_does_nothing_to_it(tmp_path, monkeypatch):
    from geo.app import server

    monkeypatch.setenv("GEO_STORE", str(tmp_path / "no-store-yet"))
    server.warm_up()
    assert not (tmp_path / "no-store-yet").exists()  # reading never makes a store


def test_the_server_keeps_what_it_warmed_up_out_of_the_collectors_sight(tmp_path, monkeypatch):
    """Streamlit collects fully after every script run: what the warm-up made (and all
    the server imported) is frozen once it is done, so those collections skip it."""
    import gc

    from geo.app import server

    calls = []
    monkeypatch.setenv("GEO_STORE", str(tmp_path / "no-store-yet"))
    monkeypatch.setattr(server, "warm_up", lambda: calls.append("warm_up"))
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    server._warm_up_logged()
    assert calls == ["warm_up", "freeze"]
