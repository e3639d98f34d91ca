"""Signs that an attack or a fight had two armed sides (ACLED's codebook: a battle is
an interaction between two armed, organised sides; violence against civilians is one-sided,
on people who cannot answer):

- the state's forces among those the attackers killed or wounded ("killing three
  villagers and two soldiers"): an attack on armed forces is a battle;
- those who answered the attack named as clashing with the attackers ("vigilantes clashed
  with the bandits", "the raiders exchanged fire with rangers");
- communities or named peoples, not loose crowds, fighting one another with deaths or
  homes burned:
  organised communal violence, coded as a battle of communal militias rather than as mob
  violence.

``events`` asks these after its own reading of who acted."""

from __future__ import annotations

import re

from geo.incidents.background import background_spans
from geo.incidents.event_parties import party_named
from geo.incidents.event_readings import ARMED_TARGETS, CIVILIAN_VICTIMS
from geo.incidents.lexicon import noun_rx
from geo.incidents.model import inside
from geo.incidents.prefilter import gated

# The state's armed men by the words that name them as a count of victims.
_FORCES = rf"(?:{noun_rx('military', 'police', 'state_ranks')})"
_COUNT = (r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many|dozens|scores"
          r"|at least (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten))")
# Words of the victims' phrase: no preposition or conjunction that opens the scene, the time
# or another clause ("wounded in the town after a police officer …" names no victims).
_OBJECT_WORD = (r"(?!(?:by|in|at|on|after|before|as|when|while|to|near|from|during|who|that|which|they|he|she|it"
                r"|was|were|had|has|have)\b)[\w'-]+")
# "killing three villagers and two soldiers", "killed a chief and wounded four police
# officers", "wounding six gendarmes": an active participle whose objects include the
# forces (not "killed by police", where they acted).
FORCES_AMONG_VICTIMS = re.compile(
    rf"\b(?:killing|killed|kills|wounding|wounded|injuring|injured)\s+(?:{_OBJECT_WORD}\s+){{0,6}}?"
    rf"(?:and\s+(?:(?:killing|killed|wounding|wounded|injuring|injured)\s+)?)?{_COUNT}\s+(?:{_OBJECT_WORD}\s+){{0,2}}?{_FORCES}\b"
    # the forces noun ends the victims' phrase ("a police informer" is no policeman)
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|in|at|on|near|during|while|who|as|before|after|from|of|outside|inside|when|with)\b)"
    r"(?!\s+(?:and\s+)?(?:killed|shot|opened|fired|arrested|responded|said|reported)\b)", re.I)
FORCES_AMONG_VICTIMS = gated(FORCES_AMONG_VICTIMS, by_strings=False)  # (scanned only in texts where a match may be)

# Those who answered an attack, and those who attacked, in any order around a verb of
# fighting.
_DEFENDERS = rf"(?:{noun_rx('military', 'police', 'local_defenders')}|{noun_rx('state_ranks', form='plural')})"
_ATTACKERS = rf"(?:{noun_rx('armed_groups', 'outlaws')}|attackers|assailants|gunmen|them)"
_FOUGHT = (r"(?:clash(?:ed|es|ing)?|battl(?:e|ed|es|ing)|fought|fight(?:s|ing)?|engag(?:e|ed|es|ing)|exchang(?:ed|es|ing) "
           r"(?:\w+ )?(?:fire|gunfire|shots)|traded (?:\w+ )?(?:fire|gunfire|shots)|encounter(?:ed|s)?|confront(?:ed|s)?"
           # the attackers driven off by force
           r"|push(?:ed|es)? back|forc(?:ed|es) back|repuls(?:ed|es)|repell?(?:ed|s)?|fought off|drove off|drove back|beat back)")
SIDES_FOUGHT = re.compile(
    rf"\b{_DEFENDERS}\s+(?:later\s+|then\s+|also\s+)?{_FOUGHT}\s+(?:with\s+|against\s+)?(?:the\s+)?(?:[\w-]+\s+)?{_ATTACKERS}\b"
    rf"|\b(?:the\s+)?{_ATTACKERS}\s+(?:later\s+|then\s+|also\s+)?{_FOUGHT}\s+(?:with\s+|against\s+)(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_DEFENDERS}\b",
    re.I)
SIDES_FOUGHT = gated(SIDES_FOUGHT)  # (scanned only in text holding a string every match needs)

# The sides named as communities ("between two communities", "members of rival
# communities clashed"), and what says the fight was organised and deadly.
COMMUNITY_SIDES = re.compile(r"\b(?:two|rival|neighbou?ring|warring|both) (?:\w+ )?communities\b"
                             r"|\bcommunities of\b|\b(?:the )?(?-i:[A-Z][\w'-]+) and (?-i:[A-Z][\w'-]+) communities\b", re.I)
# Two peoples named as the sides ("Dinka and Nuer groups", "rival Fulani clans"): identity
# groups, whose deadly fights ACLED codes as battles of communal or ethnic militias. Not
# parties' factions ("Ruritan People's Party and Union groups"): their members are civilians.
_PEOPLES_SIDES = re.compile(r"\b(?-i:[A-Z][\w'-]+) and (?-i:[A-Z][\w'-]+) (?:[Gg]roups|[Cc]lans|[Tt]ribes|[Pp]eoples|[Tt]ribesmen|[Cc]lansmen)\b"
                            # (a people's name of two words: "rival Lou Nuer groups")
                            r"|\b[Rr]ival (?-i:[A-Z][\w'-]+)(?: (?-i:[A-Z][\w'-]+))? (?:[Gg]roups|[Cc]lans|[Tt]ribes)\b")
