"""Blows without arms by people of no armed organisation: a group of traders, workers,
neighbours, a party's members or assailants the report names no further who assault,
beat up or rough up someone, with no weapon named and nobody killed. ACLED's codebook
keeps violence against civilians ("attack") for organised armed actors; violence by
people not organised as an armed group is mob violence, a riot. The state's forces and
officials, armed groups, gangs and communal militias who beat people stay attackers.
``events`` asks this of an attack it has read."""

from __future__ import annotations

import re
from typing import Callable

from geo.incidents.aliases import actor_hits
from geo.incidents.lexicon import nouns, phrase_alternation
from geo.incidents.prefilter import PatternGroup

# What the trigger names: blows, not killing or shooting.
_BLOWS = re.compile(r"(?:assault(?:ed|s|ing)?|beat(?:s|en|ing)?(?: up)?|rough(?:ed|s|ing)? up)", re.I)
# A weapon named anywhere in the report makes the attackers armed.
_WEAPON = re.compile(r"\b(?:guns?|gunshots?|gunfire|gunpoint|shot|shoot\w*|fired|firearms?|rifles?|pistols?|revolvers?|bullets?"
                     r"|bombs?|explosives?|grenades?|machetes?|pangas?|knives|knife|daggers?|swords?|axes|spears?|arrows"
                     r"|sharp weapons?|stabb\w*|hack\w*|armed|acid)\b", re.I)
# Those who act as organised armed men or as the state: armed nouns (but "assailants",
# "attackers", who are only those who attacked), gangs, herders and militias, officials.
_UNNAMED = {"assailant", "assailants", "attacker", "attackers"}
_ORGANISED_WORDS = [w for name in ("armed", "outlaws", "military", "police", "state_ranks", "herders", "identity_groups")
                    for w in nouns(name) if w.lower() not in _UNNAMED]
_ORGANISED = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in sorted(sorted(set(_ORGANISED_WORDS)), key=len, reverse=True))}"
                        rf"|{phrase_alternation('armed_keepers')}"  # watchmen, wardens, customs agents
                        r"|officials?|authorit(?:y|ies)|government|administration|guards?|security|militia\w*|gangs?|criminals?"
                        # hired muscle; men named by nothing but their number ("three men",
                        # "unknown men"): no group of people the report knows as civilians
                        r"|goons?|henchm[ae]n|(?:unknown|unidentified|masked|armed|a group of|some|several|few|\d+|two|three"
                        r"|four|five|six|seven|eight|nine|ten|dozens of) men)\b", re.I)
# A group acts: a plural or a count ("at least six traders", "a shopkeeper and his staff").
_GROUP = re.compile(r"\b(?!(?:this|his|hers|was|has|its|thus|is|as|us|yes|unless|less)\b)\w{3,}s\b|\b(?:people|staff|men|youth|crowd)\b"
                    r"|\d+\s*-\s*\d+", re.I)
_BLOWS, _WEAPON, _ORGANISED = PatternGroup([_BLOWS, _WEAPON, _ORGANISED]).members


def names_blows(trigger_text: str) -> bool:
    """Whether the trigger names blows (the cheap question, asked first)."""
    return _BLOWS.fullmatch(trigger_text.strip()) is not None


def unarmed_blows(agent: str, report: str, deaths: Callable[[], int]) -> bool:
    """Whether blows (see names_blows) were struck by an unorganised group (see the
    module's docstring): ``agent`` (who acted) names a group of people neither armed, nor
    the state's, nor of an armed organisation the actor dictionary knows; no weapon is
    named in ``report`` and ``deaths()`` (asked last, the costly question) is 0."""
    if not agent.strip() or not _GROUP.search(agent) or _ORGANISED.search(agent) or _WEAPON.search(report):
        return False
    # A party's members are civilians (ACLED's codebook); a rebel group, a militia or a
    # state force the dictionary names is organised.
    if any(h.actor.inter in (1, 2, 3, 8) and h.actor.kind != "party" for h in actor_hits(agent)):
        return False
    return deaths() == 0


# Arms a crowd picks up (sticks, stones, clubs, iron bars, "crude weapons"): carrying them
# makes no one an armed organisation (ACLED's codebook: rioters often carry them); blades,
# bows and firearms are left to name men armed.
_CRUDE = r"(?:(?:crude|traditional|makeshift|local|wooden|iron|metal)\s+)?(?:weapons|sticks|stones|rocks|clubs|rods|bars|batons|twigs|whips|bricks|placards|pipes)"
_CRUDE_ARMS = re.compile(rf"\barmed\s+(?:only\s+)?with\s+{_CRUDE}(?:(?:\s*,\s*|\s+and\s+|\s+or\s+){_CRUDE})*\b(?!\s*(?:,\s*|and\s+|or\s+)\w)", re.I)


def without_crude_arms(agent: str) -> str:
    """``agent`` without the crude arms it is said to carry ("youths armed with sticks and
    stones" -> "youths"): a crowd all the same (see _CRUDE_ARMS)."""
    return _CRUDE_ARMS.sub(" ", agent) if "armed" in agent.lower() else agent

