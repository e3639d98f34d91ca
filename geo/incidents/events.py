"""The ACLED event type of an incident: the first event sentence's strongest trigger,
refined by who did what to whom (soldiers hit: a battle; villagers: violence against
civilians) and, for demonstrations, by what the crowd did (a riot) or what was done to it
(intervention, excessive force)."""

from __future__ import annotations

import re

from geo.incidents.aliases import actor_hits
from geo.incidents.background import background_spans
from geo.incidents.demonstrations import excessive_force as _excessive_force
from geo.incidents.demonstrations import PROTEST_ATTACKED as _PROTEST_ATTACKED
from geo.incidents.demonstrations import PROTEST_WORD as _PROTEST_WORD, PROTESTERS_ACTED as _PROTESTERS_ACTED
from geo.incidents.demonstrations import crowd_violence as _crowd_violence, intervened as _intervened
from geo.incidents.demonstrations import STORMED_TO_PROTEST, within_demonstration as _within_demonstration
from geo.incidents.event_readings import (ARMED_TARGETS, CIVILIAN_LOOKALIKE, CIVILIAN_VICTIMS, CRIME_SUSPECTS, MIXED_ARMS_SUBTYPES,
                                          as_civilian, assault_in_contact, before_circumstance, before_scene, harm_told, people_burnt,
                                          measure_after_violence, without_accused_ties)
from geo.incidents.actor_roles_passive import BY_NEXT as _BY_NEXT, PASSIVE_BEFORE, UNDERGONE as _UNDERGONE
from geo.incidents.event_agents import agent_phrase as _agent_phrase, headline_victims as _headline_victims
from geo.incidents.event_assaults import names_blows, unarmed_blows, without_crude_arms
from geo.incidents.event_battles import ambush_on_people, ambushed_civilians, communal_battle, fire_answered, forces_among_victims, sides_fought
from geo.incidents.event_parties import actor_inters as _actor_inters, armed_group_named as _armed_group_named
from geo.incidents.event_parties import names_armed_group as _names_armed_group, party_named as _party_named
from geo.incidents.event_parties import STATE_RANK as _STATE_RANK, state_foes as _state_foes
from geo.incidents.event_foreground import foreground_first
from geo.incidents.event_mishaps import own_device_blast
from geo.incidents.event_occupations import civilians_occupied
from geo.incidents.event_partisans import partisans_acted
from geo.incidents.event_pronouns import barricades_left, them_armed, with_pronouns_read
from geo.incidents.event_sides import ATTACKERS_HIT
from geo.incidents.event_yields import reread
from geo.incidents.fatalities import count_fatalities
from geo.incidents.lexicon import noun_class, noun_rx, nouns as nouns_of, phrase_alternation, phrase_rx, words_rx
from geo.incidents.model import inside
from geo.incidents.prefilter import PatternGroup, gated
from geo.incidents.sentences import split_sentences
from geo.incidents.triggers import Trigger, sentence_triggers, strongest
from geo.taxonomy import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC, VAC

TAKEOVER = "Non-state actor overtakes territory"
REGAINS = "Government regains territory"

_CROWD = noun_class("crowd")
_ARMED_PARTY = noun_class("military", "forces", "armed_groups", "herders")
_OUTLAWS = noun_class("outlaws")
_CROWD_ACTING = re.compile(rf"\b(?:{noun_rx('protesters')}|crowds?)\b|\b(?:people|{noun_rx('crowd')}) (?:who (?:were )?)?"
                           r"(?:demonstrating|protesting|marching)\b", re.I)
_STATE_AGENT = re.compile(
    rf"\b(?:{noun_rx('military', 'police')}|security (?:officers|personnel|agents)|government(?:[- ]backed| allied)? forces|pro-government|forces loyal to the government"
    rf"|(?-i:[A-Z][a-z]+n|[A-Z][a-z]+ian|[A-Z][a-z]+i|[A-Z][a-z]+ese) (?:{noun_rx('military', 'forces')}))\b", re.I)
_NON_VIOLENT = re.compile(r"\b(?:withdr(?:ew|awn|aw|awal|awing)|abandon(?:ed|ing)?|vacat(?:ed|ing)|pulled out|retreat(?:ed)?"
                          r"|without (?:a )?(?:fight|resistance|violence|a shot)|no (?:reported )?(?:violence|fighting|clashes|resistance)"
                          r"|peacefully)\b", re.I)
VIOLENCE = re.compile(r"\b(?:kill\w*|dead|died|clash\w*|fight(?!ers?\b)\w*|fought|attack\w*|shell\w*|shot|gunned|wounded|injured|ambush\w*)\b", re.I)
_BOTH_SIDES = phrase_rx("all_sides", "each_other")
# Fire that both sides exchange, or that falls during a fight: a battle, whatever the
# weapon (ACLED: remote violence is one-sided, the target cannot answer).
TWO_SIDED = re.compile(r"\bexchang\w* (?:of )?(?:\w+ ){0,2}?(?:fire|shells|rockets|mortars?|grenades|missiles|artillery|shots)"
                        r"|\btraded (?:\w+ ){0,2}?(?:fire|shells|rockets|shots)|\bclash\w*|\bfighting\b|\bfought\b"
                        r"|\bgun ?battles?|\bfire ?fights?|\bgunfights?|\bskirmish\w*|\breturn(?:ed|ing)? fire", re.I)
_STANDOFF_WEAPON = ("Shelling/artillery/missile attack", "Grenade")
# Who acts: people without arms (a crowd, relatives, party members, rival groups) make
# violence a riot (ACLED: mob violence); armed men or firearms make it an attack or a battle.
_UNARMED_AGENT = noun_class("crowd", "unarmed_agents")
_ARMED_AGENT = re.compile(rf"\b(?:{noun_rx('armed', 'armed_groups', 'military', 'police')}|armed|unidentified|unknown"
                          r"|masked|criminals?|robbers?|thugs?|gangs?|gangsters?|raiders?|herders?|herdsmen|pastoralists?|self-defen[cs]e"
                          r")\b", re.I)
_FIREARM = re.compile(r"\b(?:guns?|gunshots?|gunfire|shot|shoot\w*|firearms?|rifles?|pistols?|AK-?47s?|bullets?|fired"
                      r"|opened fire|bombs?|explosives?|arrows|spears)\b", re.I)
