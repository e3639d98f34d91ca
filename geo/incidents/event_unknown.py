"""People a report can name only as people ("unknown persons", "unidentified people").
With no arms told they act as a mob does: their blows and their arson are mob violence
(ACLED's codebook: violence by people not organised as an armed group). A killing they
carry out, or a blade they wield, is another thing: a death dealt by people nobody can
name is the work of an unidentified armed group, violence against civilians, unless a
crowd is named as the one who dealt it. ``events`` asks this before it reads the agent
of an attack as unarmed."""

from __future__ import annotations

import re

from geo.incidents.lexicon import noun_class

# "unknown persons", "unidentified people": the words that leave them unnamed.
_UNKNOWN_PEOPLE = re.compile(r"\b(?:unidentified|unknown)\s+(?=(?:persons|people)\b)", re.I)
# What makes it a killing or an armed act: a death told, a blade used.
_LETHAL = re.compile(r"\b(?:kill\w*|murder\w*|hack\w*|stabb\w*|slash\w*|slit|behead\w*|butcher\w*|strangl\w*|to death|dead|died"
                     r"|machetes?|pangas?|knives|knife|daggers?|swords?|axes?|cutlass\w*)\b", re.I)
_CROWD = noun_class("crowd")


def unknown_as_unarmed(agent: str, sentence: str) -> str:
    """``agent`` with the words "unknown"/"unidentified" before "people"/"persons" left
    out (so they no longer read as armed men) when what they did is no killing and no
    blade is named, or when a crowd is named among them; else ``agent`` as it is."""
    if not _UNKNOWN_PEOPLE.search(agent):
        return agent
    if _LETHAL.search(sentence) and not _CROWD.search(agent):
        return agent  # "unknown people hacked a farmer to death": an attack, no mob
    return _UNKNOWN_PEOPLE.sub("", agent)
