"""What recognition drops after it has found the text's names: names that stand for
something else there than the place. Things named after places ("Lassa fever", "Grad
rockets", "Nokia": ``named_things``), titles of works ("the film Casablanca":
``titles_of_works``), web addresses ("www.….com/Nairobi": ``web_addresses``) and
demonyms inside a region's or a people's name ("Latin American", "African-American");
sports clubs named after places ("Oldtown Rovers": ``_club_name``); names of faiths
and their people that some town shares ("Ahmadi mosques", "Parsi families"),
unless the text puts something in the place; and a word doubled into a common noun
("a Tuk tuk driver", "Piri piri sauce": ``_doubled_word``); a people's name before a
word for its group ("the Oldtown clan", "Oldtown tribesmen", ``people_group_words.txt``)."""


from __future__ import annotations

import re

from geo.gazetteer import Gazetteer
from geo.places.model import Mention
from geo.places.named_things import TOWN_LOCATIVES, names_a_thing
from geo.places.text import Text
from geo.places.titles_of_works import title_spans
from geo.places.web_addresses import inside_web_address
from geo.places.words import word_set

DEMONYM_PREFIXES = word_set("demonym_prefixes")  # "Latin" of "Latin American"
CLUB_WORDS = word_set("club_words")  # "Rovers" of "Oldtown Rovers"
FAITH_NAMES = word_set("faith_names")  # "Ahmadi", "Parsi": a faith's people, not a town
PEOPLE_GROUP_WORDS = word_set("people_group_words")  # "clan" of "the Oldtown clan"
ETHNIC_GROUP_NOUNS = word_set("ethnic_group_nouns")  # "group" of "the Oldtown ethnic group"
_CLUB_TAIL_AFTER = re.compile(r"[ -](\S+?)(?=[\s,.;:!?)'\u2019]|$)")
_PREFIX_BEFORE = re.compile(r"([A-Z][a-z]+)[ -]$")
_WORD_AFTER = re.compile(r"[ -](\w+)")
_GROUP_WORD_AFTER = re.compile(r" ([\w-]+)(?: (\w+))?")
_WORD_BEFORE = re.compile(r"(?<!\w)(\w+)[ -]$")


def without_other_senses(t: Text, mentions: list[Mention], gz: Gazetteer) -> list[Mention]:
    """``mentions`` less things named after places, titles of works, addresses,
    demonyms inside a region's or a people's name, places inside a club's name and
    faiths' names, and words doubled into a noun (one pass over the mentions)."""
    text = t.text
    titles = title_spans(t)
    return [m for m in mentions if not (
        m.kind == "demonym" and _after_prefix(text, m.start) or names_a_thing(t, m, gz) or inside_web_address(text, m)
        or _club_name(text, m) or _doubled_word(text, m) or _names_a_people(t, m, gz) or m.text.casefold() in FAITH_NAMES and not t.located(m.text.casefold(), TOWN_LOCATIVES)
        or titles and any(a <= m.start and m.end <= b for a, b in titles))]


def _after_prefix(text: str, start: int) -> bool:
    """Whether a demonym at ``start`` follows a region's or a people's word ("Latin
    American", "African-American")."""
    before = _PREFIX_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).casefold() in DEMONYM_PREFIXES


def _club_name(text: str, m: Mention) -> bool:
    """Whether the mention is a place's name inside a sports club's: a club's word in
    capitals right after it ("Oldtown Rovers", "Paris Saint-Germain"). ("City" says
    nothing: "Quezon City" is the city.)"""
    end = m.end
    if text[end : end + 1] not in (" ", "-") or not text[end + 1 : end + 2].isupper():
        return False  # (most mentions: no capital after)
    after = _CLUB_TAIL_AFTER.match(text, end)
    return after is not None and after.group(1) in CLUB_WORDS


def _doubled_word(text: str, m: Mention) -> bool:
    """Whether a one-word mention is said twice in a row, as a reduplicated noun is
    ("a Tuk tuk driver", "Piri-piri sauce", "Tuk Tuk riders"). A place whose whole name
    is doubled ("Walla Walla") is one mention of both words and stays."""
    word = m.text.casefold()
    if not word.isalpha():
        return False
    after = _WORD_AFTER.match(text, m.end)
    if after is not None and after.group(1).casefold() == word:
        return True
    before = _WORD_BEFORE.search(text, max(0, m.start - len(word) - 2), m.start)
    return before is not None and before.group(1).casefold() == word


def _names_a_people(t: Text, m: Mention, gz: Gazetteer) -> bool:
    """Whether a name is a people's or a clan's: a word for the group follows it ("the
    Oldtown clan", "Oldtown tribesmen", "the Oldtown ethnic group"), and the text puts
    nothing in the place. (Not a demonym, nor a name a country or a province has: "Chad
    ethnic groups", "Kerala clans" are the region's.)"""
    after = _GROUP_WORD_AFTER.match(t.text, m.end)
    if after is None or m.kind == "demonym" or not m.rows:  # (a name the gazetteer lacks: "Upper Oldtown clans")
        return False
    word, noun = after.group(1).casefold(), (after.group(2) or "").casefold()
    return (word in PEOPLE_GROUP_WORDS or word == "ethnic" and noun in ETHNIC_GROUP_NOUNS) \
        and not t.located(m.text.casefold(), TOWN_LOCATIVES) and not any(gz.feature_code[r] in _REGIONS for r in m.rows)


_REGIONS = frozenset(("PCLI", "ADM1"))  # a country or a province named like its people says where it is