# Who is armed by name: men unnamed ("assailants", "unidentified men") who burn or smash
# things act as rioters do.
_ARMED_ARSONIST = re.compile(r"\b(?:armed|gunm[ae]n|militants?|fighters?|jihadists?|insurgents?|rebels?|militia\w*|bandits?|gangs?|gangsters?|cartels?"
                             r"|terrorists?|soldiers?|troops|forces|raiders?)\b", re.I)
# Acts on property alone, and acts that hurt people: forces or armed groups who burn or
# loot and hurt nobody destroy property (ACLED's codebook), they attack no one.
_PROPERTY_ONLY = re.compile(r"\b(?:burn(?:ed|t|ing)|torch\w*|set\b[^.;]{0,40}?\b(?:on fire|ablaze|alight)|loot\w*|destroy\w*"
                            r"|raz(?:ed|ing)|demolish\w*|vandali[sz]\w*|ransack\w*|pillag\w*)", re.I)
_HURT = re.compile(r"\b(?:beat\w*|assault\w*|hack\w*|stabb\w*|rap(?:ed|ing)|tortur\w*|whipp\w*|flogg\w*|lynch\w*|burn(?:ed|t) (?:alive|to death)"
                   r"|abduct\w*|kidnap\w*)", re.I)
_INJURED = re.compile(rf"{_HURT.pattern}|\b(?:injur\w*|wound\w*|hurt)\b", re.I)
_NOBODY_HURT = re.compile(r"\bno (?:reported |known )?(?:fatalities|casualties|deaths|injuries)"
                          r"|\b(?:no one|no-one|nobody) (?:was|were) (?:reported |said to have been )?(?:hurt|injured|killed)|\bwithout (?:casualties|injuries)|\bproperty destruction\b", re.I)
# Armed outlaws and insurgents as a side of a clash ("police clashed with gang members"):
# organised and armed, whoever else is named (ACLED: a battle, not a riot).
_OUTLAW_SIDE = re.compile(r"\b(?:gangs?|gangsters?|cartels?|militants?|insurgents?|rebels?|bandits?|gunm[ae]n|jihadists?"
                          # a fight over a raid on herds: raiders armed to take them, herders to keep them
                          r"|guerrillas?|fighters?|(?:livestock|cattle|camel|goat|stock) (?:raids?|raiding|rustling|theft))\b", re.I)
# Aircraft that delivered the bombardment: an air strike, not shelling.
_AIRBORNE = re.compile(r"\bair ?forces?\b|\bwarplanes?\b|\b(?:fighter |military )?jets?\b|\baircraft\b|\bhelicopters?\b"
                       r"|\bgunships?\b|\baerial\b|\bbombers?\b", re.I)
# Weapons brought down in flight, and what says some struck all the same.
_BROUGHT_DOWN = re.compile(r"\b(?:shot down|intercepted|downed|neutrali[sz]ed)\b", re.I)
_STRUCK_ANYWAY = re.compile(r"\b(?:damag\w*|destroy\w*|hit|struck|injur\w*|wound\w*|killed|dead|fire broke out)\b", re.I)
# A group's followers, not the group: "Hezbollah supporters" are a crowd, not its fighters.
_SUPPORTERS = re.compile(r"\b(?:supporters|followers|loyalists|sympathi[sz]ers|partisans)\b", re.I)
# Those who rally against a demonstration: when they attack it, rioters against protesters.
_COUNTER_PROTESTERS = re.compile(r"\bcounter-?(?:protesters|protestors|demonstrators|marchers|rally|protest)\b", re.I)
_COUNTER_PROTESTERS = gated(_COUNTER_PROTESTERS, by_strings=False)  # (scanned only in texts where a match may be)
# "Ruritan youths", "the Oldtown clan": a community's fighters, coded as its militia.
_NAMED_PEOPLE = re.compile(rf"\b(?!(?-i:Angry|Irate|Rival|Local|Some|Several|Many|Hundreds|Dozens|Thousands|Two|Three|Four|Five|The|Our|Their|Armed|Unarmed|Young|Other)\b)(?-i:[A-Z][a-z]+)s? (?:{noun_rx('identity_groups')}|communit(?:y|ies))\b", re.I)
_OFF_DUTY = re.compile(r"\b(?:off-duty|off duty|unarmed|retired|former|ex-|on leave|in civilian clothes|plain-?clothes)\s*$", re.I)
_OUT_OF_COMBAT = re.compile(rf"\b(?:off-duty|off duty|unarmed|retired|former|ex-) ?(?:(?!(?:and|or|with|by)\b)[\w-]+ ){{0,3}}(?:{noun_rx('armed')})\b"
                            # "a soldier who was on leave", "a policeman who was off duty"
                            rf"|\b(?:{noun_rx('armed')}) who (?:was|were) (?:on (?:leave|holiday|vacation)|off[- ]duty|unarmed|not on duty)\b", re.I)
_COMMUNAL = re.compile(r"\b(?:ethnic|clans?|sub-clans?|tribes?|tribal|tribesmen|communal|communit(?:y|ies))\b", re.I)
# Fire answered: "returned fire", "fired back", "exchanged gunfire", "a shootout".
RETURNED_FIRE = re.compile(r"\b(?:return(?:ed|ing)? (?:the )?fire|fir(?:ed|ing) back|shot back|exchang\w* (?:of )?(?:\w+ )?(?:fire|gunfire|shots)"
                            r"|traded (?:\w+ )?(?:fire|gunfire|shots)|shoot[- ]?outs?|gun ?battles?|fire ?fights?|gunfights?)\b", re.I)
_NEIGHBOURS = re.compile(r"\b(?:(?:two|rival|neighbou?ring) (?:\w+ )?(?:communities|villages|neighbou?rhoods|quarters|families)"
                         r"|communities of|villagers of|residents of (?:two|the neighbou?ring))\b", re.I)
