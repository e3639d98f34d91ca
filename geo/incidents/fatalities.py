"""Fatalities as ACLED counts them: the most conservative report; "several", "many", an
unknown number: 10; "dozens": 12; "hundreds": 100; victims of one sentence added up."""

from __future__ import annotations

import re

from geo.incidents.background import background_spans
from geo.incidents.death_phrases import (AGE_AFTER_NAME, ALL_SIDES, ALSO_KILLED, BODIES_FOUND, BREAKDOWN, CHARGE_BEFORE, DEATHS_OF,
                                         DIED_OF_WOUNDS, FATALITIES_DESCRIBED, FURTHER_COUNT, HEDGED, KNOWN_ALREADY, LIVES_TAKEN,
                                         MISHAP_BEFORE_DEATH_OF, MISHAP_CAUSE, OF_THE_HURT, OTHER_COUNT, OTHER_SOURCE,
                                         PART_OF_WHOLE, RESCUED_BEFORE_DEATH, SOURCE_OF_TOTAL, SUBSET_GOES_ON, SURVIVED,
                                         TOTAL_TOLD, bodies_of_the_taken, dead_among_hurt, dead_described, deaths_recalled,
                                         more_dead, only_mob_verb, ordinal_death, vague_counts_no_people)
from geo.incidents.fatality_phrases import other_time, phrase_claims
from geo.incidents.model import inside
from geo.incidents.numbers import MONTHS_RX, NUM, ONE_TO_NINETEEN, TENS, UNITS, to_int
from geo.incidents.prefilter import PatternGroup
from geo.incidents.victim_phrases import NOT_PEOPLE as _NOT_PEOPLE
from geo.incidents.victim_phrases import QUAL as _QUAL
from geo.incidents.victim_phrases import NOT_AFTER_TITLE, UNIT_AFTER
from geo.incidents.victim_phrases import SINGULAR as _SINGULAR
from geo.incidents.victim_phrases import Claim as _Claim
from geo.incidents.victim_phrases import conjuncts as _conjuncts
from geo.incidents.victim_phrases import np_claim as _np_claim
from geo.incidents.victim_phrases import one_person as _one_person
from geo.incidents.victim_phrases import side_of, vague_noun

_DEATH = (r"(?-i:KIA)|killed in action|killed|dead|died|dies|die|slain|martyred|shot dead|stabbed to death|beaten to death|burnt to death|burned to death|hacked to death"
          r"|lost (?:their|his|her) li(?:ves|fe)|perished|massacred|executed|beheaded|decapitated|butchered|lynched|murdered|assassinated|succumbed"
          r"|confirmed dead|found dead|shot to death|gunned down|neutrali[sz]ed|(?-i:[a-z]+ed) to death|burn(?:ed|t) alive"
          # "a trader was fatally stabbed": the deed told with its outcome
          r"|(?<!non-)(?<!non )fatally (?:shot|stabbed|wounded|injured|beaten|hit|struck|burned|burnt|hacked|attacked|assaulted)")
_ACTIVE = (r"kill(?:s|ed|ing)?|shot dead|shoot(?:s|ing)? dead|(?<!non-)(?<!non )fatally (?:shot|shoots|shooting|stabbed|stabs|stabbing|wounded|wounds|wounding"
           r"|injured|injuring|beat|beaten|beating|struck|hit|hacked|attacked|assaulted)|massacr(?:ed|ing|es)|execut(?:ed|ing|es)|behead(?:ed|ing|s)|decapitat(?:ed|ing|es)|butcher(?:ed|ing)"
           r"|murder(?:ed|ing|s)?|slaughter(?:ed|ing|s)?|claim(?:ed|ing)? the lives of|stabbed to death|hacked to death"
           r"|(?:beat|stone|hack|club|stab|burn)s? to death|burn(?:ed|t|s|ing) alive|burnt to death|burned to death|(?-i:[a-z]+ed) to death|assassinat(?:e|ed|ing|es)|lynch(?:ed|ing|es)?"
           r"|gun(?:s|ned)? down|neutrali[sz](?:ed|ing|es)|(?:eliminat|liquidat)(?:ed|ing)(?= (?:at least |some |about )?\d)|shoot(?:s|ing)?(?= (?:[\w'-]+ ){1,4}dead\b)|shot(?= (?:[\w'-]+ ){1,4}dead\b)"
           r"|(?:shot|(?:stab|club)(?:s|bed|bing)?|(?:hack|beat|stone|slash|batter|chop|burn|kick|strangle|bludgeon|cut|whip)"
           r"(?:s|es|ed|d|t|ing|ping|ped)?)(?=\s+(?:[\w'-]+\s+){1,6}to death\b)|burn(?:ed|t)(?= (?:[\w'-]+ ){1,4}alive\b)")
_KILL_RX = re.compile(rf"\b(?:{_ACTIVE}|{_DEATH}|left|leaving)\b", re.I)
_AUX = (r"(?:(?:were|was|have been|has been|had been|are|is|being|been|got|reportedly|also|allegedly|confirmed|reported"
        r"|believed|feared|said to have been|later|subsequently|eventually|all|either|both|then|immediately|instantly|last week|last night|found"
        r"|and|or|wounded|injured|kidnapped|abducted|tortured|raped|shot|beaten|stabbed|captured"
        # "she was robbed and murdered", "he was ambushed and shot dead": the first deed of the killing
        r"|attacked|assaulted|ambushed|robbed|mutilated"
        # "were shot, hacked and beheaded": a series of deeds, the last the killing
        r"|hacked|slashed|macheted|burnt|burned|stoned|whipped),?\s+)*")
