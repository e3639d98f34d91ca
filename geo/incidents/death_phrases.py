"""Families of death reports (issue 13) that are read around the killing verbs of
``fatalities.py``: what a vague figure counts when it is a span of time ("several days
later the trader died"), a mob's victim said to have survived, the sentences whose
deaths are an earlier event told by a time word at their opening ("A few days earlier,
…"); and (round 7) parts of a whole ("two of whom"), bodies found, people taken and
then found dead, the dead told as lives or as "the deaths of", more dead told after the
verb ("as well as …"), the dead among the hurt, and a rank ("a third victim"). Each
family says *why* in its comment; ``fatalities.py`` decides where it applies."""

from __future__ import annotations

import re

from geo.incidents.lexicon import phrase_rx
from geo.incidents.numbers import NUM, ORDINAL_RX, ORDINALS, TIMES_OF_DAY_RX, WEEKDAYS_RX, to_int
from geo.incidents.victim_phrases import NOT_PEOPLE, QUAL, UNIT_AFTER
from geo.incidents.prefilter import gated

# "Several days later the trader died", "blocked the road for several hours after a
# lorry hit their camels": the vague figure counts a span of time, or animals, not dead
# people; the dead (if any) are read from the verb's own subject.
_TIME_SPAN = re.compile(r"\s*(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|times|occasions)\b", re.I)


def vague_counts_no_people(phrase: str) -> bool:
    """The words after "several"/"many"/"dozens of" name time or things, not people."""
    return bool(_TIME_SPAN.match(phrase) or UNIT_AFTER.match(phrase) or NOT_PEOPLE.match(" " + phrase.strip()))


# "Police rescued the man before he died", "the suspect survived", "no fatalities were
# reported": the report says the mob's victim lived. ACLED's notes and the wire say
# "lynched" of mob beatings that some survive; the denial decides.
RESCUED_BEFORE_DEATH = re.compile(r"\b(?:rescued|saved|pulled)\b[^.;]{0,40}?\bbefore\s+(?:(?:he|she|they)\s+(?:could\s+)?"
                                  r"(?:died?|succumbed)|(?:his|her|their\s+)?death)\b", re.I)
SURVIVED = re.compile(RESCUED_BEFORE_DEATH.pattern + r"|\b(?:survived|is\s+(?:expected|likely)\s+to\s+survive|escaped\s+with\s+(?:his|her|their)\s+li(?:fe|ves)"
                      r"|(?:is|was|are|were)\s+(?:still\s+)?alive|before\s+(?:he|she|they)\s+(?:is|was|are|were)\s+rescued)\b"
                      r"|\bno\s+(?:fatalities|deaths|casualties)\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?(?:reported|recorded|confirmed)\b"
                      r"|\b(?:no\s+one|nobody|none)\s+(?:was|were|has\s+been|had\s+been)\s+killed\b", re.I)
SURVIVED = gated(SURVIVED)  # (scanned only in text holding a string every match needs)
# The verbs whose victims may have lived: a mob's beating told as a lynching.
MOB_VERB = re.compile(r"\blynch(?:ed|es|ing)?\b", re.I)
# Words that report a death outright, whatever the mob did: they stand against a denial.
_PLAIN_DEATH = re.compile(r"\b(?:killed|killing|dead|died|dies|death|slain|murdered|bodies|body|to\s+death|succumbed|perished"
                          r"|lost\s+(?:his|her|their)\s+li(?:fe|ves))\b", re.I)

_NEAR_DEATH = re.compile(r"\b(?:nearly|almost|narrowly|half)\s+(?:\w+\s+)?(?:killed|dead|died|beaten\s+to\s+death)\b", re.I)


def only_mob_verb(sentence: str) -> bool:
    """A sentence whose only word of death is "lynched" (a mob's beating)."""
    told = _NEAR_DEATH.sub(" ", sentence)  # "nearly killed": no death told
    return MOB_VERB.search(told) is not None and _PLAIN_DEATH.search(told) is None


# "A few days earlier, a landslide killed nine miners", "Three weeks before, gunmen had
# killed two nurses", "… four pupils had died at the school in the previous month": the
# deaths of an earlier event, told as the background of this one.
EARLIER_TIME = re.compile(rf"^\W*(?:(?:a\s+few|a\s+couple\s+of|several|some|{NUM}|an?)\s+(?:days|weeks|months|years|day|week|month|year)"
                          r"\s+(?:earlier|before|prior)|(?:the\s+)?(?:day|night|week|month|year)\s+before)\s*,"
                          r"|\b(?:in|during)\s+the\s+(?:previous|preceding|prior)\s+(?:week|month|year|weeks|months|years)\b", re.I)
EARLIER_TIME = gated(EARLIER_TIME, by_strings=False)  # (scanned only in texts where a match may be)






# "… Two days later, gunmen killed five more in a nearby village", "The next day, troops shot
# dead three smugglers": a killing on a later day, which ACLED codes as an event of its own
# (not the event's wounded who died since: those stay with it, see DIED_OF_WOUNDS).
LATER_DAY = re.compile(rf"\W*(?:(?:the\s+)?(?:next|following)\s+(?:day|morning|night|evening)"
                       rf"|(?:a\s+few|a\s+couple\s+of|several|{NUM}|a)\s+(?:days?|weeks?)\s+later)\s*,", re.I)
# A verb that kills with an object after it ("killed five", "shot dead three"), not a death
# told of its victims ("died", "was found dead").
ACTIVE_KILLING = re.compile(rf"\b(?:kill(?:ed|ing)|shot\s+dead|shooting\s+dead|murder(?:ed|ing)|execut(?:ed|ing)|behead(?:ed|ing)"
                            rf"|massacr(?:ed|ing)|gunn(?:ed|ing)\s+down)\s+{QUAL}(?:{NUM}|an?|one|another)\b", re.I)


# "… a wounded guard succumbed on 8 May", "the guard died of his wounds in
# hospital on Friday", "the death toll rose to 12 on Sunday": the day a victim of the
# event died of its wounds, or its toll was revised, not the day of another event (ACLED
# counts such deaths with the event that caused them).
_DIED_OF_WOUNDS_ON = re.compile(r"\b(?:succumbed|died|passed\s+away)(?:\s+(?:to|of|from)\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+)?(?:injuries|wounds|burns|beating))?"
                                r"(?:\s+and\s+died)?(?:\s+(?:later|in\s+(?:a\s+|the\s+)?hospital))*(?:\s+(?:on|by)(?:\s+the)?)?\s*$", re.I)
