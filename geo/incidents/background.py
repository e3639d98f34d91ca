"""What a sentence mentions but is not its event: background clauses ("in retaliation for
an earlier attack", "protested against the killing of …") and statistics ("more than 40
attacks this year")."""

from __future__ import annotations

import re
from functools import lru_cache

from geo.incidents.lexicon import noun_class, noun_rx
from geo.incidents.numbers import MONTHS_RX, to_int
from geo.incidents.prefilter import PatternGroup, gated

# Those a report says someone accuses or blames ("accusing the police of", "blamed the
# chief for"): what they are accused of is the others' act, told as its background. One
# definition, read by the background cues here and by demonstrations' crowd acts.
ACCUSING_OTHERS = r"(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\s+(?:[\w'-]+\s+){1,5}?(?:of|for)\b"
_BACKGROUND_CUE = re.compile(
    r"\b(?:an? earlier|the earlier|(?:an?|the) (?:recent )?(?:string|series|spate|wave) of|recent (?:\w+ )?\w+s\b|previous|prior|last (?:week|month|year)'s|in (?:response|retaliation|reprisal|revenge)"
    rf" (?:to|for|against)|in revenge for|following (?:an? |the )?(?:earlier|previous|prior|recent)|in the (?:wake|aftermath) of|suspected of|accused of|blamed for|{ACCUSING_OTHERS}|responsible"
    r" for|in connection with|involved in|behind (?:the|an?) (?:\w+ )?(?:attacks?|killings?|bombings?)|investigat(?:ing|ion into)"
    r"|a (?:carry ?over|continuation) of|(?:precipitated|sparked|triggered|prompted|provoked) by|since|(?:last|earlier this) (?:week|month)|(?:the )?(?:day|days|week|night|morning|hours?) after"
    r"|(?:after|following) (?:the|a|an|his|her|their) (?:\w+ )?(?:burning|killing|death|arrest|attack|murder|shooting|abduction|kidnapping|clash(?:es)?"
    r"|explosion|bombing|beating|ambush|raid|vandali[sz]ation|vandalism|looting|torching|arson|destruction|lynching|assault|stabbing"
    r"|rape|massacre)|to discuss|regarding|concerning|(?:the )?alleged (?:killing|murder|attack|abduction)"
    r"|(?:released|freed|rescued|rescuing|freeing|releasing)\b"
    r"|(?:for|over|in relation to|in relation with|in relations with|linked to) (?:the |his |her |their )?(?:alleged(?:ly)? )?"
    r"(?:killing|murder|attack|attacking|kidnapping|abduction|shooting|bombing|death|rape)"
    r"|other (?:\w+ )?(?:clashes|attacks|incidents|fighting|operations|raids)|(?:the )?site of"
    # what reporters were at when they were hit ("journalists covering a clash were beaten"):
    # the object alone, the sentence's own verb may follow it
    r"|(?:covering|photographing|filming|reporting on) (?:(?:an?|the|their) )?(?:[\w-]+ )?"
    r"(?:clash(?:es)?|fighting|riots?|rioting|protests?|demonstrations?|violence|attacks?|battles?)(?: (?:in|at|near) (?-i:[A-Z])[\w-]+)?"
    # a past attack remembered ("a rally to mark the anniversary of the grenade attack",
    # "a memorial for those killed in the bombing"): the object alone, as above
    r"|(?:to (?:remember|commemorate|mark|honou?r)|in (?:memory|remembrance|commemoration) of|commemorating|anniversary of"
    r"|memorial (?:\w+ )?(?:for|of|to)) (?:[\w'-]+ ){0,8}?(?:attacks?|bombings?|massacres?|killings?|explosions?|blasts?|genocide"
    r"|riots?|clashes|war|uprising|assassinations?))\b", re.I)
_WITNESSED = re.compile(r"(?:covering|photographing|filming|reporting on|to (?:remember|commemorate|mark|honou?r)|in (?:memory|remembrance"
                        r"|commemoration) of|commemorating|anniversary of|memorial)\b", re.I)