# "killed the chief, his wife and son": the kin after "and" share the possessive, one more each.
_KIN_AFTER_AND = r"(?:wife|husband|son|daughter|child|brother|sister|father|mother|nephew|niece|cousin|driver|bodyguard|aide)(?=\s*(?:[,.;:]|$|\s+(?:in|at|near|on|and)\b))"
_NP_BOUNDARY = re.compile(
    r"[;:()\[\]\"\u201c\u201d]|" + NOT_AFTER_TITLE + r"\.|,(?!\d)(?!\s+(?:and\s+)?" + _QUAL + r"(?:" + NUM + r"|an?|one|another)\b)"
    # "killed the governor, his driver and a guard": a list of kin or aides that "and" closes
    r"(?!\s+(?:his|her|their|the)\s+[^,.;:]{1,40}?(?:,\s*|\s+)and\s|\s+and\s+(?:(?:his|her|their)\s|" + _KIN_AFTER_AND + "))"
    r"|(?<!up)\s(?:while|when|after|before|during|in|on|at|near|as|following|with|including|from|by|for|inside|outside|because|who|which"
    r"|that|since|across|over|under|along|between|within|among|amid|around|into|to|but|later|and (?!(?:" + _QUAL + r")?(?:"
    + NUM + r"|an?|one|another|\d|his|her|their|" + _KIN_AFTER_AND + r")\b))\b(?!\s+(?:least|most)\b)(?!\s+" + NUM + r"\b)", re.I)
_VAGUE_DEAD = re.compile(
    r"\b(?P<q>several|many|scores|dozens|hundreds|tens|thousands|numerous|a number|an unknown number|unknown numbers?"
    r"|an undisclosed number|an unspecified number|unconfirmed numbers?)(?: of)?\s+(?P<np>(?:[\w'()-]+\s+){0,8}?)" + _AUX
    + r"(?:" + _DEATH + r")\b", re.I)
_CASUALTIES = r"casualties"
_UNKNOWN_COUNT = re.compile(rf"\b{_CASUALTIES} of (?:an )?unknown number\b|\bunknown number of (?:{_CASUALTIES}|dead|deaths)\b"
                            rf"|\b(?:{_CASUALTIES}|deaths|fatalities) (?:were )?reported,? (?:but )?(?:the )?numbers? (?:are |were |is )?"
                            r"(?:not (?:yet )?(?:known|confirmed|given|released|clear)|unknown|unclear)", re.I)
_FIGURE = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
           r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)")
# "between 6 and 8", "three or four", "either five or six", "10-12": a range or alternative
# figures, read as the lowest (ACLED's conservative rule). "and" joins a range only after
# "between" or between digits ("1 and 4 soldiers"): "killed two and wounded three" is not one.
_RANGE = re.compile(rf"\b(?:between\s+(?P<a>{_FIGURE})\s*(?:-|\u2013|to|and)\s*(?P<b>{_FIGURE})"
                    rf"|(?:either\s+)?(?P<c>{_FIGURE})\s*(?:-|\u2013|to|or)\s*(?P<d>{_FIGURE})"
                    r"|(?P<e>\d+)\s*and\s*(?P<f>\d+))\b(?=\s+[A-Za-z])", re.I)
_TENS_AND_UNIT = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
                            r"(?:one|two|three|four|five|six|seven|eight|nine)", re.I)
_SUBSET = re.compile(r"\b(?:including|among them|among whom|of whom|of them|of which|mostly|mainly)\s+$", re.I)
_PREPOSITION = (r"(?:inside|outside|near|in|on|at|into|onto|from|during|after|before|over|under|with|without|along|across|behind"
                r"|between|by|for|of|to|towards?|around|through|within|among|amid|against|while|when|as)")
_OBJECT_WORDS = re.compile(rf"\s+[\"'\u201c\u2018]?(?:{_QUAL})?(?:(?:{NUM}|an?|one|another|the|him|-years?[- ]old|(?:himself|herself|themselves)(?=\s+(?:and|along with)\s)|his|her|their|its|several|many|both"
                           rf"|all|some|(?-i:[a-z]+s)|{_SINGULAR}|(?-i:former|senior|local|prominent|top|retired|young|elderly|suspected|alleged|accused|unarmed|innocent)"
                           rf"|(?:(?!(?:{_PREPOSITION}|{NUM}|including|among|and|or|but|then|who|which|that|one)\b)(?-i:[a-z][\w-]*)\s+){{1,3}}{_SINGULAR})\b"
                           rf"|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{MONTHS_RX})\b)(?-i:[A-Z]))", re.I)


def _normalise_ranges(sentence: str) -> str:
    """"between 6-8 assailants", "three or four guards": the lowest figure (ACLED's
    conservative rule); the text keeps its length so positions stay valid."""
    def low(m: re.Match) -> str:
        if re.search(MONTHS_RX, sentence[m.end() : m.end() + 12]):
            return m.group()  # "17 and 18 June": a date
        a, b = next((m.group(x), m.group(y)) for x, y in ("ab", "cd", "ef") if m.group(x))
        if _TENS_AND_UNIT.fullmatch(m.group().strip()):
            return m.group()  # "twenty-three", "Thirty one": one number, not a range
        return min((a, b), key=lambda w: to_int(w) or 0).ljust(len(m.group()))
    return _RANGE.sub(low, sentence)


def fatality_statements(sentence: str) -> list[tuple[int, str]]:
    """(number, victim noun) for each report of deaths in a sentence."""
    return [(c.n, c.noun) for c in _fatality_claims(sentence)]


# A clause, not a noun phrase: "40 raiders stole cattle", "12 gunmen attacked the post".
_FINITE_VERB = re.compile(r"\b(?:stole|took|drove|fled|ran|set|burnt|left|came|went|made|held|broke|fought|threw|struck|led|began|were|was|had|have|has"
                          r"|(?!armed\b)(?-i:[a-z]{3,}ed))\b", re.I)
_SHORT_ASIDE = re.compile(r"\([^()\d]{1,40}\)")
# "A shopkeeper, not involved in the fighting, was shot dead", "Five soldiers, on patrol
# near the border, were killed": an aside between the subject and its verb.
_COMMA_ASIDE = re.compile(r",\s+(?!(?:and|or|but|then|including|among)\b)(?-i:[a-z])[^,.;:()\d]{1,60},(?=\s+(?:\w+ly\s+)?"
                          r"(?:was|were|had been|has been|have been|is|are|died|perished)\s)", re.I)
# 'a priest is "hacked to death"', 'five "bandits" are lynched': quotation marks around a
# few words are no boundary.
_QUOTED_WORDS = re.compile(r"[\"\u201c]([\w' -]{1,30})[\"\u201d]")
# "a 17 year old porter", "5-yr-old child": an age, not a count of people.
_AGE = re.compile(rf"(?<![\d,.])\b(\d{{1,2}}|{TENS}(?:-{UNITS})?|{ONE_TO_NINETEEN})((?:[- ]|\s)(?:years?|yrs?)(?:[- ]|\s)old)\b"
                  r"(?=\s+(?!(?:who|which|that|and|or|in|on|at|near|was|were|is|from|of|with|by|after|when)\b)[A-Za-z])", re.I)


