"""Readings of an event sentence that the typing in ``events`` asks about the scene, the
victims and the weapons: where the victims were (the scene after them), civilians named
by words that look armed, an assault in contact, a state's measure taken after violence."""

from __future__ import annotations

import re

from geo.incidents.background import background_spans
from geo.incidents.event_agents import clause_before
from geo.incidents.fatalities import count_fatalities
from geo.incidents.lexicon import noun_class, noun_rx, phrase_alternation
from geo.incidents.model import inside
from geo.incidents.triggers import Trigger
from geo.taxonomy import BATTLES, RIOTS, STRATEGIC, VAC
from geo.incidents.prefilter import gated

CIVILIAN_VICTIMS = noun_class("civilians", "civilian_sites")
# Armed people and their sites, and armed keepers of property, borders or wildlife (see
# phrases.toml: armed_keepers): an attack on them is a battle.
ARMED_TARGETS = re.compile(rf"{noun_class('armed', 'armed_sites', 'police_informal').pattern}|\b(?:{phrase_alternation('armed_keepers')})\b", re.I)
ARMED_TARGETS = gated(ARMED_TARGETS)  # (scanned only in text holding a string every match needs)

# Where the victims were, after the words that name them ("shot a man at a checkpoint",
# "two traders near an army base"): the site is the scene, not whom the shots hit. Only
# after a named object: "fired at a checkpoint" has the site as its target.
_OBJECT_WORD = r"(?!(?:by|and|or|was|were|been|being|had|has|have|who|which|that)\b)(?![\w'-]+ed\b)[\w'-]+"
_SCENE_AFTER_OBJECT = re.compile(rf"^\s*(?:{_OBJECT_WORD}\s+){{0,3}}?{_OBJECT_WORD}\s+"
                                 r"(?=(?:at|near|outside|inside|in)\s+(?:an?|the|one|its|their)\s)", re.I)


def before_scene(words: str) -> str:
    """The victims' words without the scene that follows them (see _SCENE_AFTER_OBJECT)."""
    m = _SCENE_AFTER_OBJECT.match(words)
    return m.group() if m and not re.fullmatch(r"\s*(?:on|at|upon)\s+", m.group(), re.I) else words


# Civilians named with the armed men they are said to help ("villagers accused of
# supporting the militants", "a trader suspected of links with the rebels", "shot two men
# for collaborating with the army"): the group named is whom they are accused of serving,
# not who was hit (ACLED's codebook: civilians suspected of collaboration are civilians).
_ACCUSED_TIES = re.compile(r"\b(?:(?:accused|suspected|suspicion|convicted) of|for)\s+(?:allegedly\s+)?"
                           r"(?:support(?:ing)?|collaborat\w*|colluding|complicity|aiding|abetting|harbou?ring|hiding|sheltering"
                           r"|feeding|informing|spying|sympathi[sz]\w*|links?|ties|connections?|cooperat\w*|working (?:for|with)"
                           r"|supplying|being (?:an? )?(?:informants?|informers?|collaborators?|spies|spy|sympathi[sz]ers?))\b.*", re.I | re.S)


# People named by the crime they are said to have done ("a robbery suspect", "two murder
# suspects"), or said by those who attacked them to have done one ("a man they suspected
# of theft", "two youths the villagers believed to be thieves"): the accused, whom a crowd
# punishing them attacks as mob justice (ACLED's codebook: mob violence).
CRIME_SUSPECTS = (r"\b(?:theft|robbery|burglary|murder|rape|kidnapping|abduction|witchcraft|assault|crime)\s+suspects?\b"
                  r"|\b(?:they|he|she|residents|locals|villagers|neighbou?rs|the crowd|the mob)\s+(?:had\s+)?"
                  r"(?:suspect(?:ed)?|accus(?:e|ed)|believed?)\s+(?:\w+\s+)?(?:of|to be)\b")


def without_accused_ties(words: str) -> str:
    """The victims' words without the ties they are accused of (see _ACCUSED_TIES)."""
    return _ACCUSED_TIES.sub(" ", words) if "for" in words or "of" in words else words


# What happened around the victims ("shot a man during a quarrel at a checkpoint", "beat
# a trader while searching the market near the base"): the scene, once the victims are
# named before it.
_AROUND = re.compile(r"\b(?:during|while|amid|amidst)\b", re.I)


def before_circumstance(words: str) -> str:
    """The victims' words up to a clause of circumstance (see _AROUND), when they come
    before it."""
    m = _AROUND.search(words)
    # a pronoun names nobody ("shot him during a patrol": who he was, the scene may tell)
    named = m and re.search(r"\b(?!(?:him|her|them|their|his|its|and|the|then|dead|also|again|shot|killed|wounded|injured|beat|beaten)\b)[A-Za-z]{3,}", words[: m.start()])
    return words[: m.start()] if named else words


_ARMED_WORDS = rf"{noun_rx('armed', 'military', 'police', 'state_ranks')}|{phrase_alternation('armed_keepers')}"
_KIN = noun_rx("kin")
# Words of the armed nouns that name civilians: officers of aid, health or elections, and
# convoys of traders' trucks, of aid or of fuel (ACLED's codebook: an attack on them is
# violence against civilians, not a battle).
CIVILIAN_LOOKALIKE = re.compile(
    r"\b(?:Red Cross|Red Crescent|aid|relief|humanitarian|health|medical|education|electoral|election|returning|agricultural"
    r"|extension|welfare|NGO|UN) (?:officers?|officials?)\b"
    r"|\bconvoys? of (?:[\w-]+ ){0,2}?(?:vehicles|trucks|lorries|buses|cars|traders|merchants|civilians|aid|food|fuel|tankers"
    r"|refugees|displaced|pilgrims|passengers)\b"
    r"|\b(?:aid|humanitarian|relief|civilian|commercial|trade|food|fuel|refugee|evacuation|wedding|funeral|Red Cross|Red Crescent"
    r"|NGO|MSF|WFP|UNICEF|UNHCR) convoys?\b"
    # The kin of soldiers, police or guards ("a policeman's wife", "the sons of a ranger"):
    # family members of the state's or of armed men are civilians (ACLED's codebook).
    rf"|\b(?:{_ARMED_WORDS})(?:'s|s'|\u2019s)\s+(?:[\w-]+\s+)?(?:{_KIN})\b"
    rf"|\b(?:{_KIN})\s+of\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|two\s+)?(?:[\w-]+\s+)?(?:{_ARMED_WORDS})\b", re.I)


