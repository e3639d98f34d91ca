"""The gazetteer's data model: ``Place`` (one entry) and ``Gazetteer`` (all entries, as
columns, with a name index and the lookups every stage uses).

Entries live in parallel columns (lists, or packed arrays for a loaded gazetteer's
numbers) rather than one object per place because a quarter of a million small objects
would dominate load time and memory; ``place(row)`` makes the object of a row when a
caller needs one.
"""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass, field

from geo.gazetteer.distance import haversine_km
from geo.gazetteer.index import DerivedIndexes
from geo.gazetteer.names import is_latin_name, looks_like_code, normalize_name
from geo.gazetteer.tables import GeonameIds

# The per-row columns, in the order ``Gazetteer.add_rows`` takes them.
ROW_COLUMNS = ("geonameid", "name", "latitude", "longitude", "country_code", "feature_code", "population",
               "admin1_code", "admin2_code")

FEATURE_COUNTRY = "PCLI"
FEATURE_ADMIN1 = "ADM1"
FEATURE_ADMIN2 = "ADM2"
FEATURE_CAPITAL = "PPLC"
FEATURE_PLACE = "PPL"
FEATURE_CONTINENT = "CONT"

# GeoNames feature classes of the codes the index uses (A: administrative, P: populated
# place, L: area or region, H: water, T: relief).
FEATURE_CLASSES = {
    "PCLI": "A", "ADM1": "A", "ADM2": "A", "PPLC": "P", "PPL": "P", "CONT": "L", "RGN": "L",
    "STM": "H", "LK": "H", "SEA": "H", "GULF": "H", "STRT": "H", "CNL": "H", "CHN": "H",
    "SD": "H", "OCN": "H", "BAY": "H", "MTS": "T", "MT": "T", "PEN": "T", "DSRT": "T", "ISL": "T",
}

# Prior weight of each feature kind when nothing else tells candidates apart: a bare
# country name is the country, a capital's name the capital rather than the region named
# after it, and among towns of one name the most populous. Regions are weighed with the
# summed population of their towns; continents, seas, rivers and named regions have no
# population, and news names them far more often than the hamlets that share their names
# ("Africa", "the Red Sea", "the Middle East").
FEATURE_PRIOR = {"PCLI": 3.0, "PPLC": 2.2, "ADM1": 1.4, "ADM2": 0.0, "PPL": 0.0, "CONT": 6.0}
UNPOPULATED_FEATURE_PRIOR = 4.0  # rivers, seas, mountains, regions (geo/data/gazetteer/features.csv)


def feature_prior(feature_code: str, population: int) -> float:
    """Context-free plausibility of an entry of that kind and population."""
    feature = FEATURE_PRIOR.get(feature_code)
    if feature is None:
        feature = UNPOPULATED_FEATURE_PRIOR if FEATURE_CLASSES.get(feature_code) in ("H", "L", "T") else 0.0
    return feature + math.log10(population + 1) / 2


def prior_score(place: Place) -> float:
    """Context-free plausibility of a candidate: feature importance and population."""
    return feature_prior(place.feature_code, place.population)


@dataclass(frozen=True)
class Place:
    """One gazetteer entry (a row of the index)."""

    index: int  # row in the gazetteer
    geonameid: int | None  # GeoNames id; None where the source has none (hand-made features)
    name: str
    latitude: float
    longitude: float
    country_code: str  # ISO2; "" for a feature across several countries ("Sahel")
    feature_code: str  # PCLI country, ADM1/ADM2 region, PPLC capital, PPL town, CONT, STM river, …
    population: int  # regions: the summed population of their towns
    admin1_code: str = ""  # GeoNames admin-1 code ("TX", "13"), shared by a region and its towns
    admin2_code: str = ""  # GeoNames admin-2 code within the admin-1 region ("029": Kern County, CA)
    layer: str = "base"  # the gazetteer layer of the entry: "base" (embedded) or a label the user gave

    def __hash__(self) -> int:
        # Equal places share their row and name, so those two hash enough; the hash
        # dataclass makes of all eleven fields cost microseconds on the batch output's
        # hot path (``geo.places.model.place_fields`` is memoised by place).
        return hash((self.index, self.name))

    @property
    def feature_class(self) -> str:
        return FEATURE_CLASSES.get(self.feature_code, "P")

    @property
    def is_country(self) -> bool:
        return self.feature_code == FEATURE_COUNTRY

    @property
    def is_admin1(self) -> bool:
        return self.feature_code == FEATURE_ADMIN1

    @property
    def is_admin2(self) -> bool:
        return self.feature_code == FEATURE_ADMIN2

    def raw(self) -> dict:
        """GeoNames-style fields, as geopy ``Location.raw``."""
        return {
            "geonameid": self.geonameid,
            "name": self.name,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "countrycode": self.country_code,
            "feature_class": self.feature_class,
            "feature_code": self.feature_code,
            "population": self.population,
            "admin1code": self.admin1_code,
            "admin2code": self.admin2_code,
        }