# "12 militants, including two commanders, were killed": the part named inside the
# whole is not counted again, nor instead of it.
# (also before the verb that finds them: "six corpses, among them a girl's, were recovered")
_PART_OF_SUBJECT = re.compile(rf"(?<=\w)(?:,?\s+(?:including|among them|among whom|among which)\s+[^.;]{{1,100}}?,?)"
                              rf"(?=\s+{_AUX}(?:{_DEATH}|(?<=were )(?:found|discovered|recovered|retrieved))\b)", re.I)
# "resulting in his death", "which led to the deaths of two guards"
_DEATH_OF = re.compile(r"\b(?:result(?:s|ed|ing)? in|le(?:d|ading|ads) to|caus(?:es|ed|ing))\s+(?:(?P<pron>his|her)\s+death"
                       r"|the\s+deaths?\s+of\s+(?P<np>[^,.;]{1,60}))", re.I)


# "the death toll rose to 15", "the death toll from Sunday's bombing in the capital rose to
# 84", "raising the toll of Monday's attack to three"; a toll said to have risen is the
# total of the deaths its sentence tells (the dead named beside it are among them).
_DEATH_TOLL = re.compile(rf"\b(?:(?:death|casualty) (?:tolls?|total)|(?<=the )toll)(?: [\w'\u2019-]+){{0,26}}? (?:to|of|at|reached|is|was|hit)"
                         rf"\s+{_QUAL}(?P<n>{NUM})\b(?!\s*(?:%|percent|per cent))", re.I)
_TOLL_RISEN = re.compile(r"\b(?:r[io]se|risen|rising|climb\w*|rais\w*|bring\w*|brought|increas\w*|reach\w*|jump\w*|mount\w*)\b", re.I)
_FATALITIES_COUNT = re.compile(rf"\b{_QUAL}(?P<n>{NUM})\s+(?:[\w-]+\s+)?(?:fatalit(?:y|ies)|deaths?)\b", re.I)
# Tried only at the words a match can open with, or only in sentences holding a word every
# match needs (see prefilter.py): most sentences tell of no deaths. One group, ranges
# included: a sentence with no range or aside is the text the other patterns read, so its
# words are indexed once for all of them (_BODIES: scanned only when "found" … is there).
(_RANGE, _KILL_RX, _FATALITIES_COUNT, _DEATH_OF, _VAGUE_DEAD, _UNKNOWN_COUNT, _PART_OF_SUBJECT, _DEATH_TOLL,
 _BODIES) = PatternGroup([_RANGE, _KILL_RX, _FATALITIES_COUNT, _DEATH_OF, _VAGUE_DEAD, _UNKNOWN_COUNT, _PART_OF_SUBJECT,
                          _DEATH_TOLL, BODIES_FOUND]).members
# Deaths on the road or by mishap, which a riot may follow but which are not its own.
_VEHICLE = r"(?:bus|buses|lorry|lorries|truck|trucks|car|cars|vehicle|vehicles|train|motorbike|motorcycle|matatu|tanker|tractor)"
_MISHAP_BEFORE = re.compile(rf"(?<!in )(?<!from )(?<!with )(?<!inside )(?<!aboard )(?<!on )\b(?:the|a|an)\s+(?:[\w-]+\s+)?{_VEHICLE}\s+(?:that\s+|which\s+)?(?:had\s+)?$", re.I)
_MISHAP_AFTER = re.compile(rf"\s+(?:(?:being|after being|when|after)\s+)?(?:(?:hit|run over|knocked down|crushed)\s+)?"
                           rf"(?:by|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{_VEHICLE}|accident|crash|collision)\b"
                           r"(?!\s+(?:bomb|bombing|explosion|blast|ambush|attack))", re.I)


# "rebels ambushed a lorry killing its driver", "gunmen opened fire on a car, killing
# two": the vehicle is the target of the violence, not the cause of a road death.
VEHICLE_ATTACKED = re.compile(rf"\b(?:attack(?:ed|ing|s)?|ambush(?:ed|ing|es)?|target(?:ed|ing|s)?|hijack(?:ed|ing|s)?|raid(?:ed|ing|s)?"
                              rf"|storm(?:ed|ing|s)?|(?:fired|firing|fire)\s+on|shot\s+at|shooting\s+at|bomb(?:ed|ing|s)?|torch(?:ed|ing|es)?)"
                              rf"\s+(?:the|a|an)\s+(?:[\w-]+\s+)?{_VEHICLE}\b[^.;]{{0,20}}$", re.I)
# "… collided with a bus in a road accident, killing two": the accident told first.
_MISHAP_THEN = re.compile(r"\b(?:in|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:accident|crash|collision)(?:\s+(?:near|in|at|on|along)\s+[^,;.]{1,30})?\s*,?\s*(?:and\s+)?$", re.I)


# The person a "who died" clause is about: the phrase before ", who".
_WHO_DIED = re.compile(r"(?:^|[,;:]\s*|\b(?:shot|killed|wounded|injured|hit|stabbed|attacked|beat|beaten|and|with)\s+)"
                       r"(?P<np>(?:an?|one|the|two|three|four|five|\d+)\s(?:(?!\b(?:whom|which|were|was|is|are|had|have|has)\b)[^,;:]){1,50}?)"
                       r",?\s+who\s*$", re.I)
_SUBJECT_WITH_PLACES = re.compile(
    rf"\s*(?:(?:On|In|Around|During|Early|Late|Last|Overnight)\b[^,]{{0,40}},\s*)?(?:an?|one|another|the|a single)\s+"
    rf"(?:[\w'-]+\s+){{0,3}}?(?P<noun>{_SINGULAR})(?:\s+(?:in|at|near|from|of)\s+[^,.;:]{{1,40}}?)?"
    r"(?:,\s+(?:in|at|near|from|of|outside|inside)\s+[^,.;:]{1,40}?)*,?\s*", re.I)


