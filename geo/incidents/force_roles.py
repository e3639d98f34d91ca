"""What a state force named in an event's text does: acts, only answers or speaks
("police said", "troops rushed to the scene"), or is hit ("a police officer was shot
dead", "an IED struck an army truck, injuring three soldiers"). A force that does not act
is not the perpetrator ACLED names first: that is the unnamed attacker."""

from __future__ import annotations

import re
from functools import cache

from geo.incidents.aliases import actor_hits, is_state_force
from geo.incidents.lexicon import force_not_acting_words, generic_actors, words_rx
from geo.incidents.prefilter import gated

# Participles of violence done to someone: "was shot", "were ambushed", "got injured".
_HIT_VERBS = (r"shot|killed|injured|wounded|hit|attacked|ambushed|beaten|stabbed|hacked|abducted|kidnapped|targeted"
              r"|struck|lynched|murdered|assaulted|overpowered|disarmed|robbed|stoned|hurt|gunned|blown|burnt|burned"
              r"|captured|seriously|fatally|critically")
# After the force's noun (its officer, vehicle or post between): a passive verb of violence.
_HIT_AFTER = re.compile(rf"(?:'s)?(?:\s+[\w-]+){{0,3}}?\s+(?:was|were|had\s+been|has\s+been|have\s+been|got|is|are)"
                        rf"\s+(?:\w+ly\s+)?(?:{_HIT_VERBS})\b", re.I)
# Before it: a verb of violence whose object it is ("killing two soldiers", "ambushed a
# police patrol", "attacks on the army").
_HIT_BEFORE = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|injur(?:ed|ing|es)|wound(?:ed|ing|s)|attack(?:ed|ing|s)?|ambush(?:ed|ing|es)?|target(?:ed|ing|s)?"
    r"|shot|shoots|shooting|abduct(?:ed|ing|s)|kidnapp(?:ed|ing)|stabb(?:ed|ing)|hack(?:ed|ing)|beat(?:ing|s)?|lynch(?:ed|ing|es)"
    r"|assault(?:ed|ing|s)?|storm(?:ed|ing|s)|raid(?:ed|ing|s)?|overr?an|overpower(?:ed|ing|s)|disarm(?:ed|ing|s)"
    r"|struck|strikes?|striking|hit(?:s|ting)?|(?:thrown|hurled|lobbed|fired|detonated)\s+at|pelt(?:ed|ing|s)?"
    r"|(?:thr(?:ew|ow|ows|owing)|hurl(?:ed|ing|s)?)\s+(?:[\w-]+\s+){1,3}?at"  # "threw stones at police"
    r"|attacks?\s+(?:on|against)|ambush\s+(?:on|against))"
    r"\s+(?:(?:a|an|the|their|its|his|two|three|four|five|six|seven|eight|nine|ten|several|some|one|at\s+least\s+\d+|\d+)\s+)?"
    r"(?:[\w'-]+\s+){0,2}$", re.I)
_HIT_BEFORE = gated(_HIT_BEFORE, by_strings=False)  # (scanned only in texts where a match may be)


@cache
def _force_words() -> tuple[re.Pattern, re.Pattern, tuple[re.Pattern, ...]]:
    words = force_not_acting_words()
    after = re.compile(r"(?:'s)?(?:\s+[\w-]+){0,2}?\s+(?:" + words_rx(words["after"]) + r")\b", re.I)
    before = re.compile(r"\b(?:" + words_rx(words["before"]) + r")\s+(?:the\s+|a\s+)?(?:\w+\s+)?$", re.I)
    forces = tuple(g.pattern for g in generic_actors() if g.name.startswith(("Police Forces", "Military Forces")))
    return after, before, forces


