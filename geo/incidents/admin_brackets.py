"""ACLED's note style: a place and its administrative chain in brackets, smallest first
("in Oldtown town (Hill, Northern)", "near Oldtown (Northern)", "between Oldtown and Newtown
(Hill, Northern)"). The bracket names the district and the admin-1 region the place lies
in: the place is the first name the gazetteer holds inside that region (or near the
district's town); failing it the district (geo_precision 2); failing both, the other rules
of ``locations`` weigh the names as they weigh any chain."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer, Place, haversine_km, normalize_name
from geo.incidents.lexicon import place_kind_words, words_rx
from geo.incidents.location_cues import ROAD_AFTER
from geo.incidents.model import Sentence
from geo.incidents.prefilter import gated
from geo.places.spellings import ARTICLES

_NAME = r"(?-i:[A-Z])[\w'\u2019.-]*(?:[ /-](?-i:[A-Z])[\w'\u2019.-]*){0,3}"
_KIND = words_rx(place_kind_words("settlement") + place_kind_words("admin"))
# "(Hill, Northern)", "(Northern)", "(Hill/Dale, Northern)", "(Hill county)": one to three
# names, each with its kind word or not.
_UNIT_NAME = rf"{_NAME}(?:\s+(?i:{words_rx(place_kind_words('admin'))})\b)?"
_BRACKET = re.compile(rf"\(\s*({_UNIT_NAME}(?:\s*,\s*{_UNIT_NAME}){{0,2}})\s*\)")
# The names the bracket follows: after a locative word, a list of them ("in Oldtown and
# Newtown", "between Oldtown and Newtown", "the outskirts of Oldtown"); else the
# capitalised words right before it ("shelled Oldtown (Hill, Northern)").
_NAMES_BEFORE = re.compile(
    rf"\b(?P<prep>in|at|near|around|outside|between|of|on|to|from|into|towards?)\s+(?:the\s+)?"
    rf"(?P<names>{_NAME}(?:\s+(?:{_KIND})){{0,2}}(?:\s*(?:,|and|&)\s*{_NAME}(?:\s+(?:{_KIND}))?){{0,3}})\s*$")
_CAPITALISED_BEFORE = re.compile(rf"(?:^|[a-z,;:]\s+)(?P<names>{_NAME}(?:\s+(?:{_KIND}))?)\s*$")
# "Oldtown - Riverside": ACLED's way of writing a part of a city, the city first.
_CITY_PART_BEFORE = re.compile(rf"(?:\b(?P<prep>in|at|near|around|outside|between|of|on|to|from|into|towards?)\s+)?(?:the\s+)?"
                               rf"(?P<city>{_NAME})\s+[-\u2013]\s+(?P<part>{_NAME})(?:\s+(?:{_KIND}))?\s*$")
_CITY_PART_BEFORE = gated(_CITY_PART_BEFORE, by_strings=False)  # (scanned only in texts where a match may be)
# ("Oldtown district town": both words, the town itself)
_KIND_END = re.compile(rf"(?:\s+(?:{_KIND}))+$", re.I)
_WRITTEN_KIND_END = re.compile(rf"\s+(?:{_KIND})$")  # in small letters, as a kind word is written
# (a municipality is the town itself, not a unit around it)
_UNIT_END = re.compile(rf"\s+(?:{words_rx([w for w in place_kind_words('admin') if w != 'municipality'])})$", re.I)
_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
# Names of people rather than places ("the Fano militia (Northern)"): no place chain.
_GROUP_WORDS = re.compile(r"\b(?:militias?|forces|army|police|group|gangs?|party|front|movement|council|union|brigades?"
                          r"|rebels|fighters|militants|protesters|rioters|government|ministry|agency|association)\b", re.I)
_ELSEWHERE_PREPS = ("from", "to", "into", "towards", "toward")
_NEAR_PREPS = ("near", "around", "outside", "between")
_OUTSKIRTS = re.compile(r"\b(?:outskirts|surroundings|vicinity|environs)\s+of\s+(?:the\s+)?$", re.I)

# the Arabic articles as a name opens with them, "Al" (the most written) first
_ARTICLES = tuple(f"{a.capitalize()} " for a in sorted(ARTICLES, key=lambda a: (a != "al", a)))
_ARTICLE = re.compile(r"(?:[AaEe][lsrdntz]|[Aa]sh)[ -]")
_DISTRICT_KM = 60.0  # a district spans some tens of kilometres
_CITY_KM = 15.0  # two rows of one city lie closer
_TOWN_CODES = ("PPL", "PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLX")


def bracket_places(sentence: Sentence, text: str, gz: Gazetteer,
                   countries: tuple[str, ...]) -> list[tuple[int, Place | None, bool, str]]:
    """For each admin bracket of ``sentence`` (but those of places people came from or
    went to): (where the bracket opens, the place it settles or None when the gazetteer
    knows none of its names there, whether the event lies only near it, the words that
    name it)."""
    out = []
    for b in _BRACKET.finditer(text, sentence.start, sentence.end):
        written = [i.strip() for i in b.group(1).split(",")]
        items = [_KIND_END.sub("", i) for i in written]  # "Oldtown Sadar": Oldtown
        if any(i.isupper() and len(i) > 1 and not _region_abbreviation(gz, i, items) for i in items):
            continue  # "(ISWAP)", "(RSF)": an abbreviation
        before = text[max(sentence.start, b.start() - 160) : b.start()]
        city = _city_of_part(gz, before, items, countries)
        if city is not None:
            out.append((b.start(), *city))  # (the part in brackets names no region, whatever town shares its name)
            continue
        # "(Hill, National Capital Region)": a kind word may belong to the region's name
        regions = bracket_regions(gz, written[-1], countries) if written[-1] != items[-1] else []
        regions = regions or bracket_regions(gz, items[-1], countries)
        if not regions:
            continue
        named = _NAMES_BEFORE.search(before)
        near = False
        city_part = _CITY_PART_BEFORE.search(before)
        if city_part is not None:
            # "in Oldtown - Riverside (Oldtown, Northern)": a part of the city, coded at the city
            prep = (city_part.group("prep") or "").lower()
            if prep in _ELSEWHERE_PREPS:
                continue
            near = prep in _NEAR_PREPS
            names = [city_part.group("city")]
        elif named is not None:
            if named.group("prep").lower() in _ELSEWHERE_PREPS:
                continue  # "displaced from Oldtown (Hill, Northern)": not where the event was
            near = named.group("prep").lower() in _NEAR_PREPS or bool(_OUTSKIRTS.search(before[: named.start("names")]))
            names = [n for n in _SPLIT.split(named.group("names")) if n]
        else:
            capitalised = _CAPITALISED_BEFORE.search(before)
            names = [capitalised.group("names")] if capitalised else []
        if names and _GROUP_WORDS.search(_WRITTEN_KIND_END.sub("", names[-1])):
            continue  # ("Oldtown union", a unit written in small letters, is no trade union; a group's
            # name earlier in the list, "Oldtown Government School, Hill upazila (…)", names an institution)
        # "Oldtown Sadar", "Oldtown district": the unit around the town (geo_precision 2); each
        # name by itself ("Oldtown city, Oldtown Sadar": the city first, itself)
        units = [bool(_UNIT_END.search(n)) for n in names]
        names = [_KIND_END.sub("", n) for n in names]
        settled = None
        known_at_home = False
        # a region's name several countries share ("National Capital Region"): the one
        # holding the town the note names
        for region in regions:
            district = next((d for d in (_in_region(gz, n, region) for n in items[:-1]) if d is not None), None)
            town, known = _town_inside(gz, names, units, near, region, district)
            known_at_home = known_at_home or (known and region is regions[0])
            if town is not None:
                settled = town
                break
            if district is not None:
                # the district of a place the gazetteer lacks: the district's own centre, where
                # the gazetteer has it (nearer a place somewhere in it than its town, often at its edge)
                words = _district_words(items, district)
                unit = next((p for p in _in_country(gz, words, region.country_code)
                             if getattr(p, "is_admin2", False) and _within(gz, p, region, None)), None)
                settled = (unit or district, True, words)
                break
        region = regions[0]
        known_abroad = any(gz.lookup(n) for n in names)
        if settled is None and names and not known_at_home and len(items) == 1 \
                and not _town_named_before(sentence, text, b.start(), region.country_code, items[0]):
            # "Oldblock upazila (Hill)", "Oldvillage village (Hill)", the name unknown (or known only
            # abroad) and Hill both a region and a district of it: the district, at its centre
            # (geo_precision 2), not the region nor the district's town
            unit = next((p for p in _in_country(gz, items[0], region.country_code)
                         if getattr(p, "is_admin2", False) and _within(gz, p, region, None)), None)
            settled = (unit, True, items[0]) if unit is not None else None
        if settled is None and known_abroad and not known_at_home and (region.country_code in countries
                                                               or len({r.country_code for r in regions}) == 1):
            # a town the gazetteer knows only abroad: the region in brackets (geo_precision 3),
            # not the namesake ("Oldtown (Hill)" with an Oldtown only in another country)
            settled = (region, True, items[-1])
        if settled is None:
            settled = (None, False, "")  # the other rules weigh the names
        out.append((b.start(), *settled))
    return out


def _city_of_part(gz: Gazetteer, before: str, items: list[str], countries: tuple[str, ...]) -> tuple[Place, bool, str] | None:
    """"in Bigcity - Riverside (Riverside)": ACLED's way of writing a part of a city with the
    part alone in brackets; the city (the largest town of its name, in the report's countries
    when it names any), as ACLED codes it."""
    part = _CITY_PART_BEFORE.search(before)
    if part is None or len(items) != 1 or normalize_name(items[0]) != normalize_name(part.group("part")) \
            or (part.group("prep") or "").lower() in _ELSEWHERE_PREPS:
        return None
    towns = [p for p in gz.lookup(part.group("city")) if p.feature_code in _TOWN_CODES
             and (not countries or p.country_code in countries)]
    if not towns:
        return None
    city = max(towns, key=lambda p: p.population)
    return city, (part.group("prep") or "").lower() in _NEAR_PREPS, part.group("city")


def _town_named_before(sentence: Sentence, text: str, start: int, iso: str, bracketed: str) -> bool:
    """Whether the words just before a bracket (100 characters) name a place of ``iso``
    other than the bracket's own ("in Oldtown city, Oldtown Sadar (Hill)"), not in a road's
    name ("on the Bigcity - Oldtown highway, Oldblock upazila (Hill)": the road may run far
    from the town)."""
    return any(m.place is not None and m.place.country_code == iso and 0 <= start - m.end < 100
               and normalize_name(m.text) != normalize_name(bracketed) and not ROAD_AFTER.match(text, m.end)
               for m in sentence.mentions)


def _region_abbreviation(gz: Gazetteer, item: str, items: list[str]) -> bool:
    """"(Oldtown, FCT)": a region's abbreviation closing a chain of names, outside North
    America (whose state abbreviations after a town are read by the mention finder)."""
    row = gz.abbreviations.get(item) if len(items) > 1 and item == items[-1] else None
    return row is not None and gz.country_code[row] not in ("US", "CA")


def bracket_regions(gz: Gazetteer, name: str, countries: tuple[str, ...]) -> list[Place]:
    """The admin-1 regions ``name`` names, those in the report's countries first, each group
    largest first (a bracket that names no admin-1 region, "(Oldtown)", is a smaller unit's:
    no chain)."""
    found = gz.lookup(name)
    regions = [p for p in found if p.is_admin1]
    towns: list[Place] = []
    if not regions and any(p.is_country for p in found):
        return []  # "(Ruritania)": the country, no region (a town's nickname may share its name)
    if not regions:
        # spelled otherwise in the report's countries, or in the country of a town of that name
        # (ACLED writes a Syrian region as its capital is written: "Al Hasakeh")
        towns = [p for p in found if p.feature_code in _TOWN_CODES] or [
            p for p in gz.variant_lookup(name, ("*",)) if p.feature_code in _TOWN_CODES and p.country_code in countries]
        article = _ARTICLE.match(name)
        if not towns and article is not None:  # "Ar-Raqqa" for Ar Raqqah, known as "Raqqa"
            towns = [p for p in gz.lookup(name[article.end():]) if p.feature_code in _TOWN_CODES and p.country_code in countries]
        near = tuple(dict.fromkeys(countries + tuple(p.country_code for p in towns)))
        regions = [p for p in gz.variant_lookup(name, near) if p.is_admin1] if near else []
    if not regions:
        # or as its capital is spelled in the town's row only ("Lattakia"): the region that
        # town is the capital of
        regions = [r for r, p in ((_region_of(gz, p), p) for p in towns if p.population >= 20_000)
                   if r is not None and _is_capital(gz, p, r)]
    return sorted(regions, key=lambda r: (r.country_code not in countries, -r.population))


def _is_capital(gz: Gazetteer, town: Place, region: Place) -> bool:
    """The region's capital, or a row of the same city (GeoNames may hold a city twice)."""
    capital = gz.region_capital(region)
    return capital is not None and (capital.index == town.index or haversine_km(
        capital.latitude, capital.longitude, town.latitude, town.longitude) <= _CITY_KM)


