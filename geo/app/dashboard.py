"""The incident map dashboard: ``streamlit run`` this file (``geo dashboard`` does).
Works with no internet.

A thin shell over ``geo``: every number, bar, row and marker is asked of the store
(``geo.store.open_store``: a folder store or PostGIS) through :mod:`geo.app.data`, and
mapped with ``geo.viz`` (grid squares for a view too large for markers). The whole filter state lives in the URL
(:mod:`geo.app.filters`), so a view can be shared and reopened. Where the store is:
:mod:`geo.app.settings` (``GEO_STORE``, ``GEO_SEEDS``).

Streamlit runs this file as ``__main__`` on every rerun, and :func:`main` draws the app;
the repository's ``dashboard.py`` imports this module and calls :func:`main` instead.
Pages: the map (:func:`map_page`) and ``review.py`` (add and review reports).
"""

from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path

import streamlit as st

from geo.store import views as store_views
from geo.app import data, settings
from geo.app.filters import link_warnings, sidebar_filters, unlinked_view, url_filters
from geo.app.markdown import plain
from geo.store.filters import Filters

# Modules a session's first page (the map alone) does not need are imported where they
# are used (altair: the timeline; the exports and the report: a click), and the map's
# (folium, streamlit-folium) once the store has been asked for the page's answers:
# after a server start, the store's scans run while they are imported (data.prefetch).

MAP_HEIGHT = 560
SELECTED_ZOOM = 8
TIMELINE_HEIGHT = 300
TABLE_LIMIT = 5_000  # rows sent to the browser's table; the exports have them all
# A browser session's first page shows the map alone and asks for the rest this many
# seconds later: the timeline (Vega) and the table (Arrow + data grid) are below the fold,
# and drawn at once they share the browser's one main thread with the map's first paint
# (measured at 100k incidents: ~3.4 s to the first cluster with them, ~2.3 s without);
# so do the sidebar's filter widgets on a page opened without a view in its URL.
DEFER_BELOW_MAP_S = 1.5

TABLE_COLUMNS = [
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "fatalities", "location",
    "admin1", "country", "geo_precision", "evidence", "title", "source", "event_id",
]
DETAIL_COLUMNS = [
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "assoc_actors",
    "fatalities", "location", "admin1", "country", "latitude", "longitude", "geo_precision",
    "time_precision", "evidence", "title", "source", "source_count", "dataset", "doc_id", "event_id",
]


def main() -> None:
    st.set_page_config(page_title="Incident map", page_icon=":world_map:", layout="wide")
    pages = [
        st.Page(map_page, title="Map", icon=":material/map:", default=True),
        # a page file beside this one, not in a pages/ folder: Streamlit would take that
        # folder for a legacy multipage app and run this script as one
        st.Page(str(settings.APP_DIR / "review.py"), title="Add and review reports",
                icon=":material/fact_check:", url_path="review"),
    ]
    st.navigation(pages, position="top").run()


def _store_notice(uri: str, seeds: Path) -> None:
    """Ingest the seeds into an empty store, and say so; or say how to start one."""
    label = settings.store_label(uri)
    try:
        message = data.ensure_store(uri, str(seeds), str(settings.sample_path()))
    except Exception as exc:  # show it in the app rather than a traceback page
        st.error(f"Could not ingest {plain(seeds)} into {plain(label)}: {plain(str(exc) or 'unexpected failure')}")
        return
    if message:
        st.info(plain(message))
    elif data.store(uri) is None:
        st.info(
            f"No incident store yet at {plain(label)}, and no reports in {plain(seeds)} to start one "
            "with. Add reports on the **Add and review reports** page, or from a shell: "
            f"geo ingest REPORTS... --store {plain(label)}. The environment variables GEO_STORE "
            "and GEO_SEEDS choose other places."
        )


