"""A report that opens with its background: a first event sentence whose every trigger lies
in a clause recalling another event ("Tensions have run high since clashes between two
villages in January.", "The town has seen attacks by militants since last year.") tells
the setting, and a later sentence with an event of its own ("On 3 March, armed men killed
two farmers.") is the report's event, unless it goes on with a pronoun about the first
sentence's people. ``events`` asks this before it reads the main one."""

from __future__ import annotations

from geo.incidents.background import background_spans
from geo.incidents.event_pronouns import opens_with_pronoun
from geo.incidents.model import inside


def _foreground(sentence: str, triggers) -> bool:
    spans = background_spans(sentence)
    return not spans or any(not inside(t.start, spans) for t in triggers)


def foreground_first(per: list) -> list:
    """``per`` (event sentences with their triggers, in order) from the first sentence with
    a trigger of its own, when the first ones only recall other events; as it is else."""
    if len(per) < 2 or _foreground(*per[0]):
        return per
    for i in range(1, len(per)):
        if _foreground(*per[i]):
            # "… caught a man they accused of theft. They beat him to death.": a pronoun goes
            # on with the first sentence's people, whose background is this event's own
            return per if opens_with_pronoun(per[i][0]) else per[i:]
    return per
