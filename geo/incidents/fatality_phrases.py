"""Reports of deaths that are not a killing verb with its victims: companions killed with
the victim ("along with his driver"), a killing named as a noun ("claimed the killing of
14 soldiers"), people set on fire, a side's own losses, a killer who took his own life
(a bomber who blew himself up is one of the dead); and the
sentences whose figures are not the event's own (totals over a period, earlier attacks).

The patterns find the noun phrase that holds the figure; ``fatalities.py`` reads the
figure from it as it reads a verb's victims."""

from __future__ import annotations

import dataclasses
import re

from geo.incidents.death_phrases import EARLIER_TIME, MISHAP_BEFORE_DEATH_OF
from geo.incidents.model import inside
from geo.incidents.numbers import MONTHS_RX, NUM, to_int
from geo.incidents.prefilter import PatternGroup, gated
from geo.incidents.victim_phrases import PERSON_WORD, THING_WORD, Claim, conjuncts, np_claim, side_of

# "was shot dead along with his two bodyguards", "killed the mayor together with his
# driver", "shot dead … together with his two sons", "… alongside his wife": the companions died in the same event (ACLED
# counts every death of the event).
COMPANIONS = re.compile(rf"\b(?:(?:(?:along|together)\s+with|alongside)\s+(?P<np>(?:(?:his|her|their|its|the|an?|{NUM}|at least|another|other)\s+)"
                        r"[^,.;:()]{1,60}?)"
                        r"|with\s+(?P<kin>(?:his|her|their)\s+(?:\w+\s+)?(?:wife|husband|sons?|daughters?|child|children"
                        r"|brothers?|sisters?|father|mother|family|driver|bodyguards?|guards?|nephew|niece|cousin)"
                        r"(?:\s+and\s+(?:\w+\s+)?(?:wife|husband|sons?|daughters?|child|children|brothers?|sisters?|father|mother|driver))?))"
                        r"(?=\s*(?:[,.;:()]|$|\b(?:in|on|at|near|when|while|as|after|during|by|inside|outside|who|were"
                        r"|was|had|have|has|(?-i:[a-z]+ing))\b))", re.I)

# "ISWAP claimed the killing of 14 soldiers", "announced the deaths of six soldiers",
# "resulting in the killing of a farmer": a killing named as a noun, with the verb that reports
# it or that it followed from (never "in revenge for the killing of …", "protested the
# death of …": those recall other events).
NAMED_KILLING = re.compile(r"\b(?:claim(?:s|ed|ing)?(?:\s+responsibility\s+for)?|announc(?:e|es|ed|ing)|confirm(?:s|ed|ing)"
                           r"|report(?:s|ed|ing)|result(?:s|ed|ing)?\s+in|le(?:d|ads|ading)\s+to|caus(?:e|es|ed|ing))\s+"
                           r"(?:the\s+)?(?:killings?|murders?|deaths?|massacre|execution|beheading|assassination)\s+of\s+"
                           rf"(?P<np>(?:{NUM}|an?|one)\b[^,.;:()]{{0,60}}?)"
                           r"(?=\s*(?:[,.;:()]|$|\b(?:in|on|at|near|when|while|as|after|during|by|inside|outside|and|who"
                           r"|from|with|along)\b))", re.I)

# "a mob set two suspected thieves on fire", "set ablaze three kidnappers" (also "sets",
# "setting": the present of headlines and a clause's participle), "four robbery
# suspects were set alight": a person set on fire is a person burned to death in the
# reports ACLED codes (lynchings); a house or a car set on fire is not a death.
_FIRE = r"(?:on\s+fire|alight|ablaze|aflame)"
SET_ON_FIRE = re.compile(rf"\bset(?:s|ting)?\s+(?P<np>(?!{_FIRE})[^,.;:()]{{1,50}}?)\s+{_FIRE}"
                         rf"|\bset(?:s|ting)?\s+{_FIRE}\s+(?P<np2>[^,.;:()]{{1,50}}?)(?=\s*(?:[,.;:()]|$|\b(?:in|on|at|near|after|before"
                         rf"|and|while|when|during|for|who|over)\b))"
                         rf"|(?P<np3>\b[^,.;:()]{{1,50}}?)\s+(?:were|was|had\s+been|have\s+been|has\s+been|are|is|got)"
                         rf"\s+(?:\w+ly\s+)?(?:also\s+)?(?:attacked\s+and\s+|beaten\s+and\s+|doused\s+\w+\s+\w+\s+and\s+)?set\s+{_FIRE}",
                         re.I)