# The state's forces as those killed or hurt ("two police officers were killed", "six
# soldiers injured"): an attack on armed forces is a battle (ACLED's codebook), whoever
# struck first. Not "an officer shot dead a driver": there the officer acted.
# Armed keepers of property or wildlife hit alike ("two watchmen hacked to death at the gate").
_STATE_HIT = re.compile(rf"\b(?:{noun_rx('military', 'police', 'state_ranks')}|police (?:members|personnel)|security guards?|guards"
                        rf"|{phrase_alternation('armed_keepers')}"
                        r"|(?:army|military|police|navy|air force) (?:captain|major|colonel|lieutenant|sergeant|corporal|commander|general)s?)"
                        r"\s+(?:(?:were|was|have been|has been|had been|are|is|got)\s+)?(?:\w+ly\s+|later\s+)?"
                        r"(?:killed|injured|wounded|hurt|hacked to death|stabbed to death|shot dead|shot|beheaded|feared dead|assassinated|gunned down|(?:(?<=are )|(?<=were ))dead"
                        r"|died of (?:his|her|their) (?:wounds|injuries)|died in hospital|ha(?:ve|s|d) died|died|succumbed(?: to (?:\w+ )?(?:injuries|wounds))?)"
                        r"(?=\s*(?:[,.;]|$)|\s+(?:by|in|at|on|during|when|while|as|after|and|near|following|from)\b)"
                        r"(?!\s+and\s+(?:killed|wounded|injured)\b)", re.I)
_STATE_HIT = gated(_STATE_HIT)  # (scanned only in text holding a string every match needs)
# The police named in any of its ways ("police forces", "riot police", "police personnel"),
# left out where the question is whether another armed side was there.
_POLICE_PHRASE = re.compile(r"\b(?:riot\s+)?police\w*(?:\s+(?:forces?|personnel|officers?|teams?|units?|constables?))?|\bsecurity forces\b",
                            re.I)
_UNNAMED_ATTACKERS = ("gunmen", "assailants", "attackers")
_ARMED_GROUP_NOUN = noun_class("armed_groups")
_CIVILIAN_PERSON = noun_class("civilians")
_CIVILIAN_SITE = noun_class("civilian_sites")
_GROUP_NOUN = re.compile(rf"\b(?:{words_rx([w for w in nouns_of('armed_groups') if w not in _UNNAMED_ATTACKERS])})\b", re.I)
_CRUDE_BOMB = re.compile(r"\b(?:crude|cocktail|petrol|country-made)[- ]bombs?|\bmolotov", re.I)
# People attacked for what they are said to have done: the victims of mob justice.
_ACCUSED = re.compile(r"\b(?:suspected|alleged|accused|presumed)\s+(?:\w+\s+)?(?:thie(?:f|ves)|witch\w*|sorcer\w*|wizards?|criminals?"
                      r"|robbers?|rapists?|murderers?|killers?|kidnappers?|burglars?|pickpockets?)\b"
                      r"|\b(?:accused of|suspicion of|suspected of|allegations? of)\s+(?:\w+\s+){0,2}?(?:witchcraft|sorcery|theft"
                      r"|stealing|robbery|rape|murder|kidnapping|being (?:a )?(?:thie(?:f|ves)|witch(?:es)?))\b"
                      r"|\b(?:over|for|on)\s+(?:\w+\s+)?(?:witchcraft|sorcery)\s+(?:claims?|allegations?|accusations?|suspicions?|rumou?rs?)\b"
                      rf"|\b(?:suspected|alleged)\s+(?:theft|robbery|burglary|stealing|witchcraft|sorcery|rape)\b|{CRIME_SUSPECTS}", re.I)
_ACCUSED = gated(_ACCUSED, by_strings=False)  # (scanned only in texts where a match may be)
_PURPOSE_BEFORE = re.compile(r"\b(?:to (?:quell|flush out|look for|hunt (?:down|for)|counter|prevent|pursue|contain|stop|deter|curb|end"
                             r"|forestall|respond to)|(?:fears?|threats?|risk|warnings?) (?:of|over|about)|possible|feared|expected"
                             r"|in case of|ahead of|following reports of)\b(?:\s+[\w'-]+){0,5}\s*$", re.I)
_UNKNOWN_AGENT = re.compile(r"\b(?:unidentified|unknown|masked)\b", re.I)
# The people of a place named as such ("police and locals clashed"): a crowd, unarmed.
_LOCAL_PEOPLE = re.compile(r"\b(?:locals|local people|inhabitants|townspeople|townsfolk)\b", re.I)
# People the report can only call people ("unidentified persons", "unknown people"):
# not named as armed, with no arms in the sentence they act as a mob does (ACLED's
# codebook: violence by unorganised people is mob violence).
_UNKNOWN_PEOPLE = re.compile(r"\b(?:unidentified|unknown)\s+(?=(?:persons|people)\b)", re.I)
# Tried only at the words a match can open with (see prefilter.py): the first question
# about a text reads it for all of them.
_COMMUNAL, _ARMED_AGENT, _FIREARM = PatternGroup([_COMMUNAL, _ARMED_AGENT, _FIREARM]).members
_OUT_OF_COMBAT, RETURNED_FIRE, _CIVILIAN_LOOKALIKE = PatternGroup([_OUT_OF_COMBAT, RETURNED_FIRE, CIVILIAN_LOOKALIKE]).members


def classify_event(text: str) -> tuple[str, str] | None:
    """ACLED (event type, sub-event type) of an incident's text, or None if no trigger."""
    return classify_sentences([s.text for s in split_sentences(text)])


