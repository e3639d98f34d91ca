"""What the dashboard's pages read, cached across reruns and sessions.

Keyed by the store's path and modification time: a new store version is a new read.
``cache_resource`` (shared, never copied) for the layer and what is derived from it:
unpickling a 100k-incident layer on every rerun would cost more than filtering it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import streamlit as st

from geo import ingest
from geo.store import formats as store_formats
from geo.store import filters as store_filters
from geo.store import views as store_views
from geo.viz.basemap import basemap_details, basemap_geojson
from geo.viz.payload import payload_json
from geo.store.filters import Filters


def store_mtime(store: Path) -> float:
    return store.stat().st_mtime if store.exists() else 0.0


@st.cache_resource(show_spinner=False)
def ensure_store(store: str, seeds: str) -> str | None:
    """Ingest the seed reports into the store if it does not exist; once per process.

    Returns what was done, for the analyst, or None when the store was there."""
    store_path, seeds_path = Path(store), Path(seeds)
    if store_path.exists():
        return None
    if not seeds_path.is_dir() or not any(seeds_path.iterdir()):
        return None  # the page says how to add reports
    store_path.parent.mkdir(parents=True, exist_ok=True)
    with st.spinner(f"First start: ingesting the reports in {seeds_path} ..."):
        report = ingest.ingest([seeds_path], store_path)
    return str(report)


@st.cache_resource(show_spinner=False, max_entries=2)
def load_layer(store: str, mtime: float):
    """The incident layer (empty when there is no store); ``mtime`` is the cache key."""
    return store_formats.read_layer(store)


@st.cache_data(show_spinner=False, max_entries=2)
def documents(store: str, mtime: float) -> pd.DataFrame:
    """The table of ingested reports."""
    return store_formats.read_documents_table(store)


@st.cache_resource(show_spinner=False, max_entries=2)
def count_ingested(store: str, mtime: float) -> int:
    """Reports ingested into the store. A store written by other means may have no
    documents table: the layer's doc_ids count too. Once per store version: at 100k
    incidents the two sets take ~0.15 s, on every rerun if not cached."""
    table = store_formats.read_documents_table(store)
    return len(set(table["doc_id"]) | (set(load_layer(store, mtime)["doc_id"]) - {""}))


@st.cache_resource(show_spinner=False, max_entries=2)
def layer_options(store: str, mtime: float) -> dict:
    """Filter options with counts over the whole layer (stable while the store is)."""
    layer = load_layer(store, mtime)
    return {
        "actors": dict(store_views.actor_counts(layer)),
        "event_types": dict(store_views.event_type_counts(layer)),
        "countries": dict(store_views.country_counts(layer)),
        "dates": store_filters.data_date_range(layer),
    }


@st.cache_resource(show_spinner=False, max_entries=16)
def filtered(store: str, mtime: float, filters: Filters):
    """The incidents of a view (shared, read-only). The heatmap switch is not a filter."""
    if filters.heatmap:
        return filtered(store, mtime, replace(filters, heatmap=False))
    # the alias tables load the actor dictionary: only when a name is filtered on
    named = filters.actors or filters.countries
    return store_filters.apply_filters(load_layer(store, mtime), filters,
                                       aliases=aliases(store, mtime) if named else None)


@st.cache_resource(show_spinner=False, max_entries=2)
def aliases(store: str, mtime: float) -> dict:
    """What the names in the store are also called (the filters match them too)."""
    from geo.viz.names import filter_aliases  # noqa: PLC0415

    return filter_aliases(load_layer(store, mtime))


@st.cache_data(show_spinner=False, max_entries=16)
def map_payload(store: str, mtime: float, filters: Filters) -> str:
    """What the browser draws the markers from (see geo.viz.payload.incident_payload)."""
    return payload_json(filtered(store, mtime, filters))


@st.cache_resource(show_spinner=False)
def _basemap_builds():
    """The basemap's countries and details, made in a thread of their own from the first
    page on: on a fresh machine they are built while the seeds are ingested (the
    gazetteer build), not after. Once per process; cached on disk after that."""
    from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="basemap")
    return pool.submit(basemap_geojson), pool.submit(basemap_details)


def warm_up() -> None:
    """Start making the basemap (see :func:`_basemap_builds`)."""
    _basemap_builds()


def basemap() -> dict:
    """The simplified Natural Earth countries (the same for every session)."""
    return _basemap_builds()[0].result()


def details_ready() -> bool:
    """Wait for the basemap's details (shipped with the package: a fraction of a second
    on a fresh machine). Drawn without them and again with them, a map would be mounted
    twice, and a click on it in between lost."""
    _basemap_builds()[1].result()
    return True


@st.cache_data(show_spinner="Shading the admin-1 regions (the first time builds their shapes) ...", max_entries=8)
def region_totals(store: str, mtime: float, filters: Filters) -> list[dict]:
    """Incidents and fatalities per admin-1 region of a view (the choropleth)."""
    from geo.viz.regions import region_totals as totals  # noqa: PLC0415

    return totals(filtered(store, mtime, replace(filters, heatmap=False)))
