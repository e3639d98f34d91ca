"""The words a sentence's report of deaths is read from (issue 13): the killing verbs,
active and passive; the auxiliaries between a subject and its verb; where a victims' noun
phrase ends; ranges read as their lowest figure; asides, ages and quoted words blanked;
vague and unknown counts; tolls; road deaths and mishaps, which are no violence; killings
tried, punished or named as a crowd's cause. ``fatalities.py`` reads the claims with them."""

from __future__ import annotations

import re

from geo.incidents.death_phrases import BODIES_FOUND
from geo.incidents.numbers import MONTHS_RX, NUM, ONE_TO_NINETEEN, TENS, TIMES_OF_DAY_RX, UNITS, VAGUE_FIGURES_RX, WEEKDAYS_RX, to_int
from geo.incidents.prefilter import PatternGroup, gated
from geo.incidents.victim_phrases import NOT_AFTER_TITLE, QUAL, SINGULAR

DEATH = (r"(?-i:KIA)|killed in action|killed|dead|died|dies|die|slain|martyred|shot dead|stabbed to death|beaten to death|burnt to death|burned to death|hacked to death"
          r"|lost (?:their|his|her) li(?:ves|fe)|perished|massacred|executed|beheaded|decapitated|butchered|lynched|murdered|assassinated|succumbed"
          r"|confirmed dead|found dead|shot to death|gunned down|neutrali[sz]ed|(?-i:[a-z]+ed) to death|burn(?:ed|t) alive"
          # "two soldiers paid the supreme price", "made the ultimate sacrifice": armies' and
          # police statements' words for their own dead
          r"|paid the (?:ultimate|supreme) price|made the (?:ultimate|supreme) sacrifice"
          # "a trader was fatally stabbed": the deed told with its outcome
          r"|(?<!non-)(?<!non )fatally (?:shot|stabbed|wounded|injured|beaten|hit|struck|burned|burnt|hacked|attacked|assaulted)")
ACTIVE = (r"kill(?:s|ed|ing)?|shot dead|shoot(?:s|ing)? dead|(?<!non-)(?<!non )fatally (?:shot|shoots|shooting|stabbed|stabs|stabbing|wounded|wounds|wounding"
           r"|injured|injuring|beat|beaten|beating|struck|hit|hacked|attacked|assaulted)|massacr(?:ed|ing|es)|execut(?:ed|ing|es)|behead(?:ed|ing|s)|decapitat(?:ed|ing|es)|butcher(?:ed|ing)"
           # the plain present of headlines, with its figure ("Jihadists behead two hostages",
           # "Gunmen massacre 20 villagers"; not the noun: "massacre survivors", "the massacre of")
           r"|(?:massacre|execute|behead|decapitate|butcher|neutrali[sz]es?)(?= (?:at least |some |about |more than )?(?:\d|(?:an?|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|several)\b))"
           r"|murder(?:ed|ing|s)?|slaughter(?:ed|ing|s)?|stabbed to death|hacked to death"
           # "the raid claimed the lives of six", "cost the lives of two guards", "took the lives of"
           # (headlines drop the article: "Bandit raid claims lives of 11 villagers")
           r"|(?:claim(?:s|ed|ing)?|cost(?:s|ing)?|t(?:ook|akes|aking)) (?:the )?lives of"
           r"|(?:beat|stone|hack|club|stab|burn)s? to death|(?:beating|stoning|hacking|clubbing|stabbing|burning) to death|burn(?:ed|t|s|ing) alive|burnt to death|burned to death|(?-i:[a-z]+ed) to death|assassinat(?:e|ed|ing|es)|lynch(?:ed|ing|es)?"
           r"|gun(?:s|ned)? down|neutrali[sz](?:ed|ing|es)|(?:eliminat|liquidat)(?:ed|ing)(?= (?:at least |some |about )?\d)|shoot(?:s|ing)?(?= (?:[\w'-]+ ){1,4}dead\b)|shot(?= (?:[\w'-]+ ){1,4}dead\b)"
           r"|(?:shot|(?:stab|club)(?:s|bed|bing)?|(?:hack|beat|stone|slash|batter|chop|burn|kick|strangle|bludgeon|cut|whip)"
           # (and the participles that drop an "e" or double a "t": "stoning them to death")
           r"(?:s|es|ed|d|t|ing|ping|ped)?|stoning|strangling|cutting)(?=\s+(?:[\w'-]+\s+){1,6}to death\b)|burn(?:ed|t)(?= (?:[\w'-]+ ){1,4}alive\b)")
