"""A capital named by its country ("the Somali capital", "Haiti's capital"): the country's
seat of government, as ACLED codes an event there when the report names no other place."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer, Place, normalize_name
from geo.incidents.model import Sentence


# "the Somali capital", "Haiti's capital": the country's seat of government, as ACLED codes it.
_CAPITAL_OF = re.compile(r"\b(?:the\s+(?P<demonym>[A-Z][a-z]+)|(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)'s)\s+capital\b(?!\s+(?:of|city of))")


def capital_named(sentences: list[Sentence], text: str, gz: Gazetteer, country: str) -> tuple[Place, bool, str] | None:
    """The capital a sentence names by its country's demonym or name (of ``country`` when
    the incident's place is that country)."""
    for s in sentences:
        if "capital" not in s.text:
            continue
        for m in _CAPITAL_OF.finditer(s.text):
            word = m.group("demonym") or m.group("country")
            iso = gz.demonyms.get(normalize_name(word)) if m.group("demonym") else next(
                (p.country_code for p in gz.lookup(word) if p.is_country), None)
            capital = gz.capital(iso) if iso and (not country or iso == country) else None
            if capital is not None:
                return capital, False, capital.name
    return None


# "the provincial capital", "Hill district", "Hill sub-county": the report puts its events
# in a region, which the capital is not (one the gazetteer lacks, or the place was found).
_IN_A_REGION = re.compile(r"\b(?:provincial|regional|district|county|state|departmental)\s+(?:capital|headquarters)\b"
                          r"|(?-i:[A-Z])[\w'-]+\s+(?:province|region|state|county|district|governorate|department|prefecture"
                          r"|oblast|sub-?county|division|municipality|upazila|LGA|woreda)\b", re.I)


def unnamed_capital(country: str, sentences: list[Sentence], gz: Gazetteer) -> Place | None:
    """Where an incident of ``country`` lies when its report names no place of it: the
    capital, the likeliest place of a country's events (ACLED codes what it knows only by
    country there, at geo_precision 3; the country's middle is no place of events at all).
    Not when the report names the capital itself and it was set aside (a dateline, a
    spokesman's or a press conference's seat, a destination): the events then lie elsewhere."""
    capital = gz.capital(country) if country else None
    if capital is None or any(_IN_A_REGION.search(s.text) for s in sentences):
        return None  # ("in the provincial capital", "in Hill district": somewhere in a region the gazetteer lacks)
    for s in sentences:
        for m in s.mentions:
            if m.place is not None and (m.place.index == capital.index or capital.index in m.rows):
                return None
    return capital
