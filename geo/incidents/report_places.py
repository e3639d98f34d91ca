"""What a report says beyond its main place: the other towns of a list it belongs to,
countries named only as origins or destinations, other countries counted among the
targets; and writing a chosen place into an incident."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer, Place, normalize_name
from geo.incidents.lexicon import noun_rx
from geo.incidents.location_cues import ELSEWHERE_AFTER, ELSEWHERE_BEFORE
from geo.incidents.model import Incident, Sentence
from geo.incidents.numbers import NUM
from geo.incidents.place_parts import inside_container, region_named_by
from geo.incidents.prefilter import PatternGroup

_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")


def listed_places(sentence: Sentence, text: str, chosen: Place, gz: Gazetteer) -> list[tuple[Place, str]]:
    """The other towns of a list the chosen place belongs to ("in Oldtown, Newtown and
    Midtown"), each with the words that name it."""
    ms = [m for m in sentence.mentions if m.place is not None and not m.place.is_country]
    groups: list[list] = []
    for m in ms:
        if groups and _LIST_GAP.fullmatch(text[groups[-1][-1].end : m.start]):
            groups[-1].append(m)
        else:
            groups.append([m])
    for g in groups:
        if len(g) >= 2 and any(m.place.index == chosen.index or normalize_name(m.place.name) == normalize_name(chosen.name)
                               for m in g):
            seen = {normalize_name(chosen.name)}
            out = []
            for m in g:
                key = normalize_name(m.place.name)
                if (m.place.is_admin1 or getattr(m.place, "is_admin2", False) or region_named_by(m.place, gz, m.text) is not None) \
                        and inside_container(chosen, m.place, gz, m.text):
                    continue  # "Oldtown, Hill Region": the region the town lies in, not a second place
                if key not in seen and m.place.country_code == chosen.country_code:
                    seen.add(key)
                    # a town and its region named alike ("Sylhet"): the town, as with one place
                    towns = [p for p in gz.lookup(m.text) if p.country_code == chosen.country_code
                             and p.feature_code in ("PPL", "PPLC", "PPLA", "PPLA2")]
                    out.append((max(towns, key=lambda p: p.population) if towns else m.place, m.text))
            return out
    return []


def named_elsewhere(sentences: list[Sentence], text: str) -> frozenset[str]:
    """Countries every mention of which (named or as a demonym) says where people came
    from or went, or a border: "fled to X", "raiders from nearby X", "X refugees"."""
    origin: set[str] = set()
    other: set[str] = set()
    for s in sentences:
        for m in s.mentions:
            p = m.place
            if p is None or not (p.is_country or m.kind == "demonym"):
                continue
            before = text[max(s.start, m.start - 30) : m.start]
            elsewhere = ELSEWHERE_BEFORE.search(before) or ELSEWHERE_AFTER.match(text, m.end)
            (origin if elsewhere else other).add(p.country_code)
    return frozenset(origin - other)


def set_location(incident: Incident, place: Place | None, gz: Gazetteer, surface: str = "") -> None:
    """Coordinates, country and admin-1 of ``place``; the location is named as the report
    writes it ("Albu Kamal"), which is what an analyst searches for."""
    incident.admin1 = ""
    if place is None:
        return
    incident.location = place.name if place.is_country or not surface else surface
    incident.latitude = place.latitude
    incident.longitude = place.longitude
    incident.country = gz.country_name(place.country_code)
    if place.is_admin1:
        incident.admin1 = place.name
    elif not place.is_country:
        region = gz.nearest_admin1(place.latitude, place.longitude, place.country_code, place.admin1_code)
        incident.admin1 = region.name if region else ""


# "two sites in one country and one in another", "the third lay inside Iraq": a count of
# the strikes' targets split between countries. The targets must be counted in the same
# sentence ("two of the sites", "three facilities"), so that "men from two villages in
# one country and one in another" is not read as strikes there.
_COUNT_IN_COUNTRY = re.compile(rf"\b(?:{NUM}|first|second|third|other|another|last|remaining)\s+(?:[\w-]+\s+){{0,3}}?"
                               r"(?:in|inside|within)\s+(?:the\s+)?$", re.I)
_COUNTED_TARGETS = re.compile(rf"\b(?:{NUM})\s+(?:of the\s+)?(?:[\w-]+\s+)?(?:{noun_rx('targets')})\b", re.I)
_COUNTED_TARGETS = PatternGroup([_COUNTED_TARGETS]).members[0]  # scanned only where a target is named


def other_countries_struck(sentences: list[Sentence], main_country: str, gz: Gazetteer) -> list[str]:
    """Countries other than the main incident's where the report counts some of its
    targets: each an incident of its own, at country precision."""
    if not main_country:
        return []
    found = []
    for s in sentences:
        # (the sentence's countries first: most sentences name no other country, and need
        # no scan for counted targets)
        abroad = [m for m in s.mentions if m.place is not None and m.place.is_country and m.place.country_code != main_country]
        if not abroad or not _COUNTED_TARGETS.search(s.text):
            continue
        for m in abroad:
            if m.place.country_code in found:
                continue
            before = s.text[max(0, m.start - s.start - 40) : m.start - s.start]
            if _COUNT_IN_COUNTRY.search(before):
                found.append(m.place.country_code)
    return found
