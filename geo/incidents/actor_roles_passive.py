"""Who acted in a passive clause: the words after "by" that name the agent of an event
verb ("a patrol was ambushed by militants", "two traders were shot at the market by
gunmen"), and those after "from" where the subject underwent the act ("a convoy came
under fire from rebels"). The one reader of a passive's agent: the event typing
(``event_agents``) and the actors (``actor_agent``) both read who acted with it."""

from __future__ import annotations

import re

# The verb "to be" right before an event verb: its subject is hit ("two soldiers were killed").
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?$", re.I)
# "by" right after a participle, or after the place it names ("killed in the district by
# gunmen"): a passive, its agent after "by".
BY_NEXT = re.compile(r"\s+(?:(?:in|at|on|near|outside|inside)\s+(?:[\w'-]+\s+){0,3}?)?by\b", re.I)
# "came under fire": those before the verb were hit, as in a passive.
UNDERGONE = re.compile(r"c(?:a|o)m(?:e|es|ing)? under\b", re.I)

# "by" up to five words on ("was dragged from the bus and beaten by militiamen"), in the same clause.
_BY_AGENT = re.compile(r"(?P<gap>(?:\s+[\w'-]+){0,5}?)\s+by (?P<who>[^,;.]{1,80})")
# Words before "by" that make it no agent of the event verb: a new clause opened ("killed
# before being taken by …"), or who leads, backs or caused something ("a faction headed
# by a general", "unrest sparked by a price rise", "a raid claimed by a group").
_BY_NOT_AGENT = re.compile(r"\b(?:before|after|when|while|as|and|then|until|who|which|that|whom|led|backed|supported|sponsored"
                           r"|headed|commanded|owned|organi[sz]ed|funded|allied|followed|accompanied|joined|sparked|caused|triggered"
                           r"|prompted|fu?elled|provoked|motivated|inspired|called|announced|claimed|condemned)\s*$"
                           r"|\b(?:before|after|when|while|then|until|who|which|that|whom|between|following)\b", re.I)
# Where the agent's words end: a place, a time or a new clause after them.
_AGENT_ENDS = re.compile(r"\b(?:in|at|on|near|after|while|when|during|over|who|with|as|that|which|before|following)\b")

# The source of what the subject underwent: "… came under heavy fire from rebels".
_UNDER_FROM = re.compile(r"(?:\s+[\w'-]+){0,2}?\s+from (?P<who>[^,;.]{1,80})")
# The agent of a second passive joined to the event verb's: "a guard was shot and his
# weapon seized by bandits".
_JOINED_PASSIVE_BY = re.compile(r"[^.;]{0,60}?\band (?:[\w'-]+ ){0,3}?(?:(?:was|were) )?(?:\w+ly )?[a-z]+(?:ed|en|n|t)"
                                r" by (?P<who>[^,;.]{1,80})")


def by_agent(after: str, through_cause: bool = False) -> str | None:
    """The words naming the agent after "by" (``after``: the sentence from the end of an
    event verb on): "[was ambushed] near the river by militants who fled" -> "militants ";
    None when no "by" follows in the verb's clause, or its "by" names a leader, a backer or
    a cause rather than who did the act. ``through_cause``: also read the attacker of the
    attack the verb's clause names as its cause ("[died] after a night raid by bandits"
    -> "bandits "): who hit the subject, though not the verb's own agent."""
    m_by = _BY_AGENT.match(after)
    if m_by is None or (_BY_NOT_AGENT.search(m_by.group("gap"))
                        and not (through_cause and _CAUSE_ATTACK.fullmatch(m_by.group("gap")))):
        return None
    return _AGENT_ENDS.split(m_by.group("who"))[0]


# An attack named as the cause of what the subject suffered: "… following an attack",
# "… in a night raid", "… after an ambush".
_CAUSE_ATTACK = re.compile(r"\s+(?:following|after|during|in)\s+(?:an?|the)\s+(?:[\w'-]+\s+)?"
                           r"(?:attacks?|ambush(?:es)?|raids?|assaults?|offensive)", re.I)


def undergone_source(after: str) -> str | None:
    """After "came under fire" or "came under attack": the words naming who fired, after
    "from" ("… from rebels positioned on a hill" -> "rebels positioned "); None if none."""
    m_from = _UNDER_FROM.match(after)
    return _AGENT_ENDS.split(m_from.group("who"))[0] if m_from else None


def joined_passive_agent(after: str) -> str | None:
    """The agent of a passive verb joined by "and" to the event verb's clause ("[was shot]
    and his rifle taken by bandits" -> "bandits"); None if none."""
    m_joined = _JOINED_PASSIVE_BY.match(after)
    return _AGENT_ENDS.split(m_joined.group("who"))[0] if m_joined else None
