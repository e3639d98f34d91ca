"""The country a report's words tell when it names no place, demonym or known group: a
country's own administrative units, election body, currency or hired vehicles
("country_clues.toml": "the upazila chairman", "matatu drivers", "a kebele office"); and
when its only place is a small namesake abroad. Read only to name unnamed actors
("Protesters (Ruritania)"), never to place an incident."""

from __future__ import annotations

import re
from functools import cache

from geo.incidents.aliases import actor_dictionary, actor_hits
from geo.incidents.identity_militias import homeland_named, leader_named
from geo.incidents.lexicon import country_clue_words, party_follower_words, words_rx
from geo.incidents.model import Sentence
from geo.incidents.prefilter import gated


@cache
def _clues() -> tuple[re.Pattern, dict[str, str], dict[str, str]]:
    """One pattern of every clue word (longest first; lower-case ones in any case, others
    exactly), and the country of each word as written and of each lower-case one folded."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for iso, words in country_clue_words().items():
        for word in words:
            (folded if word.islower() else exact)[word.casefold() if word.islower() else word] = iso
    words = sorted([*exact, *folded], key=len, reverse=True)
    parts = [f"(?i:{re.escape(w)})" if w in folded and w.islower() else re.escape(w) for w in words]
    return gated(re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])"), by_strings=False), exact, folded


@cache
def _clues_after_prefix() -> re.Pattern:
    """Clue words after "anti-" or "pro-" ("anti-IEBC protests": the body is named still);
    scanned only in texts holding such a prefix, the whole-word scan staying as cheap."""
    words = _clues()[0].pattern.removeprefix(r"(?<![\w-])")
    return re.compile(r"(?<![\w-])(?:[Aa]nti|[Pp]ro)-(?P<word>" + words + ")")


def clue_country(text: str) -> str:
    """ISO code of the country the first clue word of ``text`` belongs to; "" when none."""
    rx, exact, folded = _clues()
    found = list(rx.finditer(text))
    if "nti-" in text or "ro-" in text:
        found = sorted(found + list(_clues_after_prefix().finditer(text)), key=lambda m: m.start())
    for m in found:
        word = m.group("word") if "word" in m.re.groupindex else m.group()
        iso = exact.get(word) or folded.get(word.casefold())
        if iso:
            return iso
    return ""


# A town this small, alone, abroad, is likelier a namesake of a village the gazetteer lacks
# than where the report's own people, parties and institutions are.
_NAMESAKE_POPULATION = 100_000


def home_over_namesake(told: str, sentences: list[Sentence], iso: str) -> str:
    """The country to name a report's unnamed actors after, where ``iso`` (the incident's)
    rests only on small towns of that country while the report's words belong to another:
    its institutions ("the IEBC"), a party of the actor dictionary active in that one
    country, its head of state or a party leader ("after President Dupont's speech"), or
    one of its peoples whose name was read as the town ("Koro raiders attacked
    Lamo villagers", "Lamo" a village abroad too). ``iso`` otherwise."""
    support = [m for s in sentences for m in s.mentions if m.place is not None and m.place.country_code == iso]
    if not support or not all(m.kind == "name" and m.place.feature_code in _TOWNS
                              and m.place.population < _NAMESAKE_POPULATION for m in support):
        return iso
    home = clue_country(told) or _one_country_group(told) or leader_named(told)
    if home:
        return home
    # A people's name read as a town abroad ("Orma"): the people's homeland. (A people named
    # beside a real town abroad may have raided across the border: no clue then.)
    home = homeland_named(told)
    return home if home and all(homeland_named(m.text) == home for m in support) else iso


_TOWNS = frozenset({"PPL", "PPLA3", "PPLA4", "PPLX", "PPLL", "PPLQ", "PPLF", "PPLS", "PPLW"})


def _one_country_group(text: str) -> str:
    """ISO code of the first political party of the actor dictionary ``text`` names that is
    active in its own country only ("" when none); not an armed group: those strike across
    borders ("rockets fired at a town abroad")."""
    for hit in actor_hits(text):
        actor = hit.actor
        if actor.kind == "party" and actor.country and set(actor.countries) <= {actor.country}:
            return actor.country
    return ""


# A party's short name: the letters before the colon of "ODM: Orange Democratic Movement",
# the first word of "Jubilee Party"; two letters are too many other things' initials.
_SHORT_NAME = re.compile(r"^(?P<short>[A-Z][\w-]{2,}?)(?::| (?:Party|Coalition|Alliance|Movement)$)")


@cache
def _party_short_names() -> tuple[re.Pattern | None, dict[str, str]]:
    """One pattern of every one-country party's short name followed by a word only a
    party's takes ("NASA rally"), and the country of each short name."""
    homes: dict[str, str] = {}
    for actor in actor_dictionary().actors:
        m = _SHORT_NAME.match(actor.name)
        if actor.kind == "party" and m and actor.country and set(actor.countries) <= {actor.country}:
            homes.setdefault(m.group("short"), actor.country)
    if not homes:
        return None, homes
    rx = re.compile(rf"(?<![\w-])(?P<short>{words_rx(list(homes))})(?:-(?:led|allied|aligned))? (?:{words_rx(party_follower_words())})\b")
    return rx, homes


def party_country(text: str) -> str:
    """ISO code of the country of the first party ``text`` names by its short name before
    a party's word ("the Jubilee primaries", "a NASA rally", "NDC supporters"), of
    parties active in one country only; "" when none."""
    rx, homes = _party_short_names()
    m = rx.search(text) if rx else None
    return homes[m.group("short")] if m else ""
