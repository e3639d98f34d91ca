"""How names become lookup keys: one normalisation for the index and for text.

``normalize_name`` makes the key every name is indexed and looked up by;
``name_skeleton`` a coarser key under which transliterations of one name meet;
``spelling_key`` the key under which a newswire spelling of an Arabic, Persian or Slavic
name meets the gazetteer's ("Hodeidah" and "Al Hudaydah", "Qamishli" and "Al Qamishli").
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
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


# Arabic articles (with the sun letters' assimilated forms) that transliterations write,
# drop or join differently: "Al Qamishli" / "Qamishli", "Deir ez-Zor" / "Deir al-Zour".
_ARTICLES = frozenset("al el il ul an ar as ash at ath ad adh az ed en er es et ez".split())
# Letters one romanisation writes as two and another as one (or as another one).
_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("ph", "f"), ("dh", "d"), ("th", "t"), ("sh", "s"), ("zh", "j"),
             ("dj", "j"), ("ch", "x"), ("ck", "k"), ("q", "k"), ("c", "k"))


@lru_cache(maxsize=20_000)  # (texts ask it of a few thousand names; a build, of every town)
def spelling_key(key: str) -> str:
    """The key of a normalised name under which its romanisations meet: Arabic articles
    dropped, letters that romanisations swap merged (kh/k, q/k, dh/d, sh/s …), every run
    of vowels one "a" (with "y" after a letter and "w" after a vowel: "ay", "aw"), double
    letters single, and an "h" that ends a vowel ("-ah"/"-a") dropped.

    "hodeidah", "al hudaydah" -> "hadada"; "qamishli", "al qamishli" -> "kamasla";
    "falluja", "al fallujah" -> "faluja". Coarse on purpose: it is asked only of names
    the gazetteer does not know, and answers only its well-populated places."""
    words = key.split()
    if len(words) > 1:
        words = [w for w in words if w not in _ARTICLES] or words
    s = "".join(ch for ch in "".join(words) if "a" <= ch <= "z")
    for two, one in _DIGRAPHS:
        if two in s:
            s = s.replace(two, one)
    out: list[str] = []
    previous = ""
    for ch in s:
        if ch in "aeiou" or ch == "y" and out or ch == "w" and previous in _VOWEL_LETTERS:
            letter = "a"
        else:
            letter = ch
        previous = ch
        if not out or out[-1] != letter:
            out.append(letter)
    if len(out) > 2 and out[-1] == "h" and out[-2] == "a":
        out.pop()
    return "".join(out)


_VOWEL_LETTERS = frozenset("aeiouy")


def spelt_alike(key: str, other: str, threshold: float) -> bool:
    """Whether ``SequenceMatcher(None, key, other, autojunk=False).ratio()`` is at least
    ``threshold``. Its cheap upper bounds are asked first (the share of letters the
    shorter key could match at most, then the letters the two have in common): most
    pairs asked are far apart, and the matcher's tables cost tens of microseconds."""
    length = len(key) + len(other)
    if not length or 2.0 * min(len(key), len(other)) / length < threshold:  # (difflib's real_quick_ratio)
        return not length and threshold <= 1.0
    # difflib's quick_ratio (the letters the two share, as multisets), counted by
    # str.count in C: building the matcher indexes every letter of ``other`` first,
    # which most pairs, this far apart, never need.
    if 2.0 * sum(min(key.count(c), other.count(c)) for c in set(key)) / length < threshold:
        return False
    return SequenceMatcher(None, key, other, autojunk=False).ratio() >= threshold


def is_latin_name(name: str) -> bool:
    """Whether a name is one an English text can contain; GeoNames' Arabic, Cyrillic,
    CJK … forms (a large part of the alternate names) can never match and would only
    cost memory."""
    return all(ord(c) < 0x250 or unicodedata.combining(c) or c in "\u2019\u02bf\u02be" for c in name)


def looks_like_code(name: str) -> bool:
    """GeoNames lists IATA/ICAO codes and abbreviations among alternate names ("IXQ");
    as lookups they would turn acronyms in text into towns."""
    return len(name) <= 4 and name.isupper()