KILL_RX = re.compile(rf"\b(?:{ACTIVE}|{DEATH}|left|leaving)\b", re.I)
AUX = (r"(?:(?:were|was|have been|has been|had been|are|is|being|been|got|reportedly|also|allegedly|confirmed|reported"
        r"|believed|feared|said to have been|later|subsequently|eventually|all|either|both|then|immediately|instantly|last week|last night|found"
        r"|and|or|wounded|injured|kidnapped|abducted|tortured|raped|shot|beaten|stabbed|captured"
        # "she was robbed and murdered", "he was ambushed and shot dead": the first deed of the killing
        r"|attacked|assaulted|ambushed|robbed|mutilated"
        # "were shot, hacked and beheaded": a series of deeds, the last the killing
        r"|hacked|slashed|macheted|burnt|burned|stoned|whipped),?\s+)*")
# A person's name (two or three capitalised words) that ends a list of victims: "… and Idris
# Warsame in Bosaso", "… and Danjuma Kwari, both farmers".
PERSON_NAME_LISTED = (r"(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|near|inside|outside|while|when"
                      r"|as|after|during|and)\b)")
# "killed the chief, his wife and son": the kin after "and" share the possessive, one more each.
KIN_AFTER_AND = r"(?:wife|husband|son|daughter|child|brother|sister|father|mother|nephew|niece|cousin|driver|bodyguard|aide)(?=\s*(?:[,.;:]|$|\s+(?:in|at|near|on|and)\b))"
NP_BOUNDARY = re.compile(
    r"[;:()\[\]\"\u201c\u201d]|" + NOT_AFTER_TITLE + r"\.|,(?!\d)(?!\s+(?:and\s+)?" + QUAL + r"(?:" + NUM + r"|an?|one|another)\b)"
    # "killed the governor, his driver and a guard": a list of kin or aides that "and" closes
    r"(?!\s+(?:his|her|their|the)\s+[^,.;:]{1,40}?(?:,\s*|\s+)and\s|\s+and\s+(?:(?:his|her|their)\s|" + KIN_AFTER_AND + "))"
    r"|(?<!up)\s(?:while|when|after|before|during|in|on|at|near|as|following|with|including|from|by|for|inside|outside|because|who|which"
    r"|that|since|across|over|under|along|between|within|among|amid|around|into|to|but|later|and (?!(?:" + QUAL + r")?(?:"
    # ("killing four soldiers and himself": the killer is among the dead of the list)
    + NUM + r"|an?|one|another|\d|his|her|their|himself|herself|themselves|" + KIN_AFTER_AND + r")\b"
    # ("shot dead Adamu Tukur and Idris Warsame in …": a second person named, the list goes on)
    r"|" + PERSON_NAME_LISTED + r"))\b(?!\s+(?:least|most)\b)"
    r"(?!\s+" + NUM + r"\b)", re.I)
VAGUE_DEAD = re.compile(
    rf"\b(?P<q>{VAGUE_FIGURES_RX}|a number|an unknown number|unknown numbers?"
    r"|an undisclosed number|an unspecified number|unconfirmed numbers?)(?: of)?\s+(?P<np>(?:[\w'()-]+\s+){0,8}?)" + AUX
    + r"(?:" + DEATH + r")\b", re.I)
