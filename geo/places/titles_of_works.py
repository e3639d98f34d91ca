"""Titles of works: "the film Casablanca", "her novel A Passage to India", "the series
Fargo". After a determiner and a noun for a work, the capitalised words that follow
(with the short words inside a title: "to", "of", "the"; not "in", "at": "the film
Casablanca in Rabat" was shown in Rabat) are the work's title; a place's name inside it
names no place."""

from __future__ import annotations

import re

from geo.places.text import Text
from geo.places.words import FUNCTION_WORDS, STRONG_LOCATIVES, word_set

WORK_NOUNS = word_set("work_nouns")  # "film", "novel"
# A work's noun after a space, an opening quote perhaps, and the title's first capital
# (matched where a substring scan found the noun); and, before the noun, a determiner
# and at most two words ("the 1942 film", "her latest novel").
_NOUN_THEN_CAPITAL = re.compile(" (?:" + "|".join(sorted(sorted(WORK_NOUNS), key=len, reverse=True))
                                + r"),? [\"\u201c\u2018']?(?=[A-Z])")
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]hose)(?: [\w-]+){0,2}$")
_TITLE_WORD = re.compile(r"([A-Z][\w'\u2019.-]*|[a-z]+)([ ,:]?)")


def title_spans(t: Text) -> list[tuple[int, int]]:
    """(start, end) of the titles that follow a work's noun in the text: capitalised
    words and the short words between them, ending on a capitalised word. (A title
    opens a capitalised run: only the word before each run is looked at.)"""
    text, words = t.text, t.words
    spans = []
    for i, _j in t.runs:
        if i and words[i - 1] in WORK_NOUNS:
            at = t.starts[i - 1] - 1
            m = _NOUN_THEN_CAPITAL.match(text, at)
            if m is not None and _DETERMINER_BEFORE.search(text, max(0, at - 30), at) is not None:
                span = _title(text, m.end())
                if span is not None:
                    spans.append(span)
    return spans


def _title(text: str, start: int) -> tuple[int, int] | None:
    """The title that starts at ``start``: capitalised words and short words between
    them, up to a lower-case word, a locative or punctuation."""
    at = end = start
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
    return (start, end) if end > start else None
