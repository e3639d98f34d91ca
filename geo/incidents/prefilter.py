"""Regex scans that try a pattern only where a match can start.

Most of the reader's patterns open with ``\\b`` and a word from a list ("clash", "arrest",
an actor's alias …), so a match can start only at the first letter of a word, and only
where the word's first letters are one of a few known prefixes. Python's ``re`` tries
every position of the text with every alternative; here a text's words are indexed once
(:func:`word_starts`: each word's position and its first one to three letters, case-folded
as ``re.IGNORECASE`` folds them), and a pattern is tried with ``match`` at those
positions only. The matches are exactly those of ``pattern.finditer``: leftmost first,
non-overlapping, each the one the pattern finds at its position (``match(text, pos)``
sees the text before ``pos``, so look-behinds and ``\\b`` read the same characters).

:func:`start_keys` (:mod:`geo.incidents.pattern_keys`) reads a compiled pattern
(``re._parser``) for the prefixes its matches must start with, or ``None`` when it cannot
tell (a pattern that may match inside a word or starts with a character class): such a
pattern is scanned whole, in texts holding a string every match needs. A pattern opening
with an alternation of which only a few alternatives may open with any word
(:func:`branch_keys`) is keyed by the others' words in texts holding none of the strings
those few need, and scanned whole in the rest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import add, itemgetter

from geo.incidents import pattern_gate
from geo.incidents.pattern_alternatives import alternatives_of
from geo.incidents.pattern_facts import pattern_fact, save_pattern_facts
from geo.incidents.pattern_keys import (KEY_LENGTH, WHOLE_WORD, _is_word, _start_keys,  # noqa: F401
                                        branch_keys, branch_openings, broad, key_lookups, required_factors,
                                        start_keys)
from geo.incidents.pattern_openings import canonical, openings
from geo.incidents.regex_delegates import lends_regex

_WORD_START = re.compile(r"(?<!\w)\w{1,%d}" % KEY_LENGTH)
_GATE = 100  # at most this many strings to look for before trying many candidates of a pattern
_GATED_CANDIDATES = 8  # fewer candidates are tried at once: cheaper than a look for those strings


class _FoldTable(dict):
    """``str.translate`` table: each character to its :func:`_canonical` (filled as met)."""

    def __missing__(self, code: int) -> str:
        value = self[code] = canonical(chr(code))
        return value


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """``text`` with each character replaced by its case-folded representative (same
    length: offsets hold)."""
    return text.lower() if ascii_words(text) else text.translate(_FOLD)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=1024)
def _caseless_mark(ch: str) -> bool:
    """A character that is no letter or digit and has no other case (a curly quote, a dash)."""
    return not _is_word(ch) and ch.lower() == ch == ch.upper() and canonical(ch) == ch


@lru_cache(maxsize=1024)
def ascii_words(text: str) -> bool:
    """Whether ``text``'s characters outside ASCII (if any) are all marks of no case: then
    its words are ASCII, and ``lower()`` folds it as ``re.IGNORECASE`` does, keeping every
    character a word character or not (news text is mostly ASCII but for its quotes
    and dashes, and the scans of ASCII text are the fast ones)."""
    return text.isascii() or all(map(_caseless_mark, set(_NON_ASCII.findall(text))))


# ASCII text: each character that is no word character (``\\w``) to a space, the others kept.
_SPACE_NON_WORD = bytes(c if chr(c).isalnum() or chr(c) == "_" else ord(" ") for c in range(128)) + b" " * 128
_FIRST_LETTERS = itemgetter(slice(0, KEY_LENGTH))


@lru_cache(maxsize=4096)
def word_starts(text: str) -> tuple[tuple[tuple[int, str], ...], str]:
    """(where each word of ``text`` starts, its first letters: up to three, folded), and
    the folded text."""
    if text.isascii():
        # The words between the spaces of a copy with every other character a space, and
        # where each starts (the lengths before it, and a space each): the same words as
        # ``_WORD_START`` finds, in C loops (a regex with a look-behind is tried at every
        # character: most of the cost of a sentence's index).
        folded = text.lower()
        parts = folded.encode().translate(_SPACE_NON_WORD).decode().split(" ")
        starts = accumulate(map(add, map(len, parts), repeat(1)), initial=0)
        return tuple(compress(zip(starts, map(_FIRST_LETTERS, parts)), parts)), folded
    folded = fold(text)
    if ascii_words(text):  # lower() keeps every character a letter or not: the same words
        return tuple([(m.start(), m.group()) for m in _WORD_START.finditer(folded)]), folded
    return tuple([(m.start(), folded[m.start() : m.end()]) for m in _WORD_START.finditer(text)]), folded


SHORT_TEXT = 1000  # characters: a sentence or a short report, read word by word
_RECENT_TEXTS = 128
_recent_words: dict[str, tuple[tuple[tuple[int, str], ...], str]] = {}


def recent_word_starts(text: str) -> tuple[tuple[tuple[int, str], ...], str]:
    """:func:`word_starts` of ``text``, kept for the last texts asked about (the scanners
    of one report read its sentences in turn; a bounded memo, not the LRU cache of
    ``word_starts``, so a long run of long texts holds little)."""
    found = _recent_words.get(text)
    if found is None:
        if len(_recent_words) >= _RECENT_TEXTS:
            _recent_words.clear()
        found = _recent_words[text] = word_starts.__wrapped__(text)
    return found


class _KeyMemo(dict):
    """A word's key -> the patterns it can open (with their openings), computed when first met."""

    def __init__(self, compute):
        super().__init__()
        self._compute = compute

    def __missing__(self, key: str) -> tuple[tuple[int, tuple[str, ...] | None], ...]:
        return self._compute(key)