# "killed his sergeant and then turned the rifle on himself": the killer died too.
SELF_KILLED = re.compile(r"\b(?:turn(?:s|ed|ing)?\s+the\s+(?:gun|weapon|rifle|pistol)\s+on\s+(?:himself|herself)"
                         r"|commit(?:s|ted|ting)?\s+suicide|t(?:ook|aking|akes)\s+(?:his|her)\s+own\s+life"
                         r"|(?:shot|shooting|kill(?:s|ed|ing))\s+(?:himself|herself)(?!\s+(?:and|along))\b)", re.I)
# The killer's own attack before he took his life: "wounded a guard and then took his own life"
# tells of no other death, but of the killer's.
ATTACK_BEFORE = re.compile(r"\b(?:shot|opened\s+fire|stabbed|attacked|fired|shooting|stabbing|attacking|firing)\b", re.I)

# "Since January, more than 300 people have been killed in gang violence", "Last month, 12
# people died in a similar attack", "in the past two months 10 people were killed": a
# total over a period, or another event's dead, not this event's figure.
OTHER_TIME = re.compile(rf"^\W*(?:since\s+(?:{MONTHS_RX}|(?:19|20)\d\d|the\s+(?:start|beginning)|early|late|mid)"
                        r"|so\s+far\s+this|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+|\w+\s+)?(?:days|weeks|months|years)"
                        r"|last\s+(?:month|year)|earlier\s+this\s+(?:month|year)|in\s+(?:a|an)\s+(?:similar|separate|earlier|previous)\b)"
                        rf"|\b(?:since\s+(?:{MONTHS_RX}|(?:19|20)\d\d|the\s+(?:start|beginning)\s+of)"
                        r"|so\s+far\s+this\s+(?:year|month)|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+|\w+\s+)?"
                        r"(?:weeks|months|years|month|year))\b", re.I)
OTHER_TIME = gated(OTHER_TIME, by_strings=False)  # (scanned only in texts where a match may be)

# "the army neutralised 23 terrorists and lost four soldiers": a side's own dead.
LOST_MEN = re.compile(rf"\blos(?:t|ing|es)\s+(?P<np>(?:at least\s+|some\s+|about\s+)?(?:{NUM})\s+"
                      # "lost six of their own": the side's own dead, the noun left out — only
                      # where the phrase ends there ("of their own homes" is property)
                      r"(?:of\s+(?:its|their|his|our)\s+own(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|near|during|when|while|after|to|and|as|but)\b)"
                      r"|(?:of\s+(?:its|their|his|our)\s+)?(?:[\w-]+\s+){0,2}?"
                      # ("lost one soldier", "losing a man": one of its own)
                      r"(?:soldiers?|troops|m[ae]n|fighters?|officers?|policem[ae]n|members?|personnel|comrades?|gendarmes?|guards?|militiam[ae]n)))\b", re.I)

# "The attackers lost four men", "the militia lost six of its own": the side that lost them
# is the subject of "lost" when the lost are told only as men (its word then names their
# side, so that another sentence's dead of the other side are counted with them).
_LOSER = re.compile(r"(?P<side>[A-Za-z]+)\s+(?:(?:had|have|has|also|reportedly|reported(?:ly)?|allegedly)\s+)*$")


def loser_side(text: str, at: int) -> str:
    """The side word of the subject right before "lost" at ``at`` ("the rebels lost …" ->
    "rebels"), else ""."""
    m = _LOSER.search(text, max(0, at - 40), at)
    return m.group("side").lower() if m is not None and side_of(m.group("side")) else ""


# "two herders died, as did one of the raiders", "…, as did a militant": others
# who died in the same event, told by comparison.
AS_WERE = re.compile(rf",\s+as\s+(?:was|were|did|had)\s+(?P<np>(?:at least\s+)?(?:an?|another|{NUM}|many|some)\b[^,.;:()]{{0,50}}?)(?=\s*(?:[,.;:()]|$|\b(?:in|on|at|near|who|after|during|when|while)\b))",
                     re.I)

