"""Towns a road is named after ("the Oldtown-Newtown road", "the Oldtown - Newtown
Highway") that the geoparser left out or swallowed into one unknown name (placed, as
names it does not know are, at the report's main place, which may lie far off). The road
runs between its towns: each is read as a place of the report's countries (else of the
country of the sentence's other places), weighed as any town a road is named after is
(``location_cues.ROAD_AFTER``: a fallback, not the place, when the report names one)."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer
from geo.incidents.model import Sentence
from geo.incidents.names import NOT_NAMES
from geo.incidents.prefilter import gated
from geo.incidents.unit_names import countries_named_first, unit_place, without_leading_words
from geo.places import Mention

_NAME = r"(?-i:[A-Z])[\w'\u2019]*(?:\s(?-i:[A-Z])[\w'\u2019]*)?"
_ROAD = re.compile(rf"(?P<a>{_NAME})\s*[-\u2013/]\s*(?P<b>{_NAME})\s+(?:road|highway|motorway|expressway|route)s?\b", re.I)
_ROAD = gated(_ROAD, by_strings=False)  # (scanned only in texts where a match may be)


def add_road_towns(sentence: Sentence, text: str, gz: Gazetteer, countries: tuple[str, ...]) -> None:
    """Add to ``sentence.mentions`` the towns roads are named after that no mention reads
    (a mention that reads the whole road's name as one unknown place gives way)."""
    if "-" not in sentence.text and "\u2013" not in sentence.text and "/" not in sentence.text:
        return
    ms = sentence.mentions
    added = False
    for road in _ROAD.finditer(sentence.text):
        # the report's countries first: a road's towns lie where its events do (the
        # sentence's other places may be namesakes abroad)
        known = countries or countries_named_first([m for m in ms if m.kind != "fallback"], countries)
        for group in ("a", "b"):
            words = road.group(group).split()
            if group == "a":
                words = without_leading_words(words)  # "Along Oldtown-Newtown road": Oldtown
            name = " ".join(words)
            if name.lower() in NOT_NAMES or len(name) < 3:
                continue
            start = sentence.start + road.end(group) - len(name)
            end = start + len(name)
            overlapping = [m for m in ms if m.start < end and start < m.end]
            if any(m.place is not None and m.kind != "fallback" for m in overlapping):
                continue  # the geoparser read the town (or a longer name): its reading stands
            found = unit_place(gz, name, known, variants=False)
            if found is None:
                continue
            place, rows = found
            if not place.feature_code.startswith("PPL"):
                continue  # (a road is named after towns, not regions)
            for m in overlapping:
                ms.remove(m)  # the road's whole name read as one unknown place
            ms.append(Mention(start=start, end=end, text=text[start:end], rows=rows, kind="name", place=place,
                              score=1.0, gazetteer=gz))
            added = True
    if added:
        ms.sort(key=lambda m: m.start)