CASUALTIES = r"casualties"
# "an unknown number of militants", "an undisclosed number of soldiers": a side's dead
# without a figure, a member of a list of the dead like any counted phrase.
# "was on Wednesday morning", "had been overnight", "was late on Sunday": an auxiliary and
# the time told between it and the verb of the death.
AUX_THEN_TIME = re.compile(rf"\b(?:was|were|has been|have been|had been|is|are)\s+(?:(?:on|early|late|last|overnight|in\s+the)\s+){{0,2}}"
                           rf"(?:{WEEKDAYS_RX}|overnight|(?:yester|to)day|{TIMES_OF_DAY_RX})(?:\s+{TIMES_OF_DAY_RX})?\s*$")
# "off-duty Border Security Force officer", "senior National Assembly staff member": a
# person told by the body he served (a name in capitals), lower-case words around it.
NAMED_BODY_MEMBER = re.compile(rf"(?:(?-i:[a-z][\w'-]*)\s+){{0,2}}(?:(?-i:[A-Z][\w'-]*)\s+){{1,4}}(?:(?-i:[a-z][\w'-]*)\s+)?(?P<noun>{SINGULAR})\s*")
UNKNOWN_NUMBER_OF = re.compile(r"(?:an?\s+)?(?:unknown|unspecified|undisclosed|unconfirmed|unidentified)\s+numbers?\s+of\s", re.I)
UNKNOWN_COUNT = re.compile(rf"\b{CASUALTIES} of (?:an )?unknown number\b|\bunknown number of (?:{CASUALTIES}|dead|deaths)\b"
                            rf"|\b(?:{CASUALTIES}|deaths|fatalities) (?:were |have been |had been )?reported,? (?:but |though |although )?"
                            r"(?:(?:the )?numbers? (?:are |were |is |was )?(?:not (?:yet )?(?:known|confirmed|given|released|clear|provided|available)"
                            r"|unknown|unclear)"
                            # "deaths were reported, though no figures were given": the same, told as figures missing
                            r"|(?:with )?no (?:exact |hard |precise |official |firm )?(?:numbers?|figures?|toll) (?:were |was |have been |has been )?"
                            r"(?:given|provided|released|available|known))", re.I)
# "the blast caused heavy casualties", "an attack resulting in casualties", "inflicting
# unspecified casualties": deaths told without a figure, coded as an unknown number (10, as
# ACLED codes "several" or an unknown number); any figure the incident gives stands before it.
CASUALTIES_UNCOUNTED = re.compile(r"(?<!without )(?<!not )(?<!no )\b(?:(?:caus(?:e|es|ed|ing)|result(?:s|ed|ing)? in|inflict(?:s|ed|ing)?"
                                  r"|le(?:ave|aves|aving|ft))\s+(?:(?:heavy|many|numerous|unspecified|unidentified|undisclosed)\s+)?"
                                  r"|(?<!no )(?<!few )(?:heavy|numerous|unspecified|unidentified|undisclosed)\s+)casualties\b", re.I)
FIGURE = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
           r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)")
# "between 6 and 8", "three or four", "either five or six", "10-12": a range or alternative
# figures, read as the lowest (ACLED's conservative rule). "and" joins a range only after
# "between" or between digits ("1 and 4 soldiers"): "killed two and wounded three" is not one.
RANGE = re.compile(rf"\b(?:between\s+(?P<a>{FIGURE})\s*(?:-|\u2013|to|and)\s*(?P<b>{FIGURE})"
                    rf"|(?:either\s+)?(?P<c>{FIGURE})\s*(?:-|\u2013|to|or)\s*(?P<d>{FIGURE})"
                    r"|(?P<e>\d+)\s*and\s*(?P<f>\d+))\b(?=\s+[A-Za-z])", re.I)
TENS_AND_UNIT = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
                            r"(?:one|two|three|four|five|six|seven|eight|nine)", re.I)
SUBSET = re.compile(r"\b(?:including|among them|among whom|of whom|of them|of which|mostly|mainly)\s+$", re.I)
PREPOSITION = (r"(?:inside|outside|near|in|on|at|into|onto|from|during|after|before|over|under|with|without|along|across|behind"
                r"|between|by|for|of|to|towards?|around|through|within|among|amid|against|while|when|as)")
