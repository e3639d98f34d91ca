"""JSON from untrusted input, with limits: one hostile line (a thousand nested brackets,
a 5,000-digit number) gives an error in words for that line, never a crash of the file
or the batch it sits in."""

from __future__ import annotations

import json

# Deeper than any report record needs; well below Python's recursion limit, which the
# json module would otherwise hit (RecursionError) and which str()/repr() of a deep value
# would hit again later.
MAX_DEPTH = 64
MAX_NUMBER_DIGITS = 100  # no id, date or offset needs more


class JSONValueError(ValueError):
    """What was wrong with the JSON, in words (with the column when known)."""


def _number(text: str):
    if len(text) > MAX_NUMBER_DIGITS:
        raise JSONValueError(f"a number with {len(text):,} digits (at most {MAX_NUMBER_DIGITS})")
    return int(text) if text.lstrip("-").isdigit() else float(text)


def load_json(text: str | bytes) -> object:
    """The JSON value in ``text``, or ``JSONValueError`` saying what is wrong."""
    try:
        value = json.loads(text, parse_int=_number, parse_float=_number)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}" if exc.lineno > 1 else f"column {exc.colno}"
        raise JSONValueError(f"invalid JSON: {exc.msg} ({where})") from None
    except RecursionError:
        raise JSONValueError(f"JSON nested too deeply (at most {MAX_DEPTH} levels)") from None
    except UnicodeDecodeError as exc:
        raise JSONValueError(f"not valid UTF-8 (byte at offset {exc.start})") from None
    depth = _depth(value)
    if depth > MAX_DEPTH:
        raise JSONValueError(f"JSON nested too deeply ({depth} levels, at most {MAX_DEPTH})")
    return value


def _depth(value: object) -> int:
    """How deeply lists and objects nest in ``value`` (walked without recursion)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (list, dict)):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest
