"""What the dashboard's pages read, through the store's query layer, cached.

The store (``geo.store.open_store``: a folder store or PostGIS) answers every question
with an aggregate or a page: counts, KPIs, the timeline's bars, the filter options, a
page of the table, the map's markers or grid squares. Nothing loads the whole store.
Answers are cached by the store's URI, its :meth:`~geo.store.IncidentStore.version`
(a new commit is a new answer) and the view.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from geo.app.settings import max_markers
from geo.store.base import IncidentStore
from geo.store.catalogue import catalogue, names_layer, resolve_names
from geo.store.filters import Filters, as_bbox
from geo.viz.basemap import basemap_details, basemap_geojson, basemap_packed
from geo.viz import large_view
from geo.viz.payload import pack_json, payload_json

# Columns the map's markers are drawn from (geo.viz.payload.incident_payload).
MARKER_COLUMNS = [
    "event_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "assoc_actors",
    "fatalities", "location", "admin1", "country", "latitude", "longitude", "geo_precision",
    "evidence", "title", "source", "doc_id", "dataset", "source_count",
]


# --------------------------------------------------------------------------- the store


@st.cache_resource(show_spinner=False)
def _open(uri: str, create: bool) -> IncidentStore:
    from geo.store.open import open_store  # noqa: PLC0415

    return open_store(uri, create=create)


def store(uri: str, create: bool = False) -> IncidentStore | None:
    """The store at ``uri`` (one per process, shared by sessions); None when there is no
    folder store there yet and ``create`` is False (reading never makes one)."""
    try:
        return _open(uri, False) if not create else _open(uri, True)
    except FileNotFoundError:
        return None


def writable(uri: str) -> IncidentStore:
    """The store at ``uri``, created if it does not exist yet (for an ingest)."""
    reader = store(uri)
    return reader if reader is not None else store(uri, create=True)


def version(uri: str):
    """The store's version (None when there is no store): the key of every answer."""
    s = store(uri)
    return None if s is None else s.version()


@st.cache_resource(show_spinner=False)
def ensure_store(uri: str, seeds: str, sample: str | None = None) -> str | None:
    """Ingest the seed reports into the store if it holds no report yet; once per process.

    When ``sample`` holds these seeds' incidents read ahead (``geo.ingest.sample``), they
    are committed instead, and the gazetteer index is built in a process of its own for
    the next ingest: the first map does not wait for it.
    Returns what was done, for the analyst, or None when the store had reports."""
    from pathlib import Path  # noqa: PLC0415

    s = store(uri)
    if s is not None and s.document_count():
        return None
    seeds_path = Path(seeds)
    if not seeds_path.is_dir() or not any(seeds_path.iterdir()):
        return None  # the page says how to add reports
    # the reader's pipeline (geo.ingest) is loaded for a first start only
    from geo.ingest import ingest  # noqa: PLC0415
    from geo.ingest.sample import load_sample  # noqa: PLC0415

    if sample is not None:
        added = load_sample(seeds_path, sample, writable(uri))
        if added is not None:
            _build_gazetteer_aside()
            return (f"First start: the sample reports in {seeds_path} as this version reads them "
                    f"({len(added.added_documents)} reports, {added.incidents} incidents).")
    with st.spinner(f"First start: ingesting the reports in {seeds_path} ..."):
        report = ingest([seeds_path], writable(uri))
    return str(report)