def map_page() -> None:
    st.title("Conflict incidents")
    uri, seeds = settings.store_uri(), settings.seeds_path()
    data.warm_up()  # the basemap is made meanwhile
    _store_notice(uri, seeds)

    v = data.version(uri)
    ss = st.session_state
    # a session's first page shows the map alone, and so do the reruns the map's own
    # first moves (fitting its view) ask for before the rest came: see _rest_of_page_soon
    map_only = not ss.get("_map_shown") or ss.pop("_map_moved_early", False)
    if not ss.get("_map_shown"):
        data.prefetch(uri, v, url_filters())
    from streamlit_folium import st_folium  # noqa: PLC0415  (see the imports above)

    from geo.viz.map import highlight_group, prepare, view_incidents_group  # noqa: PLC0415

    prepare()  # meanwhile (see data.prefetch)

    n_ingested = data.count_ingested(uri, v)
    options = data.layer_options(uri, v)
    if v is not None and not options["event_types"] and not n_ingested:
        st.warning(f"No incidents in {plain(settings.store_label(uri))}. Add reports on the review page, or with `geo ingest`.")

    names = options["names"]
    # a session's first page, opened without a view in its URL, draws the map before the
    # sidebar: the filter widgets (a dozen, each kind with script files of its own to
    # fetch, and their React render) would share the browser's one main thread with the
    # map's first paint; they come with the rest of the page, at the view they give then
    # (the default one). A linked view draws them at once: they resolve its names.
    unlinked = unlinked_view() if map_only else None
    if unlinked is not None:
        filters, online, regions = unlinked, False, None
        # the sidebar is there from the start, at its width: the map does not resize (and
        # send its bounds again) when the widgets come
        st.sidebar.header("Filters")
        st.sidebar.caption("Loading the filters…")
    else:
        filters, online, regions = _sidebar(uri, v, names, options)
    view = replace(filters, heatmap=False)
    # a session's first page draws the map alone: the count of reports (costly on a large
    # store) comes with the rest of the page
    k = data.kpis(uri, v, view, documents=not map_only)

    # ---- KPIs
    k1, k2, k3, k4 = st.columns(4)
    k1.metric("Incidents", f"{k['incidents']:,}")
    k2.metric("Fatalities", f"{k['fatalities']:,}")
    k3.metric(
        "Documents",
        "…" if k["documents"] is None else f"{k['documents']:,}",
        help=f"Reports with a shown incident; {n_ingested:,} reports ingested in all.",
    )
    k4.metric("On the map", f"{k['located']:,}", help="Incidents with coordinates.")

    # ---- map (the row selected in the table is ringed, and the map centres on it)
    # the selectable rows (none on the first page: the table comes with the rest)
    table = None if map_only else data.table(uri, v, view, TABLE_LIMIT)
    selected = None if table is None else _selected_row(table)
    drawn = data.map_view(uri, v, view)
    m = incident_map(uri, v, view, drawn, online=online, heatmap=filters.heatmap, regions=regions)
    # a view drawn as squares: the incidents inside the map's bounds (sent by the
    # browser after each move) as markers, once they are few enough
    squares = drawn.aggregated and not filters.heatmap
    in_bounds = _bounds_markers(uri, v, view) if squares else None
    if squares:
        st.caption(_squares_caption(drawn.located, in_bounds))
    ring = highlight_group(selected) if selected is not None else None
    groups = [g for g in (view_incidents_group(in_bounds[1]) if in_bounds and in_bounds[1] else None, ring) if g]
    st.session_state["_map_view"] = view  # what the bounds the map sends next belong to
    st_folium(
        m,
        key=MAP_KEY,
        height=MAP_HEIGHT,
        use_container_width=True,
        # a rerun when the map moves only where the bounds matter (a view of squares;
        # streamlit-folium fixes this list when it mounts the map: so from the first page
        # on, where the map's first move, fitting the view, brings the rest of the page
        # once the squares are drawn)
        returned_objects=["bounds"] if squares else [],
        on_change=_on_map_move,
        # drawn into the mounted map: selecting a row, or moving it, does not reload it
        feature_group_to_add=groups or None,
        center=(float(selected["latitude"]), float(selected["longitude"])) if ring else None,
        zoom=SELECTED_ZOOM if ring else None,
    )

    if map_only:
        ss["_map_shown"] = True
        ss.pop("_rest_requested", None)  # this run's call (re)starts the timer only
        _rest_of_page_soon()
        return
    ss["_rest_shown"] = True

    # ---- timeline
    timeline_section(uri, v, view, options)

    # ---- table (made after the map: the map goes out to the browser first)
    shown_table = store_views.incident_table(table, TABLE_COLUMNS, TABLE_LIMIT)
    st.subheader("Incidents")
    if len(shown_table) < k["incidents"]:
        st.caption(
            f"The {len(shown_table):,} most recent of {k['incidents']:,} incidents; "
            "narrow the filters, or download them all below."
        )
    st.dataframe(
        shown_table,
        hide_index=True,
        key="table",
        on_select=_on_table_select,
        selection_mode="single-row",
        column_config={
            "event_date": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
            "evidence": st.column_config.TextColumn("evidence", width="large"),
        },
    )
    st.session_state["_table_ids"] = list(shown_table["event_id"])
    if selected is not None:
        selected_details(selected)
    exports_section(uri, v, filters, names)
    st.caption(f"Store: {plain(settings.store_label(uri))}")


# --------------------------------------------------------------------------- parts


MAP_KEY = "incident_map"  # session state: what the map last sent (its bounds)