class WordFinder:
    """The words of a text that open with one of ``keys`` (folded prefixes of one to
    three letters): ``(position, first letters)`` as :func:`word_starts` gives them, found
    by one compiled scan (a trie of the keys) rather than a look at every word."""

    def __init__(self, keys):
        self._keys = sorted(set(keys))
        # Each scan compiled when first needed (a process that reads only short texts, or
        # only ASCII ones, never needs one or both: ~20 ms of start-up each).
        self._ascii: re.Pattern | None | bool = False
        self._any: re.Pattern | None | bool = False

    def _ascii_scan(self) -> re.Pattern | None:
        """ASCII text, lower-cased: where a key with other letters cannot occur."""
        if self._ascii is False:
            ascii_keys = [k for k in self._keys if k.isascii()]
            self._ascii = re.compile(r"(?<!\w)(?=%s)\w{1,%d}" % (_trie(ascii_keys), KEY_LENGTH)) if ascii_keys else None
        return self._ascii

    def _any_scan(self) -> re.Pattern | None:
        """Other text as it is, keys matched as re.IGNORECASE matches them ("\u212a" for
        "k"): exactly the words whose folded first letters open with a key."""
        if self._any is False:
            keys = self._keys
            self._any = re.compile(r"(?<!\w)(?=%s)\w{1,%d}" % (_trie(keys), KEY_LENGTH), re.I) if keys else None
        return self._any

    def words(self, text: str) -> tuple[list[tuple[int, str]], str]:
        """(the words, the folded text)."""
        if ascii_words(text):
            # ASCII words: lower() keeps them where they are, and no key with other letters
            # can open one ("\u212a" folds to "k", so a key never has a letter of ASCII's cases)
            folded = text.lower()
            scan = self._ascii_scan()
            return ([(m.start(), m.group()) for m in scan.finditer(folded)] if scan else []), folded
        folded = fold(text)
        scan = self._any_scan()
        if scan is None:
            return [], folded
        return [(m.start(), folded[m.start() : m.end()]) for m in scan.finditer(text)], folded