OBJECT_WORDS = re.compile(rf"\s+[\"'\u201c\u2018]?(?:{QUAL})?(?:(?:{NUM}|an?|one|another|the|him|them|-years?[- ]old|(?:himself|herself|themselves)(?=\s+(?:and|along with)\s)|his|her|their|its|several|many|both|someone|somebody"
                           rf"|all|some|(?-i:[a-z]+s)|{SINGULAR}|(?-i:former|senior|local|prominent|top|retired|young|elderly|suspected|alleged|accused|unarmed|innocent"
                           # "shot dead wanted gang leader …", "killed notorious bandit kingpin …"
                           rf"|wanted|most-wanted|notorious|fugitive|self-styled|dreaded|feared|renowned|well-known)"
                           rf"|(?:(?!(?:{PREPOSITION}|{NUM}|including|among|and|or|but|then|who|which|that|one)\b)(?-i:[a-z][\w-]*)\s+){{1,3}}{SINGULAR})\b"
                           rf"|(?!(?:{WEEKDAYS_RX}|{MONTHS_RX})\b)(?-i:[A-Z]))", re.I)

# "Gunmen killed on Sunday 12 people", "troops killed overnight two smugglers", "shot dead
# on 3 May a trader": a time told between the verb and its object (as reports translated
# from French or Arabic put it); the object is the figure that follows.
TIME_BEFORE_OBJECT = re.compile(rf"\s+(?:on\s+(?:{WEEKDAYS_RX}|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS_RX}|{MONTHS_RX}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
                                rf"|{WEEKDAYS_RX}|yesterday|overnight|last\s+(?:night|week|{WEEKDAYS_RX})|early\s+{WEEKDAYS_RX}|this\s+(?:morning|week))"
                                rf"(?:\s+{TIMES_OF_DAY_RX})?,?(?=\s+(?:{QUAL})(?:\d|(?:an?|one|two|three|four|five|six|seven"
                                r"|eight|nine|ten|eleven|twelve|several|dozens|scores)\b))", re.I)


def normalise_ranges(sentence: str) -> str:
    """"between 6-8 assailants", "three or four guards": the lowest figure (ACLED's
    conservative rule); the text keeps its length so positions stay valid."""
    def low(m: re.Match) -> str:
        if re.search(MONTHS_RX, sentence[m.end() : m.end() + 12]):
            return m.group()  # "17 and 18 June": a date
        a, b = next((m.group(x), m.group(y)) for x, y in ("ab", "cd", "ef") if m.group(x))
        if TENS_AND_UNIT.fullmatch(m.group().strip()):
            return m.group()  # "twenty-three", "Thirty one": one number, not a range
        return min((a, b), key=lambda w: to_int(w) or 0).ljust(len(m.group()))
    return RANGE.sub(low, sentence)



# A clause, not a noun phrase: "40 raiders stole cattle", "12 gunmen attacked the post".
FINITE_VERB = re.compile(r"\b(?:stole|took|drove|fled|ran|set|burnt|left|came|went|made|held|broke|fought|threw|struck|led|began|were|was|had|have|has"
                          r"|(?!armed\b)(?-i:[a-z]{3,}ed))\b", re.I)
SHORT_ASIDE = re.compile(r"\([^()\d]{1,40}\)")
# "shot two traders (one of whom later died)", "wounded a guard (who died in hospital)": a
# death told in brackets about the people just named; read as the same aside after a comma
# (same length), not blanked with the asides that tell no death.
DEATH_IN_ASIDE = re.compile(r"\((?=\s*(?:(?:one|two|three|both|all|\d+)\s+of\s+(?:whom|them)|both|all|who|he|she)\b[^()]{0,40}?"
                            r"\b(?:died|succumbed)\b)([^()]{1,60})\)", re.I)
