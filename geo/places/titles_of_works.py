"""Titles of works: "the film Casablanca", "her novel A Passage to India", "the series
Fargo". After a determiner and a noun for a work, the capitalised words that follow
(with the short words inside a title: "to", "of", "the"; not "in", "at": "the film
Casablanca in Rabat" was shown in Rabat) are the work's title; a place's name inside it
names no place."""

from __future__ import annotations

import re

from geo.places.model import Mention
from geo.places.words import FUNCTION_WORDS, STRONG_LOCATIVES, word_set

WORK_NOUNS = word_set("work_nouns")  # "film", "novel"
# A determiner, at most two words ("1942", "hit", "latest"), a work's noun, an opening
# quote perhaps, and the title's first capital.
_WORK = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]hose) (?:[\w-]+ ){0,2}?("
                   + "|".join(sorted(WORK_NOUNS, key=len, reverse=True)) + r"),? [\"\u201c\u2018']?(?=[A-Z])")
_TITLE_WORD = re.compile(r"([A-Z][\w'\u2019.-]*|[a-z]+)([ ,:]?)")


def title_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the titles that follow a work's noun in ``text``: capitalised words
    and the short words between them, ending on a capitalised word."""
    if not any(noun in text for noun in _GATE):  # (most texts name no work)
        return []
    spans = []
    for m in _WORK.finditer(text):
        start = at = end = m.end()
        while True:
            w = _TITLE_WORD.match(text, at)
            if w is None:
                break
            word = w.group(1)
            if word[0].isupper():
                end = at + len(word)
            elif word not in FUNCTION_WORDS or word in STRONG_LOCATIVES:
                break  # (not "the film Casablanca in Rabat": where it was shown)
            if w.group(2) != " ":  # (punctuation or the end: the title ends)
                break
            at = w.end()
        if end > start:
            spans.append((start, end))
    return spans


_GATE = tuple(sorted({noun[:4] for noun in WORK_NOUNS}))


def without_titles_of_works(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less those inside a work's title (``title_spans``)."""
    spans = title_spans(text)
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
