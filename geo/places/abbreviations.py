"""States and provinces as North American newspapers abbreviate them: "Topeka, Kan.",
"Burlington, Vt.", "Springfield, IL 62701", "(Ind.)", "Sen. Ada Holt, R-Tenn."; and the
short forms and English names of ``short_forms.tsv`` ("NSW", "DPRK", "Britain",
"Democratic Republic of Congo")."""

from __future__ import annotations

import re
from functools import lru_cache

from geo.gazetteer import Gazetteer
from geo.places.model import Mention
from geo.places.words import (
    COMPANY_WORDS,
    FUNCTION_WORDS,
    INSTITUTION_WORDS,
    PLACE_WORDS,
    TITLES,
    normalize_name,
    table_rows,
    word_set,
)

# The shape of a state abbreviation: "Kan.", "W. Va.", "N.Y.", or a postal code followed
# by punctuation, a ZIP code or the end of the text. (The capital comes first and the
# character before it is checked after: a pattern that opens with a character set is
# scanned for in C, three times faster than one that opens with a lookbehind.)
_ABBREVIATION = re.compile(r"([A-Z](?<![\w.].)(?:[a-z]{0,4}\.(?: ?[A-Z][a-z]{0,2}\.)*|[A-Z](?=[,.;:)]|\s+\d|\s*$)))")
_US_PAIR = re.compile(r"[A-Z]\.[A-Z][a-z]?\.")
_PARTY = re.compile(r"\b[DRI]-$")


def abbreviation_mentions(text: str, gz: Gazetteer) -> list[Mention]:
    """State abbreviations after a town's name ("Topeka, Kan."), in brackets ("(Ind.)")
    or after a party letter ("D-S.C."); "D.C.", "N.Y." anywhere. "Ga." or "IN" elsewhere
    are other words, "B.C." may be a date and "OK" a word."""
    found = []
    for m in _ABBREVIATION.finditer(text):
        surface = m.group(1)
        row = gz.abbreviations.get(surface) or gz.abbreviations.get(surface.replace(". ", ".")) \
            or gz.postal_codes.get(surface)
        if row is None:
            continue
        start = m.start()
        before = text[max(0, start - 2) : start]
        if before == ", ":
            word = text.rfind(" ", 0, start - 2) + 1  # "Topeka, Kan.": the word before the comma is a name
            if not text[word : word + 1].isupper():
                continue
        elif not (before.endswith("(") or _PARTY.search(text, max(0, start - 3), start)
                  or (_US_PAIR.fullmatch(surface) and gz.country_code[row] == "US")
                  or _modifies_a_noun(text, m.end(), surface)):
            continue
        found.append(Mention(start, m.end(), surface, (row,), kind="abbreviation", gazetteer=gz))
    return found


# Abbreviations that are also a title or a word's ("Miss. Ames", "Man."), never read
# as a state before a noun.
_NOT_BEFORE_NOUN = frozenset({"Miss.", "Man."})
_LOWER_WORD = re.compile(r" [a-z]{2,}\b")


def _modifies_a_noun(text: str, end: int, surface: str) -> bool:
    """Whether a dotted state abbreviation stands before a noun in lower case, as
    headlines write a state's people and things ("Ill. teacher honoured", "a Tenn. prison",
    "Conn. lawmakers")."""
    if not surface.endswith(".") or surface in _NOT_BEFORE_NOUN:
        return False
    word = _LOWER_WORD.match(text, end)
    # (not before "and", "by" …: "of Ga. and"; nor a dotted pair after a number: "200 B.C. by")
    return word is not None and word.group()[1:] not in FUNCTION_WORDS and not (
        surface.count(".") > 1 and _AFTER_NUMBER.search(text, max(0, end - len(surface) - 3), end - len(surface)))


# A short form stands alone: not inside a longer word or dotted abbreviation, and a
# dotted one not after a number ("300 B.C.", "5 p.m.").
_AFTER_NUMBER = re.compile(r"\d\s*$")
_short_form_tables: dict[int, tuple[Gazetteer, tuple, dict[str, int]]] = {}