# "a suicide bomber blew himself up at the gate", "two girls blew themselves up in the
# market", "a bomber who blows himself up": the bomber died in the attack, and ACLED counts
# the perpetrators' deaths. The subject (before the verb, or before its "who") tells how
# many blew themselves up. Read only where the report tells no other death: a figure of
# the dead ("…, killing six worshippers") is the report's own count and stands as it is
# (``fatalities.count_fatalities`` keeps the bombers for an incident with no other figure).
BLEW_SELF_UP = re.compile(r"\b(?:bl(?:ew|ows|owing|own)|detonat(?:ed|es|ing))\s+(?P<self>himself|herself|themselves)(?:\s+up)?\b", re.I)
_BOMBER_SUBJECT = re.compile(r"(?:^|[.;:(]\s*|,\s+(?!(?:and\s+)?(?:an?|one|two|three|four|five|\d+)\s)|\b(?:when|after|as|while|before|and|but)\s+)"
                             r"(?P<np>[^.;:(]{1,60}?)\s*,?\s*(?:\b(?:who|that)\s+)?(?:(?:\w+ly|also|then|had|has|have)\s+)*$", re.I)
BOMBERS = ("self-detonated",)  # the noun of those claims (not "bomber": "the bomber was also killed" is a death told)
# "shot the bomber before she blew herself up", "tried to detonate himself": no such death.
_BOMB_FOILED = re.compile(r"\b(?:before|could|would|to|tr(?:y|ied|ying)|attempt\w*|fail\w*|not|never)\s+(?:(?:he|she|they|it)\s+)?(?:could\s+)?$", re.I)

# Each scanned alone, and only in a sentence holding a word it needs (most hold none).
(COMPANIONS,), (NAMED_KILLING,), (SET_ON_FIRE,), (LOST_MEN,), (SELF_KILLED,), (AS_WERE,) = (
    PatternGroup([p]).members for p in (COMPANIONS, NAMED_KILLING, SET_ON_FIRE, LOST_MEN, SELF_KILLED, AS_WERE))
_NAMED_KILLING_WORDS = ("killing", "murder", "death", "massacre", "execution", "beheading", "assassination")


# Where a clause of its own begins within a sentence: a semicolon or a dash, or a comma before
# a phrase that sets the event among others ("…, bringing to 50 the soldiers killed since
# January", "…, adding that 30 had died in the past month", "…, the deadliest raid since
# March").
# "…, while a separate attack near Ansongo left two civilians dead", "…; in another raid,
# gunmen killed three": a clause that tells another event of the same report, whose dead
# are that event's (ACLED codes one event per place and day).
_ANOTHER_EVENT_AT = (r"(?:in\s+)?(?:(?:a|an)\s+(?:separate|unrelated|similar|second)|another)\s+(?:[\w-]+\s+)?"
                     r"(?:attacks?|incidents?|raids?|ambush(?:es)?|clash(?:es)?|blasts?|explosions?|strikes?|bombings?|shootings?|assaults?)\b")
_ANOTHER_EVENT_CLAUSE = re.compile(rf"(?:;|,?\s+(?:while|whereas)|,\s+(?:but|and))\s+{_ANOTHER_EVENT_AT}", re.I)
_CLAUSE_CUT = re.compile(rf";|\s[\u2013\u2014-]\s|,\s+(?=and\s+{_ANOTHER_EVENT_AT})|\s+(?=(?:while|whereas)\s+{_ANOTHER_EVENT_AT})"
                         r"|,\s+(?=(?:bringing|raising|taking|pushing|adding|while|whereas|but|and\s+(?:said|added)"
                         r"|(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:latest|deadliest|worst|bloodiest|biggest|largest|\d+(?:st|nd|rd|th))\b)\b)",
                         re.I)


def own_time_clauses(sentence: str) -> str | None:
    """The sentence with its clauses about another time blanked (positions kept), where
    some clause of it is about the event's own time ("Four villagers were killed near Djibo;
    it was the worst raid since March, when 40 died": the four); None where no clause is."""
    cuts = [0] + [m.start() for m in _CLAUSE_CUT.finditer(sentence)] + [len(sentence)]
    if len(cuts) == 2:
        return None
    clauses = [(a, b, other_time(sentence[a:b])) for a, b in zip(cuts, cuts[1:])]
    if all(other for _, _, other in clauses):
        return None
    return "".join(" " * (b - a) if other else sentence[a:b] for a, b, other in clauses)


