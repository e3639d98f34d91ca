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
