"""The countries a report is about: those its actors belong to, first named first, used
to choose among namesake places and to place an incident that names none."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from geo.gazetteer import Gazetteer, load_gazetteer, normalize_name
from geo.gazetteer.model import FEATURE_COUNTRY
from geo.incidents.aliases import actor_hits
from geo.incidents.lexicon import location_words, noun_rx, words_rx
from geo.incidents.location_cues import REGION_WORD_AFTER, VILLAGE_AFTER, named_as_settlement
from geo.incidents.place_parts import named_as_part
from geo.places import Mention

# A demonym before one of these names an actor of that country ("Ruritanian police").
_ACTOR_NOUN_AFTER = re.compile(
    rf"\s+(?:\w+\s+)?(?:{noun_rx('state_arms', 'armed_groups', 'protesters', 'crowd')}|gendarme|government|authorities"
    r"|officials?|security|opposition|president|minister|ministry|governor|mayor|parliament|lawmakers|people|farmers|herders)\b", re.I)
# A demonym before a state's armed forces ("Ruritanian troops"): armies fight abroad as
# often as at home, so with no place named such a country is the last to place an event.
# (An army that reports the event speaks from home: "the Ruritanian army said".)
_ARMED_FORCES_AFTER = re.compile(r"\s+(?:special\s+)?(?:troops|forces|army|soldiers|military|paratroopers|marines|tanks)\b"
                                 r"(?!\s+(?:said|says|announced|reported|stated|spokes))", re.I)

# A state named before what it fires from afar ("Ruritanian air strikes", "Ruritania's
# drones"): the attacker's country. Air strikes, shelling and missiles hit abroad as often
# as at home, so the town the text says was hit is no namesake for lying elsewhere: such a
# country counts only as weak context (it chooses among a name's namesakes).
_REMOTE_ARMS_AFTER = re.compile(rf"(?:'s)?\s+(?:[\w-]+\s+)?(?:{words_rx(location_words('remote_arms'))})\b", re.I)


@dataclass(frozen=True)
class Context:
    """Countries a report's actors belong to, first named first.

    ``strong``: named groups of the actor dictionary, state forces ("Ruritanian forces",
    "the Ruritanian Air Force"), demonyms before actor nouns ("Ruritanian elders"),
    countries named outright ("in Ruritania", "Ruritania's border police") and the
    countries of major places the report names (a capital, a big city, a region).
    ``weak``: other demonyms ("a French tourist"), good enough to choose among namesakes,
    not to place an incident in a country."""

    strong: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    home: tuple[str, ...] = ()  # of parties, militias, crowds: actors that act at home
    places: tuple[str, ...] = ()  # of the major places the report names (a capital, a big city)
    # of states named only as firing from afar ("Ruritanian air strikes"): also in ``weak``;
    # they make a small town abroad a namesake, not a sizeable one (where strikes hit)
    remote: tuple[str, ...] = ()
    # of states named only by their armed forces ("Ruritanian troops"): also in ``strong``
    forces: tuple[str, ...] = ()
    # of actors named as such ("the Ruritanian army", a group of the actor dictionary at
    # home), not of countries merely named ("in Ruritania"): also in ``strong``
    by_actor: tuple[str, ...] = ()

    # (computed once for each context: the location and actor steps ask for them per mention)
    @cached_property
    def actors(self) -> tuple[str, ...]:
        return self.strong + tuple(c for c in self.weak if c not in self.strong)

    @cached_property
    def all(self) -> tuple[str, ...]:
        return self.strong + tuple(c for c in self.weak + self.places if c not in self.strong)

    def __bool__(self) -> bool:
        return bool(self.strong or self.weak or self.places)


_WEAPON_WORDS = frozenset(location_words("weapon_words"))
_NAME_PREFIX = re.compile(rf"(?:{words_rx(location_words('name_prefixes'))}) ")
_NAME_PREFIX_BEFORE = re.compile(rf"(?<![\w-])(?:{words_rx(location_words('name_prefixes'))}) $")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?(?:'s)?\b")
_WORD_SPLIT = re.compile(r"[- ]")


def _named_countries(gz: Gazetteer, text: str) -> tuple[tuple, tuple, tuple, tuple, tuple, tuple]:
    """(strong, weak, home, remote, forces, by_actor) as (offset, ISO) pairs from the text alone (see ``Context``):
    groups of the actor dictionary, demonyms, countries named outright. Asked through
    ``gz.memoized`` (the pipeline asks for a report's context three times), as is each
    capitalised phrase's answer (the same words come back in every report)."""
    strong: list[tuple[int, str]] = []
    weak: list[tuple[int, str]] = []
    home: list[tuple[int, str]] = []
    remote: list[tuple[int, str]] = []
    forces: list[tuple[int, str]] = []
    by_actor: list[tuple[int, str]] = []
    for hit in actor_hits(text):
        a = hit.actor
        if a.country:
            # A non-state group that fights across borders (al-Shabaab in Kenya) says
            # only weakly where it acted: enough to name unnamed actors when nothing else
            # says where, never to place the event in its home country.
            (weak if a.inter != 1 and set(a.countries) - {a.country} else strong).append((hit.start, a.country))
            if a.inter == 1 or not a.countries:
                by_actor.append((hit.start, a.country))
            if 3 <= a.inter <= 6 and not a.countries:
                home.append((hit.start, a.country))
        weak.extend((hit.start, c) for c in a.countries)
    phrase_country = gz.memoized(_phrase_country, 200_000)
    for m in _CAPITALISED.finditer(text):
        if m.group().lower() in _WEAPON_WORDS or _NAME_PREFIX.match(m.group()):
            continue  # "Grenade attack": the weapon, though Grenada's French name; "Puerto Jordan": a town
        named = phrase_country(m.group().removesuffix("'s"))
        if named is None:
            continue
        offset, length, iso, demonym = named
        start = m.start() + offset
        if _REMOTE_ARMS_AFTER.match(text, start + length):
            weak.append((start, iso))
            remote.append((start, iso))
        elif demonym:
            if _ACTOR_NOUN_AFTER.match(text, start + length):
                strong.append((start, iso))
                by_actor.append((start, iso))
            else:
                weak.append((start, iso))
            if _ARMED_FORCES_AFTER.match(text, start + length):
                forces.append((start, iso))
        elif not named_as_settlement(text, start, start + length):  # (not "the village of Ruritania")
            strong.append((start, iso))
    return tuple(strong), tuple(weak), tuple(home), tuple(remote), tuple(forces), tuple(by_actor)


def _phrase_country(gz: Gazetteer, phrase: str) -> tuple[int, int, str, bool] | None:
    """The first word of a capitalised phrase (the phrase itself first, then its words)
    that is a demonym or a country's name: (offset in the phrase, length, ISO, whether a
    demonym)."""
    words = [(0, phrase)] + ([(phrase.index(w), w) for w in _WORD_SPLIT.split(phrase)]
                             if " " in phrase or "-" in phrase else [])
    for offset, word in words:
        key = normalize_name(word)
        iso = gz.demonyms.get(key) or (gz.demonyms.get(key[:-1]) if key.endswith("s") and len(key) > 4 else None)
        if iso is not None:
            return offset, len(word), iso, True
        if len(word) > 3:
            # gz.lookup(word)'s rows, read as rows: no Place made for every capitalised word
            abbreviation = gz.abbreviations.get(word.strip())
            rows = (abbreviation,) if abbreviation is not None else gz.rows_for_key(key)
            for row in rows:
                if gz.feature_code[row] == FEATURE_COUNTRY and normalize_name(gz.name[row]) == key:
                    return offset, len(word), gz.country_code[row], False
    return None


def context_countries(text: str, gz: Gazetteer | None = None) -> tuple[str, ...]:
    """Countries a report's actors belong to, first named first: "Ruritanian forces", a
    group of the actor dictionary, "Protesters (Ruritania)", a country named outright.
    Used to choose among namesake places ("Berlin" in a report about South African
    protesters is not Germany's)."""
    return report_context(text, gz or load_gazetteer()).all


def report_context(text: str, gz: Gazetteer, mentions: list[Mention] | None = None) -> Context:
    """The countries of ``text``'s actors; with ``mentions``, those of the major places
    it names too."""
    named_strong, named_weak, named_home, named_remote, named_forces, by_actor = gz.memoized(_named_countries, 32)(text)
    strong, weak, home, remote = list(named_strong), list(named_weak), list(named_home), list(named_remote)
    places: list[tuple[int, str]] = []
    by_start = {m.start: m for m in mentions or ()}
    for mention in mentions or ():
        p = mention.place
        if p is not None and mention.kind != "demonym" and mention.text.lower() not in _WEAPON_WORDS \
                and not (p.is_country and _NAME_PREFIX_BEFORE.search(text, max(0, mention.start - 12), mention.start)):
            if p.is_country:
                if named_as_settlement(text, mention.start, mention.end):
                    continue  # "the village of Ruritania": a village's name
                if _REMOTE_ARMS_AFTER.match(text, mention.end):
                    weak.append((mention.start, p.country_code))
                    remote.append((mention.start, p.country_code))
                else:
                    strong.append((mention.start, p.country_code))
            elif (p.feature_code == "PPLC" or p.population >= 500_000 or p.is_admin1 and (
                    len(mention.text) > 4 or REGION_WORD_AFTER.match(text[mention.end : mention.end + 40]) is not None)) \
                    and not named_as_part(text, mention, by_start) and not VILLAGE_AFTER.match(text, mention.end):
                # (not "the Havana area of Oldtown": a neighbourhood's name, the big city's namesake)
                places.append((mention.start, p.country_code))

    def ordered(found):
        out: list[str] = []
        for _, iso in sorted(found, key=lambda pair: pair[0]):  # (a group's own country before those it fights in)
            if iso and iso not in out:
                out.append(iso)
        return tuple(out)

    firm = ordered(strong)
    forces: tuple[str, ...] = ()
    if named_forces:
        # countries named only by their armed forces, in a report that names another strongly
        as_forces = set(named_forces)
        otherwise = {iso for pair in strong if pair not in as_forces for iso in pair[1:]}
        forces = tuple(c for c in firm if c not in otherwise) if otherwise - {iso for _, iso in named_forces} else ()
    return Context(firm, ordered(weak), ordered(home), ordered(places),
                   tuple(c for c in ordered(remote) if c not in firm) if remote else (), forces, ordered(by_actor))

