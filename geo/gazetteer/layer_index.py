"""The on-disk index of one gazetteer layer: an SQLite file of places and their name
keys, plus a sorted table of 64-bit key hashes memory-mapped for the question text
asks most ("does any place have this name?").

A layer can hold all of GeoNames (~12 million places, several times as many names), far
more than fits the in-memory base gazetteer: opening it reads nothing but the two file
headers, and a name costs one lookup in the hash table (answered from the page cache),
plus one SQLite query when the name is there. A name's places are stored by importance
(``feature_prior``: kind and population), so a lookup reads a bounded slice of them
however many namesakes the name has (thousands of "San José" in allCountries).
"""

from __future__ import annotations

import bisect
import hashlib
import json
import math
import mmap
import sqlite3
from array import array
from dataclasses import dataclass
from pathlib import Path

from geo.gazetteer.model import feature_prior
from geo.gazetteer.names import is_latin_name, looks_like_code, normalize_name
from geo.gazetteer.tables import MAX_WORDS

PLACES_FILE = "places.sqlite"
LEADS_TABLE = "lead_word"  # word -> the most words of a name it opens (``KeyTable.longest_name_from``)
# (key, rank, seq, place), clustered by key and then by importance (rank: minus the place's
# ``feature_prior``), seq the order the names were added. Layers built before it have
# ``name_by_key`` (key, seq, place) or ``name`` + an index: read whole, then cut the same way.
NAMES_TABLE = "name_by_rank"
# (key, minus population, seq, place): for each key of more than POPULOUS_FROM places, its
# POPULOUS_KEPT most populous ones. The ranked table alone would bury a name's towns of
# any size under its thousand unpeopled streams and hills (a stream's prior is a major
# river's), and recognition asks whether some town of the name has people.
POPULOUS_TABLE = "populous_by_key"
POPULOUS_FROM = 50
POPULOUS_KEPT = 1000
_OLDER_NAMES_TABLES = ("name_by_key", "name")
HASHES_FILE = "keys.u64"
# LEADS_TABLE as a sorted table like HASHES_FILE: each lead word's hash with its low byte
# replaced by its number of words, so that text's new words are answered from the map
# rather than by an SQLite query each.
LEADS_FILE = "leads.u64"
_WORDS_BITS = 0xFF
REFERENCE_FILE = "reference_points.json"  # GeoNames id -> point, of the layer's countries and regions
REFERENCE_FEATURES = ("PCLI", "ADM1")

# The columns of a layer place, in the order the ``place`` table holds them.
PLACE_COLUMNS = ("geonameid", "name", "latitude", "longitude", "country_code", "feature_code",
                 "population", "admin1_code", "admin2_code")
# The place table's columns as the ranked tables repeat them (``place``: its id).
_PLACE_NAMES = ", ".join(("place", *PLACE_COLUMNS))
_PLACE_FIELDS = ("place INTEGER, geonameid INTEGER, name TEXT, latitude REAL, longitude REAL, country_code TEXT, "
                 "feature_code TEXT, population INTEGER, admin1_code TEXT, admin2_code TEXT")


@dataclass(frozen=True)
class LayerPlace:
    """One place of a layer, as a source module hands it to ``build_layer_index``."""

    name: str
    latitude: float
    longitude: float
    country_code: str = ""
    feature_code: str = "PPL"
    population: int = 0
    admin1_code: str = ""
    admin2_code: str = ""
    geonameid: int | None = None
    alternate_names: tuple[str, ...] = ()


def key_hash(key: str) -> int:
    """A stable 64-bit hash of a name key (Python's ``hash`` changes between runs)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little")


def name_keys(place: LayerPlace) -> set[str]:
    """The lookup keys of a place, by the base gazetteer's rules (Latin names, no codes)."""
    keys = {normalize_name(n) for n in (place.name, *place.alternate_names)
            if n and is_latin_name(n) and not looks_like_code(n)}
    keys.discard("")
    return keys


