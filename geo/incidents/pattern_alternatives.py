"""A pattern that opens with a long alternation (``\\b(?:riot\\w*|torch(?:ed|ing)|…)…``)
tried at a word with only the alternatives that may open a match there.

``re`` tries every alternative of a ``BRANCH`` in turn at a position, and under
``re.IGNORECASE`` it cannot skip one by a glance at its first letter: each is entered and
its first letter compared case-folded, so a rule of forty alternatives costs forty entries
at every word it is tried at, most of them failing on that letter. :mod:`geo.incidents.prefilter`
knows each candidate word's first letters (its key); this module reads, once per pattern,
the keys each alternative may open with (``_start_keys`` of the pattern with that
alternative alone, as the scanner reads the whole pattern's; kept between processes) and
tries at a word the few alternatives its key allows, each as a pattern of its own, in
their order. The match is the pattern's: ``re`` tries an alternative with all that follows
it before the next one, and an alternative left out has no match at that word. Only for
patterns with no capturing group (the groups stay the pattern's: none) and text whose
words are ASCII (where the keys of a digit class hold).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from geo.incidents.pattern_facts import pattern_fact
from geo.incidents.pattern_keys import _start_keys, key_lookups

_OPENING = "\\b(?:"
MIN_ALTERNATIVES = 20  # fewer: the whole pattern is tried (the alternatives' own patterns cost more to build than they spare)
MAX_TRIED = 4  # more alternatives a word may open: the whole pattern is tried there
_QUANTIFIERS = "*+?{"


def split_alternatives(source: str) -> tuple[list[str], str] | None:
    """(the alternatives of the group ``\\b(?:…)`` that opens ``source``, what follows the
    group), or None when ``source`` does not open so, the group is repeated, or what
    follows it holds an alternative of its own ("…|b": a match through "b" ranks after
    every alternative of the group, not after each)."""
    if not source.startswith(_OPENING):
        return None
    alternatives, rest = [], []  # (the group's; the top-level parts after it)
    parts, depth, start, k = alternatives, 1, len(_OPENING), len(_OPENING)
    while k < len(source):
        ch = source[k]
        if ch == "\\":
            k += 2
            continue
        if ch == "[":  # a class: its ")", "(" and "|" are characters ("]" first is one too)
            k += 1
            if k < len(source) and source[k] == "^":
                k += 1
            if k < len(source) and source[k] == "]":
                k += 1
            while k < len(source) and source[k] != "]":
                k += 2 if source[k] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and parts is alternatives:  # the group closes
                alternatives.append(source[start:k])
                parts, start = rest, k + 1
        elif ch == "|" and depth == (1 if parts is alternatives else 0):
            parts.append(source[start:k])
            start = k + 1
        k += 1
    if parts is alternatives or depth != 0 or rest:
        return None  # (unclosed, or a top-level "|" after the group)
    after = source[start:]
    return None if after[:1] and after[0] in _QUANTIFIERS else (alternatives, after)


class _Source(NamedTuple):
    """A pattern's source and flags: all that ``_start_keys`` reads (no need to compile it)."""

    pattern: str
    flags: int


def _alternative_keys(pattern: re.Pattern) -> list | None:
    """[the alternatives, what follows them, each one's keys (``_start_keys(..., exact=True)``
    of the pattern with that alternative alone; None: any word may open it)], or None for
    a pattern tried whole."""
    split = split_alternatives(pattern.pattern)
    if split is None or len(split[0]) < MIN_ALTERNATIVES:
        return None
    alternatives, rest = split
    keys = []
    for alternative in alternatives:
        found = _start_keys(_Source(_OPENING + alternative + ")" + rest, pattern.flags), exact=True)[0]
        keys.append(None if found is None else sorted(found))
    return [alternatives, rest, keys]


class Alternatives:
    """One pattern's alternatives, each as a pattern of its own (``\\b(?:a)…``, compiled
    when first tried), and for a word's key those that may open a match there. The
    pattern's match at a word is the first of theirs in order: ``re`` tries an alternative
    with all that follows it before the next one."""

    def __init__(self, pattern: re.Pattern, alternatives: list[str], rest: str, keys: list):
        self.pattern = pattern
        self._alternatives, self._rest = alternatives, rest
        # Each key -> the alternatives it opens; those any word may open are always tried.
        self._by_prefix: dict[str, set[int]] = {}
        self._always = {j for j, k in enumerate(keys) if k is None}
        for j, k in enumerate(keys):
            for prefix in k or ():
                self._by_prefix.setdefault(prefix, set()).add(j)
        self._alone: list = [None] * len(self._alternatives)
        self._by_key: dict[str, tuple] = {}

    def _allowed(self, key: str) -> list[int]:
        """The alternatives a word of ``key`` may open, in order: as the scanner reads a
        word's key, those keyed by its first one to three letters, or by the whole of a
        shorter word."""
        found = set(self._always)
        for prefix in key_lookups(key):
            found |= self._by_prefix.get(prefix, set())
        return sorted(found)

    def match_for(self, key: str) -> tuple:
        """The ``match`` of each alternative a word of ``key`` may open, in order (the
        whole pattern's alone when many may: one call then costs less than theirs)."""
        found = self._by_key.get(key)
        if found is None:
            choice = self._allowed(key)
            try:
                if len(choice) > MAX_TRIED:
                    raise ValueError("many alternatives")
                for j in choice:
                    if self._alone[j] is None:
                        self._alone[j] = re.compile(_OPENING + self._alternatives[j] + ")" + self._rest,
                                                    self.pattern.flags).match
                found = tuple(self._alone[j] for j in choice)
            except (ValueError, re.error):  # (an alternative that reads outside itself, "\\1": the whole)
                found = (self.pattern.match,)
            self._by_key[key] = found
        return found

    def matches(self, text: str, starts: list[int], key_at: dict[int, str]) -> list[re.Match]:
        """The matches at ``starts`` (word starts, in order; ``key_at``: each one's key) as
        ``finditer`` finds them: each at the first start after the last match's end."""
        found = []
        end = 0
        by_key = self._by_key
        for pos in starts:
            if pos >= end:
                key = key_at[pos]
                for match in by_key.get(key) or self.match_for(key):
                    m = match(text, pos)
                    if m is not None:
                        found.append(m)
                        end = m.end() if m.end() > pos else pos + 1
                        break
        return found


def alternatives_of(pattern: re.Pattern) -> Alternatives | None:
    """:class:`Alternatives` of ``pattern`` (its alternatives and their keys read once and
    kept between processes, :mod:`geo.incidents.pattern_facts`), or None when it is tried
    whole: fewer than ``MIN_ALTERNATIVES`` (told first by its "|"), a capturing group (a
    group's number would change), a verbose pattern ("#" opens a comment)."""
    if type(pattern) is not re.Pattern or pattern.groups or pattern.flags & re.VERBOSE \
            or pattern.pattern.count("|") + 1 < MIN_ALTERNATIVES:
        return None  # (a stand-in for a pattern, a test's counting one: tried as it is)
    found = pattern_fact("alternatives", pattern, _alternative_keys)
    return None if found is None else Alternatives(pattern, *found)