def _build_gazetteer_aside() -> None:
    """Build the gazetteer index (if it is not cached) in a low-priority process of its
    own: a thread would hold the interpreter lock the page needs. Its cache file is
    written atomically, so an ingest that starts meanwhile builds or reads a whole one."""
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    from geo.gazetteer.cache import cache_path  # noqa: PLC0415

    if cache_path().exists():
        return
    subprocess.Popen(
        [sys.executable, "-c", "import os; os.nice(10); from geo.gazetteer import load_gazetteer; load_gazetteer()"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


# --------------------------------------------------------------------------- whole store


@st.cache_data(show_spinner=False, max_entries=4)
def documents(uri: str, v) -> pd.DataFrame:
    """The table of ingested reports."""
    from geo.store.schema import conform_documents  # noqa: PLC0415

    s = store(uri)
    return conform_documents(pd.DataFrame()) if s is None else s.read_documents()


@st.cache_resource(show_spinner=False, max_entries=4)
def count_ingested(uri: str, v) -> int:
    """Reports ingested into the store."""
    s = store(uri)
    return 0 if s is None else s.document_count()


@st.cache_resource(show_spinner=False, max_entries=4)
def layer_options(uri: str, v) -> dict:
    """Filter options with counts over the whole store, its date range, and a stand-in
    layer of its names and dates (``names``: ``geo.store.catalogue.names_layer``) for
    what takes a layer to learn them."""
    counts = catalogue(store(uri))
    datasets = {str(k): int(n) for k, n in counts["datasets"] if k}
    return {
        "actors": dict(counts["actors"]),
        "event_types": dict(counts["event_types"]),
        "sub_event_types": dict(counts["sub_event_types"]),
        "countries": dict(counts["countries"]),
        "admin1": dict(counts["admin1"]),
        "datasets": datasets,
        "dates": counts["dates"],
        "names": _with_datasets(names_layer(counts), list(datasets)),
    }


def _with_datasets(names: pd.DataFrame, datasets: list[str]) -> pd.DataFrame:
    """The stand-in layer with the store's datasets in a ``dataset`` column (padded with
    ""), so a link's ``dataset`` values are checked against them as other names are."""
    if len(datasets) > len(names):
        names = names.reindex(range(len(datasets)))
        for column in names.columns:
            if column != "event_date":
                names[column] = names[column].fillna("")
    names["dataset"] = datasets + [""] * (len(names) - len(datasets))
    return names


@st.cache_resource(show_spinner=False, max_entries=16)
def option_counts(uri: str, v, column: str, within: Filters) -> dict[str, int]:
    """Values of ``column`` with counts, over the incidents of ``within`` (the sub-event
    types of the chosen types, the regions of the chosen countries)."""
    if within == Filters() and column in _OPTION_KEYS:  # none chosen: the whole store's
        return layer_options(uri, v)[_OPTION_KEYS[column]]
    s = store(uri)
    return {} if s is None else dict(s.value_counts(within, column))


_OPTION_KEYS = {"sub_event_type": "sub_event_types", "admin1": "admin1"}


@st.cache_resource(show_spinner=False, max_entries=2)
def aliases(uri: str, v) -> dict:
    """What the names in the store are also called (the filters match them too)."""
    from geo.viz.names import actor_aliases, country_aliases  # noqa: PLC0415

    options = layer_options(uri, v)
    return {"actor": actor_aliases(sorted(options["actors"])),
            "country": country_aliases(sorted(options["countries"]))}


# --------------------------------------------------------------------------- one view


@st.cache_resource(show_spinner=False, max_entries=32)
def resolved(uri: str, v, filters: Filters) -> Filters:
    """``filters`` with typed names replaced by the store's names they match
    (``geo.store.catalogue.resolve_names``) and the heatmap switch off (it is not a
    filter): what the store's queries take."""
    return resolve_names(replace(filters, heatmap=False), layer_options(uri, v)["names"],
                         lambda: aliases(uri, v))


@st.cache_resource(show_spinner=False, max_entries=16)
def kpis(uri: str, v, filters: Filters, documents: bool = True) -> dict[str, int | None]:
    """The view's KPIs; ``documents=False``: without the count of distinct reports (the
    costly one: the first page, which only draws the map, goes without it)."""
    s = store(uri)
    if s is None:
        return {"incidents": 0, "fatalities": 0, "documents": 0, "located": 0}
    return s.kpis(resolved(uri, v, filters), documents=documents)


@st.cache_resource(show_spinner=False, max_entries=16)
def table(uri: str, v, filters: Filters, limit: int) -> pd.DataFrame:
    """The view's most recent ``limit`` incidents (undated last), all columns."""
    s = store(uri)
    if s is None:
        from geo.store.schema import empty_layer  # noqa: PLC0415

        return empty_layer()
    return s.page(resolved(uri, v, filters), limit=limit, order_by="event_date DESC")


@st.cache_resource(show_spinner=False, max_entries=16)
def timeline(uri: str, v, filters: Filters, freq: str) -> pd.DataFrame:
    s = store(uri)
    if s is None:
        return pd.DataFrame(columns=["period", "event_type", "incidents", "fatalities"])
    return s.timeline(resolved(uri, v, filters), freq)


def view_layer(uri: str, v, filters: Filters, columns: list[str] | None = None):
    """Every incident of the view as a layer: for the exports and reports, made when the
    analyst asks for one (a click), never on a rerun."""
    s = store(uri)
    if s is None:
        from geo.store.schema import empty_layer  # noqa: PLC0415

        return empty_layer()
    return s.read_layer(resolved(uri, v, filters), columns=columns)


def map_view(uri: str, v, filters: Filters) -> large_view.MapView:
    """What the map draws: every located incident of a small view, the view in grid
    squares when it holds more than the browser draws smoothly (``geo.app.settings.max_markers``;
    ``geo.viz.large_view``)."""
    return _map_view(uri, v, filters, max_markers())


@st.cache_resource(show_spinner=False, max_entries=16)
def _map_view(uri: str, v, filters: Filters, limit: int) -> large_view.MapView:
    s = store(uri)
    if s is None:
        return large_view.map_view(None, filters, MARKER_COLUMNS)
    return large_view.map_view(s, resolved(uri, v, filters), MARKER_COLUMNS, limit,
                               located=kpis(uri, v, filters, documents=False)["located"])


def bounds_markers(uri: str, v, filters: Filters, bbox: tuple[float, float, float, float]) -> tuple[int, str | None]:
    """The located incidents of a view inside the map's bounds ``bbox`` (west, south,
    east, north): their number, and their markers' payload when there are few enough
    to draw one by one (None otherwise: the squares stay)."""
    return _bounds_markers(uri, v, filters, bbox, max_markers())


@st.cache_data(show_spinner=False, max_entries=16)
def _bounds_markers(uri: str, v, filters: Filters, bbox: tuple[float, float, float, float],
                    limit: int) -> tuple[int, str | None]:
    # the view's squares bound the answer: a store query only when they cannot tell
    fewest, most = large_view.bounds_range(_map_view(uri, v, filters, limit), as_bbox(bbox))
    if fewest > limit:
        return fewest, None
    s = store(uri)
    inside = resolved(uri, v, replace(filters, bbox=bbox))
    if most <= limit:  # few enough for certain: no count first
        markers = s.read_layer(inside, columns=MARKER_COLUMNS)
        return len(markers), payload_json(markers)
    view = large_view.map_view(s, inside, MARKER_COLUMNS, limit)
    return view.located, None if view.aggregated else payload_json(view.markers)


def map_cells(uri: str, v, filters: Filters) -> str | None:
    """The grid squares of a view too large for markers, packed for the browser
    (``geo.viz.large_view.cells_payload``); None for a view drawn with markers."""
    return _map_cells(uri, v, filters, max_markers())


@st.cache_data(show_spinner=False, max_entries=16)
def _map_cells(uri: str, v, filters: Filters, limit: int) -> str | None:
    view = _map_view(uri, v, filters, limit)
    return pack_json(large_view.cells_payload(view)) if view.aggregated else None


def map_payload(uri: str, v, filters: Filters) -> str:
    """What the browser draws the markers from (see geo.viz.payload.incident_payload)."""
    return _map_payload(uri, v, filters, max_markers())


@st.cache_data(show_spinner=False, max_entries=16)
def _map_payload(uri: str, v, filters: Filters, limit: int) -> str:
    return payload_json(_map_view(uri, v, filters, limit).markers)


@st.cache_resource(show_spinner=False)
def _prefetcher():
    from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="prefetch")


def prefetch(uri: str, v, view: Filters) -> None:
    """Start asking the store what a session's first page shows (the filter options,
    the KPIs and the map of ``view``) in a thread of its own, so that on a cold store
    its scans (in DuckDB, which does not hold the interpreter lock) go on while the
    page imports the map's modules. The page then finds the answers in the caches (a
    cached function computing a key makes another caller of it wait, not compute it
    again); an error is left for the page's own call to raise."""

    def ask() -> None:
        try:
            layer_options(uri, v)
            map_view(uri, v, view)
        except Exception:  # noqa: BLE001  (the page asks again, and shows it)
            pass

    if store(uri) is not None:
        _prefetcher().submit(ask)


@st.cache_resource(show_spinner=False)
def _basemap_builds():
    """The basemap's countries and details, made in a thread of their own from the first
    page on: on a fresh machine they are built while the seeds are ingested (the
    gazetteer build), not after. Once per process; cached on disk after that."""
    from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

    def countries() -> dict:
        countries = basemap_geojson()
        basemap_packed()  # as the map embeds it (gzip mostly, off the interpreter lock)
        return countries

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="basemap")
    return pool.submit(countries), pool.submit(basemap_details)


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
def region_totals(uri: str, v, filters: Filters) -> list[dict]:
    """Incidents and fatalities per admin-1 region of a view (the choropleth), from the
    view's coordinates and fatalities only."""
    from geo.viz.regions import region_totals as totals  # noqa: PLC0415

    return totals(view_layer(uri, v, filters, ["latitude", "longitude", "fatalities", "admin1", "country"]))
