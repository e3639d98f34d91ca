"""Things named after places: diseases first seen somewhere ("Lassa fever", "West Nile
virus", "Stockholm syndrome"), foods, breeds and goods ("Brussels sprouts", "a Panama
hat", "Turkish coffee"), weapon systems ("Grad rockets", "Tomahawk missiles") and
manners ("Chicago-style pizza"). A place's name or demonym followed by such a noun in
lower case, or by "-style" ("-esque", "-like"), names the thing, and is no mention of
the place."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer, normalize_name
from geo.places.model import Mention
from geo.places.name_facts import TOWN_OF_SOME_SIZE, name_facts
from geo.places.text import Text
from geo.places.words import SETTLEMENT_OF_WORDS, SETTLEMENTS_OF, phrase_set, word_set

THING_NOUNS = word_set("thing_nouns")  # "fever", "virus"
NAMED_THINGS = phrase_set("named_things")  # "brussels sprouts", "turkish coffee"
WEAPON_SYSTEM_NOUNS = word_set("weapon_system_nouns")  # "rockets" of "Grad rockets"
BRAND_NAMES = word_set("brand_names")  # "Nokia", "Samsung": firms, not the towns of those names
_BRAND_SURFACES = frozenset(f(b) for b in BRAND_NAMES for f in (str.capitalize, str.upper))
TOWN_LOCATIVES = word_set("town_locatives")  # "in", "near": the text puts something in the place
# What a text says of a name it calls a town: "the city of X", "residents of X" before
# it; ", a city …", " is a port …" after it (an adjective may come between).
_WORD_OF_BEFORE = re.compile(r"([A-Za-z]+) of $")
_TOLD_A_SETTLEMENT_AFTER = re.compile(r",? (?:is |was )?(?:a|an|the) ([a-z-]+)(?: ([a-z]+))?")
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_IN_THE_STYLE = tuple(f"{hyphen}{suffix}" for hyphen in "-\u2010\u2011" for suffix in ("style", "esque", "like"))


def names_a_thing(t: Text, m: Mention, gz: Gazetteer) -> bool:
    """Whether the mention, with the lower-case word after it, names a thing
    (``THING_NOUNS``, ``NAMED_THINGS``) or a weapon system (``WEAPON_SYSTEM_NOUNS`` after
    a name that no major place has: "Gaza rockets" are still fired from Gaza), or is the
    name of a world-wide brand (``BRAND_NAMES``) where the text never puts anything in
    the place of that name; or it makes a compound with "-style", "-esque" or "-like"
    ("Chicago-style pizza": a manner named after the place)."""
    if m.text in _BRAND_SURFACES and m.kind != "demonym" and not t.located(m.text.casefold(), TOWN_LOCATIVES) \
            and not _told_a_settlement(t.text, m.text):
        return True
    text = t.text
    if text.startswith(_IN_THE_STYLE, m.end):
        return True  # "Chicago-style pizza", "a Kafka-esque queue", "Gaza-like ruins": a manner, no place
    if not text[m.end + 1 : m.end + 2].islower():
        return False  # (most mentions: no lower-case word right after, seen from two characters)
    after = _NEXT_WORD.match(text, m.end)
    if after is None:
        return False
    word = after.group(1)
    return word in THING_NOUNS or f"{m.text.casefold()} {word}" in NAMED_THINGS or (
        word in WEAPON_SYSTEM_NOUNS and m.kind == "name" and not _major(gz, m))


def _major(gz: Gazetteer, m: Mention) -> bool:
    """Whether a major place (a country, admin-1 region, capital or large city) has the
    mention's words as its own name (an admin-1 region of a few hundred people, a
    parish or a commune, is none: "Grad"), or the mention is a country's short form
    ("U.S. drones", "UK missiles": arms the country fields, as "Russian rockets" are)."""
    fc = gz.feature_code
    return any(fc[r] == "PCLI" for r in m.rows) or any(
        fc[r] != "ADM1" or gz.population[r] >= TOWN_OF_SOME_SIZE
        for r in name_facts(gz, normalize_name(m.text)).major_by_name)


def _told_a_settlement(text: str, name: str) -> bool:
    """Whether the text calls ``name`` a town somewhere: a settlement's word or its
    people's and "of" before it ("the city of X", "residents of X"), or a settlement's
    word told of it after it ("X, an industrial city", "X is a port")."""
    at = text.find(name)
    while at >= 0:
        before = _WORD_OF_BEFORE.search(text, max(0, at - 20), at)
        if before is not None and before.group(1).casefold() in SETTLEMENT_OF_WORDS:
            return True
        after = _TOLD_A_SETTLEMENT_AFTER.match(text, at + len(name))
        if after is not None and (after.group(1) in SETTLEMENTS_OF or after.group(2) in SETTLEMENTS_OF):
            return True
        at = text.find(name, at + len(name))
    return False