def other_time(sentence: str) -> bool:
    """A sentence about a period's total or an earlier event (see ``OTHER_TIME``,
    ``death_phrases.EARLIER_TIME``)."""
    return OTHER_TIME.search(sentence) is not None or EARLIER_TIME.search(sentence) is not None \
        or (("other" in sentence or "separate" in sentence or "unrelated" in sentence or "similar" in sentence or "second" in sentence)
            and _ANOTHER_EVENT_CLAUSE.search(sentence) is not None)


def phrase_claims(text: str, spans, claims: list[Claim], add, causes_excluded: bool, verb_at: int | None) -> None:
    """Deaths told without a killing verb's subject or object (see ``fatality_phrases``)."""
    def person_claim(np: str, pos: int) -> Claim | None:
        if not PERSON_WORD.fullmatch(np.split()[-1] if np.split() else "") or THING_WORD.search(np):
            return None  # the phrase's head must name people: "two suspected thieves", not "two police camps"
        return sum_claims([c for off, part in conjuncts(np) if (c := np_claim(part, pos + off, text)) is not None])

    def sum_claims(found: list[Claim]) -> Claim | None:
        exact = [c for c in found if not c.vague]
        return dataclasses.replace(exact[0], n=sum(c.n for c in exact)) if exact else None

    if "fire" in text or "alight" in text or "ablaze" in text or "aflame" in text:
        for m in SET_ON_FIRE.finditer(text):
            key = "np" if m.group("np") else "np2" if m.group("np2") else "np3"
            np = m.group(key)
            if key == "np3":  # the subject: the last phrase before the verb
                cut = max((b.end() for b in re.finditer(r"[.;:,(]\s*|\b(?:when|after|while|as|who|which|that)\s+", np, re.I)), default=0)
                np = np[cut:]
            start = m.start(key) + len(m.group(key)) - len(np) if key == "np3" else m.start(key)
            # "set alight houses that belonged to two suspects": the houses burned, not the suspects
            np = re.split(r"\s+(?:that|which|belonging|owned|where)\b", np, maxsplit=1, flags=re.I)[0]
            if not inside(start, spans) and (c := person_claim(np.strip(), start)) is not None:
                add([c])
    if claims and (" with " in text or "alongside" in text):
        for m in COMPANIONS.finditer(text):
            # after the death it adds to: "the chairman along with his accomplices killed …" names the killers
            if verb_at is not None and m.start() > verb_at and not inside(m.start(), spans) and (c := person_claim(m.group(key := "np" if m.group("np") else "kin"), m.start(key))) is not None:
                add([dataclasses.replace(c, noun=f"with {c.noun}")])  # companions are others than the victim
    if not claims and not causes_excluded and " of " in text and any(w in text for w in _NAMED_KILLING_WORDS):
        for m in NAMED_KILLING.finditer(text):
            if MISHAP_BEFORE_DEATH_OF.search(text, max(0, m.start() - 60), m.start()):
                continue  # "a crash that led to the death of three": no violence
            if not inside(m.start(), spans) and (c := np_claim(m.group("np"), m.start("np"), text)) is not None:
                add([dataclasses.replace(c, pos=m.start())])  # read from its verb: "for the killing of" is no background here
    if claims and " as " in text:
        for m in AS_WERE.finditer(text):
            if verb_at is not None and m.start() > verb_at and not inside(m.start(), spans) \
                    and (c := np_claim(m.group("np"), m.start("np"), text)) is not None and not c.vague:
                add([dataclasses.replace(c, noun=f"as {c.noun}")])  # others than the dead told before
    if "lost" in text or "losing" in text or "loses" in text:
        for m in LOST_MEN.finditer(text):
            if not inside(m.start(), spans) and (c := np_claim(m.group("np"), m.start("np"), text)) is not None and not c.vague:
                add([dataclasses.replace(c, noun=f"lost {c.noun if side_of(c.noun) else loser_side(text, m.start()) or c.noun}")])
    if "himself" in text or "herself" in text or "suicide" in text or "own life" in text:
        for m in SELF_KILLED.finditer(text):
            if not inside(m.start(), spans) and not any(c.noun in ("attacker", "killer") for c in claims) and (
                    claims or ATTACK_BEFORE.search(text, 0, m.start())):
                add([Claim(1, "killer", m.start())])  # the killer took his own life in the event
    if "themselves" in text or "himself" in text or "herself" in text:
        for m in BLEW_SELF_UP.finditer(text):
            if claims or inside(m.start(), spans) or _BOMB_FOILED.search(text, max(0, m.start() - 30), m.start()):
                continue  # (the report's own figure of the dead stands: the bomber is read only where no other death is told)
            if m.group("self").lower() != "themselves":
                add([Claim(1, BOMBERS[0], m.start())])  # "himself", "herself": one
                continue
            subject = _BOMBER_SUBJECT.search(text, 0, m.start())
            own = np_claim(subject.group("np"), subject.start("np"), text) if subject else None
            if own is not None and not own.vague and own.n > 1:
                add([Claim(own.n, BOMBERS[0], m.start())])  # "two suicide bombers blew themselves up"


