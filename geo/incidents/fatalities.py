"""Fatalities as ACLED counts them: the most conservative report; "several", "many", an
unknown number: 10; "dozens": 12; "hundreds": 100; victims of one sentence added up."""

from __future__ import annotations

import re
from functools import lru_cache

from geo.incidents.background import background_spans
from geo.incidents.death_phrases import (ACTIVE_KILLING, AGE_AFTER_NAME, ALL_SIDES, first_day_told, first_place_share, perpetrators_killed, place_shares, ALSO_KILLED, BREAKDOWN, CHARGE_BEFORE, DEATHS_OF,
                                         DIED_OF_WOUNDS, FATALITIES_DESCRIBED, FURTHER_COUNT, GENERIC_DEAD, HEDGED, KNOWN_ALREADY, LATER_DAY, LIVES_TAKEN, LONE_KILLER,
                                         MISHAP_BEFORE_DEATH_OF, MISHAP_CAUSE, OF_THE_HURT, OTHER_COUNT, OTHER_SOURCE,
                                         PART_OF_WHOLE, RESCUED_BEFORE_DEATH, SOURCE_OF_FIGURE, SOURCE_OF_TOTAL, SUBSET_GOES_ON, SURVIVED,
                                         TOTAL_TOLD, bodies_of_the_taken, days_of_violence, dead_among_hurt, dead_described,
                                         deaths_recalled, grievance_dead, hurt_counted, more_dead, only_mob_verb, told_again_definitely, ordinal_death, part_told_again, per_side_figure, side_claim_at,
                                         vague_counts_no_people)
from geo.incidents.fatality_patterns import (AGE, AGED, BODIES, BRACKETED, CASUALTIES_UNCOUNTED, CAUSE_CLAUSE,
                                             COMMA_ASIDE, DEATH_IN_ASIDE, DEATH_OF, DEATH_TOLL, DEED_PUNISHED, DENIED_BEFORE,
                                             FATALITIES_COUNT, FINITE_VERB, KILL_RX, MEMBERS_COUNTED, MISHAP_AFTER, MISHAP_BEFORE,
                                             MISHAP_THEN, NAMES_ASIDE, NO_DEATH_TO_DEATH, NOT_DONE, NP_BOUNDARY, OBJECT_WORDS, PART_OF_SUBJECT,
                                             PERSONAL_PRONOUN, QUOTED_WORDS, RELATIVE_ASIDE, REVISED_ASIDE, SHORT_ASIDE, SOURCE_ASIDE,
                                             SOURCE_SAID, SUBJECT_WITH_PLACES, SUBSET, TIME_BEFORE_OBJECT, TOLL_OF_A_PERIOD, TOLL_WORDS, VICTIMS_LISTED, VICTIMS_NAMED, TOLL_RISEN,
                                             UNKNOWN_COUNT, UNKNOWN_NUMBER_OF, VAGUE_DEAD, NAMED_BODY_MEMBER, AUX_THEN_TIME, VEHICLE_ATTACKED, WHO_DIED, normalise_ranges)
from geo.incidents.fatality_verb_words import (ACTIVE_AT, AUX_AT_END, BARE_KILL_VERB, CAPITALISED_NAME, DETERMINER_BEFORE, DIED_DOWN,
                                                FIGURE_OPENING, FOR_BEFORE, HURT_VERB, LOWER_WORD_AFTER, MODIFIED_NOUN_AFTER, NOT_ATTRIBUTE_AFTER,
                                                NO_BEFORE, NO_ONE_NAMED, OF_BEFORE, SINGULAR_PASSIVE, DEATH_WORD_ONLY, SUBJECT_WORDS, NOT_TOLD_AS_ONE, AGENT_WHO, PERSON_THAT, PARTICLE_AFTER, PASSIVE_AUX_RIGHT_BEFORE, PREPOSITION_AFTER,
                                                QUOTE_OPENING, SECOND_VERB, SECOND_VERB_OR_GERUND, SELF_OR_NO_ONE_AFTER, SINGULAR_AUX,
                                                TRAILING_COMMA, TRAILING_SPACE)
from geo.incidents.fatality_phrases import BOMBERS, elliptical_figures, other_time, own_time_clauses, phrase_claims, reports_revised
from geo.incidents.model import inside
from geo.incidents.numbers import NUM, TIMES_OF_DAY_RX, WEEKDAYS_RX, to_int
from geo.incidents.victim_phrases import NOT_PEOPLE as _NOT_PEOPLE
from geo.incidents.victim_phrases import QUAL as _QUAL
from geo.incidents.victim_phrases import UNIT_AFTER
from geo.incidents.victim_phrases import SINGULAR as _SINGULAR
from geo.incidents.victim_phrases import Claim as _Claim
from geo.incidents.victim_phrases import conjuncts as _conjuncts
from geo.incidents.victim_phrases import np_claim as _np_claim
from geo.incidents.victim_phrases import one_person as _one_person
from geo.incidents.victim_phrases import abbreviations_as_names, side_of, vague_noun


