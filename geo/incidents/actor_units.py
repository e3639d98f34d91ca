"""A state's forces and one of their units named in one report ("police", "the General
Service Unit"): one side, never two. ACLED names a unit after its state's forces
("Police Forces of Ruritania General Service Unit") where the unit acts; where the report
lists the unit beside its state's other forces ("police and the border guards", "the
GSU and Ruritanian police"), the side is the state's forces as a whole."""

from __future__ import annotations

from geo.incidents.actor_sides import joined_names
from geo.incidents.aliases import is_state_force
from geo.incidents.model import Sentence


def one_side_per_state(ordered: list[str], spans: list[tuple[int, int, str]], sentences: list[Sentence]) -> list[str]:
    """``ordered`` with each state force and its named unit kept as one actor: the unit
    ("Police Forces of X General Service Unit" beside "Police Forces of X"), or the state's
    forces where the report names them in one list with the unit (``spans``: where each
    actor is named, document offsets)."""
    out = list(ordered)
    for unit in ordered:
        plain = next((p for p in ordered if p != unit and unit.startswith(p + " ") and is_state_force(p)), None)
        if plain is None or not is_state_force(unit) or unit not in out or plain not in out:
            continue
        listed = any(joined_names(sentences, a, b) for a in spans if a[2] == plain for b in spans if b[2] == unit)
        out.remove(unit if listed else plain)
    return out
