"""Web and e-mail addresses: a place's name inside one ("www.kenya-safaris.com/Nairobi",
"info@LagosHotels.com") is part of the address, not a mention of the place."""

from __future__ import annotations

import re

from geo.places.model import Mention

# An address: a scheme or "www." and what follows up to a space; a mailbox; a host name
# ending in a common top-level domain (with a path after it perhaps).
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\."
                      r"(?:com|org|net|gov|edu|info|int)(?:\.[a-z]{2})?\b(?:/\S*)?", re.IGNORECASE)
_GATE = ("www.", "http", "@", ".com", ".org", ".net", ".gov", ".edu", ".info", ".int")


def without_web_addresses(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less those inside a web or e-mail address."""
    if not any(g in text for g in _GATE):  # (most texts: no address)
        return mentions
    spans = [m.span() for m in _ADDRESS.finditer(text)]
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
