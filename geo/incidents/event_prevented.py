"""Acts that were kept from happening: "villagers barred the officials from entering the
village", "police stopped the crowd from burning the house". The verb after "from" names
what the others meant to do, not what they did, so a trigger it carries (entering a
village: a transfer of territory; burning: a riot) is no event of the sentence. ACLED's
codebook codes what happened; an act prevented is at most the intent of a side. A
demonstration kept from taking place is the exception: stopping a rally or a march is
the state's or others' intervention in it (ACLED's codebook: a protest with intervention),
so its trigger stays."""

from __future__ import annotations

import re

from geo.incidents.triggers import Trigger
from geo.taxonomy import PROTESTS

# A verb of keeping someone from an act, its object (a few words), then "from" and a
# gerund in lower case (not a place name: "a bus from Kunming"); the prevented act runs
# to the end of its clause.
_PREVENTED_ACT = re.compile(
    r"\b(?:prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|bar(?:s|red|ring)?|block(?:s|ed|ing)?|kept|keep(?:s|ing)?|restrain(?:s|ed|ing)?"
    r"|deter(?:s|red|ring)?|hinder(?:s|ed|ing)?|obstruct(?:s|ed|ing)?|forbid(?:s|den)?|forbade|banned|ban(?:s|ning)?|dissuad(?:e|es|ed|ing))"
    r"\s+(?:[\w'\u2019-]+\s+){0,6}?from\s+(?-i:[a-z]+ing)\b[^.;,]*", re.I)


def prevented_spans(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence tells acts kept from happening: the words after "from"."""
    if "from " not in sentence:  # cheap gate: most sentences have no such clause
        return []
    return [(m.start() + m.group().lower().rindex("from "), m.end()) for m in _PREVENTED_ACT.finditer(sentence)]


def prevented_left(sentence: str, triggers: tuple[Trigger, ...]) -> tuple[Trigger, ...]:
    """The sentence's triggers without those of a prevented act (see the module's
    docstring)."""
    if not triggers:
        return triggers
    spans = prevented_spans(sentence)
    if not spans:
        return triggers
    return tuple(t for t in triggers if t.event_type == PROTESTS or not any(a <= t.start < b for a, b in spans))
