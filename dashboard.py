"""Incident map dashboard: ``streamlit run dashboard.py``. Works with no internet.

A thin shell over ``geo``: the store is read with ``geo.layer``, filtered and summarised
with ``geo.views``, mapped with ``geo.map``. The whole filter state lives in the URL
(``geo.views.Filters.to_query``), so a view can be shared and reopened. Environment:

- ``GEO_STORE``: the incident store (default ``data/incidents.parquet``);
- ``GEO_SEEDS``: reports ingested into it when it does not exist yet (default ``seeds/``).

Relative paths are taken from this file's folder, so the app runs from anywhere.
"""

from __future__ import annotations

import functools
import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo import export as geo_export
from geo import layer as geo_layer
from geo import map as geo_map
from geo import report as geo_report
from geo import views
from geo.views import Filters

ROOT = Path(__file__).resolve().parent
STORE = ROOT / os.environ.get("GEO_STORE", "data/incidents.parquet")
SEEDS = ROOT / os.environ.get("GEO_SEEDS", "seeds")
MAP_HEIGHT = 560
SELECTED_ZOOM = 8
TIMELINE_HEIGHT = 300
TABLE_LIMIT = 5_000  # rows sent to the browser's table; the exports have them all
# A browser session's first page shows the map alone and asks for the rest this many
# seconds later: the timeline (Vega) and the table (Arrow + data grid) are below the fold,
# and drawn at once they share the browser's one main thread with the map's first paint
# (measured at 100k incidents: ~3.4 s to the first cluster with them, ~2.3 s without).
DEFER_BELOW_MAP_S = 1.5

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
DETAIL_COLUMNS = [
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "assoc_actors",
    "fatalities", "location", "admin1", "country", "latitude", "longitude", "geo_precision",
    "time_precision", "evidence", "title", "source", "doc_id", "event_id",
]


# --------------------------------------------------------------------------- data


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


# cache_resource, not cache_data: the layer is shared read-only, never copied per run
# (unpickling a 100k-incident layer on every rerun would cost more than filtering it).
@st.cache_resource(show_spinner=False, max_entries=2)
def load_layer(store: str, mtime: float):
    """The incident layer; ``mtime`` is only the cache key (a new store, a new read)."""
    return geo_layer.read_layer(store)


@st.cache_resource(show_spinner=False, max_entries=2)
def count_ingested(store: str, mtime: float) -> int:
    """Reports ingested into the store. A store written by other means may have no
    documents table: the layer's doc_ids count too. Once per store version: at 100k
    incidents the two sets take ~0.15 s, on every rerun if not cached."""
    documents = geo_layer.read_documents_table(store)
    return len(set(documents["doc_id"]) | (set(load_layer(store, mtime)["doc_id"]) - {""}))


@st.cache_resource(show_spinner=False, max_entries=2)
def layer_options(store: str, mtime: float) -> dict:
    """Filter options with counts over the whole layer (stable while the store is)."""
    layer = load_layer(store, mtime)
    return {
        "actors": dict(views.actor_counts(layer)),
        "event_types": dict(views.event_type_counts(layer)),
        "countries": dict(views.country_counts(layer)),
        "dates": views.data_date_range(layer),
    }


@st.cache_resource(show_spinner=False, max_entries=16)
def filtered(store: str, mtime: float, filters: Filters):
    """The incidents of a view (shared, read-only). The heatmap switch is not a filter."""
    if filters.heatmap:
        return filtered(store, mtime, replace(filters, heatmap=False))
    return views.apply_filters(load_layer(store, mtime), filters)


@st.cache_data(show_spinner=False, max_entries=16)
def map_payload(store: str, mtime: float, filters: Filters) -> str:
    """What the browser draws the markers from (see geo.map.incident_payload)."""
    return geo_map.payload_json(filtered(store, mtime, filters))


@st.cache_resource(show_spinner=False)
def basemap() -> dict:
    """The simplified Natural Earth countries (the same for every session)."""
    return geo_map.basemap_geojson()


# --------------------------------------------------------------------------- filters

# Session-state keys of the filter widgets.
_LIST_WIDGETS = ("actors", "event_types", "sub_event_types", "countries", "admin1")