_WOUNDS_NAMED = re.compile(r"\b(?:succumbed|injuries|wounds|injured|wounded|later|hospital)\b", re.I)
_TOLL_REVISED = re.compile(r"\b(?:death|casualty)\s+toll\b[^.;]{0,80}?\b(?:r[io]se|risen|climbed|reached|increased|jumped|mounted)\b", re.I)


# "A trader went missing on 2 March. On 6 March his corpse turned up in a well": the day the
# body of someone told before ("his", "her", "their") was found, not the day of another
# event (the missing or taken person's death is the event told first).
# (also the bodies counted, found after the event: "… set the building ablaze. Four charred
# bodies were recovered on 6 May")
_OWN_BODY_FOUND_ON = re.compile(r"(?:\b(?:his|her|their)\s+(?:[\w-]+\s+)?|(?:^|(?<=[.;]\s))\W*(?:" + NUM + r")\s+(?:[\w-]+\s+){0,3}?)"
                                r"(?:bod(?:y|ies)|remains|corpses?)\s+(?:was|were|is|are|had\s+been|has\s+been"
                                r"|have\s+been)\s+(?:later\s+|eventually\s+|finally\s+)?(?:found|discovered|recovered|retrieved|dumped|exhumed)\b"
                                r"[^.;]{0,60}?\b(?:on|by)(?:\s+the)?\s*$", re.I)
# (the day told first: "On 6 March, his body was found")
_ON_DAY_OWN_BODY = re.compile(r"[^.;,]{1,25}?,?\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:bod(?:y|ies)|remains|corpses?)\s+(?:was|were|had\s+been)\s+"
                              r"(?:later\s+|eventually\s+|finally\s+)?(?:found|discovered|recovered|retrieved|dumped|exhumed)\b", re.I)


def dates_a_later_death(sentence: str, at: int) -> bool:
    """Whether the date at ``at`` is the day a victim died of the event's wounds or the
    day its toll rose (see ``_DIED_OF_WOUNDS_ON``): "succumbed" or wounds, hospital,
    "later" must be named — a plain "died on 6 May" may be another event's day; or the day
    the body of someone told before was found (``_OWN_BODY_FOUND_ON``)."""
    if "toll" in sentence and _TOLL_REVISED.search(sentence):
        return True
    if ("body" in sentence or "bodies" in sentence or "remains" in sentence or "corpse" in sentence) \
            and (_OWN_BODY_FOUND_ON.search(sentence, max(0, at - 120), at) or _ON_DAY_OWN_BODY.match(sentence, at)):
        return True
    if "succumb" not in sentence and "died" not in sentence and "passed away" not in sentence:
        return False
    m = _DIED_OF_WOUNDS_ON.search(sentence, max(0, at - 90), at)
    return m is not None and _WOUNDS_NAMED.search(m.group()) is not None


# "on charges of killing a guard", "charged with murdering two herders", "convicted of
# killing": a killing named as a charge is told elsewhere, not this event's dead.
CHARGE_BEFORE = re.compile(r"\b(?:charges?\s+of|charged\s+with|convicted\s+of|guilty\s+of|sentenced\s+for|trial\s+for|indicted\s+for"
                           r"|prosecuted\s+for|arraigned\s+for)\s+$", re.I)

# "Gunmen killed Yusuf Adan, 52, in …", "a trader, 45, was shot dead", "a farmer (60)": an
# age after a name or a noun, not a count.
AGE_AFTER_NAME = re.compile(r"\b(?-i:[A-Za-z][a-z]+),\s+\d{1,2},(?=\s)|\b(?-i:[A-Za-z][a-z]+)\s+\(\d{1,2}\)")

# "Two were killed … Two others died of their wounds. Total 4 fatalities.": a later plain
# count of fatalities is the report's own sum for the event; another source's count
# ("other sources claim 15 deaths", "conflicting reports hold 18 deaths", "7 other deaths
# are feared") is a competing claim, and the conservative figure stands; a share of a
# larger total is no sum either.
SOURCE_OF_TOTAL = re.compile(r"\b(?:reports?|reported|reporting|records?|recorded|sources?|claims?|claimed|claiming|according|conflicting|holds?"
                             r"|feared|unconfirmed|unverified|estimates?|estimated|other|another|(?-i:may)|might|could|possibly|up\s+to|says?|said"
                             r"|puts?|put"
                             # a share of a larger total told elsewhere: "7 remaining fatalities shared among other events"
                             r"|remaining|of\s+which|of\s+whom)\b", re.I)
# "1 fatality was a child", "two fatalities were soldiers": who some of the dead were, not
# the report's sum ("2 fatalities were reported" is one).
FATALITIES_DESCRIBED = re.compile(r"\bfatalit(?:y|ies)\s+(?:was|were|is|are)\s+(?!(?:reported|recorded|confirmed|registered|counted|coded)\b)", re.I)

# "… died due to drowning", "died after he fell from a roof", "was killed when
# he leapt from a window", "died accidentally": a death by mishap or illness,
# not by violence (ACLED codes fatalities of violence only).
MISHAP_CAUSE = re.compile(r"\s+(?:\w+\s+){0,3}?(?:accidentally\b|(?:due\s+to|of|from|after|when|while|as)\s+(?:(?:he|she|they)\s+"
                          r"(?:\w+\s+){0,4}?)?(?:drown\w*|an?\s+heart\s+attack|heart\s+attack|cardiac\s+arrest|suffocat\w*|fell|falling|a\s+fall"
                          r"|jump\w*|electrocut\w*|illness|disease|natural\s+causes|snake\s*bite)\b)", re.I)
# "a crash that led to the death of three": the deaths a mishap caused.
MISHAP_BEFORE_DEATH_OF = re.compile(r"\b(?:accident|crash|collision|derailment|capsiz\w*|drowning|fire\s+broke\s+out)\b[^.;]{0,40}$", re.I)

