"""Things named after places: diseases first seen somewhere ("Lassa fever", "West Nile
virus", "Stockholm syndrome") and foods, breeds and goods ("Brussels sprouts", "a
Panama hat", "Turkish coffee"). A place's name or demonym followed by such a noun in
lower case names the thing, and is no mention of the place."""

from __future__ import annotations

import re

from geo.places.model import Mention
from geo.places.words import phrase_set, word_set

THING_NOUNS = word_set("thing_nouns")  # "fever", "virus"
NAMED_THINGS = phrase_set("named_things")  # "brussels sprouts", "turkish coffee"
_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def without_named_things(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less those that, with the lower-case word after them, name a thing
    (``THING_NOUNS``, ``NAMED_THINGS``)."""
    out = []
    for m in mentions:
        after = _NEXT_WORD.match(text, m.end)  # (most mentions: no lower-case word right after)
        if after is not None:
            word = after.group(1)
            if word in THING_NOUNS or f"{m.text.casefold()} {word}" in NAMED_THINGS:
                continue
        out.append(m)
    return out
