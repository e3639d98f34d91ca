"""The built gazetteer, pickled into a cache folder (``$GEO_CACHE_DIR``, default
``~/.cache/geo-incidents``) and loaded from there on later starts.

The file name carries ``INDEX_VERSION`` and the versions of the source packages, so a
cache built from other data or by other code is never read.
"""

from __future__ import annotations

import os
import pickle
from functools import lru_cache
from pathlib import Path

from geo.files import replacing
from geo.gazetteer.model import Gazetteer
from geo.gazetteer.sources import source_versions

# Bump when the index layout, the normalisation or the pickled classes change, so stale
# caches are rebuilt (13: the classes moved into the geo.gazetteer package).
INDEX_VERSION = 13


def cache_dir() -> Path:
    """Where built data (the gazetteer index, the simplified basemap) is kept between runs."""
    return Path(os.environ.get("GEO_CACHE_DIR") or Path.home() / ".cache" / "geo-incidents")


def cache_path() -> Path:
    return cache_dir() / f"gazetteer_{'_'.join([f'v{INDEX_VERSION}', *source_versions()])}.pickle"


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, from the cache when there is one (built and cached otherwise)."""
    path = cache_path()
    if path.exists():
        try:
            with path.open("rb") as f:
                return pickle.load(f)
        except Exception:  # a truncated or foreign cache file: rebuild it below
            pass
    from geo.gazetteer.build import build_gazetteer  # imported here: a cached start never builds

    gz = build_gazetteer()
    with replacing(path) as tmp, tmp.open("wb") as f:  # a concurrent reader never sees half a file
        pickle.dump(gz, f, protocol=pickle.HIGHEST_PROTOCOL)
    return gz