# A killing tried, threatened or nearly done, or named as a charge ("accused of murder"):
# no one died of it.
_NOT_DONE = re.compile(r"(?:\b(?:tr(?:y|ies|ied|ying)|attempt\w*|threaten\w*|plann?\w*|plott\w*|vow\w*|want\w*|sought|seek\w*"
                       r"|intend\w*|conspir\w*|fail\w*|bids?)\s+to|\b(?:nearly|almost|narrowly)"
                       r"|(?<!claim )(?<!claims )(?<!claimed )(?<!went on )(?<!managed )(?<!proceeded )(?<!said )(?<!used )\bto)\s+$", re.I)


# A killing the event's victim did ("a mob lynched a man who had stabbed his wife to death",
# "… lynched after he killed a rider"): the deed that provoked it, not its own dead.
_DEED_PUNISHED = re.compile(r"(?:\b(?:after|when|because|since)\s+(?:he|she|they)|\bwho)\s+(?:(?:had|has|have|allegedly|reportedly|just|earlier|previously"
                            r"|(?:was|is|were|are) (?:said|suspected|believed|alleged) to have)\s+)*$", re.I)


# "Residents blocked the road after a rider was killed": the clause that says what a crowd
# reacted to.
# Also the dead whose relatives march, whose killers the crowd wants arrested, or whose
# death the crowd blames on someone: "relatives of two brothers killed in a feud staged a
# protest", "demanding the arrest of those who killed a farmer", "claiming that the
# patient died through negligence".
# ("following which", "after this": what came next, the crowd's own deed, not its cause)
_CAUSE_CLAUSE = re.compile(r"\b(?:(?:after|following)(?!\s+(?:which|this|that)\b)|relatives of|famil(?:y|ies)(?: members)? of|victims of|mourners of"
                           r"|claim(?:s|ed|ing)? that|alleg(?:es|ed|ing) that|demand(?:s|ed|ing)?)\b[^,.;:()]*$", re.I)


_SOURCE_SAID = re.compile(r"\b(?:said|says|told|added|reported|stated|confirmed|claimed|announced)\b(?:\s+\w+){0,2}\s*$", re.I)


# "At least 20 (other sources said 35) people died": another source's figure in brackets;
# the figure the sentence itself gives stands (the lowest, as a rule, is the first told).
_SOURCE_ASIDE = re.compile(r"\((?=[^()]{0,60}\b(?:reports?|sources?|says?|said|according|claim\w*|estimates?|put)\b)[^()]{1,70}\)", re.I)
# "Two local officials, Ahmad Zia and Karim Nuri, were shot dead": the names of those
# counted, between the counted subject and its verb.
_NAMES_ASIDE = re.compile(r"(?<=[a-z]s),\s+(?:[A-Z][\w'-]+(?:\s+(?:al-|bin\s+|de\s+)?[A-Z][\w'-]+){0,3},?\s+)+(?:and\s+)"
                          r"[A-Z][\w'-]+(?:\s+(?:al-|bin\s+|de\s+)?[A-Z][\w'-]+){0,3},(?=\s+(?:\w+ly\s+)?(?:was|were|had been|have been"
                          r"|died|perished)\s)")


