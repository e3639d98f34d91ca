"""What the incident reader produces (``Incident``) and reads (``Sentence``)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from geo.places import Mention


@dataclass
class Incident:
    """One event as ACLED codes it, plus where we read it from.

    Field names follow ACLED's codebook (and ../specs/batch-interface.md).
    """

    event_date: str | None  # ISO date, YYYY-MM-DD
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str = ""
    assoc_actors: list[str] = field(default_factory=list)
    country: str = ""
    admin1: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    time_precision: int = 1  # ACLED: 1 day, 2 week, 3 month
    fatalities: int = 0
    evidence: str = ""
    # provenance, filled by the pipeline
    doc_id: str = ""
    source: str = ""
    title: str = ""

    def to_dict(self) -> dict:
        """The fields by name, lists copied (what ``dataclasses.asdict`` gives for these
        flat fields, without its deep copy of every value)."""
        values = self.__dict__  # a dataclass's fields live there: no getattr per field
        return {f: (list(v) if isinstance(v, list) else v) for f, v in ((f, values[f]) for f in _INCIDENT_FIELDS)}

    def to_json(self) -> dict:
        """The batch interface's view: ACLED fields only."""
        d = self.to_dict()
        for k in ("doc_id", "source", "title"):
            d.pop(k)
        return d


_INCIDENT_FIELDS = tuple(f.name for f in fields(Incident))


@dataclass
class Sentence:
    """A sentence of a document: its offsets in the document, its text and the place
    mentions inside it."""

    start: int
    end: int
    text: str
    mentions: list[Mention] = field(default_factory=list)


def inside(pos: int, spans) -> bool:
    """Whether ``pos`` falls in one of the (start, end) ``spans``."""
    for a, b in spans:  # a loop, not any(…): most lists are empty or short, and this is asked often
        if a <= pos < b:
            return True
    return False
