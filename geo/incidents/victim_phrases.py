"""Victims' noun phrases: how many people a phrase names ("at least 15 militants", "a
police officer", "his two bodyguards", "several"), and whether it names people at all
(not cattle, houses or a count of the wounded). Read by ``fatalities.py`` and
``fatality_phrases.py``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.incidents.lexicon import noun_class, noun_rx
from geo.incidents.numbers import MONTHS_RX, NUM, VAGUE_FIGURES, to_int

CIVILIAN_VICTIMS = noun_class("civilians", "civilian_sites")
ARMED_TARGETS = noun_class("armed", "armed_sites")

QUAL = (r"(?:(?:at least|more than|over|some|nearly|almost|about|around|roughly|approximately|up to|as many as"
         r"|an estimated|a total of|another|a further|only|a reported|at most|fewer than|less than)\s+)?")

# Any victim noun (issue 13): besides the lexicon's classes, the heads English forms for a
# person: "-ist", "-man" and "-ian" (a reservist, a spokesman, a technician), and roles
# the classes leave out.
PERSON_HEAD = (r"(?-i:(?!(?:[Aa]s|[Rr]e|[Ii]n|[Pp]er|[Cc]on)sist)[A-Za-z][a-z]{2,}ist|[a-z]{2,}(?<!hu)(?<!wo)man|[a-z]{3,}ian)"
                r"|representative|detective|executive|attorney|aspirant|hopeful|landlord|headmaster|lecturer|conductor|operator"
                r"|sheikh|bishop|uncle|aunt|grandmother|grandfather|nephew|niece|cousin|companion|friend|colleague|hawker"
                r"|legislator|senator|governor|magistrate|witness|informer|informant|spy|recruit|inspector|constable|trainee"
                r"|migrant|servant|president|minister|parent|assistant|participant|occupant|tenant|retiree|nominee|abductee"
                r"|captive|hostage|convict|critic|preacher|monk|nun|shepherd|pilgrim|voter|rioter|porter|baker|butcher|tailor"
                r"|merchant|dissident|defector|collaborator|medic|paramedic|toddler|(?-i:MPs?|MLAs?|MNAs?)"
                # office-holders named by their role ("the district commissioner", "a programme coordinator")
                r"|commissioner|coordinator|director|manager|administrator|secretary|chairperson|treasurer|registrar"
                r"|principal|editor|accountant|clerk|supervisor|surveyor"
                # more persons a headline names bare ("Gunmen kill Italian missionary")
                r"|missionary|businesswoman|carpenter|aide|diplomat|ambassador|envoy|grandson|granddaughter|pensioner"
                r"|veteran|intern|apprentice|broadcaster|presenter|blogger|deacon|chaplain|rabbi|archbishop|cardinal|muezzin"
                r"|gamekeeper|expatriate|foreigner|kingpin|surgeon|midwife|chairwoman|headteacher|professor|researcher|emir"
                r"|sultan|chieftain|barber|waiter|waitress|cleaner|housemaid|maid|gardener"
                # "the village head", "a ward head": a head of people, not the body's
                r"|(?:(?<=village )|(?<=district )|(?<=ward )|(?<=clan )|(?<=community )|(?<=school )|(?<=party )|(?<=family ))head")
SINGULAR = f"(?:{noun_rx('civilians', 'neutral', 'armed', 'herders', 'outlaws', form='singular')}|{PERSON_HEAD})"

# "three suspected goat thieves" are people: the animal or thing word is not the head there.
PERSON_AFTER_THING = rf"(?!\s+(?:{noun_rx('people_after_things')})\b)"
UNIT_AFTER = re.compile(rf"\s*(?:-?years?|-?months?|weeks?|days?|hours?|minutes?|km|kms|kilometres?|kilometers?|miles?|metres?"
                         rf"|meters?|percent|per cent|%|am|pm|a\.m\.|p\.m\.|GMT|{MONTHS_RX}|/\d|st\b|nd\b|rd\b|th\b"
                         rf"|-(?:strong|year|month|day|hour)|times|vehicles|cars|houses|homes|villages|rounds|shells|attacks"
                         rf"|tons|head of cattle|cattle|goats|cows)\b{PERSON_AFTER_THING}", re.I)

# Animals and things a vague figure may count ("killed several cows"): no fatalities.
NOT_PEOPLE = re.compile(r"(?:\s+of)?\s+(?:(?:the|their|his|her)\s+)?(?:[\w-]+\s+)?(?:cattle|cows?|goats?|sheep|camels?|donkeys?"
                         r"|livestock|animals|dogs|chickens|pigs|horses|houses|homes|vehicles|cars|shops|herds?|flocks?|poultry)\b" + PERSON_AFTER_THING, re.I)


# One person named by a singular noun phrase of any head ("a ferry mechanic", "the cashier",
# "a bus conductor"): any victim noun with a death expression counts (issue 13), but
# not a thing or an event named where a person could be.
_ANY_ONE = re.compile(r"(?:an?|the|his|her|one)\s+(?:(?-i:[\w'-]+)\s+){0,3}?(?P<noun>(?-i:[a-z][a-z-]*[a-rt-z]|[a-z]*ss))\s*", re.I)
_NOT_A_PERSON = re.compile(r"(?:attack|incident|blast|explosion|fire|number|total|toll|clash|violence|fighting|raid|ambush"
                           r"|plan|plot|bid|deal|bill|motion|project|lot|few|half|rest|majority|one|other|same|process|operation"
                           r"|dog|cow|goat|camel|sheep|donkey|horse|pig|bull|ox|animal|lion|elephant|leopard|hyena|crocodile|snake"
                           r"|buffalo|hippo|rhino|wildlife|case|report|story|video|suspicion|unknown|rally|protest|demonstration"
                           r"|way|time|day|night|year|week|month"
                           # a verb, not a head noun: "…, a monitor said"
                           r"|\w+ed|said|says|told|tells|adds|notes|stated|claims|reports|confirms)", re.I)


# "killed a Somali", "an elderly Christian was shot dead", "a Briton died": one person told
# by a nationality, people or creed, a capitalised word of the endings such nouns take,
# with no noun after it (the noun is the head where one follows: "a Somali trader").
_DEMONYM_ONE = re.compile(r"(?:an?|one|another)\s+(?:(?-i:[a-z][\w'-]*)\s+)?(?-i:[A-Z][a-z]+(?:an|ese|i|on|ite|man|u|im))", re.I)


def one_person(phrase: str) -> bool:
    if re.search(r"\bnumbers?\s+of\b", phrase, re.I):
        return False  # "an unknown number of people": a count not told, not one person
    m = _ANY_ONE.fullmatch(phrase.strip())
    return (m is not None and not _NOT_A_PERSON.fullmatch(m.group("noun"))) or _DEMONYM_ONE.fullmatch(phrase.strip()) is not None


# "4 AS militants were killed", "3 AS died", "killing 12 AS": in a sentence written in
# mixed case, "AS" in capitals is an abbreviation (al-Shabaab's, as Somali reports write
# it), never the conjunction "as" at which the victims' patterns end a phrase; it is read
# as a name (same length: positions stay valid). (Not in a headline in capitals.)
_ABBREVIATED_AS = re.compile(r"(?<![A-Z] )\bAS\b(?! [A-Z]{2,}\b)")


def abbreviations_as_names(sentence: str) -> str:
    if "AS" not in sentence or sentence.isupper():
        return sentence
    return _ABBREVIATED_AS.sub("Al", sentence)


@dataclass(frozen=True)
class Claim:
    n: int
    noun: str
    pos: int
    vague: bool = False



# "12 Hutu and Tutsi civilians", "at least 30 Misseriya and Rizeigat tribesmen": a figure,
# a name, "and", a second name and the noun they share.
_TWO_NAMES_ONE_NOUN = re.compile(rf"\b{QUAL}(?:{NUM})\s+(?-i:[A-Z][\w'-]+)$", re.I)
_SECOND_NAME = re.compile(r"(?-i:[A-Z][\w'-]+)\s+(?-i:[a-z]+s|[a-z]*men|people|children)\b")


def conjuncts(chunk: str) -> list[tuple[int, str]]:
    """Split a noun-phrase list ("two soldiers, three civilians and a child") into its
    parts, with their offsets in ``chunk``."""
    out, pos = [], 0
    for m in re.finditer(r",(?!\d)\s*(?:and\s+)?|(?<!hundred)\s+and\s+", chunk):  # (not "1,200", "a hundred and ten")
        if m.group().strip() == "and" and _TWO_NAMES_ONE_NOUN.search(chunk, 0, m.start()) \
                and _SECOND_NAME.match(chunk, m.end()):
            continue  # "30 Dinka and Nuer youths": two peoples' names before one counted noun, one phrase
        out.append((pos, chunk[pos : m.start()]))
        pos = m.end()
    out.append((pos, chunk[pos:]))
    return out


# "nine soldiers injured", "15 villagers abducted", "30 Ukrainian soldiers wounded": people
# counted as hurt, taken or missing in a list that also counts the dead.
# (not the adjective before the people it describes: "two injured protesters later died"
# are dead, hurt first)
_HURT_ADJECTIVE = (r"(?!\s+(?:people|persons|men|women|children|boys|girls|civilians|soldiers|troops"
                   r"|(?-i:[a-z]{3,}(?:ers|ors|ants|ents|ists|ians|men))|residents)\b)")
_NOT_DEAD_TAIL = re.compile(r"\s*(?:more\s+)?(?:\w+\s+)?(?:(?:were|was|are|is|had been|have been)\s+)?(?:\w+ly\s+)?(?:wounded|injured|hurt)\b" + _HURT_ADJECTIVE +
                            # "13 were shot, one of whom died", "12 burned, 3 killed": hit, or a
                            # participle of no death, before the dead are counted
                            r"|\s*(?:[\w'-]+\s+){0,3}?(?:were|was|had been|have been)\s+(?:\w+ly\s+)?(?:shot\b(?!\s+dead)|(?:hit|struck)\s*$)"
                            r"|\s*(?:burned|burnt|torched|razed|looted|destroyed|damaged|shot)\s*$"
                            r"|\s*(?:(?!(?:and|or|killed|dead|of|they|who|that|which|had|have|has|were|was|are|is)\b)[\w'-]+\s+){0,3}?"
                            r"(?:wounded|injured|hurt|abducted|kidnapped|captured|arrested|detained|missing|displaced|rescued"
                            r"|taken hostage|held hostage)\b" + _HURT_ADJECTIVE, re.I)
COUNTED_PHRASE = re.compile(rf"(?:(?:the|these|those|all|all the|his|her|their|its)\s+)?{QUAL}(?P<n>{NUM})\b(?P<tail>.*)$",
                             re.I | re.S)


# "Dr. Amina Bello", "Col. Ahmed Yusuf": a title's full stop ends no phrase; the name after it
# is the person.
_TITLES = ("Dr", "Mr", "Mrs", "Ms", "Col", "Gen", "Lt", "Capt", "Maj", "Sgt", "Cpl", "Rev", "Fr", "Prof", "Hon", "Sen", "Gov", "Insp")
NOT_AFTER_TITLE = "".join(rf"(?<!\b{t})" for t in _TITLES)
_TITLE = re.compile(rf"(?:{'|'.join(_TITLES)})\.\s+(?=[A-Z])")


# "his parents", "the elderly parents of a judge": two people (not the parents of many,
# whose number is not told)
_PARENTS = re.compile(r"(?:his|her|the)\s+(?:[\w-]+\s+)?parents(?:\s+of\s+(?:an?\s|(?-i:[A-Z]))|\s*$)", re.I | re.S)


def np_claim(part: str, offset: int, sentence: str) -> Claim | None:
    """A figure from one noun phrase: "at least 15 militants", "a police officer",
    "several", "militants" (an unknown number: 10), "themselves"."""
    p = part.strip().strip("\"'\u201c\u201d\u2018\u2019")
    if not p:
        return None
    # "30-year-old Ahmed Musa" (the figure blanked as an age): the name that follows
    # (also before a bare noun, as headlines have it: "12-year-old nephew killed")
    p = re.sub(r"^(?:an?\s+)?-?years?-old\s+(?=(?-i:[A-Z])|(?-i:[a-z]+)$)", "", p, flags=re.I)
    p = _TITLE.sub("", p)  # "Dr. Amina Bello": the name
    if re.match(r"(?:no|none|nobody|no-one)\b", p, re.I):
        return None  # "the police killed no one": none dead
    if re.match(r"(?:an?\s+)?(?:[\w-]+\s+)?couple\b", p, re.I):
        return Claim(2, "couple", offset)  # "murdered a couple", "a young couple"
    if _PARENTS.match(p):
        return Claim(2, "parents", offset)  # "killed his parents", "the parents of a judge": a pair
    family = re.match(rf"(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?P<whole>family|crew|household|group|party|band|team)\s+of\s+"
                      rf"(?P<n>{NUM})\b(?P<tail>.*)$", p, re.I | re.S)
    if family and to_int(family.group("n")) and not (UNIT_AFTER.match(family.group("tail")) or NOT_PEOPLE.match(family.group("tail"))):
        # "killed a family of five", "its crew of three", "a group of six soldiers": the members
        return Claim(to_int(family.group("n")), _side_word(family.group("tail")) or family.group("whole").lower(), offset)
    each = re.match(r"(?:one|a)\s+(?:[\w-]+\s+)?from\s+each\s+(?:side|group|camp|community|clan|faction|party)\b", p, re.I)
    if each:
        return Claim(2, "each side", offset)  # "one fighter from each side": two dead, one of each
    both = re.match(r"both\s+(?:of\s+(?:the|them|their)\s+)?(?P<noun>[a-z]+)?", p, re.I)
    if both and not re.match(r"sides?|parties|camps|communities|groups|factions|countries|armies", both.group("noun") or "", re.I):
        return Claim(2, (both.group("noun") or "").lower(), offset)  # "both attackers", "both of them"
    m = COUNTED_PHRASE.match(p)
    if m:
        tail = m.group("tail")
        if UNIT_AFTER.match(tail) or NOT_PEOPLE.match(tail) or _NOT_DEAD_TAIL.match(tail):
            return None
        n = to_int(m.group("n"))
        if n is None:
            return None
        noun = (re.search(r"[A-Za-z]+", tail) or [""])[0].lower() if tail.strip() else ""
        noun = _side_word(tail) or noun  # "two Colombian soldiers": the soldiers, one side's dead
        vague = m.group("n").lower() in VAGUE_FIGURES
        if vague or noun == "of":
            noun = vague_noun(tail) or noun  # "dozens of rebel fighters": the fighters, one side's dead
        return Claim(n, noun, offset, vague)
    m = re.match(rf"(?:an?|one|another|the|a single|his|her|their)\s+(?:[\w'-]+\s+){{0,4}}?(?P<noun>{SINGULAR})\b", p, re.I)
    if m:
        return Claim(1, m.group("noun").lower(), offset)
    m = re.match(rf"(?:[A-Z][\w-]*\s+){{1,2}}(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?(?P<noun>{SINGULAR})\b", p)
    if m:
        return Claim(1, m.group("noun").lower(), offset)  # "UDP member", "NSA officer"
    m = re.fullmatch(rf"(?:(?:(?-i:[a-z][\w'-]*)\s+){{0,3}}|(?-i:[a-z][\w'-]*)\s+(?:(?-i:[A-Z][\w'-]*)\s+){{1,4}})"
                     rf"(?P<noun>{SINGULAR})(?:\s+dead|(?:\s+(?-i:[A-Z][\w'-]+)){{1,3}})?", p, re.I)
    if m:
        return Claim(1, m.group("noun").lower(), offset)  # "Trader killed in the market.", "killed former rebel leader"
    m = re.match(rf"(?:(?-i:[a-z][\w'-]*|(?-i:[A-Z]{{2,}})[\w'-]*)\s+){{0,2}}(?P<noun>{SINGULAR})\s+(?:suspected|accused|believed|caught|found|who|said|of|(?-i:[a-z]{{3,}}ing|[a-z]{{3,}}ed)"
                 r"|alleged|identified|known|thought|linked)\b", p, re.I)
    if m:
        return Claim(1, m.group("noun").lower(), offset)  # "Mob kills man suspected of theft": a bare noun, then who he was
    if re.fullmatch(r"the\s+(?:accused|deceased)", p, re.I):
        return Claim(1, "person", offset)  # "police shot dead the accused": an adjective standing for one person
    if re.fullmatch(r"(?:an?|the)\s+\d+[- ]years?[- ]old", p, re.I):
        return Claim(1, "person", offset)  # "shot dead a 19-year-old"
    if re.fullmatch(r"(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})", p):
        return Claim(1, "person", offset)  # "shot dead Amos Kiprono": a person named
    if re.fullmatch(r"(?:and\s+)?(?:another|one other|a second|a third)(?:\s+one)?", p, re.I):
        return Claim(1, "another", offset)  # "1 policeman died on the spot, and another succumbed later"
    if re.fullmatch(r"(?:someone|somebody|some\s+one)(?:\s+else)?", p, re.I):
        return Claim(1, "person", offset)  # "someone was shot dead": one person, not a figure inside a word
    if re.fullmatch(r"(?:he|she|him|her)(?:\s+(?:dead|alive))?", p, re.I):
        return Claim(1, "person", offset)  # "Raiders wounded a boy. He died the next day."
    if re.match(r"(?:only\s+)?(?:themselves)\b", p, re.I):
        bombers = re.search(rf"\b(?P<n>{NUM})\s+(?:[\w-]+\s+){{0,3}}?(?:suicide\s+)?(?:bombers|attackers|assailants)\b",
                            sentence, re.I)
        return Claim(to_int(bombers.group("n")) or 2 if bombers else 2, "attackers", offset)
    if re.match(r"(?:only\s+)?(?:himself|herself)\b", p, re.I):
        return Claim(1, "attacker", offset)
    if re.fullmatch(r"all\s+of\s+them|them\s+all|all\s+of\s+(?:the|these|those)\s+\w+", p, re.I):
        # "ambushed six militants, killing all of them": the group counted before in the sentence
        # (not a span or a thing counted: "held nine hostages for 72 hours")
        groups = [g.group(1) for g in re.finditer(rf"\b({NUM})\s+(?:[\w-]+\s+){{0,2}}?(?-i:[a-z]+(?:s|men|people|children))\b", sentence[:offset], re.I)
                  if not UNIT_AFTER.match(sentence, g.end(1))]
        if len(groups) == 1 and (n := to_int(groups[0])):
            return Claim(n, "all", offset)
    if re.fullmatch(r"them", p, re.I):
        # "a mob caught two suspected thieves, stoning them to death": the one group counted
        # as the object of a verb before in the sentence (not its subject: "three gunmen
        # stormed the post and killed them" tells no figure for the dead)
        groups = _TAKEN_GROUP.findall(sentence[:offset])
        if len(groups) == 1 and (n := to_int(groups[0])):
            return Claim(n, "them", offset)
    m = re.match(r"(?:an? )?(?:unknown|unspecified|undisclosed|unconfirmed) numbers?\b|(?:all|many|some|scores of|a number of"
                 r"|numerous|dozens of|hundreds of|tens of|several)\b", p, re.I)
    if m and NOT_PEOPLE.match(p, m.end()):
        return None  # "killed a number of goats": ACLED counts people only
    if m:
        q = m.group().lower()
        # ACLED's code for the vague figure (numbers.NUMBER_WORDS: "dozens" 12, "hundreds" 100);
        # "all", "some", "a number of" or an unknown number: 10
        n = to_int(re.sub(r"\s+of$", "", q)) if not q.startswith("a number") else None
        n = n if n is not None and n >= 10 else 10
        return Claim(n, vague_noun(p[m.end():]), offset, True)
    if one_person(p):
        return Claim(1, "person", offset)  # "shot dead a bus conductor"
    m = re.fullmatch(rf"(?:an?|one|a single)\s+(?:[\w'-]+\s+){{0,3}}?(?P<noun>(?:{SINGULAR})s?|[a-z]+m[ae]n)", p, re.I)
    if m:
        return Claim(1, m.group("noun").lower(), offset)  # "a soldier and a militiamen killed"
    m = re.match(r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+(?:s|men|people|children|police|personnel))\b", p)
    if m and m.group("noun") not in ("his", "its", "this", "was", "has", "is", "as", "us", "thus", "plus", "yes"):
        noun = m.group("noun")
        if ARMED_TARGETS.fullmatch(noun) or CIVILIAN_VICTIMS.fullmatch(noun) or noun.endswith(("ists", "ians", "ers")):
            return Claim(10, noun, offset, True)  # "killed militants and civilians": an unknown number
    return None



# A group counted as a verb's object ("caught two thieves", "abducted three traders"): whom a
# later "them" in the sentence stands for.
_TAKEN_GROUP = re.compile(rf"\b(?:[a-z]+ed|[a-z]+ing|caught|took|seized|held|found|stopped)\s+(?:the\s+)?{QUAL}({NUM})\s+"
                          r"(?:[\w-]+\s+){0,2}?(?-i:[a-z]+s|[a-z]*men|people|children)\b", re.I)


# A noun phrase that names people, not things ("two alleged cartel members", not "the
# police station"): the test for people set on fire and for companions.
PERSON_WORD = re.compile(rf"\b(?:{SINGULAR}|{noun_rx('civilians', 'neutral', 'armed', 'herders', 'outlaws')}|people|persons|men|women"
                          r"|children|boys|girls|suspects|thieves|members|kidnappers|robbers|bodyguards|guards|aides|sons|daughters"
                          r"|brothers|wives|relatives|companions|passengers|colleagues|friends|family|(?!others)(?-i:[a-z]+(?:ists|ians|ers|men)))\b", re.I)
THING_WORD = re.compile(r"\b(?:house|houses|home|homes|vehicles?|cars?|trucks?|buses|bus|tyres?|tires?|offices?|shops?|stations?"
                         r"|buildings?|property|properties|structures?|school|church|mosque|market|camp|post|residences?|flag|effigy"
                         r"|motorcycles?|motorbikes?|crops|fields|granary|granaries|huts?|stalls?)\b", re.I)


# The side a victim noun names, when it names one: the state's forces (the lexicon's
# military and police, and their ranks) or armed men against them (its armed groups and
# outlaws, and the names reports give them); "people", "civilians" and the like name no
# side (None).
_STATE_SIDE = re.compile(rf"(?:{noun_rx('military', 'police')}|soldier|troop|servicem[ae]n|officers?|policeman|guards?|guardsm[ae]n"
                         r"|personnel|marines?|paratroopers?|commandos?|conscripts?|reservists?|peacekeeper|gendarme)", re.I)
_ARMED_SIDE = re.compile(rf"(?:{noun_rx('armed_groups', 'outlaws')}|militant|insurgent|rebel|fighter|attacker|assailant|gunman"
                         r"|jihadists?|terrorists?|bandit|raider|extremists?|militiaman|separatists?|guerrillas?|gang member"
                         # "Boko Haram elements", "anti-balaka combatants", "Maoist cadres": the words
                         # reports use for an armed group's men
                         r"|elements|combatants?|cadres)", re.I)


def _side_word(words: str) -> str:
    """The side a counted phrase names among its first words ("Colombian soldiers" ->
    "soldiers"), else ""."""
    return next((w.lower() for w in re.findall(r"[A-Za-z]+", words)[:4] if side_of(w)), "")


def vague_noun(words: str) -> str:
    """The word of a figure's phrase that names a side ("of Houthi fighters" -> "fighters"),
    else its first word after "of (the)"."""
    found = re.findall(r"[A-Za-z]+", words)[:5]
    side = next((w for w in found if side_of(w)), None)
    if side:
        return side.lower()
    rest = [w for w in found if w.lower() not in ("of", "the", "their", "its")]
    return rest[0].lower() if rest else ""


# A riot's crowd: the other side of a clash with the police ("an officer was killed by
# rioters … three rioters were killed")
_CROWD_SIDE = re.compile(r"(?:rioters?|protesters?|protestors?|demonstrators?)", re.I)


def side_of(noun: str) -> str | None:
    """"soldiers" -> "state", "militants" -> "armed", "rioters" -> "crowd", anything else -> None."""
    return "state" if _STATE_SIDE.fullmatch(noun) else "armed" if _ARMED_SIDE.fullmatch(noun) else "crowd" if _CROWD_SIDE.fullmatch(noun) else None
