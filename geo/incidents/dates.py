"""Dates of events: explicit ones ("14 May", "3/6"), weekdays, "yesterday", "last week",
"in February", resolved against the publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from geo.incidents.numbers import MONTHS, to_int
from geo.incidents.prefilter import PatternGroup, gated

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_RX = "|".join(m.capitalize() for m in MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
EXPLICIT_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of )?(?:{_MONTH_RX})\.?(?:,? \d{{4}})?|(?:{_MONTH_RX})\.? ?\d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})\b"
)
NUMERIC_DATE = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{2,4}))?(?![\d/])")
NUMERIC_DATE = gated(NUMERIC_DATE, by_strings=False)  # (scanned only in texts where a match may be)
_DAY_RANGE = re.compile(rf"\b(?P<first>\d{{1,2}})(?:st|nd|rd|th)?(?P<rest>\s*(?:-|\u2013|to|and|&)\s*\d{{1,2}}(?:st|nd|rd|th)?)(?= (?:of )?(?:{_MONTH_RX})\b)"
                        rf"|\b(?P<month>{_MONTH_RX})\.? ?(?P<first2>\d{{1,2}})(?P<rest2>\s*(?:-|\u2013)\s*\d{{1,2}})\b")
_DAY_RANGE = gated(_DAY_RANGE, by_strings=False)  # (scanned only in texts where a match may be)
_WEEKDAY = re.compile(r"\b(?P<last>last |this past |on |late |early |overnight (?:into |to )?|)(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_MONTH_ONLY = re.compile(rf"\b(?i:in|since|during|early|late|mid|mid-|in early|in late|in mid-|last|on|by|until) ?(?P<month>{'|'.join(m.capitalize() for m in MONTHS)})\b(?!\s+\d)(?!\.\d)(?P<year>,? \d{{4}})?")
_RELATIVE = re.compile(r"\b(?P<expr>yesterday|today|tonight|this morning|this afternoon|this evening|last night|earlier today|"
                       r"the previous day|the day before|last week|last month|last weekend|this weekend|over the weekend|"
                       r"(?P<n>\w+) (?P<unit>days?|weeks?) ago)\b", re.I)
# Tried only at the words a match can open with, or only in sentences holding a word every
# match needs (see prefilter.py); the explicit and numeric forms only where there is a digit.
EXPLICIT_DATE, _WEEKDAY, _MONTH_ONLY, _RELATIVE = PatternGroup([EXPLICIT_DATE, _WEEKDAY, _MONTH_ONLY, _RELATIVE]).members
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class EventDate:
    day: date
    precision: int  # ACLED time_precision: 1 day, 2 week, 3 month
    start: int  # offset of the expression in its sentence (for choosing the nearest)


_MONTH_DOT_DAY = re.compile(rf"\b({_MONTH_RX})\.(\d)")  # compiled once: the pattern string is long
_MONTH_DOT_DAY = gated(_MONTH_DOT_DAY, by_strings=False)  # (scanned only in texts where a match may be)


def _first_days(sentence: str) -> str:
    """"24-26 June" -> "24 June", "June.27-28" -> "June 27": a span of days is dated to its
    first day (length kept, so offsets stay valid)."""
    def repl(m: re.Match) -> str:
        if m.group("first"):
            return m.group("first").ljust(len(m.group()))
        out = f"{m.group('month')} {m.group('first2')}"
        return out.ljust(len(m.group()))
    text = _DAY_RANGE.sub(repl, sentence)
    # "June.27" -> "June 27"
    return _MONTH_DOT_DAY.sub(r"\1 \2", text)


def find_dates(sentence: str, published: date | None) -> list[EventDate]:
    """Every date expression in a sentence, resolved against the publication date.

    Explicit dates are parsed with dateparser (numeric ones, "20/06", day first, as in
    most of the world's press); weekdays, "last week", "in February" and the like are
    resolved here because each needs the rule news writing follows (a weekday means the
    most recent such day on or before publication) rather than a general parser's guess.
    A span of days ("24-26 June") is dated to its first day.
    """
    out = []
    digits = _DIGIT.search(sentence) is not None
    text = _first_days(sentence) if digits else sentence
    for m in EXPLICIT_DATE.finditer(text) if digits else ():
        d = _parse_explicit(re.sub(r"\s+", " ", m.group()), published)
        if d is not None:
            out.append(EventDate(d, 1, m.start()))
    for m in NUMERIC_DATE.finditer(text) if digits else ():
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (a, b) if b <= 12 else (b, a)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        if m.group("y"):
            year = int(m.group("y")) + (2000 if len(m.group("y")) == 2 else 0)
        elif published is not None:
            year = published.year if (month, day) <= (published.month, published.day + 7) else published.year - 1
        else:
            continue
        try:
            out.append(EventDate(date(year, month, day), 1, m.start()))
        except ValueError:
            continue
    if published is None:
        return sorted(out, key=lambda d: d.start)
    for m in _WEEKDAY.finditer(text):
        target = WEEKDAYS.index(m.group("day").lower())
        back = (published.weekday() - target) % 7
        if m.group("last").strip() in ("last", "this past") and back == 0:
            back = 7
        out.append(EventDate(published - timedelta(days=back), 1, m.start()))
    for m in _RELATIVE.finditer(text):
        expr = m.group("expr").lower()
        if expr in ("yesterday", "last night", "the previous day", "the day before"):
            out.append(EventDate(published - timedelta(days=1), 1, m.start()))
        elif expr in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today"):
            out.append(EventDate(published, 1, m.start()))
        elif expr == "last week":
            out.append(EventDate(published - timedelta(days=7), 2, m.start()))
        elif expr in ("last weekend", "this weekend", "over the weekend"):
            back = (published.weekday() - 5) % 7 + (7 if expr == "last weekend" and published.weekday() >= 5 else 0)
            out.append(EventDate(published - timedelta(days=back), 2, m.start()))
        elif expr == "last month":
            first = published.replace(day=1) - timedelta(days=1)
            out.append(EventDate(first.replace(day=1), 3, m.start()))
        else:
            n = to_int(m.group("n") or "")
            if n is not None and n < 400:
                days = n * (7 if m.group("unit").startswith("week") else 1)
                out.append(EventDate(published - timedelta(days=days), 1 if days < 7 else 2, m.start()))
    for m in _MONTH_ONLY.finditer(text):
        month = MONTHS.index(m.group("month").lower()) + 1
        if m.group("month") == "May" and not m.group(0).lower().startswith(("in", "since", "during", "early", "late", "mid")):
            continue  # "may" the verb
        year = int(m.group("year").strip(", ")) if m.group("year") else (
            published.year if month <= published.month else published.year - 1)
        # Dated to the month: ACLED time_precision 3; we code the first of the month.
        out.append(EventDate(date(year, month, 1), 3, m.start()))
    return sorted(out, key=lambda d: d.start)


_PLAIN_DATE = re.compile(rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_RX})\.?|(?P<m2>{_MONTH_RX})\.?\s?"
                         rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?:,?\s+(?P<y>\d{{4}}))?|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})")


def _plain_date(expr: str, published: date | None) -> date | None | bool:
    """"27 June", "June 27, 2016", "2016-06-27" without dateparser; False when the form
    is not one of these."""
    m = _PLAIN_DATE.fullmatch(expr.strip())
    if not m:
        return False
    try:
        if m.group("iso"):
            return date.fromisoformat(m.group("iso"))
        month_word = (m.group("m1") or m.group("m2")).lower()
        month = next(i for i, name in enumerate(MONTHS, 1) if name.startswith(month_word[:3]))
        day = int(m.group("d1") or m.group("d2"))
        year = int(m.group("y")) if m.group("y") else (published.year if published else None)
        if year is None:
            return None
        parsed = date(year, month, day)
    except (ValueError, StopIteration):
        return None
    if published is not None and not m.group("y") and (parsed - published).days > 7:
        try:
            parsed = parsed.replace(year=parsed.year - 1)  # "on 27 December" in a report of 3 January
        except ValueError:
            return None
    return parsed


@lru_cache(maxsize=4096)
def _parse_explicit(expr: str, published: date | None) -> date | None:
    plain = _plain_date(expr, published)
    if plain is not False:
        return plain
    import dateparser  # imported lazily: it takes a while to load and few texts need it

    settings = {"PREFER_DATES_FROM": "current_period", "REQUIRE_PARTS": ["day", "month"], "DATE_ORDER": "DMY"}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    try:
        parsed = dateparser.parse(expr, languages=["en"], settings=settings)
    except Exception:  # dateparser raises on odd input ("Sept 31"); such a date is no date
        return None
    if not parsed:
        return None
    day = parsed.date()
    if published is not None and not re.search(r"\d{4}", expr) and (day - published).days > 7:
        try:
            day = day.replace(year=day.year - 1)  # "on 27 December" in a report of 3 January
        except ValueError:
            return None
    return day
