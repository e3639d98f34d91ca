"""Add reports and review what was read from them (a page of the dashboard,
:mod:`geo.app.dashboard`; Streamlit runs this file as the page).

Upload report files or paste one; they are saved next to the store (``reports/``) and
ingested through the store (``geo.store.open_store``: a folder store or PostGIS). Then
check each incident against its evidence: accept it, edit it, reject it, or put it
somewhere else (another place named in the evidence, with the gazetteer's alternatives,
or a click on the map). Decisions are committed to the store's corrections
(``geo.store.reviewing``), which the store applies whenever it is read.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from pathlib import Path

import folium
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo import ingest
from geo.store import schema as store_schema
from geo import review
from geo.store import corrections as store_corrections
from geo.store import reviewing
from geo.store.filters import Filters
from geo.app import data, event_tools, settings, uploads
from geo.app.markdown import plain
from geo.documents import parse_date
from geo.taxonomy import EVENT_TYPES
from geo.viz.assets import use_offline_assets
from geo.viz.elements import PlaceMarkers
from geo.viz.map import build_incident_map, highlight_label

UPLOAD_TYPES = ["txt", "md", "html", "htm", "jsonl", "csv"]
# How much one "Read" may take in (geo.app.uploads; the environment can change it).
MAX_UPLOAD_FILES = uploads.max_upload_files()
MAX_UPLOAD_BYTES = uploads.max_upload_bytes()
MAX_NAME_CHARS = 80


@st.cache_resource(show_spinner="Loading the gazetteer ...")
def gazetteer():
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


def _uri() -> str:
    return settings.store_uri()


def _store():
    """The store, made if it does not exist yet (the page writes to it)."""
    return data.writable(_uri())


def _safe_name(name: str) -> str:
    """A file name made of safe characters, at most ``MAX_NAME_CHARS`` long, that keeps
    its suffix (the reader is chosen by it)."""
    path = Path(Path(name).name)
    suffix = re.sub(r"[^A-Za-z0-9]+", "", path.suffix.lower())[:8]
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem).strip(".-") or "report"
    return stem[: MAX_NAME_CHARS - len(suffix) - 1] + (f".{suffix}" if suffix else "")


def _size_text(n: int) -> str:
    return f"{n / 2**20:,.1f} MB"


def ingest_files(named_bytes: list[tuple[str, bytes]]) -> None:
    """Save the reports next to the store and ingest them; say what happened.

    Each saved file gets a name of its own (time and a random part): two uploads of the
    same name never overwrite each other. Too many files, or a file over the size cap,
    are refused with a message; the others are read."""
    if len(named_bytes) > MAX_UPLOAD_FILES:
        st.session_state["ingest_message"] = (
            f"{len(named_bytes)} files: at most {MAX_UPLOAD_FILES} can be read at a time. "
            "Nothing was read; remove some and try again.", True)
        return
    refused = [name for name, content in named_bytes if len(content) > MAX_UPLOAD_BYTES]
    named_bytes = [(name, content) for name, content in named_bytes if len(content) <= MAX_UPLOAD_BYTES]
    refusal = (
        f"Not read, over {_size_text(MAX_UPLOAD_BYTES)}: {plain(', '.join(refused))}. " if refused else ""
    )
    if not named_bytes:
        st.session_state["ingest_message"] = (refusal + "Nothing else to read.", True)
        return
    uri = _uri()
    reports = settings.reports_dir(uri)
    reports.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    paths = []
    for name, content in named_bytes:
        path = reports / f"{stamp}-{uuid.uuid4().hex[:8]}-{_safe_name(name)}"
        with open(path, "xb") as f:  # exclusive: never over another upload
            f.write(content)
        paths.append(path)
    before = set(data.documents(uri, data.version(uri))["doc_id"])
    with st.spinner(f"Reading {len(paths)} report(s) ..."):
        result = ingest.ingest(paths, _store())
    after = data.documents(uri, data.version(uri))
    new = [d for d in after["doc_id"] if d not in before]
    if new:
        st.session_state["review_doc"] = new[-1]
    st.session_state["ingest_message"] = (refusal + plain(result), bool(result.errors or refused))


def add_reports_section() -> None:
    st.subheader("Add reports")
    left, right = st.columns(2)
    with left:
        files = st.file_uploader(
            "Report files (.txt/.md in the seed format or plain, .html, .jsonl, .csv)",
            type=UPLOAD_TYPES,
            accept_multiple_files=True,
            key="uploads",
        )
        if st.button("Read the uploaded reports", disabled=not files, key="ingest_uploads"):
            ingest_files([(f.name, f.getvalue()) for f in files])
    with right:
        # Cleared only after a successful read: a refused paste keeps its text to fix.
        if st.session_state.pop("paste_clear", False):
            for key in ("paste_text", "paste_title", "paste_date", "paste_url"):
                st.session_state[key] = ""
        with st.form("paste", clear_on_submit=False):
            text = st.text_area("Or paste a report", height=150, key="paste_text")
            c1, c2 = st.columns(2)
            title = c1.text_input("Title", key="paste_title")
            published = c2.text_input("Published (YYYY-MM-DD)", key="paste_date",
                                      help="Relative dates (\u201con Monday\u201d) are read against it.")
            url = st.text_input("Source URL", key="paste_url")
            if st.form_submit_button("Read the pasted report"):
                _ingest_pasted(text, title, published, url)
    message = st.session_state.pop("ingest_message", None)
    if message:
        (st.warning if message[1] else st.success)(message[0])


def _ingest_pasted(text: str, title: str, published: str, url: str) -> None:
    if not text.strip():
        st.session_state["ingest_message"] = ("Nothing to read: paste the text of a report.", True)
        return
    try:
        date = parse_date(published, "Published date")
    except ValueError as exc:
        st.session_state["ingest_message"] = (f"Not read: {plain(exc)}.", True)
        return
    record = {"text": text, "title": title.strip(), "date": date}
    if url.strip():
        record["url"] = url.strip()
    name = (title.strip() or "pasted") + ".jsonl"
    # Lone surrogates (possible in pasted text) are escaped by json.dumps' ASCII mode.
    ingest_files([(name, (json.dumps(record) + "\n").encode("utf-8"))])
    if not st.session_state.get("ingest_message", ("", True))[1]:
        st.session_state["paste_clear"] = True
        st.rerun()


# --------------------------------------------------------------------------- review


def _label(row) -> str:
    return highlight_label(row)


def review_section() -> None:
    st.subheader("Review incidents")
    reviewer_box()
    uri = _uri()
    v = data.version(uri)
    documents = data.documents(uri, v)
    if documents.empty:
        st.info("No reports in the store yet: add some above.")
        return
    store = _store()
    total = data.kpis(uri, v, Filters())["incidents"]
    checked = sum(n for status, n in data.option_counts(uri, v, "review_status", Filters()).items())
    corrections = store.load_corrections()
    st.caption(
        f"{total:,} incidents from {len(documents):,} reports; {checked:,} reviewed. "
        f"Corrections: {len(corrections):,}, kept in the store {plain(settings.store_label(uri))}."
    )

    # newest first; reports ingested together (a batch, a migrated store) in their order
    docs = documents.sort_values("ingested_at", ascending=False, kind="stable", na_position="last")
    options = list(docs["doc_id"])
    names = {r.doc_id: f"{r.title or r.source or r.doc_id} \u00b7 {r.n_incidents} incident(s)"
             for r in docs.itertuples()}
    if st.session_state.get("review_doc") not in options:
        st.session_state["review_doc"] = options[0]
    doc = st.selectbox("Report", options=options, format_func=lambda d: names.get(d, d), key="review_doc")
    incidents = store.read_layer(Filters(documents=[doc]))
    rejected_section(doc, corrections)
    if incidents.empty:
        st.info("No incident was read from this report (or all were rejected, or its incidents "
                "are reports of an event another report gave first: review them there).")
        return
    to_review = incidents[store_corrections.review_status(incidents) == ""]
    if len(to_review) and st.button(f"Accept the {len(to_review)} incident(s) of this report not reviewed yet",
                                    key=f"accept_all_{doc}"):
        done = reviewing.accept_all(_store(), to_review, reviewer=reviewer_name())
        st.session_state["review_message"] = (f"{len(done)} incident(s) accepted.", False)
        st.rerun()
    shown = pd.DataFrame({
        "event": incidents["event_id"].to_numpy(),
        "date": incidents["event_date"].dt.strftime("%Y-%m-%d").fillna("").to_numpy(),
        "type": incidents["event_type"].to_numpy(),
        "actors": (incidents["actor1"] + incidents["actor2"].map(lambda a: f" \u2013 {a}" if a else "")).to_numpy(),
        "location": incidents["location"].to_numpy(),
        "fatalities": incidents["fatalities"].to_numpy(),
        "status": store_corrections.review_status(incidents).replace("", "to review").to_numpy(),
    })
    event_ids = list(incidents["event_id"])
    if st.session_state.get("review_event") not in event_ids:
        st.session_state["review_event"] = event_ids[0]
    event = st.selectbox(
        "Incident",
        options=event_ids,
        format_func=lambda e: f"{_label(incidents[incidents['event_id'] == e].iloc[0])} \u00b7 "
        f"{shown.loc[shown['event'] == e, 'status'].iloc[0]}",
        key="review_event",
    )
    st.dataframe(shown, hide_index=True, width="stretch")
    row = incidents[incidents["event_id"] == event].iloc[0]
    incident_panel(row)


def reviewer_box() -> None:
    """Who is reviewing: written on each correction, remembered for the session (kept
    outside the widget's key, which Streamlit forgets on another page)."""
    ss = st.session_state
    if "reviewer_input" not in ss:
        ss["reviewer_input"] = ss.get("reviewer_name", "")
    st.text_input("Your name (written on each correction)", key="reviewer_input",
                  on_change=lambda: ss.__setitem__("reviewer_name", ss["reviewer_input"].strip()))


def reviewer_name() -> str:
    ss = st.session_state
    return (ss.get("reviewer_input") or ss.get("reviewer_name") or "").strip()


def rejected_section(doc: str, corrections: dict) -> None:
    """The incidents of ``doc`` the analyst rejected, each with a button to bring it back."""
    gone = {e: c for e, c in corrections.items() if c.get("status") == "rejected" and c.get("doc_id") == doc}
    if not gone:
        return
    with st.expander(f"Rejected incidents of this report ({len(gone)})"):
        for event_id, correction in gone.items():
            saved = correction.get("incident") or {}
            left, right = st.columns([3, 1])
            left.text(f"{saved.get('event_date') or 'undated'} \u00b7 {saved.get('event_type', '')} \u00b7 "
                      f"{saved.get('location', '')} ({event_id})")
            if right.button("Bring back", key=f"unreject_{event_id}", disabled=not saved,
                            help=None if saved else "Rejected before rejections kept the incident: re-ingest the report."):
                reviewing.unreject(_store(), event_id, reviewer=reviewer_name())
                st.session_state["review_message"] = (f"{plain(event_id)}: brought back.", False)
                st.session_state["review_event"] = event_id
                st.rerun()


def _save(row, status: str, changes: dict | None = None, note: str = "") -> None:
    try:
        reviewing.save(_store(), row, status, changes or {}, note=note, reviewer=reviewer_name())
    except ValueError as exc:
        st.session_state["review_message"] = (f"Not saved: {plain(exc)}", True)
        return
    what = {"accepted": "accepted", "edited": "saved", "rejected": "rejected"}[status]
    st.session_state["review_message"] = (f"{plain(_label(row))}: {what}.", False)


def _diff(row, values: dict) -> dict:
    changes = {}
    for key, value in values.items():
        old = row.get(key)
        if key == "event_date":
            old = None if pd.isna(old) else pd.Timestamp(old).date().isoformat()
            value = value.isoformat() if isinstance(value, dt.date) else value
        elif isinstance(old, float) and pd.isna(old):
            old = None
        if key in ("latitude", "longitude") and value is not None and old is not None:
            if abs(float(value) - float(old)) < 1e-7:
                continue
        if value != old and not (value in ("", None) and old in ("", None)):
            changes[key] = value
    if ("latitude" in changes) != ("longitude" in changes):
        changes["latitude"], changes["longitude"] = values["latitude"], values["longitude"]
    return changes


def incident_panel(row) -> None:
    event = row["event_id"]
    message = st.session_state.pop("review_message", None)
    if message:
        (st.error if message[1] else st.success)(message[0])

    st.text_area("Evidence (the sentences it was read from)", value=row["evidence"], disabled=True,
                 height=110, key=f"evidence_{event}_{int(row.get('source_count') or 1)}")
    event_tools.sources_section(_store(), row, reviewer_name())
    event_tools.merge_section(_store(), row, reviewer_name())
    left, right = st.columns([1, 1])
    with left:
        edit_form(row)
    with right:
        place_tools(row)
    history_section(row)


def history_section(row) -> None:
    """Every saved decision on the incident, newest first, and an undo of the last one."""
    correction = _store().load_corrections().get(row["event_id"])
    entries = store_corrections.history(correction)
    if not entries:
        st.caption("Not reviewed yet: no correction saved for this incident.")
        return
    st.markdown("**History** (newest first)")
    st.dataframe(pd.DataFrame({
        "when (UTC)": [e.get("at", "").replace("T", " ").rstrip("Z") for e in entries],
        "reviewer": [e.get("reviewer", "") for e in entries],
        "decision": [e.get("action", "") for e in entries],
        "changes": [", ".join(f"{k}={v}" for k, v in (e.get("changes") or {}).items()) for e in entries],
        "note": [e.get("note", "") for e in entries],
    }), hide_index=True, width="stretch", key=f"history_{row['event_id']}")
    if st.button(f"Undo the last decision ({entries[0].get('action', '')})", key=f"undo_{row['event_id']}"):
        undone = reviewing.undo(_store(), row["event_id"])
        st.session_state["review_message"] = (f"{plain(_label(row))}: {undone} undone.", False)
        st.rerun()


def _version(row) -> str:
    """A token of the incident's current values: the form's widgets are keyed by it, so
    after a save (or a re-placement) they show the incident as it is now, not what the
    widgets held before."""
    import hashlib  # noqa: PLC0415

    values = "\x1f".join(str(row.get(k)) for k in (*store_corrections.EDITABLE, "review_status"))
    return hashlib.sha256(values.encode("utf-8")).hexdigest()[:10]


def edit_form(row) -> None:
    event = f"{row['event_id']}_{_version(row)}"
    with st.form(f"edit_{event}"):
        c1, c2 = st.columns(2)
        current = None if pd.isna(row["event_date"]) else pd.Timestamp(row["event_date"]).date()
        event_date = c1.date_input("Date", value=current, key=f"date_{event}")
        types = list(EVENT_TYPES) + ([row["event_type"]] if row["event_type"] not in EVENT_TYPES else [])
        event_type = c2.selectbox("Event type", types, index=types.index(row["event_type"]), key=f"type_{event}")
        sub = st.text_input("Sub-event type", value=row["sub_event_type"], key=f"sub_{event}")
        c3, c4 = st.columns(2)
        actor1 = c3.text_input("Actor 1", value=row["actor1"], key=f"a1_{event}")
        actor2 = c4.text_input("Actor 2", value=row["actor2"], key=f"a2_{event}")
        c5, c6, c7 = st.columns(3)
        fatalities = c5.number_input("Fatalities", min_value=0, step=1, value=int(row["fatalities"]), key=f"fat_{event}")
        location = c6.text_input("Location", value=row["location"], key=f"loc_{event}")
        precision = c7.selectbox("Geo precision", [1, 2, 3], index=[1, 2, 3].index(int(row["geo_precision"] or 3)),
                                 key=f"gp_{event}", help="1 the place itself, 2 near it, 3 the region or country")
        c8, c9 = st.columns(2)
        admin1 = c8.text_input("Admin-1 region", value=row["admin1"], key=f"adm_{event}")
        country = c9.text_input("Country", value=row["country"], key=f"cty_{event}")
        note = st.text_input("Note (why)", key=f"note_{event}")
        b1, b2, b3 = st.columns(3)
        save = b1.form_submit_button("Save edits", type="primary")
        accept = b2.form_submit_button("Accept as is")
        reject = b3.form_submit_button("Reject")
    values = {
        "event_date": event_date, "event_type": event_type, "sub_event_type": sub, "actor1": actor1,
        "actor2": actor2, "fatalities": int(fatalities), "location": location, "geo_precision": int(precision),
        "admin1": admin1, "country": country,
    }
    if save:
        changes = _diff(row, values)
        if changes:
            _save(row, "edited", changes, note)
        else:
            st.session_state["review_message"] = ("Nothing changed: nothing saved.", False)
        st.rerun()
    if accept:
        _save(row, "accepted", {}, note)
        st.rerun()
    if reject:
        _save(row, "rejected", {}, note)
        st.rerun()


def place_tools(row) -> None:
    """Re-place the incident: a place named in its evidence, or a click on the map."""
    event = f"{row['event_id']}_{_version(row)}"
    try:
        options = review.place_options(row["evidence"], row["location"], gazetteer())
    except Exception as exc:  # the gazetteer is optional here: the map click still works
        st.caption(f"Place alternatives unavailable: {plain(str(exc) or 'unexpected failure')}")
        options = []
    if options:
        labels = [o.label for o in options]
        choice = st.selectbox("Places named in the evidence (and the gazetteer's alternatives)",
                              range(len(options)), format_func=lambda i: labels[i], key=f"opt_{event}")
        if st.button("Put the incident at this place", key=f"use_opt_{event}"):
            _save(row, "edited", review.changes_for_place(options[choice], gazetteer()))
            st.rerun()
    else:
        st.caption("No place name found in the evidence.")

    m = review_map(row, options)
    clicked = st_folium(m, height=330, use_container_width=True, returned_objects=["last_clicked"],
                        key=f"map_{event}")
    point = (clicked or {}).get("last_clicked")
    if point:
        lat, lon = round(float(point["lat"]), 5), round(float(point["lng"]), 5)
        there = review.place_at(lat, lon, _gazetteer_or_none())
        where = ", ".join(v for v in (there["town"], there["admin1"], there["country"]) if v) or "at sea"
        st.caption(f"Clicked: {lat}, {lon} ({plain(where)})")
        name = st.text_input("Name of the place there (empty: the nearest town)", value=there["town"],
                             key=f"click_name_{event}_{lat}_{lon}")
        if st.button("Put the incident where I clicked", key=f"use_click_{event}"):
            _save(row, "edited", review.changes_for_point(lat, lon, location=name or None, gazetteer=_gazetteer_or_none()))
            st.rerun()
    else:
        st.caption("Click the map to put the incident somewhere else.")


def _gazetteer_or_none():
    try:
        return gazetteer()
    except Exception:  # the click still gets its country from the basemap
        return None


def review_map(row, options) -> folium.Map:
    """The incident on a map, with the candidate places (their labels stay text)."""
    one = store_schema.incidents_to_frame([]) if pd.isna(row["latitude"]) else None
    frame = pd.DataFrame([row]) if one is None else one
    m = build_incident_map(frame, basemap=data.basemap(), details=data.details_ready())
    if options:
        PlaceMarkers([(o.latitude, o.longitude, o.label) for o in options]).add_to(m)
        use_offline_assets(m)
    if options and one is not None:
        m.fit_bounds([[min(o.latitude for o in options) - 1, min(o.longitude for o in options) - 1],
                      [max(o.latitude for o in options) + 1, max(o.longitude for o in options) + 1]])
    return m


def page() -> None:
    st.title("Add and review reports")
    add_reports_section()
    st.divider()
    review_section()


if __name__ == "__main__":  # Streamlit runs this page file as __main__
    page()
