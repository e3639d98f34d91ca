"""The sidebar's filter widgets, and the filter state in the URL.

The whole view lives in the URL (:meth:`geo.views.Filters.to_query`), so a view can be
shared and reopened: the widgets take the view in the URL at the start of a session (and
when the URL was changed from outside), and every change is written back to it.

Public API: :func:`sidebar_filters`.
"""

from __future__ import annotations

import streamlit as st

from geo.store import filters as store_filters
from geo.store import views as store_views
from geo.store.filters import Filters

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
    lo, hi = store_filters.data_date_range(layer)
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
    lo, hi = store_filters.data_date_range(layer)
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
        options=list(store_filters.PERIODS),
        format_func=store_filters.PERIODS.get,
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
        sb, "Sub-event types", dict(store_views.sub_event_type_counts(layer, event_types)),
        "All sub-event types", "sub_event_types")
    countries = _counted_multiselect(sb, "Countries", options["countries"], "All countries", "countries")
    admin1 = _counted_multiselect(
        sb, "Admin-1 regions", dict(store_views.admin1_counts(layer, countries)), "All regions", "admin1")
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
