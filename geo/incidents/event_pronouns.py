"""An event sentence that opens with a pronoun ("They killed two farmers", "He opened fire
on the crowd") names its actors in the sentence before: "Armed men entered the village.
They killed two farmers." ACLED's codebook types an event by who acted on whom, so the
pronoun is read as the previous sentence's subject. Also, a first sentence that only
tells a movement ("soldiers arrived in a village") yields to the next one when that
one, opening with a pronoun, tells the violence the movers did."""

from __future__ import annotations

import re

from geo.incidents.background import background_spans
from geo.incidents.demonstrations import state_barricade
from geo.incidents.event_readings import ARMED_TARGETS, CIVILIAN_VICTIMS
from geo.incidents.lexicon import noun_class
from geo.incidents.model import inside
from geo.incidents.triggers import Trigger, sentence_triggers, strongest
from geo.taxonomy import BATTLES, RIOTS, STRATEGIC, VAC

_PRONOUN = re.compile(r"^\s*(?:They|He|She)\b")
_LEAD_ADVERBIAL = re.compile(r"^\s*(?:(?:On|In|Around|During|Between|At|Early|Late|Last|Overnight|Later|Earlier)\b[^,]{0,60},\s*)+")
# The subject ends at its verb: a past form, or a verb of going, doing or being.
_VERB = re.compile(r"\b(?:\w+ed|went|came|took|made|held|began|launched|set|led|ran|fled|broke|rode|drove|stormed|is|are|was|were"
                   r"|has|have|had|reportedly|allegedly|also|then)\b", re.I)


def opens_with_pronoun(sentence: str) -> bool:
    return _PRONOUN.match(sentence) is not None


def with_antecedent(sentence: str, previous: str) -> str:
    """``sentence`` with its opening pronoun read as ``previous``'s subject (see the
    module's docstring); ``sentence`` itself when either has none."""
    m = _PRONOUN.match(sentence)
    if not m:
        return sentence
    clause = _LEAD_ADVERBIAL.sub("", previous.strip())
    verb = _VERB.search(clause)
    subject = clause[: verb.start()].strip(" ,") if verb else ""
    if not subject or len(subject.split()) > 8:
        return sentence
    return subject[0].upper() + subject[1:] + sentence[m.end() :]


def barricades_left(sentence: str, triggers) -> tuple[Trigger, ...]:
    """The triggers but riots' barricades the state's forces put up (no crowd's act)."""
    return tuple(t for t in triggers if t.event_type != RIOTS or not state_barricade(sentence, t.start))


def with_pronouns_read(per: list, sentences: list[str]) -> tuple[list, int]:
    """``per`` (event sentences and their triggers, first the main one) with the main
    sentence's opening pronoun read (see the module's docstring), or, when the main one
    only tells a movement and the next opens with a pronoun and tells violence, that next
    one as the main; and the main sentence's index in ``sentences``."""
    main, triggers = per[0]
    at = sentences.index(main)
    if at > 0 and opens_with_pronoun(main):
        # "The police searched the slum. They beat people.": who "they" are is told before
        main = with_antecedent(main, sentences[at - 1])
        per = [(main, barricades_left(main, sentence_triggers(main)) or triggers)] + per[1:]
    best = strongest(per[0][1])
    if best.event_type != STRATEGIC or best.strength > 2 or best.name == "note label" or len(per) < 2 \
            or at + 1 >= len(sentences) or per[1][0] is not sentences[at + 1] or not opens_with_pronoun(per[1][0]):
        return per, at
    spans = background_spans(per[1][0])
    later = [t for t in per[1][1] if not inside(t.start, spans)]
    if not later or strongest(later).event_type not in (VAC, BATTLES, RIOTS) or strongest(later).strength < 4:
        return per, at
    # "Soldiers arrived in a village. They executed eleven men.": the movement was the way
    # to the violence, the event
    main = with_antecedent(per[1][0], per[0][0])
    return [(main, barricades_left(main, sentence_triggers(main)) or per[1][1])] + per[2:], at + 1


# "killing four of them", "shot two of them dead": victims named back by a pronoun.
_OUTLAWS = noun_class("outlaws")
_OF_THEM = re.compile(r"^\s*(?:(?:[\w-]+\s+){1,2}of\s+)?them\b", re.I)


def them_armed(before: str, victims: str) -> bool | None:
    """Whether victims named only by "them" ("chased the bandits, killing four of them")
    were armed: the people noun nearest before the verb says (ACLED's codebook types the
    event by who was hit); None when the victims are not named so, or no noun says."""
    if not _OF_THEM.match(victims):
        return None
    nouns = [(m.start(), True) for rx in (ARMED_TARGETS, _OUTLAWS) for m in rx.finditer(before)] \
        + [(m.start(), False) for m in CIVILIAN_VICTIMS.finditer(before)]
    return max(nouns)[1] if nouns else None