def build_layer_index(places, folder: Path, *, alternate_names=(), batch: int = 50_000) -> int:
    """Write ``places`` (an iterable of ``LayerPlace``) into ``folder``; returns how many.

    ``alternate_names``: more (geonameid, name) pairs, joined to the places by GeoNames
    id inside SQLite, so that a file of millions of names is never held in memory.

    Rows go to SQLite in large transactions without an index, which is made once at the
    end (sorting is far cheaper than keeping a B-tree ordered on every insert); the key
    hashes are collected in a compact array and sorted with numpy."""
    import numpy as np

    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / PLACES_FILE
    db_path.unlink(missing_ok=True)
    db = sqlite3.connect(db_path)
    db.executescript("""
        PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;
        CREATE TABLE place (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, latitude REAL,
            longitude REAL, country_code TEXT, feature_code TEXT, population INTEGER,
            admin1_code TEXT, admin2_code TEXT);
        CREATE TEMP TABLE name (key TEXT, place INTEGER);
    """)
    hashes = array("Q")
    place_rows, name_rows, count = [], [], 0
    reference = {}
    for p in places:
        count += 1
        if p.feature_code in REFERENCE_FEATURES and p.geonameid is not None:
            reference[p.geonameid] = (p.latitude, p.longitude)
        place_rows.append((count, p.geonameid, p.name, p.latitude, p.longitude, p.country_code,
                           p.feature_code, p.population, p.admin1_code, p.admin2_code))
        for key in name_keys(p):
            name_rows.append((key, count))
            hashes.append(key_hash(key))
        if len(place_rows) >= batch:
            _flush(db, place_rows, name_rows)
    _flush(db, place_rows, name_rows)
    _add_alternate_names(db, alternate_names, hashes, batch)
    # The names clustered by key, most important place first, then in the order they
    # were added (a place's own names first), each with its place's columns: a name's
    # best places are read from one run of pages (not one page of the place table
    # each), and a lookup stops after as many as it wants.
    db.create_function("place_rank", 2, place_rank, deterministic=True)
    db.executescript(f"""
        CREATE TABLE {NAMES_TABLE} (key TEXT, rank REAL, seq INTEGER, {_PLACE_FIELDS},
            PRIMARY KEY (key, rank, seq)) WITHOUT ROWID;
        INSERT INTO {NAMES_TABLE} SELECT n.key, place_rank(p.feature_code, p.population), n.rowid, p.*
            FROM temp.name n JOIN place p ON p.id = n.place ORDER BY 1, 2, 3;
        DROP TABLE temp.name;
        CREATE TABLE {POPULOUS_TABLE} (key TEXT, rank INTEGER, seq INTEGER, {_PLACE_FIELDS},
            PRIMARY KEY (key, rank, seq)) WITHOUT ROWID;
        INSERT INTO {POPULOUS_TABLE} SELECT key, rank, seq, {_PLACE_NAMES} FROM (
            SELECT *, -coalesce(population, 0) AS rank,
                row_number() OVER (PARTITION BY key ORDER BY -coalesce(population, 0), seq) AS k
            FROM (SELECT key, seq, {_PLACE_NAMES} FROM {NAMES_TABLE}
                  WHERE key IN (SELECT key FROM {NAMES_TABLE} GROUP BY key HAVING count(*) > {POPULOUS_FROM})))
        WHERE k <= {POPULOUS_KEPT} ORDER BY 1, 2, 3;
        CREATE TABLE {LEADS_TABLE} (word TEXT PRIMARY KEY, words INTEGER) WITHOUT ROWID;
        INSERT INTO {LEADS_TABLE} SELECT substr(key, 1, instr(key, ' ') - 1),
            max(length(key) - length(replace(key, ' ', '')) + 1) FROM {NAMES_TABLE} WHERE instr(key, ' ') > 0 GROUP BY 1;
    """)
    db.commit()
    write_leads_file(db, folder)
    db.close()
    table = np.unique(np.frombuffer(hashes, dtype=np.uint64)) if hashes else np.zeros(0, np.uint64)
    del hashes
    (folder / HASHES_FILE).write_bytes(table.astype("<u8").tobytes())
    (folder / REFERENCE_FILE).write_text(json.dumps(reference))
    return count


