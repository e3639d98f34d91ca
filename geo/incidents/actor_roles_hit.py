"""A named side the incident tells only as hit: "a PDP ward chairman was shot dead", "an
attack on a party rally", "gunmen stormed the home of a party official". A party's
people are civilians (ACLED's codebook), so the party named with them is who was hit,
never who acted; with no attacker named, the perpetrator is an unidentified group."""

from __future__ import annotations

from geo.incidents.force_roles import force_is_hit
from geo.incidents.model import Sentence


def named_only_hit(sentences: list[Sentence], spans: list[tuple[int, int, str]], name: str) -> bool:
    """Whether every mention of ``name`` in the incident's sentences (``spans``: (start,
    end, name) in the document) is acted on: the subject of a passive verb of violence
    ("two party workers were stabbed") or the object of an active one ("attacked the home
    of a party official"); False when it is never named there."""
    mentions = [(a, b) for a, b, n in spans if n == name]
    if not mentions:
        return False
    for a, b in mentions:
        s = next((s for s in sentences if s.start <= a < s.end), None)
        if s is None or not force_is_hit(s.text, a - s.start, b - s.start):
            return False
    return True
