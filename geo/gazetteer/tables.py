"""The gazetteer's cache file: its columns as packed arrays and its name index as a
hash table, read through one memory map.

A pickle of the gazetteer's Python objects took over a second of CPU and ~250 MiB in
every process, most of it rebuilding the 675,000-key name index dict. Here the index
stays in the file: ``KeyTable`` answers ``key in index`` and ``index.get(key)`` from the
mapped pages (an open-addressing table of CRC-32 slots, the keys themselves to confirm a
hit), so a process reads only the pages its texts touch, and processes on one machine
share them through the page cache. The columns are unpacked into plain lists (one
``tolist`` or ``split`` each, tens of milliseconds), because the hot paths index them
row by row and layers append to them; the number columns into packed arrays
(``array``: indexed and appended like lists, a quarter of their memory).

Layout: ``MAGIC``, the length of a JSON header, the header (section name -> offset,
length in bytes, array type code), then the sections, each 8-byte aligned.
"""

from __future__ import annotations

import json
import mmap
import pickle
import zlib
from array import array
from functools import lru_cache
from struct import Struct
from zlib import crc32
from collections.abc import Callable, Mapping, Sequence
from itertools import accumulate
from pathlib import Path

MAGIC = b"GEOGZT1\n"
_NAME_SEPARATOR = "\x00"  # between the names of the name column (no name holds it)
_MEMO_LIMIT = 200_000  # keys whose answer a KeyTable keeps before emptying its memo
LEADS_SUFFIX = "_leads"  # the table of a key table's lead words (``lead_words``)
MAX_WORDS = 1_000  # "no limit known" for ``KeyTable.longest_name_from``
NO_ID = -1  # the geonameid column's mark of a row without a GeoNames id

# Columns of codes repeated across rows: stored as numbers into a list of distinct values.
CODED_COLUMNS = ("country_code", "feature_code", "admin1_code", "admin2_code")
NUMBER_COLUMNS = {"latitude": "d", "longitude": "d", "population": "q"}


def _encode(key: str) -> bytes:
    return key.encode("utf-8", "surrogatepass")


# -- writing ------------------------------------------------------------------------------

def write_tables(path: Path, columns: dict[str, list], key_tables: dict[str, dict], small: dict,
                 row_tables: dict[str, array | list[str]] | None = None) -> None:
    """Write a cache file: ``columns`` (the gazetteer's per-row lists: geonameid, name,
    the numbers and the codes), ``key_tables`` (str -> sequence of rows each),
    ``small`` (everything else, pickled) and ``row_tables`` (facts derived per row,
    read in place through the map: ``TableFile.row_numbers``, ``TableFile.row_strings``)."""
    sections: dict[str, bytes | array] = {}
    typecodes: dict[str, str] = {}
    geonameid = columns["geonameid"]
    sections["geonameid"] = array("q", (NO_ID if g is None else g for g in geonameid))
    small = {**small, "_no_geonameid": [r for r, g in enumerate(geonameid) if g is None]}
    names = columns["name"]
    if any(_NAME_SEPARATOR in n for n in names):
        raise ValueError("a place name holds a NUL character")
    sections["name"] = _encode(_NAME_SEPARATOR.join(names))
    for column, code in NUMBER_COLUMNS.items():
        sections[column] = array(code, columns[column])
    for column in CODED_COLUMNS:
        values = columns[column]
        vocabulary = list(dict.fromkeys(values))
        number = {v: i for i, v in enumerate(vocabulary)}
        sections[column] = array("i", (number[v] for v in values))
        small[f"_vocabulary_{column}"] = vocabulary
    for table, mapping in key_tables.items():
        for part, data in _hash_table(mapping).items():
            sections[f"{table}.{part}"] = data
    for table, values in (row_tables or {}).items():
        if isinstance(values, array):
            sections[f"row.{table}"] = values
        else:  # strings: their UTF-8 bytes end to end, and where each starts
            blobs = [_encode(v) for v in values]
            sections[f"row.{table}.offsets"] = array("Q", accumulate(map(len, blobs), initial=0))
            sections[f"row.{table}"] = b"".join(blobs)
    sections["small"] = pickle.dumps(small, protocol=pickle.HIGHEST_PROTOCOL)
    for name, data in sections.items():
        typecodes[name] = data.typecode if isinstance(data, array) else "B"

    header: dict[str, list] = {}
    offset = 0
    for name, data in sections.items():
        size = len(data) * data.itemsize if isinstance(data, array) else len(data)
        header[name] = [offset, size, typecodes[name]]
        offset += size + (-size % 8)
    head = json.dumps({"rows": len(names), "sections": header}).encode()
    start = len(MAGIC) + 8 + len(head)
    start += -start % 8
    with path.open("wb") as f:
        f.write(MAGIC + start.to_bytes(8, "little") + head)
        f.write(b"\0" * (start - f.tell()))
        for name, data in sections.items():
            f.write(data.tobytes() if isinstance(data, array) else data)
            f.write(b"\0" * (-f.tell() % 8))


def lead_words(keys) -> dict[str, list[int]]:
    """Lead word -> [the most words of a key of several words that it opens], the table
    ``KeyTable.longest_name_from`` reads (written beside a key table as its name plus
    ``LEADS_SUFFIX``)."""
    longest: dict[str, int] = {}
    for key in keys:
        lead, _, rest = key.partition(" ")
        if rest:
            words = rest.count(" ") + 2
            if words > longest.get(lead, 0):
                longest[lead] = words
    return {lead: [words] for lead, words in longest.items()}


def _hash_table(mapping: dict) -> dict[str, bytes | array]:
    """Key bytes and their offsets, rows and their offsets, and 2^k slots (at most
    half full) each holding the entry number of the key that hashed there, or -1."""
    keys = list(mapping)
    blobs = [_encode(k) for k in keys]
    key_offsets = array("Q", [0])
    row_offsets = array("Q", [0])
    rows = array("i")
    for blob, key in zip(blobs, keys):
        key_offsets.append(key_offsets[-1] + len(blob))
        rows.extend(mapping[key])
        row_offsets.append(len(rows))
    size = 8
    while size < 2 * len(keys):
        size *= 2
    slots = array("i", [-1]) * size
    mask = size - 1
    for entry, blob in enumerate(blobs):
        slot = zlib.crc32(blob) & mask
        while slots[slot] >= 0:
            slot = (slot + 1) & mask
        slots[slot] = entry
    return {"keys": b"".join(blobs), "key_offsets": key_offsets, "rows": rows,
            "row_offsets": row_offsets, "slots": slots}


# -- reading ------------------------------------------------------------------------------

class TableFile:
    """An opened cache file: its sections as memoryviews of one read-only map."""

    def __init__(self, path: Path):
        self.path = Path(path)
        with self.path.open("rb") as f:
            self._map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        view = memoryview(self._map)
        if bytes(view[:len(MAGIC)]) != MAGIC:
            raise ValueError(f"{self.path}: not a gazetteer cache file")
        start = int.from_bytes(view[len(MAGIC):len(MAGIC) + 8], "little")
        header = json.loads(bytes(view[len(MAGIC) + 8:start]).rstrip(b"\0"))
        self.rows = header["rows"]
        self.sections = {}
        self._spans = {}
        for name, (offset, size, code) in header["sections"].items():
            part = view[start + offset:start + offset + size]
            self.sections[name] = part if code == "B" else part.cast(code)
            self._spans[name] = (start + offset, size)

    def release(self, names) -> None:
        """Drop the pages of sections read once (the columns, unpacked into lists) from
        this process's resident memory: they stay in the page cache, shared, and are
        mapped again if read again."""
        if not hasattr(self._map, "madvise"):  # pragma: no cover - a platform without madvise
            return
        for name in names:
            offset, size = self._spans[name]
            first = offset - offset % mmap.PAGESIZE
            if size:
                self._map.madvise(mmap.MADV_DONTNEED, first, offset + size - first)

    def columns(self) -> dict:
        """The gazetteer's fields, ready for ``Gazetteer(**fields)``."""
        s = self.sections
        small = pickle.loads(s["small"])
        ids = array("q")
        ids.frombytes(s["geonameid"].cast("B"))
        missing = small.pop("_no_geonameid")
        if ids.count(NO_ID) == len(missing) and all(ids[row] == NO_ID for row in missing):
            geonameid = GeonameIds(ids)  # packed: ~10 MiB less than a list of int objects
        else:  # (an id equal to the mark itself: a plain list says which rows have none)
            geonameid = ids.tolist()
            for row in missing:
                geonameid[row] = None
        fields = {"geonameid": geonameid, "name": str(s["name"], "utf-8", "surrogatepass").split(_NAME_SEPARATOR)}
        for column, code in NUMBER_COLUMNS.items():
            # Packed arrays, not lists: a list holds a float object per row (32 bytes
            # against 8), ~19 MiB of a process's memory for the three columns.
            numbers = fields[column] = array(code)
            numbers.frombytes(s[column].cast("B"))
        for column in CODED_COLUMNS:
            fields[column] = list(map(small.pop(f"_vocabulary_{column}").__getitem__, s[column].tolist()))
        fields.update(small)
        return fields

    def key_table(self, name: str) -> KeyTable:
        return KeyTable(self, name)

    def has_rows(self, name: str) -> bool:
        return f"row.{name}" in self.sections

    def row_numbers(self, name: str) -> memoryview:
        """A per-row table of numbers (``write_tables``' ``row_tables``), read in place."""
        return self.sections[f"row.{name}"]

    def row_strings(self, name: str) -> RowStrings:
        """A per-row table of strings, read in place."""
        return RowStrings(self.sections[f"row.{name}"], self.sections[f"row.{name}.offsets"])