def force_spans(text: str, named: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Where ``text`` names state forces: their nouns ("police", "troops"), forces of the
    actor dictionary, and ``named`` (forces named by their country, found by the caller)."""
    _, _, forces = _force_words()
    spans = [m.span() for rx in forces for m in rx.finditer(text)]
    spans += [(h.start, h.end) for h in actor_hits(text) if is_state_force(h.actor.name)]
    return spans + list(named)


def force_is_hit(text: str, start: int, end: int) -> bool:
    """Whether the force named at ``text[start:end]`` is acted on: the subject of a
    passive verb of violence or the object of an active one."""
    return bool(_HIT_AFTER.match(text, end) or _HIT_BEFORE.search(text[max(0, start - 60) : start]))


# A force named only as the report's source: "…, the army said", "police said on Monday",
# "according to the military", "a police spokesman told reporters". Not "police said they
# shot two robbers": a force reporting its own act is still its agent.
_SOURCE_AFTER = re.compile(r"(?:'s)?(?:\s+(?:spokesm[ae]n|spokeswoman|spokesperson|sources?|officials?|chief|commander|statement))?"
                           r"(?:\s+(?:also|later|has|have|had|on\s+\w+))?\s+(?:said|says|say|stated|reported|confirmed|told|added"
                           r"|announced|claimed|tweeted|wrote)\b(?!\s+(?:that\s+)?(?:it|they|its|their|he|she|officers|troops|soldiers)\b)"
                           r"|(?:'s)?\s+(?:spokesm[ae]n|spokeswoman|spokesperson|statement)\b", re.I)
_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|told|informed|quoted\s+by|cited\s+by|reported\s+by|said\s+by|confirmed\s+by)"
                            r"\s+(?:the\s+|a\s+|an\s+)?(?:local\s+|regional\s+|state\s+|[A-Z]\w+\s+)?$", re.I)


def force_is_source(text: str, start: int, end: int) -> bool:
    """Whether the force named at ``text[start:end]`` is only the report's source ("the
    army said", "according to police"): ACLED never codes a source as an actor."""
    return bool(_SOURCE_AFTER.match(text, end) or _SOURCE_BEFORE.search(text[max(0, start - 40) : start]))


def force_answers(text: str, start: int, end: int) -> bool:
    """Whether the force named at ``text[start:end]`` only answers or speaks."""
    after, before, _ = _force_words()
    return bool(after.match(text, end) or before.search(text[max(0, start - 40) : start]))


def forces_act(text: str, named: list[tuple[int, int]] = ()) -> bool:
    """Whether state forces named in ``text`` do anything but answer, speak or get hit."""
    return _any_acts(text, force_spans(text, named))


def forces_only_hit(text: str, named: list[tuple[int, int]] = ()) -> bool:
    """Whether the state forces ``text`` names are hit and none of them acts ("a police
    constable was gunned down on night duty"; not "police shot two robbers")."""
    spans = force_spans(text, named)
    return any(force_is_hit(text, a, b) for a, b in spans) and not _any_acts(text, spans)


def _any_acts(text: str, spans: list[tuple[int, int]]) -> bool:
    return any(not force_answers(text, a, b) and not force_is_hit(text, a, b) for a, b in spans)


# A force stepping in on a crowd: after its noun (up to three words between) a verb of
# intervention, or before it "dispersed by", "clashed with". Not "protested against
# police brutality", "police looked on from across the road".
_INTERVENE_AFTER = re.compile(
    r"(?:,?\s+who)?\s+(?:\w+ly\s+)?(?:injured|wounded|threatened)\b"  # (right after: "police injured three marchers")
    r"|(?:'s)?(?:,?\s+who)?(?:\s+[\w-]+){0,3}?\s+(?:\w+ly\s+)?(?:dispers\w*|confronted|fired?|fires|firing|shot|shoots?|shooting|used?|lobbed|threw"
    r"|tear-?gass\w*|block\w*|barr(?:ed|ing)|bars?|arrest\w*|detain\w*|interven\w*|turned\s+away|broke\s+up|break\s+up"
    r"|stopp\w*|stops?|prevent\w*|confiscat\w*|clash\w*|respond\w*|beat\w*|baton[- ]charg\w*|charg\w*|cordon\w*"
    r"|contain\w*|chas\w*|engag\w*|raid\w*|whipp\w*|assault\w*|seal\w*|foil\w*|thwart\w*|quell\w*)\b", re.I)
_INTERVENE_BEFORE = re.compile(
    r"\b(?:(?:dispersed|blocked|stopped|barred|turned\s+away|arrested|detained|tear-?gassed|beaten|chased|broken\s+up|threatened|injured|wounded"
    r"|confronted|met|repulsed|foiled|quelled)\s+by|clash(?:ed|es|ing)?\s+with|engag(?:ed|es|ing)?|confront(?:ed|ing|s)?)"
    r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$", re.I)


def forces_intervene(text: str, named: list[tuple[int, int]] = (), skip=None) -> bool:
    """Whether state forces named in ``text`` step in on a crowd ("police dispersed the
    marchers", "were blocked by police", "clashed with the police"). ``skip(text, start,
    end)``: mentions to leave out (a force named only as what the crowd reacts to)."""
    return any((_INTERVENE_AFTER.match(text, b) or _INTERVENE_BEFORE.search(text[max(0, a - 40) : a]))
               and not (skip and skip(text, a, b)) for a, b in force_spans(text, named))