# "at least 16 fighters from both sides": a figure that already holds every side's dead;
# another sentence's figure for one side is among them, not added to them.
ALL_SIDES = phrase_rx("all_sides")  # "16 fighters from both sides": one definition with events.py (phrases.toml)

# "Five were shot, two of whom died", "8 were wounded, of which three later died": the dead
# among people first counted as hit or hurt are this event's dead; "4 were killed, one of
# whom died in hospital days later": one of the dead already counted, not one more.
_PART_WORDS = r"of\s+(?:whom|them|which|those)"
PART_OF_WHOLE = re.compile(rf"(?:(?:at least|only)\s+)?(?:{NUM}|one)\s+{_PART_WORDS}\b", re.I)
_HURT_WHOLE = re.compile(rf"\b(?:shot|hit|struck|wounded|injured|hurt|hospitali[sz]ed|burn(?:ed|t)|stabbed|beaten)\b"
                         rf"(?!\s+(?:dead|to\s+death))[^.;:]{{0,30}}?,?\s*(?:{_PART_WORDS}\s*)?$", re.I)


# "15 casualties, including 5 dead", "8 casualties were reported, among them 3 killed":
# casualties are the dead and the hurt together; the part told dead is the dead.
_CASUALTY_WHOLE = re.compile(rf"\bcasualties\b[^.;:]{{0,70}}?,?\s*(?:including|among\s+them|among\s+whom|{_PART_WORDS})\s*$", re.I)


def dead_among_hurt(before: str) -> bool:
    """The whole a part is taken from ("five were shot, two of whom …") was told as hit or
    hurt, or as casualties, not dead: the part is the dead."""
    return _HURT_WHOLE.search(before[-60:]) is not None or ("casualties" in before and _CASUALTY_WHOLE.search(before[-100:]) is not None)

# "the bodies of three men abducted by gunmen last week", "the bodies of two herders who
# went missing": what befell the dead before their bodies were found describes them; the
# counted phrase before it names them.
_DESCRIPTION = re.compile(r"(?<=\w)\s+(?:who|whom|that|which|missing|(?-i:[a-z]{3,}(?:ed|en)))\b")


def dead_described(phrase: str) -> str:
    """The counted phrase of the dead before the words that describe them ("two kidnapped
    students" stays whole: the dead are the students)."""
    for cut in _DESCRIPTION.finditer(phrase):
        head = phrase[: cut.start()]
        if re.search(rf"\b(?:{NUM}|an?|one)\s+\S", head, re.I):
            return head
    return _FATE_BEFORE_NOUN.sub("", phrase)


_FATE_BEFORE_NOUN = re.compile(r"\b(?:kidnapped|abducted|missing|detained|arrested|captured|wounded|injured)\s+(?=\w)", re.I)

# "Two guards were shot dead. A third guard died in hospital", "a fourth victim succumbed
# on Monday": the rank says how many have died by then, the ones told before among them.
_ORDINAL_DEATH = re.compile(rf"\b(?:a|the)\s+(?P<o>{ORDINAL_RX})\s+(?:(?!(?:was|were|and|or|of|in|on|at)\b)[\w'-]+\s+){{0,2}}?"
                            r"(?:(?:was|has\s+been|had\s+been|is)\s+)?(?:(?:later|also|subsequently|eventually|reportedly)\s+)?"
                            r"(?:killed|died|dies|succumbed|perished|shot\s+dead|found\s+dead|gunned\s+down|murdered|lynched)\b"
                            rf"|\b(?:body|corpse)\s+of\s+(?:a|the)\s+(?P<o2>{ORDINAL_RX})\b", re.I)


def ordinal_death(sentence: str) -> int:
    """The rank of the dead a sentence tells ("a third victim died": 3), else 0."""
    m = _ORDINAL_DEATH.search(sentence)
    return ORDINALS[(m.group("o") or m.group("o2")).lower()] if m else 0

# "An army raid ended with the deaths of nine insurgents", "the operation brought about the
# deaths of four bandits": deaths with a figure, named as a noun, are the event's own
# unless what comes before makes them its cause or another event ("protested the deaths
# of two students", "in revenge for the deaths of three herders").
DEATHS_OF = re.compile(rf"\bdeaths\s+of\s+(?P<np>(?:at least\s+|some\s+|about\s+|more than\s+)?(?:{NUM})\b[^,.;:()]{{1,60}}?)"
                       r"(?=\s*(?:[,.;:()]|$|\b(?:in|on|at|near|when|while|as|after|during|by|who|from|with|inside|outside)\b))", re.I)
_DEATHS_RECALLED = re.compile(r"\b(?:after|following|over|for|protest\w*|demonstrat\w*|rall\w*|march\w*|condemn\w*|mourn\w*|denounc\w*|investigat\w*|probe|inquiry"
                              r"|revenge|retaliat\w*|reprisal|aveng\w*|justice|blam\w*|responsib\w*|accus\w*|demand\w*|mark\w*|commemorat\w*"
                              r"|anniversary|since|before|memory|honou?r\w*|funeral|burial|buried|compensat\w*|suspected|charged|arrested)\b[^.;]*$", re.I)


def deaths_recalled(before: str) -> bool:
    """What precedes "the deaths of …" makes them a cause or another event."""
    return _DEATHS_RECALLED.search(before[-80:]) is not None

# "The attack claimed 14 lives", "the clashes cost at least 9 lives": the dead as lives taken.
LIVES_TAKEN = re.compile(rf"\b(?:claim(?:s|ed|ing)?|cost(?:s|ing)?|t(?:ook|akes|aking))\s+(?:at least\s+|some\s+|about\s+|more than\s+|over\s+)?"
                         rf"(?P<n>{NUM})\s+(?:more\s+|other\s+|innocent\s+|human\s+|civilian\s+)?lives\b", re.I)
LIVES_TAKEN = gated(LIVES_TAKEN)  # (scanned only in text holding a string every match needs)

