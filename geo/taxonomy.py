"""ACLED's event taxonomy: the one definition every stage uses.

Event types and sub-event types as in ACLED's current codebook, in codebook order (the
order of filters, legends and timelines), with the disorder type each sub-event belongs
to, and the mapping from ACLED's older event types to today's (the 2016-era exports say
"Riots/Protests", "Battle-No change of territory", "Remote violence" …).
"""

from __future__ import annotations

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

# event type -> its sub-event types, in codebook order
SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    EXPLOSIONS: ("Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                 "Remote explosive/landmine/IED", "Grenade"),
    VAC: ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    PROTESTS: ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC: ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                "Headquarters or base established", "Looting/property destruction",
                "Non-violent transfer of territory", "Other"),
}

EVENT_TYPES: tuple[str, ...] = tuple(SUB_EVENT_TYPES)

EVENT_TYPE_OF: dict[str, str] = {sub: etype for etype, subs in SUB_EVENT_TYPES.items() for sub in subs}

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"


def disorder_type(event_type: str, sub_event_type: str = "") -> str:
    """ACLED's ``disorder_type`` of an event: demonstrations (protests, violent
    demonstrations), political violence (battles, explosions, violence against civilians,
    mob violence), both for excessive force against protesters, or strategic developments."""
    if sub_event_type == "Excessive force against protesters":
        return f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}"
    if event_type == PROTESTS or (event_type == RIOTS and sub_event_type != "Mob violence"):
        return DEMONSTRATIONS
    if event_type == STRATEGIC:
        return STRATEGIC
    return POLITICAL_VIOLENCE if event_type in SUB_EVENT_TYPES else ""


# ACLED's older event types -> the current ones they may be coded as today.
_OLDER_TYPES: dict[str, frozenset[str]] = {
    "riots/protests": frozenset({PROTESTS, RIOTS}),
    "remote violence": frozenset({EXPLOSIONS}),
    "strategic development": frozenset({STRATEGIC}),
    "non-violent transfer of territory": frozenset({STRATEGIC}),
}


def current_types(event_type: str) -> frozenset[str]:
    """The current event types an (older or current) ACLED ``event_type`` stands for:
    Riots/Protests -> Protests or Riots; Battle-* -> Battles; Remote violence ->
    Explosions/Remote violence; Strategic development and Non-violent transfer of
    territory -> Strategic developments; current names map to themselves."""
    key = " ".join(event_type.split()).casefold()
    if key.startswith("battle"):
        return frozenset({BATTLES})
    if key in _OLDER_TYPES:
        return _OLDER_TYPES[key]
    for etype in EVENT_TYPES:
        if key == etype.casefold():
            return frozenset({etype})
    raise ValueError(f"unknown ACLED event type: {event_type!r}")
