"""The built gazetteer, written into a cache folder (``$GEO_CACHE_DIR``, default
``~/.cache/geo-incidents``) as one memory-mapped table file (``geo.gazetteer.tables``)
and loaded from there on later starts.

The file name carries ``INDEX_VERSION`` and the versions of the source packages, so a
cache built from other data or by other code is never read.
"""

from __future__ import annotations

import gc
from array import array
from functools import lru_cache
from pathlib import Path

from geo.files import replacing
from geo.gazetteer.folders import cache_dir
from geo.gazetteer.index import FileRowFacts, region_key
from geo.gazetteer.model import Gazetteer, feature_prior
from geo.gazetteer.names import normalize_name
from geo.gazetteer.tables import CODED_COLUMNS, LEADS_SUFFIX, NUMBER_COLUMNS, TableFile, lead_words, write_tables
from geo.gazetteer.sources import source_versions

# Bump when the index layout, the normalisation or the pickled classes change, so stale
# caches are rebuilt (13: the classes moved into the geo.gazetteer package; 14: a
# memory-mapped table file instead of a pickle; 15: with every country's variant keys;
# 16: with the lead words of the name index; 17: with the towns of each region; 18: with
# each row's prior and main-name key; 19: with the world's spelling keys; 20: with our
# spellings of admin units, admin_names.toml; 22: world regions and islands in
# features.csv; 23: more of them, and "Korea"; 24: "N.L." and "N.W.T." in
# state_abbreviations.toml; 25: mountains, seas, lakes, rivers and islands known world-wide in features.csv; 26: without the Yucatan Peninsula).
INDEX_VERSION = 26
COLUMNS = ("geonameid", "name", *NUMBER_COLUMNS, *CODED_COLUMNS)


def cache_path() -> Path:
    return cache_dir() / f"gazetteer_{'_'.join([f'v{INDEX_VERSION}', *source_versions()])}.gztable"


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
            return _lasting(read_cache(path))
        except Exception:  # a truncated or foreign cache file: rebuild it below
            pass
    from geo.gazetteer.build import build_gazetteer  # imported here: a cached start never builds

    gz = build_gazetteer()
    with replacing(path) as tmp:  # a concurrent reader never sees half a file
        write_cache(gz, tmp)
    return _lasting(read_cache(path))  # the same object a warm start gets


def _lasting(gz: Gazetteer) -> Gazetteer:
    """``gz``, its objects (and those made before it) moved out of the cyclic garbage
    collector's generations (``gc.freeze``): a process keeps its gazetteer to the end,
    and each full collection walked its columns' hundreds of thousands of references
    (~5 % of a first pass over news texts). Unreachable objects are still freed by
    their reference counts."""
    gc.freeze()
    return gz


def write_cache(gz: Gazetteer, path: Path) -> None:
    """Write ``gz`` (its dataclass fields; derived indexes are not kept) to ``path``."""
    state = gz.__getstate__()
    columns = {c: state.pop(c) for c in COLUMNS}
    index = state.pop("index")
    write_tables(path, columns, {"index": index, f"index{LEADS_SUFFIX}": lead_words(index),
                                 "variants": gz.all_variant_keys(),
                                 "towns": {region_key(*region): rows for region, rows in gz.region_towns().items()}},
                 state, row_tables=row_fact_tables(gz))


def row_fact_tables(gz: Gazetteer) -> dict:
    """The per-row facts ``FileRowFacts`` reads: each row's prior and main-name key."""
    return {"prior": array("d", map(feature_prior, gz.feature_code, gz.population)),
            "primary_key": [normalize_name(n) for n in gz.name]}


def read_cache(path: Path) -> Gazetteer:
    """The gazetteer of a cache file: columns as lists, the name index left in the file."""
    table_file = TableFile(path)
    gz = Gazetteer(**table_file.columns(), index=table_file.key_table("index"))
    table_file.release([*COLUMNS, "small"])  # now lists: ~17 MB of pages the process no longer reads
    gz.variant_table = table_file.key_table("variants")
    gz.towns_table, gz.towns_table_rows = table_file.key_table("towns"), table_file.rows
    if table_file.has_rows("prior"):
        gz.file_row_facts = FileRowFacts(table_file.rows, table_file.row_numbers("prior"),
                                         table_file.row_strings("primary_key"))
    return gz