# "killed five (later revised to seven) villagers": the figure revised in an aside; the
# later report stands (ACLED takes the later-reported total of the event).
REVISED_ASIDE = re.compile(rf"\(\s*(?:later\s+|since\s+|subsequently\s+)?(?:revised|raised|confirmed|determined|found|updated|put|increased"
                           rf"|r[io]se)\s+(?:to\s+be\s+|as\s+|at\s+|to\s+)?(?P<n>{NUM})\s*\)", re.I)
# "A shopkeeper, not involved in the fighting, was shot dead", "Five soldiers, on patrol
# near the border, were killed": an aside between the subject and its verb.
COMMA_ASIDE = re.compile(r",\s+(?!(?:and|or|but|then|including|among)\b)(?-i:[a-z])[^,.;:()\d]{1,90},(?=\s+(?:\w+ly\s+)?"
                          r"(?:was|were|had been|has been|have been|is|are|died|perished)\s)", re.I)
# "The victims, two women and a child, were shot dead", "the dead, four soldiers and a
# guide, were …": an aside that counts the dead a plain word told (no aside to blank).
VICTIMS_NAMED = re.compile(r"\b(?:the\s+)?(?:victims|dead|deceased)\s*$", re.I)
VICTIMS_LISTED = re.compile(rf",\s+{QUAL}(?:{NUM}|an?|one)\s", re.I)
# 'a priest is "hacked to death"', 'five "bandits" are lynched': quotation marks around a
# few words are no boundary.
# "a suspected [Islamist] militant", "in Kunduz [northern Afghanistan]": words an editor put in
# square brackets read as the text's own (the brackets are no boundary).
BRACKETED = re.compile(r"\[([^\[\]]{1,40})\]")
QUOTED_WORDS = re.compile(r"[\"\u201c]([\w' -]{1,30})[\"\u201d]")
# "a 17 year old porter", "5-yr-old child": an age, not a count of people.
AGE = re.compile(rf"(?<![\d,.])\b(\d{{1,2}}|{TENS}(?:-{UNITS})?|{ONE_TO_NINETEEN})((?:[- ]|\s)(?:years?|yrs?)(?:[- ]|\s)old)\b"
                  r"(?=\s+(?!(?:who|which|that|and|or|in|on|at|near|was|were|is|from|of|with|by|after|when)\b)[A-Za-z])", re.I)


# "a man, aged 45,", "two brothers aged 19 and 23": ages, not counts of people.
AGED = re.compile(r"(?:,\s*)?\baged\s+(?:between\s+)?\d{1,3}(?:\s*(?:,|and|to|-|\u2013|or)\s*\d{1,3})*(?:\s+years?(?:\s+old)?)?(?:\s*,)?", re.I)
# "sentenced to death", "condemned to death", "frightened to death": no one was killed.
NO_DEATH_TO_DEATH = re.compile(r"(?:sentenced|condemned|frightened|scared|bored|sentences|condemns)\s+to\s+death", re.I)


# "a family of five", "a crew of three": the members counted after the word for the whole.
MEMBERS_COUNTED = re.compile(rf"\b(?:family|crew|household|group|party|band|team)\s+of\s+(?:{NUM})\b", re.I)


# "12 militants, including two commanders, were killed": the part named inside the
# whole is not counted again, nor instead of it.
# (also before the verb that finds them: "six corpses, among them a girl's, were recovered")
PART_OF_SUBJECT = re.compile(rf"(?<=\w)(?:,?\s+(?:including|among them|among whom|among which)\s+[^.;]{{1,100}}?,?)"
                              rf"(?=\s+{AUX}(?:{DEATH}|(?<=were )(?:found|discovered|recovered|retrieved))\b)", re.I)
# "resulting in his death", "which led to the deaths of two guards"
DEATH_OF = re.compile(r"\b(?:result(?:s|ed|ing)? in|le(?:d|ading|ads) to|caus(?:es|ed|ing))\s+(?:(?P<pron>his|her)\s+death"
                       r"|the\s+deaths?\s+of\s+(?P<np>[^,.;]{1,60}))", re.I)


