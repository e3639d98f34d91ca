"""Web and e-mail addresses: a place's name inside one ("www.kenya-safaris.com/Nairobi",
"info@LagosHotels.com", "Nigeria.com") is part of the address, not a mention of the
place."""

from __future__ import annotations

import re

from geo.places.model import Mention

# Where an address shows itself: a scheme, "www.", a mailbox's "@", or a host name's
# ending in a common top-level domain (looked for only in the word, spaces aside, of a
# name written against a dot, slash or "@").
_MARK = re.compile(r"https?://|www\.|@|\.(?:com|org|net|gov|edu|info|int)\b", re.IGNORECASE)
_NOT_SPACE = re.compile(r"\S*")


def inside_web_address(text: str, m: Mention) -> bool:
    """Whether the mention is inside a web or e-mail address: written against a dot,
    slash or "@", in a word (spaces aside) that holds an address's mark."""
    if text[m.start - 1 : m.start] not in _JOINERS and text[m.end : m.end + 1] not in _JOINERS:
        return False  # (most mentions)
    start = max(text.rfind(" ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    return _MARK.search(text, start, _NOT_SPACE.match(text, m.end).end()) is not None


_JOINERS = frozenset("./@")  # (not "": a name at the text's start or end is no part of an address)