def classify_sentences(sentences: list[str]) -> tuple[str, str] | None:
    """The first event sentence's strongest trigger, refined; a later sentence may only
    name the weapon of a generic first one ("Gunmen attacked … A bomb went off …")."""
    # (barricades the state's forces put up are no crowd's act: not a riot's trigger)
    per = [(s, ts) for s in sentences if (ts := barricades_left(s, sentence_triggers(s)))]
    if not per:
        return None
    per, at = with_pronouns_read(foreground_first(per), sentences)  # "Armed men entered a village. They killed two."
    main, triggers = per[0]
    best = strongest(triggers)
    if best.name == "note label":
        return best.event_type, best.sub_event_type  # "Defusal: …": the coder named the sub-event
    # an arrest, an abduction, looting or a disrupted weapon with deaths told is an attack;
    # a raid on herds an attack; a vehicle hijacked with people aboard an abduction
    best = reread(best, list(triggers), main, [main] + sentences[at + 1 :])
    joined = " ".join(s for s, _ in per)
    if best.strength <= 4 and best.event_type in (VAC, STRATEGIC, EXPLOSIONS) and not _PROTEST_WORD.search(main):
        for s, ts in per[1:3]:
            spans = background_spans(s)
            ts = [t for t in ts if not inside(t.start, spans)]
            if not ts:
                continue
            later = strongest(ts)
            if later.event_type == EXPLOSIONS and later.strength >= 6:
                return later.event_type, later.sub_event_type
    if best.event_type == EXPLOSIONS and best.sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack"):
        for later, ts in per[1:3]:
            if any(t.sub_event_type == "Disrupted weapons use" for t in ts) and _BROUGHT_DOWN.search(later) \
                    and not _STRUCK_ANYWAY.search(" ".join(s for s, _ in per[per.index((later, ts)):])) \
                    and count_fatalities(sentences) == 0:
                # "Drones attacked the city. All were shot down by air defence.": the strike
                # never landed, its use was disrupted (ACLED's codebook).
                return STRATEGIC, "Disrupted weapons use"
    if any(t.event_type == EXPLOSIONS for t in triggers) and own_device_blast(main):
        return STRATEGIC, "Disrupted weapons use"  # "two men died as the mine they were laying blew up"
    if best.event_type == EXPLOSIONS and best.sub_event_type in MIXED_ARMS_SUBTYPES and assault_in_contact(main, best):
        return BATTLES, "Armed clash"
    if best.event_type == EXPLOSIONS and best.sub_event_type in MIXED_ARMS_SUBTYPES + ("Suicide bomb",) and fire_answered(joined):
        return BATTLES, "Armed clash"  # "a grenade thrown at the patrol; the police opened fire"
    if measure_after_violence(main, best, triggers):
        return STRATEGIC, "Other"
    # A crowd's destructive acts found by the riot triggers of any event sentence
    # ("lit fires", "set a bus alight"): with PROTEST_VIOLENCE, what makes a riot.
    crowd_acts = [any(t.sub_event_type == "Violent demonstration" for t in ts) for _, ts in per]
    kind = _refine(best, main, triggers, joined, crowd_acts[0], any(crowd_acts), sentences)
    if kind == (PROTESTS, "Peaceful protest") and len(sentences) > 1 and _intervened(" ".join(sentences[:3])):
        # "Protesters marched … Police used tear gas to disperse them.": the intervention may
        # come in a sentence of its own that names no event.
        return PROTESTS, "Protest with intervention"
    if kind == (PROTESTS, "Peaceful protest") and _PROTEST_ATTACKED.search(main) and not _PROTESTERS_ACTED.search(main):
        return PROTESTS, "Protest with intervention"  # "raided the protest site": others broke in on it
    if kind[0] in (PROTESTS, RIOTS) and _COUNTER_PROTESTERS.search(main) and _supporters_hurt_protesters(main, triggers) \
            and count_fatalities(sentences) == 0:
        # Counter-protesters who rough up a march without serious harm told: ACLED's codebook
        # counts rioters interacting with peaceful protesters as an intervention.
        return PROTESTS, "Protest with intervention"
    if kind[0] == RIOTS and _PROTEST_ATTACKED.search(main) and not _PROTESTERS_ACTED.search(main):
        # A demonstration others attacked ("party cadres assaulted students during their
        # protest"): the demonstrators did no violence; ACLED's codebook codes the
        # demonstration as one with intervention (the assault is another event).
        agent = _agent_phrase(main, best)
        if count_fatalities(sentences) > 0 and not _STATE_AGENT.search(agent) \
                and (_SUPPORTERS.search(agent) or not _organised_armed(main, best, unnamed_ok=True)):
            # Supporters or a mob who killed demonstrators are no intervention: a crowd's
            # lethal violence on others is mob violence (ACLED's codebook).
            return RIOTS, "Mob violence"
        return PROTESTS, "Protest with intervention"
    if kind[0] == RIOTS and _state_forces_acted(main, triggers):
        if _PROPERTY_ONLY.search(main) and not VIOLENCE.search(main) and not _HURT.search(main) \
                and _NOBODY_HURT.search(" ".join(sentences)):
            # "soldiers torched forty houses; no casualties": property alone, said so
            return STRATEGIC, "Looting/property destruction"
        # Police or soldiers who beat, burn or assault people are no rioters (ACLED's
        # codebook: a riot's actor is an unorganised crowd; the state's forces attacking
        # unarmed people is violence against civilians).
        return VAC, "Attack"
    return kind


def _supporters_hurt_protesters(main: str, triggers: list[Trigger]) -> bool:
    """Whether a party's or a leader's supporters or counter-protesters (no state force)
    are who attacked the demonstrators, and hurt them."""
    attacks = [t for t in triggers if t.event_type in (VAC, RIOTS)]
    if not attacks:
        return False
    agent = _agent_phrase(main, min(attacks, key=lambda t: t.start))
    # "pro-government supporters" are civilians who back the state, not its forces
    state = _STATE_AGENT.search(re.sub(r"\bpro-government\b", " ", agent, flags=re.I))
    return bool(_SUPPORTERS.search(agent) or _COUNTER_PROTESTERS.search(agent)) and not state and bool(_INJURED.search(main))


