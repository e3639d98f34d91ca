"""Indexes derived from the gazetteer's columns, built on first use and kept on the
instance (``functools.cached_property``), never written into the cache file: capitals,
towns by region, spelling variants, and the per-row facts that place resolution asks
for again and again.

``DerivedIndexes`` is a base class of ``geo.gazetteer.model.Gazetteer``; it only reads
the columns the model defines.
"""

from __future__ import annotations

import functools
import itertools
from sys import intern
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from geo.gazetteer.tables import KeyTable, RowStrings
from geo.gazetteer.names import (
    LEADING_ABBREVIATIONS,
    expand_leading_abbreviation,
    name_skeleton,
    normalize_name,
    spelling_key,
    word_key,
)

if TYPE_CHECKING:
    from geo.gazetteer.model import Place

# The longest place name, in words, that ``name_spans`` tries ("Bosnia and Herzegovina").
MAX_NAME_WORDS = 6
_MEMO_LIMIT = 200_000  # entries of a per-row or per-phrase memo before it is emptied
VARIANT_SEPARATOR = "\x1f"  # between a country code and a variant key in ``all_variant_keys``
# The "country" under which ``all_variant_keys`` files the world's ``spelling_index``.
SPELLINGS = "="
# Places whose other romanisations are looked for (``spelling_index``): admin-1 regions
# and towns of this many people or of no known population (the sources give none for
# many a town of the Syrian war: Ma'arrat an Nu'man, Ra's al 'Ayn); a hamlet's name
# would match ordinary surnames.
SPELLING_TOWN_SIZE = 15_000
SPELLING_KEY_LETTERS = 5  # shorter keys ("hama", "kam") meet too many unrelated names


class RowFacts(NamedTuple):
    """What resolution asks of a candidate row, worked out once per row."""

    prior: float  # feature_prior of the row
    primary_key: str  # its main name, normalised
    # (country, admin-1 key or None, admin-2 key or None, lat, lon): the admin keys are
    # ``region_key`` strings (and that key, the separator and the admin-2 code), one
    # object per region (interned), which resolution sums support by: a string keeps its
    # hash, a tuple works it out at every lookup. The keys and the point are None for a
    # country or continent, which has no region or point that says where in it a report is.
    where: tuple


class FileRowFacts(NamedTuple):
    """Per-row facts the cache file holds, worked out once when it was written (for the
    rows it has; rows added since are worked out as asked): text meets thousands of
    names a process has not seen, and each candidate row's prior and main-name key cost
    microseconds to work out (a log, a Unicode normalisation)."""

    rows: int  # the rows the file has
    prior: Sequence[float]  # feature_prior of each row
    primary_key: Sequence[str]  # its main name, normalised


def region_key(country_code: str, admin1_code: str) -> str:
    """The key of a region in the cache file's table of towns by region."""
    return f"{country_code}{VARIANT_SEPARATOR}{admin1_code}"


class RegionTowns(Mapping):
    """``towns_by_region`` read from the cache file's table (keys ``region_key``), in the
    order the built mapping had; rows come as tuples."""

    def __init__(self, table):
        self._table = table

    def get(self, region, default=None):
        return self._table.get(region_key(*region), default)

    def __getitem__(self, region):
        return self._table[region_key(*region)]

    def __iter__(self):
        return (tuple(key.split(VARIANT_SEPARATOR, 1)) for key in self._table)

    def __len__(self) -> int:
        return len(self._table)


def _never_asked(key: str) -> None:
    """The memo of an index that keeps none (``name_spans``): every key is new."""
    return None


class _RowMemo(dict):
    """Row -> an answer worked out on the first ask (``work_out(row)``) and kept."""

    __slots__ = ("_work_out",)

    def __init__(self, work_out: Callable[[int], object]):
        super().__init__()
        self._work_out = work_out

    def __missing__(self, row: int):
        value = self[row] = self._work_out(row)
        return value


class _StoredKeyMemo(dict):
    """``_RowMemo`` of the main-name keys the cache file holds (``RowStrings``): a row of
    the file is decoded in line (no call per row through the file's sequence, which
    doubled the cost of the rows a text meets first); a row added since is worked out."""

    __slots__ = ("_blob", "_offsets", "_rows", "_work_out")

    def __init__(self, strings: RowStrings, rows: int, work_out: Callable[[int], str]):
        super().__init__()
        self._blob, self._offsets, self._rows, self._work_out = strings.blob, strings.offsets, rows, work_out

    def __missing__(self, row: int) -> str:
        if 0 <= row < self._rows:
            offsets = self._offsets
            value = self[row] = str(self._blob[offsets[row]:offsets[row + 1]], "utf-8", "surrogatepass")
        else:
            value = self[row] = self._work_out(row)
        return value


