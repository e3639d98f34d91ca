"""What the harnesses share: the distance thresholds, span matching, and the plain-text
tables they print."""

from __future__ import annotations

from typing import Callable

ACC_KM = 161.0  # "accuracy at 161 km" (100 miles), the geoparsing literature's standard
LOCAL_KM = 25.0  # the incident gate: within 25 km of ACLED's coordinates

# The batch interface's per-record function (geo.batch): a record in, a list out.
Handler = Callable[[dict], list]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def match_spans(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, predicted index)`` of overlapping spans.

    Spans are ``(start, end)``, end exclusive; two spans match when they share at least
    one character (so an exact match is an overlap too, and adjacent spans do not match).
    Each span is used at most once; the pairs sharing the most characters are taken
    first (ties: earliest gold, then earliest prediction).
    """
    pairs = [(-overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
             if overlap(g, p) > 0]
    pairs.sort()
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return sorted(out)


def ratio(num: int | float, den: int | float) -> float:
    return num / den if den else 0.0


def pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:5.1f} %"


def km(x: float | None) -> str:
    return "n/a" if x is None else f"{x:,.1f} km"


def snippet(text: str, start: int, end: int, width: int = 60) -> str:
    left, right = max(0, start - width), min(len(text), end + width)
    s = text[left:start] + "[" + text[start:end] + "]" + text[end:right]
    return " ".join(s.split())


def table(title: str, rows: list[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in rows)
    lines = [title, "-" * len(title)]
    lines += [f"{k:<{width}}  {v}" for k, v in rows]
    return "\n".join(lines)
