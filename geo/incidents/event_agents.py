"""Who acted and who was hit, read from the words around an event's trigger: the agent
after "by" in a passive clause, the parties "between" whom a clash was, else the subject
of the clause the trigger ends; whether the clause is passive (its subject hit, as in
"came under fire" or a headline's "two police killed"). ``events`` reads the sides of an
event with these."""

from __future__ import annotations

import re

from geo.incidents.actor_roles_passive import PASSIVE_BEFORE, by_agent
from geo.incidents.event_sides import headline_passive
from geo.incidents.triggers import Trigger

# (and a lead clause of cause, "After a driver died in police custody, …":
# the police named there did not act in the clause that follows)
_LEAD_ADVERBIAL = re.compile(r"^\s*(?:(?:On|In|Around|During|Between|At|Early|Late|Last|Overnight|Later|Earlier)\b[^,]{0,60},\s*"
                             r"|(?i:following|in the wake of|in the aftermath of|in response to|in retaliation for|amid|amidst)\b[^,;]{0,120},\s*)+")

_BY_AND = re.compile(r"\bby\s+(?P<who>(?:[\w'-]+\s+){1,4}?)and\s+(?:then\s+|later\s+)?$", re.I)
_DYING = re.compile(r"(?:succumb|died|dies|perish|lost (?:their|his|her) li|(?:are |were |is |was |left |lay |lie )?dead\b)", re.I)

# A relative clause's opening ("… who had", "… that"): its subject is the words before it.
_RELATIVE_END = re.compile(r"\b(?:who|that)\s+(?:(?:had|have|has)\s+)?(?:\w+ly\s+|then\s+|also\s+)?$", re.I)
# Where those words begin: after the main clause's verb or a preposition.
_BEFORE_ANTECEDENT = re.compile(r"\b(?:at|on|with|against|to|for|from|by|upon|into|onto|and|but|among)\b|\b[a-z]+ed\b")
# (compiled here, not named in ``re.match(str, …)`` calls: read for every event sentence,
# where ``re``'s look-up of its cache costs as much as a short match)
_BETWEEN = re.compile(r"\s+between (?P<who>[^,;.]{1,80})")
_PAST_PASSIVE = re.compile(r"\b(?:was|were|been|being|got)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b", re.I)
_CLAUSE_BREAK = re.compile(r";|\b(?:when|after|as|while|before|then)\b")


def agent_phrase(sentence: str, trigger: Trigger) -> str:
    """The words naming who acted: after "by" in a passive clause ("was beaten by a
    crowd"), the parties after "between" of a clash, else the subject of the clause the
    trigger ends ("members of the two factions clashed"); "" when the clause is passive
    and names no agent ("two men were killed in clashes")."""
    after, before = sentence[trigger.end :], sentence[: trigger.start]
    if _DYING.match(trigger.text):
        return ""  # "two gendarmes succumbed to their injuries": the subject died, it did not act
    # "by" up to five words on ("was burnt with a hot iron by a soldier"), in the same
    # clause and not naming who leads or backs a group ("a clan led by a chief")
    who = by_agent(after)
    if who is not None:
        return who
    m_between = _BETWEEN.match(after)
    if m_between:
        return m_between.group("who")
    m_by_before = _BY_AND.search(before)
    if m_by_before and _PAST_PASSIVE.search(before[: m_by_before.start()]):
        # "was pulled from a police van by villagers and then stoned": the agent of the
        # first participle did the second
        return m_by_before.group("who")
    clause = clause_before(before)
    if headline_passive(clause, trigger.text, after):
        return ""  # "two police killed on patrol": the victims, no agent named
    if _PASSIVE.search(clause) \
            or PASSIVE_BEFORE.search(before[-30:]):
        return ""
    relative = _RELATIVE_END.search(clause)
    if relative:
        # "police dispersed traders who had blocked the road": who blocked it are the
        # traders the relative clause hangs on, not the subject of the main clause
        return _BEFORE_ANTECEDENT.split(clause[: relative.start()])[-1]
    return clause


# An aside between commas opened by a participle ("Residents, accusing the police of a
# killing, burned tyres"; "gunmen, dressed in army uniforms, killed …"): it tells why the
# subject acted or how it looked, and those it names did not act. Not the arms the subject
# carried ("youths, armed with machetes, …"): they say who acted.
_PARTICIPLE_ASIDE = re.compile(r",\s*(?!(?:armed|carrying|wielding|brandishing|equipped|backed|supported|accompanied|joined|led)\b)"
                               r"(?:[a-z]+ing|[a-z]+ed)\b[^,;]*,", re.I)


def clause_before(before: str) -> str:
    """The words of the clause that ends where ``before`` ends, lead adverbials and
    participle asides left out."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    clause = _LEAD_ADVERBIAL.sub("", clause)  # "On 3 May, in the capital, …"
    return _PARTICIPLE_ASIDE.sub(" ", clause) if "," in clause else clause


def headline_victims(sentence: str, trigger: Trigger) -> bool:
    return headline_passive(clause_before(sentence[: trigger.start]), trigger.text, sentence[trigger.end :])