def write_leads_file(db: sqlite3.Connection, folder: Path) -> None:
    """LEADS_FILE from the layer's LEADS_TABLE (two words sharing a hash's high 56 bits
    share the larger count: a span more is tried, none is missed)."""
    import numpy as np

    leads: dict[int, int] = {}
    for word, words in db.execute(f"SELECT word, words FROM {LEADS_TABLE}"):
        prefix = key_hash(word) & ~_WORDS_BITS
        leads[prefix] = max(leads.get(prefix, 0), min(words, _WORDS_BITS))
    table = np.array(sorted(prefix | words for prefix, words in leads.items()), dtype=np.uint64)
    (folder / LEADS_FILE).write_bytes(table.astype("<u8").tobytes())


def place_rank(feature_code: str | None, population: int | None) -> float:
    """Sort key of a layer place among its namesakes: most important first, by the
    prior resolution gives it (a layer place without a code is a town, ``_row_of``)."""
    return -feature_prior(feature_code or "PPL", population or 0)


def _flush(db: sqlite3.Connection, place_rows: list, name_rows: list) -> None:
    db.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?)", place_rows)
    db.executemany("INSERT INTO name VALUES (?,?)", name_rows)
    db.commit()
    place_rows.clear()
    name_rows.clear()


def _add_alternate_names(db: sqlite3.Connection, pairs, hashes: array, batch: int) -> None:
    db.execute("CREATE TEMP TABLE alternate (geonameid INTEGER, key TEXT)")
    rows, added = [], False
    for geonameid, name in pairs:
        if not name or not is_latin_name(name) or looks_like_code(name):
            continue
        key = normalize_name(name)
        if key:
            rows.append((geonameid, key))
        if len(rows) >= batch:
            db.executemany("INSERT INTO alternate VALUES (?,?)", rows)
            rows.clear()
            added = True
    if rows:
        db.executemany("INSERT INTO alternate VALUES (?,?)", rows)
        added = True
    if not added:
        return
    db.execute("CREATE INDEX temp.alternate_id ON alternate (geonameid)")
    # Names of places in the layer only (a key a place already has is repeated: lookups
    # ask for distinct places).
    db.execute("INSERT INTO name SELECT DISTINCT a.key, p.id FROM place p JOIN alternate a ON a.geonameid = p.geonameid")
    for (key,) in db.execute("SELECT DISTINCT a.key FROM alternate a JOIN place p ON a.geonameid = p.geonameid"):
        hashes.append(key_hash(key))
    db.execute("DROP TABLE alternate")
    db.commit()


