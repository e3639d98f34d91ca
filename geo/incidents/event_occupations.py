"""Places occupied by people of no armed group: students who occupy the rectorate, workers
who occupy their factory, landless farmers who occupy an estate. ACLED's codebook keeps
the non-violent transfer of territory for armed actors (rebels, militias, the state)
who take ground without a fight; an occupation by civilians who press a grievance is a
demonstration (a sit-in), a riot when they wreck or burn. ``events`` asks this of a
transfer of territory it has read."""

from __future__ import annotations

from geo.incidents.event_agents import agent_phrase
from geo.incidents.lexicon import noun_class
from geo.incidents.triggers import Trigger

# People of no armed group, by the noun classes that name crowds, strikers and civilians.
_CIVILIAN_AGENT = noun_class("crowd", "protesters", "strikers", "unarmed_agents", "civilians")
# Armed men or the state, by the classes that name them (herders included: land they take
# is a communal matter, not a sit-in).
_ARMED_AGENT = noun_class("armed", "armed_groups", "military", "police", "forces", "outlaws", "herders")


def civilians_occupied(sentence: str, trigger: Trigger) -> bool:
    """Whether ``trigger`` (an occupation) names civilians as those who occupied: the
    agent is a crowd, strikers or civilians and nothing names it armed."""
    if not trigger.text.lower().startswith("occup"):
        return False
    agent = agent_phrase(sentence, trigger)
    return bool(_CIVILIAN_AGENT.search(agent)) and not _ARMED_AGENT.search(agent)