def _refine(best: Trigger, main: str, triggers: list[Trigger], joined: str,
            acts_main: bool = False, acts_joined: bool = False, report: list[str] | None = None) -> tuple[str, str]:
    # the dead of a fight between peoples may be told in a sentence of no trigger of its own
    # ("Rival clans clashed over a well. One man died."): all the report's sentences
    fight_deaths = (lambda: count_fatalities(report)) if report else (lambda: count_fatalities([joined]))
    # "an off-duty soldier", "a retired policeman": not in combat, a civilian target
    main = _CIVILIAN_LOOKALIKE.sub(as_civilian, _OUT_OF_COMBAT.sub(as_civilian, main))
    joined = _CIVILIAN_LOOKALIKE.sub(as_civilian, _OUT_OF_COMBAT.sub(as_civilian, joined))
    etype, sub = best.event_type, best.sub_event_type
    protest_here = bool(_PROTEST_WORD.search(main)) and any(t.event_type == PROTESTS for t in triggers)
    if protest_here and etype not in (PROTESTS, RIOTS):
        # "party youths beat up a singer booked to perform at their rallies": a protest word
        # after the violence, about something else, does not make the violence a protest.
        first_protest = min(t.start for t in triggers if t.event_type == PROTESTS)
        protest_here = first_protest < best.start or bool(_CROWD_ACTING.search(main)) \
            or bool(re.search(r"\b(?:who|that|which)\b", main[: best.start], re.I))
    if not protest_here and etype == VAC and _stormed_to_protest(main, best):
        protest_here = True  # "farmers stormed the ministry to demand their pay"
    # -- destruction by armed men ("gunmen torched the clinic") is no demonstration: an
    # attack when people were hurt, else the destruction of property (ACLED's codebook)
    if (etype, sub) == (RIOTS, "Violent demonstration") and not protest_here:
        agent = _agent_phrase(main, best)
        first = min(triggers, key=lambda t: t.start)
        if first.start < best.start and (_agent_phrase(main, first).strip() or _ARMED_ARSONIST.search(first.text)):
            # "the attackers … struck, killing people and setting fire to houses": the
            # subject of the first act (its trigger may name them: "militia raid")
            agent = _agent_phrase(main, first) + " " + first.text
        # Unidentified or unknown people with arms told are no crowd either: their arson is
        # an attack or the destruction of property. With no arms told, people the report
        # cannot name who burn or smash things are a mob (ACLED's codebook: rioters).
        # The state's forces are read below (their burning is violence against civilians
        # unless the report says nobody was hurt).
        # A state force the dictionary names ("the Tatmadaw") is armed as its soldiers are.
        armed = (_ARMED_ARSONIST.search(agent) or {1, 2} & set(_actor_inters(agent))) and not _STATE_AGENT.search(agent)
        # "Gang members" are outlaws, not a crowd's members.
        unarmed = _UNARMED_AGENT.search(agent) and not _OUTLAWS.search(agent)
        # People named neither as armed nor as a crowd who shoot someone dead while they
        # wreck or burn ("a band smashing a mast gunned down its guard"): armed men.
        shooters = [_agent_phrase(main, t) for t in triggers
                    if t.event_type == VAC and re.search(r"\b(?:shot|shoot\w*|gunned|opened fire|fired)\b", t.text, re.I)]
        armed = armed or (any(a.strip() and not _UNARMED_AGENT.search(a) and not _CROWD.search(a) for a in shooters)
                          and not _STATE_AGENT.search(main) and not _RIOTERS.search(main))
        if (armed and not unarmed) or (
                _UNKNOWN_AGENT.search(agent) and not _CROWD.search(agent) and _FIREARM.search(_CRUDE_BOMB.sub(" ", main))):
            return (VAC, "Attack") if VIOLENCE.search(main) or people_burnt(main, best) \
                else (STRATEGIC, "Looting/property destruction")
    # -- forces sent somewhere, the violence named only as their purpose or a fear ("troops
    # deployed to flush out militants", "over fears of attacks"): a movement of forces
    if etype in (BATTLES, VAC) and best.strength <= 5 and _PURPOSE_BEFORE.search(main[max(0, best.start - 50) : best.start]) \
            and any(t.event_type == STRATEGIC and t.start < best.start for t in triggers):
        return STRATEGIC, "Other"
    # -- demonstrations: a riot, or a protest and what was done to it
    # Violence against civilians told inside a demonstration: what the crowd protests
    # ("marched to protest the abduction of …"), or the state's force used on it ("police
    # shot dead a marcher during the protest"; ACLED's codebook: excessive force against
    # protesters, a protest event).
    protest_violence = etype == VAC and (protest_here or (sub == "Attack" and _within_demonstration(main, best)) or (
        bool(_PROTEST_WORD.search(main)) and any(t.event_type == PROTESTS for t in triggers)
        and bool(_STATE_AGENT.search(_agent_phrase(main, best)))))
    if etype in (PROTESTS, RIOTS) or protest_violence or (protest_here and best.strength <= 5 and etype != EXPLOSIONS):
        if sub == "Mob violence" and not protest_here:
            return RIOTS, "Mob violence"
        # What the crowd did may come in a later sentence ("police dispersed the students.
        # They had set up burning barricades"): a violent demonstration all the same.
        violent_main = acts_main or _crowd_violence(main)
        violent_any = acts_joined or _crowd_violence(joined)
        if etype == RIOTS or violent_main or ((protest_here or etype == PROTESTS or protest_violence) and violent_any):
            if protest_here or protest_violence or etype in (RIOTS, PROTESTS) or _CROWD.search(main):
                if etype == RIOTS and sub == "Violent demonstration" and not _PROTEST_WORD.search(joined) \
                        and not _CROWD.search(joined) and not _RIOTERS.search(joined):
                    # Destruction by people named neither as a crowd nor as demonstrators,
                    # with no demonstration told ("settlers uprooted trees and burned a
                    # car"): ACLED's codebook calls violence without a demonstration mob violence;
                    # homes burned in a fight between communities: communal militias' battle.
                    return (BATTLES, "Armed clash") if _communal_fight(main, triggers, fight_deaths) else (RIOTS, "Mob violence")
                return RIOTS, "Violent demonstration"
        if protest_here or etype == PROTESTS or protest_violence:
            if _excessive_force(joined, count_fatalities([s.text for s in split_sentences(joined)], causes_excluded=True)):
                return PROTESTS, "Excessive force against protesters"
            if _intervened(joined):
                return PROTESTS, "Protest with intervention"
            return PROTESTS, "Peaceful protest"
    if etype == EXPLOSIONS and _CRUDE_BOMB.search(main) and not _organised_armed(main, best, unnamed_ok=True):
        # Petrol, cocktail or crude bombs thrown by supporters, a crowd or men unnamed:
        # the weapon of rioters, not of an armed group's remote violence (ACLED's codebook)
        return RIOTS, "Violent demonstration" if protest_here or _PROTEST_WORD.search(joined) else "Mob violence"
    if (etype, sub) == (EXPLOSIONS, "Shelling/artillery/missile attack") and best.text.lower().startswith("bomb") \
            and _AIRBORNE.search(main[max(0, best.start - 80) : best.end + 40]):
        return EXPLOSIONS, "Air/drone strike"  # "the air force bombarded a camp", "bombed by warplanes"
    if etype == EXPLOSIONS and sub in _STANDOFF_WEAPON and (TWO_SIDED.search(main) or _BOTH_SIDES.search(main)):
        return BATTLES, "Armed clash"  # "the two armies exchanged artillery fire"
    if etype in (VAC, BATTLES) and _mob_justice(main, best, triggers):
        return RIOTS, "Mob violence"  # "a mob lynched a man", "two suspected thieves were beaten to death"
    if (etype, sub) in ((VAC, "Attack"), (BATTLES, "Armed clash")) and _partisans(main, best) \
            and (etype == BATTLES or fight_deaths() == 0):
        # "supporters of a candidate shot two of his rival's": a party's followers, armed
        # or not, are no armed organisation (ACLED's codebook: mob violence); a killing
        # they set out to do is left to the rules below (an organised attack, maybe)
        return RIOTS, "Violent demonstration" if _PROTEST_WORD.search(main) else "Mob violence"
    if (etype, sub) in ((VAC, "Attack"), (BATTLES, "Armed clash")) and best.strength <= 6 and _mob_agent(main, best) \
            and not (etype == BATTLES and communal_battle(main, fight_deaths())):
        # "relatives of the patient beat two nurses"; at a demonstration, a violent one
        return RIOTS, "Violent demonstration" if _PROTEST_WORD.search(main) else "Mob violence"
    if (etype, sub) == (VAC, "Attack") and names_blows(best.text) \
            and unarmed_blows(_agent_phrase(main, best), joined, lambda: count_fatalities([joined])):
        # "six shopkeepers beat up a journalist", "assailants roughed up a candidate": blows
        # by an unorganised group, no weapon, nobody killed (ACLED's codebook: mob violence)
        return RIOTS, "Violent demonstration" if _PROTEST_WORD.search(main) else "Mob violence"
    # -- a clash between police and traders, students, supporters: a riot
    if (etype, sub) == (BATTLES, "Armed clash") and re.match(r"clash|confront|scuffle|fight|fought|battl|running|engag|violence", best.text, re.I):
        # a crowd named, one seen by what it did (rioting), or a political party's members
        # (ACLED's codebook: supporters are no armed organisation, their clashes are riots)
        parties = _CROWD.findall(main) or _LOCAL_PEOPLE.search(main) or acts_main or _party_named(main[: best.end] + " " + _agent_phrase(main, best))
        if parties and not _COMMUNAL.search(main) and not _ARMED_PARTY.search(_POLICE_PHRASE.sub("", main)) \
                and not _OUTLAW_SIDE.search(main) and not _OUTLAWS.search(main) \
                and not _armed_group_named(main):
            return RIOTS, "Violent demonstration"
        if communal_battle(main, fight_deaths()):
            return BATTLES, "Armed clash"  # communities fighting to the death: communal militias
        if _NEIGHBOURS.search(main) and not _FIREARM.search(joined) and not _ARMED_PARTY.search(main) and not _OUTLAW_SIDE.search(main) \
                and not _ARMED_AGENT.search(main) and not re.search(r"\b(?:ethnic|tribal|tribes(?:men)?|clans?|militias?)\b", main, re.I):
            # Neighbouring villages or communities fighting without firearms or a militia:
            # unorganised violence between groups of people (ACLED: mob violence).
            return RIOTS, "Mob violence"
    # -- territory: who took it, and whether anyone fought
    if (etype, sub) in ((BATTLES, TAKEOVER), (BATTLES, REGAINS)):
        # (a place "taken over" with no act of violence told at all: taken without one)
        if (_NON_VIOLENT.search(joined) or (_TAKEN_OVER.match(best.text) and fight_deaths() == 0)) and not VIOLENCE.search(
                _NON_VIOLENT.sub(" ", re.sub(r"\bno (?:reported )?\w+|\bwithout (?:a |any )?(?:fight(?:ing)?|clash(?:es)?|resistance)"
                                             r"|\bfighters?\b", "", " ".join(report or [joined])))):
            return STRATEGIC, "Non-violent transfer of territory"
        if sub == TAKEOVER and _STATE_AGENT.search(main[: best.start]):
            return BATTLES, REGAINS
        return etype, sub
    # -- an attack: on soldiers or fighters a battle, on civilians violence against them
    if (etype, sub) == (VAC, "Attack") and _STATE_HIT.search(joined) \
            and not _STATE_AGENT.search(_agent_phrase(main, best) + " " + _VICTIMS_TOLD.sub(" ", best.text)):
        return BATTLES, "Armed clash"  # "a police officer was hacked to death by raiders": the state's forces hit
    if (etype, sub) == (VAC, "Attack") and ATTACKERS_HIT.search(joined):
        return BATTLES, "Armed clash"  # "police intervened, killing three raiders": the attackers fought
    if (etype, sub) == (VAC, "Attack") and (sides_fought(joined) or (
            forces_among_victims(joined) and not _STATE_AGENT.search(_agent_phrase(main, best) + " " + best.text))):
        return BATTLES, "Armed clash"  # "…, killing two villagers and a soldier"; "vigilantes clashed with the bandits"
    if (etype, sub) == (VAC, "Attack") and RETURNED_FIRE.search(joined):
        return BATTLES, "Armed clash"  # "the police fired back": both sides armed and firing
    if (etype, sub) == (VAC, "Attack") and best.strength <= 4 and _BOTH_SIDES.search(joined) \
            and re.search(r"\bclash|\bfight", joined, re.I):
        return BATTLES, "Armed clash"  # "nine dead on both sides of the fighting"
    if (etype, sub) == (VAC, "Attack") and best.strength <= 4:
        if re.match(r"raid", best.text, re.I) and _STATE_AGENT.search(main[: best.start]) and not VIOLENCE.search(main) \
                and not harm_told(report or [joined]):  # "police raided a mosque; one man died": an attack
            return STRATEGIC, "Arrests" if re.search(r"\barrest|\bdetain|questioning", joined, re.I) else "Other"
        if re.match(r"bod(?:y|ies)\b", best.text, re.I):
            # "the bodies of five men were found": the trigger names the dead; unless they
            # were soldiers or fighters, people killed away from any fight (ACLED: an attack)
            return (BATTLES, "Armed clash") if ARMED_TARGETS.search(best.text) else (VAC, "Attack")
        armed = _victims_armed(main, best)
        if armed is None:
            # Who else is there, the attackers named after "by" left out ("two men were shot
            # by a militia": civilians; "five men were killed as fighters pushed forward").
            # A clause of another time after the verb ("found dead a day after gunmen took
            # them") tells of an earlier event, not of those hit in this one.
            rest = main[: best.end] + _OTHER_TIME.split(main[best.end :].split(";")[0], 1)[0]  # (a clause of its own after ";")
            rest = re.sub(r"\bby (?:an? |the )?(?:[\w'-]+(?: |(?=[.,;:]|$))){0,4}", " ", rest)
            if not PASSIVE_BEFORE.search(main[max(0, best.start - 30) : best.start]) and not _BY_NEXT.match(main[best.end :]) \
                    and not _headline_victims(main, best) and not _UNDERGONE.match(best.text):
                # active: the victims follow the verb, the attackers precede it (a relative
                # clause about the victims is no victim: "a man who drove past a checkpoint")
                rest = before_circumstance(before_scene(re.split(r"\b(?:who|whom)\b|;", _OTHER_TIME.split(main[best.end :], 1)[0])[0]))
            rest = without_accused_ties(rest)
            armed = bool(ARMED_TARGETS.search(rest)) and not CIVILIAN_VICTIMS.search(rest)
        return (BATTLES, "Armed clash") if armed else (VAC, "Attack")
    if (etype, sub) == (BATTLES, "Armed clash") and re.match(r"ambush|raid", best.text, re.I) and not _STATE_HIT.search(joined):
        hit_armed = _victims_armed(main, best)
        if hit_armed is False or ambushed_civilians(main[best.end :], joined[best.end :]):
            return VAC, "Attack"  # "bandits ambushed a bus": one-sided, on civilians
        if hit_armed is None and re.match(r"ambush", best.text, re.I) and ambush_on_people(joined):
            return VAC, "Attack"  # "a man was shot dead when gunmen laid an ambush near the market"
    if (etype, sub) == (STRATEGIC, "Non-violent transfer of territory") and civilians_occupied(main, best):
        return (RIOTS, "Violent demonstration") if _crowd_violence(main) else (PROTESTS, "Peaceful protest")  # a sit-in
    if etype == STRATEGIC and sub == "Arrests" and protest_here:
        return PROTESTS, "Protest with intervention"
    if (etype, sub) == (STRATEGIC, "Arrests") and _non_state_captors(main, best):
        # "militants detained two aid workers": ACLED's codebook records arrests by non-state
        # groups as abductions (violence against civilians), not as arrests.
        return VAC, "Abduction/forced disappearance"
    if (etype, sub) == (STRATEGIC, "Looting/property destruction") and _CROWD.search(main[: best.start]):
        return RIOTS, "Violent demonstration"  # "a crowd of youths wrecked the toll booth"
    return etype, sub