def _fatality_claims(sentence: str, causes_excluded: bool = False) -> list[_Claim]:
    # "nine guards of the Eastern (Third) Brigade were killed":
    # a short aside with no figure is blanked (same length: positions stay valid).
    text = _SHORT_ASIDE.sub(lambda a: " " * len(a.group()), _normalise_ranges(sentence))
    if "(" in text:
        text = _SOURCE_ASIDE.sub(lambda a: " " * len(a.group()), text)
    if text.count(",") >= 2 and " and " in text:
        text = _NAMES_ASIDE.sub(lambda a: " " * len(a.group()), text)
    if text.count('"') + text.count("\u201c") >= 2:
        text = _QUOTED_WORDS.sub(lambda q: " " + q.group(1) + " ", text)
    if "," in text or "(" in text:
        text = AGE_AFTER_NAME.sub(lambda a: re.sub(r"\d|\W", " ", a.group()), text)  # "Ali Omar, 41,": an age (and its commas)
    if text.count(",") >= 2:
        text = _COMMA_ASIDE.sub(lambda a: " " * len(a.group()), text)
    if "old" in text:
        text = _AGE.sub(lambda a: " " * len(a.group(1)) + a.group(2), text)
    # (not after "were injured": "50 were injured, including police, and a leader was killed")
    text = _PART_OF_SUBJECT.sub(lambda a: a.group() if re.search(r"(?:injured|wounded|hurt|arrested)$", text[: a.start()])
                                else " " * len(a.group()), text)
    spans = background_spans(sentence)
    claims: list[_Claim] = []
    used: set[int] = set()

    def add(found: list[_Claim]) -> None:
        for c in found:
            if c.pos in used or inside(c.pos, spans) or re.search(r"\bno\s+$", text[max(0, c.pos - 4) : c.pos], re.I):
                continue  # "no one was killed"
            if (_SUBSET.search(text[max(0, c.pos - 20) : c.pos]) or (claims and (PART_OF_WHOLE.match(text, c.pos)
                                                                                  or SUBSET_GOES_ON.search(sentence, max(0, c.pos - 120), c.pos)))) \
                    and not dead_among_hurt(text[: c.pos]):
                continue  # a part of the dead counted already ("… killed, one of whom …"), not of the hurt
            used.add(c.pos)
            claims.append(c)

    objects: list[tuple[int, int]] = []  # victims' phrases read after an active verb
    lowered = text.lower()
    mishap_named = "accident" in lowered or "crash" in lowered or "collision" in lowered
    for m in _KILL_RX.finditer(text):
        word = m.group().lower()
        if inside(m.start(), spans) or inside(m.start(), objects):
            continue  # the "dead" of "shoot the driver dead" is read with "shoot"
        after = text[m.end() :]
        if _NOT_DONE.search(text[max(0, m.start() - 30) : m.start()]) or (
                word.startswith("murder") and re.search(r"\bof\s+$", text[max(0, m.start() - 4) : m.start()])):
            continue  # "tried to kill the driver", "nearly lynched a thief": no one died of it
        if word.endswith("ing") and (re.search(r"\bfor\s+$", text[max(0, m.start() - 6) : m.start()], re.I)
                                     or CHARGE_BEFORE.search(text[max(0, m.start() - 25) : m.start()])):
            continue  # "arrested for stabbing a trader to death", "charged with killing": the charge, a killing told elsewhere
        if word.startswith("die") and re.match(r"\s+(?:down|out|away|off)\b", after, re.I):
            continue  # "the unrest died down": no one died
        if word in ("murdered", "slain", "assassinated", "executed", "martyred", "killed") and re.search(
                r"\b(?:a|an|the|his|her|their|its)\s+$", text[max(0, m.start() - 12) : m.start()], re.I) \
                and re.match(r"\s+(?-i:[a-z])", after) and not re.match(rf"\s+(?:by|in|on|at|and|or|during|when|while|after|near|as|a|an|the|his|her"
                                                                      rf"|their|its|him|them|{NUM})\b", after, re.I):
            continue  # "the funeral of a murdered trader", "the slain leader": a death recalled, not told
        if re.match(r"\s+(?:(?:himself|herself)\b(?!\s+(?:and|along with)\s)|(?:no\s+one|nobody|no-one)\b)", after, re.I):
            continue  # "then killed himself": the killer's own death, read once (fatality_phrases.SELF_KILLED); "killed no one"
        if word in ("murder", "murders", "killing") and re.match(r"\s+(?:suspects?|cases?|charges?|trials?|investigations?|probe|inquiry"
                                                                r"|victims?|weapons?|scenes?|convicts?|accused)\b", after, re.I):
            continue  # "two murder suspects", "the murder weapon": a noun's modifier, no killing told
        if word in ("left", "leaving"):
            # "leaving seven rebels dead" (read at "dead"); "left 20 injured" is not a death.
            continue
        if (_MISHAP_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) and not VEHICLE_ATTACKED.search(text[max(0, m.start() - 60) : m.start()])) \
                or _MISHAP_AFTER.match(after) or MISHAP_CAUSE.match(after) \
                or (mishap_named and _MISHAP_THEN.search(text[max(0, m.start() - 70) : m.start()])):
            continue  # "after a lorry killed two pedestrians", "died in a road accident": no violence
        # (in context: "shoot the driver dead" is active only with its "dead")
        active = re.match(_ACTIVE, text[m.start() :], re.I) is not None and word not in ("dead", "died")
        if causes_excluded and _CAUSE_CLAUSE.search(text[max(0, m.start() - 80) : m.start()]):
            continue  # a death the crowd reacted to (demonstrations only)
        if active and _DEED_PUNISHED.search(text[max(0, m.start() - 45) : m.start()]):
            continue  # "lynched a man who had killed his neighbour": the crime, not this event's dead
        # "beat and stabbed two guards": the victims follow the second verb
        conj = re.match(r"\s+and\s+(?:then\s+)?(?P<v>(?-i:[a-z]{2,}(?:ed|es)|burnt|burns)" + (r"|(?-i:[a-z]{2,}ing)" if word.endswith("ing") else "")
                        + r")(?=\s)", after) if active else None
        if conj and not _KILL_RX.fullmatch(conj.group("v")) and not re.match(r"wound|injur|hurt", conj.group("v")) \
                and _OBJECT_WORDS.match(after, conj.end()):
            objects.append((m.end(), m.end() + conj.end()))
            m_end, after = m.end() + conj.end(), after[conj.end() :]
        else:
            m_end = m.end()
        particle = re.match(r"\s+(?:up|down)(?=\s)(?!\s+to\b)", after) if active else None  # not "killed up to 15"
        if particle:
            m_end, after = m_end + particle.end(), after[particle.end() :]  # "beat up two men to death"
        if active and _OBJECT_WORDS.match(after) and not re.match(r"\s+(?:in|on|at(?! least| most)|during|by|near|when|after|and|as|while)\b",
                                                                 after, re.I) \
                and not (UNIT_AFTER.match(after.lstrip(), len(re.match(rf"\s*(?:{NUM})?", after).group().lstrip()))
                         and re.search(r"\b(?:was|were|been)\s+$", text[: m.start()], re.I)):  # "were killed 200 metres from …": passive
            # "killed two gendarmes and wounded a soldier": the object is the victims; what
            # comes before the verb is who killed ("Two armed men … killed").
            quote = re.match(r"\s*[\"'\u201c\u2018]", after)
            skip = quote.end() if quote else 0
            stop = _NP_BOUNDARY.search(after, skip)
            chunk = after[skip : stop.start()] if stop else after[skip:]
            objects.append((m_end, m_end + skip + len(chunk)))
            parts = _conjuncts(chunk)
            # "shot dead Amos Kiprono, a trader": the second phrase says who the first is.
            parts = [pt for i, pt in enumerate(parts) if not (i and re.match(r"\s*(?:an?|the)\s", pt[1], re.I) and re.fullmatch(
                r"\s*(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})", parts[i - 1][1]) and "and" not in chunk[pt[0] - 5 : pt[0]])]
            # "killed the state finance commissioner, Musa Bello,": the name of the one just described
            parts = [pt for i, pt in enumerate(parts) if not (i and re.fullmatch(r"\s*(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\s*", pt[1])
                                                          and "and" not in chunk[pt[0] - 5 : pt[0]] and len(parts) == 2)]
            # "killed the village head, a retired teacher": two phrases for one person, not a list
            if len(parts) == 2 and re.match(r"\s*(?:an?)\s", parts[1][1], re.I) and "and" not in chunk[parts[0][0]: parts[1][0]] \
                    and re.match(r"\s*(?:the|his|her|their|its|an?)\s+(?![\w-]+\s+(?:of|and)\b)", parts[0][1], re.I) \
                    and not re.search(rf"\b(?:{NUM})\b|s\s*$", parts[0][1], re.I):
                parts = parts[:1]
            # "killing five rebels, an army spokesman said": the last phrase is the source.
            parts = [pt for i, pt in enumerate(parts) if not (i and _SOURCE_SAID.search(pt[1]))]
            add([c for off, part in parts
                 if (c := _np_claim(part, m_end + skip + off + (len(part) - len(part.lstrip())), text)) is not None])
            continue
        if word.endswith("ing") or word in ("kill", "kills") or re.fullmatch(
                r"(?:lynch|murder|massacre|execute|behead|decapitate|slaughter|assassinate|neutrali[sz]e)(?:e?s)?", word):
            continue  # "the killing", "to kill", "beats and kills": no one was killed in these words
        # Passive or stative: "15 people were killed", "two soldiers and a child died".
        before = text[: m.start()]
        before = re.sub(r"\s+$", "", before)
        aux = re.search(r"\b" + _AUX + r"$", before + " ", re.I)  # \b: not the "or" of "councilor"
        head = before[: aux.start()] if aux and aux.group().strip() else before
        if aux and (re.match(r"both\s", aux.group(), re.I) and re.search(r"(?:^|[;:.]|\band)\s*$", head)
                    or re.search(r"\band\s+both\s", aux.group(), re.I)):
            # "…; both were later found dead", "the two were chased and both were shot dead":
            # "both" the subject, not an adverb (nor the phrase before "and": the two are those)
            add([_Claim(2, "both", aux.start() + aux.group().lower().find("both"))])
            continue
        head = re.sub(r",\s*$", "", head)  # "A rebel leader, Tomas Verhal, was killed"
        cut = max((b.end() for b in re.finditer(r"[.;:(\[\"\u201c]|,\s(?!(?:and\s+)?" + _QUAL + r"(?:" + NUM + r"|an?|one|another)\b)"
                                                 r"|\b(?:when|after|while|as|that|which|who|where|because|but|including)\b"
                                                 # "Two days later the trader died": the time, then the subject
                                                 r"|\b(?:days|weeks|hours|months)\s+(?:later|afterwards)\b"
                                                 # "A raid on a herder village left 7 dead": the dead follow "left"
                                                 r"|\b(?:leaves|left|leaving|leave)\b(?=\s+" + _QUAL + r"(?:" + NUM + r"|an?|one)\b(?:\s+\S+){0,4}\s*$)"
                                                 # "Police said three bandits and an officer died": the dead follow the source's verb
                                                 r"|\b(?:said|says|reported|stated|added|confirmed|announced)\b(?!\s+(?:to|as)\b)", head, re.I)),
                  default=0)
        chunk = head[cut:]
        parts = _conjuncts(chunk)
        # The subject is the noun phrase (or list of them) that ends at the verb: "At least
        # 3 guards and 11 miners killed", "… resulted in 16 killed", "Five reported rebels
        # dead"; a figure further back belongs to something else.
        found = []
        for k in range(len(parts) - 1, -1, -1):
            off, part = parts[k]
            at = cut + off + len(part) - len(part.lstrip())
            p = part.strip()
            c = None
            if k < len(parts) - 1:
                # Earlier members of a list must be counted phrases too ("3 guards and 11 miners"),
                # short ones: "40 raiders stole cattle, 2 herders killed" lists no victims.
                if re.match(rf"(?:(?:the|these|those|all)\s+)?{_QUAL}(?:{NUM}|an?|one|another)\b", p, re.I) \
                        and (len(p.split()) <= 4 or not _FINITE_VERB.search(p)):
                    c = _np_claim(p, at, text)
                if c is None:
                    # "… resulted in a soldier and a militiaman killed": the list's first
                    # member is the end of a longer clause
                    tail = re.search(rf"\b(?:result(?:s|ed|ing)? in|leaving|left)\s+(?P<np>(?:{_QUAL})?(?:{NUM}|an?|one)\s+"
                                     rf"(?:[\w'-]+\s+){{0,3}}?[\w'-]+)\s*$", p, re.I)
                    if tail:
                        c = _np_claim(tail.group("np"), at + tail.start("np"), text)
                if c is None and (one := re.fullmatch(rf"(?:the|his|her|their)\s+(?:[\w'-]+\s+){{0,2}}?(?P<noun>{_SINGULAR})", p, re.I)):
                    c = _Claim(1, one.group("noun").lower(), at)  # "the driver and his aide were killed": one each
                if c is None and found[-1].noun == "person" and re.fullmatch(r"(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})", p):
                    c = _Claim(1, "person", at)  # "Juan Perez and Maria Lopez were murdered": people named
                if c is None:
                    break
                found.append(c)
                continue
            hm = re.match(rf"(?:(?:an?|one|another|the|a single|his|her)\s+|(?-i:[A-Z][\w-]*)\s+)(?:[\w'-]+\s+){{0,4}}?"
                          rf"(?P<noun>{_SINGULAR})\b(?!['\u2019]s)", p, re.I)
            if hm and not re.search(r"[,;]", p) and not re.match(rf"(?:(?:the|these|those|all)\s+)?{_QUAL}(?:{NUM})\b", p, re.I):
                c = _Claim(1, hm.group("noun").lower(), at)  # "A driver who owed 40 dollars was …"
            elif re.match(rf"(?:(?:the|these|those|all)\s+)?{_QUAL}(?:{NUM})\b", p, re.I):
                c = _np_claim(p, at, text)
            else:
                inner = re.search(rf"(?:(?:the|these|those|all)\s+)?{_QUAL}(?:{NUM})\b(?:\s+[\w'()-]+){{0,5}}?\s*$", p, re.I)
                if inner and re.fullmatch(r"[\w'() -]*", p[inner.start():]):
                    c = _np_claim(p[inner.start() :], at + inner.start(), text)
                elif len(p.split()) <= 4:
                    c = _np_claim(p, at, text)
                elif _one_person(p):
                    c = _Claim(1, "person", at)  # "a 17 year old market porter was killed"
            if c is None:
                break
            found.append(c)
        singular = aux is not None and re.search(r"\b(?:was|has been)\b", aux.group(), re.I)
        if len(found) > 1 and singular and all(c.n == 1 and not c.vague for c in found) and not re.search(
                r"\band\s+(?:an?|the|his|her|one)\s", chunk, re.I):
            found = found[:1]  # "an outspoken imam and Taliban critic was killed": one person, two descriptions
        if len(found) > 1 and found[-1].noun in ("people", "persons") and not found[-1].vague \
                and all(c.n == 1 for c in found[:-1]) and len(found) - 1 <= found[-1].n:
            found = found[-1:]  # "6 persons, a vendor and an engineer, were killed": who the six were
        if word in ("die", "dies"):
            # the present tense of headlines counts only a figure or a person named ("two
            # die", "a guard dies"), not a class of people ("soldiers die for nothing")
            found = [c for c in found if not c.vague]
        name = re.fullmatch(r"\s*(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+)){0,3}\s*", chunk)
        if not found and singular and name and not re.match(r"\s*(?:No|None|Nobody|Noone)\b", chunk):
            found.append(_Claim(1, "person", cut))  # "Tomas Verhal was killed"
        if not found:
            # "A man who reportedly tried to steal a bicycle … was killed", "A farmer thought
            # to have informed the army … was hacked to death": the subject before its modifiers.
            outer = max((b.end() for b in re.finditer(r"[.;:(\[\"\u201c]|,\s|\b(?:when|after|while|as|because|but)\b",
                                                       head[: cut or len(head)])), default=0)
            subject = re.match(rf"\s*(?:(?:an?|one|another|the|a single)\s+|(?=[A-Z]))(?:[\w'-]+\s+){{0,3}}?(?P<noun>{_SINGULAR})\s+"
                               rf"(?:who|that|suspected|accused|believed|said|alleged|identified|known|named|called|from|of|in|with|(?-i:[a-z]{{3,}}ed))\b", head[outer:], re.I)
            counted = re.match(rf"\s*{_QUAL}(?P<n>{NUM})\s+(?:[\w'-]+\s+){{0,2}}?(?P<noun>(?-i:[a-z]+s|[a-z]*m[e]n|people|children))\s+"
                               rf"(?:who|that|suspected|accused|believed|alleged|from|of|with|(?-i:[a-z]{{3,}}ed))\b", head[outer:], re.I)
            # (not the death a demonstration is about: "demanding justice for the death of X, who …")
            relative = None if causes_excluded and re.search(r"\b(?:deaths?|killings?|murders?) of\b", head, re.I) \
                else _WHO_DIED.search(head)
            if relative and (c := _np_claim(relative.group("np"), relative.start("np"), text)) is not None:
                found.append(c)  # "troops shot a smuggler, who died of his wounds"
            elif subject and len(head[outer:].split()) <= 20:
                found.append(_Claim(1, subject.group("noun").lower(), outer))
            elif counted and len(head[outer:].split()) <= 20 and to_int(counted.group("n")) \
                    and not _NOT_PEOPLE.match(head[outer:], counted.start("noun") - 1):
                # "Two women who were accused of sorcery are lynched"
                found.append(_Claim(to_int(counted.group("n")), counted.group("noun").lower(), outer))
            elif (placed := _SUBJECT_WITH_PLACES.fullmatch(head)) is not None:
                # "A trader in Oldtown, in the eastern district, was shot dead": the subject
                # before the places that say where it was.
                found.append(_Claim(1, placed.group("noun").lower(), placed.start("noun")))
            elif re.fullmatch(r"\s*(?:an?|one|another)\s+(?-i:[A-Z][a-z]{3,})\s*", chunk, re.I) and word in ("died", "dead", "killed", "slain"):
                found.append(_Claim(1, "person", cut))  # "a Syrian is dead": a people's name for one of them
            elif (singular or word in ("died", "dead")) and _one_person(chunk):
                found.append(_Claim(1, "person", cut))  # "a ferry mechanic was killed", "the cashier died"
        add(found)
    verb = _KILL_RX.search(text)
    phrase_claims(text, spans, claims, add, causes_excluded, verb.start() if verb else None)
    for at, np in more_dead(text, verb.start() if verb else None, bool(claims)):  # "…, as well as the three attackers"
        add([c for off, part in _conjuncts(np) if (c := _np_claim(part, at + off, text)) is not None and not c.vague])
    for m in _DEATH_TOLL.finditer(text):
        n = to_int(m.group("n"))
        if n is None or inside(m.start(), spans):
            continue
        if not claims:
            add([_Claim(n, "toll", m.start())])  # "the death toll rose to 15"
        elif _TOLL_RISEN.search(text, max(0, m.start() - 25), m.end()) and n >= sum(c.n for c in claims if not c.vague):
            # "the wounded guard died, raising the toll to three": the toll is the total
            claims[:] = [_Claim(n, "toll", m.start())]
        break
    if not claims:
        for m in [*_FATALITIES_COUNT.finditer(text), *LIVES_TAKEN.finditer(text)]:  # "… claimed 14 lives"
            n = to_int(m.group("n"))
            if n is not None:
                add([_Claim(n, "fatalities", m.start())])  # "at least 3 fatalities were reported"
    if not claims:
        for m in _DEATH_OF.finditer(text):
            if MISHAP_BEFORE_DEATH_OF.search(text, max(0, m.start() - 60), m.start()):
                continue  # "a crash that led to the death of three": no violence
            c = _Claim(1, "person", m.start()) if m.group("pron") else _np_claim(m.group("np"), m.start("np"), text)
            if c is not None:
                add([c])
        if not claims and not causes_excluded and "deaths of" in lowered:
            for m in DEATHS_OF.finditer(text):
                if not deaths_recalled(text[: m.start()]):  # "the raid ended with the deaths of nine insurgents"
                    add([c for off, part in _conjuncts(m.group("np")) if (c := _np_claim(part, m.start("np") + off, text)) is not None])
        for m in _BODIES.finditer(text):
            np, count = m.group("np") or m.group("np2"), m.group("count") or m.group("count2")
            if m.group("own"):
                c = _Claim(1, "body", m.start())  # "his body was found", "the driver's body was recovered"
            elif np:
                at = m.start("np" if m.group("np") else "np2")
                np = dead_described(np)  # "the bodies of three men abducted by gunmen": the men, not what befell them
                found = [c for off, part in _conjuncts(np) if (c := _np_claim(part, at + off, text)) is not None and not c.vague]
                # "the bodies of a unionist and another youth": each member counted
                c = _Claim(sum(f.n for f in found), found[0].noun, at) if found else _np_claim(np, at, text)
            else:
                n = to_int(count.split()[0]) if not re.match(r"an?\b", count, re.I) else 1
                c = _Claim(n, "bodies", m.start()) if n else None
            if c is not None and not (causes_excluded and _CAUSE_CLAUSE.search(text[max(0, m.start() - 80) : m.start()])):
                add([c])  # (not the body whose finding a crowd reacted to: "rioted after a body was found")
    for m in _VAGUE_DEAD.finditer(text):
        q = m.group("q").lower()
        if vague_counts_no_people(m.group("np")):
            continue  # "several days later …", "several goats of the herd": no people counted
        add([_Claim(12 if q == "dozens" else 100 if q == "hundreds" else 1000 if q == "thousands" else 10,
                    vague_noun(m.group("np")), m.start(), True)])
    for m in _UNKNOWN_COUNT.finditer(text):
        add([_Claim(10, "", m.start(), True)])
    claims.sort(key=lambda c: c.pos)
    if len(claims) > 1 and not claims[0].vague and claims[0].n > 1 and (cut := BREAKDOWN.search(text, claims[0].pos)) is not None:
        parts = [c for c in claims if c.pos > cut.start()]
        if parts and not any(c.vague for c in parts) and sum(c.n for c in parts) <= claims[0].n:
            claims = [c for c in claims if c.pos <= cut.start()]  # the figure broken down, not more dead
    return claims