@lru_cache(maxsize=8)
def _short_form_pattern(surfaces: tuple[str, ...]) -> re.Pattern | None:
    """One pattern of ``surfaces``: longest first, grouped by first character, each
    group written as that character and then the check of the one before it (a pattern
    that opens with characters is scanned for in C; one that opens with a lookbehind is
    tried at every offset)."""
    if not surfaces:
        return None
    groups: dict[str, list[str]] = {}
    for surface in sorted(surfaces, key=len, reverse=True):
        groups.setdefault(surface[0], []).append(re.escape(surface[1:]))
    alternatives = "|".join(f"{re.escape(first)}(?<![\\w.\\-].)(?:{'|'.join(rests)})"
                            for first, rests in groups.items())
    return re.compile(rf"(?:{alternatives})(?!\w|\.\w)")


def _short_form_table(gz: Gazetteer) -> tuple[tuple, dict[str, int]]:
    """The short forms this gazetteer can place, and surface -> row. The first are
    (every short form, the pattern of those that open with no small letter, the
    others): the scan stops at every character a short form can open with, and one
    that opens with a small letter ("sub-Saharan Africa") would stop it at every "s" of
    every text; such a short form is looked for only in a text that holds it (the same
    spans, as nowhere else can it match), by the pattern of every short form, compiled
    then."""
    cached = _short_form_tables.get(id(gz))
    if cached is not None and cached[0] is gz:
        return cached[1], cached[2]
    rows = table_rows(gz, "short_forms")
    small = tuple(surface for surface in rows if surface[:1].islower())
    forms = (tuple(rows), _short_form_pattern(tuple(s for s in rows if s not in small)), small)
    _short_form_tables[id(gz)] = (gz, forms, rows)
    return forms, rows


def short_form_mentions(text: str, gz: Gazetteer) -> list[Mention]:
    """Short forms and English names of places ("NSW", "DPRK", "B.C.", "Britain",
    "Democratic Republic of Congo") wherever they stand as words."""
    (every_form, no_small, small), rows = _short_form_table(gz)
    pattern = _short_form_pattern(every_form) if small and any(surface in text for surface in small) else no_small
    if pattern is None:
        return []
    found = []
    for m in pattern.finditer(text):
        surface = m.group()
        if "." in surface and _AFTER_NUMBER.search(text, max(0, m.start() - 3), m.start()):
            continue
        if text[m.start() - 1 : m.start()] == " " and _ends_an_organisation_name(text, m.start(), surface, gz):
            continue
        found.append(Mention(m.start(), m.end(), surface, (rows[surface],), gazetteer=gz))
    return found


FREQUENT_WORD_RANK = 500  # "one", "way", "most": words too frequent to head a name before "of"
ORGANISATION_HEADS = word_set("organisation_heads") | INSTITUTION_WORDS | COMPANY_WORDS | TITLES
# The capitalised word before a short form, and "of" between them if it is there.
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) (of )?$")


def _ends_an_organisation_name(text: str, start: int, surface: str, gz: Gazetteer) -> bool:
    """Whether the short form at ``start`` ends an organisation's, title's or team's name:
    after the name's head ("Club America", "Team Britain") or after a capitalised word
    and "of" ("Bank of America", "the Voice of America", "Boy Scouts of America"); not
    after a place word or a function word ("North America", "In America"), nor where the
    two words are a place's name ("Latin America")."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return False
    word = before.group(1).casefold()
    if word in FUNCTION_WORDS or word in PLACE_WORDS or gz.has_key(normalize_name(f"{word} {surface}")):
        return False
    if before.group(2):
        # (but "the President of America": the country's office; "One of America's", "the
        # Rest of Britain": a frequent word, no organisation's head)
        return word not in TITLES and gz.word_ranks.get(word, FREQUENT_WORD_RANK) >= FREQUENT_WORD_RANK
    return word in ORGANISATION_HEADS


def short_form_row(surface: str, gz: Gazetteer) -> int | None:
    """The row a short form names ("NSW" -> New South Wales), if it is one."""
    return _short_form_table(gz)[1].get(surface.strip())