# Others who died in the same event, told after its killing verb: "19 people were killed,
# as well as the three attackers", "killed four soldiers as well as two civilians",
# "killed 6 people on Monday and 4 more on Tuesday" (not "… and 4 others were wounded");
# also the dead told by the time they died: "two died on the spot and three others later in
# hospital", "one was killed at once and another later" (the same event's wounds).
_HURT_WORDS = r"(?:wound\w*|injur\w*|hurt|missing|abduct\w*|kidnap\w*|arrest\w*|displaced|captur\w*|detain\w*|rescued)"
_AFTER_NP = r"(?=\s*(?:[,.;:()]|$|\b(?:in|on|at|near|who|after|during|when|while|by|from|inside|outside)\b))"
_LATER = r"(?:\s+(?:later|subsequently|afterwards))"
_MORE_DEAD = re.compile(rf",?\s+as\s+well\s+as\s+(?P<np>(?:the\s+)?(?:at least\s+)?(?:{NUM}|an?|another|one)\b[^,.;:()]{{0,50}}?){_AFTER_NP}"
                        rf"|\s+and\s+(?:another\s+)?(?P<more>(?:{NUM})\s+(?:more|others)|another(?={_LATER}\b)){_LATER}?\b{_AFTER_NP}", re.I)
# "… and three others in the raid were wounded": the others' fate is told after them
_HURT_AFTER = re.compile(rf"[^,.;:()]{{0,40}}?\b(?:were|was|are|is|got|been)\s+(?:\w+\s+)?{_HURT_WORDS}", re.I)
# "The dead included 4 soldiers and 3 civilians", "Among the dead were two children": the
# dead listed (read only when the sentence tells no other count: it may list the same dead).
_DEAD_LISTED = re.compile(r"\b(?:the\s+(?:dead|deceased|fatalities)\s+(?:included|include|includes|were|are|comprised)"
                          r"|among\s+the\s+(?:dead|deceased|fatalities)\s+(?:were|are|was|is))\s+(?:identified\s+as\s+)?"
                          rf"(?P<np>[^.;:()]{{1,80}}?){_AFTER_NP}", re.I)
_DEAD_LISTED = gated(_DEAD_LISTED)  # (scanned only in text holding a string every match needs)


def more_dead(text: str, verb_at: int | None, counted: bool) -> list[tuple[int, str]]:
    """(position, noun phrase) of the dead a sentence adds after its killing verb, or
    lists as "the dead" when it counts none otherwise."""
    found = []
    if counted and verb_at is not None:
        for m in _MORE_DEAD.finditer(text, verb_at):
            if not re.search(_HURT_WORDS, text[verb_at : m.start()], re.I) and not _HURT_AFTER.match(text, m.end()):
                key = "np" if m.group("np") else "more"
                found.append((m.start(key), m.group(key)))
    if not counted:
        found += [(m.start("np"), m.group("np")) for m in _DEAD_LISTED.finditer(text)]
    return found

# "Gunmen kidnapped three aid workers. Their bodies were found on Friday", "… abducting two
# others. The seized guards were executed", "… seized four fishermen. They were found dead
# days later": the dead are the people the
# sentence before told taken or missing; the count is theirs, and their deaths come on top
# of any told with the abduction.
_THEIR_BODIES = re.compile(r"^(\W*(?:later,?\s+)?)(?:their\s+(?:[\w-]+\s+)?(?=bodies\s+(?:were|have\s+been|had\s+been|are)\s+(?:\w+\s+)?"
                           r"(?:found|discovered|recovered|dumped|retrieved|exhumed)\b)"
                           r"|the\s+(?:captured|abducted|kidnapped|missing|seized)\s+(?:[\w-]+\s+)?(?-i:[a-z]+(?:s|men))\s+(?=(?:were|have\s+been"
                           r"|had\s+been)\s+(?:\w+\s+)?(?:found\s+dead|killed|executed|murdered|shot\s+dead|beheaded)\b)"
                           # "… went missing near Bor. They were later found dead": the pronoun for
                           # the people taken, read as they were counted
                           r"|they\s+(?=(?:were|have\s+been|had\s+been)\s+(?:(?:all|both|later|then|\w+ly)\s+){0,2}"
                           r"(?:found\s+dead|killed|executed|murdered|shot\s+dead|beheaded)\b))", re.I)
_FOUND_DEAD = re.compile(r"\b(?:bodies|corpses)\b|\bfound\s+dead\b|\b(?:killed|executed|murdered|shot\s+dead|beheaded)\b", re.I)
# (also people detained or arrested: "… were arrested by militiamen. Their bodies were found")
_TAKEN = re.compile(r"\b(?:kidnapp\w*|abduct\w*|seiz\w*|went\s+missing|disappear\w*|taken\s+hostage|captur\w*|detained|arrested"
                    r"|taken\s+away)\b", re.I)
_TAKEN = gated(_TAKEN)  # (scanned only in text holding a string every match needs)
_LET_GO = re.compile(r"\b(?:released|freed|escaped|rescued)\b", re.I)


def bodies_of_the_taken(sentences: list[str]) -> tuple[list[str], set[int]]:
    """Sentences with "their bodies" or "the captured men" told as the people counted as
    taken in the sentence before ("… kidnapped three aid workers. Their bodies were
    found"), and the indices of the sentences whose dead are such people."""
    out, taken = list(sentences), set()
    for i in range(1, len(out)):
        if not _TAKEN.search(out[i - 1]) or _LET_GO.search(out[i - 1]):
            continue
        head = _THEIR_BODIES.match(out[i])
        # (not the takers: "… held by two armed soldiers")
        counted = re.findall(rf"(?<!\bby )\b((?:{NUM})\s+(?:[\w-]+\s+){{0,2}}?(?-i:[a-z]+(?:s|men)))\b", out[i - 1], re.I)
        if head is not None and len(counted) == 1:
            noun = "The bodies of " if out[i][head.end() :].lower().startswith("bodies") else "The "
            out[i] = f"{head.group(1)}{noun}{counted[0]} " + out[i][head.end() + (6 if noun != "The " else 0) :]
        if (head is not None or re.match(r"\W*the\s+bodies\s+of\b", out[i], re.I)) and _FOUND_DEAD.search(out[i]):
            taken.add(i)
    return out, taken


