"""Where the dashboard finds its incident store and the reports that start it.

- ``GEO_STORE``: the incident store (default ``data/incidents.parquet``);
- ``GEO_SEEDS``: reports ingested into it when it does not exist yet (default ``seeds``).

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
DEFAULT_STORE = "data/incidents.parquet"
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


def store_path() -> Path:
    return base_dir() / (os.environ.get("GEO_STORE") or DEFAULT_STORE)


def seeds_path() -> Path:
    return base_dir() / (os.environ.get("GEO_SEEDS") or DEFAULT_SEEDS)
