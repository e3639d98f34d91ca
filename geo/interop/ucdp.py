"""A UCDP GED export (CSV, the codebook's columns) as incidents of the store.

UCDP records organised violence with at least one death; its ``type_of_violence`` maps
onto ACLED's types as far as it can (``geo/data/interop/acled.toml``): state-based and
non-state conflict -> Battles / Armed clash; one-sided violence -> Violence against
civilians / Attack. ``best`` is the fatalities; ``side_a``/``side_b`` the actors;
``where_prec`` and ``date_prec`` become ACLED's geo and time precision; the event is
dated by ``date_start``. Every column is kept in ``dataset_row``.
"""

from __future__ import annotations

import re

from geo.interop.records import Converted, layer_row, number, row_id
from geo.interop.tables import Table, parse_days
from geo.interop.acled_csv import acled_spec

UCDP = "ucdp"
REQUIRED = ("id", "type_of_violence", "date_start", "side_a", "side_b", "latitude", "longitude")
# UCDP names a country with its former name in brackets ("DR Congo (Zaire)").
_FORMER_NAME = re.compile(r"\s*\([^)]*\)\s*$")


def convert_ucdp(table: Table) -> Converted:
    """The rows of a UCDP GED export as layer rows (``dataset`` "ucdp")."""
    missing = [c for c in REQUIRED if c not in table.columns]
    if missing:
        raise ValueError(f"not a UCDP GED export: no {', '.join(missing)} column "
                         f"(it has {', '.join(table.columns[:8])}…)")
    spec = acled_spec()["ucdp"]
    days = parse_days([r.get("date_start", "") for r in table.rows], acled_spec()["dates"]["formats"])
    out = Converted()
    for row, day in zip(table.rows, days):
        value = lambda column: (row.get(column) or "").strip()  # noqa: E731
        kind = str(number(value("type_of_violence"), int) or "")
        event_type, sub_event_type = spec["type_of_violence"].get(kind, ["", ""])
        out.add(layer_row(
            UCDP, row_id(UCDP, value("id"), row), day, row,
            event_type=event_type, sub_event_type=sub_event_type,
            actor1=value("side_a"), actor2=value("side_b"),
            country=_FORMER_NAME.sub("", value("country")), admin1=value("adm_1"),
            location=value("where_coordinates") or value("adm_2") or value("adm_1"),
            latitude=number(value("latitude")), longitude=number(value("longitude")),
            geo_precision=spec["where_prec"].get(str(number(value("where_prec"), int)), 3),
            time_precision=spec["date_prec"].get(str(number(value("date_prec"), int)), 1),
            fatalities=number(value("best"), int) or 0,
            evidence=value("source_headline") or value("where_description"),
            source=value("source_office"),
            title=value("dyad_name") or value("conflict_name") or f"UCDP {value('id')}",
        ))
    return out