_HOMES_BURNED = re.compile(r"\b(?:houses|homes|huts|dwellings|villages|granaries)\b[^.;]{0,40}?\b(?:torched|burn(?:ed|t)|razed|set ablaze|set on fire)\b"
                           r"|\b(?:torched|burn(?:ed|t)|razed|set (?:fire to|ablaze)) (?:\w+ ){0,3}?(?:houses|homes|huts|dwellings|villages)\b", re.I)


def _outside_background(rx: re.Pattern, text: str) -> bool:
    spans = background_spans(text)
    return any(not inside(m.start(), spans) for m in rx.finditer(text))


def forces_among_victims(text: str) -> bool:
    """Whether the attackers killed or wounded the state's forces (see FORCES_AMONG_VICTIMS);
    a killing recalled as background ("after they killed two officers last month") is not
    this event's."""
    return _outside_background(FORCES_AMONG_VICTIMS, text)


def sides_fought(text: str) -> bool:
    """Whether those who answered an attack are told as fighting the attackers."""
    return _outside_background(SIDES_FOUGHT, text)


# People wounded in the fight ("four were injured", "leaving dozens hurt"): communities
# that fight to wound are armed for it as those that kill are (ACLED's communal militias).
_PEOPLE_WOUNDED = re.compile(r"\b(?:injur(?:ed|ing|ies)|wound(?:ed|ing|s)|hurt)\b", re.I)


def communal_battle(text: str, deaths: int) -> bool:
    """Whether the sides are communities or peoples and the fight killed or wounded people
    or burned homes."""
    if not (deaths > 0 or _HOMES_BURNED.search(text) or _PEOPLE_WOUNDED.search(text)):
        return False
    return bool(COMMUNITY_SIDES.search(text)) or any(not party_named(m.group()) for m in _PEOPLES_SIDES.finditer(text))


# Fire exchanged around a bombing or a grenade ("a grenade thrown at the patrol; the police
# opened fire", "a shoot-out followed the blast", "clashed with militants planting a
# mine"): both sides armed and in contact, a battle (ACLED's codebook keeps remote violence
# for attacks the target cannot answer). Not "a clash" named as a thing: the background
# of a blast ("near an earlier ethnic clash") is no fight of its own.
_FIRE_ANSWERED = re.compile(
    r"\b(?:shoot-?outs?|gun ?battles?|fire ?fights?|gunfights?|exchang(?:ed|es|ing) (?:\w+ ){0,3}?(?:fire|gunfire|shots)"
    r"|traded (?:\w+ ){0,2}?(?:fire|gunfire|shots)|return(?:ed|ing) (?:the )?fire|fir(?:ed|ing) back|shot back"
    rf"|clash(?:ed|ing) with|{_DEFENDERS}\s+(?:then\s+|later\s+|also\s+)?(?:opened fire|fired|responded|reacted|retaliated)\b"
    r"|(?:small[- ]arms|gun) ?fire (?:at|on|against) (?:the )?(?:\w+ )?(?:police|soldiers|troops|officers|forces|guards))", re.I)
_FIRE_ANSWERED = gated(_FIRE_ANSWERED, by_strings=False)  # (scanned only in texts where a match may be)


def fire_answered(text: str) -> bool:
    """Whether fire was exchanged around the blast (see _FIRE_ANSWERED)."""
    return _outside_background(_FIRE_ANSWERED, text)


# A vehicle of travellers ambushed ("ambushed a bus and killed two passengers"): the victims
# named after the vehicle, civilians, with no armed men among them nor any fire answered
# (ACLED's codebook: an ambush on civilians is violence against them, not a battle).
_CIVILIAN_VEHICLE = re.compile(r"^\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w'-]+\s+){0,2}?"
                               r"(?:bus|buses|minibus(?:es)?|vehicles?|cars?|lorr(?:y|ies)|trucks?|taxis?|boats?|motorcycles?|convoy of \w+)\b", re.I)


def ambushed_civilians(after: str, told: str) -> bool:
    """Whether the words after "ambushed" name a vehicle of travellers and what is told of
    the event (``told``) names civilians hurt, no armed men, no fire answered (see
    _CIVILIAN_VEHICLE)."""
    return bool(_CIVILIAN_VEHICLE.match(after)) and bool(CIVILIAN_VICTIMS.search(told)) \
        and not ARMED_TARGETS.search(told) and not _FIRE_ANSWERED.search(told)


# An ambush's attackers by their nouns ("gunmen laid an ambush", "an armed group's
# ambush"), left out where the question is whether anyone armed was among those hit.
_ATTACKER_WORDS = re.compile(rf"\b(?:{noun_rx('armed_groups')}|gunman|assailant|attacker|militant|bandit|raider|armed (?:groups?|men|gangs?))\b",
                             re.I)
# People the report names as hurt without saying whether they were armed ("a man was shot
# dead and another injured", "two people were killed").
_PEOPLE_HIT = re.compile(r"\b(?:man|men|woman|people|persons?|another|others)\b", re.I)


def ambush_on_people(told: str) -> bool:
    """Whether an ambush whose target the report leaves unsaid ("gunmen laid an ambush near
    the market") hurt only people of no armed side: civilians, or people named as no more
    than people ("a man was shot dead"), with no state force, guard or armed site named
    besides the attackers and no fire answered (ACLED's codebook: one-sided violence on
    people who cannot answer is violence against civilians, not a battle)."""
    rest = _ATTACKER_WORDS.sub(" ", told)
    return bool(CIVILIAN_VICTIMS.search(rest) or _PEOPLE_HIT.search(rest)) and not ARMED_TARGETS.search(rest) \
        and not _FIRE_ANSWERED.search(told) and not sides_fought(told)