def _current_query() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def _seed_from_url(layer) -> None:
    """The filter widgets take the view in the URL: at the start of a session, and when
    the URL was changed from outside (a link opened in a tab whose session resumed)."""
    ss = st.session_state
    params = _current_query()
    if ss.get("_url") == params:
        return
    f = Filters.from_query(params)
    lo, hi = views.data_date_range(layer)
    ss["period"] = f.period
    if lo is not None:
        d_from, d_to = f.date_range(layer)
        # a linked range is kept inside the data's range (the widget's bounds)
        clamp = lambda d: min(max(d, lo), hi)  # noqa: E731
        ss["dates"] = (clamp(d_from or lo), clamp(d_to or hi))
    ss["undated"] = f.include_undated
    for name in _LIST_WIDGETS:
        ss[name] = list(getattr(f, name))
    ss["min_fatalities"] = f.min_fatalities
    ss["text"] = f.text
    ss["heatmap"] = f.heatmap
    ss["_url"] = params


def _on_period(layer) -> None:
    ss = st.session_state
    if ss["period"] == "custom":
        return
    d_from, d_to = Filters(period=ss["period"]).date_range(layer)
    lo, hi = views.data_date_range(layer)
    if lo is not None:
        ss["dates"] = (d_from or lo, d_to or hi)


def _on_dates() -> None:
    st.session_state["period"] = "custom"


def _counted(counts: dict[str, int]):
    return lambda v: f"{v} ({counts[v]})" if v in counts else v


def _keep_valid(key: str, options) -> None:
    """Drop selections that are no longer options (e.g. from an old shared link)."""
    ss = st.session_state
    valid = set(options)
    ss[key] = [v for v in ss.get(key, []) if v in valid]


def _counted_multiselect(sb, label: str, counts: dict[str, int], placeholder: str, key: str) -> list:
    """A searchable multi-select whose options show their incident counts; selections
    that are no longer options are dropped first."""
    _keep_valid(key, counts)
    return sb.multiselect(label, options=list(counts), format_func=_counted(counts),
                          placeholder=placeholder, key=key)


def sidebar_filters(layer, options: dict) -> Filters:
    """The filter widgets, in the sidebar; returns the view they describe and writes it
    to the URL."""
    _seed_from_url(layer)
    ss = st.session_state
    sb = st.sidebar
    sb.header("Filters")

    lo, hi = options["dates"]
    date_from = date_to = None
    period = sb.selectbox(
        "Period",
        options=list(views.PERIODS),
        format_func=views.PERIODS.get,
        key="period",
        on_change=_on_period,
        args=(layer,),
        help="Presets count back from the latest incident in the store.",
    )
    if lo is not None:
        picked = sb.date_input(
            "Date range", min_value=lo, max_value=hi, key="dates", on_change=_on_dates
        )
        picked = tuple(picked) if isinstance(picked, (tuple, list)) else (picked,)
        if period == "custom" and picked:
            date_from = picked[0]
            date_to = picked[1] if len(picked) > 1 else hi  # mid-selection: open-ended
    include_undated = sb.checkbox(
        "Include incidents without a date",
        key="undated",
        help="Only matters when the period is not 'All dates'.",
    )

    # Sub-types follow the chosen types, admin-1 regions the chosen countries.
    actors = _counted_multiselect(sb, "Actors", options["actors"], "All actors (type to search)", "actors")
    event_types = _counted_multiselect(sb, "Event types", options["event_types"], "All event types", "event_types")
    sub_event_types = _counted_multiselect(
        sb, "Sub-event types", dict(views.sub_event_type_counts(layer, event_types)),
        "All sub-event types", "sub_event_types")
    countries = _counted_multiselect(sb, "Countries", options["countries"], "All countries", "countries")
    admin1 = _counted_multiselect(
        sb, "Admin-1 regions", dict(views.admin1_counts(layer, countries)), "All regions", "admin1")
    min_fatalities = sb.number_input(
        "Minimum fatalities", min_value=0, step=1, key="min_fatalities"
    )
    text = sb.text_input(
        "Search titles and evidence",
        key="text",
        placeholder='words, or "a phrase"',
    )
    heatmap = sb.toggle("Heatmap", key="heatmap", help="Incident density, weighted by fatalities.")

    filters = Filters(
        period=period,
        date_from=date_from,
        date_to=date_to,
        include_undated=include_undated,
        actors=actors,
        event_types=event_types,
        sub_event_types=sub_event_types,
        countries=countries,
        admin1=admin1,
        min_fatalities=min_fatalities,
        text=text,
        heatmap=heatmap,
    )
    _write_url(filters)
    return filters


def _write_url(filters: Filters) -> None:
    wanted = filters.to_query()
    if wanted != _current_query():
        st.query_params.from_dict(wanted)
    st.session_state["_url"] = wanted


# --------------------------------------------------------------------------- page