def count_fatalities(sentences: list[str], causes_excluded: bool = False) -> int:
    """ACLED's conservative count over an incident's sentences.

    The first report of deaths sets the figure (victims of one sentence added up: "killed
    two soldiers and three civilians"); a later, lower figure for the same victims
    replaces it (the lowest credible report); figures for other victims in later
    sentences are other sources' partial claims and are not added. A vague figure
    ("several", "an unknown number") is coded 10, as ACLED does, and gives way to any
    exact figure in the incident. ``causes_excluded`` (a demonstration or riot): a death
    in an "after …" or "following …" clause is what the crowd reacted to, not its own
    (ACLED's codebook).
    """
    figure: dict[str, int] | None = None
    vague_only = None
    vague_sides: dict[str, int] = {}  # "dozens of militants were killed": one side's dead, without a figure
    all_sides = False
    # "the army reported 15 soldiers killed; the militants claimed 64", "…, while the
    # rebels claimed to have killed 40": each source's claim is read as a report of its own
    # (the lowest figure for the same dead stands).
    sentences, taken = bodies_of_the_taken([part for s in sentences for part in (
        OTHER_SOURCE.split(s) if ";" in s or "while" in s or "whereas" in s or "but" in s else [s])])
    survived = any(SURVIVED.search(s) for s in sentences)
    for i, s in enumerate(sentences):
        if survived and (RESCUED_BEFORE_DEATH.search(s) or only_mob_verb(s)):
            continue  # "… was lynched. Police rescued him before he died": the mob's victim lived
        claims = _fatality_claims(s, causes_excluded)
        if not claims or other_time(s):
            continue  # no deaths, or a period's total or another event's
        exact = [c for c in claims if not c.vague]
        for c in claims:
            if c.vague and (side := side_of(c.noun)) is not None:
                vague_sides[side] = max(vague_sides.get(side, 0), c.n)
        if not exact:
            if vague_only is None:
                vague_only = max(c.n for c in claims)
            continue
        if figure is None:
            figure = {}
            for c in exact:
                figure[c.noun] = figure.get(c.noun, 0) + c.n
            all_sides = ALL_SIDES.search(s) is not None  # "16 fighters from both sides": every side's dead told at once
            continue
        if i in taken:  # "… abducted two others. Their bodies were found": more dead than the first sentence's
            figure.update({f"taken {c.pos} {c.noun}": c.n for c in exact})
            continue
        if all(c.noun == "fatalities" for c in exact) and not SOURCE_OF_TOTAL.search(s) and not FATALITIES_DESCRIBED.search(s):
            figure = {"total": sum(c.n for c in exact)}  # "… Total 4 fatalities.": the report's own sum
            continue
        if TOTAL_TOLD.search(s) and sum(c.n for c in exact) > sum(figure.values()) and not HEDGED.search(s):
            # "… killing four soldiers. In all, nine died, five of them
            # assailants": the report's own sum of the event's dead, the first figure among them
            figure = {"total": sum(c.n for c in exact)}
            continue
        if (rank := ordinal_death(s)) > sum(figure.values()):
            figure["ranked"] = rank - sum(v for k, v in figure.items() if k != "ranked")  # "a third victim died"
            continue
        toll = next((c for c in exact if c.noun == "toll"), None)
        if toll is not None and (toll.n < sum(figure.values()) or _TOLL_RISEN.search(s)):
            # "the death toll later rose to six": the revised total; a lower one: the conservative figure
            figure = {"toll": toll.n}
            continue
        for c in [c for c in exact if OTHER_COUNT.match(s, c.pos) and not HEDGED.search(s)]:
            figure[f"further {c.pos} {c.noun}"] = c.n  # "two more soldiers died": on top of the first
            exact.remove(c)
        if FURTHER_COUNT.match(s):
            for c in exact:
                figure[f"further {c.pos} {c.noun}"] = c.n
            continue
        if (DIED_OF_WOUNDS.search(s) and all(c.n <= 2 and not KNOWN_ALREADY.match(s, c.pos) for c in exact)
                or OF_THE_HURT.search(s)) and not HEDGED.search(s):  # "… two of the wounded later died"
            for c in exact:
                figure[f"later {c.pos} {c.noun}"] = c.n
            continue
        if ALSO_KILLED.search(s):
            # "… killing 5 soldiers. 12 insurgents were also killed", "Another 3 people died
            # later": the same event's other dead, added (the report itself says they are more).
            for c in exact:
                if c.noun not in figure:
                    figure[c.noun] = c.n
            continue
        # (the wounded who died later, or dead told as more, belong to the dead already
        # sided, not a figure for people in general: "… Two of the injured died later")
        sides = {side_of((key.split() or [""])[-1]) for key in figure
                 if not (key.startswith(("later ", "further ")) and side_of(key.split()[-1]) is None)}
        told = sum(c.n for c in exact)  # "three soldiers were killed … two soldiers and a civilian died": a breakdown, not fewer dead
        for c in exact:
            if c.noun in figure and c.n < figure[c.noun] and (len(exact) == 1 or told < sum(figure.values())):
                figure[c.noun] = c.n
            elif c.noun not in figure and None not in sides and not all_sides and (side := side_of(c.noun)) is not None \
                    and side not in sides:
                # "… killing 10 soldiers. The army said 30 militants were killed": the other
                # side's dead (ACLED counts every death of the event); a figure for people in
                # general may hold them already, and is not added to
                figure[c.noun] = c.n
    if figure:
        # "17 soldiers were killed … dozens of militants died": the other side's dead, told
        # without a figure, count as ACLED codes such words (every death of the event)
        sides = {side_of((key.split() or [""])[-1]) for key in figure}
        if None not in sides and not all_sides:
            figure.update({f"vague {side}": n for side, n in vague_sides.items() if side not in sides})
        return sum(figure.values())
    return vague_only or 0
