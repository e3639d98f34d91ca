"""How names become lookup keys: one normalisation for the index and for text.

``normalize_name`` makes the key every name is indexed and looked up by;
``name_skeleton`` a coarser key under which transliterations of one name meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02bf\u02be'`´]")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_/.,()]+")

# Abbreviations that open English place names: "St. Louis", "Mt. Shasta", "Ft. Worth".
LEADING_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def normalize_name(name: str) -> str:
    """The lookup key of a name: no diacritics or apostrophes, lower case, hyphens as
    spaces, an opening "St."/"Mt."/"Ft." spelt out.

    "Ālbū Kamāl", "Albu Kamal" and "albu-kamal" share a key; so do "Sana'a" and "Sanaa",
    and "St. Louis" and "Saint Louis".
    """
    if name.isascii():  # most names: no diacritics to take off
        if name.isalpha():  # one plain word: nothing to take off, replace or spell out
            return name.lower()
        stripped = _APOSTROPHES.sub("", name)
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        stripped = _APOSTROPHES.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)))
    return expand_leading_abbreviation(_SEPARATORS.sub(" ", stripped).strip().casefold())


def expand_leading_abbreviation(key: str) -> str:
    """"st louis" -> "saint louis" (a key of several words only: "St" alone stays)."""
    first, space, rest = key.partition(" ")
    return f"{LEADING_ABBREVIATIONS[first]} {rest}" if space and first in LEADING_ABBREVIATIONS else key


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """``normalize_name`` of one word; plain ASCII words need only lower-casing."""
    return word.lower() if word.isascii() and word.isalpha() else normalize_name(word)


_VOWELS = str.maketrans("", "", "aeiouy")


def name_skeleton(key: str) -> str:
    """"awaday" and "aweday" -> "awd": the first letter, then consonants without repeats,
    with the letters transliterations swap (kh/k, gh/g, q/k, c/k, ph/f) merged."""
    s = "".join(ch for ch in key if "a" <= ch <= "z")
    if not s:
        return ""
    s = s[0] + s[1:].translate(_VOWELS)
    s = s.replace("kh", "k").replace("gh", "g").replace("ph", "f").replace("q", "k").replace("c", "k")
    out = [s[0]]
    for ch in s[1:]:
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


def is_latin_name(name: str) -> bool:
    """Whether a name is one an English text can contain; GeoNames' Arabic, Cyrillic,
    CJK … forms (a large part of the alternate names) can never match and would only
    cost memory."""
    return all(ord(c) < 0x250 or unicodedata.combining(c) or c in "\u2019\u02bf\u02be" for c in name)


def looks_like_code(name: str) -> bool:
    """GeoNames lists IATA/ICAO codes and abbreviations among alternate names ("IXQ");
    as lookups they would turn acronyms in text into towns."""
    return len(name) <= 4 and name.isupper()
