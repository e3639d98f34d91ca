"""Units named after a place and a point of the compass ("Hill East", "Oldtown West
sub-county", "Bigcity Central"): constituencies, sub-counties and districts are often
named so. The geoparser reads no name of its own in such a run (a compass word closing a
longer name); the unit lies around the place it is named after, so the place stands for
it at geo_precision 2, as a unit named with its kind word does (``unit_names``)."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer
from geo.incidents.model import Sentence
from geo.incidents.names import NOT_NAMES
from geo.incidents.prefilter import PatternGroup
from geo.incidents.unit_names import countries_named_first, unit_place, without_leading_words
from geo.places import Mention

_VILLAGE_POPULATION = 5_000
_NAME = r"(?-i:[A-Z])[\w'\u2019-]*"
# One to three capitalised words, then a capitalised point of the compass that ends the run.
_COMPASS_UNIT = re.compile(rf"\b((?:{_NAME}\s+){{0,2}}{_NAME})\s+(?-i:East|West|North|South|Central)\b(?!\s*(?-i:[A-Z]))")
# (scanned only where a compass word is: most sentences have none, see prefilter.py)
_COMPASS_UNIT = PatternGroup([_COMPASS_UNIT]).members[0]


def add_compass_units(sentence: Sentence, text: str, gz: Gazetteer, countries: tuple[str, ...]) -> None:
    """Add to ``sentence.mentions`` the places that units named "<place> <compass point>"
    are named after, where no mention covers any of the run's words."""
    if not _COMPASS_UNIT.search(sentence.text):
        return
    ms = sentence.mentions
    # the sentence's other places say the country first, then the report's
    known = countries_named_first(ms, countries)
    added = False
    for run in _COMPASS_UNIT.finditer(sentence.text):
        words = run.group(1).split()
        words = without_leading_words(words)  # "In Hill East": Hill
        name = " ".join(words)
        if name.lower() in NOT_NAMES or len(name) < 4:
            continue
        start = sentence.start + run.start(1) + run.group(1).index(words[0])
        end = start + len(name)
        run_end = sentence.start + run.end()
        if any(m.start < run_end and start < m.end for m in ms):
            continue  # the geoparser read some of it: its reading stands
        found = unit_place(gz, name, known, variants=False)
        if found is None:
            continue
        place, rows = found
        if not (place.feature_code.startswith("PPL") or place.is_admin1 or place.is_admin2):
            continue
        if not known and place.population < _VILLAGE_POPULATION:
            continue  # in a report that names no country, a hamlet's name may be anyone's unit
        ms.append(Mention(start=start, end=end, text=text[start:end], rows=rows, kind="unit", place=place, score=1.0,
                          gazetteer=gz))
        added = True
    if added:
        ms.sort(key=lambda m: m.start)