def incident_map(uri: str, v, view: Filters, drawn, *, online: bool = False, heatmap: bool = False,
                 regions: str | None = None):
    """The folium map of ``view`` (``drawn``: its ``data.map_view``): markers or squares
    on the offline basemap, with the basemap's details around them. The server's
    warm-up makes a first page's once (``geo.app.server``): the details around its
    incidents are cut and packed then, not for its first visitor."""
    from geo.viz.map import build_incident_map  # noqa: PLC0415

    return build_incident_map(
        drawn.markers,
        online_tiles=online,
        basemap=data.basemap(),
        details=data.details_ready(),
        heatmap=heatmap,
        payload=None if heatmap or drawn.aggregated else data.map_payload(uri, v, view),
        regions=regions,
        region_totals=data.region_totals(uri, v, view) if regions else None,
        cells=data.map_cells(uri, v, view),
        extent=drawn.extent,
    )


def _sidebar(uri: str, v, names, options: dict) -> tuple[Filters, bool, str | None]:
    """The sidebar: the filters (the view), the online-tiles switch and the region
    shading."""
    filters = sidebar_filters(names, options, aliases=lambda: data.aliases(uri, v),
                              counts=lambda column, within: data.option_counts(uri, v, column, within))
    link_warnings()
    online = st.sidebar.toggle(
        "OpenStreetMap tiles (needs internet)",
        key="online",
        help="Adds an OpenStreetMap layer (off until switched on in the map's layer list). "
        "The default basemap is offline.",
    )
    regions = st.sidebar.selectbox(
        "Shade admin-1 regions by", options=[None, "incidents", "fatalities"], key="regions",
        format_func=lambda v: "nothing" if v is None else v,
        help="A choropleth of the view's incidents or fatalities per admin-1 region, under the markers.",
    )
    return filters, online, regions


def _on_map_move() -> None:
    """Keep the bounds the map just sent, with the view it was drawn for (a map of
    another view, mounted meanwhile, sends its own)."""
    ss = st.session_state
    bounds = (ss.get(MAP_KEY) or {}).get("bounds") or {}
    ss["_map_bounds"] = (ss.get("_map_view"), _bbox(bounds))
    if not ss.get("_rest_shown"):  # the first page's map, fitting its view as it draws
        ss["_map_moved_early"] = True


def _bbox(bounds: dict) -> tuple[float, float, float, float] | None:
    """Leaflet's ``{"_southWest": {lat, lng}, "_northEast": {...}}`` as (west, south,
    east, north), rounded (nearby moves share a cached answer); None when unknown."""
    try:
        sw, ne = bounds["_southWest"], bounds["_northEast"]
        box = (float(sw["lng"]), float(sw["lat"]), float(ne["lng"]), float(ne["lat"]))
    except (KeyError, TypeError, ValueError):
        return None
    return tuple(round(x, 4) for x in box)


def _bounds_markers(uri: str, v, view: Filters) -> tuple[int, str | None] | None:
    """(incidents in the map's bounds, their markers' payload or None) for ``view``, or
    None when the map has not said its bounds for this view yet."""
    seen_view, box = st.session_state.get("_map_bounds") or (None, None)
    if box is None or seen_view != view:
        return None
    try:
        return data.bounds_markers(uri, v, view, box)
    except ValueError:  # not a box (the browser sent something odd): the squares stay
        return None


def _squares_caption(located: int, in_bounds: tuple[int, str | None] | None) -> str:
    if in_bounds is not None and in_bounds[1] is not None:
        return (f"{located:,} incidents in this view; the {in_bounds[0]:,} in the map's bounds are drawn one "
                "by one. Zoom out to see the squares again.")
    return (f"{located:,} incidents on the map: too many to draw one by one, so they are counted in squares "
            "(colour: incidents, size: fatalities; the squares shrink as you zoom in). Zoom in until the map "
            f"holds at most {settings.max_markers():,} of them to see each incident, or narrow the filters.")


@st.fragment(run_every=DEFER_BELOW_MAP_S)
def _rest_of_page_soon() -> None:
    """Placeholder for the sections below the map on a session's first page; when its
    timer fires it reruns the page, which then draws them (and drops this fragment)."""
    ss = st.session_state
    if ss.get("_rest_requested"):
        ss.pop("_rest_requested")
        st.rerun()
    ss["_rest_requested"] = True
    st.caption("Loading the filters, the timeline, the table and the exports…")


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


