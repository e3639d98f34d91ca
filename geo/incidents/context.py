"""The countries a report is about: those its actors belong to, first named first, used
to choose among namesake places and to place an incident that names none."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.gazetteer import Gazetteer, load_gazetteer, normalize_name
from geo.incidents.aliases import actor_hits
from geo.incidents.lexicon import noun_rx
from geo.places import Mention

# A demonym before one of these names an actor of that country ("Ruritanian police").
_ACTOR_NOUN_AFTER = re.compile(
    rf"\s+(?:\w+\s+)?(?:{noun_rx('state_arms', 'armed_groups', 'protesters', 'crowd')}|gendarme|government|authorities"
    r"|officials?|security|opposition|president|minister|parliament|lawmakers|people|farmers|herders)\b", re.I)


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

    @property
    def actors(self) -> tuple[str, ...]:
        return self.strong + tuple(c for c in self.weak if c not in self.strong)

    @property
    def all(self) -> tuple[str, ...]:
        return self.strong + tuple(c for c in self.weak + self.places if c not in self.strong)

    def __bool__(self) -> bool:
        return bool(self.strong or self.weak or self.places)


def context_countries(text: str, gz: Gazetteer | None = None) -> tuple[str, ...]:
    """Countries a report's actors belong to, first named first: "Ruritanian forces", a
    group of the actor dictionary, "Protesters (Ruritania)", a country named outright.
    Used to choose among namesake places ("Berlin" in a report about South African
    protesters is not Germany's)."""
    return report_context(text, gz or load_gazetteer()).all


def report_context(text: str, gz: Gazetteer, mentions: list[Mention] | None = None) -> Context:
    """The countries of ``text``'s actors; with ``mentions``, those of the major places
    it names too."""
    strong: list[tuple[int, str]] = []
    weak: list[tuple[int, str]] = []
    home: list[tuple[int, str]] = []
    for hit in actor_hits(text):
        a = hit.actor
        if a.country:
            strong.append((hit.start, a.country))
            if 3 <= a.inter <= 6 and not a.countries:
                home.append((hit.start, a.country))
        weak.extend((hit.start, c) for c in a.countries)
    for m in re.finditer(r"\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?(?:'s)?\b", text):
        phrase = m.group().removesuffix("'s")
        words = [(m.start(), phrase)] + ([(m.start() + phrase.index(w), w) for w in re.split(r"[- ]", phrase)]
                                         if " " in phrase or "-" in phrase else [])
        for start, word in words:
            key = normalize_name(word)
            iso = gz.demonyms.get(key) or (gz.demonyms.get(key[:-1]) if key.endswith("s") and len(key) > 4 else None)
            if iso is not None:
                end = start + len(word)
                (strong if _ACTOR_NOUN_AFTER.match(text, end) else weak).append((start, iso))
                break
            if len(word) > 3:
                countries = [p for p in gz.lookup(word) if p.is_country and normalize_name(p.name) == key]
                if countries:
                    strong.append((start, countries[0].country_code))
                    break
    places: list[tuple[int, str]] = []
    for mention in mentions or ():
        p = mention.place
        if p is not None and mention.kind != "demonym":
            if p.is_country:
                strong.append((mention.start, p.country_code))
            elif p.feature_code == "PPLC" or p.population >= 500_000 or (p.is_admin1 and len(mention.text) > 4):
                places.append((mention.start, p.country_code))

    def ordered(found):
        out: list[str] = []
        for _, iso in sorted(found):
            if iso and iso not in out:
                out.append(iso)
        return tuple(out)

    return Context(ordered(strong), ordered(weak), ordered(home), ordered(places))

