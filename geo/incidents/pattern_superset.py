"""The superset copy of a compiled pattern, written for Hyperscan (read by
:mod:`geo.incidents.pattern_gate`).

The copy is read from the pattern's parse (``re._parser``): every character the pattern
consumes becomes the set of characters Python's ``re`` matches there (found by asking
``re`` itself, character by character, under the flags in force there: scoped ``(?i:…)``
flags, Unicode case folding, ``\\w``/``\\d``), while anchors, ``\\b``, look-arounds and
back-references are dropped (a back-reference becomes "anything"). Every match of the
pattern in a text is then a match of its copy, in that text and in every part of it
(nothing of the copy reads beyond what it consumes). The copy reads bytes: a text is
scanned as Latin-1, each character outside it standing as byte 0x80 (a character
folding to an ASCII letter as that letter); a character class that may match any
character outside ASCII holds all bytes 0x80–0xFF. The copy ignores case.
"""

from __future__ import annotations

import re
from re import _constants as _c
from re import _parser

try:
    import _sre
    from re import _compiler
except ImportError:  # pragma: no cover - another Python
    _sre = _compiler = None

WRITABLE = _sre is not None  # (another Python: no copy can be written)
_ASCII = 128
_HIGH = "\\x80-\\xff"  # every byte a character outside ASCII may stand as
_FLAG_BITS = re.IGNORECASE | re.ASCII | re.LOCALE | re.DOTALL | re.UNICODE
# The characters outside ASCII that Python's ``re`` with IGNORECASE matches with an ASCII
# letter (every character was asked; tests/test_extract_gate.py asks again): scanned as it.
FOLDS_TO_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


class _Unwritable(Exception):
    """A construct the superset copy cannot be written for."""


_atom_sets: dict[tuple, str] = {}


def _atom_class(op, av, flags: int) -> str:
    """A Hyperscan character class (bytes) holding every character the one-character
    item ``(op, av)`` of a parse matches under ``flags`` (as the text stands scanned:
    ``pattern_gate._as_bytes``)."""
    key = (op, repr(av), flags & _FLAG_BITS)
    found = _atom_sets.get(key)
    if found is not None:
        return found
    state = _parser.State()
    state.flags = flags
    sub = _parser.SubPattern(state, [(op, av)])
    code = _compiler._code(sub, flags)
    atom = _sre.compile("", flags, code, 0, {}, (None,))
    codes = {i for i in range(_ASCII) if atom.fullmatch(chr(i))}
    high = _may_match_non_ascii(op, av)
    # (a character folding to an ASCII letter is scanned as that letter)
    codes |= {ord(letter) for ch, letter in FOLDS_TO_ASCII.items() if atom.fullmatch(ch)}
    # Both cases of every letter: the copy ignores case (a superset), so a report is
    # scanned once, lower-cased, for its parts as they stand and their lower-cased copies.
    codes |= {ord(chr(c).swapcase()) for c in codes if chr(c).isalpha()}
    if not codes and not high:
        raise _Unwritable("an item matching no character")
    if len(codes) == 1 and not high:
        found = _char(min(codes))
    else:
        found = "[" + _ranges(sorted(codes)) + (_HIGH if high else "") + "]"
    _atom_sets[key] = found
    return found


def _char(code: int) -> str:
    ch = chr(code)
    return ch if ch.isalnum() else "\\x%02x" % code


def _ranges(codes: list[int]) -> str:
    """``codes`` (sorted) as a class's ranges ("0-9")."""
    out = []
    k = 0
    while k < len(codes):
        j = k
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        if j == k:
            out.append(_char(codes[k]))
        elif j == k + 1:
            out.append(_char(codes[k]) + _char(codes[j]))
        else:
            out.append(_char(codes[k]) + "-" + _char(codes[j]))
        k = j + 1
    return "".join(out)


def _may_match_non_ascii(op, av) -> bool:
    """Whether the item may match some character outside ASCII, but for those
    Python's case folding matches with an ASCII letter (scanned as that letter); True
    when unsure."""
    if op is _c.LITERAL:
        return av >= _ASCII
    if op is _c.IN:
        for item_op, item_av in av:
            if item_op is _c.LITERAL:
                if item_av >= _ASCII:
                    return True
            elif item_op is _c.RANGE:
                if item_av[1] >= _ASCII:
                    return True
            else:  # a category (\\w, \\s, \\d: Unicode's), a negation
                return True
        return False
    return True  # NOT_LITERAL, ANY


def _repeat(lo: int, hi: int) -> str:
    """A repeat's bounds in the copy: an upper bound above one is dropped (a superset;
    Hyperscan scans a bounded repeat with counters, an unbounded one far faster)."""
    lo = min(lo, 2)
    if hi is _c.MAXREPEAT or hi > 1:
        return "{%d,}" % lo if lo else "*"
    return "{%d,%d}" % (lo, hi)


def _sequence(items, flags: int) -> str:
    out = []
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY):
            out.append(_atom_class(op, av, flags))
        elif op is _c.BRANCH:
            out.append("(?:" + "|".join(_sequence(list(alt), flags) for alt in av[1]) + ")")
        elif op is _c.SUBPATTERN:
            _group, add, remove, sub = av
            out.append("(?:" + _sequence(list(sub), (flags | add) & ~remove) + ")")
        elif op is _c.ATOMIC_GROUP:  # (what an atomic group matches, a plain group matches too)
            out.append("(?:" + _sequence(list(av), flags) + ")")
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            out.append("(?:" + _sequence(list(sub), flags) + ")" + _repeat(lo, hi))
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: dropped (the copy matches where the pattern may)
        elif op is _c.GROUPREF:
            out.append("[\\x00-\\xff]*")  # a back-reference: any text
        elif op is _c.GROUPREF_EXISTS:
            _group, yes, no = av
            out.append("(?:" + _sequence(list(yes), flags) + "|" + (_sequence(list(no), flags) if no else "") + ")")
        else:
            raise _Unwritable(str(op))
    return "".join(out)


def superset_source(pattern: re.Pattern) -> str | None:
    """The Hyperscan source (for bytes) of a copy of ``pattern`` matching wherever it
    may match, or ``None`` when none can be written or the copy matches the empty
    string (it would rule nothing out)."""
    if _sre is None or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        source = _sequence(list(parsed), pattern.flags)
    except (_Unwritable, re.error, RecursionError, TypeError, ValueError):
        return None
    try:
        if re.compile(source.encode("latin-1")).search(b"") is not None:
            return None  # matches the empty text: never rules anything out
    except re.error:
        return None
    return source
