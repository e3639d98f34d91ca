"""A capital named by its country ("the Somali capital", "Haiti's capital"): the country's
seat of government, as ACLED codes an event there when the report names no other place."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer, Place, normalize_name
from geo.incidents.lexicon import location_words, place_kind_words, words_rx
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
_REGION_KINDS = tuple(w for w in place_kind_words("admin") if w not in location_words("small_admin"))
_IN_A_REGION = re.compile(r"\b(?:provincial|regional|district|county|state|departmental)\s+(?:capital|headquarters)\b"
                          rf"|(?-i:[A-Z])[\w'-]+\s+(?:{words_rx(_REGION_KINDS)})\b", re.I)
# "in northern Ruritania", "across Ruritania", "near the border": a part of the country, or
# all of it, which its capital does not stand for.
_PART_OF_COUNTRY = re.compile(r"\b(?:(?:north|south|east|west|central|far|upper|lower|rural|remote)[\w-]*|parts?\s+of|across"
                              r"|throughout|all\s+over|outside)\s+(?:\w+\s+)?(?:of\s+)?(?:the\s+)?$", re.I)
_BORDER = re.compile(r"\b(?:near|along|across|at|on|by|to|over|crossed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:border|frontier)\b"
                     r"|\b(?:border|frontier)[-\s]+(?:town|village|area|region|post|crossing|point|with)\b", re.I)  # (not "within its borders")


def unnamed_capital(country: str, sentences: list[Sentence], gz: Gazetteer) -> Place | None:
    """Where an incident of ``country`` lies when its report names no place of it: the
    capital, the likeliest place of a country's events (ACLED codes what it knows only by
    country there, at geo_precision 3; the country's middle is no place of events at all).
    Not when the report names the capital itself and it was set aside (a dateline, a
    spokesman's or a press conference's seat, a destination): the events then lie elsewhere;
    nor when it puts them in a region, by a border or in a part of the country ("in northern
    Ruritania"), or all over it ("across Ruritania")."""
    capital = gz.capital(country) if country else None
    if capital is None:
        return None
    for s in sentences:
        if _IN_A_REGION.search(s.text) or _BORDER.search(s.text):
            return None
        for m in s.mentions:
            if m.place is None:
                continue
            if m.place.index == capital.index or capital.index in m.rows:
                return None
            if m.place.is_country and _PART_OF_COUNTRY.search(s.text, max(0, m.start - s.start - 30), m.start - s.start):
                return None
    return capital


def country_at_capital(country: Place, surface: str, sentences: list[Sentence], gz: Gazetteer) -> tuple[Place, str] | None:
    """A country named as the place of an incident by its own name ("protesters marched in
    Ruritania"): its capital and the capital's name, as for a report that names no place
    (``unnamed_capital``); not for a demonym ("a Ruritanian village", somewhere in it)."""
    if not surface or normalize_name(surface) != normalize_name(country.name) and gz.demonyms.get(normalize_name(surface)):
        return None
    capital = unnamed_capital(country.country_code, sentences, gz)
    return (capital, capital.name) if capital is not None else None