def _region_of(gz: Gazetteer, town: Place) -> Place | None:
    row = gz.admin1_row(town.index)
    return gz.place(row) if row is not None else None


def _town_inside(gz: Gazetteer, names: list[str], units: list[bool], near: bool, region: Place,
                 district: Place | None) -> tuple[tuple[Place, bool, str] | None, bool]:
    """The first of ``names`` the gazetteer holds inside ``region`` (near ``district``'s
    town when there is one), with whether the event lies only near it and its words; and
    whether any of the names is a place of the region's country at all (``units``: whether
    each name was written as a unit around its town)."""
    known = False
    found_by_name = []
    for n, unit in zip(names, units):
        found = _in_country(gz, n, region.country_code)
        known = known or bool(found)
        found_by_name.append((n, unit, found))
        inside = [p for p in found if _within(gz, p, region, district)]
        if inside:
            # a town before a district of its name: the point ACLED gives
            return (max(inside, key=lambda p: (p.feature_code in _TOWN_CODES, p.population)), near or unit, n), known
    # None inside by the district's reach or the gazetteer's codes: a town of the name close to
    # the bracket's unit is still the one meant. A long district reaches farther than most (a
    # town of the region, twice the reach); a town's admin code may be stale or the town lie on
    # the region's border (a town within a district's reach of the region's centre or capital).
    for n, unit, found in found_by_name:
        if district is not None:
            close = [(haversine_km(p.latitude, p.longitude, district.latitude, district.longitude), p) for p in found
                     if p.feature_code in _TOWN_CODES and _within(gz, p, region, None)]
            close = [(d, p) for d, p in close if d <= 2 * _DISTRICT_KM]
        else:
            centres = [c for c in (region, gz.region_capital(region)) if c is not None]
            close = [(min(haversine_km(p.latitude, p.longitude, c.latitude, c.longitude) for c in centres), p)
                     for p in found if p.feature_code in _TOWN_CODES]
            close = [(d, p) for d, p in close if d <= _DISTRICT_KM]
        if close:
            return (min(close, key=lambda dp: dp[0])[1], near or unit, n), known
    return None, known


