"""Event triggers: the words that make a sentence an event sentence (``triggers.toml``),
found in one sentence with the few rules that veto a match."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress

from geo.incidents.background import background_spans
from geo.incidents.event_spelling import respelled_triggers
from geo.incidents.lexicon import noun_rx, trigger_rules
from geo.incidents.model import inside
from geo.incidents.prefilter import KeyedPatterns
from geo.taxonomy import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, VAC

_SEIZED_THINGS = re.compile(r"\b(?:weapons|arms|guns|ammunition|drugs|goods|vehicles?|cattle|livestock|equipment|documents|"
                            r"contraband|cannabis|cocaine|property|assets|funds)\b(?:\s+\w+){0,2}\s*$", re.I)
_ARMED_SUBJECT = re.compile(rf"\b(?:{noun_rx('military', 'police', 'armed_groups')})[\w, ]{{0,60}}$", re.I)
_MILITARY_STRIKE = re.compile(r"\b(?:air|airstrikes?|drone|missile|military|aerial|artillery|precision|retaliatory|surgical"
                              r"|targeted|punitive|rocket|naval|overnight|US|Israeli|Russian|coalition|pre-emptive)\b", re.I)
# "police fired tear gas at supporters marching": the crowd, not the police, marches.
_MARCHERS = re.compile(rf"\b(?:{noun_rx('crowd', 'protesters')}|people|tear ?gas|teargas|dispers\w+|fired|blocked|stopped"
                       r"|b(?:roke|reak|reaking) up|batons?|halted|disrupted)\b", re.I)
# A symbol told as the subject of the burning ("his effigy was set on fire", "posters of
# the minister were burnt"): a symbolic act, no crowd's destruction (ACLED's codebook).
# Read before the trigger, which opens at the auxiliary or at the verb after it.
SYMBOL_BURNT_BEFORE = re.compile(rf"\b(?:{noun_rx('symbols')})(?: of (?:[\w'-]+ ){{1,5}}?)?\s*"
                                 r"(?:(?:was|were|been|being|got|is|are)\s+(?:\w+\s+)?)?$", re.I)
_FIRE_WORDS = ("burn", "set", "torch", "was ", "were ", "been ", "being ")
_BURNT_VEHICLE = re.compile(r"\b(?:vehicles?|cars?|trucks?|buses|convoy|tanks?|pickups?)\b[^.,;]{0,25}$", re.I)
_MISHAP = re.compile(r"\b(?:accident|crash|collision|fell|stampede)", re.I)
# "withdrew without fighting", "no clashes were reported": violence the report denies.
# Shots fired into the air warn a crowd; they hit no one (ACLED's codebook: the crowd's
# event, with an intervention), so they are no attack.
_WARNING_SHOTS = re.compile(r"(?:fir(?:e|ed|es|ing)|shot|shoot(?:s|ing)?|gunshots?)(?:\s+(?:warning\s+)?(?:shots|gunshots|rounds|bullets)"
                            r"|\s+several times)?\s+(?:in|into|up in) the air\b", re.I)
# Violence a report denies at more words' distance ("with no violence or clashes reported",
# "free of any running battles"): read for a crowd's violence, the riot words.
DENIED_BEFORE = re.compile(r"\b(?:no|not|nor|never|without|devoid of|free of|free from|absence of)\s+(?:[\w'-]+\s+){0,4}?"
                           r"(?:(?:or|and)\s+)?$", re.I)
_DEVOID = re.compile(r"\b(?:devoid of|free of|free from|absence of)\s+(?:[\w'-]+\s+){0,4}?(?:(?:or|and)\s+)?$", re.I)
# Violence threatened, vowed or planned ("threatened to burn the truck", "vowed to attack
# the camp"): no act (ACLED records what happened, not threats); not "attempted to", an act.
# Before a trigger, or inside one that opens at its subject ("militants vowed to attack").
_THREAT_WORDS = (r"\b(?:threat(?:en)?(?:ed|ing|s)?|vow(?:ed|s|ing)?|plann?(?:ed|ing|s)?|plott(?:ed|ing)|plots?|intend(?:ed|s|ing)?"
                 r"|pledg(?:ed|es|ing)|promis(?:ed|es|ing)|want(?:ed|s|ing)?)\s+to\s")
_THREATENED = re.compile(rf"{_THREAT_WORDS}+(?:\w+ly\s+)?$", re.I)
_THREAT_WITHIN = re.compile(_THREAT_WORDS, re.I)
_DENIED = re.compile(r"\b(?:without|no|nor)\s+(?:any\s+|a\s+|further\s+|major\s+|reported\s+|serious\s+)?$", re.I)


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    event_type: str
    sub_event_type: str
    strength: int
    text: str
    name: str = ""


def strongest(triggers) -> Trigger:
    """The trigger that stands for the event: the strongest; of equals the first, and at one
    place the longer (more specific) words."""
    return max(triggers, key=lambda t: (t.strength, -t.start, t.end))


def triggers_as_written(sentence: str) -> tuple[Trigger, ...]:
    """Every trigger of ``sentence``, misspelt trigger words too, before its background
    clauses are read (they only choose among these, never drop them all: whether a few
    words hold a trigger is whether this is empty)."""
    return all_triggers(sentence) or respelled_triggers(sentence, all_triggers)


@lru_cache(maxsize=8192)
def sentence_triggers(sentence: str) -> tuple[Trigger, ...]:
    """Triggers of one sentence, background ones left out when it has others ("three
    guards died after the ambush that followed an earlier bombing" is about the ambush)."""
    found = triggers_as_written(sentence)
    if not found:
        return found  # most sentences: no background clauses to read
    spans = background_spans(sentence)
    if spans:
        main = tuple(t for t in found if not inside(t.start, spans))
        return main if main else found
    return found


@lru_cache(maxsize=8192)
def all_triggers(sentence: str) -> tuple[Trigger, ...]:
    """Every trigger of one sentence, background ones included."""
    rules = trigger_rules()
    matches = _rule_scanner().finditer_each(sentence)  # each rule's finditer, in one pass
    # (most sentences: a few rules' matches, or none; the others left out by a C loop)
    hits = list(compress(zip(rules, matches), matches))
    if not hits:
        return ()
    labour = [(m.start(), m.end()) for r, ms in hits if r.name == "labour strike" for m in ms]
    found = []
    for rule, rule_matches in hits:
        for m in rule_matches:
            word = m.group().lower()
            if rule.name == "bare strike" and inside(m.start(), labour):
                continue  # "the nurses went on strike"
            if rule.name == "labour strike" and _MILITARY_STRIKE.search(m.group()):
                continue  # "jets launched air strikes"
            if rule.sub_event_type == "Abduction/forced disappearance" and "seized" in word \
                    and _SEIZED_THINGS.search(sentence[: m.start()]):
                continue  # "weapons were seized"
            if rule.event_type == PROTESTS and word.startswith(("march", "rall")) and not word.startswith("marcher") \
                    and (armed := _ARMED_SUBJECT.search(sentence[max(0, m.start() - 60) : m.start()])) \
                    and not _MARCHERS.search(armed.group(), re.match(r"\w+", armed.group()).end()) \
                    and not inside(max(0, m.start() - 60) + armed.start(), background_spans(sentence)):
                # "soldiers marched to …": troops on the move, not a demonstration (but not
                # "kin of a man killed by police marched …": the police are the background's;
                # nor "police beat the marchers": the noun names the crowd, not the police's move)
                continue
            if word.startswith(("were ", "was ", "been ", "being ")) and _BURNT_VEHICLE.search(sentence[: m.start()]) \
                    and not word.endswith(("stoned", "vandalized", "vandalised")):
                continue  # "two trucks were burned" in an ambush: not a riot ("a car was stoned" is a crowd's act)
            if rule.event_type == RIOTS and word.startswith(_FIRE_WORDS) \
                    and SYMBOL_BURNT_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
                continue  # "his effigy was set on fire": a symbol burnt, no riot
            if word.startswith(("injur", "wound")) and _MISHAP.search(sentence):
                continue  # hurt in an accident
            if rule.name == "note label" and sentence[: m.start()].strip():
                continue  # a coder's label opens the note; elsewhere the words are no label
            if rule.event_type in (VAC, BATTLES) and _WARNING_SHOTS.match(sentence, m.start()):
                # "officers shot into the air over the heads of the crowd": a crowd's event
                # with an intervention, the weakest reading (any other trigger wins)
                found.append(Trigger(m.start(), m.end(), PROTESTS, "Protest with intervention", 1, m.group(), "warning shots"))
                continue
            if rule.event_type in (VAC, RIOTS, BATTLES, EXPLOSIONS) and (
                    _THREATENED.search(sentence, max(0, m.start() - 30), m.start()) or _THREAT_WITHIN.search(m.group())):
                continue  # "threatened to lynch the driver", "militants vowed to attack": no act
            if rule.event_type == RIOTS and DENIED_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
                continue  # "the rally stayed free of running battles"
            if rule.event_type == BATTLES and (_DENIED.search(sentence, max(0, m.start() - 20), m.start())
                                               or _DEVOID.search(sentence, max(0, m.start() - 60), m.start())):
                continue  # "handed over the town without a fight"
            found.append(Trigger(m.start(), m.end(), rule.event_type, rule.sub_event_type, rule.weight, m.group(), rule.name))
    return tuple(found)


@cache
def _rule_scanner() -> KeyedPatterns:
    return KeyedPatterns([r.pattern for r in trigger_rules()])


def event_triggers(text: str) -> list[tuple[int, str, str, int]]:
    """(position, event type, sub-event type, strength) of each trigger in ``text``."""
    return [(t.start, t.event_type, t.sub_event_type, t.strength) for t in sentence_triggers(text)]
