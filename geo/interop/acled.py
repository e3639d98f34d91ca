"""An ACLED export (CSV or .xlsx, any of ACLED's layouts) as incidents of the store.

Every column of the file is kept (``dataset_row``, as JSON in file order), so the export
writes the event back as it was read (``geo.interop.acled_csv``); the layer's own columns
get the ACLED fields they share. Older layouts are read too: "ally_actor_1" for
"assoc_actor_1", older event types mapped to today's (``geo.taxonomy.current_types``;
"Riots/Protests" is Riots when rioters (inter code 5) take part, else Protests).
"""

from __future__ import annotations

from geo import taxonomy
from geo.interop.records import Converted, layer_row, number, row_id
from geo.interop.tables import Table, parse_days
from geo.interop.acled_csv import ACLED, acled_spec


def _field(row: dict[str, str], column: str) -> str:
    """A column of the row, under its current name or an older one."""
    for name in (column, *acled_spec()["aliases"].get(column, ())):
        if row.get(name, "").strip():
            return row[name].strip()
    return ""


def event_type_of(row: dict[str, str]) -> str:
    """Today's event type of an ACLED row (older names mapped; kept when unknown)."""
    given = _field(row, "event_type")
    try:
        types = taxonomy.current_types(given)
    except ValueError:
        return given
    if len(types) == 1:
        return next(iter(types))
    rioters = "5" in (_field(row, "inter1"), _field(row, "inter2"))
    return taxonomy.RIOTS if rioters and taxonomy.RIOTS in types else taxonomy.PROTESTS


def convert_acled(table: Table) -> Converted:
    """The rows of an ACLED export as layer rows (``dataset`` "acled")."""
    missing = [c for c in ("event_date", "event_type", "actor1") if c not in table.columns]
    if missing:
        raise ValueError(f"not an ACLED export: no {', '.join(missing)} column "
                         f"(it has {', '.join(table.columns[:8])}…)")
    days = parse_days([r.get("event_date", "") for r in table.rows], acled_spec()["dates"]["formats"])
    out = Converted()
    for row, day in zip(table.rows, days):
        own_id = _field(row, "event_id_cnty")
        assoc = [_field(row, "assoc_actor_1"), _field(row, "assoc_actor_2")]
        out.add(layer_row(
            ACLED, row_id(ACLED, own_id, row), day, row,
            event_type=event_type_of(row),
            sub_event_type=_field(row, "sub_event_type"),
            actor1=_field(row, "actor1"), actor2=_field(row, "actor2"), assoc_actors=assoc,
            country=_field(row, "country"), admin1=_field(row, "admin1"), location=_field(row, "location"),
            latitude=number(_field(row, "latitude")), longitude=number(_field(row, "longitude")),
            geo_precision=number(_field(row, "geo_precision"), int) or 0,
            time_precision=number(_field(row, "time_precision"), int) or 1,
            fatalities=number(_field(row, "fatalities"), int) or 0,
            evidence=_field(row, "notes"), source=_field(row, "source"),
            title=f"ACLED {own_id}".strip(),
        ))
    return out
