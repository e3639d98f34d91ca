"""The dashboard's server: what its first visitor would otherwise wait for, done when
the server starts.

``streamlit run dashboard.py`` finds the ``st.App`` the script defines (Streamlit's
ASGI app) and starts it; its lifespan calls :func:`warm_start`, which, in a thread of
its own so the server answers at once, imports the map's modules (folium compiles its
~140 templates on import), makes the basemap, and asks the store what a first page
with no filters shows (the filter options, the KPIs, the map), into the same caches
the pages read. A visitor who comes meanwhile waits for the same work, not for a second
copy of it (imports take a lock; a cached function being computed makes another caller
wait). Measured on this project's 2-core machine: a server's first visit paid ~1 s more
than the next ones, all of it this work.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import threading

_LOG = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def warm_start(_app):
    """The ``st.App`` lifespan: start :func:`warm_up` and let the server serve."""
    threading.Thread(target=_warm_up_logged, name="geo-warm-up", daemon=True).start()
    yield


def _warm_up_logged() -> None:
    # Streamlit warns of every cached call made outside a page's run; here they all are.
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").addFilter(_not_this_thread)
    try:
        warm_up()
    except Exception:  # noqa: BLE001  (a page asks again and shows what went wrong)
        _LOG.warning("warming the dashboard up failed; the first page will do it", exc_info=True)
    # What the server holds from its start on (the modules, folium's templates, the
    # basemap, a first page's answers: ~240,000 objects) leaves the cyclic collector's
    # sight: Streamlit collects fully after every script run (``runner.postScriptGC``),
    # and each of those walked them all — ~0.1 s holding the interpreter lock while the
    # first page's map and its component's files were being sent. Later objects are
    # collected as before; these are freed by their reference counts if ever dropped.
    gc.freeze()


def warm_up() -> None:
    """Do what a server's first page does before its map is drawn, without a page."""
    from geo.app import data, settings  # noqa: PLC0415
    from geo.app.filters import view_of_query  # noqa: PLC0415

    uri = settings.store_uri()
    data.warm_up()  # the basemap, in its own thread
    view = view_of_query({})  # a visit with no link
    stored = data.store(uri) is not None
    if stored:
        v = data.version(uri)
        data.prefetch(uri, v, view)  # the store's scans, meanwhile
    # not streamlit_folium: a component is registered only when declared in a page's
    # run (its import there is quick; folium's, made here, is not)
    from geo.viz.map import prepare  # noqa: PLC0415

    prepare()
    if stored:
        from geo.app.dashboard import incident_map  # noqa: PLC0415

        data.count_ingested(uri, v)
        # the map as the first page makes it: its markers or squares packed for the
        # browser, and the basemap's details around them cut and packed (~0.3 s at 1M)
        incident_map(uri, v, view, data.map_view(uri, v, view))


def _not_this_thread(record: logging.LogRecord) -> bool:
    return record.threadName != "geo-warm-up"
