"""``Mention``: a span of text that names a place, and what it resolved to."""

from __future__ import annotations

from dataclasses import dataclass, field

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
    # name ("Hodeidah": ``geo.places.spellings``); "seat" for a union of states answered
    # at the seat of its institutions ("EU": Brussels), which says nothing of where the
    # document is.
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
        # (``_json_forms`` and ``_rounded`` are asked of their memos in line: a mention
        # with its alternatives asks them up to eight times, and most answers are known)
        forms_by_row, rounded = _FORMS_BY_ROW, _ROUNDED
        place = self.place
        if place is None:
            out = dict(_NO_PLACE_MENTION)
        else:
            forms = forms_by_row.get(place.index)
            out = (forms if forms is not None and forms[0] is place else _json_forms(place))[1].copy()
            score = self.score
            out["score"] = rounded.get(score) or _rounded(score)
        out["start"] = self.start
        out["end"] = self.end
        out["text"] = self.text
        if self.alternatives:
            alternatives = out["alternatives"] = []
            for alternative, score in self.alternatives:
                forms = forms_by_row.get(alternative.index)
                entry = (forms if forms is not None and forms[0] is alternative else _json_forms(alternative))[2].copy()
                entry["score"] = rounded.get(score) or _rounded(score)
                alternatives.append(entry)
        return out


_NO_PLACE = {"name": None, "lat": None, "lon": None, "geonameid": None, "country_code": None, "feature_code": None,
             "layer": None}


# The batch output's forms of each place and its rounded scores, kept: a document's names
# recur in its mentions and across documents, and working them out again (a place's hash
# is a Python call; ``round(x, 3)`` formats the float's digits) was most of the output's
# cost. A mention's object is a copy of its place's form (the keys in their order, the
# values to fill in), which copies in C.
_MEMO_LIMIT = 50_000
_FORMS_BY_ROW: dict[int, tuple[Place, dict, dict]] = {}  # row -> (the place, its mention form, its alternative form)
_ROUNDED: dict[float, float] = {}
_NO_PLACE_MENTION = {"start": None, "end": None, "text": None, **_NO_PLACE, "score": 0.0}


def place_fields(place: Place | None) -> dict:
    """A place's fields in the batch interface (shared: callers copy them)."""
    if place is None:
        return _NO_PLACE
    return {"name": place.name, "lat": place.latitude, "lon": place.longitude, "geonameid": place.geonameid,
            "country_code": place.country_code, "feature_code": place.feature_code, "layer": place.layer}


def _json_forms(place: Place) -> tuple[Place, dict, dict]:
    """(place, its batch object as a mention's place, as an alternative), the mention's
    span and the score left to fill in (shared: callers copy the objects)."""
    known = _FORMS_BY_ROW.get(place.index)
    if known is not None and known[0] is place:  # (the same object: places are immutable)
        return known
    fields = place_fields(place)
    if len(_FORMS_BY_ROW) >= _MEMO_LIMIT:
        _FORMS_BY_ROW.clear()
    forms = _FORMS_BY_ROW[place.index] = (place, {"start": None, "end": None, "text": None, **fields, "score": None},
                                          {**fields, "score": None})
    return forms


def _rounded(score: float) -> float:
    """``round(score, 3)`` (scores are never -0.0, which would share 0.0's entry)."""
    rounded = _ROUNDED.get(score)
    if rounded is None:
        if len(_ROUNDED) >= _MEMO_LIMIT:
            _ROUNDED.clear()
        rounded = _ROUNDED[score] = round(score, 3)
    return rounded