_TAKEN_OVER = re.compile(r"t(?:ook|ake|akes|aken|aking) (?:over|control)\b", re.I)
_CLASH = re.compile(r"\b(?:clash\w*|fight\w*|fought|battl\w*|confront\w*|scuffl\w*|exchang\w*|running battles?|violence between)\b", re.I)
_RIOTERS = re.compile(rf"\b(?:{noun_rx('protesters')}|riot(?!\s+police)\w*|mobs?|crowds?|stones|stoned|stoning|rocks|bricks)\b", re.I)


# A trigger that tells the dead or hurt ("three soldiers are dead", "two policemen were
# wounded"): the people it names were hit, they did not act.
_VICTIMS_TOLD = re.compile(r"^.*\b(?:(?:are|were|is|was|lay|lie|left) (?:\w+ )?dead|died|(?:are|were|is|was) (?:\w+ )?(?:killed|wounded|injured|hurt))$",
                           re.I | re.S)
# A clause of an earlier time ("a day after gunmen took them", "following an attack by
# rebels"): another event, whose actors are not those hit in this one.
_OTHER_TIME = re.compile(r"\b(?:after|since|following)\b", re.I)


def _state_forces_acted(sentence: str, triggers) -> bool:
    """Whether the state's forces are who did the violence of the sentence, with no crowd
    acting, no demonstration and no fight between sides named in it."""
    if _PROTEST_WORD.search(sentence) or _RIOTERS.search(sentence) or _CLASH.search(sentence):
        return False
    state = False
    for t in triggers:
        if t.event_type not in (VAC, RIOTS):
            continue
        agent = _agent_phrase(sentence, t)
        if (_UNARMED_AGENT.search(agent) or _CROWD.search(agent)) and not _STATE_AGENT.search(agent):
            return False  # "residents torched the house the police had used"
        state = state or bool(_STATE_AGENT.search(agent))
    return state


