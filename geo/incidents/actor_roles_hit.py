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


def force_only_cause(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether every state force ``text`` names at ``spans`` is named only as the author
    of the harm a crowd reacts to ("rioted after the killing of a student by police",
    "protested police brutality"): no side of the demonstration."""
    if not spans:
        return False
    for start, end in spans:
        before = text[max(0, start - 90) : start]
        if not (_HARM_BY_BEFORE.search(before) or (_HARM_AFTER.match(text, end) and _HARM_AFTER_BEFORE.search(before))):
            return False
    return True
