"""Incident map dashboard: ``streamlit run dashboard.py``. Works with no internet.

A thin shell over ``geo``: the store is read with ``geo.layer``, filtered and mapped with
``geo.map``. Environment:

- ``GEO_STORE``: the incident store (default ``data/incidents.parquet``);
- ``GEO_SEEDS``: reports ingested into it when it does not exist yet (default ``seeds/``).

Relative paths are taken from this file's folder, so the app runs from anywhere.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo import layer as geo_layer
from geo import map as geo_map

ROOT = Path(__file__).resolve().parent
STORE = ROOT / os.environ.get("GEO_STORE", "data/incidents.parquet")
SEEDS = ROOT / os.environ.get("GEO_SEEDS", "seeds")
MAP_HEIGHT = 560

TABLE_COLUMNS = [
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "fatalities",
    "location",
    "admin1",
    "country",
    "geo_precision",
    "evidence",
    "title",
    "source",
    "event_id",
]


@st.cache_resource(show_spinner=False)
def ensure_store(store: str, seeds: str) -> str | None:
    """Ingest the seed reports into the store if it does not exist; once per process.

    Returns a message for the analyst, or None if there was nothing to do.
    """
    store_path, seeds_path = Path(store), Path(seeds)
    if store_path.exists():
        return None
    if not seeds_path.is_dir() or not any(seeds_path.iterdir()):
        return f"No store at {store_path} and no reports in {seeds_path} to ingest."
    store_path.parent.mkdir(parents=True, exist_ok=True)
    with st.spinner(f"First start: ingesting the reports in {seeds_path} ..."):
        report = geo_layer.ingest([seeds_path], store_path)
    return str(report)


@st.cache_data(show_spinner=False)
def load_layer(store: str, mtime: float):
    """The incident layer; ``mtime`` is only the cache key (a new store, a new read)."""
    return geo_layer.read_layer(store)


@st.cache_data(show_spinner=False)
def load_documents(store: str, mtime: float) -> pd.DataFrame:
    return geo_layer.read_documents_table(store)


@st.cache_resource(show_spinner=False)
def basemap() -> dict:
    """The simplified Natural Earth countries (the same for every session)."""
    return geo_map.basemap_geojson()


def main() -> None:
    st.set_page_config(page_title="Incident map", page_icon=":world_map:", layout="wide")
    st.title("Conflict incidents")

    try:
        message = ensure_store(str(STORE), str(SEEDS))
    except Exception as exc:  # show it in the app rather than a traceback page
        st.error(f"Could not ingest {SEEDS} into {STORE}: {type(exc).__name__}: {exc}")
        message = None
    if message:
        st.info(message)

    mtime = STORE.stat().st_mtime if STORE.exists() else 0.0
    layer = load_layer(str(STORE), mtime)
    # a store written by other means may have no documents table: its doc_ids count too
    n_ingested = len(
        set(load_documents(str(STORE), mtime)["doc_id"]) | (set(layer["doc_id"]) - {""})
    )
    if layer.empty:
        st.warning(f"No incidents in {STORE}. Ingest reports with `python -m geo`.")

    # ---- sidebar filters
    sb = st.sidebar
    sb.header("Filters")
    dates = layer["event_date"].dropna()
    date_from = date_to = None
    if len(dates):
        lo, hi = dates.min().date(), dates.max().date()
        picked = sb.date_input(
            "Date range", value=(lo, hi), min_value=lo, max_value=hi, key="dates"
        )
        picked = tuple(picked) if isinstance(picked, (tuple, list)) else (picked,)
        if len(picked) >= 1:
            date_from = picked[0]
            date_to = picked[1] if len(picked) > 1 else hi  # mid-selection: open-ended
    include_undated = sb.checkbox("Include incidents without a date", value=True)

    counts = dict(geo_map.actor_counts(layer))
    actors = sb.multiselect(
        "Actors",
        options=list(counts),
        format_func=lambda a: f"{a} ({counts[a]})",
        placeholder="All actors",
        key="actors",
    )
    present = set(layer["event_type"])
    type_options = [t for t in geo_map.EVENT_COLORS if t in present]
    type_options += sorted(present - set(type_options) - {""})
    event_types = sb.multiselect(
        "Event types", options=type_options, placeholder="All event types", key="event_types"
    )
    online = sb.toggle(
        "OpenStreetMap tiles (needs internet)",
        value=False,
        help="Adds an OpenStreetMap layer (off until switched on in the map's layer list). "
        "The default basemap is offline.",
    )

    shown = geo_map.filter_layer(
        layer,
        date_from,
        date_to,
        actors,
        event_types,
        include_undated=include_undated,
    )
    located = int(shown["latitude"].notna().sum() if len(shown) else 0)

    # ---- KPIs
    k1, k2, k3, k4 = st.columns(4)
    k1.metric("Incidents", f"{len(shown):,}")
    k2.metric("Fatalities", f"{int(shown['fatalities'].sum()):,}")
    k3.metric(
        "Documents",
        f"{shown['doc_id'].replace('', pd.NA).nunique():,}",
        help=f"Reports with a shown incident; {n_ingested:,} reports ingested in all.",
    )
    k4.metric("On the map", f"{located:,}", help="Incidents with coordinates.")

    # ---- map
    m = geo_map.build_incident_map(shown, online_tiles=online, basemap=basemap())
    st_folium(m, height=MAP_HEIGHT, use_container_width=True, returned_objects=[])

    # ---- table
    st.subheader("Incidents")
    table = pd.DataFrame(shown[[c for c in TABLE_COLUMNS if c in shown.columns]])
    st.dataframe(
        table,
        hide_index=True,
        column_config={
            "event_date": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
            "evidence": st.column_config.TextColumn("evidence", width="large"),
        },
    )
    st.download_button(
        "Download shown incidents (CSV)",
        table.to_csv(index=False).encode("utf-8"),
        file_name="incidents.csv",
        mime="text/csv",
    )
    st.caption(f"Store: {STORE}")


main()