class DerivedIndexes:
    """Derived indexes and memos of a ``Gazetteer`` (see the module docstring)."""

    # -- towns and regions ----------------------------------------------------------------

    @functools.cached_property
    def rows_by_country(self) -> dict[str, list[int]]:
        """Towns and regions of each country ("*": towns of 100,000 people anywhere)."""
        out: dict[str, list[int]] = {}
        kept = ("PPL", "PPLC", "ADM1", "ADM2")
        for r, (cc, fc, pop) in enumerate(zip(self.country_code, self.feature_code, self.population)):
            if fc in kept:
                out.setdefault(cc, []).append(r)
                if pop >= 100_000 and fc in ("PPL", "PPLC"):
                    out.setdefault("*", []).append(r)
        return out

    # The cache file's table of ``region_towns()`` (``geo.gazetteer.cache``) and the rows the
    # gazetteer had when it was written: set on a gazetteer loaded from the file.
    towns_table = None
    towns_table_rows = -1

    @functools.cached_property
    def towns_by_region(self) -> Mapping[tuple[str, str], Sequence[int]]:
        """(ISO2, admin-1 code) -> rows of the towns coded in it, most populous first: read
        from the cache file when no rows were added since (a tenth of a second to build,
        and megabytes of row numbers, in every process otherwise)."""
        if self.towns_table is not None and self.towns_table_rows == len(self.feature_code):
            return RegionTowns(self.towns_table)
        return self.region_towns()

    def region_towns(self) -> dict[tuple[str, str], list[int]]:
        """``towns_by_region`` worked out from the columns."""
        out: dict[tuple[str, str], list[int]] = {}
        for r, fc in enumerate(self.feature_code):
            if fc in ("PPL", "PPLC"):
                out.setdefault((self.country_code[r], self.admin1_code[r]), []).append(r)
        for rows in out.values():
            rows.sort(key=lambda r: -self.population[r])
        return out

    @functools.cached_property
    def _capitals(self) -> dict[str, int]:
        best: dict[str, int] = {}
        for r, fc in enumerate(self.feature_code):
            if fc == "PPLC":
                cc = self.country_code[r]
                if cc not in best or self.population[r] > self.population[best[cc]]:
                    best[cc] = r
        return best

    def capital(self, iso: str) -> Place | None:
        """The capital of a country (its most populous PPLC entry), if the gazetteer has one."""
        row = self._capitals.get(iso)
        return None if row is None else self.place(row)

    @functools.cached_property
    def _region_capitals(self) -> dict[int, Place | None]:
        return {}

    def region_capital(self, region: Place) -> Place | None:
        """The capital of an admin-1 region, as far as the gazetteer tells: the town of the
        region's own name if it has one, else its most populous town."""
        known = self._region_capitals
        if region.index in known:
            return known[region.index]
        by_region = self.towns_by_region
        # The first 50 towns that lie in the region (most populous first): a town's nearest
        # region is worked out only until those are found, not for every town of the region.
        rows = list(itertools.islice((r for r in by_region.get((region.country_code, region.admin1_code), ())
                                      if (self.nearest_admin1(self.latitude[r], self.longitude[r], region.country_code,
                                                              self.admin1_code[r]) or region).index == region.index), 50))
        if not rows:
            # Older gazetteers code regions and towns differently: the region a town's
            # nearest region centre says, among the country's larger towns.
            in_country = [r for (cc, _), towns in by_region.items() if cc == region.country_code for r in towns]
            big = sorted((r for r in in_country if self.population[r] >= 5000), key=lambda r: -self.population[r])[:300]
            rows = list(itertools.islice((r for r in big if (self.nearest_admin1(self.latitude[r], self.longitude[r],
                                                                                  region.country_code)
                                                             or region).index == region.index), 50))
        capital = None
        if rows:
            same = [r for r in rows
                    if normalize_name(self.name[r]) == normalize_name(region.name) and self.population[r] >= 5000]
            capital = self.place(same[0] if same else rows[0])
        known[region.index] = capital
        return capital

    # -- spelling variants ----------------------------------------------------------------

    # Every country's variant keys, as the cache file holds them ("ISO" + VARIANT_SEPARATOR
    # + key -> rows; ``geo.gazetteer.cache``): set on a gazetteer loaded from the file and
    # unset when layers are attached (their places join the indexes built here instead).
    variant_table = None

    @functools.cached_property
    def _variant_indexes(self) -> dict[str, dict[str, list[int]]]:
        return {}

    def all_variant_keys(self) -> dict[str, list[int]]:
        """Every country's ``variant_index`` in one mapping, for the cache file (a second
        or so: built once with the cache instead of in every process)."""
        out = {f"{iso}{VARIANT_SEPARATOR}{key}": rows
               for iso in self.rows_by_country for key, rows in self.variant_index(iso).items()}
        out.update((f"{SPELLINGS}{VARIANT_SEPARATOR}{key}", rows) for key, rows in self.spelling_index.items())
        return out

    def _variant_rows(self, iso: str, key: str):
        table = self.variant_table
        if table is not None:
            return table.get(f"{iso}{VARIANT_SEPARATOR}{key}")
        return self.variant_index(iso).get(key)

    def variant_index(self, iso: str) -> dict[str, list[int]]:
        """Spelling-variant keys (no spaces; "~" + consonant skeleton) -> rows, for the
        towns and regions of one country (built when first needed: tens of milliseconds)."""
        indexes = self._variant_indexes
        if iso not in indexes:
            out: dict[str, list[int]] = {}
            for r in self.rows_by_country.get(iso, ()):
                name = normalize_name(self.name[r])
                nospace = name.replace(" ", "")
                if len(nospace) < 4:
                    continue
                out.setdefault(nospace, []).append(r)
                skel = "~" + name_skeleton(name)
                if len(skel) >= 5:
                    out.setdefault(skel, []).append(r)
            indexes[iso] = out
        return indexes[iso]

    def variant_lookup(self, name: str, countries: tuple[str, ...]) -> list[Place]:
        """Places of ``countries`` (or, for ``("*",)``, towns of 100,000 people anywhere)
        whose name is a spelling variant of ``name`` (first four countries tried in order)."""
        key = normalize_name(name)
        nospace = key.replace(" ", "")
        skel = "~" + name_skeleton(key)
        for iso in countries[:4]:
            rows = self._variant_rows(iso, nospace) or (self._variant_rows(iso, skel) if len(skel) >= 5 else None)
            if rows and iso == "*":
                # Anywhere in the world, only near-identical spellings: same start, same length.
                rows = [r for r in rows if normalize_name(self.name[r]).replace(" ", "")[:2] == nospace[:2]
                        and abs(len(normalize_name(self.name[r]).replace(" ", "")) - len(nospace)) <= 1]
            if rows:
                return [self.place(r) for r in dict.fromkeys(rows)]
        return []

    @functools.cached_property
    def spelling_index(self) -> dict[str, list[int]]:
        """``spelling_key`` of the main name -> rows, for the world's admin-1 regions and
        towns of ``SPELLING_TOWN_SIZE`` people or of unknown size, most populous first (built when no cache
        file holds it: a few tenths of a second)."""
        out: dict[str, list[int]] = {}
        fc, population = self.feature_code, self.population
        for r in sorted(range(len(fc)), key=lambda r: -population[r]):
            code = fc[r]
            people = population[r]
            if code == "ADM1" or code in ("PPL", "PPLC") and (people >= SPELLING_TOWN_SIZE or people == 0):
                key = spelling_key(normalize_name(self.name[r]))
                if len(key) >= SPELLING_KEY_LETTERS:
                    out.setdefault(key, []).append(r)
        return out

    def spelling_rows(self, key: str) -> tuple[int, ...]:
        """Rows of well-populated places whose main name is another romanisation of the
        normalised name ``key`` ("hodeidah" -> Al Hudaydah; see ``spelling_key``)."""
        spelt = spelling_key(key)
        if len(spelt) < SPELLING_KEY_LETTERS:
            return ()
        table = self.variant_table
        rows = table.get(f"{SPELLINGS}{VARIANT_SEPARATOR}{spelt}") if table is not None \
            else self.spelling_index.get(spelt)
        return tuple(rows) if rows else ()

    # -- per-row and per-phrase memos (most rows are never asked about) --------------------

    file_row_facts: FileRowFacts | None = None  # set on a gazetteer loaded from the cache file

    @functools.cached_property
    def row_layers(self) -> dict[int, str]:
        """Row -> label of the layer it was added from (rows not here are the base's)."""
        return {}

    @functools.cached_property
    def drawing_points(self) -> dict[int, tuple[float, float]]:
        """Row -> the centre to draw a country or region at, where its reference point
        (``latitude``/``longitude``) was moved to GeoNames' own (``geo.gazetteer.layers``)."""
        return {}

    def drawing_point(self, row: int) -> tuple[float, float]:
        return self.drawing_points.get(row) or (self.latitude[row], self.longitude[row])

    @functools.cached_property
    def _places(self) -> dict[int, Place]:
        return {}

    @functools.cached_property
    def _memos(self) -> dict:
        return {}

    def memoized(self, function, maxsize: int = 50_000):
        """``function(self, *args)`` with its answers kept on this gazetteer (a bounded
        LRU): what other stages derive from the columns again and again, per name or per
        set of candidate rows (``geo.places``). The arguments must be hashable, and the
        answer must depend only on them and the gazetteer."""
        memos = self._memos
        found = memos.get(function)
        if found is None:
            found = memos[function] = functools.lru_cache(maxsize)(functools.partial(function, self))
        return found

    @functools.cached_property
    def _name_spans(self) -> dict[tuple[str, ...], tuple[tuple[int, int], ...]]:
        return {}

    # ``primary_key`` and ``facts`` are asked tens of thousands of times a second, mostly
    # of rows asked before: each is the ``__getitem__`` of a memo whose misses work the
    # answer out (``_RowMemo``), so a row asked before costs a dict lookup in C and no
    # Python call.
    @functools.cached_property
    def primary_key(self) -> Callable[[int], str]:
        """``primary_key(row)``: the normalised main name of a row (not one of its alternate names)."""
        stored = self.file_row_facts
        if stored is not None and isinstance(stored.primary_key, RowStrings):
            return _StoredKeyMemo(stored.primary_key, stored.rows, self._work_out_primary_key).__getitem__
        return _RowMemo(self._work_out_primary_key).__getitem__

    def _work_out_primary_key(self, row: int) -> str:
        stored = self.file_row_facts
        return stored.primary_key[row] if stored is not None and row < stored.rows else normalize_name(self.name[row])

    @functools.cached_property
    def facts(self) -> Callable[[int], RowFacts]:
        """``facts(row)``: prior, main-name key and whereabouts of a row (see ``RowFacts``)."""
        return _RowMemo(self._work_out_facts).__getitem__

    def _work_out_facts(self, row: int) -> RowFacts:
        cc, a1, a2 = self.country_code[row], self.admin1_code[row], self.admin2_code[row]
        if self.feature_code[row] in ("PCLI", "CONT") or not cc:
            where = (cc, None, None, None, None)
        else:
            region = intern(region_key(cc, a1)) if a1 else None
            where = (cc, region, intern(f"{region}{VARIANT_SEPARATOR}{a2}") if a1 and a2 else None,
                     self.latitude[row], self.longitude[row])
        stored = self.file_row_facts
        prior = stored.prior[row] if stored is not None and row < stored.rows else self.prior(row)
        return RowFacts._make((prior, self.primary_key(row), where))

    def name_spans(self, words: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
        """[a, b) ranges of ``words`` that name places, longest first from the left; a
        name ends on a capitalised word ("Isle of Man", not "Isle of"). Runs of words
        recur within and across texts, so the answer is kept."""
        known = self._name_spans
        found = known.get(words)
        if found is not None:
            return found
        index = self.index
        # (the file's index answers from its memo, in line, a key asked before; a key it
        # has not met, from the file: no Python call per key through ``in``)
        if isinstance(index, KeyTable):
            memo_get, look_up = index.probes()
        else:  # (a dict while building, a layered index: asked by ``in``)
            memo_get, look_up = _never_asked, index.__contains__
        if len(words) == 1:  # most runs: one word, one lookup
            word = words[0]
            if word[:1].isupper():
                key = word_key(word)
                if " " in key:  # (a key of one word, most, is spelt out as it is: no call)
                    key = expand_leading_abbreviation(key)
                rows = memo_get(key)
                found = ((0, 1),) if rows or rows is None and look_up(key) else ()
            else:
                found = ()
            if len(known) > _MEMO_LIMIT:
                known.clear()
            known[words] = found
            return found
        # Most words open no name of several words: the index's table of lead words
        # (when it has one) says how long a name from each can be, and the longer spans
        # are never looked up.
        longest_from = getattr(index, "longest_name_from", None)
        keys = list(map(word_key, words))
        out = []
        a, n = 0, len(words)
        while a < n:
            # (comparisons, not min() and max(): builtins called with several arguments
            # cost more than the rest of a step)
            top = a + MAX_NAME_WORDS if a + MAX_NAME_WORDS < n else n
            lead = keys[a].partition(" ")[0]
            spelt_out = LEADING_ABBREVIATIONS.get(lead)  # "st" of "St. Louis": every key from here opens with it
            if longest_from is not None and top > a + 1:
                longest = longest_from(spelt_out or lead)
                if a + longest < top:
                    top = a + longest if longest > 1 else a + 1
            for b in range(top, a, -1):
                if not words[b - 1][:1].isupper():
                    continue
                key = " ".join(keys[a:b])
                if spelt_out is not None:
                    key = expand_leading_abbreviation(key)
                rows = memo_get(key)
                if rows or rows is None and look_up(key):
                    out.append((a, b))
                    a = b
                    break
            else:
                a += 1
        found = tuple(out)
        if len(known) > _MEMO_LIMIT:
            known.clear()
        known[words] = found
        return found
