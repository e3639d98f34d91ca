"""The built gazetteer, pickled into a cache folder (``$GEO_CACHE_DIR``, default
``~/.cache/geo-incidents``) and loaded from there on later starts.

The file name carries ``INDEX_VERSION`` and the versions of the source packages, so a
cache built from other data or by other code is never read.
"""

from __future__ import annotations

import pickle
from functools import lru_cache
from pathlib import Path

from geo.files import replacing
from geo.gazetteer.folders import cache_dir
from geo.gazetteer.model import Gazetteer
from geo.gazetteer.sources import source_versions

# Bump when the index layout, the normalisation or the pickled classes change, so stale
# caches are rebuilt (13: the classes moved into the geo.gazetteer package).
INDEX_VERSION = 13


def cache_path() -> Path:
    return cache_dir() / f"gazetteer_{'_'.join([f'v{INDEX_VERSION}', *source_versions()])}.pickle"


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, from the cache when there is one (built and cached otherwise), with
    the layers the user added and enabled (``geo.gazetteer.layers``)."""
    from geo.gazetteer.layers import attach_enabled_layers

    gz = load_base_gazetteer()
    attach_enabled_layers(gz)
    return gz


def load_base_gazetteer() -> Gazetteer:
    """The embedded gazetteer alone, a new object on every call (no layers attached)."""
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