def as_civilian(m: re.Match) -> str:
    return ("civilian" + " " * len(m.group()))[: len(m.group())]  # same length: trigger offsets hold


# An assault in contact: the attackers storm or raid with small arms as well as bombs or
# grenades ("stormed the post with explosives and rifles"). ACLED's codebook keeps remote
# violence for attackers out of contact with the target; armed men answering an assault
# on their post or checkpoint make it a battle, whatever the weapons.
_ASSAULT = re.compile(r"\b(?:attack(?:ed|s|ing)?|storm(?:ed|s|ing)|raid(?:ed|s|ing)?|assault(?:ed|s|ing)?|overr[au]n|besieg\w+)\b", re.I)
_SMALL_ARMS = re.compile(r"\b(?:rifles?|assault rifles?|(?:machine[- ])?guns?|gunfire|small arms|firearms?|AK-?47s?|Kalashnikovs?"
                         r"|opened fire|open fire|shooting)\b", re.I)
MIXED_ARMS_SUBTYPES = ("Remote explosive/landmine/IED", "Grenade")
# A measure the state takes because of violence told as its cause ("imposed a curfew after
# clashes", "troops deployed following the riots"): the measure is the event (ACLED's
# codebook: security measures are strategic developments; the violence is its own event).
_CAUSE_BEFORE = re.compile(r"\b(?:after|following|in the wake of|in response to|amid|because of|due to|over)\s+(?:[\w'-]+\s+){0,5}$", re.I)
_CAUSE_BEFORE = gated(_CAUSE_BEFORE, by_strings=False)  # (scanned only in texts where a match may be)
_STATE_MEASURE = re.compile(r"\b(?:curfews?|state of emergency|deployed|deployment|reinforcements?|(?:security|patrols) (?:was |were )?"
                            r"(?:tightened|stepped up|beefed up|heightened)|banned|ban on|suspended)\b", re.I)


def assault_in_contact(main: str, best: Trigger) -> bool:
    """Whether a bomb or grenade trigger belongs to an assault with small arms on armed men
    or their post (see _ASSAULT)."""
    assault = _ASSAULT.search(main)
    if not assault or not _SMALL_ARMS.search(main):
        return False
    target = before_scene(main[assault.end() : assault.end() + 60])
    return bool(ARMED_TARGETS.search(target)) and not CIVILIAN_VICTIMS.search(target)


def measure_after_violence(main: str, best: Trigger, triggers: list[Trigger]) -> bool:
    """Whether the violence is only the cause told of a state's measure (see _CAUSE_BEFORE)."""
    if best.event_type not in (BATTLES, VAC, RIOTS) or not _CAUSE_BEFORE.search(main[max(0, best.start - 60) : best.start]):
        return False
    measure = _STATE_MEASURE.search(main[: best.start])
    return bool(measure) and any(t.event_type == STRATEGIC and t.start <= measure.start() < t.end + 1 for t in triggers) \
        and count_fatalities([main]) == 0


# Harm done to people: deaths, wounds, blows, shots (any tense, as a noun or a verb).
_HARM = re.compile(r"\b(?:kill\w*|dead|deaths?|died|shot|shoot\w*|gunned|gunfire|wound\w*|injur\w*|hurt|beat(?:en|ing|s)?|assault\w*"
                   r"|tortur\w*|stabb\w*|hack\w*|whipp\w*|live (?:bullets|ammunition|rounds))\b", re.I)


def harm_told(sentences: list[str]) -> bool:
    """Whether any of an incident's sentences tells of people killed or hurt in it (not in
    a clause recalling another event), or gives a figure of its dead: a raid or a search
    that hurt people is no mere arrest (ACLED's codebook: the state's forces attacking
    people is violence against civilians)."""
    for s in sentences:
        spans = None
        for m in _HARM.finditer(s):
            spans = background_spans(s) if spans is None else spans
            if not inside(m.start(), spans):
                return True
    return count_fatalities(sentences) > 0


# People, not things, as those burnt: "a farmer was burnt with an iron rod" is an assault
# on a person (ACLED: an attack), "a house was burnt" the destruction of property.
_PERSON = re.compile(rf"\b(?:{noun_rx('civilians')}|m[ae]n|wom[ae]n|persons?)\b", re.I)
_THING = re.compile(rf"\b(?:{noun_rx('civilian_sites')}|cars?|buses|bus|trucks?|lorr(?:y|ies)|shops?|stalls?|kiosks?|offices?|propert(?:y|ies)"
                    r"|buildings?|crops?|farms?|granar(?:y|ies)|motorcycles?|motorbikes?|belongings)\b", re.I)


def people_burnt(sentence: str, trigger: Trigger) -> bool:
    """Whether a passive burning trigger ("was burnt") has people as its subject."""
    if not re.match(r"(?:was|were|been|being)\b", trigger.text, re.I):
        return False
    subject = clause_before(sentence[: trigger.start])
    return bool(_PERSON.search(subject)) and not _THING.search(subject)
