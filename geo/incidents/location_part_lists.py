"""Several parts of one place listed before it ("the Oldtown, Newtown and Midtown areas of
Bigcity", "Oldtown and Newtown villages in Hill district", "Oldtown, Newtown neighbourhoods
(Bigcity city)"): each listed name is a part of the place that follows, as a single one is
(``place_parts``). A listed name none of whose namesakes lies in that place is a quarter or
a village the gazetteer lacks there: it stands for the place it is part of (near it, for a
village), not for a town of that name elsewhere. ACLED codes a spread of city quarters at
the city, and villages the gazetteer lacks by the unit they lie in."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer
from geo.incidents.lexicon import location_words, words_rx
from geo.incidents.model import Sentence
from geo.incidents.place_parts import PartOf, inside_container
from geo.incidents.prefilter import gated


def _plural(word: str) -> str:
    return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"


_PART_PLURALS = tuple(_plural(w) for w in location_words("town_parts"))
_VILLAGE_PLURALS = frozenset(_plural(w).lower() for w in location_words("villages"))
# The literal a sentence needs before the list is looked for at all: a plural part word.
_GATE = re.compile(rf"\b(?:{words_rx(_PART_PLURALS + tuple(_VILLAGE_PLURALS))})\b", re.I)
_GATE = gated(_GATE)  # (scanned only in text holding a string every match needs)
_NAME = r"(?-i:[A-Z])[\w'\u2019.-]*(?:[ -](?-i:[A-Z])[\w'\u2019.-]*){0,3}"
_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
# Two or more names, the plural part word, then what links them to the place they lie in.
_LISTED = re.compile(
    rf"(?P<list>{_NAME}(?:{_SEP}{_NAME})+)\s+(?P<kind>{words_rx(_PART_PLURALS + tuple(_VILLAGE_PLURALS))})\b"
    r"\s*(?:,|\(|\s(?:of|in|at|near)\b)\s*(?:the\s+)?(?:(?:city|town|village|district|county) of\s+)?", re.I)


def listed_parts(sentences: list[Sentence], text: str, gz: Gazetteer) -> dict[int, PartOf]:
    """By mention start: names listed as parts of the place that follows none of whose
    namesakes lies inside it (``PartOf`` with that place, near it for villages)."""
    out: dict[int, PartOf] = {}
    for s in sentences:
        if not _GATE.search(s.text):
            continue
        starts = {m.start: m for m in s.mentions if m.place is not None and not m.place.is_country}
        for found in _LISTED.finditer(s.text):
            whole = starts.get(s.start + found.end())
            if whole is None:
                continue
            first, last = s.start + found.start("list"), s.start + found.end("list")
            near = found.group("kind").lower() in _VILLAGE_PLURALS
            for part in s.mentions:
                if part.place is None or part.place.is_country or not (first <= part.start and part.end <= last) \
                        or part.place.index == whole.place.index:
                    continue
                if not any(inside_container(c, whole.place, gz, whole.text) for c in part.candidates or [part.place]):
                    out[part.start] = PartOf(whole.place, whole.text, near)
    return out
