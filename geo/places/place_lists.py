"""Lists of places: a name coordinated with towns ("Katsina, Zaria and Jackson", "between
Tulsa or Lindsay") is a town too, whatever else the word may be.

A word that is also a given name passes recognition only after a locative ("in
Lindsay"), since "to Grace" or "with Kent" are people. A list reads otherwise: names
joined by commas, "and" or "or" are things of one kind, and where one of them is
plainly a town ("Gainesville"), a given name beside it ("Lindsay") is a town as well.
"""

from __future__ import annotations

from geo.gazetteer import Gazetteer
from geo.places.name_facts import name_facts
from geo.places.people import COMMON_WORD_RANK
from geo.places.text import Text

_CONJUNCTIONS = ("and", "or")
MAX_CONJUNCTS = 6  # names walked each way along a list
MAX_NAME_WORDS = 4  # words of one listed name ("Pleasant Grove City")


def listed_with_a_town(t: Text, i: int, gz: Gazetteer) -> bool:
    """Whether the one-word name at token i stands in a list (commas, "and", "or")
    beside another name that is plainly a town: one the gazetteer has as a town's or a
    major place's main name, that is no person met in the text and, where it is itself
    a given name or an ordinary word, that the text puts something in."""
    return any(_plainly_a_town(t, a, b, gz) for a, b in _conjuncts(t, i))


def _conjuncts(t: Text, i: int):
    """The [a, b) token ranges of the other names of the list token i stands in."""
    text, starts, ends, words = t.text, t.starts, t.ends, t.words
    k = i
    for _ in range(MAX_CONJUNCTS):  # leftwards: "Tulsa, |", "Tulsa and |", "Tulsa, and |"
        if k < 2:
            break
        gap = text[ends[k - 1] : starts[k]]
        if gap == ", ":
            end = k - 1
        elif gap == " " and words[k - 1] in _CONJUNCTIONS and text[ends[k - 2] : starts[k - 1]] in (" ", ", "):
            end = k - 2
        else:
            break
        if not t.capitalised(end):
            break
        a = end
        while a > 0 and end - a < MAX_NAME_WORDS - 1 and t.capitalised(a - 1) and text[ends[a - 1] : starts[a]] == " ":
            a -= 1
        yield a, end + 1
        k = a
    n = len(words)
    k = i + 1
    for _ in range(MAX_CONJUNCTS):  # rightwards: "|, Tulsa", "| and Tulsa", "|, and Tulsa"
        if k + 1 >= n:
            break
        gap = text[ends[k - 1] : starts[k]]
        if words[k] in _CONJUNCTIONS and gap in (" ", ", ") and text[ends[k] : starts[k + 1]] == " ":
            start = k + 1
        elif gap == ", ":
            start = k
        else:
            break
        if not t.capitalised(start):
            break
        b = start + 1
        while b < n and b - start < MAX_NAME_WORDS and t.capitalised(b) and text[ends[b - 1] : starts[b]] == " ":
            b += 1
        yield start, b
        k = b


def _plainly_a_town(t: Text, a: int, b: int, gz: Gazetteer) -> bool:
    if t.words[b - 1] in t.surnames or any(k in t.person_tokens for k in range(a, b)):
        return False  # "Ann Lee and Kent": a person's name
    key = t.key(a, b)
    rows = gz.rows_for_key(key)
    if not rows:
        return False
    facts = name_facts(gz, key, rows)
    if not (facts.towns or facts.major_by_name):
        return False
    if b - a == 1 and (facts.given_name or facts.rank is not None and facts.rank < COMMON_WORD_RANK):
        return t.located(key)  # "Jackson and Kent" may be two people, unless "in Jackson" stands somewhere
    return True
