"""Places named as parts of other places: "the Oldtown district of Bigcity", "the Oldtown
area of Bigcity", "Oldtown village in Hill district", "Oldtown University in Bigcity".

ACLED codes a neighbourhood at its city and a village the gazetteer lacks at the town or
district the text puts it in (geo_precision 2); a name before "university", "hospital"
… names the institution, which lies in the place that follows. A name so tied to a
place that its namesakes all lie elsewhere (the "Havana area" of a Somali town) is no
place of its own: it stands for the place it is said to be part of."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.gazetteer import Gazetteer, Place, haversine_km, normalize_name
from geo.incidents.lexicon import location_words, place_kind_words, words_rx
from geo.incidents.model import Sentence
from geo.places import Mention

# "the Oldtown district of Bigcity", "a suburb of Bigcity": a part of a city, which ACLED
# codes at the city.
_PART_OF = re.compile(r"\s+(?:district|neighbou?rhood|quarter|suburb|sector)\s+of\s+(?:the\s+)?", re.I)
_CITY_POPULATION = 100_000  # a town with districts and suburbs of its own ("the X area of Y" is too loose a tie)
# After a town ("Bigcity governorate", "Bigcity province"): the region, not the town.
_REGION_AFTER = re.compile(r"\s+(?:governorate|province|region|state|oblast|county|department)\b", re.I)

# "Oldtown area of Bigcity", "Oldtown village in Hill district", "Oldtown University in
# Bigcity": the part's kind word, then "of", "in" or "at" and the place it lies in.
_PART_WORDS = location_words("town_parts")
_VILLAGE_WORDS = location_words("villages")
_INSTITUTION_WORDS = location_words("institutions")
_PART_LINK = re.compile(rf"\s+(?P<kind>{words_rx(_PART_WORDS + _VILLAGE_WORDS + _INSTITUTION_WORDS)})\s+(?:of|in|at)\s+(?:the\s+)?",
                        re.I)
# "Oldtown town", "Hill county" after the place a part lies in: the text names it as such.
_UNIT_AFTER = re.compile(rf"\s+(?:{words_rx(place_kind_words('admin') + place_kind_words('settlement'))})\b", re.I)
_IN_TOWN = re.compile(r",?\s+in\s+(?:the\s+)?")
_TOWN_CODES = ("PPL", "PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4")
_VILLAGES = frozenset(w.lower() for w in _VILLAGE_WORDS)
_INSTITUTIONS = frozenset(w.lower() for w in _INSTITUTION_WORDS)

# How far a place may lie from the town or district centre that contains it in a chain
# ("Oldtown upazila (Hill, North)"): a district spans some tens of kilometres.
CONTAINER_KM = 60.0


@dataclass(frozen=True)
class PartOf:
    """What a name tied to a larger place stands for: ``None`` as ``place`` for an
    institution's name (no place); else the larger place, and whether the event lies only
    near it (a village's)."""

    place: Place | None
    words: str
    near: bool


def _can_hold(part: Place, whole: Place, named_as_unit: bool = False) -> bool:
    """Whether ``whole`` may be what a big city's namesake is a part of: a region, or a
    city with districts and suburbs of its own, or a place the text names as a town or a
    unit ("the Bigcity estate in Oldtown town", ``named_as_unit``); a small town of a shared
    name otherwise is no better a reading than the big city ("the suburban Bigcity area of
    Smalltown")."""
    major = part.feature_code == "PPLC" or part.population >= 1_000_000
    return not major or whole.is_admin1 or getattr(whole, "is_admin2", False) or whole.population >= _CITY_POPULATION \
        or named_as_unit and whole.country_code != part.country_code


def named_as_part(text: str, mention: Mention, by_start: dict[int, Mention]) -> bool:
    """Whether ``mention`` is followed by a part's, a village's or an institution's word
    and the place it lies in ("… area of Bigcity"); ``by_start``: the text's mentions by
    where they start."""
    link = _PART_LINK.match(text, mention.end)
    whole = by_start.get(link.end()) if link else None
    if whole is None or whole.place is None or mention.place is None:
        # "Bigcity in Oldtown", Bigcity abroad and Oldtown a town: a quarter named after the city
        link = _IN_TOWN.match(text, mention.end)
        whole = by_start.get(link.end()) if link else None
        return whole is not None and whole.place is not None and mention.place is not None \
            and whole.place.feature_code in _TOWN_CODES and whole.place.country_code != mention.place.country_code
    return _can_hold(mention.place, whole.place, _UNIT_AFTER.match(text, whole.end) is not None)


def parts_named_elsewhere(sentences: list[Sentence], text: str, gz: Gazetteer) -> dict[int, PartOf]:
    """By mention start: names said to be a part of a place that follows ("the Oldtown
    area of Bigcity") none of whose namesakes lies inside it, and names of institutions
    said to lie in a place ("Oldtown University in Bigcity")."""
    out: dict[int, PartOf] = {}
    for s in sentences:
        starts = {m.start: m for m in s.mentions if m.place is not None and not m.place.is_country}
        for part in s.mentions:
            if part.place is None or part.place.is_country:
                continue
            link = _PART_LINK.match(text, part.end)
            whole = starts.get(link.end()) if link else None
            if whole is None or whole.place.index == part.place.index \
                    or not _can_hold(part.place, whole.place, _UNIT_AFTER.match(text, whole.end) is not None):
                continue
            kind = link.group("kind").lower()
            if kind in _INSTITUTIONS:
                out[part.start] = PartOf(None, "", False)
            elif not any(inside_container(c, whole.place, gz, whole.text) for c in part.candidates or [part.place]):
                out[part.start] = PartOf(whole.place, whole.text, kind in _VILLAGES)
    return out


def parts_to_towns(sentences: list[Sentence], text: str, scores: dict[int, float], places: dict[int, Place]) -> None:
    """A place named as a part of a town that follows gives the town its score (not of a
    town named for its region: "the Oldtown district of Bigcity governorate" is a district)."""
    for s in sentences:
        for part in s.mentions:
            if part.place is None or part.place.index not in scores or part.place.is_admin1 \
                    or getattr(part.place, "is_admin2", False):
                continue  # (a district the gazetteer holds as one is no part of a town)
            link = _PART_OF.match(text, part.end)
            if link is None:
                continue
            for town in s.mentions:
                if town.start == link.end() and town.place is not None and town.place.index in scores \
                        and town.place.feature_code.startswith("PPL") and town.place.population >= _CITY_POPULATION \
                        and town.place.index != part.place.index and not _REGION_AFTER.match(text, town.end):
                    scores[town.place.index] = max(scores[town.place.index], scores[part.place.index]) + 0.5
                    scores[part.place.index] -= 3.0


def inside_container(first: Place, container: Place, gz: Gazetteer, named: str = "") -> bool:
    """Whether ``first`` can lie in ``container``, the next name of a chain: the same
    country; inside an admin-1 region; near a district's or a town's centre (a namesake
    elsewhere in the country is not inside "Hill district")."""
    if first.country_code != container.country_code:
        return False
    if container.is_country:
        return True
    if container.is_admin1:
        # Towns' region codes and regions' rows disagree here and there (two rows of one
        # region, a town coded to the old province): a region of the same name counts.
        region = gz.nearest_admin1(first.latitude, first.longitude, first.country_code, first.admin1_code)
        return region is not None and (region.index == container.index
                                       or normalize_name(region.name) == normalize_name(container.name))
    region = region_named_by(container, gz, named)
    if region is not None and inside_container(first, region, gz):
        return True  # "(Hill, North)": a region's town stands for the region named alike
    return haversine_km(first.latitude, first.longitude, container.latitude, container.longitude) <= CONTAINER_KM


def region_named_by(town: Place, gz: Gazetteer, named: str = "") -> Place | None:
    """The admin-1 region a town shares its name with ("North" for the town North; or the
    name the text gives it, ``named``, when the gazetteer spells the town otherwise)."""
    region = gz.nearest_admin1(town.latitude, town.longitude, town.country_code, town.admin1_code)
    if region is None:
        return None
    key = normalize_name(region.name)
    return region if key == normalize_name(town.name) or named and key == normalize_name(named) else None