# "Three of the injured died the next day", "one of the wounded later succumbed": dead among
# the hurt told before, more than the dead told with them.
OF_THE_HURT = re.compile(rf"\b(?:{NUM}|one)\s+of\s+(?:the|those)\s+(?:\w+\s+)?(?:injured|wounded|hurt|hospitali[sz]ed)\b"
                         r"(?=[^.;]*\b(?:died|dies|die|succumbed|succumb|perished|passed\s+away|killed)\b)", re.I)
OF_THE_HURT = gated(OF_THE_HURT, by_strings=False)  # (scanned only in texts where a match may be)


# "the bodies of three herders were found", "two bodies were recovered"
BODIES_FOUND = re.compile(r"\b(?:(?:the\s+)?(?:bod(?:y|ies)|corpses?)\s+of\s+(?P<np>[^,.;]{1,60}?)|(?P<count>(?:an?|one|" + NUM + r")\s+"
                          r"(?:(?!(?:near|in|on|at|the|of|by|with|from|to|and|or|his|her|their|a|an)\b)[\w-]+\s+){0,3}?(?:bod(?:y|ies)|corpses?))(?:\s+(?:with|bearing|believed to be|thought to be|assumed to be|of|riddled with|covered (?:in|with)|showing)(?:\s+[\w-]+){1,3}?)?"
                          r"|(?P<own>(?:his|her|(?:the|an?)\s+(?:[\w-]+\s+)?[\w-]+(?:['\u2019]s?|s))\s+(?:body|corpse)))"
                          r"\s+(?:(?:was|were|is|are|had been|have been|has been)\s+)?(?:(?:later|then|eventually|\w+ly"
                          r"|on\s+\w+(?:\s+" + TIMES_OF_DAY_RX + r")?)\s+)?"
                          r"(?:found|discovered|recovered|retrieved|dumped|exhumed|collected"
                          # "nine bodies were taken to the morgue": the dead of the event brought in
                          r"|(?:taken|brought|transported|delivered|carried)\s+to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:morgue|mortuary)"
                          # "four bodies were carried away", "two bodies were pulled out of the river"
                          r"|(?:taken|carried)\s+away|removed|pulled\s+(?:out|up|from)|fished\s+out|washed\s+(?:up|ashore)"
                          r"|arrived\s+at\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:morgue|mortuary))\b"
                          r"|\b(?:found|discovered|recovered|retrieved|exhumed)\s+(?:the\s+)?(?:(?:bod(?:y|ies)|corpses?)\s+of\s+(?P<np2>[^,.;]{1,60}?)"
                          r"(?=\s+(?:in|on|at|near|inside|along|by|from|dumped|lying)\b|[,.;]|$)|(?P<count2>(?:an?|one|" + NUM + r")\s+"
                          r"(?:(?!(?:near|in|on|at|the|of|by|with|from|to|and|or|his|her|their|a|an)\b)[\w-]+\s+){0,3}?(?:bod(?:y|ies)|corpses?)))", re.I)


# "3 villagers died, including 2 farmers who were shot dead and 1 trader who was hacked
# to death": the list after "including" goes on past its own verbs; its later members are
# part of the whole too.
SUBSET_GOES_ON = re.compile(r"\b(?:including|among\s+them|among\s+whom)\b[^.;:,]*\band\s+$", re.I)


# How a later sentence of the incident relates its dead to those told first (read by
# ``fatalities.count_fatalities``).
# "… 12 insurgents were also killed", "Another 3 people died as well": more dead.
ALSO_KILLED = re.compile(r"\b(?:were|was|have been|had been) also (?:killed|shot dead|slain|neutrali[sz]ed)\b"
                         r"|\balso (?:died|perished|lost their lives)\b|\b(?:killed|shot dead|slain|died|perished|dead) as well\b", re.I)
# "… An officer later died of his wounds": one wounded in the event, dead since, on top of
# those killed outright.
DIED_OF_WOUNDS = re.compile(r"\b(?:later|subsequently|since)\s+(?:died|succumbed)\b|\b(?:died|succumbed)\s+(?:later\s+)?"
                            r"(?:of|from|to)\s+(?:his|her|their)\s+(?:wounds|injuries|gunshot wounds)\b"
                            # "a wounded passenger died in hospital": one hurt in the event, dead since
                            r"|\b(?:wounded|injured)\s+(?:[\w-]+\s+){1,2}(?:later\s+)?(?:died|succumbed)\b", re.I)
# "Eleven died in all", "a total of 9 dead": the report's own sum of the event's dead.
TOTAL_TOLD = re.compile(r"\b(?:in total|a total of|in all|altogether)\b", re.I)
# "the army reported 15 soldiers killed; the militants claimed 64", "…, while the rebels
# claimed to have killed 40": where another source's claim begins.
OTHER_SOURCE = re.compile(r"(?:;|,?\s+(?:while|whereas|but))\s+(?=[^;,]{0,40}\b(?:claimed|claims|said|says|reported|according to"
                          r"|put the (?:death )?toll)\b)", re.I)
# "Militants killed 8 soldiers. Five of the soldiers died in the blast", "… Three of them
# were beheaded": a part of the dead told before, named by "of the …" or "of them", said
# again with how they died; not a lower figure for the same dead, nor more dead.
# (not when the sentence gives the rest to another deed: "One of the thieves a crowd beat to
# death, police shot the other" tells two events, ACLED codes one per actor pair)
PART_TOLD_AGAIN = re.compile(rf"{QUAL}(?:{NUM}|one)\s+of\s+(?:them|(?:the|those|these)\s+(?P<words>[\w-]+(?:\s+[\w-]+){{0,2}}))\b", re.I)
_REST_ELSEWHERE = re.compile(r"\bthe\s+(?:other|others|rest|remaining)\b", re.I)


def part_told_again(sentence: str, at: int, nouns) -> bool:
    """Whether the figure at ``at`` is "N of them" or "N of the <noun>" with a noun of the
    dead told before (``nouns``), or of "the dead", "the victims", "those killed"."""
    m = PART_TOLD_AGAIN.match(sentence, at)
    if m is None or _REST_ELSEWHERE.search(sentence):
        return False
    if not m.group("words"):
        return True  # "three of them"
    words = m.group("words").lower().split()  # "of the soldiers", "of the Somali gunmen"
    return words[0] in ("dead", "victims", "killed", "deceased", "fatalities", "bodies") or any(w in nouns for w in words)


