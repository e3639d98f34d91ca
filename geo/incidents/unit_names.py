"""Names of places the geoparser left out or cut apart, read where the text says what
kind of place they are or where they open a bracket: "Oldtown Sadar upazila", "Hill
district town", "Saint's Bay city", "Oldtown ward (Saint's Bay, North)" ("Oldtown
Sadar": the district town's own subdistrict, named after it). Such a name is a place in
the country of the sentence's other places, else in the report's countries (or, in a
report that names none, in the one country the gazetteer holds it in); the mentions
inside its span that read its words as other places ("Saint" in Spain, "Bay" in
Kyrgyzstan) give way to it."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer, Place, normalize_name
from geo.incidents.lexicon import place_kind_words, words_rx
from geo.incidents.model import Sentence
from geo.incidents.names import LEADING_WORDS, NOT_NAMES
from geo.incidents.prefilter import gated
from geo.places import Mention

_ADMIN_WORDS = frozenset(w.lower() for w in place_kind_words("admin"))
_KIND = words_rx(place_kind_words("admin") + place_kind_words("settlement"))
_NAME = r"(?-i:[A-Z])[\w'\u2019-]*"
# Up to four capitalised words, then a kind word ("Sadar" among them, itself often
# followed by "upazila").
_UNIT = re.compile(rf"\b((?:{_NAME}\s+){{0,3}}{_NAME})\s+({_KIND})\b"
                   # or a name opening a bracket: "Oldtown upazila (Saint's Bay, North)"
                   rf"|(?<=\()\s*((?:{_NAME}\s+){{0,3}}{_NAME})\s*(?=[,)])", re.I)
_UNIT = gated(_UNIT, by_strings=False)  # (scanned only in texts where a match may be)
_UNIT_CODES = frozenset({"PPL", "PPLA", "PPLA2", "PPLA3", "PPLC", "ADM1", "ADM2"})
_SADAR = "sadar"


def add_unit_names(sentence: Sentence, text: str, gz: Gazetteer, countries: tuple[str, ...]) -> None:
    """Add to ``sentence.mentions`` the places named before a kind word that no mention
    covers, or that mentions cover only in pieces (see the module's text)."""
    if not _UNIT.search(sentence.text):
        return
    ms = sentence.mentions
    # The sentence's other places say the country first ("Oldtown area in Hill county"),
    # then the report's.
    known = countries_named_first(ms, countries)
    added = False
    for run in _UNIT.finditer(sentence.text):
        group = 1 if run.group(1) else 3
        words = run.group(group).split()
        while words and words[-1].lower() == _SADAR:
            words = words[:-1]  # "Oldtown Sadar upazila": Oldtown's
        if not words:
            continue
        words = without_leading_words(words)  # "In Oldtown district": Oldtown
        name = " ".join(words)
        if name.lower() in NOT_NAMES or len(name) < 4:
            continue
        found = unit_place(gz, name, known, variants=group == 1)
        if found is None:
            continue
        place, rows = found
        start = sentence.start + run.start(group) + run.group(group).index(words[0])
        end = start + len(name)
        if any(m.start == start and m.end == end for m in ms):
            continue
        inside = [m for m in ms if start <= m.start and m.end <= end]
        if any(m.start < end and start < m.end for m in ms if m not in inside):
            continue  # overlaps a longer mention: the geoparser read more
        for m in inside:
            ms.remove(m)
        kind = "unit" if run.group(2) and run.group(2).lower() in _ADMIN_WORDS else "name"
        ms.append(Mention(start=start, end=end, text=text[start:end], rows=rows, kind=kind, place=place, score=1.0,
                          gazetteer=gz))
        added = True
    if added:
        ms.sort(key=lambda m: m.start)


def countries_named_first(mentions: list[Mention], countries: tuple[str, ...]) -> tuple[str, ...]:
    """The countries of the sentence's placed mentions (demonyms aside), first named first;
    else the report's ``countries``: where a unit's name is looked up."""
    return tuple(dict.fromkeys(m.place.country_code for m in mentions if m.place is not None and m.kind != "demonym")) or countries


def without_leading_words(words: list[str]) -> list[str]:
    """A run's words without the capitalised sentence openers and "The" before the name
    ("In Oldtown district": Oldtown); the last word is always kept."""
    while len(words) > 1 and (words[0].lower() in LEADING_WORDS or words[0].lower() == "the"):
        words = words[1:]
    return words


def unit_place(gz: Gazetteer, name: str, countries: tuple[str, ...],
                variants: bool = True) -> tuple[Place, tuple[int, ...]] | None:
    """The place a unit's name stands for: of its gazetteer rows of a town's or a
    region's kind, one in the report's countries (the first named first; a town before
    a region named alike, the more populous first), else the one country's when the
    report names none."""
    key = normalize_name(name)
    rows = tuple(r for r in gz.lookup_rows(name, key) if gz.feature_code[r] in _UNIT_CODES)
    if not rows and variants and countries and len(key.replace(" ", "")) >= 5:
        # "Oldtown" written "Old Town" or "Oldtowne": a near-identical spelling in the
        # report's countries (same start, a letter more or less at most).
        nospace = key.replace(" ", "")
        rows = tuple(p.index for p in gz.variant_lookup(name, countries)
                     if p.feature_code in _UNIT_CODES and _near_identical(normalize_name(p.name).replace(" ", ""), nospace))
    if not rows:
        return None
    if countries:
        rank = {iso: i for i, iso in enumerate(countries)}
        inside = [r for r in rows if gz.country_code[r] in rank]
        if not inside:
            return None
    elif len({gz.country_code[r] for r in rows}) == 1 and key not in gz.common_words:
        rank, inside = {gz.country_code[rows[0]]: 0}, list(rows)
    else:
        return None
    best = min(inside, key=lambda r: (rank[gz.country_code[r]], not gz.feature_code[r].startswith("PPL"), -gz.population[r]))
    return gz.place(best), rows


def _near_identical(a: str, b: str) -> bool:
    return a[:2] == b[:2] and abs(len(a) - len(b)) <= 1