# "the death toll rose to 15", "the death toll from Sunday's bombing in the capital rose to
# 84", "raising the toll of Monday's attack to three"; a toll said to have risen is the
# total of the deaths its sentence tells (the dead named beside it are among them).
DEATH_TOLL = re.compile(rf"\b(?:(?:death|casualty) (?:tolls?|total)|(?<=the )toll|^toll"
                         # "the number of dead was estimated at 20", "the number of those killed rose to 14"
                         rf"|(?<=the )number of (?:the )?(?:dead|deaths|fatalities|people killed|those killed)"
                         # "estimates of the dead ranged from 5 to 20", "reports of the toll vary between 8 and 30":
                         # the figures read as a range, the lowest (normalise_ranges) after the verb
                         rf"|estimates? of (?:the )?(?:dead|deaths|fatalities|people killed|those killed))"
                         rf"(?:\s*:|(?: [\w'\u2019-]+){{0,26}}? (?:to|of|at|reached|reaches|is|was|hit|hits|(?:var(?:y|ies|ied)|rang(?:e|es|ed))(?: from)?))"
                         rf"\s+{QUAL}(?P<n>{NUM})\b(?!\s*(?:%|percent|per cent))", re.I)
# "the official toll", "the police count", "a government tally": a figure of the dead named
# after whose it is (the figure follows; the noun before it is no victim).
TOLL_WORDS = r"(?:tolls?|counts?|tall(?:y|ies)|figures?|estimates?)\b"
# A toll told over a period ("the death toll in the past week", "the number killed this
# year", "the toll since January"): the period's total, not the event's.
TOLL_OF_A_PERIOD = re.compile(rf"\b(?:(?:in|over|during)\s+the\s+(?:past|last|previous)\s|(?:this|last)\s+(?:year|month|week)\b|since\s|so\s+far\b"
                              rf"|in\s+(?:19|20)\d\d\b|in\s+{MONTHS_RX}\b)", re.I)
TOLL_RISEN = re.compile(r"\b(?:r[io]se|risen|rising|climb\w*|rais\w*|bring\w*|brought|increas\w*|reach\w*|jump\w*|mount\w*)\b", re.I)
FATALITIES_COUNT = re.compile(rf"\b{QUAL}(?P<n>{NUM})\s+(?:[\w-]+\s+)?(?:fatalit(?:y|ies)|deaths?)\b", re.I)
# Tried only at the words a match can open with, or only in sentences holding a word every
# match needs (see prefilter.py): most sentences tell of no deaths. One group, ranges
# included: a sentence with no range or aside is the text the other patterns read, so its
# words are indexed once for all of them (BODIES: scanned only when "found" … is there).
(RANGE, KILL_RX, FATALITIES_COUNT, DEATH_OF, VAGUE_DEAD, UNKNOWN_COUNT, PART_OF_SUBJECT, DEATH_TOLL,
 BODIES) = PatternGroup([RANGE, KILL_RX, FATALITIES_COUNT, DEATH_OF, VAGUE_DEAD, UNKNOWN_COUNT, PART_OF_SUBJECT,
                          DEATH_TOLL, BODIES_FOUND]).members
# Deaths on the road or by mishap, which a riot may follow but which are not its own.
VEHICLE = r"(?:bus|buses|lorry|lorries|truck|trucks|car|cars|vehicle|vehicles|train|motorbike|motorcycle|matatu|tanker|tractor)"
MISHAP_BEFORE = re.compile(rf"(?<!in )(?<!from )(?<!with )(?<!inside )(?<!aboard )(?<!on )\b(?:the|a|an)\s+(?:[\w-]+\s+)?{VEHICLE}\s+(?:that\s+|which\s+)?(?:had\s+)?$", re.I)
MISHAP_BEFORE = gated(MISHAP_BEFORE, by_strings=False)  # (scanned only in texts where a match may be)
MISHAP_AFTER = re.compile(rf"\s+(?:(?:being|after being|when|after)\s+)?(?:(?:hit|run over|knocked down|crushed)\s+)?"
                           rf"(?:by|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{VEHICLE}|accident|crash|collision)\b"
                           r"(?!\s+(?:bomb|bombing|explosion|blast|ambush|attack))", re.I)