_PROTEST_OBJECT = re.compile(
    r"\b(?:protest(?:s|ed|ing)?|demonstrat\w*|march(?:ed|ing)?|rall(?:y|ied|ies)|strike|sit-?in|picket(?:ed)?)"
    r"(?: \w+){0,6}? (?:against|over|at|to (?:denounce|condemn|protest|demand justice for)|calling for justice for)\b"
    r"|\bto (?:denounce|condemn|protest (?:against|over))\b|\bin protest (?:against|over|at)\b"
    # "protested the killing of …", "hundreds protest the government's failure to stop clashes"
    r"|\bprotest(?:s|ed|ing)?(?= (?:the|a|an|their|his|her|its|alleged|increased|rising|recent|continued|government\w*)\b)"
    # "held a demonstration opposing a move to sack principals of schools where dormitories burned"
    r"|\b(?:protest\w*|demonstrat\w*|march(?:ed|es|ing)?|rall(?:y|ied|ies)|sit-?ins?|strike)\b[^.;]{0,80}?\b(?:opposing|denouncing|condemning|decrying)\b"
    # the object told after the place, past a comma ("formed a human chain outside Oldtown's
    # hall (Hill district), against a temple's burning"), and what the crowd demands be
    # done to others ("demanding the prosecution of looters of the market"): both the
    # crowd's grievance, not its conduct
    r"|\b(?:protest\w*|demonstrat\w*|march(?:ed|es|ing)?|rall(?:y|ied|ies)|sit-?ins?|human chains?|vigils?)\b[^.;]{0,120}?,\s+"
    r"(?:against|over|condemning|denouncing|decrying|protesting)\b"
    r"|\b(?:demand\w*|call(?:s|ed|ing)? for|seek\w*|sought|urg(?:e|ed|es|ing))\s+(?:(?:the|an?|their|immediate|exemplary|speedy|swift"
    r"|proper|strict|stern|severe|exemplary)\s+){0,2}(?:punishment|trial|arrest|prosecution|prevention|justice|action|probe"
    r"|investigation)\s+(?:of|for|against|into)\b"
    # an end put to others' acts ("demanding an end to looting on the highways")
    r"|\b(?:demand\w*|call(?:s|ed|ing)? for|seek\w*|sought|urg(?:e|ed|es|ing))\s+(?:an?\s+)?(?:end|stop|halt)\s+to\b", re.I)
_SENTENCE_END = re.compile(r";|\.\s+(?=[A-Z])")
_CLAUSE_END = re.compile(r"[,;:]\s|\s[\u2013\u2014-]\s|\.\s|$")
# Where what a crowd protests ends and what it did begins: the means ("protested the fees
# by blocking a road"), a participle or a verb of the crowd's own after a comma ("…
# against the results, burning tyres", "…, protesting their principal, burn the dorm"),
# or a destructive act joined by "and" ("… over wages and torched the office").
# Verb forms only: no -s forms, which are also nouns ("…, attacks and killings by bandits").
_CROWD_ACT = (r"burn(?:ed|t|ing)?|set(?:ting)?|torch(?:ed|ing)?|lit|light(?:ing)?|thr(?:ew|ow|owing)|hurl(?:ed|ing)?"
              r"|pelt(?:ed|ing)?|ston(?:ed|ing)|loot(?:ed|ing)?|smash(?:ed|ing)?|destroy(?:ed|ing)?|damag(?:ed|ing)"
              r"|vandali[sz](?:e|ed|ing)|block(?:ed|ing)?|barricad(?:e|ed|ing)|attack(?:ed|ing)?|storm(?:ed|ing)?"
              r"|beat(?:ing)?|wreck(?:ed|ing)?|ransack(?:ed|ing)?|demolish(?:ed|ing)?|clash(?:ed|ing)?|broke|break(?:ing)?")
_OWN_ACT = re.compile(rf"\s+by\s+(?=\w+ing\b)(?:{_CROWD_ACT})\b|,\s+(?:and\s+|then\s+)?(?:they\s+|(?:the\s+|angry\s+|some\s+)?(?:{noun_rx('crowd', 'protesters', 'strikers')})\s+)?"
                      rf"(?:{_CROWD_ACT})\b(?!\s+by\b)"
                      rf"|\s+and\s+(?:then\s+)?(?:{_CROWD_ACT})\b(?!\s+(?:of|by)\b)", re.I)
# Where the state's forces answer the crowd in a clause of their own ("… over fees when
# police opened fire", "… against the verdict, and soldiers fired live rounds"): what was
# done to the crowd is this event, not what it protests.
_FORCE_ANSWERED = re.compile(
    rf",?\s+(?:and|but|when|as|while|until|before|then)\s+(?:then\s+)?(?:the\s+)?(?:riot\s+|anti-riot\s+)?"
    rf"(?:{noun_rx('military', 'police')}|security (?:officers|personnel|agents))\s+(?:\w+ly\s+)?"
    r"(?:opened|fired|shot|used|beat|charged|dispers\w+|arrest\w+|detain\w+|killed|responded|intervened|lobbed|threw|moved in"
    r"|cracked down|broke up|tear-?gassed)\b", re.I)
