"""States and provinces as North American newspapers abbreviate them: "Topeka, Kan.",
"Burlington, Vt.", "Springfield, IL 62701", "(Ind.)", "Sen. Ada Holt, R-Tenn."."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer
from geo.places.model import Mention

# The shape of a state abbreviation: "Kan.", "W. Va.", "N.Y.", or a postal code followed
# by punctuation, a ZIP code or the end of the text. (The capital comes first and the
# character before it is checked after: a pattern that opens with a character set is
# scanned for in C, three times faster than one that opens with a lookbehind.)
_ABBREVIATION = re.compile(r"([A-Z](?<![\w.].)(?:[a-z]{0,4}\.(?: ?[A-Z][a-z]{0,2}\.)*|[A-Z](?=[,.;:)]|\s+\d|\s*$)))")
_US_PAIR = re.compile(r"[A-Z]\.[A-Z][a-z]?\.")
_PARTY = re.compile(r"\b[DRI]-$")


def abbreviation_mentions(text: str, gz: Gazetteer) -> list[Mention]:
    """State abbreviations after a town's name ("Topeka, Kan."), in brackets ("(Ind.)")
    or after a party letter ("D-S.C."); "D.C.", "N.Y." anywhere. "Ga." or "IN" elsewhere
    are other words, "B.C." may be a date and "OK" a word."""
    found = []
    for m in _ABBREVIATION.finditer(text):
        surface = m.group(1)
        row = gz.abbreviations.get(surface) or gz.abbreviations.get(surface.replace(". ", ".")) \
            or gz.postal_codes.get(surface)
        if row is None:
            continue
        start = m.start()
        before = text[max(0, start - 2) : start]
        if before == ", ":
            word = text.rfind(" ", 0, start - 2) + 1  # "Topeka, Kan.": the word before the comma is a name
            if not text[word : word + 1].isupper():
                continue
        elif not (before.endswith("(") or _PARTY.search(text, max(0, start - 3), start)
                  or (_US_PAIR.fullmatch(surface) and gz.country_code[row] == "US")):
            continue
        found.append(Mention(start, m.end(), surface, (row,), kind="abbreviation", gazetteer=gz))
    return found