class LayerIndex:
    """A built layer, opened read-only: ``has_key`` and ``places_for_key``."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._db = sqlite3.connect(f"file:{self.folder / PLACES_FILE}?mode=ro", uri=True,
                                   check_same_thread=False)
        self._maps = []
        self._window = None  # ``_search``'s own (a test narrows it)
        self._hashes = self._map_table(self.folder / HASHES_FILE)
        leads = self.folder / LEADS_FILE  # (layers built before it ask SQLite)
        self._leads = self._map_table(leads) if leads.exists() else None
        tables = {name for (name,) in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        self._ranked = NAMES_TABLE in tables
        self._has_leads = LEADS_TABLE in tables
        if self._ranked:
            self._query, self._populous = (
                f"SELECT {_PLACE_NAMES}, seq FROM {table} WHERE key = ? ORDER BY rank, seq LIMIT ?"
                for table in (NAMES_TABLE, POPULOUS_TABLE))
        else:
            older = next((t for t in _OLDER_NAMES_TABLES if t in tables), "name")
            seq = "n.seq" if older == "name_by_key" else "n.rowid"
            self._query = f"SELECT p.*, {seq} FROM {older} n JOIN place p ON p.id = n.place WHERE n.key = ?"

    def has_key(self, key: str) -> bool:
        """Whether some place of the layer has the name key (a hash match: a collision,
        about one in 10^12 per lookup, costs one empty query in ``places_for_key``),
        found by ``_search``."""
        table = self._hashes
        i, h = _search(table, key_hash(key), self._window)
        return i < len(table) and table[i] == h

    def _map_table(self, path: Path):
        """A sorted table of 64-bit hashes, memory-mapped (an empty file: an empty tuple)."""
        if not path.stat().st_size:
            return ()
        with path.open("rb") as f:
            mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        self._maps.append(mapped)
        return memoryview(mapped).cast("Q")

    def places_for_key(self, key: str, limit: int | None = None) -> list[tuple]:
        """Rows (``PLACE_COLUMNS`` order, after the layer's own place id) named ``key``,
        each once, in the order their names were added; with ``limit``, only those of
        the ``limit`` most important names (by ``place_rank``, then the order added) and
        of the ``limit`` most populous (``limit`` between POPULOUS_FROM and POPULOUS_KEPT).

        The cost of a lookup with a limit is bounded whatever the number of namesakes:
        each table is read from the key's first entry for ``limit`` entries. A layer
        built before them is read whole and cut the same way."""
        if not self.has_key(key):
            return []
        if self._ranked:
            found = self._db.execute(self._query, (key, -1 if limit is None else limit)).fetchall()
            if limit is not None and len(found) == limit:  # perhaps more: the populous ones too
                found += self._db.execute(self._populous, (key, limit)).fetchall()
        else:
            found = self._db.execute(self._query, (key,)).fetchall()
            if limit is not None and len(found) > limit:
                by_rank = sorted(found, key=lambda values: (place_rank(values[6], values[7]), values[-1]))
                by_population = sorted(found, key=lambda values: (-(values[7] or 0), values[-1]))
                found = by_rank[:limit] + by_population[:limit]
        found.sort(key=lambda values: values[-1])
        return list(dict.fromkeys(values[:-1] for values in found))

    def longest_name_from(self, word: str) -> int:
        """The most words of a name key of the layer that opens with the word ``word``
        followed by others (0 for none; ``MAX_WORDS`` for a layer built without that table)."""
        if self._leads is not None:
            table = self._leads
            i, prefix = _search(table, key_hash(word) & ~_WORDS_BITS)
            return table[i] & _WORDS_BITS if i < len(table) and table[i] & ~_WORDS_BITS == prefix else 0
        if not self._has_leads:
            return MAX_WORDS
        found = self._db.execute(f"SELECT words FROM {LEADS_TABLE} WHERE word = ?", (word,)).fetchone()
        return found[0] if found else 0

    def reference_points(self) -> dict[int, tuple[float, float]]:
        """GeoNames id -> (lat, lon) of the countries and admin-1 regions in the layer."""
        path = self.folder / REFERENCE_FILE
        if not path.exists():
            return {}
        return {int(k): tuple(v) for k, v in json.loads(path.read_text()).items()}

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM place").fetchone()[0]

    def close(self) -> None:
        self._db.close()
        for table in (self._hashes, self._leads):
            if isinstance(table, memoryview):
                table.release()
        for mapped in self._maps:
            mapped.close()


def _search(table, h: int, window: int | None = None) -> tuple[int, int]:
    """(where ``h`` is or would be in the sorted ``table``, ``h``). The hashes are
    uniform, so a hash's place is known to within a few times the square root of the
    table's length: the search starts in that window (a few pages of the map, where a
    plain binary search over millions of hashes touches a new page at nearly every
    step), and widens to the whole table in the rare case the window misses."""
    n = len(table)
    if not n:
        return 0, h
    window = window or 4 * math.isqrt(n) + 64
    guess = (h * n) >> 64
    lo, hi = max(0, guess - window), min(n, guess + window)
    if table[lo] > h:
        lo = 0
    if table[hi - 1] < h:
        hi = n
    return bisect.bisect_left(table, h, lo, hi), h
