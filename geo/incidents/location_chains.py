"""Chains of places, each said to lie in the next ("Oldtown, Hill District, Northern Region",
"Oldtown town, Hill Sadar (Northern)", "the Oldtown area of Bigcity"): the first is the place
of the event, the containers lose; a first name read abroad is read inside its container
when the gazetteer has it there. Split from ``locations`` with the few definitions both use."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer, Place, normalize_name
from geo.incidents.lexicon import location_words, place_kind_words, words_rx
from geo.incidents.location_cues import (CHAIN_GAP, DESTINATION, PARTS_LIST_GAP, REGION_WORD_AFTER, TOWN_WORD_AFTER, is_dateline,
                                         names_a_road)
from geo.incidents.model import Sentence
from geo.incidents.place_parts import inside_container, region_named_by
from geo.places import Mention

# "Colonia Las Flores", "the Dharavi neighbourhood": a part of a town, not a town of its own.
NEIGHBOURHOOD = re.compile(r"^(?:Colonia|Col\.|Barrio|Fraccionamiento|Quartier|Bairro|Mohalla)\s", re.I)
TOWN_CODES = ("PPL", "PPLC", "PPLA", "PPLA2")
REGION_WORD_END = re.compile(r"\s(?:region|province|governorate|state|oblast|county|division|department|prefecture|district)$", re.I)
_KIND_WORDS = words_rx(place_kind_words("admin") + place_kind_words("settlement"))


def is_major(p: Place) -> bool:
    """A country, a capital or a city of a million: no namesake of a small place."""
    return p.is_country or p.feature_code == "PPLC" or p.population >= 1_000_000


def follow_chains(sentences: list[Sentence], text: str, gz: Gazetteer, scores: dict[int, float],
                  places: dict[int, Place], surface: dict[int, str], near: dict[int, bool],
                  strong: tuple[str, ...] = ()) -> None:
    """"Oldtown, Hill District, Northern Region", "Oldtown town, Hill Sadar (Northern)":
    each name lies in the next, so the first is the place of the event: it gains, the
    containers lose."""
    for s in sentences:
        ms = [m for m in s.mentions if m.place is not None]
        chain: list = []
        for a, b in zip(ms, ms[1:]):
            gap = text[a.end : b.start]
            link = (CHAIN_GAP.fullmatch(gap) or PARTS_LIST_GAP.fullmatch(gap)) if len(gap) <= 80 else None
            if link is not None and _IN_TOWN_GAP.fullmatch(gap) and b.place.feature_code in TOWN_CODES \
                    and DESTINATION.search(text, max(s.start, a.start - 40), a.start):
                link = None  # "traders on their way to Oldtown in Newtown": the trip's end, then where they were struck
            if link is not None and names_a_road(text, a.start, a.end):
                link = None  # "the Oldtown-Newtown highway in Bigcity": the road lies in the city, not the town
            if link is not None and is_dateline(a, s, text):
                # "OLDTOWN, Ruritania (AP) -": where the report was filed; what the report puts
                # in Ruritania ("in northern Ruritania") is no event in the town
                link = None
            if link is not None and not a.place.is_country and b.place.index != a.place.index and _can_contain(b.place):
                if not chain:
                    chain = [a]
                chain.append(b)
                continue
            if chain:
                _settle_chain(chain, text, gz, scores, places, surface, near, strong)
            chain = []
        if chain:
            _settle_chain(chain, text, gz, scores, places, surface, near, strong)
    for idx in list(scores):
        if NEIGHBOURHOOD.match(surface.get(idx, "")):
            scores[idx] -= 3.0


_IN_TOWN_GAP = re.compile(r"\s+(?:in|at|near)\s+(?:the\s+)?")


def _can_contain(p: Place) -> bool:
    return p.is_admin1 or getattr(p, "is_admin2", False) or p.is_country or p.feature_code in TOWN_CODES


# "Oldtown upazila (", "Oldtown village, ", "Oldtown (": the first name is said to lie in the next.
_CONTAINMENT_GAP = re.compile(rf"\s*(?:\(|(?:{_KIND_WORDS})\b)", re.I)
_IN_GAP = re.compile(r"(?:\s+(?-i:[A-Z])[\w'-]*){0,2},?\s+in\s+(?:the\s+)?(?:(?:city|town|village) of\s+)?", re.I)
# "Oldtown Junction in Bigcity", "the Oldtown Hotel in Bigcity": a site named with more words, in the town
_SITE_IN_GAP = re.compile(r"(?:\s+(?-i:[A-Z])[\w'-]*){1,2},?\s+in\s+(?:the\s+)?(?:(?:city|town) of\s+)?", re.I)
# "Oldtown area, Bigcity city", "the Oldtown estate of Bigcity": the first name is a part of
# the town (a neighbourhood, an estate, a market), which ACLED codes at the town itself
# (geo_precision 1), not near it as a village the gazetteer lacks.
_PART_OF_TOWN_GAP = re.compile(rf"\s+(?:{words_rx(location_words('town_parts'))})\s*(?:,|\(|\bof\b|\bin\b)", re.I)


def _settle_chain(chain: list, text: str, gz: Gazetteer, scores: dict[int, float], places: dict[int, Place],
                  surface: dict[int, str], near: dict[int, bool], strong: tuple[str, ...] = ()) -> None:
    """The first place of a chain that lies in the next takes the chain's best score; a
    neighbourhood ("Colonia Centro, Oldtown") is passed over, located at the town that
    follows; a first place read as a namesake outside the next is read inside it when the
    gazetteer has it there. Of two names in two countries, the one outside the report's
    countries (``strong``) is a namesake: "Oldtown town in Eastern Province", the province
    abroad, names the town; "Oldtown in Bigcity", Oldtown abroad, a quarter of the city."""
    for i in range(len(chain) - 1):
        a, container = chain[i], chain[i + 1].place
        if NEIGHBOURHOOD.match(a.text):
            continue
        first = a.place
        named = chain[i + 1].text
        if not inside_container(first, container, gz, named):
            inside = [c for c in a.candidates if inside_container(c, container, gz, named)]
            if not inside and _namesake_of_a_part(chain, i, gz) and a.place.index in scores:
                # "Oldtown, Hill, Northern State": Hill lies in the state, Oldtown (however big
                # a city abroad) nowhere in it. The chain, not a list of towns, says Oldtown is a
                # village or quarter of Hill the gazetteer lacks: a namesake, which loses.
                scores[a.place.index] -= 3.0
                if container.index in near:
                    near[container.index] = True  # (by Hill, where the village lies)
                continue
            if not inside:
                # Not inside: the next may still be the first of the rest, standing for a
                # smaller place the gazetteer lacks ("Oldtown upazila (Hill, North)": Hill,
                # at geo_precision 2).
                # The first, lying elsewhere, is a namesake of that smaller place.
                abroad = a.place.country_code != container.country_code
                if abroad and (container.is_admin1 or getattr(container, "is_admin2", False)) and not is_major(a.place) \
                        and a.place.country_code in strong and container.country_code not in strong:
                    if container.index in scores:
                        scores[container.index] -= 3.0  # a unit of that name the gazetteer lacks at home
                    continue
                in_town = container.feature_code in TOWN_CODES
                parts_of_city = in_town and PARTS_LIST_GAP.fullmatch(text, a.end, chain[i + 1].start)
                site_in_town = in_town and (_SITE_IN_GAP.fullmatch(text, a.end, chain[i + 1].start) or _named_as_site(a))
                part_of_town = in_town and _PART_OF_TOWN_GAP.match(text, a.end, chain[i + 1].start) is not None
                if chain[i + 1].place.index in near and not parts_of_city and not site_in_town and not part_of_town:
                    # (parts of a city and sites in a town, "the Oldtown Hotel in Bigcity", are coded at it)
                    near[chain[i + 1].place.index] = True
                if a.place.index in scores and abroad and container.feature_code in TOWN_CODES \
                        and _IN_GAP.fullmatch(text, a.end, chain[i + 1].start):
                    # "Oldtown in Bigcity", Oldtown only abroad: a quarter or village of the city
                    scores[a.place.index] -= 3.0
                elif a.place.index in scores and parts_of_city:
                    # "Oldtown, and Newtown areas, Bigcity city", Oldtown elsewhere: parts of the city
                    scores[a.place.index] -= 3.0
                elif a.place.index in scores and in_town and _named_as_site(a) and _IN_GAP.fullmatch(text, a.end, chain[i + 1].start):
                    # "Liberty Square in Bigcity", the square read as the capital it is best known in
                    scores[a.place.index] -= 3.0
                elif a.place.index in scores and (_CONTAINMENT_GAP.match(text, a.end, chain[i + 1].start) and (
                        a.place.country_code != container.country_code
                        or not container.is_admin1 and (region_named_by(container, gz, named) is None
                                                        or TOWN_WORD_AFTER.match(text, chain[i + 1].end) is not None))
                        or a.place.country_code != container.country_code and _named_as_unit(chain[i + 1], text)):
                    # (abroad; else not for a region, whose bounds we know too roughly, nor for
                    # "Oldtown, Newtown", which may be a list; "Oldtown, Hill County" is none; a
                    # town named like its region is the town where the text calls it one:
                    # "Oldtown area, Hill city")
                    scores[a.place.index] -= 3.0
                continue
            first = max(inside, key=lambda c: c.population)
            if first.index != a.place.index:
                scores[first.index] = scores.pop(a.place.index, 0.0) if a.place.index in scores else 0.0
                places[first.index], surface[first.index] = first, a.text
                near[first.index] = near.pop(a.place.index, False)
        if first.index in scores:
            rest = {m.place.index for m in chain[i + 1 :] if m.place.index in scores and m.place.index != first.index}
            scores[first.index] = max([scores[first.index]] + [scores[r] for r in rest]) + 1.0
            for r in rest:
                scores[r] -= 3.0
        return


def _namesake_of_a_part(chain: list, i: int, gz: Gazetteer) -> bool:
    """Whether the chain goes on past ``chain[i + 1]`` into a place that holds it, in its
    country, while ``chain[i]`` (no candidate of it) lies neither in ``chain[i + 1]`` nor
    in that place, and abroad: three names nested but the first."""
    if i + 2 >= len(chain):
        return False
    a, container, outer = chain[i].place, chain[i + 1].place, chain[i + 2]
    return a.country_code != container.country_code and container.country_code == outer.place.country_code \
        and not outer.place.is_country and inside_container(container, outer.place, gz, outer.text) \
        and not any(inside_container(c, outer.place, gz, outer.text) for c in chain[i].candidates or [a])


def _named_as_unit(m: Mention, text: str) -> bool:
    """"Hill County", "Hill state": the text calls the place an administrative unit."""
    return bool(REGION_WORD_AFTER.match(text[m.end : m.end + 40]) or REGION_WORD_END.search(m.text))


def _named_as_site(m: Mention) -> bool:
    """A mention of several words that the gazetteer reads as another place ("Tahrir Square"
    read as the city it is best known in): a site of the town named next, not that place."""
    return " " in m.text.strip() and normalize_name(m.text) != normalize_name(m.place.name)
