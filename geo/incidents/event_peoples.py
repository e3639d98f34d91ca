"""Violence by peoples: groups named by their people, clan, tribe or community ("Koro
youths", "the Lamo clan", "members of the Oldtown community") who fight one another or
attack others. ACLED's codebook counts groups organised around an ethnic, clan or
communal identity as identity militias (inter code 4), armed and organised actors: when
two of them fight it is a battle (an armed clash of communal militias), when one of them
attacks people it is violence against civilians, not the riot or mob violence of an
unorganised crowd. A demonstration, a mob, a lynching or a party's partisans named in the
sentence keep their own readings (a riot of rioters the report names as such).

``events`` asks this of a reading it has made a riot, with the sentence and its triggers."""

from __future__ import annotations

import re
from functools import cache

from geo.incidents.demonstrations import PROTEST_WORD
from geo.incidents.event_agents import agent_phrase
from geo.incidents.event_partisans import partisans_acted
from geo.incidents.event_parties import party_named
from geo.incidents.lexicon import homelands, noun_rx
from geo.incidents.triggers import Trigger
from geo.taxonomy import BATTLES, RIOTS, VAC

# Words for the men of a people, after its name ("Koro youths", "Lamo and Koro groups").
_PEOPLE_MEN = (rf"(?:{noun_rx('identity_groups')}|men|people|groups?|villagers|community members|members|settlers|farmers"
               r"|elders|tribes?|clans?|communit(?:y|ies))")
# What a crowd or a demonstration is called: their violence stays a riot.
_CROWD_NAMED = re.compile(r"\b(?:riot\w*|mobs?|lynch\w*|vigilante\w*|crowds?|rioters)\b", re.I)
_CLASH = re.compile(r"clash|fight|fought|battl|confront|skirmish|violence between|exchang", re.I)


@cache
def _people_rx() -> tuple[re.Pattern, re.Pattern]:
    """A people of ``homelands.toml`` named as a group (its name and a noun of its men,
    "the Koro", "the Koros"), and a people's name alone (for "between the Koro and the
    Lamo"). Peoples whose names are common words count only before a noun of men."""
    names = {n for table in ("home", "shared_peoples") for ns in homelands(table).values() for n in ns}
    words = {n for ns in homelands("word_peoples").values() for n in ns}
    alt = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    word_alt = "|".join(sorted(map(re.escape, words | names), key=len, reverse=True))
    group = re.compile(rf"\b(?-i:{word_alt})s? (?:ethnic |tribal )?{_PEOPLE_MEN}\b"
                       # a people as the subject, named alone: "the Koro attacked", "Koros fought"
                       rf"|(?:^|\bthe )\s*(?-i:{alt})s?\s*$", re.I)
    bare = re.compile(rf"(?-i:{alt})s?", re.I)
    return group, bare


def _names_people(phrase: str) -> bool:
    group, _ = _people_rx()
    return bool(group.search(phrase.strip()))


def _two_peoples(after: str) -> bool:
    """Whether the words after a clash name two peoples as its sides ("between the Koro
    and the Lamo")."""
    _, bare = _people_rx()
    m = re.match(r"\s+between (?:the )?(?P<a>[\w'-]+(?: [\w'-]+)?) and (?:the )?(?P<b>[\w'-]+)", after)
    return bool(m and bare.fullmatch(m.group("a").split()[0]) and bare.fullmatch(m.group("b")))


def peoples_violence(kind: tuple[str, str], sentence: str, triggers: list[Trigger]) -> tuple[str, str]:
    """``kind`` read again when it is a riot whose actors are peoples (see the module's
    docstring): a battle when they fought, else violence against civilians."""
    if kind[0] != RIOTS or PROTEST_WORD.search(sentence) or _CROWD_NAMED.search(sentence):
        return kind
    acts = [t for t in triggers if t.event_type in (BATTLES, VAC, RIOTS)]
    peoples, fought = False, False
    for t in acts:
        agent = agent_phrase(sentence, t)
        if partisans_acted(agent) or party_named(agent):
            return kind  # a party's followers: no armed organisation (event_partisans)
        sides = _two_peoples(sentence[t.end :])  # "violence between the Koro and the Lamo"
        clash = bool(_CLASH.match(t.text)) or sides
        if _names_people(agent) or sides:
            peoples = True
            fought = fought or clash
    if not peoples:
        return kind
    return (BATTLES, "Armed clash") if fought else (VAC, "Attack")
