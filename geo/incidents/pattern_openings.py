"""What a compiled pattern's matches open with, read from its parse (``re._parser``):
their first characters, case-folded as ``re.IGNORECASE`` folds them (``canonical``).
:mod:`geo.incidents.prefilter` tries a pattern only at the words of a text that open
with one of them."""

from __future__ import annotations

import re
from re import _constants as _c
from re import _parser

try:  # how re.IGNORECASE folds case: the simple lower case, plus a few extra pairs (i/ı, s/ſ)
    from _sre import unicode_tolower as _sre_lower
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - other Pythons: fold with str.lower only
    _sre_lower, _EXTRA_CASES = None, {}

DIGIT_CLASS = "digit class"  # a note of ``class_chars``: a "\\d" read as the ASCII digits


def canonical(ch: str) -> str:
    """One representative of the characters ``re.IGNORECASE`` takes for ``ch``."""
    if ch.isascii():
        return ch.lower()
    if _sre_lower is None:
        low = ch.lower()
        return low if len(low) == 1 else ch
    low = _sre_lower(ord(ch))
    extra = _EXTRA_CASES.get(low)
    return chr(min((low, *extra)) if extra else low)


class Unknown(Exception):
    """A pattern whose openings (or keys) cannot be told."""


def class_chars(items, notes: set[str]) -> set[str] | None:
    """The characters of a parsed class (``None``: a category, a negation, a wide
    range); a digit class reads as the ASCII digits, noted in ``notes``."""
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] <= 64:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av in (_c.CATEGORY_DIGIT, _c.CATEGORY_UNI_DIGIT):
            chars.update("0123456789")  # other scripts' digits: see prefilter.KeyedPatterns._ascii_digits
            notes.add(DIGIT_CLASS)
        else:
            return None  # a category, a negation, a wide range
    return chars


OPENING_LENGTH = 8  # characters of a match's opening read from its pattern (words and spaces)
_MAX_OPENINGS = 2048


def openings(pattern: re.Pattern, ascii_digits: bool = False) -> frozenset[str] | None:
    """Folded strings one of which every match of ``pattern`` starts with: its first
    ``OPENING_LENGTH`` characters, spaces and signs included ("was burn", "in custo"),
    or fewer where the pattern goes on with a character it cannot tell (a "\\s", a
    digit, any character) or ends; ``None`` when there are too many or a match may open
    with anything. A finer filter than :func:`start_keys`, whose keys stop at a word's
    third letter: "was", "in" and "the" open many words that no match starts at.
    ``ascii_digits``: a digit class reads as the ten ASCII digits (for text whose words
    are ASCII, :func:`ascii_words`), else it ends the opening."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a pattern re compiled always parses
        return None
    done: set[str] = set()
    try:
        done |= _open(list(parsed), {""}, done, ascii_digits)
    except Unknown:
        return None
    if not done or "" in done:
        return None
    return frozenset(done)


def grow(states: set[str], chars: set[str], done: set[str], length: int, limit: int) -> set[str]:
    """Each string of ``states`` followed by each of ``chars``: those of ``length``
    characters go to ``done``, the shorter ones are returned to grow on; ``Unknown`` when
    more than ``limit`` strings are in play (the pattern opens too many ways to list)."""
    out = set()
    for s in states:
        for ch in chars:
            key = s + ch
            (done if len(key) >= length else out).add(key)
    if len(out) + len(done) > limit:
        raise Unknown
    return out


class Reading:
    """What a walk over a parse (:func:`walk`) grows: ``step`` reads one item that is no
    group, alternation or repeat; ``optional_goes_on``: after an optional part ("x?") the
    strings grow both with and without it (else they are cut short where it is taken)."""

    optional_goes_on = False

    def step(self, op, av, states: set[str], done: set[str]) -> set[str]:
        raise NotImplementedError


def walk(items, states: set[str], done: set[str], reading: Reading) -> set[str]:
    """The strings still growing after ``items`` (those complete or cut short go to
    ``done``), starting from ``states``: groups, alternations and repeats walked here,
    every other item read by ``reading`` (the openings of :func:`openings`, the word
    keys of ``pattern_keys``: one walk, two readings)."""
    for op, av in items:
        if not states:
            break
        if op is _c.SUBPATTERN:
            states = walk(list(av[-1]), states, done, reading)
        elif op is _c.ATOMIC_GROUP:
            states = walk(list(av), states, done, reading)
        elif op is _c.BRANCH:
            grown: set[str] = set()
            for alternative in av[1]:
                grown |= walk(list(alternative), set(states), done, reading)
            states = grown
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, high, sub = av
            once = walk(list(sub), set(states), done, reading)
            if low == 0 and high == 1 and reading.optional_goes_on:
                states = states | once  # taken or skipped, the pattern goes on
            elif low == 0:
                done |= once  # taken: cut short after one round; skipped: go on
            elif low == high == 1:
                states = once
            else:
                done |= once
                states = set()
        else:
            states = reading.step(op, av, states, done)
    return states


class _OpeningReading(Reading):
    """Every character counted, case-folded; a category (or a digit, unless read as the
    ASCII digits) cuts the opening short."""

    optional_goes_on = True

    def __init__(self, ascii_digits: bool):
        self.ascii_digits = ascii_digits

    def step(self, op, av, states: set[str], done: set[str]) -> set[str]:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            return states  # zero width: the next character still comes next
        if op is _c.LITERAL or op is _c.IN:
            notes: set[str] = set()
            chars = {chr(av)} if op is _c.LITERAL else class_chars(av, notes)
            if chars is None or notes and not self.ascii_digits:
                done |= states  # a character of a category or a digit: the opening so far must do
                return set()
            return grow(states, {canonical(ch) for ch in chars}, done, OPENING_LENGTH, _MAX_OPENINGS)
        done |= states
        return set()


def _open(items, states: set[str], done: set[str], ascii_digits: bool) -> set[str]:
    """The openings still growing after ``items`` (those complete or cut short go to
    ``done``), starting from ``states``: as ``pattern_keys``' walk, every character counted."""
    return walk(items, states, done, _OpeningReading(ascii_digits))