_new_object = object.__new__


@dataclass
class Gazetteer(DerivedIndexes):
    """Columns of place data plus a name index (normalised name -> row numbers).

    The fields are what the cache file holds; indexes derived from them (see
    ``DerivedIndexes``) are built on first use and never written to it.
    """

    geonameid: list = field(default_factory=list)
    name: list = field(default_factory=list)
    latitude: list = field(default_factory=list)
    longitude: list = field(default_factory=list)
    country_code: list = field(default_factory=list)
    feature_code: list = field(default_factory=list)
    population: list = field(default_factory=list)
    admin1_code: list = field(default_factory=list)
    admin2_code: list = field(default_factory=list)
    # key -> tuple[int, ...]: a dict while building, a ``tables.KeyTable`` (the cache file's) once loaded
    index: dict = field(default_factory=dict)
    country_names: dict = field(default_factory=dict)  # ISO2 -> English name
    country_rows: dict = field(default_factory=dict)  # ISO2 -> row of the country
    admin1_rows: dict = field(default_factory=dict)  # ISO2 -> rows of its admin-1 regions
    admin1_by_code: dict = field(default_factory=dict)  # (ISO2, admin-1 code) -> row of the region
    abbreviations: dict = field(default_factory=dict)  # "Kan.", "W.Va.", "Ont." -> row of the region
    postal_codes: dict = field(default_factory=dict)  # "KS" -> row of the US state
    demonyms: dict = field(default_factory=dict)  # normalised demonym -> ISO2 ("syrian" -> SY)
    neighbours: dict = field(default_factory=dict)  # ISO2 -> ISO2 codes of the countries bordering it
    common_words: frozenset = frozenset()  # frequent English words, case-folded
    word_ranks: dict = field(default_factory=dict)  # those words -> frequency rank (0 = most frequent)
    given_names: frozenset = frozenset()  # common given names, case-folded ("tom", "georgia")

    def __len__(self) -> int:
        return len(self.name)

    def __getstate__(self) -> dict:
        # Derived indexes are rebuilt on use, not written into the cache file.
        return {k: v for k, v in self.__dict__.items() if k in self.__dataclass_fields__}

    def place(self, row: int) -> Place:
        """The (immutable) Place of a row, made once while it is asked for."""
        made = self._places
        p = made.get(row)
        if p is None:
            if len(made) > 100_000:  # a long-running process: keep the memo bounded
                made.clear()
            # (the fields are written to the new object's ``__dict__`` in their order,
            # as ``Place(...)`` would: a frozen dataclass's ``__init__`` sets each through
            # ``object.__setattr__``, six times the cost, and a first pass over a corpus
            # makes thousands of places)
            p = made[row] = _new_object(Place)
            p.__dict__.update(
                index=row,
                geonameid=self.geonameid[row],
                name=self.name[row],
                latitude=self.latitude[row],
                longitude=self.longitude[row],
                country_code=self.country_code[row],
                feature_code=self.feature_code[row],
                population=self.population[row],
                admin1_code=self.admin1_code[row],
                admin2_code=self.admin2_code[row],
                layer=self.row_layers.get(row, "base"),
            )
        return p

    def lookup(self, name: str) -> list[Place]:
        """Every entry whose name or alternate name matches ``name`` (normalised), or the
        state a newspaper abbreviation stands for ("Kan.")."""
        return [self.place(r) for r in self.lookup_rows(name)]

    def lookup_rows(self, name: str, key: str | None = None) -> tuple[int, ...]:
        """The rows :meth:`lookup` answers with, no ``Place`` made (``key``:
        ``normalize_name(name)`` when the caller has it)."""
        abbreviation = self.abbreviations.get(name.strip())
        if abbreviation is not None:
            return (abbreviation,)
        return self.index.get(normalize_name(name) if key is None else key, ())

    def has_key(self, key: str) -> bool:
        """Whether an already-normalised key names any place."""
        return key in self.index

    def rows_for_key(self, key: str) -> tuple[int, ...]:
        return self.index.get(key, ())

    def country(self, code: str) -> Place | None:
        row = self.country_rows.get(code)
        return None if row is None else self.place(row)

    def country_name(self, code: str) -> str:
        return self.country_names.get(code, code)

    def prior(self, row: int) -> float:
        """``feature_prior`` of a row (as the cache file holds it, for its rows)."""
        stored = self.file_row_facts
        if stored is not None and row < stored.rows:
            return stored.prior[row]
        return feature_prior(self.feature_code[row], self.population[row])

    def admin1_row(self, row: int) -> int | None:
        """The row of the admin-1 region an entry lies in (itself for a region), if known."""
        code = self.admin1_code[row]
        return self.admin1_by_code.get((self.country_code[row], code)) if code else None

    def nearest_admin1(self, latitude: float, longitude: float, country_code: str,
                       admin1_code: str = "") -> Place | None:
        """The admin-1 region of a point: the one with ``admin1_code`` when given (towns
        and regions share GeoNames codes), else the one whose centre is nearest, an
        approximation that can be wrong near a border between regions."""
        if admin1_code:
            row = self.admin1_by_code.get((country_code, admin1_code))
            if row is not None:
                return self.place(row)
        best, best_d = None, math.inf
        for row in self.admin1_rows.get(country_code, ()):
            d = haversine_km(latitude, longitude, self.latitude[row], self.longitude[row])
            if d < best_d:
                best, best_d = row, d
        return None if best is None else self.place(best)

    def contains(self, outer: int, inner: int, *, by_nearest_centre: bool = False) -> bool:
        """Whether the country, admin-1 or admin-2 region of row ``outer`` contains the
        entry of row ``inner`` (another region's or a town's).

        Regions and towns share GeoNames admin codes. A region known only to
        countrystatecity has codes of its own; ``by_nearest_centre`` then accepts a town
        whose nearest admin-1 centre is the region's, the best test left."""
        if outer == inner or self.country_code[outer] != self.country_code[inner]:
            return False
        code = self.feature_code[outer]
        if code == FEATURE_COUNTRY:
            return True
        if code == FEATURE_ADMIN2:
            a2 = self.admin2_code[outer]
            return bool(a2) and a2 == self.admin2_code[inner] and self.admin1_code[outer] == self.admin1_code[inner]
        if code != FEATURE_ADMIN1:
            return False
        a1 = self.admin1_code[outer]
        if a1 and a1 == self.admin1_code[inner] and self.feature_code[inner] != FEATURE_ADMIN1:
            return True
        if not by_nearest_centre:
            return False
        nearest = self.nearest_admin1(self.latitude[inner], self.longitude[inner], self.country_code[inner])
        return nearest is not None and nearest.index == outer

    # -- building (geo.gazetteer.build) ---------------------------------------------------

    def add(self, names, **row) -> int:
        """Append an entry (its column values as keywords) indexed under ``names``."""
        r = len(self.name)
        for column, value in row.items():
            self._extend_column(column, (value,))
        if names:  # (a layer's place joins the rows under the names it was found by)
            self._index_names(r, names)
        return r

    def add_rows(self, rows: list[tuple]) -> None:
        """Append entries given as tuples of ``ROW_COLUMNS`` values, indexed under no name
        (a layer's places: the layered index knows their names)."""
        for column, values in zip(ROW_COLUMNS, zip(*rows)):
            self._extend_column(column, values)

    def _extend_column(self, column: str, values: tuple) -> None:
        """Append ``values`` to a column. A loaded gazetteer's number columns are packed
        arrays and its GeoNames ids a ``GeonameIds`` (``geo.gazetteer.tables``); a value
        they would change (None, an int in a float column, a float in an int one, an id
        that is no int) turns that column into a list first, so every value reads back
        as it was given."""
        values_of = getattr(self, column)
        if isinstance(values_of, array):
            kind = float if values_of.typecode == "d" else int
            if any(type(v) is not kind for v in values):
                values_of = list(values_of)
                setattr(self, column, values_of)
        elif isinstance(values_of, GeonameIds) and not GeonameIds.packable(values):
            values_of = list(values_of)
            setattr(self, column, values_of)
        values_of.extend(values)

    def _index_names(self, row: int, names) -> None:
        keys = {normalize_name(n) for n in names if n and is_latin_name(n) and not looks_like_code(n)}
        keys.discard("")
        for key in keys:
            rows = self.index.setdefault(key, [])
            if row not in rows:
                rows.append(row)