# The kin, friends or comrades of victims of another event, named by a participle after
# them ("relatives of a trader killed by soldiers marched …", "parents of pupils abducted
# last month rallied …"): the participle tells who they are, not this event. Not an
# active verb with its object ("sons of the chief killed two men").
_VICTIMS_KIN = re.compile(
    rf"\b(?:{noun_rx('kin')}|friends|colleagues|classmates|schoolmates|comrades|co-workers|neighbou?rs|supporters|followers"
    r"|victims)\s+of\s+"
    r"(?:(?!(?:who|whom|which|that|was|were|is|are|had|has|have|been|being|and|or)\b)[\w'-]+\s+){1,4}?"
    r"(?P<verb>killed|murdered|slain|assassinated|executed|beheaded|stabbed|hacked|burn(?:ed|t)|shot(?: dead)?|gunned down|lynched"
    r"|beaten(?: to death)?|tortured|abducted|kidnapped|arrested|detained|jailed|injured|wounded|disappeared)\b"
    r"(?!\s+(?:and|an?|the|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|his|her|their|its|one|dozens|scores|at least"
    r"|some|all)\b)", re.I)
# Where the kin's own verb begins: what they did is the event.
_KIN_OWN_VERB = re.compile(r"\b(?:staged|stage|stages|held|hold|holds|marched|march|protested|protest|rallied|rally|gathered|gather"
                           r"|demonstrated|took|blocked|block|formed|observed|stormed|petitioned|went|converged|poured|camped|besieged"
                           r"|burned|burnt|torched|set|attacked|clashed|called|demanded|demand|organi[sz]ed|joined|laid|occupied)\b", re.I)
# Tried only at the words a match can open with (see prefilter.py): a sentence has few.
_BACKGROUND_CUE, _PROTEST_OBJECT, _VICTIMS_KIN = PatternGroup([_BACKGROUND_CUE, _PROTEST_OBJECT, _VICTIMS_KIN]).members


# A clause opening the sentence with what came before, up to its comma, when a crowd's
# reaction follows ("Following a guard's murder, neighbours marched …", "After
# an attack on the market, traders protested"): the sentence's event is the reaction. Not
# when the sentence goes on with the same fight ("After raiders killed four, police shot
# one of them": one incident).
_LEAD_AFTER = re.compile(r"^\W*(?:(?:On|In|Around|Between|During|Late|Early)\b[^,;.]{0,40},\s*)?((?:(?:shortly|soon|just|days|hours|weeks|moments|a day|a week)\s+)?"
                         r"(?:after|following|in the wake of|in the aftermath of)\s[^,;.]{3,150}?)(?=,)", re.I)
_CROWD_REACTION = re.compile(r"\b(?:protest\w*|demonstrat\w*|march(?:ed|es|ing)|rall(?:y|ied|ies|ying)|took to the streets|riot(?:ed|ing|s)?)\b",
                             re.I)
_OWN_TIME = re.compile(r"(?:last|earlier this) (?:week|month)$", re.I)
_AUX_BEFORE = re.compile(r"\b(?:was|were|is|are|been)\s+$", re.I)
_PARTICIPLE_CUE = re.compile(r"(?:suspected|accused|blamed|responsible|released|freed|rescued)\b", re.I)
_MAIN_VERB = re.compile(r"\s(?:was|were|is|are|has|had|have|got|died|dies|perished|succumbed)\s")
# A relative clause in the pluperfect ("bandits who had kidnapped a trader", "a man who
# had been abducted"): it tells what was done before, another event than the sentence's
# own (the fight with the kidnappers, the rescue), up to the clause's end or the main verb.
# Not a crowd's own conduct ("police dispersed residents who had blocked the road"): what
# the crowd did before it was dispersed is this event's, the cause of its dispersal.
_EARLIER_RELATIVE = re.compile(r"\b(?:who|whom|which|that)\s+had\s+(?:(?:earlier|previously|allegedly|reportedly|just|already|recently"
                               r"|apparently|once)\s+)?(?:been\s+)?\w+", re.I)