# "… killing 7 protesters, witnesses said. The government said 2 people died": another
# source's figure for the event's dead, told of people in general; a lower one is the
# conservative figure (ACLED takes the lowest credible report), as a lower figure for the
# same victims' noun is.
SOURCE_OF_FIGURE = re.compile(r"\b(?:said|says|according\s+to|claimed|claims|reported|confirmed|stated|told|put|puts|estimated)\b", re.I)
GENERIC_DEAD = ("", "people", "persons", "person")
# "A gunman killed four people …", "The attacker stabbed two worshippers …": a lone killer
# opening the sentence (a "he" or "him" after several victims is he).
LONE_KILLER = re.compile(r"\W*(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?(?:gunman|attacker|assailant|shooter|bomber|killer|militant|soldier"
                         r"|policeman|police\s+officer|officer|guard)\b(?!\s+(?:was|were|is|had\s+been)\b)", re.I)
# "He later died", "the victim died of his wounds": someone the report told of already.
KNOWN_ALREADY = re.compile(r"(?:he|she|they|the|this|that|these|those|both|all|his|her|their)\b", re.I)
# A figure told as uncertain ("may" in lower case: the month "5 May" hedges nothing).
HEDGED = re.compile(r"\b(?:feared|unconfirmed|(?-i:may)|might|possibly|could|allegedly)\b", re.I)
# "two more soldiers died", "Another 3 people died later": a count said to come on top of the first.
OTHER_COUNT = re.compile(rf"(?:{QUAL})(?:{NUM})\s+(?:other|more)\b", re.I)
FURTHER_COUNT = re.compile(rf"^\W*(?:another|a further|an additional)\s+(?:{NUM})\s", re.I)
# "46 were killed - 31 on the day, 15 of wounds later", "9 died: 5 soldiers and 4 civilians":
# the figures after a dash or colon break the first down (not "- a further 3 …", more dead).
BREAKDOWN = re.compile(r"(?:\s[-\u2013\u2014]|:)\s+(?!(?:and|plus|as well as|while|whereas|also|a further|another|more|other)\b)", re.I)

# "Militants ambushed a patrol, wounding four soldiers. The militants claimed to have
# killed 12", "… the group said its men killed nine soldiers": a party's own claim of
# the dead, where the report itself counts the hurt only. ACLED takes the lowest credible
# figure: the claim is not the event's dead (alone, with nothing against it, it stands).
SIDE_CLAIM = re.compile(rf"\bclaim(?:s|ed|ing)?\s+(?:to\s+have\s+killed|(?:that\s+)?(?:it|they|its\s+[\w-]+|their\s+[\w-]+)\s+(?:had\s+)?killed"
                        rf"|(?:at\s+least\s+|some\s+|more\s+than\s+|over\s+)?(?:{NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:dead|killed|deaths|casualties|lives))"
                        r"|\b(?:saying|said|says|adding|added)\s+(?:that\s+)?(?:its|their)\s+(?:[\w-]+\s+)?(?:fighters|men|forces|troops|militants"
                        r"|mujahideen|units?|soldiers|members)\s+(?:had\s+)?killed\b"
                        # "… two guards hurt. Another account put the dead at six":
                        # another source's figure against the report's own count of the hurt
                        r"|\b(?:a\s+second|another|other|some|unconfirmed|separate|conflicting)\s+(?:reports?|sources?|accounts?)\b", re.I)
_HURT_COUNTED = re.compile(rf"\b(?:wound|injur)(?:ed|ing)\s+(?:at\s+least\s+)?(?:{NUM}|one|an?)\b"
                           rf"|\b(?:{NUM}|one)\s+(?:[\w-]+\s+){{0,3}}?(?:(?:were|was|have\s+been|had\s+been|are|is)\s+)?(?:\w+ly\s+)?"
                           r"(?:injured|wounded|hurt)\b", re.I)


# (those who saw it are no party: "villagers say four died" is a report of the dead)
_WITNESSES = re.compile(r"\b(?:residents|witness\w*|eyewitness\w*|locals|villagers|relatives|famil(?:y|ies)|elders|neighbou?rs"
                        r"|doctors|medics|hospital|survivors)\b[^.;]{0,25}$", re.I)


def side_claim_at(sentence: str) -> int | None:
    """Where a party's own claim of the dead begins in the sentence (see ``SIDE_CLAIM``)."""
    m = SIDE_CLAIM.search(sentence)
    return m.start() if m is not None and not _WITNESSES.search(sentence, max(0, m.start() - 60), m.start()) else None


def hurt_counted(sentence: str) -> bool:
    """The sentence counts people hurt ("wounding four soldiers", "two were injured")."""
    return ("injur" in sentence or "wound" in sentence or "hurt" in sentence) and _HURT_COUNTED.search(sentence) is not None


# "clashes over three days", "two days of fighting", "the siege lasted four
# days": the days a report's violence lasted, over which a total of dead is told (not "the
# last of four days of protests": that day's own event; not "a second raid in two days").
_DAYS = r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|[2-9]|1[0-4])"
_DAYS_OF_VIOLENCE = re.compile(rf"\b(?:over|across|during)\s+(?:the\s+(?:course|space)\s+of\s+|a\s+period\s+of\s+)?{_DAYS}\s+days\b"
                               rf"|(?<!\bof\s){_DAYS.replace('P<n>', 'P<m>')}(?:\s+|-)days?\s+of\s+(?:[\w-]+\s+)?"
                               r"(?:clash\w*|fighting|violence|attacks|unrest|riots|rioting|protests|raids|battles|hostilities|siege|shelling)\b"
                               rf"|\b(?:last(?:s|ed|ing)?|continu(?:es|ed|ing)|raged?)\s+(?:for\s+)?(?:over\s+)?{_DAYS.replace('P<n>', 'P<o>')}\s+days\b"
                               # "a three-day siege", "the two-day clashes"
                               rf"|\b{_DAYS.replace('P<n>', 'P<q>')}-day\s+(?:[\w-]+\s+)?(?:clash\w*|fighting|battles?|siege|offensive|attacks?|raids?"
                               r"|violence|riots?|rioting|standoff|unrest)\b", re.I)
