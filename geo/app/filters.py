"""The sidebar's filter widgets, and the filter state in the URL.

The whole view lives in the URL (:meth:`geo.views.Filters.to_query`), so a view can be
shared and reopened: the widgets take the view in the URL at the start of a session (and
when the URL was changed from outside), and every change is written back to it.

Public API: :func:`sidebar_filters`, :func:`url_filters`, :func:`unlinked_view`.
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from geo.store import filters as store_filters
from geo.store import views as store_views
from geo.store.filters import Filters
from geo.app.markdown import plain

# Session-state keys of the filter widgets.
_LIST_WIDGETS = ("actors", "event_types", "sub_event_types", "countries", "admin1", "datasets")

# What the datasets of geo.store.schema.DATASET are called in the sidebar.
DATASET_LABELS = {"reports": "Our reports", "acled": "ACLED", "ucdp": "UCDP"}


def _current_query() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def url_filters() -> Filters:
    """The view the URL describes, as the widgets will take it at the start of a
    session (before the store's names are known: typed names are resolved later), with
    the heatmap switch off (a display option)."""
    return view_of_query(_current_query())


def unlinked_view() -> Filters | None:
    """The view of a URL that holds none (the dashboard opened as it is): the one the
    widgets start from when nothing seeds them. ``None`` for a linked view, which only
    the widgets apply (they resolve its names and say what in it cannot be applied)."""
    params = _current_query()
    return None if params else view_of_query(params)


def view_of_query(params) -> Filters:
    """The view a URL's query parameters describe, with the heatmap switch off."""
    return replace(Filters.from_query(params), heatmap=False)


def _seed_from_url(layer, aliases) -> None:
    """The filter widgets take the view in the URL: at the start of a session, and when
    the URL was changed from outside (a link opened in a tab whose session resumed).
    What in it cannot be applied is kept for :func:`link_warnings`, and the URL is left
    as it was given until the analyst changes the view."""
    ss = st.session_state
    params = _current_query()
    if ss.get("_url") == params:
        return
    named = any(params.get(k) for k in ("actor", "country", "admin1", "type", "subtype"))
    ss["_link_problems"] = store_filters.link_problems(params, layer, aliases() if named and aliases else None)
    ss["_link_pending"] = True
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


def _keep_valid(key: str, options, table=None) -> None:
    """Drop selections that match no option (e.g. from an old shared link: the page
    warns about them); typed names that match options by alias or part are kept."""
    ss = st.session_state
    valid = set(options)
    ss[key] = [v for v in ss.get(key, []) if v in valid
               or (table is not None and store_filters.match_names(v, options, table))]


def _counted_multiselect(sb, label: str, counts: dict[str, int], placeholder: str, key: str,
                         table=None) -> list:
    """A searchable multi-select whose options show their incident counts; selections
    that are no longer options are dropped first. With an alias ``table`` the analyst
    may also type a name as they know it ("RSF", "US military"), matched as the filter
    matches it."""
    _keep_valid(key, counts, table)
    typed = {} if table is None else {"accept_new_options": True}
    return sb.multiselect(label, options=list(counts), format_func=_counted(counts),
                          placeholder=placeholder, key=key, **typed)


def link_warnings() -> None:
    """Say what of the opened link could not be applied, naming each value (as plain
    text) and the nearest valid values."""
    for problem in st.session_state.get("_link_problems", []):
        st.warning(f"Not applied from the link: {plain(problem.message())}", icon=":material/link_off:")


def sidebar_filters(layer, options: dict, aliases=None, counts=None) -> Filters:
    """The filter widgets, in the sidebar; returns the view they describe and writes it
    to the URL. ``layer``: the incidents, or a stand-in holding the store's names and
    first and last dates (``geo.app.data.layer_options``); ``aliases``: a function
    giving the alias tables of the names in the store (``geo.viz.names.filter_aliases``),
    called only when names are filtered on; ``counts(column, within)``: the values of a
    column with counts over the incidents of the view ``within`` (the sub-event types of
    the chosen types, the regions of the chosen countries), from the store (default:
    counted in ``layer``)."""
    if counts is None:
        counts = _layer_counts(layer)
    _seed_from_url(layer, aliases)
    tables = _Tables(aliases)
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
    actors = _counted_multiselect(sb, "Actors", options["actors"], "All actors (type a name or alias)", "actors",
                                  tables("actor"))
    event_types = _counted_multiselect(sb, "Event types", options["event_types"], "All event types", "event_types")
    sub_event_types = _counted_multiselect(
        sb, "Sub-event types", counts("sub_event_type", Filters(event_types=event_types)),
        "All sub-event types", "sub_event_types")
    countries = _counted_multiselect(sb, "Countries", options["countries"], "All countries", "countries",
                                     tables("country"))
    admin1 = _counted_multiselect(
        sb, "Admin-1 regions", counts("admin1", Filters(countries=countries)), "All regions", "admin1", {})
    datasets = _dataset_choice(sb, options.get("datasets") or {})
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
        datasets=datasets,
        min_fatalities=min_fatalities,
        text=text,
        heatmap=heatmap,
    )
    _write_url(filters)
    return filters


def _dataset_choice(sb, counts: dict[str, int]) -> list[str]:
    """The datasets to show, when the store holds more than one (our reports, imported
    ACLED or UCDP rows); none chosen: all of them."""
    if len(counts) < 2:
        return []
    _keep_valid("datasets", counts)
    labelled = {v: f"{DATASET_LABELS.get(v, v)} ({n})" for v, n in counts.items()}
    return sb.multiselect("Dataset", options=list(counts), format_func=lambda v: labelled.get(v, v),
                          placeholder="All datasets", key="datasets",
                          help="Our reports' incidents, or those imported with `geo import acled|ucdp`.")


def _layer_counts(layer):
    """``counts`` of :func:`sidebar_filters` over the incidents of a layer."""
    def counts(column: str, within: Filters) -> dict[str, int]:
        if column == "sub_event_type":
            return dict(store_views.sub_event_type_counts(layer, within.event_types))
        return dict(store_views.admin1_counts(layer, within.countries))
    return counts


class _Tables:
    """The alias tables, loaded the first time a typed name needs them."""

    def __init__(self, aliases):
        self._aliases, self._tables = aliases, None

    def __call__(self, key: str):
        if self._aliases is None:
            return {}
        ss = st.session_state
        wanted = ss.get("actors") if key == "actor" else ss.get("countries")
        options_only = not wanted
        if options_only and self._tables is None:
            return {}  # nothing typed: plain options, no dictionary to load
        if self._tables is None:
            self._tables = self._aliases()
        return self._tables.get(key, {})


def _write_url(filters: Filters) -> None:
    """Write the view to the URL; a link with values that could not be applied stays as
    it was opened (with its warnings) until the analyst changes the view."""
    ss = st.session_state
    if ss.pop("_link_pending", False) and ss.get("_link_problems"):
        ss["_link_filters"] = filters
    if ss.get("_link_problems"):
        if filters == ss.get("_link_filters"):
            ss["_url"] = _current_query()
            return
        ss["_link_problems"] = []
    wanted = filters.to_query()
    if wanted != _current_query():
        st.query_params.from_dict(wanted)
    ss["_url"] = wanted
