"""The country of an incident that names no place, when its attackers are named by one
country and the people they struck by another: "Chadian raiders attacked Cameroonian
herders" happened in Cameroon. Raiders, rebels and militias cross borders to strike;
civilians and police are struck at home (ACLED codes an event where it happened, and
the report's first country is then only where the attackers came from)."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer, normalize_name
from geo.incidents.lexicon import nouns, words_rx
from geo.incidents.model import Sentence
from geo.incidents.report_places import named_elsewhere

# People who act at home: civilians of every kind and the police ("Ruritanian
# villagers", "two Ruritanian policemen").
# (Not refugees, migrants and other people named as living abroad.)
_AT_HOME = tuple(w for w in nouns("civilians") + nouns("police") + tuple(w for w in nouns("state_ranks") if "police" in w)
                 if w not in nouns("people_abroad"))
# Armed people who are not the state's and strike across borders: rebels, militias,
# raiders, bandits (a people's militia too: "Ruritanian tribesmen"), named after a demonym
# with up to two words between ("Ruritanian ethnic militia", "Ruritanian Koro raiders").
# (A state's forces are no such clue: they fire at people at home as often as abroad.)
_ABROAD = tuple(w for w in nouns("armed_groups") + nouns("outlaws") + nouns("identity_groups")
                if w not in _AT_HOME and w not in nouns("herders") and w not in nouns("crowd"))
_NOUN_AFTER = re.compile(rf"\s+(?:[\w'-]+\s+){{0,2}}?(?:(?P<home>{words_rx(_AT_HOME)})|(?P<abroad>{words_rx(_ABROAD)}))\b",
                         re.I)
# "raiders from Ruritania", "bandits from neighbouring Ruritania": where armed people set out from
_ARMED_FROM_BEFORE = re.compile(rf"\b(?:{words_rx(_ABROAD)})\s+(?:[\w'-]+\s+)?(?:coming\s+|who\s+came\s+)?from\s+"
                                r"(?:the\s+)?(?:neighbouring\s+|neighboring\s+|nearby\s+)?$", re.I)

_ABROAD_WORD = re.compile(rf"\b(?:{words_rx(_ABROAD)})\b", re.I)  # (the cheap gate: no such word, no attackers to set aside)
_PERSON_END = re.compile(r"\s*(?:[,;.]|$)")  # a demonym ending its clause names a person
_CAPITALISED = re.compile(r"\b(?-i:[A-Z])[\w'-]+(?:\s(?-i:[A-Z])[\w'-]+)?")


def struck_country(fallback: str, strong: tuple[str, ...], sentences: list[Sentence], text: str, gz: Gazetteer) -> str:
    """``fallback`` (the country a report with no place is placed in), or, when the report
    names that country only as the attackers' ("Ruritanian raiders", "gunmen from
    Ruritania"), the country of the people they struck ("Otherlandish villagers", "two
    Otherlanders"), else another country the report names strongly (``strong``): a
    neighbour of the attackers' country, which raiders cross a border to strike."""
    if not fallback or _ABROAD_WORD.search(text) is None:
        return fallback
    armed: set[str] = set()
    home: list[str] = []
    other: set[str] = set()
    for start, end, iso, demonym in _countries_named(text, gz):
        if demonym:
            noun = _NOUN_AFTER.match(text, end)
            if noun is not None and noun.group("abroad"):
                armed.add(iso)
                continue
            if noun is not None or text[end - 1] == "s" or _PERSON_END.match(text, end):
                # people of that country: "Otherlandish villagers", "two Otherlanders
                # were killed", "raiders killed an Otherlandish, then fled"
                home.append(iso)
                continue
        elif _ARMED_FROM_BEFORE.search(text, max(0, start - 50), start):
            armed.add(iso)
            continue
        other.add(iso)
    if fallback not in armed or fallback in other or fallback in home:
        return fallback
    elsewhere = named_elsewhere(sentences, text)
    across = gz.neighbours.get(fallback, ())  # (raids cross a border: "Ruritanian gunmen kidnapped two Farlandish tourists" is no such raid)
    for iso in [c for c in strong if c not in armed and c not in elsewhere] + home:
        if iso != fallback and iso not in armed and iso in across:
            return iso
    return fallback


def raided_countries(text: str, gz: Gazetteer) -> frozenset[str]:
    """The neighbours of each country the text names as its armed raiders' ("Ruritanian
    raiders", "militants from Ruritania"), that country itself left out: raiders cross a
    border to strike, so a town of such a neighbour named in a report on them is the place
    struck, not a namesake of a place in the raiders' country."""
    if _ABROAD_WORD.search(text) is None:
        return frozenset()
    armed = set()
    for start, end, iso, demonym in _countries_named(text, gz):
        if demonym:
            noun = _NOUN_AFTER.match(text, end)
            if noun is not None and noun.group("abroad"):
                armed.add(iso)
        elif _ARMED_FROM_BEFORE.search(text, max(0, start - 50), start):
            armed.add(iso)
    return frozenset(n for iso in armed for n in gz.neighbours.get(iso, ()) if n not in armed)


def _countries_named(text: str, gz: Gazetteer) -> list[tuple[int, int, str, bool]]:
    """Each country the text names, by its name or a demonym: (start, end, ISO, whether a
    demonym); a two-word name first ("Burkina Faso", "South Sudanese"), else each word."""
    out: list[tuple[int, int, str, bool]] = []
    for run in _CAPITALISED.finditer(text):
        words = [(run.start(), run.group())]
        if " " in run.group():
            second = run.group().index(" ") + 1
            words += [(run.start(), run.group()[: second - 1]), (run.start() + second, run.group()[second:])]
        for start, word in words:
            key = normalize_name(word)
            iso = gz.demonyms.get(key)
            if iso is None:
                iso = next((p.country_code for p in gz.lookup(word) if p.is_country and normalize_name(p.name) == key), None)
                demonym = False
            else:
                demonym = True
            if iso:
                out.append((start, start + len(word), iso, demonym))
                if start == run.start() and len(word) == len(run.group()):
                    break  # (the whole run names it)
    return out
