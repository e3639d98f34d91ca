"""Lone villages: a small town a document names far from all its other places.

A gazetteer of towns of some hundreds of people lacks most hamlets and many villages, so
a village name in a local report often matches only namesakes elsewhere. Where the
village read lies far from every other place the document names, and those places lie
in its country around a main place, the village the text means is more likely one near
that main place that the gazetteer lacks: ``geo.places.resolve`` answers it there, with
a coarse score, as it does a name the gazetteer lacks.
"""

from __future__ import annotations

from geo.gazetteer import Gazetteer, within_km
from geo.places.model import Mention
from geo.places.rank_context import NEAR_KM, PlaceName

LONE_VILLAGE = 8_000  # a town of fewer people than this (0: unknown)
LONE_VILLAGE_OTHERS = 2  # ... and at least this many other names read as towns or counties
_SETTLED_CODES = ("PPL", "PPLC", "ADM2")


def lone_villages(names: list[PlaceName], mentions: list[Mention], gz: Gazetteer,
                  qualified: set[int] | dict) -> list[PlaceName]:
    """The names read as a village (LONE_VILLAGE) that lies farther than NEAR_KM from the
    towns and counties every other name is read as (LONE_VILLAGE_OTHERS of them at least,
    all in the village's country), and that the text does not qualify ("X, Y")."""
    settled = []  # (name index, place) of the names read as a town or county
    for idx, n in enumerate(names):
        place = mentions[n.mentions[0]].place
        if n.kind == "name" and place is not None and place.feature_code in _SETTLED_CODES \
                and place.latitude is not None:
            settled.append((idx, place))
    if len(settled) <= LONE_VILLAGE_OTHERS:
        return []
    out = []
    for idx, p in settled:
        if p.feature_code != "PPL" or p.population >= LONE_VILLAGE:
            continue
        if any(k in qualified for k in names[idx].mentions):
            continue
        others = [q for j, q in settled if j != idx]
        if any(q.country_code != p.country_code for q in others):
            continue
        if not any(within_km(p.latitude, p.longitude, q.latitude, q.longitude, NEAR_KM) for q in others):
            out.append(names[idx])
    return out