def fatality_statements(sentence: str) -> list[tuple[int, str]]:
    """(number, victim noun) for each report of deaths in a sentence."""
    return [(c.n, c.noun) for c in _fatality_claims(abbreviations_as_names(sentence))]


# A report's sentences are read for their dead several times over (the event type's
# choice asks, then the incident's count, often of the same sentences): the claims of a
# sentence, and the count of a list of sentences, are kept for the next ask (bounded: each
# text is new to a newswire, so only the asks about the current report are worth keeping).
@lru_cache(maxsize=256)
def _fatality_claims(sentence: str, causes_excluded: bool = False) -> tuple[_Claim, ...]:
    # "nine guards of the Eastern (Third) Brigade were killed":
    # a short aside with no figure is blanked (same length: positions stay valid).
    revised = [(a.start(), to_int(a.group("n"))) for a in REVISED_ASIDE.finditer(sentence)] if "(" in sentence else []
    text = normalise_ranges(sentence)
    if "(" in text and ("died" in text or "succumbed" in text):
        text = DEATH_IN_ASIDE.sub(lambda a: ", " + a.group(1), text)
    text = SHORT_ASIDE.sub(lambda a: " " * len(a.group()), text)
    if revised:
        text = REVISED_ASIDE.sub(lambda a: " " * len(a.group()), text)
    if "(" in text:
        text = SOURCE_ASIDE.sub(lambda a: " " * len(a.group()), text)
        text = RELATIVE_ASIDE.sub(lambda a: " " * len(a.group()), text)
    if text.count(",") >= 2 and " and " in text:
        text = NAMES_ASIDE.sub(lambda a: " " * len(a.group()), text)
    if "[" in text:
        text = BRACKETED.sub(lambda b: " " + b.group(1) + " ", text)  # "a suspected [Islamist] militant": an editor's insertion
    if text.count('"') + text.count("\u201c") >= 2:
        text = QUOTED_WORDS.sub(lambda q: " " + q.group(1) + " ", text)
    if "," in text or "(" in text:
        text = AGE_AFTER_NAME.sub(lambda a: re.sub(r"\d|\W", " ", a.group()), text)  # "Ali Omar, 41,": an age (and its commas)
    if text.count(",") >= 2:
        # (not the dead told by who they were: "The victims, two women and a child, were shot dead")
        text = COMMA_ASIDE.sub(lambda a: a.group() if VICTIMS_NAMED.search(text, 0, a.start()) and VICTIMS_LISTED.match(a.group())
                               else " " * len(a.group()), text)
    if "aged" in text:
        text = AGED.sub(lambda a: " " * len(a.group()), text)  # "a man, aged 45,": an age
    if "old" in text:
        text = AGE.sub(lambda a: " " * len(a.group(1)) + a.group(2), text)
    # (not after "were injured": "50 were injured, including police, and a leader was killed";
    # nor after casualties, the dead and hurt together: "15 casualties, including 5 dead")
    text = PART_OF_SUBJECT.sub(lambda a: a.group() if re.search(r"(?:injured|wounded|hurt|arrested|casualties)$", text[: a.start()])
                                else " " * len(a.group()), text)
    spans = background_spans(sentence)
    claims: list[_Claim] = []
    used: set[int] = set()

    denial = "deni" in text or "deny" in text or "dismiss" in text or "reject" in text or "refut" in text

    def add(found: list[_Claim]) -> None:
        for c in sorted(found, key=lambda c: c.pos):  # (a subject list is read from its verb back: the whole before its part)
            if c.pos in used or inside(c.pos, spans) or NO_BEFORE.search(text[max(0, c.pos - 4) : c.pos]):
                continue  # "no one was killed"
            if denial and DENIED_BEFORE.search(text, max(0, c.pos - 100), c.pos):
                continue  # "denied reports that 15 soldiers had been killed"
            if (SUBSET.search(text[max(0, c.pos - 20) : c.pos]) or (claims and (PART_OF_WHOLE.match(text, c.pos)
                                                                                  or SUBSET_GOES_ON.search(sentence, max(0, c.pos - 120), c.pos)))) \
                    and not dead_among_hurt(text[: c.pos]):
                continue  # a part of the dead counted already ("… killed, one of whom …"), not of the hurt
            used.add(c.pos)
            claims.append(c)

    objects: list[tuple[int, int]] = []  # victims' phrases read after an active verb
    lowered = text.lower()
    mishap_named = "accident" in lowered or "crash" in lowered or "collision" in lowered
    for m in KILL_RX.finditer(text):
        word = m.group().lower()
        if inside(m.start(), spans) or inside(m.start(), objects):
            continue  # the "dead" of "shoot the driver dead" is read with "shoot"
        after = text[m.end() :]
        if NOT_DONE.search(text[max(0, m.start() - 30) : m.start()]) or (
                word.startswith("murder") and OF_BEFORE.search(text[max(0, m.start() - 4) : m.start()])):
            continue  # "tried to kill the driver", "nearly lynched a thief": no one died of it
        if word.endswith("ing") and (FOR_BEFORE.search(text[max(0, m.start() - 6) : m.start()])
                                     or CHARGE_BEFORE.search(text[max(0, m.start() - 25) : m.start()])):
            continue  # "arrested for stabbing a trader to death", "charged with killing": the charge, a killing told elsewhere
        if NO_DEATH_TO_DEATH.fullmatch(word) or (word == "dead" and FOR_BEFORE.search(text[max(0, m.start() - 5) : m.start()])):
            continue  # "sentenced to death" (a sentence, no killing), "left for dead" (alive)
        if word.startswith("die") and DIED_DOWN.match(after):
            continue  # "the unrest died down": no one died
        if word in ("murdered", "slain", "assassinated", "executed", "martyred", "killed") and DETERMINER_BEFORE.search(text[max(0, m.start() - 12) : m.start()]) \
                and LOWER_WORD_AFTER.match(after) and not NOT_ATTRIBUTE_AFTER.match(after):
            continue  # "the funeral of a murdered trader", "the slain leader": a death recalled, not told
        if SELF_OR_NO_ONE_AFTER.match(after):
            continue  # "then killed himself": the killer's own death, read once (fatality_phrases.SELF_KILLED); "killed no one"
        if word in ("murder", "murders", "killing") and MODIFIED_NOUN_AFTER.match(after):
            continue  # "two murder suspects", "the murder weapon": a noun's modifier, no killing told
        if word in ("left", "leaving"):
            # "leaving seven rebels dead" (read at "dead"); "left 20 injured" is not a death.
            continue
        if (MISHAP_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) and not VEHICLE_ATTACKED.search(text[max(0, m.start() - 60) : m.start()])) \
                or MISHAP_AFTER.match(after) or MISHAP_CAUSE.match(after) \
                or (mishap_named and MISHAP_THEN.search(text[max(0, m.start() - 70) : m.start()])):
            continue  # "after a lorry killed two pedestrians", "died in a road accident": no violence
        # (in context: "shoot the driver dead" is active only with its "dead")
        active = ACTIVE_AT.match(text[m.start() :]) is not None and word not in ("dead", "died")
        if causes_excluded and CAUSE_CLAUSE.search(text[max(0, m.start() - 80) : m.start()]):
            continue  # a death the crowd reacted to (demonstrations only)
        if active and (DEED_PUNISHED.search(text[max(0, m.start() - 45) : m.start()]) and not AGENT_WHO.search(text, max(0, m.start() - 45), m.start())
                       or PERSON_THAT.search(text, max(0, m.start() - 60), m.start())):
            continue  # "lynched a man who had killed his neighbour": the crime, not this event's dead
        # "beat and stabbed two guards": the victims follow the second verb
        conj = (SECOND_VERB_OR_GERUND if word.endswith("ing") else SECOND_VERB).match(after) if active else None
        if conj and not KILL_RX.fullmatch(conj.group("v")) and not HURT_VERB.match(conj.group("v")) \
                and OBJECT_WORDS.match(after, conj.end()):
            objects.append((m.end(), m.end() + conj.end()))
            m_end, after = m.end() + conj.end(), after[conj.end() :]
        else:
            m_end = m.end()
        particle = PARTICLE_AFTER.match(after) if active else None  # not "killed up to 15"
        if particle:
            m_end, after = m_end + particle.end(), after[particle.end() :]  # "beat up two men to death"
        when = TIME_BEFORE_OBJECT.match(after) if active else None
        if when:
            m_end, after = m_end + when.end(), after[when.end() :]  # "killed on Sunday 12 villagers": the day, then the dead
        if active and OBJECT_WORDS.match(after) and not PREPOSITION_AFTER.match(after) \
                and not ((UNIT_AFTER.match(after.lstrip(), len(FIGURE_OPENING.match(after).group().lstrip())) or "ing" not in word)
                         and PASSIVE_AUX_RIGHT_BEFORE.search(text[: m.start()])):  # "were killed 200 metres from …", "was shot dead 12 others were hurt": a passive takes no object
            # "killed two gendarmes and wounded a soldier": the object is the victims; what
            # comes before the verb is who killed ("Two armed men … killed").
            quote = QUOTE_OPENING.match(after)
            skip = quote.end() if quote else 0
            stop = NP_BOUNDARY.search(after, skip)
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
            parts = [pt for i, pt in enumerate(parts) if not (i and SOURCE_SAID.search(pt[1]))]
            add([c for off, part in parts
                 if (c := _np_claim(part, m_end + skip + off + (len(part) - len(part.lstrip())), text)) is not None])
            continue
        if word.endswith("ing") or word in ("kill", "kills") or BARE_KILL_VERB.fullmatch(word):
            continue  # "the killing", "to kill", "beats and kills": no one was killed in these words
        # Passive or stative: "15 people were killed", "two soldiers and a child died".
        before = text[: m.start()]
        before = TRAILING_SPACE.sub("", before)
        aux = AUX_AT_END.search(before + " ")  # \b: not the "or" of "councilor"
        if (aux is None or not aux.group().strip()) and (" on " in before or "day" in before or "night" in before) \
                and (timed := AUX_THEN_TIME.search(before)) is not None:
            aux = timed  # "Juan Perez was on Tuesday evening shot dead": the auxiliary, then the time
        head = before[: aux.start()] if aux and aux.group().strip() else before
        if aux and (re.match(r"both\s", aux.group(), re.I) and re.search(r"(?:^|[;:.]|\band)\s*$", head)
                    or re.search(r"\band\s+both\s", aux.group(), re.I)):
            # "…; both were later found dead", "the two were chased and both were shot dead":
            # "both" the subject, not an adverb (nor the phrase before "and": the two are those)
            add([_Claim(2, "both", aux.start() + aux.group().lower().find("both"))])
            continue
        head = TRAILING_COMMA.sub("", head)  # "A rebel leader, Tomas Verhal, was killed"
        # (a list of kin goes on past its comma: "a farmer, his wife and son were killed")
        cut = max((b.end() for b in re.finditer(r"[.;:(\[\"\u201c]|,\s(?!(?:and\s+)?" + _QUAL + r"(?:" + NUM + r"|an?|one|another)\b)"
                                                 r"(?!(?:his|her|their)\s+[\w-]+\s+and\s)"
                                                 r"|\b(?:when|after|while|as|that|which|who|where|because|but|including)\b"
                                                 # "Two days later the trader died": the time, then the subject
                                                 r"|\b(?:days|weeks|hours|months)\s+(?:later|afterwards)\b"
                                                 # "A raid on a herder village left 7 dead": the dead follow "left"
                                                 r"|\b(?:leaves|left|leaving|leave)\b(?=\s+" + _QUAL + r"(?:" + NUM + r"|an?|one)\b(?:\s+\S+){0,4}\s*$)"
                                                 # "Police said three bandits and an officer died": the dead follow the source's verb
                                                 r"|\b(?:said|says|reported|stated|added|confirmed|announced)\b(?!\s+(?:to|as)\b)"
                                                 # ("Police said on Monday a man was killed": the day the source spoke, then the subject)
                                                 rf"(?:\s+(?:on\s+)?{WEEKDAYS_RX}(?:\s+{TIMES_OF_DAY_RX})?(?=\s+(?:an?|one|the|\d)\s))?", head, re.I)),
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
                        and (len(p.split()) <= 4 or not FINITE_VERB.search(p)):
                    c = _np_claim(p, at, text)
                if c is None:
                    # "… resulted in a soldier and a militiaman killed": the list's first
                    # member is the end of a longer clause
                    tail = re.search(rf"\b(?:result(?:s|ed|ing)? in|leaving|left)\s+(?P<np>(?:{_QUAL})?(?:{NUM}|an?|one)\s+"
                                     rf"(?:[\w'-]+\s+){{0,3}}?[\w'-]+)\s*$", p, re.I)
                    if tail:
                        c = _np_claim(tail.group("np"), at + tail.start("np"), text)
                if c is None and (one := re.fullmatch(rf"(?:the|his|her|their{'|' if cut == 0 and k == 0 else ''})\s*(?<!\w)(?:[\w'-]+\s+){{0,2}}?(?P<noun>{_SINGULAR})", p, re.I)):
                    c = _Claim(1, one.group("noun").lower(), at)  # "the driver and his aide were killed", a headline's "Driver and guard killed": one each
                if c is None and found[-1].noun == "person" and re.fullmatch(r"(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})", p):
                    c = _Claim(1, "person", at)  # "Juan Perez and Maria Lopez were murdered": people named
                if c is None:
                    break
                found.append(c)
                continue
            hm = re.match(rf"(?:(?:an?|one|another|the|a single|his|her)\s+|(?-i:[A-Z][\w-]*)\s+)(?:[\w'-]+\s+){{0,4}}?"
                          rf"(?P<noun>{_SINGULAR})\b(?!['\u2019]s)(?!\s+{TOLL_WORDS})", p, re.I)  # (not "the police toll is 9")
            if hm and not re.search(r"[,;]", p) and not re.match(rf"(?:(?:the|these|those|all)\s+)?{_QUAL}(?:{NUM})\b", p, re.I) \
                    and not MEMBERS_COUNTED.search(p):  # ("a family of five was killed": the five)
                c = _Claim(1, hm.group("noun").lower(), at)  # "A driver who owed 40 dollars was …"
            elif re.match(rf"(?:(?:the|these|those|all)\s+)?{_QUAL}(?:{NUM})\b", p, re.I):
                c = _np_claim(p, at, text)
            else:
                inner = re.search(rf"(?<!\w)(?:(?:the|these|those|all)\s+)?{_QUAL}(?:{NUM})\b(?:\s+[\w'()-]+){{0,5}}?\s*$", p, re.I)
                if inner and re.fullmatch(r"[\w'() -]*", p[inner.start():]):
                    c = _np_claim(p[inner.start() :], at + inner.start(), text)
                elif len(p.split()) <= 4 or UNKNOWN_NUMBER_OF.match(p):  # ("an unknown number of militants": one side's dead)
                    c = _np_claim(p, at, text)
                elif _one_person(p):
                    c = _Claim(1, "person", at)  # "a 17 year old market porter was killed"
                elif len(p.split()) <= 6 and NAMED_BODY_MEMBER.fullmatch(p):
                    # "(A senior,) off-duty Border Security Force officer was shot dead": one
                    # person told by the body he served, its name in capitals
                    c = _Claim(1, NAMED_BODY_MEMBER.fullmatch(p).group("noun").lower(), at)
            if c is None:
                break
            found.append(c)
        singular = aux is not None and SINGULAR_AUX.search(aux.group())
        if len(found) > 1 and singular and all(c.n == 1 and not c.vague for c in found) and not re.search(
                r"\band\s+(?:an?|the|his|her|one)\s", chunk, re.I):
            found = found[:1]  # "an outspoken imam and Taliban critic was killed": one person, two descriptions
        if len(found) == 2 and all(c.n == 1 and not c.vague for c in found) and " and " not in chunk \
                and re.match(r"\s*(?:the|his|her|their|its)\s", parts[-2][1], re.I) and re.match(r"\s*an?\s", parts[-1][1], re.I):
            found = found[:1]  # "the victim, a 25-year-old student, died": one person, told again as who he was
        if len(found) > 1 and found[-1].noun in ("people", "persons") and not found[-1].vague \
                and all(c.n == 1 for c in found[:-1]) and len(found) - 1 <= found[-1].n:
            found = found[-1:]  # "6 persons, a vendor and an engineer, were killed": who the six were
        if word in ("die", "dies"):
            # the present tense of headlines counts only a figure or a person named ("two
            # die", "a guard dies"), not a class of people ("soldiers die for nothing")
            found = [c for c in found if not c.vague]
        # "A man accused of leading a gang that killed two traders was lynched": a figure in
        # the subject's description recalls another event; the subject is the one who died
        found = [c for c in found if not inside(c.pos, spans)]
        name = CAPITALISED_NAME.fullmatch(chunk)
        if not found and singular and name and not NO_ONE_NAMED.match(chunk):
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
                else WHO_DIED.search(head)
            if relative and (c := _np_claim(relative.group("np"), relative.start("np"), text)) is not None:
                found.append(c)  # "troops shot a smuggler, who died of his wounds"
            elif subject and len(head[outer:].split()) <= 20:
                found.append(_Claim(1, subject.group("noun").lower(), outer))
            elif counted and len(head[outer:].split()) <= 20 and to_int(counted.group("n")) \
                    and not _NOT_PEOPLE.match(head[outer:], counted.start("noun") - 1):
                # "Two women who were accused of sorcery are lynched"
                found.append(_Claim(to_int(counted.group("n")), counted.group("noun").lower(), outer))
            elif (placed := SUBJECT_WITH_PLACES.fullmatch(head)) is not None:
                # "A trader in Oldtown, in the eastern district, was shot dead": the subject
                # before the places that say where it was.
                found.append(_Claim(1, placed.group("noun").lower(), placed.start("noun")))
            elif re.fullmatch(r"\s*(?:an?|one|another)\s+(?-i:[A-Z][a-z]{3,})\s*", chunk, re.I) and word in ("died", "dead", "killed", "slain"):
                found.append(_Claim(1, "person", cut))  # "a Syrian is dead": a people's name for one of them
            elif (singular or word in ("died", "dead")) and _one_person(chunk):
                found.append(_Claim(1, "person", cut))  # "a ferry mechanic was killed", "the cashier died"
            elif SINGULAR_PASSIVE.match(aux.group() if aux else "") and not DEATH_WORD_ONLY.fullmatch(word) \
                    and SUBJECT_WORDS.search(chunk) and not NO_ONE_NAMED.match(chunk) and not NOT_TOLD_AS_ONE.search(head):
                found.append(_Claim(1, "person", cut))  # "Deputy mayor, John Doe of the city council, was killed": "was" tells one
        add(found)
    verb = KILL_RX.search(text)
    phrase_claims(text, spans, claims, add, causes_excluded, verb.start() if verb else None)
    for at, np in more_dead(text, verb.start() if verb else None, bool(claims)):  # "…, as well as the three attackers"
        add([c for off, part in _conjuncts(np) if (c := _np_claim(part, at + off, text)) is not None and not c.vague])
    for m in DEATH_TOLL.finditer(text):
        n = to_int(m.group("n"))
        if n is None or inside(m.start(), spans) or TOLL_OF_A_PERIOD.search(m.group()):
            continue  # (not a toll over a period: "bringing the number killed in the past week to four")
        if not claims:
            add([_Claim(n, "toll", m.start())])  # "the death toll rose to 15"
        elif TOLL_RISEN.search(text, max(0, m.start() - 25), m.end()) and n >= sum(c.n for c in claims if not c.vague):
            # "the wounded guard died, raising the toll to three": the toll is the total
            claims[:] = [_Claim(n, "toll", m.start())]
        break
    if not claims:
        for m in [*FATALITIES_COUNT.finditer(text), *LIVES_TAKEN.finditer(text)]:  # "… claimed 14 lives"
            n = to_int(m.group("n"))
            if n is not None:
                add([_Claim(n, "fatalities", m.start())])  # "at least 3 fatalities were reported"
    if not claims:
        for m in DEATH_OF.finditer(text):
            if MISHAP_BEFORE_DEATH_OF.search(text, max(0, m.start() - 60), m.start()):
                continue  # "a crash that led to the death of three": no violence
            c = _Claim(1, "person", m.start()) if m.group("pron") else _np_claim(m.group("np"), m.start("np"), text)
            if c is not None:
                add([c])
        if not claims and not causes_excluded and "deaths of" in lowered:
            for m in DEATHS_OF.finditer(text):
                if not deaths_recalled(text[: m.start()]):  # "the raid ended with the deaths of nine insurgents"
                    add([c for off, part in _conjuncts(m.group("np")) if (c := _np_claim(part, m.start("np") + off, text)) is not None])
        for m in BODIES.finditer(text):
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
            if c is not None and not (causes_excluded and CAUSE_CLAUSE.search(text[max(0, m.start() - 80) : m.start()])):
                add([c])  # (not the body whose finding a crowd reacted to: "rioted after a body was found")
    for m in VAGUE_DEAD.finditer(text):
        q = m.group("q").lower()
        if vague_counts_no_people(m.group("np")):
            continue  # "several days later …", "several goats of the herd": no people counted
        add([_Claim(to_int(q) or 10, vague_noun(m.group("np")), m.start(), True)])  # ACLED's codes (numbers.NUMBER_WORDS); an unknown number: 10
    for m in UNKNOWN_COUNT.finditer(text):
        add([_Claim(10, "", m.start(), True)])
    if not causes_excluded and "casualties" in lowered:  # (a crowd's cause is not its own dead)
        add([_Claim(10, "casualties", m.start(), True) for m in CASUALTIES_UNCOUNTED.finditer(text)])
    claims.sort(key=lambda c: c.pos)
    claims = reports_revised(text, claims)  # "first reports of five dead, later reports of three": the lower
    for at, n in revised:  # "killed five (later revised to seven) villagers": the revised figure
        if n and (told := [k for k, c in enumerate(claims) if c.pos < at and not c.vague]):
            c = claims[told[-1]]
            claims[told[-1]] = _Claim(n, c.noun, c.pos)
    if len(claims) > 1 and ("he " in text or "him" in text or "she " in text or "her " in text):
        # "a thief was beaten by a crowd; he died of his injuries", "lynched a thief and burned
        # him alive": the pronoun is the victim told before it, not one more (not where a
        # lone killer opens the sentence and the victims told before are several: "A gunman
        # killed four people before police shot him dead" — "him" is the killer, whose death
        # ACLED counts with the event's)
        killer = LONE_KILLER.match(text) is not None
        claims = claims[:1] + [c for c in claims[1:] if not PERSONAL_PRONOUN.match(text, c.pos)
                               or (killer and all(k.n > 1 and not k.vague for k in claims if k.pos < c.pos))]
    if len(claims) > 1 and not claims[0].vague and claims[0].n > 1 and (cut := BREAKDOWN.search(text, claims[0].pos)) is not None:
        parts = [c for c in claims if c.pos > cut.start()]
        if parts and not any(c.vague for c in parts) and sum(c.n for c in parts) <= claims[0].n:
            claims = [c for c in claims if c.pos <= cut.start()]  # the figure broken down, not more dead
    if len(claims) > 2 and not claims[0].vague and all(not c.vague and (c.noun in GENERIC_DEAD or c.noun.rstrip("s") == claims[0].noun.rstrip("s")) for c in claims[1:]) \
            and sum(c.n for c in claims[1:]) == claims[0].n:
        claims = claims[:1]  # "Six guards were killed, four in the raid … while two other guards …": the six told again, part by part
    if len(claims) > 1 and (shares := place_shares(text)) is not None:
        # "killed three protesters, two in Kosti and one in Sennar": the figure told again
        # place by place, not more dead (count_fatalities keeps the first place's share)
        whole = [c for c in claims if c.pos < shares[0] and not c.vague]
        if whole and whole[-1].n == sum(shares[2]):
            claims = [c for c in claims if not shares[0] <= c.pos < shares[1]]
    for at, n in elliptical_figures(text) if claims else []:
        # "… said 20 soldiers were killed, the army said 4": the same dead, the lowest figure
        if (told := [k for k, c in enumerate(claims) if c.pos < at and not c.vague]) and n < claims[told[-1]].n:
            c = claims[told[-1]]
            claims[told[-1]] = _Claim(n, c.noun, c.pos)
    if "each" in lowered:  # "three were killed on each side": both sides' dead
        claims = [_Claim(2 * c.n, c.noun, c.pos) if not c.vague and c.noun != "each side" and per_side_figure(text, c.pos) else c
                  for c in claims]
    return tuple(claims)  # (kept by the memo: never changed by a caller)


def _without_period_tolls(sentence: str) -> str:
    """The sentence without the tolls it gives over a period ("…, bringing the toll in the
    past month to 25"): the period is the toll's, not the time of the deaths it tells."""
    if "toll" not in sentence and "number of" not in sentence:
        return sentence
    return DEATH_TOLL.regex.sub(lambda m: " " * len(m.group()) if TOLL_OF_A_PERIOD.search(m.group()) else m.group(), sentence)


def count_fatalities(sentences: list[str], causes_excluded: bool = False) -> int:
    """ACLED's conservative count over an incident's sentences (see ``_count_fatalities``)."""
    return _count_fatalities(tuple(sentences), causes_excluded)


@lru_cache(maxsize=64)
def _count_fatalities(sentences: tuple[str, ...], causes_excluded: bool) -> int:
    """ACLED's conservative count over an incident's sentences.

    The first report of deaths sets the figure (victims of one sentence added up: "killed
    two soldiers and three civilians"); a later, lower figure for the same victims
    replaces it (the lowest credible report); figures for other victims in later
    sentences are other sources' partial claims and are not added. A vague figure
    ("several", "an unknown number") is coded 10, as ACLED does, and gives way to any
    exact figure in the incident. ``causes_excluded`` (a demonstration or riot): a death
    in an "after …" or "following …" clause is what the crowd reacted to, not its own
    (ACLED's codebook). A total told over several days is shared among them (ACLED codes
    an event per day): the incident carries the first day's share.
    """
    figure: dict[str, int] | None = None
    first_told = ""
    vague_only = None
    bombers_only = 0  # bombers who blew themselves up, where no one else's death is told
    vague_sides: dict[str, int] = {}  # "dozens of militants were killed": one side's dead, without a figure
    all_sides = False
    # "the army reported 15 soldiers killed; the militants claimed 64", "…, while the
    # rebels claimed to have killed 40": each source's claim is read as a report of its own
    # (the lowest figure for the same dead stands).
    sentences = [abbreviations_as_names(s) for s in sentences]
    sentences, taken = bodies_of_the_taken([part for s in sentences for part in (
        OTHER_SOURCE.split(s) if ";" in s or "while" in s or "whereas" in s or "but" in s else [s])])
    survived = any(SURVIVED.search(s) for s in sentences)
    grievance = 0  # the dead a crowd rose over, told before (demonstrations only)
    for i, s in enumerate(sentences):
        if survived and (RESCUED_BEFORE_DEATH.search(s) or only_mob_verb(s)):
            continue  # "… was lynched. Police rescued him before he died": the mob's victim lived
        claims = _fatality_claims(s, causes_excluded)
        if grievance and claims and all(not c.vague for c in claims) and sum(c.n for c in claims) <= grievance \
                and told_again_definitely(s, [c.pos for c in claims]):
            continue  # "Students protested the killing of a classmate. The student was stabbed …": the crowd's cause again
        if causes_excluded and not grievance and ("death" in s or "kill" in s or "murder" in s or "lynch" in s or "shoot" in s):
            grievance = grievance_dead(s)
        if claims and other_time(_without_period_tolls(s)):
            # a period's total or another event's, unless a clause of its own tells this event's
            # dead ("Gunmen killed seven in Zamfara, police said, adding that 30 had died in the past month")
            s = own_time_clauses(_without_period_tolls(s)) or ""
            claims = _fatality_claims(s, causes_excluded) if s.strip() else []
        if not claims and figure is not None and len(figure) == 1 and len(s.split()) <= 8 \
                and (lower := [n for _, n in elliptical_figures(s)]) and min(lower) < sum(figure.values()):
            figure = {k: min(lower) for k in figure}  # "… reported 30 dead; the army said 12": the lowest figure
            continue
        if not claims:
            continue  # no deaths, or a period's total or another event's
        if figure is not None and LATER_DAY.match(s) and ACTIVE_KILLING.search(s) and not DIED_OF_WOUNDS.search(s):
            continue  # "… Two days later, gunmen killed five more": the next day's event (ACLED codes one per day)
        exact = [c for c in claims if not c.vague]
        if exact and all(c.noun in BOMBERS for c in exact):
            bombers_only = bombers_only or sum(c.n for c in exact)  # "… blew himself up": kept for an incident with no other figure
            continue
        if exact and ("claim" in s or " sa" in s or "report" in s or "source" in s or "account" in s) \
                and (claimed := side_claim_at(s)) is not None \
                and claimed < min(c.pos for c in exact) \
                and any(hurt_counted(other) for j, other in enumerate(sentences) if j != i):
            continue  # a party's claim of the dead against the report's own count of the hurt
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
            first_told = s
            continue
        if perpetrators_killed(s, exact, first_told, figure):
            # "A gunman killed 5 people at a church. Police shot him dead", "… The two attackers
            # were killed by special forces": the perpetrators' deaths count with the event's
            figure.update({f"perpetrator {c.pos}": c.n for c in exact})
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
        if toll is not None and (toll.n < sum(figure.values()) or TOLL_RISEN.search(s)):
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
        if all(part_told_again(s, c.pos, {k.split()[-1] for k in figure if k}) for c in exact) \
                and sum(c.n for c in exact) <= sum(figure.values()):
            continue  # "… Five of the soldiers died in the blast": some of the dead told before
        if len(exact) == 1 and len(figure) == 1 and exact[0].noun in GENERIC_DEAD and exact[0].n < sum(figure.values()) \
                and SOURCE_OF_FIGURE.search(s) and not HEDGED.search(s) and re.match(rf"{_QUAL}(?:{NUM})\b", s[exact[0].pos :], re.I):
            # another source's lower figure for the event's dead, against one figure told (not
            # against dead added up over sentences: "… One of the wounded later died. Police said 3 …")
            figure = {"source": exact[0].n}
            continue
        # (the wounded who died later, or dead told as more, belong to the dead already
        # sided, not a figure for people in general: "… Two of the injured died later")
        sides = {side_of((key.split() or [""])[-1]) for key in figure
                 if not (key.startswith(("later ", "further ")) and side_of(key.split()[-1]) is None)}
        told = sum(c.n for c in exact)  # "three soldiers were killed … two soldiers and a civilian died": a breakdown, not fewer dead
        for c in exact:
            own = c.noun.removeprefix("lost ")
            same = [k for k in figure if side_of(k) is not None and side_of(k) == side_of(own)] if c.noun != own and not all_sides else []
            if len(same) == 1 and c.n < figure[same[0]]:
                # "the rebels claimed to have killed 40 soldiers; the army said it lost 3
                # troops": a side's own count of its dead against the other's claim, the lowest
                figure[same[0]] = c.n
            elif c.noun in figure and c.n < figure[c.noun] and (len(exact) == 1 or told < sum(figure.values())):
                figure[c.noun] = c.n
            elif c.noun not in figure and None not in sides and not all_sides and (side := side_of(c.noun.removeprefix("lost "))) is not None \
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
        total = sum(figure.values())  # (a total told day by day: the first day's share, before any even division)
        return told if (told := first_day_told(total, sentences)) != total else first_place_share(_first_day_share(total, sentences), sentences)
    return _first_day_share(vague_only or bombers_only, sentences)


def _first_day_share(total: int, sentences: list[str]) -> int:
    """ACLED codes an event per day: a total told over several days ("clashes over three
    days left 9 dead") is divided evenly among them, the remainder on the first day, and the
    incident (dated to the first day) carries the first day's share."""
    if total < 2 or not any("days" in s or "-day" in s or "Days" in s or "hour" in s for s in sentences):
        return total
    days = max((days_of_violence(s) for s in sentences), default=0)
    return total // days + total % days if days > 1 else total
