"""Who acts in an incident's first event sentence: the agent named after "by" in a
passive clause ("was killed by unknown gunmen"), else the subject of its strongest
active verb ("Ruritanian troops beat back a rebel attack": the troops)."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer
from geo.incidents.actor_names import gangs_named, state_force_matches, state_forces
from geo.incidents.actor_sides import FORCE_NAMES
from geo.incidents.aliases import actor_dictionary, actor_hits, is_state_force, negated, tied
from geo.incidents.actor_roles_passive import PASSIVE_BEFORE, UNDERGONE, by_agent, joined_passive_agent, undergone_source
from geo.incidents.events import RETURNED_FIRE, TWO_SIDED
from geo.incidents.force_roles import force_spans
from geo.incidents.identity_militias import _named_militia
from geo.incidents.lexicon import generic_actors, noun_rx
from geo.incidents.model import Sentence
from geo.incidents.triggers import Trigger, sentence_triggers

_MEMBERS_OF = re.compile(r"[\w' -]{1,25}? (?:from|of|belonging to|loyal to|linked to) (?:the |an? )?", re.I)


def _stem(template: str) -> str:
    """"Military Forces of {country}" -> "Military Forces"; "Protesters ({country})" -> "Protesters"."""
    return template.split(" of {country}")[0].replace(" ({country})", "")  # a unit's too: "… of {country} Prison Guards"


def title_generic(phrase: str) -> str:
    """"Iran-backed militias" -> "Iran-backed Militias" (an unnamed group, ACLED-style)."""
    words = phrase.split()
    return " ".join([words[0]] + [w.capitalize() for w in words[1:]])


def agent_of(sentences: list[Sentence], ordered: list[str], gz: Gazetteer, iso: str = "", unnamed: str = "") -> str | None:
    """The actor that acts in the first event sentence: named after "by" in a passive
    clause ("was killed by unknown gunmen"), else the subject of its strongest active
    verb ("Ruritanian troops beat back a rebel attack": the troops; "Six fighters died when
    foreign jets struck": the jets). ``unnamed``: the report's name for an unidentified
    armed group ("Unidentified Armed Group (Chad)"), for attackers the report leaves unnamed."""

    def as_ordered(name: str) -> str:
        same = next((n for n in ordered if n.split(" (")[0] == name.split(" (")[0]), None)
        # A unit listed with its state's other forces stands for them (``one_side_per_state``).
        return same or next((n for n in ordered if is_state_force(n) and name.startswith(n + " ")), name)

    def named(said_after_by: str) -> str | None:
        # The article stays for the unnamed actors' words ("by an officer": police).
        phrase = re.sub(r"^(?:the|an?) ", "", said_after_by)
        for hit in actor_hits(phrase):
            return as_ordered(actor_dictionary().actor_in(hit, iso).name)
        for _pos, name, _ in state_forces(phrase, gz):
            return name
        for name in ordered:
            # "killed by Koro militants": the people's militia, not an unnamed armed group.
            if _named_militia(name) and re.match(rf"{re.escape(name.split(' ')[0])}s?\b", phrase):
                return name
        for g in generic_actors():
            if g.name.startswith("Civilians") or not g.pattern.search(said_after_by):
                continue
            stem = _stem(g.name)
            same = next((n for n in ordered if n.startswith(stem)), None)
            if same is None and unnamed and stem == _stem(unnamed.split(" (")[0]) \
                    and all(is_state_force(n) or n.startswith("Civilians") for n in ordered):
                # "soldiers were wounded in an attack by gunmen": the unnamed attackers act,
                # though the cause clause kept them off the report's list; with a group
                # named beside the forces they may be its men, so not then.
                return unnamed
            return same
        return None

    hit_only = False  # an earlier event sentence told only who was hit ("two soldiers were killed")

    def later(name: str) -> str | None:
        # Read past such a sentence, the attacker the next one names acts ("… were killed.
        # Gunmen ambushed their patrol"); forces or people named there answer or suffer.
        return None if hit_only and (is_state_force(name) or name.startswith("Civilians")) else name

    for s in sentences:
        triggers = sorted(sentence_triggers(s.text), key=lambda t: t.start)
        if not triggers:
            continue
        passive = [t for t in triggers if PASSIVE_BEFORE.search(s.text[max(0, t.start - 30) : t.start])
                   or re.match(r"\s+by\b", s.text[t.end :]) or UNDERGONE.match(t.text)]
        by_agents = []  # (offset of the verb, who): "was killed by unknown gunmen"
        for t in triggers:
            after = s.text[t.end :]
            said_by = by_agent(after, through_cause=True)
            if said_by is None and UNDERGONE.match(t.text):
                # "a convoy came under fire from rebels": those who fired come after "from",
                # as a passive's agent after "by"; the subject was hit.
                said_by = undergone_source(after)
            if said_by is None and t in passive:
                # "a guard was shot and his weapon seized by bandits": the agent
                # of the passive verb joined to the trigger's.
                said_by = joined_passive_agent(after)
            words = _AGENT_WORDS.match(said_by.strip()) if said_by else None
            if words and (t in passive or PASSIVE_BEFORE.search(s.text[max(0, t.start - 30) : t.start])):
                who = named(words.group())
                if who:
                    by_agents.append((t.start, who))
        active = [t for t in triggers if t not in passive]
        if not active:
            # "A commander was arrested", "two soldiers were killed": the subject of a
            # passive verb is acted on; with no "by", this sentence does not name the agent.
            if by_agents:
                return later(by_agents[0][1])
            hit_only = True
            continue
        best = max(active, key=lambda t: (t.strength, -t.start))
        relative = _relative_attack(s.text, triggers, passive)
        if relative is not None:
            best = relative[1]  # "… in a gunfight with bandits who ambushed them": the ambush
        if by_agents and by_agents[0][0] < best.start:
            # The first act decides: "a trader was shot by gunmen, who then fled when police
            # arrived"; but "bandits attacked a village and were repulsed by police": bandits.
            return later(by_agents[0][1])
        start = max((t.end for t in passive if t.start < best.start), default=0)
        # "a constable was arrested after shooting a trader": the sentence's subject shot.
        gerund = s.text[best.start : best.end].endswith("ing") and _GERUND_AFTER.search(s.text, 0, best.start)
        start = 0 if gerund else start
        lead = re.match(r"(?:While|After|Following|Despite|Although|As|When|Before|Since|Amid|In response to)\b[^,]{0,80},\s",
                        s.text)
        if lead and lead.end() <= best.start:
            start = max(start, lead.end())  # "While chasing the rebels …, Ruritanian troops shelled …"
        clause = [] if gerund else [m.end() for m in re.finditer(r"\b(?:when|as|after)\s", s.text[start : best.start])]
        if clause:
            start += clause[-1]  # "six fighters died when foreign jets bombed …": the jets
        head = s.text[start : best.start + 12]  # "the air force launched …": the agent inside the trigger
        head_at = start  # where ``head`` lies in the sentence
        if _AGENT_NOUN_FIRST.match(best.text):
            head = s.text[start : best.end]  # "militiamen known as the Red Brigade attacked": the name inside it
        elif clause and _PRONOUN.match(s.text, start):
            # "A constable was arrested after he shot a trader": "he" is the sentence's subject.
            head = s.text[: triggers[0].start]
            head_at = 0
        candidates: list[tuple[int, str]] = []
        head_hits = actor_hits(head)

        def answers(pos: int, end: int) -> bool:
            # "Police are probing the murder", "police found the bodies": a force
            # that only answers or finds is not the subject who acted.
            return _FORCE_ONLY_FINDS.match(s.text, head_at + end) is not None

        for pos, end, name, _ in state_force_matches(head, gz):
            if not tied(head, pos, end) and not any(pos <= h.start and h.end <= end and is_state_force(h.actor.name)
                                                    for h in head_hits) and not answers(pos, end):
                candidates.append((pos, name))
        for hit in head_hits:
            if not negated(head, hit.start) and not tied(head, hit.start, hit.end) \
                    and not (is_state_force(hit.actor.name) and answers(hit.start, hit.end)):
                candidates.append((hit.start, as_ordered(actor_dictionary().actor_in(hit, iso).name)))
        candidates += gangs_named(head)
        for name in ordered:
            # "Gunmen from the Koro militia", "Koro raiders attacked": the identity militia acts.
            if _named_militia(name):
                people = re.search(rf"\b{re.escape(name.split(' ')[0])}\b", head)
                if people:
                    candidates.append((people.start(), name))
        for g in generic_actors():
            if g.name.startswith("Civilians"):
                continue
            stem = _stem(g.name)
            for m in g.pattern.finditer(head):
                if g.name.startswith(FORCE_NAMES) and answers(m.start(), m.end()):
                    continue
                for name in ordered:
                    if name.startswith(stem) or name == title_generic(m.group()):
                        candidates.append((m.start(), name))
                        break
        if candidates:
            # "gunmen of the Red Hill gang": the group they belong to acts.
            belongs = [c for c in candidates if any(o[0] > c[0] and _MEMBERS_OF.fullmatch(head, c[0], o[0]) for o in candidates)]
            candidates = [c for c in candidates if c not in belongs] or candidates
            # The subject is named first ("the rebels say they killed four soldiers").
            if relative is not None:
                # The side named right before "who" attacked: the last one named before it.
                before = [c for c in candidates if head_at + c[0] < relative[0]]
                if before:
                    return later(max(before)[1])
            return later(min(candidates)[1])
        if by_agents:
            return later(by_agents[0][1])
        break
    return None


# After a force's noun, what it does when it only answers a killing: it investigates,
# finds the dead, launches a probe ("police are probing the murder of …").
_FORCE_ONLY_FINDS = re.compile(r"(?:\s+(?:are|is|were|was|have|has|had|later|also|then))*\s+(?:investigat\w+|probing|found|discovered"
                               r"|recovered|retrieved|launched an? (?:probe|investigation|manhunt|search))\b", re.I)
_AGENT_NOUN_FIRST = re.compile(rf"(?:{noun_rx('armed_groups')})\b", re.I)
_PRONOUN = re.compile(r"(?:he|she|they)\s", re.I)
_GERUND_AFTER = re.compile(r"\b(?:after|before|while|for|upon|when)\s+$", re.I)
# The first words of an agent's phrase, which name it ("the heavily armed men …": an article
# and up to four words).
_AGENT_WORDS = re.compile(r"(?:the |an? )?[\w'-]+(?: [\w'-]+){0,3}")


# A relative clause of attack on the other side: "bandits who ambushed them", "rebels who had
# attacked their base". Before it only two-sided fighting ("a gunfight with") or the hit
# ("three soldiers were killed"); the side it names initiated (ACLED's first actor).
_WHO_BEFORE = re.compile(r"\b(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?$", re.I)
_ON_THEM = re.compile(r"(?:\s+[\w'-]+){0,1}?\s+(?:them|their|him|his|her|its)\b", re.I)


def _relative_attack(text: str, triggers: list[Trigger], passive: list[Trigger]) -> tuple[int, Trigger] | None:
    """(where "who" stands, the trigger of its clause) when the sentence's first one-sided
    act is a relative clause's attack on the forces or on those the subject names; else None."""
    for t in triggers:
        within = " who " in t.text
        who = re.search(r"\bwho\b", t.text) if within else _WHO_BEFORE.search(text, 0, t.start)
        if who is None:
            if t in passive or TWO_SIDED.match(t.text) or RETURNED_FIRE.match(t.text):
                continue  # the hit, or fighting that tells no initiator
            return None
        at = t.start + who.start() if within else who.start()
        on_forces = any(t.end <= a <= t.end + 30 for a, _ in force_spans(text))
        return (at, t) if _ON_THEM.match(text, t.end) or on_forces else None
    return None
