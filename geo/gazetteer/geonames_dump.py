"""Reading GeoNames dumps (``allCountries.zip``, ``SY.zip``, ``NL.txt``,
``cities1000.zip`` …) into layer places.

The dump is 19 tab-separated columns (https://download.geonames.org/export/dump/readme.txt):
geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature
code, country code, cc2, admin1 … admin4 codes, population, elevation, dem, timezone,
modification date. ``alternateNamesV2.zip`` adds names by geonameid (language codes such
as "link", "post", "iata" are not names); ``build_layer_index`` joins them to the places.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from geo.gazetteer.layer_index import LayerPlace

# Feature classes a reader names in news: administrative areas, populated places,
# regions, water, relief, and spots such as airports (S) — not roads or vegetation.
KEPT_CLASSES = frozenset("APLHTS")
_NOT_NAMES = frozenset({"link", "post", "iata", "icao", "faac", "fr_1793", "abbr", "wkdt", "unlc", "tcid"})


def looks_like_dump(path: Path) -> bool:
    """Whether a file's first line has the dump's 19 columns."""
    try:
        with _open_text(path) as f:
            return len(f.readline().rstrip("\n").split("\t")) == 19
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError, ValueError):
        return False


def _open_text(path: Path, member_suffix: str = ".txt"):
    if path.suffix.lower() == ".zip":
        archive = zipfile.ZipFile(path)
        names = [n for n in archive.namelist() if n.endswith(member_suffix) and "readme" not in n.lower()]
        if not names:
            raise ValueError(f"{path}: no {member_suffix} file inside")
        return io.TextIOWrapper(archive.open(names[0]), encoding="utf-8")
    return path.open(encoding="utf-8")


def iter_alternate_names(path: Path) -> Iterator[tuple[int, str]]:
    """(geonameid, name) of ``alternateNamesV2`` (tab-separated: id, geonameid,
    language, name, …), streamed: the full file has some 18 million rows."""
    with _open_text(path) as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 4 and cols[2] not in _NOT_NAMES:
                yield int(cols[1]), cols[3]


def read_dump(path: Path, countries: frozenset[str] = frozenset()) -> Iterator[LayerPlace]:
    """The places of a dump (of ``countries`` only, when given)."""
    with _open_text(path) as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 19 or cols[6] not in KEPT_CLASSES:
                continue
            cc = cols[8]
            if countries and cc not in countries:
                continue
            gid = int(cols[0])
            names = [cols[2], *(n for n in cols[3].split(",") if n)]
            yield LayerPlace(
                name=cols[1], latitude=float(cols[4]), longitude=float(cols[5]), country_code=cc,
                feature_code=_feature_code(cols[6], cols[7]), population=int(cols[14] or 0),
                admin1_code=cols[10], admin2_code=cols[11], geonameid=gid, alternate_names=tuple(names))


def _feature_code(feature_class: str, code: str) -> str:
    # The base gazetteer knows countries as PCLI and towns as PPL; GeoNames' finer codes
    # (PPLA2 a district seat, PCLD a dependency) rank like them.
    if feature_class == "P":
        return "PPLC" if code == "PPLC" else "PPL"
    if code.startswith("PCL"):
        return "PCLI"
    return code


def beside(path: Path, name: str) -> Path | None:
    """A GeoNames side file (``admin1CodesASCII.txt``) in the dump's folder, if there."""
    candidate = path.parent / name
    return candidate if candidate.exists() else None