# "over a 36-hour period", "in 48 hours of fighting", "a 72-hour siege": the span told in
# hours, as many days as it covers (from 36 hours on: a shorter span may lie in one day)
_HOURS_OF_VIOLENCE = re.compile(r"\b(?:(?:over|across|during|in|within|(?:rag|last|continu)\w*\s+for)\s+(?:the\s+(?:course|space)\s+of\s+)?(?:an?\s+|the\s+)?(?:period\s+of\s+)?"
                                r"(?P<h>\d{2,3})(?:\s+|-)hours?\b(?!\s+(?:later|after|before|earlier|ago))"
                                r"|(?P<g>\d{2,3})(?:\s+|-)hours?\s+of\s+(?:[\w-]+\s+)?(?:clash\w*|fighting|violence|attacks|unrest|riots|rioting|battles|hostilities|siege|shelling)\b"
                                r"|(?P<k>\d{2,3})-hour\s+(?:[\w-]+\s+)?(?:clash\w*|fighting|battles?|siege|offensive|attacks?|raids?|violence|standoff|unrest)\b)", re.I)
# a day of the span named for some of the dead: the figure is told per day
_DAY_NAMED = re.compile(r"\b(?:first|second|third|fourth|last|final|each|every|per|following|next|same|previous)\s+day\b|\ba\s+day\b", re.I)


def days_of_violence(sentence: str) -> int:
    """The days the sentence says its violence lasted (0: none told, or a day named)."""
    if "hour" in sentence and (h := _HOURS_OF_VIOLENCE.search(sentence)) is not None and not _DAY_NAMED.search(sentence):
        hours = int(h.group("h") or h.group("g") or h.group("k"))
        return -(-hours // 24) if 36 <= hours <= 14 * 24 else 0
    if "days" not in sentence and "-day" not in sentence and "Days" not in sentence:
        return 0  # (every way of telling the days holds the word)
    m = _DAYS_OF_VIOLENCE.search(sentence)
    if m is None or _DAY_NAMED.search(sentence):
        return 0
    return to_int(m.group("n") or m.group("m") or m.group("o") or m.group("q")) or 0


# "leaving three dead on each side", "two fighters from each side were killed", "each side
# lost four men": the figure is one side's, told alike for both sides of a clash; ACLED
# counts every death of the event, so the dead are twice the figure (a total told first
# and broken down per side, "six were killed, three on each side", is not doubled: the
# per-side figure is no claim of its own there).
_SIDE_WORDS = r"(?:side|group|camp|party|faction|clan|community|tribe)"
_EACH_SIDE_AFTER = re.compile(rf"\s(?:on|from|for|of|in)\s+each\s+{_SIDE_WORDS}\b", re.I)
_EACH_SIDE_BEFORE = re.compile(rf"\beach\s+{_SIDE_WORDS}\s+(?:\w+\s+)?(?:lost|had|suffered)\s+(?:{QUAL})?$", re.I)
_OWN_FIGURE = re.compile(rf"\b(?:{NUM})\b|[,;:.()]|\s(?:and|while|but)\s", re.I)


def per_side_figure(sentence: str, at: int) -> bool:
    """Whether the figure at ``at`` counts the dead of each side (see ``_EACH_SIDE_AFTER``):
    the words "each side" follow it in its own phrase (no other figure or clause between),
    or open the clause whose losses it tells."""
    if _EACH_SIDE_BEFORE.search(sentence, max(0, at - 40), at):
        return True
    m = _EACH_SIDE_AFTER.search(sentence, at, at + 80)
    if m is None:
        return False
    figure = re.match(rf"(?:{QUAL})?(?:{NUM}|an?)\b", sentence[at:], re.I)
    between = sentence[at + (figure.end() if figure else 0) : m.start()]
    return _OWN_FIGURE.search(between) is None


# "… left two dead, one in Bokkos and the other in Mangu", "three protesters were shot dead,
# two in Kosti and one in Sennar": the dead told place by place; ACLED codes an event per
# place, and the incident (placed at the first) carries the first place's share.
_SHARE = rf"(?:{NUM}|one|the\s+other|another|the\s+others|the\s+rest)\s+(?:[\w-]+\s+)?(?:in|at)\s+(?-i:[A-Z][\w'-]+)"
_PLACE_SHARES = re.compile(rf"(?:,|:|\s[-\u2013\u2014])\s*(?P<first>{NUM}|one)\s+(?:[\w-]+\s+)?(?:in|at)\s+(?-i:[A-Z][\w'-]+)"
                           rf"(?P<rest>(?:\s*,\s*{_SHARE})*,?\s+and\s+{_SHARE})", re.I)
# "two were killed on 7/3 and three on 8/3", "one on Monday, four on Tuesday", "a guard
# died on the 3rd and another … on 4 May": the dead told day by day
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY_FIGURE = re.compile(rf"\b(?P<n>{NUM}|one|another)\b(?:\s+[\w'-]+){{0,12}}?\s+on\s+(?:the\s+)?(?P<day>\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?"
                         rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+{_MONTH_WORD})?|{_MONTH_WORD}\s+\d{{1,2}}|{WEEKDAYS_RX})(?![\w/])", re.I)
# "… in Oldtown (8) and Newtown (7)": a place's share in brackets after its name
_PLACE_FIGURE = re.compile(r"(?-i:[A-Z][\w'-]+)\s*\((\d{1,4})\)")
_SHARE_FIGURE = re.compile(rf"\b(?P<n>{NUM}|one|the\s+other|another)\s+(?:[\w-]+\s+)?(?:in|at)\s", re.I)


def place_shares(sentence: str) -> tuple[int, int, list[int]] | None:
    """Where a sentence tells its dead place by place, and each place's figure (see
    ``_PLACE_SHARES``)."""
    if " in " not in sentence and " at " not in sentence:
        return None
    m = _PLACE_SHARES.search(sentence)
    if m is None:
        return None
    whole = [f.end() for f in re.finditer(rf"\b(?:{NUM})\b", sentence[: m.start()], re.I)]
    if not whole or re.search(r"\s(?:in|at)\s", sentence[whole[-1] : m.start()]):
        return None  # "killed 5 people in Segou, 3 in Sikasso and 2 in Kidal": the first place's own figure, not a whole
    shares = [to_int(m.group("first")) or 0] + [1 if re.match(r"the\s+other|another", f.group("n"), re.I) else to_int(f.group("n")) or 0
                                                 for f in _SHARE_FIGURE.finditer(m.group("rest"))]
    return (m.start(), m.end(), shares) if all(shares) else None