class GeonameIds(Sequence):
    """The GeoNames id of each row, ``None`` for a row without one, packed in an array
    (``NO_ID`` marks those rows); appended to as a list is."""

    __hash__ = None

    def __init__(self, ids: array):
        self._ids = ids

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, row):
        if isinstance(row, slice):
            return [None if g == NO_ID else g for g in self._ids[row]]
        g = self._ids[row]
        return None if g == NO_ID else g

    def __iter__(self):
        return (None if g == NO_ID else g for g in self._ids)

    def __eq__(self, other) -> bool:
        return isinstance(other, (list, GeonameIds)) and list(self) == list(other)

    @staticmethod
    def packable(values) -> bool:
        """Whether each of ``values`` is an id (an int other than ``NO_ID``) or ``None``."""
        return all(v is None or type(v) is int and v != NO_ID for v in values)

    def append(self, value) -> None:
        self.extend((value,))

    def extend(self, values) -> None:
        values = list(values)
        if not self.packable(values):
            raise TypeError("GeoNames ids are ints or None")
        self._ids.extend(NO_ID if v is None else v for v in values)


class RowStrings(Sequence):
    """Strings by row, decoded from the map when asked (a list of them would cost every
    process its memory and a tenth of a second to build)."""

    def __init__(self, blob: memoryview, offsets: memoryview):
        self._blob, self._offsets = blob, offsets

    @property
    def blob(self) -> memoryview:
        """The strings' UTF-8 bytes end to end."""
        return self._blob

    @property
    def offsets(self) -> memoryview:
        """Where the string of each row starts in ``blob`` (and, last, where the blob ends)."""
        return self._offsets

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, row):
        if not isinstance(row, int):
            raise TypeError("rows one at a time")
        if row < 0:
            row += len(self)
        return str(self._blob[self._offsets[row]:self._offsets[row + 1]], "utf-8", "surrogatepass")


_ROW_SIZE = array("i").itemsize  # a key table's rows are an array of C ints (``_hash_table``)


@lru_cache(maxsize=None)
def _rows_struct(count: int) -> Struct:
    """The ``Struct`` that reads ``count`` rows of a key table."""
    return Struct(f"{count}i")


