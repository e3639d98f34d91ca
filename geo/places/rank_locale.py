"""The country a text is written for, from how it is written, when its place names leave
a choice between namesakes: a text that gives times as "7 p.m.", sums as "$40,000" or
phone numbers as "(614) 555-0100" follows American conventions, and its bare
"Alexandria" is the American town more likely than the Egyptian city.
``geo.places.resolve`` weighs that country like a fraction of a named place, so any
place the text names outweighs it.
"""

from __future__ import annotations

import re

WRITTEN_COUNTRY = "US"
# (each convention is found from a literal, so most texts cost a few substring searches)
_CLOCK_MARKS = (" a.m.", " p.m.")  # after a digit: "7 p.m.", "10:30 a.m." (British, Australian: "7pm", "7.30pm")
_PHONE_END = re.compile(r"-\d{4}\b")  # the last four digits of a North American number ...
_PHONE = re.compile(r"(?:\(\d{3}\) ?|(?<![\d-])\d{3}-)\d{3}-\d{4}\b")  # ... "(614) 555-0100", "614-555-0100"


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
