"""Grouping a report's event sentences into incidents by their time anchors: a sentence
"In February, …" starts an earlier incident; a sentence with no anchor of its own
belongs to the main one; statistics and sentences about other years are left out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from geo.incidents.background import background_spans, is_statistic
from geo.incidents.death_phrases import dates_a_later_death
from geo.incidents.dates import EXPLICIT_DATE, NUMERIC_DATE, EventDate, find_dates
from geo.incidents.model import Sentence, inside
from geo.incidents.prefilter import gated
from geo.incidents.triggers import sentence_triggers


@dataclass
class Draft:
    """The sentences of one incident, and the date they anchor it to."""

    anchor: EventDate | None
    sentences: list[Sentence] = field(default_factory=list)


def group_sentences(sentences: list[Sentence], published: date | None) -> tuple[list[Draft], Draft | None]:
    """The incidents' drafts in the order they start, and the main one (the first)."""
    drafts: list[Draft] = []
    main: Draft | None = None
    target: Draft | None = None
    previous_joined = False
    for s in sentences:
        if not previous_joined and not sentence_triggers(s.text):
            continue  # no event and none to go on about: left out, statistic or not (most of an article's)
        if is_statistic(s.text) or other_year(s.text, published):
            previous_joined = False
            continue
        if not sentence_triggers(s.text):
            # An undated sentence right after an event sentence usually goes on about the
            # same event ("The mine went off under a truck. Nobody was hurt.").
            if previous_joined and drafts and all(dates_a_later_death(s.text, d.start) for d in find_dates(s.text, published)):
                drafts[-1 if target is None else drafts.index(target)].sentences.append(s)
            else:
                previous_joined = False
            continue
        previous_joined = True
        spans = background_spans(s.text)
        # (not the day a victim died of the event's wounds or its toll rose: "… succumbed to
        # his injuries on 8 May", "the death toll rose to 12 on Sunday")
        dates = [d for d in find_dates(s.text, published) if not inside(d.start, spans) and not dates_a_later_death(s.text, d.start)]
        anchor = dates[0] if dates else None
        target = None
        if anchor is None and main is not None and main.sentences and _another_event(s.text, main):
            # "Separately, a roadside bomb killed two civilians in Afgoye", "In Batumi,
            # hundreds rallied": the same day's event elsewhere, an incident of its own
            # (ACLED codes one event per place and day).
            target = Draft(main.anchor)
            drafts.append(target)
            target.sentences.append(s)
            continue
        if anchor is not None:
            target = next((d for d in drafts if d.anchor is not None and _same_time(d.anchor, anchor)), None)
            if target is None and main is not None and main.anchor is None:
                main.anchor, target = anchor, main
        else:
            target = main
        if target is None:
            target = Draft(anchor)
            drafts.append(target)
            if main is None:
                main = target
        target.sentences.append(s)
    return drafts, main


# A sentence that says it tells of another event: "Separately, …", "In another incident, …",
# "Elsewhere in the region, …".
_ANOTHER_EVENT = re.compile(r"\s*(?:Separately|Elsewhere|In (?:an? )?(?:separate|another|second|similar|unrelated) "
                            r"(?:incident|attack|event|development|case|raid|clash|strike|protest|demonstration)s?)\b", re.I)
# "In Batumi, hundreds rallied": a sentence opening with a place of its own.
_PLACE_OPENING = re.compile(r"\s*In (?P<place>(?-i:[A-Z][\w'\u2019-]+)(?: (?-i:[A-Z][\w'\u2019-]+)){0,2}),", re.I)
_NOT_A_PLACE = re.compile(r"(?:addition|response|total|turn|retaliation|return|particular|short|fact|contrast|response|reaction"
                          r"|January|February|March|April|May|June|July|August|September|October|November|December"
                          r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Its|His|Her|Their|This|That|These|Those"
                          r"|One|Another|Both|All|Some|Several|Many|Most|Later|Earlier|Early|Late|Mid)\b", re.I)


def _another_event(sentence: str, main: Draft) -> bool:
    """Whether an undated event sentence tells of another event than the main one: it says
    so, or it opens with a place ("In Batumi, …") the main incident's first sentence does
    not name."""
    if _ANOTHER_EVENT.match(sentence):
        return True
    m = _PLACE_OPENING.match(sentence)
    if m is None or _NOT_A_PLACE.match(m.group("place")):
        return False
    return m.group("place") not in main.sentences[0].text


_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_YEAR = gated(_YEAR, by_strings=False)  # (scanned only in texts where a match may be)
# "the 2017 election", "Ruritania's 2008 poll violence": a year naming a past event, not
# the time of the sentence's own.
_NAMING_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|a|an)|[A-Z][a-z]+'?s)\s+$")
_NAMING_AFTER = re.compile(r"(?:[-/]\d{2,4})?\s+(?!(?:and|or|to|in|on|at|of|for|when|while|after|before|as|but|the|a|an|was|were"
                           r"|is|are|had|has|have)\b)(?:[A-Z][a-z]+|[a-z-]{3,})(?:\s+(?:[A-Z][a-z]+|[a-z-]{3,}))?")
# "more than 2000 residents": a count, not a year.
_COUNT_BEFORE = re.compile(r"\b(?:more than|over|about|some|at least|nearly|almost|around|up to)\s+$", re.I)
_COUNT_AFTER = re.compile(r"\s+(?:people|persons|men|women|children|families|households|residents|[a-z]+(?:ers|ors|ants|ents|ists))\b")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?$", re.I)


def other_year(sentence: str, pub: date | None) -> bool:
    """A sentence about an earlier year ("declared victory in late 2017") is background.
    Years that do not date the sentence's own event leave it in: a later year (a plan, a
    deadline: "will recruit before the 2013 polls"), a period running up to the report
    ("since December 2017"), a year naming another event ("an aspirant in the 2017
    election was shot") unless that event is the sentence's trigger."""
    if pub is None:
        return False
    found = list(_YEAR.finditer(sentence))
    if not found or any(int(m.group(1)) == pub.year for m in found):
        return False  # most sentences: no year, or the report's own
    years = []
    for m in found:
        before = sentence[max(0, m.start() - 30) : m.start()]
        if _SINCE_BEFORE.search(before) or _COUNT_BEFORE.search(before) or _COUNT_AFTER.match(sentence, m.end()):
            continue
        after = _NAMING_AFTER.match(sentence, m.end())
        if after and _NAMING_BEFORE.search(before) and not any(
                m.end() <= t.start < after.end() for t in sentence_triggers(sentence)):
            continue
        years.append(int(m.group(1)))
    return bool(years) and all(y < pub.year for y in years) and not EXPLICIT_DATE.search(sentence) \
        and not NUMERIC_DATE.search(sentence)


def _same_time(a: EventDate, b: EventDate) -> bool:
    if a.precision == 3 or b.precision == 3:
        return (a.day.year, a.day.month) == (b.day.year, b.day.month) and a.precision == b.precision
    return abs((a.day - b.day).days) <= (0 if a.precision == 1 and b.precision == 1 else 3)


def undated_context(d: Draft, all_sentences: list[Sentence]) -> list[Sentence]:
    """Sentences outside the incident with no date or statistic of their own."""
    own = {id(s) for s in d.sentences}  # by identity: no field-by-field comparisons
    return [s for s in all_sentences if id(s) not in own and not find_dates(s.text, None)
            and not is_statistic(s.text)]