class KeyTable(Mapping):
    """A read-only str -> tuple-of-rows mapping held in a ``TableFile``.

    Answers are memoised per key (texts ask for the same names again and again). Keys
    added with ``setdefault`` (a test or a caller adding names to a loaded gazetteer)
    live in a dict beside the file's and take precedence."""

    def __init__(self, table_file: TableFile, name: str):
        self._file, self._name = table_file, name
        s = table_file.sections
        # Lead word -> the most words of a key that opens with it and has more, when the
        # file holds that table (``write_tables``' ``leads``): a caller trying the spans
        # of a run of words skips those no key is that long for.
        self._leads = KeyTable(table_file, f"{name}{LEADS_SUFFIX}") if f"{name}{LEADS_SUFFIX}.keys" in s else None
        self._added_leads: dict[str, int] = {}
        self._keys = s[f"{name}.keys"]
        self._key_offsets = s[f"{name}.key_offsets"]
        self._rows = s[f"{name}.rows"]
        self._row_offsets = s[f"{name}.row_offsets"]
        self._slots = s[f"{name}.slots"]
        self._mask = len(self._slots) - 1
        self._map = table_file._map
        self._keys_at = table_file._spans[f"{name}.keys"][0]  # where the keys and the rows start in the map
        self._rows_at = table_file._spans[f"{name}.rows"][0]
        self._memo: dict[str, tuple[int, ...]] = {}
        self._added: dict[str, list] = {}
        # (what ``_look_up`` reads of the file, in one attribute: the probe of a key not
        # asked before is most of a cold text's lookups)
        self._probe = (self._slots, self._key_offsets, self._mask, self._map, self._keys_at)

    def _look_up(self, key):
        """The rows of a key the memo lacks (an empty tuple for none), now memoised.
        (The file's probe is written out here, not called: a text asks thousands of
        names a process has not met, and a call per probe was a fifth of their cost.)"""
        memo = self._memo
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
            memo.update(self._added)
        added = self._added
        if added and key in added:
            return added[key]
        if not isinstance(key, str):
            return ()
        # ``_file_rows``, inline
        blob = key.encode("utf-8", "surrogatepass")
        slots, offsets, mask, keys, keys_at = self._probe
        size = len(blob)
        slot = crc32(blob) & mask
        rows = ()
        while (entry := slots[slot]) >= 0:
            start = offsets[entry]
            if offsets[entry + 1] - start == size:
                start += keys_at
                if keys[start:start + size] == blob:
                    row_offsets = self._row_offsets
                    first = row_offsets[entry]
                    rows = _rows_struct(row_offsets[entry + 1] - first).unpack_from(
                        keys, self._rows_at + first * _ROW_SIZE)
                    break
            slot = (slot + 1) & mask
        memo[key] = rows
        return rows

    def _file_rows(self, key: str) -> tuple[int, ...]:
        """The rows the file holds for ``key``: its slot, then the next ones until the key
        or an empty slot. (Keys and rows are read from the map as bytes and by a ``Struct``:
        a memoryview slice per probe cost more than the rest of the lookup.)"""
        blob = key.encode("utf-8", "surrogatepass")
        slots, offsets, mask = self._slots, self._key_offsets, self._mask
        size = len(blob)
        slot = crc32(blob) & mask
        while (entry := slots[slot]) >= 0:
            start = offsets[entry]
            if offsets[entry + 1] - start == size:
                start += self._keys_at
                if self._map[start:start + size] == blob:
                    first = self._row_offsets[entry]
                    return _rows_struct(self._row_offsets[entry + 1] - first).unpack_from(
                        self._map, self._rows_at + first * _ROW_SIZE)
            slot = (slot + 1) & mask
        return ()

    def probes(self) -> tuple[Callable[[str], tuple | None], Callable[[str], tuple]]:
        """``(asked, look_up)`` for a loop over many keys (``name_spans``): ``asked(key)``
        is the rows of a key asked before, None for one not asked yet (the memo's own
        ``dict.get``: no Python call per key, where ``get`` and ``in`` make one);
        ``look_up(key)`` the rows of a key, asked of the file and kept (an empty tuple
        for none). Both stay valid while the table lives (the memo is emptied, never
        replaced)."""
        return self._memo.get, self._look_up

    # The two questions text asks most: one dict lookup when the key was asked before.
    def __contains__(self, key) -> bool:
        rows = self._memo.get(key)
        return bool(rows if rows is not None else self._look_up(key))

    def get(self, key, default=None):
        rows = self._memo.get(key)
        if rows is None:
            rows = self._look_up(key)
        return rows or default

    def __getitem__(self, key):
        rows = self.get(key)
        if rows is None:
            raise KeyError(key)
        return rows

    def setdefault(self, key, default):
        if key not in self._added:
            known = self.get(key)
            self._added[key] = self._memo[key] = default if known is None else list(known)
            self._note_lead(key)
        return self._added[key]

    def _note_lead(self, key: str) -> None:
        lead, _, rest = key.partition(" ")
        if rest:
            self._added_leads[lead] = max(self._added_leads.get(lead, 0), rest.count(" ") + 2)

    def longest_name_from(self, word: str) -> int:
        """The most words of a key that opens with the word ``word`` followed by others
        (0 for none; ``MAX_WORDS`` when the file holds no such table)."""
        leads = self._leads
        if leads is None:
            return MAX_WORDS
        rows = leads._memo.get(word)
        if rows is None:
            rows = leads._look_up(word)
        longest = rows[0] if rows else 0
        if not self._added_leads:
            return longest
        added = self._added_leads.get(word)
        return longest if added is None else max(longest, added)

    def _file_keys(self):
        keys, offsets = self._keys, self._key_offsets
        for entry in range(len(offsets) - 1):
            yield str(keys[offsets[entry]:offsets[entry + 1]], "utf-8", "surrogatepass")

    def __iter__(self):
        yield from self._file_keys()
        yield from (k for k in self._added if not self._file_rows(k))

    def __len__(self) -> int:
        return len(self._key_offsets) - 1 + sum(1 for k in self._added if not self._file_rows(k))

    def __reduce__(self):  # pickled by where it lives (a map cannot travel)
        return (_reopen, (str(self._file.path), self._name, dict(self._added)))


def _reopen(path: str, name: str, added: dict) -> KeyTable:
    table = TableFile(Path(path)).key_table(name)
    table._added.update(added)
    table._memo.update(added)
    for key in added:
        table._note_lead(key)
    return table
