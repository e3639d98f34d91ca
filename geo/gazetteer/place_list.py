"""Reading an analyst's own place lists into layer places: CSV, GeoJSON or GeoPackage
files with a name, alternate names, coordinates, country, admin-1/admin-2 and kind
(humanitarian P-code gazetteers, say), and the locations of an ACLED or UCDP GED export.

Columns are found by their usual names (``ColumnMap.guess``) or named by the user. Country
and region names are turned into the base gazetteer's codes, so a listed village ranks
inside the regions a report names like any other town.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
import sqlite3
import struct
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path

from geo.gazetteer.layer_index import LayerPlace

# Usual column names, first match wins (case-insensitive). ACLED: location, admin1–3,
# latitude, longitude, country; UCDP GED: where_coordinates, adm_1, adm_2, country.
_GUESSES = {
    "name": ("name", "location", "where_coordinates", "place", "admin4name_en", "admin3name_en", "featurename"),
    "alternate_names": ("alternate_names", "alternatenames", "alt_names", "aliases"),
    "latitude": ("latitude", "lat", "y"),
    "longitude": ("longitude", "lon", "lng", "long", "x"),
    "country": ("country_code", "iso2", "country", "admin0name_en"),
    "admin1": ("admin1", "adm_1", "admin1name_en", "region", "state", "province"),
    "admin2": ("admin2", "adm_2", "admin2name_en", "district"),
    "kind": ("kind", "feature_code", "type"),
}


@dataclass
class ColumnMap:
    """Which column of a place list holds what (None: not in the list)."""

    name: str | None = None
    alternate_names: str | None = None
    latitude: str | None = None
    longitude: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    kind: str | None = None

    def guess(self, columns) -> ColumnMap:
        """This map with the columns the user did not name filled in from ``columns``."""
        lower = {c.lower(): c for c in columns}
        out = ColumnMap(**{f.name: getattr(self, f.name) for f in fields(self)})
        for attr, names in _GUESSES.items():
            if getattr(out, attr) is None:
                setattr(out, attr, next((lower[n] for n in names if n in lower), None))
        if out.name is None:
            raise ValueError(f"no name column among {list(columns)}: name it with --name-column")
        return out


def read_rows(path: Path) -> Iterator[dict]:
    """The records of a CSV (any delimiter), GeoJSON or GeoPackage file, with
    ``latitude``/``longitude`` filled from point geometries."""
    suffix = path.suffix.lower()
    if suffix in (".geojson", ".json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for feature in data.get("features", ()):
            row = dict(feature.get("properties") or {})
            geometry = feature.get("geometry") or {}
            if geometry.get("type") == "Point":
                row.setdefault("longitude", geometry["coordinates"][0])
                row.setdefault("latitude", geometry["coordinates"][1])
            yield row
    elif suffix == ".gpkg":
        yield from _gpkg_rows(path)
    else:
        with path.open(encoding="utf-8-sig", newline="") as f:
            sample = f.read(8192)
            f.seek(0)
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
            yield from csv.DictReader(f, dialect=dialect)


def _gpkg_rows(path: Path) -> Iterator[dict]:
    """Point features of the first feature table of a GeoPackage (the GeoPackage binary
    header, then little- or big-endian WKB of a point)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    table, column = db.execute(
        "SELECT table_name, column_name FROM gpkg_geometry_columns LIMIT 1").fetchone()
    cursor = db.execute(f'SELECT * FROM "{table}"')
    names = [d[0] for d in cursor.description]
    for values in cursor:
        row = dict(zip(names, values))
        blob = row.pop(column, None)
        if blob:
            flags = blob[3]
            envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get((flags >> 1) & 7, 0)
            wkb = blob[8 + envelope:]
            order = "<" if wkb[0] == 1 else ">"
            if struct.unpack(order + "I", wkb[1:5])[0] % 1000 == 1:  # a Point (2D, Z or M)
                row["longitude"], row["latitude"] = struct.unpack(order + "dd", wkb[5:21])
        yield row
    db.close()


def read_place_list(path: Path, columns: ColumnMap, countries: frozenset[str] = frozenset(),
                    gazetteer=None) -> Iterator[LayerPlace]:
    """The places of a list, each distinct (name, point) once (an ACLED export repeats a
    location for every event there)."""
    from geo.gazetteer import load_gazetteer

    gz = gazetteer or load_gazetteer()
    rows = read_rows(path)
    first = next(rows, None)
    if first is None:
        return
    cm = columns.guess(first.keys())
    seen: set[tuple] = set()
    for row in itertools.chain((first,), rows):
        name = str(row.get(cm.name) or "").strip()
        try:
            lat, lon = float(row[cm.latitude]), float(row[cm.longitude])
        except (KeyError, TypeError, ValueError):
            continue
        if not name or (name, round(lat, 4), round(lon, 4)) in seen:
            continue
        seen.add((name, round(lat, 4), round(lon, 4)))
        cc = country_code(gz, str(row.get(cm.country) or "")) if cm.country else ""
        if countries and cc not in countries:
            continue
        a1 = admin_code(gz, cc, str(row.get(cm.admin1) or ""), "ADM1") if cm.admin1 else ""
        a2 = admin_code(gz, cc, str(row.get(cm.admin2) or ""), "ADM2", a1) if cm.admin2 and a1 else ""
        alternates = tuple(n.strip() for n in re.split(r"[,;|]", str(row.get(cm.alternate_names) or ""))
                           if n.strip()) if cm.alternate_names else ()
        kind = str(row.get(cm.kind) or "").strip().upper() if cm.kind else ""
        yield LayerPlace(name=name, latitude=lat, longitude=lon, country_code=cc,
                         feature_code=kind if kind in ("PPL", "PPLC", "ADM1", "ADM2", "ADM3", "PCLI") else "PPL",
                         admin1_code=a1, admin2_code=a2, alternate_names=alternates)


def country_code(gz, value: str) -> str:
    """ISO2 of a country given by code or name ("SY", "Syria")."""
    value = value.strip()
    if len(value) == 2 and value.isalpha() and value.upper() in gz.country_rows:
        return value.upper()
    for place in gz.lookup(value) if value else ():
        if place.is_country:
            return place.country_code
    return ""


def admin_code(gz, cc: str, value: str, feature_code: str, admin1: str = "") -> str:
    """The base gazetteer's GeoNames code of a country's region named ``value``."""
    if not cc or not value.strip():
        return ""
    for place in gz.lookup(value):
        if place.country_code == cc and place.feature_code == feature_code and (
                not admin1 or place.admin1_code == admin1):
            return place.admin2_code if feature_code == "ADM2" else place.admin1_code
    return ""
