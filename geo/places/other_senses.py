"""What recognition drops after it has found the text's names: names that stand for
something else there than the place. Things named after places ("Lassa fever", "Grad
rockets", "Nokia": ``named_things``), titles of works ("the film Casablanca":
``titles_of_works``), web addresses ("www.….com/Nairobi": ``web_addresses``) and
demonyms inside a region's or a people's name ("Latin American", "African-American")."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer
from geo.places.model import Mention
from geo.places.named_things import without_named_things
from geo.places.text import Text
from geo.places.titles_of_works import without_titles_of_works
from geo.places.web_addresses import without_web_addresses
from geo.places.words import word_set

DEMONYM_PREFIXES = word_set("demonym_prefixes")  # "Latin" of "Latin American"
_PREFIX_BEFORE = re.compile(r"([A-Z][a-z]+)[ -]$")


def without_other_senses(t: Text, mentions: list[Mention], gz: Gazetteer) -> list[Mention]:
    """``mentions`` less things named after places, titles of works, addresses and
    demonyms inside a region's or a people's name."""
    text = t.text
    mentions = [m for m in mentions if m.kind != "demonym" or not _after_prefix(text, m.start)]
    return without_web_addresses(text, without_titles_of_works(text, without_named_things(t, mentions, gz)))


def _after_prefix(text: str, start: int) -> bool:
    """Whether a demonym at ``start`` follows a region's or a people's word ("Latin
    American", "African-American")."""
    before = _PREFIX_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).casefold() in DEMONYM_PREFIXES
