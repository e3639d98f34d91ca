"""Who the sides of an event are by name: the actor dictionary asked whether words name
a rebel group or a militia (an organised armed side, ACLED inter 2 or 3), a political
party (whose members are civilians), or armed criminals and group members the state's
forces hit. ``events`` asks these when it weighs a battle against an attack or a riot."""

from __future__ import annotations

import re

from geo.incidents.aliases import actor_hits
from geo.incidents.background import background_spans
from geo.incidents.lexicon import noun_class

_OUTLAWS = noun_class("outlaws")
_ARMED_GROUP_NOUN = noun_class("armed_groups")


# An armed organisation named by what it is, not by its name ("the leader of an armed
# group", "members of a terror cell"), and the forces' own comrades ("turned his rifle on
# his comrades"): armed men either way, so the shooting is a battle (ACLED's codebook codes
# fighting within a state's forces as a battle of the force against itself).
_ARMED_ORGANISATION = re.compile(r"\b(?:armed|terror(?:ist)?|militant|criminal|rebel|jihadist|extremist|insurgent|separatist)"
                                 r" (?:groups?|gangs?|cells?|networks?|outfits?|organi[sz]ations?|members)\b", re.I)
_COMRADES = re.compile(r"^\s*(?:(?:on|at|upon)\s+)?(?:(?:[\w-]+\s+){0,2}of\s+)?(?:his|her|their)\s+(?:own\s+)?(?:colleagues?|comrades?|fellow (?:officers?|soldiers?|policem[ae]n|troops)"
                       r"|superiors?|boss|commanding officer|commander)\b"
                       # counted, no possessive: "shot dead two colleagues", "a fellow officer"
                       r"|^\s*(?:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+)(?:colleagues?|comrades?"
                       r"|fellow (?:officers?|soldiers?|policem[ae]n|troops))\b", re.I)
# One of the state's armed men named by rank ("an officer", "a constable"): an agent of the state.
STATE_RANK = noun_class("state_ranks")


def state_foes(victims: str) -> bool:
    """Whether those the state's forces hit are an armed side: armed criminals ("robbers",
    "gang members", "bandits"), armed-group nouns, an armed organisation named by what it
    is, the forces' own comrades, or members or suspects of a named rebel, militant or
    militia group ("two al-Naba suspects")."""
    if _OUTLAWS.search(victims) or _ARMED_GROUP_NOUN.search(victims) or _ARMED_ORGANISATION.search(victims) \
            or _COMRADES.match(victims):
        return True
    member = re.search(r"\b(?:members?|suspects?|fighters?|operatives?|commanders?|leaders?)\b", victims, re.I)
    return bool(member) and names_armed_group(victims[: member.end()])


def armed_group_named(text: str) -> bool:
    """A rebel group or a militia other than a party's supporters named (ACLED: an
    organised armed side, whose clashes are battles, not riots)."""
    for a, b in background_spans(text):  # "in protest at a raid on the group's members": not a side
        text = text[:a] + " " * (b - a) + text[b:]
    return names_armed_group(text)


def names_armed_group(text: str) -> bool:
    """Whether ``text`` names a rebel group or a militia of the actor dictionary (inter 2
    or 3), not a political party (whose members are civilians)."""
    return any(h.actor.inter in (2, 3) and h.actor.kind != "party" for h in actor_hits(text))


def party_named(text: str) -> bool:
    return any(h.actor.kind == "party" for h in actor_hits(text))


def actor_inters(text: str) -> list[int]:
    return [hit.actor.inter for hit in actor_hits(text)]