def main() -> None:
    st.set_page_config(page_title="Incident map", page_icon=":world_map:", layout="wide")
    pages = [
        st.Page(map_page, title="Map", icon=":material/map:", default=True),
        # not in pages/: Streamlit would also treat that folder as a legacy multipage app
        st.Page(str(ROOT / "app_pages" / "review.py"), title="Add and review reports",
                icon=":material/fact_check:", url_path="review"),
    ]
    st.navigation(pages, position="top").run()


def map_page() -> None:
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
    n_ingested = count_ingested(str(STORE), mtime)
    if layer.empty:
        st.warning(f"No incidents in {STORE}. Ingest reports with `python -m geo`.")

    filters = sidebar_filters(layer, layer_options(str(STORE), mtime))
    online = st.sidebar.toggle(
        "OpenStreetMap tiles (needs internet)",
        key="online",
        help="Adds an OpenStreetMap layer (off until switched on in the map's layer list). "
        "The default basemap is offline.",
    )
    shown = filtered(str(STORE), mtime, filters)
    k = views.kpis(shown)

    # ---- KPIs
    k1, k2, k3, k4 = st.columns(4)
    k1.metric("Incidents", f"{k['incidents']:,}")
    k2.metric("Fatalities", f"{k['fatalities']:,}")
    k3.metric(
        "Documents",
        f"{k['documents']:,}",
        help=f"Reports with a shown incident; {n_ingested:,} reports ingested in all.",
    )
    k4.metric("On the map", f"{k['located']:,}", help="Incidents with coordinates.")

    # ---- map (the row selected in the table is ringed, and the map centres on it)
    selected = _selected_row(shown)
    m = geo_map.build_incident_map(
        shown,
        online_tiles=online,
        basemap=basemap(),
        heatmap=filters.heatmap,
        payload=None if filters.heatmap else map_payload(str(STORE), mtime, replace(filters, heatmap=False)),
    )
    ring = geo_map.highlight_group(selected) if selected is not None else None
    st_folium(
        m,
        height=MAP_HEIGHT,
        use_container_width=True,
        returned_objects=[],
        # drawn into the mounted map: selecting a row does not reload it
        feature_group_to_add=ring,
        center=(float(selected["latitude"]), float(selected["longitude"])) if ring else None,
        zoom=SELECTED_ZOOM if ring else None,
    )

    if not st.session_state.get("_map_shown"):
        st.session_state["_map_shown"] = True
        _rest_of_page_soon()
        return

    # ---- timeline
    timeline_section(shown)

    # ---- table (made after the map: the map goes out to the browser first)
    table = views.incident_table(shown, TABLE_COLUMNS, TABLE_LIMIT)
    st.subheader("Incidents")
    if len(table) < len(shown):
        st.caption(
            f"The {len(table):,} most recent of {len(shown):,} incidents; "
            "narrow the filters, or download them all below."
        )
    st.dataframe(
        table,
        hide_index=True,
        key="table",
        on_select=_on_table_select,
        selection_mode="single-row",
        column_config={
            "event_date": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
            "evidence": st.column_config.TextColumn("evidence", width="large"),
        },
    )
    st.session_state["_table_ids"] = list(table["event_id"])
    if selected is not None:
        selected_details(selected)
    exports_section(shown, filters, layer)
    st.caption(f"Store: {STORE}")


# --------------------------------------------------------------------------- parts


@st.fragment(run_every=DEFER_BELOW_MAP_S)
def _rest_of_page_soon() -> None:
    """Placeholder for the sections below the map on a session's first page; when its
    timer fires it reruns the page, which then draws them (and drops this fragment)."""
    ss = st.session_state
    if ss.get("_rest_requested"):
        ss.pop("_rest_requested")
        st.rerun()
    ss["_rest_requested"] = True
    st.caption("Loading the timeline, the table and the exports…")


def _on_table_select() -> None:
    """Remember the selected incident by its id (table positions change with filters)."""
    ss = st.session_state
    rows = (ss.get("table") or {}).get("selection", {}).get("rows", [])
    ids = ss.get("_table_ids", [])
    ss["selected_event"] = next((ids[r] for r in rows if 0 <= r < len(ids)), None)


def _selected_row(shown):
    """The selected incident (a row of ``shown``), if it is still shown."""
    ss = st.session_state
    event = ss.get("selected_event")
    if event is None:
        # a selection made programmatically (or before the callback existed): the rows
        # are positions in the table of the previous run
        rows = (ss.get("table") or {}).get("selection", {}).get("rows", [])
        ids = ss.get("_table_ids", [])
        event = next((ids[r] for r in rows if 0 <= r < len(ids)), None)
    if event is None:
        return None
    match = shown[shown["event_id"] == event]
    return match.iloc[0] if len(match) else None