def exports_section(uri: str, v, filters: Filters, names) -> None:
    """Downloads of the whole filtered view (not only the rows in the table). The files
    are made when a button is clicked, not on every rerun: only then is the view read."""
    from geo.store import export as store_export  # noqa: PLC0415
    from geo.viz import export as viz_export  # noqa: PLC0415

    st.subheader("Export this view")
    d_from, d_to = filters.date_range(names)
    cols = st.columns(5)
    labels = {"csv": "CSV", "acled": "ACLED CSV", "geojson": "GeoJSON", "geoparquet": "GeoParquet",
              "html": "Map (HTML)"}
    view = replace(filters, heatmap=False)
    for col, (fmt, label) in zip(cols, labels.items()):
        options = {"heatmap": filters.heatmap} if fmt == "html" else {}
        col.download_button(
            label,
            data=functools.partial(_export, uri, v, view, fmt, options),
            file_name=(store_export.file_name("incidents_acled", "csv", d_from, d_to) if fmt == "acled"
                       else store_export.file_name("incidents", fmt, d_from, d_to)),
            mime=viz_export.FORMATS["csv" if fmt == "acled" else fmt][0],
            key=f"export_{fmt}",
            width="stretch",
            # no rerun on click: a rerun would replace the deferred files of the other
            # buttons, and the next click would ask for one that is gone
            on_click="ignore",
            help=EXPORT_HELP.get(fmt),
        )
    st.caption("Report: a one-page brief of this view (title, filters, map, timeline, "
               "deadliest incidents, sources), printed by headless Chromium, offline.")
    left, right, _ = st.columns([1, 1, 2])
    for col, fmt, mime in ((left, "png", "image/png"), (right, "pdf", "application/pdf")):
        col.download_button(
            f"Export report ({fmt.upper()})",
            data=functools.partial(_report, uri, v, filters, fmt, names),
            file_name=store_export.file_name("brief", "html", d_from, d_to).replace(".html", f".{fmt}"),
            mime=mime,
            key=f"report_{fmt}",
            width="stretch",
            on_click="ignore",
        )


EXPORT_HELP = {
    "csv": "Spreadsheet-safe: cells that would run as formulas are prefixed with '",
    "acled": "ACLED's columns, one row per incident; imported ACLED rows as they were read.",
}


def _export(uri: str, v, view: Filters, fmt: str, options: dict) -> bytes:
    from geo.viz import export as viz_export  # noqa: PLC0415

    if fmt == "acled":
        from geo.interop import to_acled_csv  # noqa: PLC0415

        return to_acled_csv(data.view_layer(uri, v, view))
    return viz_export.export(data.view_layer(uri, v, view), fmt, **options)


def _report(uri: str, v, filters: Filters, fmt: str, names) -> bytes:
    from geo.viz.report import build_report  # noqa: PLC0415

    shown = data.view_layer(uri, v, replace(filters, heatmap=False))
    label = Path(settings.store_label(uri)).name if not settings.is_database(uri) else "database"
    return build_report(shown, filters, fmt, full_layer=names, source_label=label)


def selected_details(row) -> None:
    """The selected incident, field by field (plain text: nothing in it is markup)."""
    import pandas as pd  # noqa: PLC0415

    from geo.viz.map import highlight_label  # noqa: PLC0415
    from geo.viz.payload import safe_url  # noqa: PLC0415

    with st.expander(f"Selected: {plain(highlight_label(row))}", expanded=True):
        fields = [c for c in DETAIL_COLUMNS if c in row.index]
        values = [row[c].strftime("%Y-%m-%d") if isinstance(row[c], pd.Timestamp) and not pd.isna(row[c])
                  else ("" if pd.isna(row[c]) else str(row[c])) for c in fields]
        st.dataframe(
            pd.DataFrame({"field": fields, "value": values}),
            hide_index=True,
            width="stretch",
            column_config={"value": st.column_config.TextColumn("value", width="large")},
        )
        url = safe_url(row.get("source"))
        if url:
            st.link_button("Open the source report", url)


def timeline_section(uri: str, v, view: Filters, options: dict) -> None:
    """Incidents and fatalities per day or week, stacked by event type (Vega-Lite, drawn
    by Streamlit's own bundled renderer: nothing is fetched)."""
    import altair as alt  # noqa: PLC0415

    from geo.viz.colors import event_color  # noqa: PLC0415

    st.subheader("Timeline")
    daily = data.timeline(uri, v, view, "D")
    auto = "D" if daily.empty else store_views.choose_frequency(daily.rename(columns={"period": "event_date"}))
    freq = st.segmented_control(
        "Bars per",
        options=["D", "W"],
        format_func={"D": "day", "W": "week"}.get,
        default=auto,
        key=f"freq_{auto}",
        label_visibility="collapsed",
    ) or auto
    bars = daily if freq == "D" else data.timeline(uri, v, view, freq)
    if bars.empty:
        st.caption("No dated incident in this view.")
        return
    types = list(dict.fromkeys(bars["event_type"]))
    colors = [event_color(t) for t in types]
    left, right = st.columns(2)
    for column, measure, title in ((left, "incidents", "Incidents"), (right, "fatalities", "Fatalities")):
        chart = (
            alt.Chart(bars, title=f"{title} per {'day' if freq == 'D' else 'week'}")
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


if __name__ == "__main__":  # `streamlit run` runs this file as __main__, on every rerun
    main()
