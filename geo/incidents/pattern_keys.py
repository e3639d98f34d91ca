"""What a pattern's structure says about where its matches can be (``re._parser``'s parse).

:func:`start_keys`: the folded prefixes (one to three letters) of the word every match
starts at; :func:`required_factors`: strings one of which every match contains;
:func:`branch_keys`: for a pattern whose alternatives mostly open with known words but
one or two may open with any word ("(?-i:[a-z]+ed) to death"), the prefixes of the
former and the strings every match through the latter contains. Read by
:mod:`geo.incidents.prefilter`, which tries a pattern only where these allow a match.
"""

from __future__ import annotations

import re
from re import _constants as _c
from re import _parser

from geo.incidents.pattern_openings import DIGIT_CLASS as _DIGIT_CLASS
from geo.incidents.pattern_openings import Reading, Unknown, _open, canonical, class_chars, grow, walk

KEY_LENGTH = 3
_UNANCHORED = "\0"  # before the pattern's opening \b: a match may start inside a word
_MAX_STATES = 4096
BROAD = 6  # more one-letter openings than this: nearly every word is a candidate
# After a key of ``_start_keys(..., exact=True)``: the word is those letters and no more ("a"
# of "a hundred" opens the word "a", never "attack"). Keys are word characters: no clash.
WHOLE_WORD = " "


def key_lookups(key: str) -> list[str]:
    """The keys a pattern is filed under that a word of first letters ``key`` can open:
    its first one to three letters, and, for a word shorter than ``KEY_LENGTH`` (all of it
    is ``key``), ``key`` as a whole word."""
    return [key[:n] for n in range(1, len(key) + 1)] + ([key + WHOLE_WORD] if len(key) < KEY_LENGTH else [])
_NON_WORD_CATEGORIES = (_c.CATEGORY_SPACE, _c.CATEGORY_UNI_SPACE, _c.CATEGORY_NOT_WORD, _c.CATEGORY_UNI_NOT_WORD)


def start_keys(pattern: re.Pattern) -> frozenset[str] | None:
    """The folded prefixes (one to three letters) one of which opens the word every match
    of ``pattern`` starts at; ``None`` when a match need not start at a word's start or
    its first letters cannot be told. A digit class (``\\d``) counts as the ten ASCII
    digits: the prefixes hold for text whose words are ASCII (:func:`ascii_words`)."""
    keys = _start_keys(pattern)[0]
    return keys if keys is None else frozenset(k.rstrip(WHOLE_WORD) for k in keys)


def _start_keys(pattern: re.Pattern, exact: bool = False) -> tuple[frozenset[str] | None, bool]:
    """``start_keys``, and whether they read a digit class as ASCII digits. ``exact``: a
    key shorter than ``KEY_LENGTH`` that the pattern follows with a character no word
    holds (a space, a hyphen, "\\s") ends in ``WHOLE_WORD``: it opens only the word it
    spells, as :func:`word_starts` gives it (a shorter word's first letters are all of it)."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a pattern re compiled always parses
        return None, False
    done: set[str] = set()
    notes: set[str] = set()
    try:
        done |= _walk(list(parsed), {_UNANCHORED}, done, notes)
    except Unknown:
        return None, False
    if not done or any(k.rstrip(WHOLE_WORD) in ("", _UNANCHORED) or _UNANCHORED in k for k in done):
        return None, False
    if not exact:
        done = {k.rstrip(WHOLE_WORD) for k in done}
    else:  # three letters or more: the word may go on ("and" of "and then" is in "android" too)
        done = {k if len(k) <= KEY_LENGTH else k.rstrip(WHOLE_WORD) for k in done}
    return frozenset(done), _DIGIT_CLASS in notes


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _extend(states: set[str], chars: set[str], done: set[str]) -> set[str]:
    if _UNANCHORED in states:
        raise Unknown  # a letter before any \b: the match may start inside a word
    return grow(states, chars, done, KEY_LENGTH, _MAX_STATES)


def _is_word_boundary(op, av) -> bool:
    if op is _c.AT:
        return av in (_c.AT_BOUNDARY, _c.AT_UNI_BOUNDARY, _c.AT_LOC_BOUNDARY)
    if op is _c.ASSERT_NOT and av[0] == -1 and len(av[1]) == 1:  # (?<!\w)
        (sub_op, sub_av), = list(av[1])
        return sub_op is _c.IN and list(sub_av) == [(_c.CATEGORY, _c.CATEGORY_WORD)]
    return False


class _KeyReading(Reading):
    """Word characters counted up to ``KEY_LENGTH``, case-folded; a word boundary anchors
    the match's start, a character no word holds ends the word (``WHOLE_WORD``); the
    notes of the classes read (``DIGIT_CLASS``) are kept."""

    def __init__(self, notes: set[str]):
        self.notes = notes

    def step(self, op, av, states: set[str], done: set[str]) -> set[str]:
        if _is_word_boundary(op, av):
            return {"" if s == _UNANCHORED else s for s in states}
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            return states  # zero width: the next character still opens the match
        if op is _c.IN and all(o is _c.CATEGORY and a in _NON_WORD_CATEGORIES for o, a in av):
            done |= {s + WHOLE_WORD for s in states}  # "\\s", "\\W": the word ends here
            return set()
        if op is _c.LITERAL or op is _c.IN:
            chars = {chr(av)} if op is _c.LITERAL else class_chars(av, self.notes)
            if chars is None:
                done |= states  # any letter may follow: the prefix so far must do
                return set()
            word = {canonical(ch) for ch in chars if _is_word(ch)}
            if not all(map(_is_word, chars)):  # ("[Mm]" folds to one letter: still a word's)
                done |= {s + WHOLE_WORD for s in states}  # a space or a hyphen: the word ends here
            return _extend(states, word, done) if word else set()
        done |= states
        return set()


def _walk(items, states: set[str], done: set[str], notes: set[str]) -> set[str]:
    """The prefixes still growing after ``items`` (those complete or cut short go to
    ``done``), starting from ``states``."""
    return walk(items, states, done, _KeyReading(notes))


def required_factors(pattern: re.Pattern) -> frozenset[str] | None:
    """Folded strings one of which every match of ``pattern`` contains (each at least
    ``KEY_LENGTH`` characters), or ``None`` when the pattern has none to tell."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover
        return None
    factors = _factors(list(parsed))
    return frozenset(factors) if factors else None


