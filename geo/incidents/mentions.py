"""Second thoughts on the geoparser's place mentions, for event locations: names inside
actor names, namesakes in the report's countries, towns that share a region's name."""

from __future__ import annotations

import re
from functools import lru_cache

from geo.gazetteer import Gazetteer, Place, load_gazetteer, normalize_name
from geo.incidents.aliases import alias_hits
from geo.incidents.location_cues import NOT_LOCATIONS, REGION_WORD_AFTER
from geo.incidents.model import Sentence
from geo.incidents.names import NOT_NAMES
from geo.places import Mention

_COUNTRY_ABBREVIATIONS = frozenset({"US", "USA", "UK", "UAE", "DRC", "CAR", "KSA", "U.S.", "U.K.", "U.S.A."})


def drop_actor_names(mentions: list[Mention], text: str) -> list[Mention]:
    """Place names inside actor names are not places: "Al Shabab" (a village in Iran),
    "Islamic State West Africa Province"; nor are acronyms that happen to be a country's
    code ("IRA") or pronouns ("We" in a quotation)."""
    mentions = [m for m in mentions if m.text.lower() not in NOT_NAMES and not (
        m.place is not None and m.place.is_country and m.text.isupper() and m.text not in _COUNTRY_ABBREVIATIONS)]
    spans = [(h.start, h.end) for h in alias_hits(text)]
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= m.start and m.end <= b and (b - a) > (m.end - m.start) or (a, b) == (m.start, m.end)
                                           and not (m.place is not None and m.place.is_country) for a, b in spans)]


def refine_mentions(mentions: list[Mention], text: str, gz: Gazetteer, context: tuple[str, ...]) -> None:
    """Second thoughts on the geoparser's choices, for event locations:

    - a capital that is also an alternate name of its country is the city;
    - a town that shares its region's name is meant, unless the text says "province",
      "state" or "region";
    - among namesakes, a place in a country the report's actors belong to wins;
    - a place with its country in brackets ("Oldtown (Ruritania)", "Oldtown [western
      Ruritania]") lies in that country: its namesake there, else one the gazetteer
      lacks, placed at the country (unless a town just across the border, its twin's
      namesake).
    """
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        p = m.place
        if p is None or not m.rows:
            continue
        country = _country_in_brackets(m, by_start, text)
        if country is not None and not p.is_country and p.country_code != country.country_code:
            iso = country.country_code
            there = [c for c in m.candidates if c.country_code == iso and c.feature_code not in NOT_LOCATIONS]
            if there:
                m.place = max(there, key=lambda c: (c.feature_code in ("PPL", "PPLC"), c.population))
            elif iso not in gz.neighbours.get(p.country_code, ()):
                # a place the gazetteer lacks there: the country stands for it, coarsely (a
                # town just across the border stays: border towns come in pairs named alike)
                m.place = country
            continue
        key = _name_key(m.text)
        # The towns of that name among the rows, read as rows (a common name has hundreds;
        # ``m.candidates`` would make or fetch a Place for each), from the gazetteer that
        # ``m.candidates`` reads.
        rows_of = m.gazetteer or load_gazetteer()
        feature_code, name = rows_of.feature_code, rows_of.name
        towns = [rows_of.place(r) for r in m.rows if feature_code[r] in ("PPL", "PPLC") and _name_key(name[r]) == key]
        regional_word = REGION_WORD_AFTER.match(text[m.end : m.end + 20]) is not None
        if p.is_country and towns and re.search(r"\b(?:city|town|village|capital) of\s+(?:the\s+)?$", text[max(0, m.start - 25) : m.start]):
            m.place = max(towns, key=lambda c: c.population)  # "the city of X", X also a country's name
            continue
        if p.is_country and _name_key(gz.country_name(p.country_code)) != key and towns:
            best_town = max(towns, key=lambda c: c.population)
            if best_town.population >= 100_000 and best_town.country_code == p.country_code:
                m.place = best_town
                continue
        if (p.is_admin1 or getattr(p, "is_admin2", False)) and not regional_word:
            same = [c for c in towns if c.country_code == p.country_code and c.population >= 10_000]
            if same:
                m.place = max(same, key=lambda c: c.population)
                continue
        if context and p.country_code not in context and not p.is_country:
            in_context = [c for c in m.candidates if c.country_code in context and c.feature_code not in NOT_LOCATIONS]
            if in_context:
                rank = {iso: i for i, iso in enumerate(context)}
                m.place = max(in_context, key=lambda c: (-rank[c.country_code], c.feature_code in ("PPL", "PPLC"),
                                                          _name_key(c.name) == key, c.population))


# "Oldtown (Ruritania)", "Oldtown [north-western Ruritania]": the country a place lies in,
# in brackets right after its name (a comma is left out: "in Oldtown, Ruritania's army
# said" names the country as a speaker).
_BRACKET_OPEN = re.compile(r"\s*[(\[]\s*(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central|centre|upper|lower)[\w-]*\s+)?")
_BRACKET_CLOSE = re.compile(r"\s*[)\]]")


def _country_in_brackets(m: Mention, by_start: dict[int, Mention], text: str) -> Place | None:
    """The country named alone in brackets right after ``m``, if any."""
    opened = _BRACKET_OPEN.match(text, m.end)
    if opened is None:
        return None
    country = by_start.get(opened.end())
    if country is None or country.place is None or not country.place.is_country or country.kind != "name" \
            or _BRACKET_CLOSE.match(text, country.end) is None:
        return None
    return country.place


# The same names come back in every report: their keys are worth keeping.
_name_key = lru_cache(maxsize=65_536)(normalize_name)


def assign_mentions(sentences: list[Sentence], mentions: list[Mention]) -> None:
    """Give each sentence the mentions inside it (both lists in text order)."""
    k = 0
    for s in sentences:
        while k < len(mentions) and mentions[k].start < s.start:
            k += 1
        while k < len(mentions) and mentions[k].end <= s.end:
            s.mentions.append(mentions[k])
            k += 1
