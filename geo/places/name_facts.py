"""What recognition asks about a name key and its candidate rows, whatever the text
(``NameFacts``): worked out once per key and kept on the gazetteer; and the kinds of
place behind them (major places, towns of some size, places that speak for a state)."""

from __future__ import annotations

from typing import NamedTuple

from geo.gazetteer import Gazetteer
from geo.places.name_senses import one_name
from geo.places.words import FUNCTION_WORDS, PARTICLES, PLACE_WORDS

TOWN_OF_SOME_SIZE = 10_000

_MAJOR_CODES = ("PCLI", "ADM1", "PPLC", "CONT")
_TOWN_CODES = ("PPL", "PPLC")
MAJOR_CITY_SIZE = 200_000
STATE_CAPITAL_SIZE = 100_000  # a capital this large speaks for its government ("Kabul said")


def _major_kind(code: str, population: int) -> bool:
    """A country, admin-1 region, capital or city of 200,000 (regions' summed
    populations do not make a district major)."""
    return code in _MAJOR_CODES or code == "PPL" and population >= MAJOR_CITY_SIZE


def _is_major(gz: Gazetteer, row: int) -> bool:
    """``_major_kind`` of a row."""
    return _major_kind(gz.feature_code[row], gz.population[row])


def _major_by_name(gz: Gazetteer, rows: tuple[int, ...], key: str) -> bool:
    """Whether a major place has ``key`` as its main name (not a city that has it only
    among its alternate names)."""
    return any(_is_major(gz, r) and gz.primary_key(r) == key for r in rows)


def _state_voice(code: str, population: int) -> bool:
    """"Moscow said", "Kabul said": a country or a large capital speaks for a government."""
    return code == "PCLI" or code == "PPLC" and population >= STATE_CAPITAL_SIZE


def _speaks_for_a_state(gz: Gazetteer, row: int) -> bool:
    """``_state_voice`` of a row."""
    return _state_voice(gz.feature_code[row], gz.population[row])


class NameFacts(NamedTuple):
    """What recognition asks about a name key and its candidate rows, whatever the text:
    worked out once per key (``_name_facts``) instead of row by row at every mention."""

    rows: tuple[int, ...]
    rank: int | None  # frequency rank among English words, None for a rarer word
    given_name: bool
    major: tuple[int, ...]  # rows of major places (``_is_major``)
    major_by_name: tuple[int, ...]  # those whose main name the key is
    named_or_major: bool  # some row has the key as its main name or is major
    sized: bool  # some row has TOWN_OF_SOME_SIZE people
    sized_or_not_town: bool  # ... or is something else than a town (a region, a river)
    speaks_for_a_state: bool  # some row is a country or a large capital (``_speaks_for_a_state``)
    towns: tuple[int, ...]  # populations of towns of some size whose main name the key is
    respells_a_country: bool  # an English word that is a country's name as another language spells it


def _name_facts(gz: Gazetteer, key: str) -> NameFacts:
    rows = gz.rows_for_key(key)
    fc, population, primary_key = gz.feature_code, gz.population, gz.primary_key
    # One walk over the rows (a name can have hundreds); a row's main name is read only
    # where a fact needs it, as the facts' definitions read it.
    major, towns = [], []
    sized = sized_or_not_town = speaks = False
    for r in rows:
        code, people = fc[r], population[r]
        if _major_kind(code, people):
            major.append(r)
        if people >= TOWN_OF_SOME_SIZE:
            sized = sized_or_not_town = True
            if code in _TOWN_CODES and primary_key(r) == key:
                towns.append(people)
        elif code != "PPL":
            sized_or_not_town = True
        if _state_voice(code, people):
            speaks = True
    major_by_name = tuple(r for r in major if primary_key(r) == key)
    rank = gz.word_ranks.get(key)
    return NameFacts(
        rows=tuple(rows), rank=rank, given_name=key in gz.given_names, major=tuple(major),
        major_by_name=major_by_name, named_or_major=bool(major) or any(primary_key(r) == key for r in rows),
        sized=sized, sized_or_not_town=sized_or_not_town, speaks_for_a_state=speaks, towns=tuple(towns),
        respells_a_country=rank is not None and not major_by_name and _respells_a_country(gz, key, major))


def _respells_a_country(gz: Gazetteer, key: str, major: list[int]) -> bool:
    """Whether a one-word key that no major place has as its main name is the one-word
    name of a country as another language spells it ("Grenade", "Indie", "Chili",
    "Suede": French, Polish, Spanish for Grenada, India, Chile, Sweden). English text
    writes the country's English name; where it writes such a word, it means the word.
    (English short forms that differ from the main name, "Burma", "Holland", are other
    names, not respellings, and stay.)"""
    if " " in key:
        return False
    primary_key = gz.primary_key
    return any(gz.feature_code[r] == "PCLI" and " " not in primary_key(r) and one_name(key, primary_key(r))
               for r in major)


def name_facts(gz: Gazetteer, key: str, rows: tuple[int, ...] | None = None) -> NameFacts:
    """``NameFacts`` of a key (of its rows ``rows`` when the caller has them), kept on
    the gazetteer; worked out afresh where names were added since."""
    facts = gz.memoized(_name_facts, 100_000)(key)
    if rows is not None and facts.rows is not rows and facts.rows != rows:  # (mostly the very tuple)
        return _name_facts(gz, key)
    return facts


def formal_country_name(gz: Gazetteer, key: str, rows: tuple[int, ...]) -> bool:
    """Whether the name ``key`` (normalised) is a country's other name with a word of its
    own beside articles, particles and place words: its formal name ("russian
    federation", "republic of korea"), not a country's nickname of kind words ("the
    island")."""
    return any(gz.feature_code[r] == "PCLI" for r in rows) and any(
        w not in PLACE_WORDS and w not in PARTICLES and w not in FUNCTION_WORDS for w in key.split())