def _factors(items) -> set[str] | None:
    """The best set of strings one of which a match of ``items`` must contain."""
    best: set[str] | None = None

    def consider(found: set[str] | None) -> None:
        nonlocal best
        if found and min(map(len, found)) >= KEY_LENGTH and (
                best is None or (min(map(len, found)), -len(found)) > (min(map(len, best)), -len(best))):
            best = found

    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += canonical(chr(av))
            continue
        consider({run} if run else None)
        run = ""
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            run = ""
        elif op is _c.SUBPATTERN:
            consider(_factors(list(av[-1])))
        elif op is _c.ATOMIC_GROUP:
            consider(_factors(list(av)))
        elif op is _c.BRANCH:
            union: set[str] = set()
            for alternative in av[1]:
                sub = _factors(list(alternative))
                if not sub:
                    union = set()
                    break
                union |= sub
            consider(union or None)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_factors(list(av[2])))
    consider({run} if run else None)
    return best


def broad(keys) -> bool:
    """Keys (as ``_start_keys(..., exact=True)`` gives them) that open nearly every word:
    more than ``BROAD`` one-letter keys."""
    return sum(len(k) == 1 and not k.isdigit() for k in keys) > BROAD


def _top_branch(items) -> tuple[list, list, list] | None:
    """(the zero-width items before the pattern's first alternation, its alternatives, the
    items after it) when the pattern opens with one (``\\b(?:a|b|c)\\b``), else None."""
    for k, (op, av) in enumerate(items):
        if op is _c.BRANCH:
            return items[:k], [list(alt) for alt in av[1]], items[k + 1:]
        if op is _c.SUBPATTERN:
            inner = list(av[-1])
            if av[1] or av[2] or len(inner) != 1 or inner[0][0] is not _c.BRANCH:
                return None  # flags of its own, or more than one alternation inside
            return items[:k], [list(alt) for alt in inner[0][1][1]], items[k + 1:]
        if op not in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            return None  # the alternation must open the match
    return None


def branch_keys(pattern: re.Pattern) -> tuple[frozenset[str], bool, frozenset[str]] | None:
    """For a pattern opening with an alternation of which some alternatives open with a
    few known words and the others may open with nearly any word but each holds a string
    of its own ("kill|murder|(?-i:[a-z]+ed) to death"): (the keys of the former as
    ``_start_keys(..., exact=True)`` gives them, whether they read a digit class as ASCII
    digits, the strings one of which every match through the latter contains). In a text
    holding none of those strings, a match opens at a word with one of the keys. None
    when the pattern is no such alternation."""
    split = _branch_split(pattern)
    if split is None:
        return None
    keys, notes, escapes, _ = split
    return frozenset(keys), _DIGIT_CLASS in notes, frozenset(escapes)


def branch_openings(pattern: re.Pattern, ascii_digits: bool = False) -> frozenset[str] | None:
    """:func:`openings` of the alternatives :func:`branch_keys` keys ``pattern`` by, with
    what comes before and after them: in a text holding none of the strings the other
    alternatives need, every match opens with one of them ("is on strike": the word "is"
    followed by anything else opens no match, though "\\w+-day strike" may open with any
    word). None when the pattern is no such alternation or they cannot be told."""
    split = _branch_split(pattern)
    if split is None:
        return None
    keyed = split[3]
    done: set[str] = set()
    try:
        for items in keyed:
            done |= _open(items, {""}, done, ascii_digits)
    except Unknown:
        return None
    if not done or "" in done:
        return None
    return frozenset(done)


def _branch_split(pattern: re.Pattern) -> tuple[set[str], set[str], set[str], list[list]] | None:
    """(keys, notes, escapes, the keyed alternatives with what comes before and after
    them) of :func:`branch_keys`."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a pattern re compiled always parses
        return None
    split = _top_branch(list(parsed))
    if split is None:
        return None
    before, alternatives, after = split
    keys: set[str] = set()
    escapes: set[str] = set()
    notes: set[str] = set()
    keyed_items: list[list] = []
    for alternative in alternatives:
        done: set[str] = set()
        found_notes: set[str] = set()
        try:
            done |= _walk(before + alternative + after, {_UNANCHORED}, done, found_notes)
            keyed = bool(done) and not any(k.rstrip(WHOLE_WORD) in ("", _UNANCHORED) or _UNANCHORED in k for k in done)
        except Unknown:
            keyed = False
        if keyed and not broad(done):
            keys |= {k if len(k) <= KEY_LENGTH else k.rstrip(WHOLE_WORD) for k in done}
            notes |= found_notes
            keyed_items.append(before + alternative + after)
            continue
        factors = _factors(alternative + after)
        if not factors:
            return None  # an alternative that may open with any word and needs no string
        escapes |= factors
    if not keys or not escapes or broad(keys):
        return None
    return keys, notes, escapes, keyed_items