def exports_section(shown, filters: Filters, layer) -> None:
    """Downloads of the whole filtered view (not only the rows in the table). The files
    are made when a button is clicked, not on every rerun."""
    st.subheader("Export this view")
    d_from, d_to = filters.date_range(layer)
    cols = st.columns(4)
    labels = {"csv": "CSV", "geojson": "GeoJSON", "geoparquet": "GeoParquet", "html": "Map (HTML)"}
    for col, (fmt, label) in zip(cols, labels.items()):
        options = {"heatmap": filters.heatmap} if fmt == "html" else {}
        col.download_button(
            label,
            data=functools.partial(geo_export.export, shown, fmt, **options),
            file_name=geo_export.file_name("incidents", fmt, d_from, d_to),
            mime=geo_export.FORMATS[fmt][0],
            key=f"export_{fmt}",
            width="stretch",
            # no rerun on click: a rerun would replace the deferred files of the other
            # buttons, and the next click would ask for one that is gone
            on_click="ignore",
            help="Spreadsheet-safe: cells that would run as formulas are prefixed with '"
            if fmt == "csv"
            else None,
        )
    st.caption("Report: a one-page brief of this view (title, filters, map, timeline, "
               "deadliest incidents, sources), printed by headless Chromium, offline.")
    left, right, _ = st.columns([1, 1, 2])
    for col, fmt, mime in ((left, "png", "image/png"), (right, "pdf", "application/pdf")):
        col.download_button(
            f"Export report ({fmt.upper()})",
            data=functools.partial(
                geo_report.build_report, shown, filters, fmt, full_layer=layer, source_label=STORE.name
            ),
            file_name=geo_export.file_name("brief", "html", d_from, d_to).replace(".html", f".{fmt}"),
            mime=mime,
            key=f"report_{fmt}",
            width="stretch",
            on_click="ignore",
        )


def selected_details(row) -> None:
    """The selected incident, field by field (plain text: nothing in it is markup)."""
    with st.expander(f"Selected: {geo_map.highlight_label(row)}", expanded=True):
        fields = [c for c in DETAIL_COLUMNS if c in row.index]
        values = [row[c].strftime("%Y-%m-%d") if isinstance(row[c], pd.Timestamp) and not pd.isna(row[c])
                  else ("" if pd.isna(row[c]) else str(row[c])) for c in fields]
        st.dataframe(
            pd.DataFrame({"field": fields, "value": values}),
            hide_index=True,
            width="stretch",
            column_config={"value": st.column_config.TextColumn("value", width="large")},
        )
        url = geo_map.safe_url(row.get("source"))
        if url:
            st.link_button("Open the source report", url)


def timeline_section(shown) -> None:
    """Incidents and fatalities per day or week, stacked by event type (Vega-Lite, drawn
    by Streamlit's own bundled renderer: nothing is fetched)."""
    st.subheader("Timeline")
    auto = views.choose_frequency(shown)
    freq = st.segmented_control(
        "Bars per",
        options=["D", "W"],
        format_func={"D": "day", "W": "week"}.get,
        default=auto,
        key=f"freq_{auto}",
        label_visibility="collapsed",
    ) or auto
    data = views.timeline(shown, freq)
    if data.empty:
        st.caption("No dated incident in this view.")
        return
    types = list(dict.fromkeys(data["event_type"]))
    colors = [geo_map.event_color(t) for t in types]
    left, right = st.columns(2)
    for column, measure, title in ((left, "incidents", "Incidents"), (right, "fatalities", "Fatalities")):
        chart = (
            alt.Chart(data, title=f"{title} per {'day' if freq == 'D' else 'week'}")
            .mark_bar()
            .encode(
                x=alt.X("period:T", title=None),
                y=alt.Y(f"sum({measure}):Q", title=title.lower()),
                color=alt.Color(
                    "event_type:N",
                    scale=alt.Scale(domain=types, range=colors),
                    legend=alt.Legend(title=None, orient="bottom", columns=2, labelLimit=260),
                ),
                tooltip=[
                    alt.Tooltip("period:T", title="from", format="%Y-%m-%d"),
                    alt.Tooltip("event_type:N", title="type"),
                    alt.Tooltip(f"{measure}:Q", title=measure),
                ],
            )
        )
        column.altair_chart(chart, width="stretch", height=TIMELINE_HEIGHT)

main()
