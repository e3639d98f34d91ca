"""The country a report's words tell when it names no place, demonym or known group: a
country's own administrative units, election body, currency or hired vehicles
("country_clues.toml": "the upazila chairman", "matatu drivers", "a kebele office").
Read only to name unnamed actors ("Protesters (Ruritania)"), never to place an incident."""

from __future__ import annotations

import re
from functools import cache

from geo.incidents.lexicon import country_clue_words


@cache
def _clues() -> tuple[re.Pattern, dict[str, str], dict[str, str]]:
    """One pattern of every clue word (longest first; lower-case ones in any case, others
    exactly), and the country of each word as written and of each lower-case one folded."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for iso, words in country_clue_words().items():
        for word in words:
            (folded if word.islower() else exact)[word.casefold() if word.islower() else word] = iso
    words = sorted([*exact, *folded], key=len, reverse=True)
    parts = [f"(?i:{re.escape(w)})" if w in folded and w.islower() else re.escape(w) for w in words]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])"), exact, folded


def clue_country(text: str) -> str:
    """ISO code of the country the first clue word of ``text`` belongs to; "" when none."""
    rx, exact, folded = _clues()
    for m in rx.finditer(text):
        word = m.group()
        iso = exact.get(word) or folded.get(word.casefold())
        if iso:
            return iso
    return ""
