"""``Mention``: a span of text that names a place, and what it resolved to."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from geo.gazetteer import Gazetteer, Place, load_gazetteer


@dataclass
class Mention:
    """A span of text that names a place, and what it resolved to."""

    start: int
    end: int
    text: str
    rows: tuple[int, ...] = ()  # gazetteer rows of the candidates
    # "name"; "demonym" for "Chadian troops"; "abbreviation" for "Kan."; "fallback" for a
    # name the gazetteer lacks ("Willow Creek", "Cairo Street"), placed coarsely at the
    # document's main place; "spelling" for another romanisation of a well-known place's
    # name ("Hodeidah": ``geo.places.spellings``).
    kind: str = "name"
    hint: str = ""  # a feature code the text implies: "ADM1" for "Kano State"
    place: Place | None = None
    score: float = 0.0
    alternatives: list[tuple[Place, float]] = field(default_factory=list, repr=False)
    gazetteer: Gazetteer | None = field(default=None, repr=False, compare=False)

    @property
    def candidates(self) -> list[Place]:
        gz = self.gazetteer or load_gazetteer()
        return [gz.place(r) for r in self.rows]

    def to_json(self, gazetteer: Gazetteer | None = None) -> dict:
        """The batch interface's view of the mention (../specs/batch-interface.md)."""
        out = {"start": self.start, "end": self.end, "text": self.text, **place_fields(self.place),
               "score": round(self.score, 3) if self.place is not None else 0.0}
        if self.alternatives:
            out["alternatives"] = [{**place_fields(a), "score": round(s, 3)} for a, s in self.alternatives]
        return out


_NO_PLACE = {"name": None, "lat": None, "lon": None, "geonameid": None, "country_code": None, "feature_code": None,
             "layer": None}


@lru_cache(maxsize=50_000)
def place_fields(place: Place | None) -> dict:
    """A place's fields in the batch interface (shared: callers copy them)."""
    if place is None:
        return _NO_PLACE
    return {"name": place.name, "lat": place.latitude, "lon": place.longitude, "geonameid": place.geonameid,
            "country_code": place.country_code, "feature_code": place.feature_code, "layer": place.layer}
