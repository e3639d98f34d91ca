"""The country a text is written in, from its phone numbers, when its place names leave a
choice between namesakes: a North American number's area code ("(614) 555-0100") names a
state or province outright (``area_codes.toml``); ``geo.places.resolve`` counts it as a
named region, and its country like a fraction of a named place, so any place the text
names outweighs it.

Times as "7 p.m." and sums as "$40" are *not* read as the United States: wire reports
from everywhere write them so ("Police in Athens said $300 was stolen at 11 p.m." is
about Greece), and only a local American paper's habits would make them a clue.
"""

from __future__ import annotations

import re
import tomllib

from geo.places.words import _data_text

_PHONE_END = re.compile(r"-\d{4}\b")  # the last four digits of a North American number ...
_PHONE = re.compile(r"(?:\(\d{3}\) ?|(?<![\d-])\d{3}-)\d{3}-\d{4}\b")  # ... "(614) 555-0100", "614-555-0100"


_AREA_CODES: dict[str, tuple[str, str]] = {
    str(code): (iso, region)
    for iso, regions in tomllib.loads(_data_text("area_codes.toml")).items()
    for region, codes in regions.items() for code in codes}


def written_for(text: str) -> str | None:
    """ISO code of the country of the text's first North American phone number whose
    area code is known, or None."""
    return written_for_regions(phone_regions(text))


def written_for_regions(regions: list[tuple[str, str]]) -> str | None:
    """``written_for`` of a text whose ``phone_regions`` are already read."""
    return regions[0][0] if regions else None


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
