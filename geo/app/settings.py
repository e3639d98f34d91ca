"""Where the dashboard finds its incident store and the reports that start it.

- ``GEO_STORE``: the incident store (default ``data/incidents``): a folder store, a
  ``postgresql://`` URI (a PostGIS store), or an old single-file ``x.parquet`` (migrated
  to the folder ``x/`` on first open, see ``geo.store.open``);
- ``GEO_SEEDS``: reports ingested into it when it does not exist yet (default ``seeds``);
- ``GEO_MAX_MARKERS``: the most located incidents the map draws one by one (default
  ``geo.viz.large_view.MAX_MARKERS``); a view, or the part of it in the map's bounds,
  with more is drawn as squares (a small value lets a test see both on a small store).

Relative paths (and the defaults) are taken from a base folder:

- the folder of the script ``streamlit run`` was given, when that script is not part of
  this package: the repository's ``dashboard.py`` shim, so ``streamlit run
  path/to/repo/dashboard.py`` uses that repository's ``data/`` and ``seeds/`` from any
  working directory, as it always did;
- otherwise (``streamlit run .../geo/app/dashboard.py``, ``geo dashboard``, an installed
  wheel) the current working directory: the app has no folder of its own to write to
  inside site-packages, and the analyst's store is where they started it.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR = Path(__file__).resolve().parent
DEFAULT_STORE = "data/incidents"
DEFAULT_SEEDS = "seeds"


def base_dir() -> Path:
    """The folder relative paths are taken from (see the module docstring)."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx  # noqa: PLC0415

    ctx = get_script_run_ctx()
    script = getattr(ctx, "main_script_path", None) if ctx is not None else None
    if script:
        script = Path(script).resolve()
        if APP_DIR not in script.parents:
            return script.parent
    return Path.cwd()


def store_uri() -> str:
    """What ``geo.store.open_store`` is given: a database URI as it is, a path taken from
    :func:`base_dir`."""
    value = os.environ.get("GEO_STORE") or DEFAULT_STORE
    if is_database(value):
        return value
    return str(base_dir() / value)


def is_database(uri: str) -> bool:
    from geo.store.open import DATABASE_SCHEMES  # noqa: PLC0415

    return str(uri).startswith(DATABASE_SCHEMES)


def store_label(uri: str) -> str:
    """The store as the page names it (a database URI without its password)."""
    from geo.store.open import masked  # noqa: PLC0415

    return masked(str(uri)) if is_database(uri) else str(uri)


def reports_dir(uri: str) -> Path:
    """Where uploaded reports are kept: beside a folder store, or ``data/reports`` under
    :func:`base_dir` for a database."""
    if is_database(uri):
        return base_dir() / "data" / "reports"
    return Path(uri).parent / "reports"


def seeds_path() -> Path:
    return base_dir() / (os.environ.get("GEO_SEEDS") or DEFAULT_SEEDS)


def sample_path() -> Path:
    """The seeds' incidents read ahead (``geo.ingest.sample``), for a quick first start."""
    return base_dir() / "data" / "sample"


def max_markers() -> int:
    """``GEO_MAX_MARKERS`` (see the module docstring); a bad value is the default."""
    from geo.viz.large_view import MAX_MARKERS  # noqa: PLC0415

    try:
        return max(1, int(os.environ.get("GEO_MAX_MARKERS") or MAX_MARKERS))
    except ValueError:
        return MAX_MARKERS
