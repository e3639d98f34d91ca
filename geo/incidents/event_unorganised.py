"""The sides of a clash named as people of no armed organisation ("two groups of
villagers clashed over a well", "the chairman's men fought with his rival's followers",
"students clashed with each other"). ACLED's codebook keeps battles for fights between
organised armed sides; people who are not organised as one and fight each other (or the
police) riot, whatever they fight with, petrol bombs and grenades included. Only the
sides are read: an armed group the sentence names as the cause or the scene ("after a
rebel bombing") fought no one in this clash."""

from __future__ import annotations

import re

from geo.incidents.aliases import actor_hits
from geo.incidents.event_agents import agent_phrase
from geo.incidents.lexicon import noun_class, noun_rx, nouns, words_rx
from geo.incidents.triggers import Trigger
from geo.taxonomy import BATTLES

# People named as a side: crowds, people acting together without arms, civilians by what
# they do or are, and kin.
_PEOPLE = noun_class("crowd", "unarmed_agents", "civilians", "kin")
# What makes a side armed or organised, read in the whole sentence: armed people of any
# kind, herding communities (who fight as armed parties over land and cattle), raids on
# herds (raiders armed to take them), peoples, clans and communities (communal militias),
# or anything said to be armed.
_ARMED_WORDS = re.compile(rf"\b(?:{noun_rx('armed', 'armed_groups', 'outlaws', 'herders')}"
                          r"|armed|warring|cartels?|guerrillas?|mafias?|syndicates?|ethnic|clans?|sub-clans?|tribes?|tribal|tribesmen|communal|communit(?:y|ies)"
                          r"|(?:livestock|cattle|camel|goat|stock) (?:raids?|raiding|rustling|theft))\b", re.I)
# Read in the sides only: groups named after a people or a place ("Dinka and Nuer
# groups", "Oldtown youths").
# (not a common word opening the sentence: "Rival groups of students clashed")
_NAMED_GROUPS = re.compile(r"\b(?!(?-i:Rival|Two|Three|Several|Some|Many|Local|Other|The|Both|Neighbouring|Student|Youth|Armed)\b)"
                           rf"(?-i:[A-Z][\w'-]+)s? (?:groups|{noun_rx('identity_groups')})\b", re.I)
# The state's police and soldiers, left out of the sides: a crowd or a mob fighting them
# riots (ACLED's codebook: rioters may fight the state's forces; an armed group cannot).
# With the words that make people of them ("rival factions of the national army", "members
# of the border guard"): those people are the force, not a crowd.
# (not "coalition": more often parties' than armies' in a fight of people)
_STATE_ARMY = words_rx([w for w in nouns("military") if w != "coalition"])
_STATE_FORCES = re.compile(r"\b(?:(?:[\w-]+\s+){0,2}of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?"
                           r"(?:(?:riot\s+|anti-riot\s+)?police\w*(?:\s+(?:forces?|personnel|officers?|teams?|units?|constables?))?"
                           rf"|(?:border guards?|{_STATE_ARMY}|gendarmes|gendarmerie)\b)", re.I)
# The other side, after "clashed with" / "fought against" or right after the verb
# ("battled the raiders"); the sides of a clash that "broke out between" them.
_OTHER_SIDE = re.compile(r"\s+(?:(?:with|against)\s+)?(?P<who>[^,;.]{1,80})", re.I)
_BETWEEN = re.compile(r"\s+(?:(?:took place|broke out|erupted|occurred)\s+)?between\s+(?P<who>[^,;.]{1,80})", re.I)
# Where a side's words end: the scene, the cause, the time, the harm done.
_SIDE_END = re.compile(r"\b(?:in|at|on|near|over|after|following|during|using|with|leaving|killing|injuring|wounding|as|when"
                       r"|while|who|which|that|because|for)\b", re.I)


def clash_sides(sentence: str, trigger: Trigger) -> str:
    """The words naming the sides of a clash: its subject, or the parties "between"
    whom it was ("" when neither is named: "three traders died as herders fought
    them" names one side only), and the side after the verb, "with" or "against"."""
    m = _BETWEEN.match(sentence, trigger.end)
    first = _SIDE_END.split(m.group("who"), 1)[0] if m else agent_phrase(sentence, trigger)
    if not first.strip():
        return ""
    m = _OTHER_SIDE.match(sentence, trigger.end)
    return first + " | " + (_SIDE_END.split(m.group("who"), 1)[0] if m else "")


def unorganised_clash(sentence: str, triggers: list[Trigger]) -> bool:
    """Whether the sentence's first clash has people for its sides (see _PEOPLE), nothing
    in the sentence armed or organised (see _ARMED_WORDS), the police aside, and no side
    a people's group or an armed group of the actor dictionary."""
    clash = next((t for t in sorted(triggers, key=lambda t: t.start)
                  if t.event_type == BATTLES and re.match(r"clash|confront|scuffle|fight|fought|battl|engag", t.text, re.I)), None)
    if clash is None:
        return False
    sides = _STATE_FORCES.sub(" ", clash_sides(sentence, clash))
    return bool(_PEOPLE.search(sides)) and not _NAMED_GROUPS.search(sides) and not _ARMED_WORDS.search(_STATE_FORCES.sub(" ", sentence)) \
        and not any(h.actor.inter in (1, 2, 3) and h.actor.kind != "party" for h in actor_hits(sides))
