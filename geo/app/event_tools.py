"""Events read from several reports, on the review page (:mod:`geo.app.review`): the
reports of an event with each source, "Split this event", and a merge of the incident
into a nearby event of the same days.

Each choice is a correction of the store (``geo.events.split`` / ``merge``), kept with
the reviewer's name like any other decision. Report text (titles, sources, evidence)
is shown as text: in tables, or escaped (``geo.app.markdown.plain``); a source is a
link only when it is one http(s) URL (``geo.viz.payload.safe_url``).

Public API: :func:`sources_section`, :func:`merge_section`, :func:`merge_candidates`.
"""

from __future__ import annotations

from datetime import timedelta

import pandas as pd
import streamlit as st

from geo import events
from geo.app.markdown import plain
from geo.gazetteer import haversine_km
from geo.store.filters import Filters
from geo.viz.map import highlight_label
from geo.viz.payload import safe_url

# Merge candidates: incidents dated within this many days of the incident, nearest first.
MERGE_WINDOW_DAYS = 1
MERGE_CANDIDATES = 30


def _key(row) -> str:
    """Widget keys follow the event as it is now (a split or merge changes its reports)."""
    return f"{row['event_id']}_{int(row.get('source_count') or 1)}"


def _say(message: str, error: bool = False) -> None:
    st.session_state["review_message"] = (message, error)


def sources_section(store, row, reviewer: str) -> None:
    """How many reports the incident was read from, each with its source; for an event
    of several, its reports and "Split this event"."""
    count = int(row.get("source_count") or 1)
    if count <= 1:
        source = str(row.get("source") or "")
        if source:
            st.caption(f"Source: {plain(source)}")
        return
    st.markdown(f"**{count} reports** of this event")
    reports = events.members(store, row)
    st.dataframe(pd.DataFrame({
        "report": reports["title"].fillna("").astype(str).to_numpy(),
        "source": reports["source"].fillna("").astype(str).to_numpy(),
        "date": reports["event_date"].dt.strftime("%Y-%m-%d").fillna("").to_numpy(),
        "fatalities": reports["fatalities"].to_numpy(),
        "evidence": reports["evidence"].fillna("").astype(str).to_numpy(),
        "incident": reports["event_id"].to_numpy(),
    }), hide_index=True, width="stretch", key=f"members_{_key(row)}",
        column_config={"evidence": st.column_config.TextColumn("evidence", width="large")})
    for i, source in enumerate(reports["source"].fillna("").astype(str), start=1):
        url = safe_url(source)
        if url:
            st.link_button(f"Open report {i}", url)
    if st.button("Split this event", key=f"split_{_key(row)}",
                 help="Make each of its reports an incident of its own (saved as a correction)."):
        done = events.split(store, row, reviewer=reviewer)
        _say(f"{plain(highlight_label(row))}: split into {len(done) or count} incidents.")
        st.rerun()


def merge_candidates(store, row, limit: int = MERGE_CANDIDATES) -> pd.DataFrame:
    """Incidents of the store dated within a day of ``row`` (a view row), other than its
    own event, nearest first (those without coordinates last), with ``distance_km``."""
    date = row.get("event_date")
    if date is None or pd.isna(date):
        return pd.DataFrame()
    day = pd.Timestamp(date).date()
    window = timedelta(days=MERGE_WINDOW_DAYS)
    near = store.read_layer(Filters(date_from=day - window, date_to=day + window))
    near = near[near["event_id"] != row["event_id"]].copy()
    if not len(near):
        return near
    lat, lon = row.get("latitude"), row.get("longitude")
    if lat is None or lon is None or pd.isna(lat) or pd.isna(lon):
        near["distance_km"] = float("nan")
    else:
        near["distance_km"] = [
            haversine_km(float(lat), float(lon), float(a), float(b)) if not (pd.isna(a) or pd.isna(b)) else float("nan")
            for a, b in zip(near["latitude"], near["longitude"])]
    near = near.sort_values("distance_km", na_position="last", kind="stable")
    return near.head(limit).reset_index(drop=True)


def merge_section(store, row, reviewer: str) -> None:
    """Merge the incident into another event of the same days (the analyst's word that
    two reports describe one event)."""
    candidates = merge_candidates(store, row)
    with st.expander("Merge into another incident (the same event, reported elsewhere)"):
        if not len(candidates):
            st.caption("No other incident dated within a day of this one.")
            return
        labels = []
        for _, c in candidates.iterrows():
            km = "" if pd.isna(c["distance_km"]) else f" \u00b7 {c['distance_km']:.0f} km away"
            reports = int(c.get("source_count") or 1)
            labels.append(f"{highlight_label(c)}{km} \u00b7 {reports} report{'s' if reports > 1 else ''}")
        choice = st.selectbox("Incidents within a day of this one, nearest first", range(len(candidates)),
                              format_func=lambda i: labels[i], key=f"merge_choice_{_key(row)}")
        if st.button("Merge this incident into the chosen one", key=f"merge_{_key(row)}"):
            kept = candidates.iloc[choice]
            try:
                events.merge(store, kept, row, reviewer=reviewer)
            except ValueError as exc:
                _say(f"Not merged: {plain(exc)}", True)
            else:
                _say(f"{plain(highlight_label(row))}: merged into {plain(highlight_label(kept))}.")
            st.rerun()
