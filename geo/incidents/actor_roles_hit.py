"""Whether a named side is acted on in an incident: a group a riot's crowd hits or fights is
the riot's second side; one named only as the riot's cause or a victim's tie is none."""

from __future__ import annotations

import re

from geo.incidents.force_roles import force_is_hit
from geo.incidents.model import Sentence


# Before a group a crowd fought: "clashed with", "fought (against)", "confronted", "chased"
# (not "against" alone: "rioted against X's killings" names the grievance).
_FOUGHT_BEFORE = re.compile(r"\b(?:clash(?:ed|es|ing)?\s+with|fought(?:\s+with)?|fighting(?:\s+with)?|confront(?:ed|ing|s)?"
                            r"|chas(?:ed|ing)(?:\s+away)?)\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,2}$", re.I)
_MEMBERS_OF = re.compile(r"\b(?:members?|supporters?|fighters?|militants?|suspects?|followers?|adherents?)\s+of\s+(?:the\s+)?$", re.I)
# A name right after these words is no subject of what follows: "links to X was shot".
_NOT_SUBJECT_BEFORE = re.compile(r"\b(?:to|with|for|on|about|by|from)\s+(?:the\s+)?$", re.I)


def crowd_faces(sentences: list[Sentence], spans: list[tuple[int, int, str]], name: str) -> bool:
    """Whether a riot's crowd acts on the group ``name`` somewhere in the incident's
    sentences: hits it ("a mob beat two members of X", "X men were lynched") or fights it
    ("villagers clashed with X"). A group named only as the riot's cause ("rioted after an
    X attack", "blaming X for a fire") or by a victim's ties ("a cleric with links to X")
    is no side of the riot."""
    for a, b, n in spans:
        if n != name:
            continue
        s = next((s for s in sentences if s.start <= a < s.end), None)
        if s is None:
            continue
        start, end = a - s.start, b - s.start
        before = s.text[max(0, start - 60) : start]
        # The object of a verb of violence (read from the words before it alone), or the
        # subject of a passive one unless a preposition ties it to another noun.
        members = _MEMBERS_OF.search(before)  # "lynched two members of X": read before "members"
        as_object = force_is_hit(s.text[:end], start - (len(members.group()) if members else 0), end)
        as_subject = force_is_hit(s.text, start, end) and not _NOT_SUBJECT_BEFORE.search(before)
        if _FOUGHT_BEFORE.search(before) or as_object or as_subject:
            return True
    return False


# A force named only as the author of the harm a crowd reacts to: after "by" following a
# harm's noun ("the killing of a rider by a police officer", "the arrest of their leader
# by soldiers"), or before the harm's noun ("police brutality", "a police
# shooting", "police harassment"). Protesters who march over what the police did are
# not fighting the police (ACLED's codebook: the second actor is one the crowd engaged).
_HARM_BY_BEFORE = re.compile(
    r"\b(?:killings?|shootings?|death|murder|beating|torture|abduction|arrest|harassment|assault|rape|disappearance|raids?"
    r"|eviction)\b"
    r"[^.;,]{0,50}?\bby\s+(?:an?\s+|the\s+|a\s+member\s+of\s+(?:the\s+)?|members\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+)?$", re.I)
_HARM_AFTER = re.compile(r"(?:\s+officers?'?s?)?\s+(?:custody|brutality|harassment|shootings?|killings?|raids?|abuses?|excesses"
                         r"|extortion|death\s+squads?|violence\s+against|crackdown|misconduct|failure|inaction)\b", re.I)
_HARM_AFTER_BEFORE = re.compile(r"\b(?:in|alleged|perceived|continued|recent|over|against|of|by|the|a|an|to|protest)\s+$", re.I)
# What the force did before the crowd gathered ("protested after police had raided the
# venue"); the crowd's feeling about the force
# ("anger at the police", "the failure of the police to act"); a force that stayed out
# ("the police did not intervene", "no clashes with police were reported").
_EARLIER_ACT_BEFORE = re.compile(r"\b(?:after|following|since)\s+(?:the\s+|a\s+)?$", re.I)
_EARLIER_ACT_AFTER = re.compile(r"(?:\s+\w+)?\s+had\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b", re.I)
_FEELING_BEFORE = re.compile(r"\b(?:anger|angry|displeasure|disappointment|frustration|outrage|discontent|failure|inaction"
                             r"|complaints?|grievances?)\s+(?:of|with|at|against|over|about)\s+(?:the\s+)?$", re.I)
_STAYED_OUT_AFTER = re.compile(r"(?:\s+\w+){0,2}?\s+(?:did\s+not|didn't|never|failed\s+to|refused\s+to)\s+(?:intervene|respond|act|engage)\b",
                               re.I)
_STAYED_OUT_BEFORE = re.compile(r"\bno\s+(?:reports?\s+of\s+)?(?:\w+\s+(?:or|and)\s+)?(?:clash(?:es)?|confrontations?|violence)"
                                r"\s+with\s+(?:the\s+)?$", re.I)


def force_named_as_cause(text: str, start: int, end: int) -> bool:
    """Whether the state force named at ``text[start:end]`` is named only as what a crowd
    reacts to or as staying out of it (see ``force_only_cause``)."""
    before = text[max(0, start - 90) : start]
    return bool(_HARM_BY_BEFORE.search(before) or (_HARM_AFTER.match(text, end) and _HARM_AFTER_BEFORE.search(before))
                or _FEELING_BEFORE.search(before) or force_act_not_on_crowd(text, start, end))


def force_act_not_on_crowd(text: str, start: int, end: int) -> bool:
    """Whether the verb told of the state force named at ``text[start:end]`` is no step in
    on the crowd: done before it gathered ("after soldiers had raided the market") or denied
    ("the police did not intervene")."""
    start = max(start, text.rfind(" ", start, end) + 1)  # the force's own noun ("Ruritanian troops": "troops")
    before = text[max(0, start - 60) : start]
    return bool((_EARLIER_ACT_BEFORE.search(before) and _EARLIER_ACT_AFTER.match(text, end))
                or _STAYED_OUT_AFTER.match(text, end) or _STAYED_OUT_BEFORE.search(before))


def force_only_cause(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether every state force ``text`` names at ``spans`` is named only as the author
    of the harm a crowd reacts to ("rioted after the killing of a student by police",
    "protested police brutality", "after police raided the market"), or as staying out of
    it ("the police did not intervene"): no side of the demonstration."""
    return bool(spans) and all(force_named_as_cause(text, a, b) for a, b in spans)
