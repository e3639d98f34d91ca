"""Whether a political party is named only as the victims' side: "a party candidate was
shot dead", "gunmen attacked the home of a party official". ACLED's codebook names the
attacker of violence against civilians; a party its victims belong to did not act, so an
attacker the report leaves unnamed is an unidentified armed group, not the party's
supporters rioting."""

from __future__ import annotations

import re

from geo.incidents.aliases import actor_hits
from geo.incidents.lexicon import noun_class

# Verbs of harm done to people or to their homes.
_HARM = (r"(?:attack(?:ed|s)?|kill(?:ed|s)?|shot|shoots?|gunned down|stabbed|hacked|beat(?:en)?|assaulted|injured|wounded"
         r"|murdered|assassinated|abducted|kidnapped|ambushed|targeted|robbed|lynched|torched|burn(?:ed|t)|petrol-bombed)")
# The party's mention opens the victims' phrase of a passive or a headline: "a party MP
# was shot", "party official killed at his home" (not "party youths attacked a man": an
# active verb with its object after it).
_HIT_AFTER = re.compile(rf"\s*(?:[\w'-]+\s+){{0,4}}?(?:(?:was|were|is|are|has been|have been|had been|got)\s+(?:\w+ly\s+)?{_HARM}\b"
                        rf"|{_HARM}(?=\s*(?:[,.;:]|$)|\s+(?:at|in|on|during|near|outside|inside|while|when|after|as)\b))", re.I)
# The party's mention inside the object of a harm verb: "attacked the home of a party MP",
# "killing two party supporters" (not "attacked by party supporters": the agent; nor past
# a clause of time: "was killed when party youths stormed …").
_HIT_BEFORE = re.compile(rf"\b{_HARM}\s+(?:(?!(?:by|when|while|as|after|before|during)\b)[\w'-]+\s+){{0,5}}$", re.I)
# People of no armed group named as the attackers ("rivals stabbed a party leader", "was
# beaten by a crowd"): then the violence is theirs, a mob's (left to the crowd rules).
_UNARMED = noun_class("crowd", "unarmed_agents")
_BY_PHRASE = re.compile(r"\s*,?\s*by\s+(?:[\w'-]+\s+){0,3}[\w'-]+", re.I)


def party_of_victims(text: str, party: str) -> bool:
    """Whether every mention of ``party`` (a dictionary actor's name) in ``text`` names
    the victims' side (see _HIT_AFTER, _HIT_BEFORE), and there is at least one."""
    mentions = [h for h in actor_hits(text) if h.actor.name.split(" (")[0] == party.split(" (")[0]]
    return bool(mentions) and all(_victims_side(text, h.start, h.end) for h in mentions)


def _victims_side(text: str, start: int, end: int) -> bool:
    after = _HIT_AFTER.match(text, end)
    if after:
        by = _BY_PHRASE.match(text, after.end())
        return not (by and _UNARMED.search(by.group()))
    before = _HIT_BEFORE.search(text[:start])
    if before:
        return not _UNARMED.search(re.split(r"[;.]\s", text[: before.start()])[-1])  # the clause's subject
    return False
