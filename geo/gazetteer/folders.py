"""Where built data is kept between runs (the gazetteer index, its layers, the basemap)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """``$GEO_CACHE_DIR``, default ``~/.cache/geo-incidents``."""
    return Path(os.environ.get("GEO_CACHE_DIR") or Path.home() / ".cache" / "geo-incidents")