# "Local sources reported 30 dead; the army said 12", "the rebels said 20 soldiers were
# killed, the army said 4", "14 were killed according to rights groups, 7 according to the
# government": another source's figure for the same dead, its words of death left out; the
# lowest credible figure stands (ACLED's conservative rule).
ELLIPTICAL_FIGURE = re.compile(rf"(?:^|[,;]\s*|\b(?:while|whereas|but)\s+)(?:(?:the|local|other)\s+)?(?:[\w-]+\s+){{0,3}}?"
                               rf"(?:said|says|say|reported|reports|claimed|claims|counted|estimated"
                               rf"|put\s+(?:it|the\s+(?:death\s+)?toll|the\s+figure|the\s+number)\s+at)\s+(?:only\s+|just\s+)?(?P<n>{NUM})\s*(?=[.;,)]|$)"
                               rf"|,\s*(?P<n2>{NUM})\s+according\s+to\b", re.I)


def elliptical_figures(text: str) -> list[tuple[int, int]]:
    """(position, figure) of each source's figure told without its words of death (see
    ``ELLIPTICAL_FIGURE``)."""
    if "sa" not in text and "report" not in text and "claim" not in text and "according" not in text \
            and "put" not in text and "count" not in text and "estimat" not in text:
        return []
    return [(m.start(), n) for m in ELLIPTICAL_FIGURE.finditer(text) if (n := to_int(m.group("n") or m.group("n2")))]


# "One marcher died during the protest", "a demonstrator collapsed and died at the rally",
# "a man died amid the unrest": a death told as happening during the demonstration itself,
# the crowd's own dead (a peaceful protest keeps them), not the death it rose over.
_DIED_AT_DEMONSTRATION = re.compile(r"\b(?:died|killed|dead|death)\b[^.;]{0,60}?\b(?:during|in|at|amid)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?"
                                    r"(?:protests?|demonstrations?|rall(?:y|ies)|march|sit-in|violence|unrest|stampede|crush)\b", re.I)


def died_at_demonstration(sentences: list[str]) -> bool:
    return any(("died" in s or "killed" in s or "dead" in s or "death" in s) and _DIED_AT_DEMONSTRATION.search(s) for s in sentences)


# "Initial reports said four were killed, later reports said two", "first reports of 5
# dead, later reports of two": a figure told again as the reports changed, the same dead;
# the lower figure stands (ACLED's most conservative report), not the two added.
_LATER_REPORTS = re.compile(r"\b(?:initial(?:ly)?|first|early|earlier)\s+(?:\w+\s+)?reports?\b.{1,200}?"
                            r"\b(?P<later>(?:later|subsequent|updated|latest|newer)\s+(?:\w+\s+)?reports?)\b", re.I | re.S)


def reports_revised(text: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` with the figures of earlier and later reports of the same dead reduced to
    the lower (a sentence holding no such pair of reports: ``claims`` as they are)."""
    if "reports" not in text or (m := _LATER_REPORTS.search(text)) is None:
        return claims
    at = m.start("later")
    first = [c for c in claims if m.start() <= c.pos < at and not c.vague]
    then = [c for c in claims if c.pos >= at and not c.vague]
    if not first or not then:
        return claims
    dropped = first if sum(c.n for c in then) <= sum(c.n for c in first) else then
    return [c for c in claims if c not in dropped]