def _communal_fight(sentence: str, triggers: list[Trigger], deaths) -> bool:
    """Whether a fight between communities or peoples is told in the sentence, with deaths
    or homes burned (see event_battles.communal_battle)."""
    return any(t.event_type == BATTLES and _CLASH.match(t.text) for t in triggers) and communal_battle(sentence, deaths())


def _mob_justice(sentence: str, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """Whether the violence is a crowd's punishment (ACLED's codebook: mob violence, by
    people not organised as an armed group): a mob, a lynching or a stoning named, or
    people accused of a crime or of witchcraft attacked by no force or armed group."""
    named_mob = any(t.sub_event_type == "Mob violence" and t.strength >= 5 for t in triggers)
    accused = not named_mob and trigger.event_type == VAC and trigger.sub_event_type == "Attack" \
        and bool(_ACCUSED.search(sentence)) and not _STATE_AGENT.search(sentence)
    return (named_mob or accused) and not _organised_armed(sentence, trigger)  # the costlier question last


def _organised_armed(sentence: str, trigger: Trigger, unnamed_ok: bool = False) -> bool:
    """Whether those who acted are the state's forces or an organised armed group:
    named by a noun ("gunmen", "militants") or as a military, rebel or militia actor.
    ``unnamed_ok``: "assailants", "attackers", "gunmen" say nothing of a group."""
    agent = _agent_phrase(sentence, trigger) + " " + trigger.text  # the trigger may name them: "gunmen killed"
    nouns = _GROUP_NOUN if unnamed_ok else _ARMED_GROUP_NOUN
    # A party's members or supporters are no armed organisation (ACLED's codebook: their
    # violence is a riot unless a named militia of theirs acts).
    return bool(_STATE_AGENT.search(agent) or nouns.search(agent)
                or any(h.actor.inter in (1, 2, 3) and h.actor.kind != "party" for h in actor_hits(agent)))


def _non_state_captors(sentence: str, trigger: Trigger) -> bool:
    """Whether those who arrested or detained are armed men named only by what they are
    ("militants", "gunmen", "bandits"), with no state force named and no armed suspects
    held. A group the dictionary names may hold the ground as an authority (ACLED: its
    arrests are arrests), so it is left as it is."""
    if _STATE_AGENT.search(sentence) or _state_foes(sentence[trigger.end :]):
        return False  # a soldier or policeman named in the sentence; "detained five suspected jihadists"
    agent = _agent_phrase(sentence, trigger) + " " + trigger.text
    return bool(_ARMED_GROUP_NOUN.search(agent) or _OUTLAWS.search(agent)) and not actor_hits(agent)


# A party's dissidents ("rebel members of the youth wing") are no armed rebels.
_PARTY_REBELS = re.compile(r"\brebel (?:members?|factions?|leaders?|candidates?|MPs|lawmakers|councillors|wing)\b", re.I)


def _stormed_to_protest(sentence: str, trigger: Trigger) -> bool:
    """Whether people of no armed group stormed or invaded a place to voice a grievance
    (see demonstrations.STORMED_TO_PROTEST)."""
    if not STORMED_TO_PROTEST.match(sentence, trigger.start):
        return False
    agent = _agent_phrase(sentence, trigger)
    return bool(_UNARMED_AGENT.search(agent) or CIVILIAN_VICTIMS.search(agent)) and not _ARMED_AGENT.search(agent) \
        and not _ARMED_ARSONIST.search(agent) and not _STATE_AGENT.search(agent) and not _OUTLAWS.search(agent)


def _partisans(sentence: str, trigger: Trigger) -> bool:
    """Whether a party's partisans, no state force among them, did it (see
    event_partisans)."""
    agent = _agent_phrase(sentence, trigger)
    return partisans_acted(agent) and not _STATE_AGENT.search(agent)


def _mob_agent(sentence: str, trigger: Trigger) -> bool:
    """Whether unarmed people did it: the agent is a crowd, a group of relatives or party
    members, rival groups, and nothing in the sentence points to arms."""
    sides = _PARTY_REBELS.sub(" ", sentence)
    if trigger.event_type == BATTLES and (_OUTLAW_SIDE.search(sides) or _OUTLAWS.search(sides)):
        return False  # villagers who fought off bandits: a clash of armed sides, no mob
    agent = without_crude_arms(_agent_phrase(sentence, trigger))  # "youths armed with sticks": a crowd
    if not _UNARMED_AGENT.search(agent) or _ARMED_AGENT.search(_UNKNOWN_PEOPLE.sub("", agent) + " " + trigger.text) or _COMMUNAL.search(agent) or _FIREARM.search(sentence) \
            or _NAMED_PEOPLE.search(agent):
        return False
    # Members of a named armed group (a cartel, a militia of no party) are no unarmed crowd.
    return not any(i in (1, 2) for i in _actor_inters(agent)) and not _names_armed_group(agent)


def _victims_armed(sentence: str, trigger: Trigger) -> bool | None:
    """Whether those attacked were armed (soldiers, police, fighters), civilians, or unknown:
    the object after an active verb ("attacked government soldiers"), the subject before a
    passive one ("a peacekeeper was killed"), the words after "on" ("opened fire on people")."""
    after = sentence[trigger.end : trigger.end + 70]
    # up to a relative clause too: "shot dead a man who failed to stop at a checkpoint"
    after = re.split(r"[,;.]|\b(?:and (?:wounded|injured|killed|captured|stole)|while|when|after|before|during|as|who|whom|following|since)\b", after)[0]
    before = sentence[max(0, trigger.start - 90) : trigger.start]
    passive = bool(PASSIVE_BEFORE.search(before)) or _BY_NEXT.match(sentence[trigger.end :]) is not None \
        or _headline_victims(sentence, trigger) or _UNDERGONE.match(trigger.text) is not None
    window = re.split(r"[,;.]|\b(?:when|after|and|while)\b", before)[-1] if passive else before_scene(after)
    window = without_accused_ties(window)  # "villagers accused of helping the rebels": civilians
    if _state_foes(window) and (_STATE_AGENT.search(agent := _agent_phrase(sentence, trigger)) or _STATE_RANK.search(agent)):
        return True  # "police shot dead two gang members", "an officer shot two of his colleagues": a battle
    if (back := None if passive else them_armed(sentence[: trigger.start], window)) is not None:
        return back  # "soldiers chased the bandits, killing four of them": those named before
    armed = ARMED_TARGETS.search(window)
    if armed and _OFF_DUTY.search(window[: armed.start()]):
        armed = None  # "an off-duty soldier was shot": not in combat, a civilian target
    civil = CIVILIAN_VICTIMS.search(window)
    if civil and not armed and re.fullmatch(r"members?|suspects?|followers?|supporters?", civil.group(), re.I) \
            and (_names_armed_group(window) or (re.fullmatch(r"members?", civil.group(), re.I) and 1 in _actor_inters(window))):
        return True  # "two members of a rebel group were shot by police", "a member of the Republican Guard": armed men
    if armed and civil and re.fullmatch(r"members?", civil.group(), re.I) and civil.start() < armed.start() \
            and re.fullmatch(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}", window[civil.end() : armed.start()], re.I):
        return True  # "two members of the National Guard": the guard's members are armed
    if armed and civil:
        if re.search(r"\bgovernment official|\bcivil servant|\bofficial of", window, re.I) and not re.search(
                r"\bsecurity official", window, re.I):
            return False
        if civil.start() == armed.end() + 1 and _CIVILIAN_PERSON.fullmatch(civil.group()) \
                and not re.fullmatch(r"chiefs?|leaders?|officials?|members?", civil.group(), re.I):
            return False  # "a police informant", "an army widow": the armed word names whom the civilian serves
        if armed.start() == civil.end() + 1 and _CIVILIAN_SITE.fullmatch(civil.group()):
            return True  # "a school guard", "the market watchmen": the site names what the armed men keep
        return armed.start() <= civil.start()
    if armed:
        return True
    if civil:
        return False
    if not passive and re.match(r"\s+(?:on\s+)?(?:the\s+)?(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)(?:\s+(?:village|town|camp|area))?\b"
                                rf"(?!\s+(?:{noun_rx('military', 'police', 'forces', 'armed_groups')})\b)", after) \
            and not _actor_inters(after[:40]):
        return False  # "the raiders attacked Oldtown": a place attacked
    # a party named among the victims ("an ODM legislator") makes them its members: civilians
    named = [h.actor.inter for h in actor_hits(window) if h.actor.kind != "party"]
    if named:
        return any(i in (1, 2, 3, 8) for i in named)
    return None