# "rebels ambushed a lorry killing its driver", "gunmen opened fire on a car, killing
# two": the vehicle is the target of the violence, not the cause of a road death.
VEHICLE_ATTACKED = re.compile(rf"\b(?:attack(?:ed|ing|s)?|ambush(?:ed|ing|es)?|target(?:ed|ing|s)?|hijack(?:ed|ing|s)?|raid(?:ed|ing|s)?"
                              rf"|storm(?:ed|ing|s)?|(?:fired|firing|fire)\s+on|shot\s+at|shooting\s+at|bomb(?:ed|ing|s)?|torch(?:ed|ing|es)?)"
                              rf"\s+(?:the|a|an)\s+(?:[\w-]+\s+)?{VEHICLE}\b[^.;]{{0,20}}$", re.I)
# "… collided with a bus in a road accident, killing two": the accident told first.
MISHAP_THEN = re.compile(r"\b(?:in|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:accident|crash|collision)(?:\s+(?:near|in|at|on|along)\s+[^,;.]{1,30})?\s*,?\s*(?:and\s+)?$", re.I)


# The person a "who died" clause is about: the phrase before ", who".
WHO_DIED = re.compile(r"(?:^|[,;:]\s*|\b(?:shot|killed|wounded|injured|hit|stabbed|attacked|beat|beaten|and|with)\s+)"
                       r"(?P<np>(?:an?|one|the|two|three|four|five|\d+)\s(?:(?!\b(?:whom|which|were|was|is|are|had|have|has)\b)[^,;:]){1,50}?)"
                       r",?\s+who\s*$", re.I)
SUBJECT_WITH_PLACES = re.compile(
    rf"\s*(?:(?:On|In|Around|During|Early|Late|Last|Overnight)\b[^,]{{0,40}},\s*)?(?:an?|one|another|the|a single)\s+"
    rf"(?:[\w'-]+\s+){{0,3}}?(?P<noun>{SINGULAR})(?:\s+(?:in|at|near|from|of)\s+[^,.;:]{{1,40}}?)?"
    r"(?:,\s+(?:in|at|near|from|of|outside|inside)\s+[^,.;:]{1,40}?)*,?\s*", re.I)


# A killing tried, threatened or nearly done, or named as a charge ("accused of murder"):
# no one died of it.
NOT_DONE = re.compile(r"(?:\b(?:tr(?:y|ies|ied|ying)|attempt\w*|threaten\w*|plann?\w*|plott\w*|vow\w*|want\w*|sought|seek\w*"
                       r"|intend\w*|conspir\w*|fail\w*|bids?)\s+to|\b(?:nearly|almost|narrowly)"
                       r"|(?<!claim )(?<!claims )(?<!claimed )(?<!went on )(?<!managed )(?<!proceeded )(?<!said )(?<!used )\bto)\s+$", re.I)
NOT_DONE = gated(NOT_DONE, by_strings=False)  # (scanned only in texts where a match may be)


# A killing the event's victim did or is said to have done ("a mob lynched a man who had stabbed his wife to death",
# "… lynched after he killed a rider"): the deed that provoked it, not its own dead.
DEED_PUNISHED = re.compile(r"(?:\b(?:after|when|because|since)\s+(?:he|she|they)|\bwho)\s+(?:(?:had|has|have|allegedly|reportedly|just|earlier|previously"
                            r"|(?:was|is|were|are) (?:said|suspected|believed|alleged) to have)\s+)*$"
                            # "two bandits believed to have killed a trader", "a man accused of having
                            # murdered his wife": the deed laid at the victims' door, another event
                            r"|\b(?:suspected|believed|alleged|accused|thought|said|reported)\s+(?:to\s+have|of\s+having)\s+$", re.I)