def _trie(keys: list[str]) -> str:
    """A regex matching the start of any of ``keys`` (a key that is a prefix of others
    makes them needless)."""
    heads: dict[str, list[str]] = {}
    for k in keys:
        heads.setdefault(k[0], []).append(k[1:])
    parts = []
    for head, tails in sorted(heads.items()):
        if "" in tails:
            parts.append(re.escape(head))
        else:
            parts.append(re.escape(head) + "(?:" + _trie(tails) + ")")
    return "|".join(parts)



def _factor_finder(factors: frozenset[str]):
    """``search`` of a folded text for any of ``factors``: one compiled scan (a trie of
    them), a few times faster than testing each string in turn."""
    return re.compile(_trie(sorted(factors))).search


_NO_OPENINGS: dict[str, tuple[str, ...]] = {}  # a pattern whose openings cannot be told: no word ruled out


def _openings_by_key(found: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Each word key (one to ``KEY_LENGTH`` characters) -> the openings longer than it
    that it opens, for the keys no shorter opening already fits (a word opening with
    the key may start a match there, whatever follows); a key not in the table rules
    out nothing."""
    longer: dict[str, list[str]] = {}
    for opening in found:
        for n in range(1, min(KEY_LENGTH, len(opening) - 1) + 1):
            longer.setdefault(opening[:n], []).append(opening)
    short = frozenset(o for o in found if len(o) <= KEY_LENGTH)
    return {k: tuple(sorted(v)) for k, v in longer.items() if not any(k[:n] in short for n in range(1, len(k) + 1))}


def _kept_factors(pattern: re.Pattern) -> frozenset[str] | None:
    """:func:`required_factors`, kept between processes (:mod:`geo.incidents.pattern_facts`)."""
    found = pattern_fact("factors", pattern, lambda p: _sorted_or_none(required_factors(p)))
    return None if found is None else frozenset(found)


def _kept_start_keys(pattern: re.Pattern) -> tuple[frozenset[str] | None, bool]:
    """``_start_keys(pattern, exact=True)``, kept between processes."""
    def compute(p):
        keys, ascii_digits = _start_keys(p, exact=True)
        return [_sorted_or_none(keys), ascii_digits]
    keys, ascii_digits = pattern_fact("start keys", pattern, compute)
    return (None if keys is None else frozenset(keys)), bool(ascii_digits)


def _kept_openings(pattern: re.Pattern, ascii_digits: bool) -> frozenset[str] | None:
    """:func:`openings`, kept between processes (read when a word first opens the pattern:
    a parse each, a few hundred over a process's first texts)."""
    found = pattern_fact("openings, ASCII digits" if ascii_digits else "openings", pattern,
                         lambda p: _sorted_or_none(openings(p, ascii_digits)))
    return None if found is None else frozenset(found)


def _kept_branch_openings(pattern: re.Pattern, ascii_digits: bool) -> frozenset[str] | None:
    """:func:`branch_openings`, kept between processes."""
    found = pattern_fact("branch openings, ASCII digits" if ascii_digits else "branch openings", pattern,
                         lambda p: _sorted_or_none(branch_openings(p, ascii_digits)))
    return None if found is None else frozenset(found)


def _kept_branch_keys(pattern: re.Pattern) -> tuple[frozenset[str], bool, frozenset[str]] | None:
    """:func:`branch_keys`, kept between processes."""
    def compute(p):
        found = branch_keys(p)
        return None if found is None else [sorted(found[0]), found[1], sorted(found[2])]
    found = pattern_fact("branch keys", pattern, compute)
    return None if found is None else (frozenset(found[0]), bool(found[1]), frozenset(found[2]))


def _sorted_or_none(strings) -> list[str] | None:
    return None if strings is None else sorted(strings)


class KeyedPatterns:
    """Several patterns scanned over one text at once, each as its own ``finditer``.

    A pattern whose matches open with one of a few word prefixes is tried at the words
    that have them; one that may open with almost any word (a capitalised name, a
    number) is scanned whole, and only when the text holds a string every match of it
    contains (:func:`required_factors`). ``keyed=False``: every pattern is scanned whole
    when the text holds its strings (one opening with a capital of any word, "[A-Z][a-z]",
    has hundreds of keys and candidates in every text)."""

    def __init__(self, patterns: list[re.Pattern] | tuple[re.Pattern, ...], keyed: bool = True):
        self.patterns = tuple(patterns)
        self._by_key: dict[str, list[int]] = {}
        self._scanned: list[tuple[int, object]] = []  # (pattern, its factors' finder or None)
        # Patterns whose keys read "\\d" as ASCII digits: keyed in text of ASCII words, scanned
        # whole in other text (where a digit of another script may open a match).
        self._ascii_digits: list[int] = []
        # Patterns keyed by some of their alternatives (:func:`branch_keys`): scanned whole in
        # a text holding a string the others need (their finder).
        self._escapes: list[tuple[int, object, object]] = []  # (pattern, its strings' finder, the others')
        factors = [_kept_factors(p) for p in self.patterns]
        self._keyed_branches: set[int] = set()
        # Patterns keyed by every figure ("\\d", number words) that also need some strings:
        # numbers are in most texts, those strings in few, so the look for the strings comes
        # first and the pattern is tried at its words only where one is (a text holding them,
        # a news report's "since last year", is not scanned whole at every position).
        self._needs_first: dict[int, object] = {}  # pattern -> the strings it needs (their finder once used)
        for i, p in enumerate(self.patterns):
            keys, ascii_digits = _kept_start_keys(p) if keyed else (None, False)
            if ascii_digits and factors[i] is not None and keys is not None and not broad(keys):
                self._needs_first[i] = factors[i]
            if keyed and (keys is None or broad(keys)) and not ascii_digits:
                # An alternation of which a few alternatives may open with any word: keyed by
                # the others' words in a text holding none of the strings those few need.
                split = _kept_branch_keys(p)
                # (not when every string the whole needs is one of those: no text is ruled out more)
                if split is not None and not (split[1] and factors[i] is not None) \
                        and not (factors[i] is not None and factors[i] <= split[2]):
                    keys, ascii_digits, escape = split
                    self._keyed_branches.add(i)
                    # (the strings every match needs looked for first: where none is, no match)
                    self._escapes.append((i, None if factors[i] is None else _factor_finder(factors[i]),
                                          _factor_finder(escape)))
            if keys is None or broad(keys):
                self._scanned.append((i, None if factors[i] is None else _factor_finder(factors[i])))
                continue
            for k in keys:
                self._by_key.setdefault(k, []).append(i)
            if ascii_digits:
                self._ascii_digits.append(i)
        # A pattern opening with common words ("to demand", "in custody") has candidates in
        # most texts: a few strings every match contains rule most of them out first.
        # (the strings' finder compiled when first needed: most patterns never have that many)
        self._gates: list = [(f if f is not None and len(f) <= _GATE else None) for f in factors]
        self._ids_by_word: dict[str, tuple[tuple[int, tuple[str, ...] | None], ...]] = _KeyMemo(self._ids)
        # Each pattern's openings by word key (:func:`_openings_by_key`), read when a word
        # first opens the pattern.
        self._openings: list[dict[str, tuple[str, ...]] | None] = [None] * len(self.patterns)
        self._finder = WordFinder({k.rstrip(WHOLE_WORD) for k in self._by_key})
        # (every keyed pattern needs strings first: a text holding none of them is not read word by word)
        self._all_need_first = bool(self._needs_first) and all(
            i in self._needs_first for ids in self._by_key.values() for i in ids)
        # Each pattern's id in the multi-pattern scan (:mod:`geo.incidents.pattern_gate`):
        # a text where it cannot match is not read for it (None: no such scan).
        gate_ids = [pattern_gate.register(p) for p in self.patterns]
        self._gate_ids = None if all(g is None for g in gate_ids) else tuple(gate_ids)
        self._last_blocked: tuple = (None, ())
        # Each pattern's alternatives by word key (:mod:`geo.incidents.pattern_alternatives`;
        # False: not read yet, None: tried whole).
        self._alternatives: list = [False] * len(self.patterns)
        save_pattern_facts()

    def _needed_strings(self, i: int, folded: str) -> bool:
        """Whether ``folded`` holds one of the strings every match of pattern ``i`` needs."""
        finder = self._needs_first[i]
        if type(finder) is frozenset:
            finder = self._needs_first[i] = _factor_finder(finder)
        return finder(folded) is not None

    def _ids(self, key: str) -> tuple[tuple[int, tuple[str, ...] | None], ...]:
        """The patterns that can start at a word opening with ``key``, each with the
        openings the text must go on with there (``None``: any) (memoised: read through
        ``self._ids_by_word[key]``); their openings read when first needed."""
        by_key = self._by_key
        if key[:1] not in by_key and key[:2] not in by_key and key not in by_key and key + WHOLE_WORD not in by_key:
            # (most words' keys, for most scanners: no pattern opens there, nothing to read;
            # KEY_LENGTH is 3: a key's prefixes are its first one, two and three letters)
            if len(self._ids_by_word) > 100_000:
                self._ids_by_word.clear()
            found = self._ids_by_word[key] = ()
            return found
        ids: list[int] = []
        for k in key_lookups(key):
            for i in self._by_key.get(k, ()):
                if i not in ids:
                    ids.append(i)
        for i in ids:
            if self._openings[i] is None:
                # (a pattern keyed by some of its alternatives is tried at its candidates only in
                # text where the others cannot match: read by those alternatives' openings)
                kept = _kept_branch_openings if i in self._keyed_branches else _kept_openings
                found = kept(self.patterns[i], i in self._ascii_digits)
                # (a pattern keyed for ASCII digits is read by its keys in text of ASCII words only)
                self._openings[i] = _NO_OPENINGS if found is None else _openings_by_key(found)
        save_pattern_facts(at_least=16)
        if len(self._ids_by_word) > 100_000:
            self._ids_by_word.clear()
        # (each with the openings a word of this key must go on with, or None: read at every
        # such word, so looked up here once)
        found = self._ids_by_word[key] = tuple([(i, self._openings[i].get(key)) for i in ids])
        return found

    def finditer_each(self, text: str) -> list[Sequence[re.Match]]:
        """For each pattern, the matches ``pattern.finditer(text)`` yields (a shared empty
        tuple when none: most patterns match nothing in most texts)."""
        out: list[Sequence[re.Match]] = [()] * len(self.patterns)
        blocked = ()  # the patterns the multi-pattern scan rules out in this text
        if self._gate_ids is not None and not pattern_gate.skipped:
            possible = pattern_gate.possible(text)
            if possible is not None:
                last = self._last_blocked  # (the parts of a report share its scan's answer)
                if last[0] is possible:
                    blocked = last[1]
                else:
                    blocked = {i for i, g in enumerate(self._gate_ids) if g is not None and g not in possible}
                    self._last_blocked = (possible, blocked)
                if len(blocked) == len(self.patterns):
                    return out
        candidates: dict[int, list[int]] = {}
        needs_first = self._needs_first
        held = None  # the patterns of ``needs_first`` whose strings the text holds, once looked for
        if self._all_need_first:
            folded = recent_word_starts(text)[1] if len(text) <= SHORT_TEXT else fold(text)
            held = {i for i in needs_first if self._needed_strings(i, folded)}
        if not self._by_key:
            folded = None
        elif held is not None and not held:
            pass  # no keyed pattern can match here: no word to read
        else:
            # A sentence: its words, indexed once for every scanner that reads it; a long
            # text: the words that open with a key, found by one compiled scan (cheaper than a
            # look at each word). Each word's key looked up (the patterns it opens are
            # memoised, ``_ids``).
            words, folded = recent_word_starts(text) if len(text) <= SHORT_TEXT else self._finder.words(text)
            ids_by_word = self._ids_by_word
            for pos, key in words:
                ids = ids_by_word[key]
                if ids:
                    for i, opening in ids:
                        if opening is not None and not folded.startswith(opening, pos):
                            continue  # the words after it open no match ("was there": no "was burnt")
                        got = candidates.get(i)
                        if got is None:
                            candidates[i] = [pos]
                        else:
                            got.append(pos)
        if blocked and candidates:
            for i in [i for i in candidates if i in blocked]:  # (a few candidates; up to every pattern blocked)
                del candidates[i]
        if self._escapes:
            for i, needed, escape in self._escapes:
                if blocked and i in blocked:
                    continue
                if i in candidates and needed is not None and needed(folded) is None:
                    del candidates[i]  # no string every match needs: no match
                elif escape(folded) is not None:  # an alternative that may open with any word may match
                    candidates.pop(i, None)
                    out[i] = list(self.patterns[i].finditer(text))
        gates = self._gates
        key_at = None  # each word's position -> its key, when a pattern is tried by its alternatives
        for i, starts in candidates.items():
            if needs_first and i in needs_first and not (i in held if held is not None else self._needed_strings(i, folded)):
                continue  # (its strings looked for before its candidates are tried)
            gate = gates[i]
            if gate is not None and len(starts) >= _GATED_CANDIDATES:
                if type(gate) is frozenset:
                    gate = gates[i] = _factor_finder(gate)
                if gate(folded) is None:
                    continue
            alternatives = self._alternatives[i]
            if alternatives is False:  # (read when the pattern first has candidates)
                alternatives = self._alternatives[i] = None if i in self._keyed_branches else alternatives_of(self.patterns[i])
            if alternatives is not None and ascii_words(text):  # (each word tried with the alternatives its key allows)
                key_at = dict(words) if key_at is None else key_at
                found = alternatives.matches(text, starts, key_at)
            else:
                match = self.patterns[i].match
                found = []
                end = 0
                for pos in starts:
                    if pos >= end:
                        m = match(text, pos)
                        if m is not None:
                            found.append(m)
                            end = m.end() if m.end() > pos else pos + 1
            if found:
                out[i] = found
        for i, factors in self._scanned:
            if blocked and i in blocked:
                continue
            if factors is not None and folded is None:
                folded = recent_word_starts(text)[1] if len(text) <= SHORT_TEXT else fold(text)
            if factors is None or factors(folded) is not None:
                out[i] = list(self.patterns[i].finditer(text))
        if self._ascii_digits and not ascii_words(text):
            for i in self._ascii_digits:
                if blocked and i in blocked:
                    out[i] = ()
                elif i in needs_first and not self._needed_strings(i, folded):
                    out[i] = ()
                else:
                    out[i] = list(self.patterns[i].finditer(text))
        return out


class KeyedPattern:
    """One pattern's ``finditer`` and ``search`` through :class:`KeyedPatterns`."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self._scan = KeyedPatterns([pattern])

    def finditer(self, text: str) -> Sequence[re.Match]:
        return self._scan.finditer_each(text)[0]

    def search(self, text: str) -> re.Match | None:
        found = self.finditer(text)
        return found[0] if found else None


class PatternGroup:
    """Patterns read together: the first question about a text scans it for all of them
    (:class:`KeyedPatterns`), later ones are answered from that scan (the last texts
    asked about are kept)."""

    def __init__(self, patterns: list[re.Pattern] | tuple[re.Pattern, ...], keyed: bool = True):
        self._scan = KeyedPatterns(patterns, keyed)
        self._recent: dict[str, list[Sequence[re.Match]]] = {}
        self.members = tuple(GroupedPattern(self, i, p) for i, p in enumerate(self._scan.patterns))

    def matches(self, text: str) -> list[Sequence[re.Match]]:
        found = self._recent.get(text)
        if found is None:
            if len(self._recent) >= 256:
                self._recent.clear()
            found = self._recent[text] = self._scan.finditer_each(text)
        return found


@lends_regex
class GroupedPattern:
    """One pattern of a :class:`PatternGroup`, with ``finditer`` and ``search`` as a
    compiled pattern has them (other methods: the compiled pattern's own)."""

    def __init__(self, group: PatternGroup, index: int, regex: re.Pattern):
        self._group = group
        self._index = index
        self.regex = regex

    def finditer(self, text: str):
        found = self._group._recent.get(text)  # (the group's last scans read here: one call less a question)
        return iter((self._group.matches(text) if found is None else found)[self._index])

    def search(self, text: str) -> re.Match | None:
        found = self._group._recent.get(text)
        found = (self._group.matches(text) if found is None else found)[self._index]
        return found[0] if found else None

    def sub(self, repl, text: str) -> str:
        """``regex.sub(repl, text)``, run only when the scan finds a match."""
        return self.regex.sub(repl, text) if self._group.matches(text)[self._index] else text


_ONE_BY_ONE = 32  # at most this many strings looked for one by one (see GatedPattern)


@lends_regex
class GatedPattern:
    """A compiled pattern whose scans of a whole text (``search``, ``finditer``, ``findall``,
    ``sub``) first look for the strings every match contains (:func:`required_factors`;
    up to ``_ONE_BY_ONE`` of them one by one with ``in``, more by one compiled look): a
    text holding none of them has no match and is not scanned. Where
    a pattern may open at most words ("\\b(?:north|south|…) of"), ``re`` tries it at every
    position of the text; the look is a fraction of that and rules most texts out. The
    answers are the pattern's own; other methods and attributes are the pattern's."""

    __slots__ = ("regex", "_needed", "_gate")

    def __init__(self, regex: re.Pattern, by_strings: bool = True):
        self.regex = regex
        # (its id in the multi-pattern scan, :mod:`geo.incidents.pattern_gate`: asked first)
        self._gate = pattern_gate.register(regex)
        needed = _kept_factors(regex) if by_strings else None
        # A few strings are looked for one by one (``in``: faster than a compiled look at
        # them, and nothing to compile in a new process); many, by one compiled look.
        self._needed = needed if needed is None or len(needed) > _ONE_BY_ONE else tuple(sorted(needed))

    def holds_needed(self, text: str) -> bool:
        """Whether ``text`` may hold a match: the multi-pattern scan (when there is one)
        does not rule the pattern out, and ``text`` holds one of the strings every match
        needs (True when the pattern has none to tell)."""
        gate = self._gate
        if gate is not None and not pattern_gate.skipped:  # (a long report is not scanned)
            possible = pattern_gate.possible(text)
            if possible is not None and gate not in possible:
                return False
        needed = self._needed
        if needed is None:
            return True
        # (ASCII text: lower() folds it as fold() does, without its memo of whole texts)
        folded = text.lower() if text.isascii() else fold(text)
        if type(needed) is tuple:
            for string in needed:
                if string in folded:
                    return True
            return False
        if type(needed) is frozenset:
            needed = self._needed = _factor_finder(needed)
        return needed(folded) is not None

    def search(self, text: str, *span) -> re.Match | None:
        return self.regex.search(text, *span) if span or self.holds_needed(text) else None

    def finditer(self, text: str, *span):
        return self.regex.finditer(text, *span) if span or self.holds_needed(text) else iter(())

    def findall(self, text: str, *span) -> list:
        return self.regex.findall(text, *span) if span or self.holds_needed(text) else []

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.regex.sub(repl, text, count) if self.holds_needed(text) else text


def gated(pattern: re.Pattern, by_strings: bool = True) -> GatedPattern | re.Pattern:
    """``pattern`` scanned only in texts holding a string every match needs (:class:`GatedPattern`).
    ``by_strings=False``: only in texts where the multi-pattern scan allows a match (a
    pattern whose strings are in most texts: looking for them costs more than it spares;
    without that scan, the pattern itself)."""
    if not by_strings and pattern_gate.register(pattern) is None:
        return pattern
    return GatedPattern(pattern, by_strings)