_EARLIER_RELATIVE = gated(_EARLIER_RELATIVE, by_strings=False)  # (scanned only in texts where a match may be)
_CROWD_BEFORE = noun_class("crowd", "protesters", "strikers", "unarmed_agents")
# A demonstration named as one yet to come ("ahead of a planned march", "for organising a
# protest", "on the eve of a general strike"): no crowd has gathered yet, so it is no event
# of the sentence (what is done to its organisers, the arrests, is; ACLED's codebook codes
# what happened).
_DEMONSTRATION_AHEAD = re.compile(
    r"\b(?:planned|upcoming|forthcoming|scheduled|intended|proposed|announced|threatened|(?:ahead|on the eve) of"
    r"|to (?:prevent|foil|stop|pre-?empt)|for (?:planning|organi[sz]ing|plotting|calling|mobili[sz]ing)|in preparation for)"
    r"\s+(?:(?:an?|the|their|his|her|its)\s+)?(?:(?:planned|upcoming|scheduled|proposed|general|mass|nationwide|opposition|[\w-]+)\s+){0,2}?"
    r"(?P<what>protests?|demonstrations?|march(?:es)?|rall(?:y|ies)|sit-?ins?|strikes?|picket)\b", re.I)
_DEMONSTRATION_AHEAD = gated(_DEMONSTRATION_AHEAD)  # (scanned only in text holding a string every match needs)
_ARMED_BEFORE = re.compile(rf"\b(?:{noun_rx('armed', 'armed_groups', 'outlaws', 'military', 'police')})\b", re.I)
# "at" after a crowd's own act ("demonstrators threw stones at police", "marchers clashed
# with troops at the bridge") names the act's target or place, not what the crowd protests.
_ACT_THEN_AT = re.compile(rf"\b(?:{_CROWD_ACT})\b.* at$", re.I)
_OWN_CROWD_ACT = re.compile(rf"\s*(?:{_CROWD_ACT}|\w+ed\s+(?:the\s+)?(?:road|street|highway))\b", re.I)