DEED_PUNISHED = gated(DEED_PUNISHED, by_strings=False)  # (scanned only in texts where a match may be)


# "Residents blocked the road after a rider was killed": the clause that says what a crowd
# reacted to.
# Also the dead whose relatives march, whose killers the crowd wants arrested, or whose
# death the crowd blames on someone: "relatives of two brothers killed in a feud staged a
# protest", "demanding the arrest of those who killed a farmer", "claiming that the
# patient died through negligence".
# ("following which", "after this": what came next, the crowd's own deed, not its cause)
CAUSE_CLAUSE = re.compile(r"\b(?:(?:after|following)(?!\s+(?:which|this|that)\b)|relatives of|famil(?:y|ies)(?: members)? of|victims of|mourners of"
                           r"|claim(?:s|ed|ing)? that|alleg(?:es|ed|ing) that|demand(?:s|ed|ing)?"
                           # "marched carrying the bodies of two classmates killed by police": the
                           # dead a crowd carries are what it marches over, not its own
                           r"|(?:carry(?:ing)?|carried|carries|with|bearing|holding|parad(?:e|es|ed|ing))\s+(?:the\s+)?(?:dead\s+)?"
                           r"(?:bod(?:y|ies)|corpses?|coffins?)\s+of)\b[^,.;:()]*$", re.I)


SOURCE_SAID = re.compile(r"\b(?:said|says|told|added|reported|stated|confirmed|claimed|announced)\b(?:\s+\w+){0,2}\s*$", re.I)


# "At least 20 (other sources said 35) people died": another source's figure in brackets;
# the figure the sentence itself gives stands (the lowest, as a rule, is the first told).
SOURCE_ASIDE = re.compile(r"\((?=[^()]{0,60}\b(?:reports?|sources?|says?|said|according|claim\w*|estimates?|put)\b)[^()]{1,70}\)", re.I)
# "Two fighters (who had reportedly killed 5 villagers) were shot dead", "a herder (whose
# brother died in a raid) was hacked to death": a relative clause in brackets describes the
# noun before it; its figures and deaths are another time's (not one telling this death:
# "(who later died)").
RELATIVE_ASIDE = re.compile(r"\(\s*(?:who|whom|whose|which)\b(?![^()]*\b(?:later|subsequently)\s+(?:died|succumbed))[^()]{1,120}\)", re.I)
# "Two local officials, Ahmad Zia and Karim Nuri, were shot dead": the names of those
# counted, between the counted subject and its verb.
NAMES_ASIDE = re.compile(r"(?<=[a-z]s),\s+(?:[A-Z][\w'-]+(?:\s+(?:al-|bin\s+|de\s+)?[A-Z][\w'-]+){0,3},?\s+)+(?:and\s+)"
                          r"[A-Z][\w'-]+(?:\s+(?:al-|bin\s+|de\s+)?[A-Z][\w'-]+){0,3},(?=\s+(?:\w+ly\s+)?(?:was|were|had been|have been"
                          r"|died|perished)\s)")

# One person told again by a pronoun ("he died", "burned him alive").
# ("her" only where no noun follows it: "her son" is another person)
PERSONAL_PRONOUN = re.compile(r"(?:he|she|him)\b|her(?=\s*(?:[,.;:]|$|\s+(?:alive|dead|to|in|on|at|near|with|and|after|before|later"
                              r"|as|while|when|during|because|from|by|outside|inside)\b))", re.I)

# "The army denied reports that 15 soldiers had been killed", "police dismissed claims of
# two protesters shot dead": a death denied is no death told.
DENIED_BEFORE = re.compile(r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing))\s+(?:the\s+|any\s+)?"
                           r"(?:[\w-]+\s+)?(?:reports?|claims?|allegations?|rumou?rs?|accounts?)\s+(?:that|of)\b[^.;]*$", re.I)
