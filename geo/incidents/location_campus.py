"""A campus named after its town ("the university's Oldtown campus", "the Polytechnic
Oldtown campus"): where the students are, the place of their protests and riots. The
town's name sits inside an institution's name, which the geoparser reads as no place, so
a report naming only the institution's country fell back to the capital."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer, Place, normalize_name
from geo.incidents.context import Context
from geo.incidents.model import Sentence
from geo.incidents.names import NOT_NAMES
from geo.places.words import PLACE_WORDS

# One or two capitalised words, then "campus" ("Oldtown campus", "New Oldtown campus",
# "Oldtown's campus" is none: that names the owner).
_CAMPUS = re.compile(r"\b(?P<name>(?-i:[A-Z])[\w\u2019'-]*(?:\s+(?-i:[A-Z])[\w\u2019'-]*)?)\s+campus\b", re.I)
_TOWN_CODES = ("PPL", "PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4")
_CITY_POPULATION = 100_000  # a frequent English word is a campus town only as a city


def campus_town(sentences: list[Sentence], gz: Gazetteer, context: Context) -> tuple[Place, str] | None:
    """The town the first campus named in ``sentences`` is named after (of the report's
    countries when the name is shared), and the words that named it."""
    for s in sentences:
        if "campus" not in s.text.lower():
            continue
        for m in _CAMPUS.finditer(s.text):
            words = m.group("name").split()
            for name in (" ".join(words), words[-1]) if len(words) > 1 else (words[0],):
                key = normalize_name(name)
                if key in NOT_NAMES or key in PLACE_WORDS or key in gz.demonyms:
                    continue  # ("the North campus", "the Kenyan campus")
                towns = [p for p in gz.lookup(name) if p.feature_code in _TOWN_CODES
                         and (key not in gz.common_words or p.population >= _CITY_POPULATION)]  # ("the Main campus")
                home = [p for p in towns if p.country_code in context.all]
                if home or towns and not context:
                    return max(home or towns, key=lambda p: p.population), name
    return None