def first_place_share(total: int, sentences: list[str]) -> int:
    """The first place's share of a total told place by place (see ``_PLACE_SHARES``), when
    the shares add up to the total; else the total."""
    if total < 2:
        return total
    for s in sentences:
        if (found := place_shares(s)) is not None and sum(found[2]) == total:
            return found[2][0]
        if "(" in s and len(shares := [int(n) for n in _PLACE_FIGURE.findall(s)]) > 1 and sum(shares) == total:
            return shares[0]  # "15 killed in Oldtown (8) and Newtown (7)"
    return total


def first_day_told(total: int, sentences: list[str]) -> int:
    """The first day's share of a total told day by day (see ``_DAY_FIGURE``: "two were
    killed on Monday and three on Tuesday"), when the shares add up to the total (ACLED
    codes an event per day); else the total."""
    for s in sentences if total > 1 else []:
        if " on " in s and len(days := [(to_int(d.group("n")) or 1, d.group("day").lower()) for d in _DAY_FIGURE.finditer(s)]) > 1 \
                and len({day for _, day in days}) == len(days) and sum(n for n, _ in days) == total:
            return days[0][0]
    return total


# The perpetrators of an attack, named as such ("the gunman", "the two attackers", "both
# assailants"), and a killer counted among the dead already ("… including the gunman").
_PERPETRATOR = re.compile(r"(?:attackers?|assailants?|gunm[ae]n|shooters?|killers?|bombers?|perpetrators?|hostage-takers?)", re.I)
_DEFINITE = re.compile(r"(?:the|both|all)\b", re.I)
# the perpetrators named by a definite phrase before "of them" counts them
_PERPETRATORS_NAMED = re.compile(r"\b(?:the|both|all)\s+(?:[\w-]+\s+)?(?:attackers|assailants|gunmen|shooters|killers|bombers|perpetrators|hostage-takers)\b", re.I)
# "the attacker was among those killed", "… wounded or killed": among the dead counted, or
# not told dead for sure
_AMONG_THE_COUNTED = re.compile(r"\bamong\b|\b(?:wounded|injured|hurt)\s+or\s+killed\b|\bkilled\s+or\s+(?:wounded|injured|hurt)\b", re.I)
_PERPETRATOR_COUNTED = re.compile(r"\b(?:including|among\s+them|as\s+well\s+as|and|himself|themselves)\s+(?:the\s+|both\s+|all\s+|two\s+|three\s+)?"
                                  r"(?:[\w-]+\s+)?(?:attackers?|assailants?|gunm[ae]n|shooters?|killers?|bombers?|perpetrators?)\b"
                                  r"|\b(?:himself|themselves)\b", re.I)


def perpetrators_killed(sentence: str, exact, first_told: str, figure: dict[str, int]) -> bool:
    """A later sentence whose dead are only the attack's perpetrators, told definitely ("the
    gunman was shot dead", "police killed the two attackers") or as "him" after a lone
    killer opened the first report ("A gunman killed five … Police shot him dead"); not when
    the first report counted them already."""
    if not exact or _AMONG_THE_COUNTED.search(sentence) or _PERPETRATOR_COUNTED.search(first_told) or any(_PERPETRATOR.fullmatch((k.split() or [""])[-1]) for k in figure):
        return False
    for c in exact:
        if _PERPETRATOR.fullmatch(c.noun) and _DEFINITE.match(sentence, c.pos):
            continue
        if c.noun == "person" and c.n == 1 and re.match(r"(?:him|he)\b", sentence[c.pos :], re.I) and LONE_KILLER.match(first_told):
            continue
        if c.noun == "them" and _PERPETRATORS_NAMED.search(sentence, 0, c.pos):
            continue  # "Troops cornered the gunmen and killed three of them": the attackers' own dead
        return False
    return True


# A crowd's grievance: "students marched against the killing of a classmate", "traders
# protested over the death of their colleague", "riots over the murder of two herders". The
# dead a crowd rises over are another event's (ACLED's codebook): where a later sentence of
# the report tells them again by a definite phrase ("The student was stabbed …", "their
# colleague died …"), that is the same death, not the crowd's own dead.
_GRIEVANCE = re.compile(r"\b(?:protest\w*|demonstrat\w*|march(?:ed|es|ing)?|rall(?:y|ied|ies|ying)|riot(?:ed|ing|s)?|mourn\w*|outrage)\s+"
                        r"(?:(?:in|at|near|outside|on|across)\s+(?:[\w'-]+\s+){1,3}?)?(?:(?:against|over|at|about|following|after)\s+)?(?:the\s+)?(?:alleged\s+|recent\s+|brutal\s+)?"
                        r"(?P<what>death|deaths|killing|killings|murder|murders|lynching|shooting)\s+of\s+(?P<np>[^,.;:()]{1,60})", re.I)
_TOLD_BEFORE = re.compile(r"\s*(?:(?:the|their|his|her|its|this|that)\s+(?!(?:\w+\s+){0,2}?(?:others?|more|rest)\b)|(?:he|she)\b)", re.I)


def grievance_dead(sentence: str) -> int:
    """How many dead a crowd rises over in ``sentence`` ("protested the killing of two
    guards" -> 2; "… the death of their colleague" -> 1), else 0."""
    m = _GRIEVANCE.search(sentence)
    if m is None:
        return 0
    figure = re.match(rf"\s*(?:at least\s+)?(?P<n>{NUM})\s", m.group("np"), re.I)
    return (to_int(figure.group("n")) or 1) if figure else 2 if m.group("what").endswith("s") else 1


def told_again_definitely(sentence: str, positions: list[int]) -> bool:
    """Whether every victim phrase at ``positions`` is definite ("the student", "their
    colleague", "he"): a death the report has named before, not a new one."""
    return bool(positions) and all(_TOLD_BEFORE.match(sentence, p) for p in positions)