@lru_cache(maxsize=8192)
def background_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of a sentence that recall other events: after "following", "in
    retaliation for", "an earlier …" up to the end of the clause; after "protested
    against" up to the end of the sentence, a semicolon or what the crowd did itself (what
    a crowd protests is not its event; how it protested is)."""
    spans = []
    lead = _LEAD_AFTER.match(sentence)
    if lead and _CROWD_REACTION.search(sentence, lead.end()):
        spans.append((lead.start(1), lead.end()))
    for m in _BACKGROUND_CUE.finditer(sentence):
        if any(a <= m.start() < b for a, b in spans):
            continue  # "a convict freed last month was shot dead": the time of the background itself
        if _OWN_TIME.match(m.group()) and _AUX_BEFORE.search(sentence, 0, m.start()):
            continue  # "a judge was last week shot dead": the event's own time, between its verb's parts
        end = _CLAUSE_END.search(sentence, m.end())
        stop = m.end() if _WITNESSED.match(m.group()) else end.start() if end else len(sentence)
        if _PARTICIPLE_CUE.match(m.group()):
            # "a driver accused of theft was beaten by a crowd", "a hostage freed by the army
            # later died": the phrase describes the subject, up to its main verb.
            verb = _MAIN_VERB.search(sentence, m.end(), stop)
            stop = verb.start() if verb else stop
        spans.append((m.start(), stop))
    if " had " in sentence:  # (the cheap gate: most sentences hold no pluperfect)
        for m in _EARLIER_RELATIVE.finditer(sentence):
            verb = re.search(r"\w+$", m.group()).start() + m.start()
            if _OWN_CROWD_ACT.match(sentence, verb) and _crowd_antecedent(sentence[max(0, m.start() - 60) : m.start()]):
                continue
            end = _CLAUSE_END.search(sentence, m.end())
            stop = end.start() if end else len(sentence)
            verb = _MAIN_VERB.search(sentence, m.end(), stop)
            spans.append((m.start(), verb.start() if verb else stop))
    spans += claimed_spans(sentence)
    spans += [(m.start(), m.end("what")) for m in _DEMONSTRATION_AHEAD.finditer(sentence)]
    spans += victims_kin_spans(sentence)
    for m in _PROTEST_OBJECT.finditer(sentence):
        if _ACT_THEN_AT.search(m.group()):
            continue  # "protesters threw stones at police": the crowd's target, not its grievance
        # up to the sentence's end, or a semicolon that opens a clause of its own ("…
        # against the killing of a man; police fired live bullets, killing two")
        # (or the end of the sentence, where a text of several is read at once)
        end = _SENTENCE_END.search(sentence, m.end())
        stop = end.start() if end else len(sentence)
        own = [a.start() for a in (_OWN_ACT.search(sentence, m.end(), stop), _FORCE_ANSWERED.search(sentence, m.end(), stop)) if a]
        spans.append((m.end(), min(own) if own else stop))
    return tuple(spans)


# What a crowd claims others did, told as the reason it gathered ("…, claiming that the
# ruling party's youths burned their office"): a participle clause after a comma, up to the
# clause's end; the others' act, never the crowd's own conduct.
_CLAIMING = re.compile(r",\s*(?:claiming|alleging|charging|insisting)\s+that\b", re.I)


def claimed_spans(sentence: str) -> list[tuple[int, int]]:
    """Character ranges of the claims a crowd makes of others (see _CLAIMING)."""
    spans = []
    for m in _CLAIMING.finditer(sentence):
        end = _CLAUSE_END.search(sentence, m.end())
        spans.append((m.start(), end.start() if end else len(sentence)))
    return spans


def _crowd_antecedent(before: str) -> bool:
    """Whether the nearest of the people named in ``before`` (the words before "who")
    is a crowd ("police dispersed traders who …"), not armed men ("villagers fought
    bandits who …")."""
    crowd = [m.end() for m in _CROWD_BEFORE.finditer(before)]
    armed = [m.end() for m in _ARMED_BEFORE.finditer(before)]
    return bool(crowd) and (not armed or max(crowd) > max(armed))


@lru_cache(maxsize=4096)
def victims_kin_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of the participles that name the kin of another event's victims
    (see _VICTIMS_KIN), up to the kin's own verb or the clause's end."""
    spans = []
    for m in _VICTIMS_KIN.finditer(sentence):
        end = _CLAUSE_END.search(sentence, m.end("verb"))
        stop = end.start() if end else len(sentence)
        own = _KIN_OWN_VERB.search(sentence, m.end("verb"), stop)
        spans.append((m.start("verb"), own.start() if own else stop))
    return tuple(spans)


# "more than 40 attacks this year": a count of events is a statistic, not an incident.
_STATISTIC = re.compile(
    rf"\b(?:(?:more than|over|at least|some|nearly|almost|about|around) )?(?P<count>\d+(?:,\d{3})*|(?:ten|eleven|twelve|thirteen|fourteen|fifteen"
    rf"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|scores|hundreds|thousands)"
    rf"(?:[- ]\w+)?)\s+(?:(?!(?:in|on|at|of|by|and|during|after|following|before|{MONTHS_RX})\b)[\w-]+\s+){{0,2}}(?:attacks|strikes|incidents|bombings|raids|protests"
    rf"|clashes|killings|kidnappings|abductions)\b(?! (?:on|in|at|near|against|between|targeted|hit|killed)\b)"
    r"|\b(?:several|many|numerous|a series of|a string of|a spate of|a wave of) (?:\w+ )?(?:attacks|bombings|raids|killings|kidnappings)\b"
    r"(?= (?:this|in recent|over the|since|in the past|so far))"
    r"|\b(?:this|last|each|every) year\b|\bsince (?:19|20)\d\d\b|\bover the (?:past |last )?(?:years|months|decade)\b"
    # a place or people hit again and again ("the camp has been repeatedly shelled"), not one
    # attacker's blows on a victim named after the verb ("gunmen repeatedly hit a man and
    # killed him": one event)
    r"|\b(?:regularly|repeatedly|frequently|routinely|often) (?:been )?(?:attacked|targeted|hit|shelled)\b"
    r"(?!\s+(?:the|an?|his|her|their|its|him|them|one|two|three|\d+)\b)", re.I)


# Tried only where the sentence holds a word every match needs ("attacks", "year", "since" …),
# and then at its words rather than over the whole sentence: most sentences have none (see prefilter.py).
_STATISTIC = PatternGroup([_STATISTIC]).members[0]


@lru_cache(maxsize=4096)
def is_statistic(sentence: str) -> bool:
    """"more than 40 attacks this year", "14 were rocket attacks": a count of events, not
    one ("two clashes broke out between the rival militias" still reports events)."""
    spans = None
    for m in _STATISTIC.finditer(sentence):
        spans = background_spans(sentence) if spans is None else spans
        if any(a < m.start() < b for a, b in spans):
            continue  # "a protest over the killing of a leader last year": the background's time
        count = m.groupdict().get("count")
        n = to_int(count) if count else None
        if count is None or n is None or n >= 10 or re.search(r"\b(?:this|last) year|since|over the past|so far|in recent",
                                                              sentence, re.I):
            return True
    return False

