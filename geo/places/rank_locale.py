"""The country a text is written for, from how it is written, when its place names leave
a choice between namesakes: a text that gives times as "7 p.m.", sums as "$40,000" or
phone numbers as "(614) 555-0100" follows American conventions, and its bare
"Athens" is the American town more likely than the Greek capital.
``geo.places.resolve`` weighs that country like a fraction of a named place, so any
place the text names outweighs it. A phone number's area code names a state or
province outright (``area_codes.toml``): resolve counts it as a named region.
"""

from __future__ import annotations

import re
import tomllib

from geo.places.words import _data_text

WRITTEN_COUNTRY = "US"
# (each convention is found from a literal, so most texts cost a few substring searches)
_CLOCK_MARKS = (" a.m.", " p.m.")  # after a digit: "7 p.m.", "10:30 a.m." (British, Australian: "7pm", "7.30pm")
_PHONE_END = re.compile(r"-\d{4}\b")  # the last four digits of a North American number ...
_PHONE = re.compile(r"(?:\(\d{3}\) ?|(?<![\d-])\d{3}-)\d{3}-\d{4}\b")  # ... "(614) 555-0100", "614-555-0100"


_AREA_CODES: dict[str, tuple[str, str]] = {
    str(code): (iso, region)
    for iso, regions in tomllib.loads(_data_text("area_codes.toml")).items()
    for region, codes in regions.items() for code in codes}


def written_for(text: str) -> str | None:
    """ISO code of the country whose conventions of writing the text follows, or None."""
    if _has_clock_time(text) or _has_dollar_sum(text) or _has_phone_number(text):
        return WRITTEN_COUNTRY
    return None


def _has_clock_time(text: str) -> bool:
    for mark in _CLOCK_MARKS:
        at = text.find(mark, 1)
        while at > 0:
            if text[at - 1].isdigit():
                return True
            at = text.find(mark, at + 1)
    return False


def _has_dollar_sum(text: str) -> bool:
    """"$40,000", "$ 3m"; not "US$", "C$", "R$": a writer abroad names the dollar."""
    at = text.find("$")
    while at >= 0:
        if text[at + 1 : at + 3].lstrip(" ")[:1].isdigit() and not (at and text[at - 1].isalpha()):
            return True
        at = text.find("$", at + 1)
    return False


def _has_phone_number(text: str) -> bool:
    for end in _PHONE_END.finditer(text):
        if _PHONE.search(text, max(0, end.start() - 10), end.end()):
            return True
    return False


def phone_regions(text: str) -> list[tuple[str, str]]:
    """(ISO code, admin-1 code) of the states and provinces the area codes of the text's
    North American phone numbers serve, each once, in the order of the text."""
    out = []
    for end in _PHONE_END.finditer(text):
        number = _PHONE.search(text, max(0, end.start() - 10), end.end())
        if number is not None:
            region = _AREA_CODES.get(number[0].lstrip("(")[:3])
            if region is not None and region not in out:
                out.append(region)
    return out