def _in_country(gz: Gazetteer, name: str, iso: str) -> list[Place]:
    found = [p for p in gz.lookup(name) if p.country_code == iso and not p.is_admin1 and not p.is_country]
    found = found or [p for p in gz.variant_lookup(name, (iso,)) if not p.is_admin1 and not p.is_country]
    article = _ARTICLE.match(name)
    if not found and article is not None:
        # the article written as pronounced or not ("Al Zubayr" for Az Zubayr, "Al-Bab" for Al Bab)
        bare = name[article.end():]
        for other in ("", *_ARTICLES):
            found = [p for p in gz.variant_lookup(other + bare, (iso,)) if not p.is_admin1 and not p.is_country]
            if found:
                break
    elif not found:
        # ACLED drops the Arabic article GeoNames keeps ("Atareb" for Al Atarib, "Sukhnah" for As Sukhnah)
        for article in _ARTICLES:
            found = [p for p in gz.variant_lookup(article + name, (iso,)) if not p.is_admin1 and not p.is_country]
            if found:
                break
    return found


def _within(gz: Gazetteer, p: Place, region: Place, district: Place | None) -> bool:
    """Near the district's town when the bracket names one (a namesake elsewhere in the
    region is another place), else inside the region (a region of the same name counts:
    two rows of one region)."""
    if district is not None:
        return haversine_km(p.latitude, p.longitude, district.latitude, district.longitude) <= _DISTRICT_KM
    r = gz.nearest_admin1(p.latitude, p.longitude, p.country_code, p.admin1_code)
    return r is not None and (r.index == region.index or normalize_name(r.name) == normalize_name(region.name))


def _in_region(gz: Gazetteer, name: str, region: Place) -> Place | None:
    """The district (or its town) named ``name`` inside ``region``, a town first."""
    inside = [p for p in _in_country(gz, name, region.country_code) if _within(gz, p, region, None)]
    return max(inside, key=lambda p: (p.feature_code in _TOWN_CODES, p.population)) if inside else None


def _district_words(items: list[str], district: Place) -> str:
    return next((i for i in items if normalize_name(i) == normalize_name(district.name)), items[0])
