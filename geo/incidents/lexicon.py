"""The incident reader's word lists, loaded once from ``geo/data/lexicons/``.

``nouns.toml`` defines each noun class once (civilians, armed people, crowds …);
``triggers.toml`` the event triggers; ``generic_actors.toml`` the names of unnamed
actors. Patterns in the data files may name a noun class as «class», «class.singular» or
«class.plural»; :func:`expand` replaces it with the class's words.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from geo.incidents.prefilter import GroupedPattern, PatternGroup
from geo.taxonomy import EVENT_TYPE_OF


@cache
def _load(name: str) -> dict:
    return tomllib.loads((files("geo") / "data" / "lexicons" / name).read_text("utf-8"))


@cache
def nouns(name: str, form: str = "") -> tuple[str, ...]:
    """The words of noun class ``name`` (``form``: "singular", "plural" or both)."""
    entry = _load("nouns.toml")[name]
    forms = (form,) if form else ("singular", "plural")
    words: list[str] = []
    for f in forms:
        words += [w for w in entry.get(f, ()) if w not in words]
    return tuple(words)


@cache
def place_kind_words(kind: str) -> tuple[str, ...]:
    """Words that say what kind of place a name is ("district", "town"): ``kind`` is
    "admin" or "settlement" (``location_words.toml``)."""
    return tuple(_load("location_words.toml")[kind])


@cache
def location_words(key: str) -> tuple[str, ...]:
    """Any other word list of ``location_words.toml`` (``key``: its name there)."""
    return tuple(_load("location_words.toml")[key])


def words_rx(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of ``words``, longest first (so "cattle herder" wins over
    "herder" where both fit)."""
    return "|".join(re.escape(w).replace(r"\ ", " ") for w in sorted(set(words), key=lambda w: (-len(w), w)))


def noun_rx(*names: str, form: str = "") -> str:
    """An alternation of the words of one or more noun classes."""
    return words_rx([w for n in names for w in nouns(n, form)])


_CLASS_REF = re.compile(r"\u00ab(?P<name>\w+)(?:\.(?P<form>singular|plural))?\u00bb")


def expand(pattern: str) -> str:
    """``pattern`` with each «class» reference replaced by the class's words."""
    return _CLASS_REF.sub(lambda m: noun_rx(m.group("name"), form=m.group("form") or ""), pattern)


@cache
def noun_class(*names: str, form: str = "") -> re.Pattern:
    """A whole-word, case-insensitive regex of one or more noun classes."""
    return re.compile(rf"\b(?:{noun_rx(*names, form=form)})\b", re.I)


@cache
def phrase_rx(*names: str) -> re.Pattern:
    """One or more phrase classes of ``phrases.toml`` as one whole-word, case-insensitive
    regex (phrases more than one module reads, defined once)."""
    return re.compile(rf"\b(?:{phrase_alternation(*names)})\b", re.I)


@cache
def phrase_alternation(*names: str) -> str:
    """The patterns of one or more phrase classes of ``phrases.toml`` as one alternation,
    for a rule that reads them inside a longer pattern."""
    table = _load("phrases.toml")
    return "|".join(expand(p) for n in names for p in table[n]["patterns"])


@cache
def acled_country_names() -> dict[str, str]:
    """ISO code -> ACLED's name of a country it names differently from GeoNames
    (``acled_countries.toml``)."""
    return dict(_load("acled_countries.toml")["names"])


def extra_demonyms() -> dict[str, str]:
    """Demonym -> ISO code for demonyms the gazetteer lacks (``acled_countries.toml``)."""
    return dict(_load("acled_countries.toml").get("demonyms", {}))


@dataclass(frozen=True)
class TriggerRule:
    pattern: re.Pattern
    event_type: str
    sub_event_type: str
    weight: int
    name: str = ""


@cache
def trigger_rules() -> tuple[TriggerRule, ...]:
    """The event triggers of ``triggers.toml``, compiled, in file order."""
    rules = []
    for t in _load("triggers.toml")["trigger"]:
        if EVENT_TYPE_OF.get(t["sub_event_type"]) != t["event_type"]:
            raise ValueError(f"triggers.toml: {t['sub_event_type']!r} is not a sub-event type of {t['event_type']!r}")
        body = "|".join(expand(p) for p in t["patterns"])
        rules.append(TriggerRule(re.compile(rf"\b(?:{body})\b", re.I), t["event_type"], t["sub_event_type"],
                                 int(t["weight"]), t.get("name", "")))
    return tuple(rules)


@dataclass(frozen=True)
class GenericActor:
    pattern: GroupedPattern  # finditer / search as a compiled pattern; all of them scan a text at once
    name: str  # a template: "{country}", "{match_title}"
    inter: int


@cache
def generic_actors() -> tuple[GenericActor, ...]:
    """Names of unnamed actors (``generic_actors.toml``), in file order."""
    entries = _load("generic_actors.toml")["actor"]
    group = PatternGroup([re.compile(rf"\b(?:{'|'.join(expand(p) for p in a['patterns'])})\b", re.I) for a in entries])
    return tuple(GenericActor(pattern, a["name"], int(a["inter"])) for pattern, a in zip(group.members, entries))


@cache
def homelands(table: str) -> dict[str, tuple[str, ...]]:
    """``homelands.toml``'s ``table`` ("home": peoples, "leaders": heads of state and party
    leaders): ISO code -> the names it holds."""
    return {iso: tuple(names) for iso, names in _load("homelands.toml")[table].items()}


@cache
def force_not_acting_words() -> dict[str, tuple[str, ...]]:
    """Words after ("said", "rushed") and before ("according to") a state force's noun that
    make it one who answers or speaks, not the actor (``generic_actors.toml``)."""
    return {side: tuple(words) for side, words in _load("generic_actors.toml")["force_not_acting"].items()}


@cache
def country_clue_words() -> dict[str, tuple[str, ...]]:
    """``country_clues.toml``: ISO code -> words that name that country's own institutions."""
    return {iso: tuple(words) for iso, words in _load("country_clues.toml")["words"].items()}


@cache
def party_follower_words() -> tuple[str, ...]:
    """``country_clues.toml``: words that make a party's short name the party's ("rally")."""
    return tuple(_load("country_clues.toml")["party_followers"]["words"])
