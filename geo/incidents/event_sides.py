"""Who stood on each side of an event, read from the words that say so: the attackers
themselves struck by those they attacked or by the forces that came (a two-sided fight,
ACLED's armed clash), and victims named before a bare participle ("two police killed"),
who are no agents. Compiled once; ``events`` asks these after its own reading."""

from __future__ import annotations

import re

from geo.incidents.lexicon import noun_rx
from geo.incidents.prefilter import PatternGroup

_COUNT = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many|most|all|dozens"
          r"|scores|a number|both)")
# Those who attack: armed-group nouns and armed outlaws (raiders, bandits, rustlers, robbers).
_ATTACKERS = rf"(?:suspected |alleged |armed )?(?:{noun_rx('armed_groups', 'outlaws')})"
_DEATH_OR_WOUND = r"(?:shot dead|shot and killed|killed|gunned down|shot|injured|wounded|neutrali[sz]ed)"
_KILLING = r"(?:kill(?:ed|ing|s)?|shot dead|shoot(?:ing|s)? dead|shot and killed|gunn(?:ed|ing) down|neutrali[sz](?:ed|ing))"
# Forces or defenders who answered the attack; their violence after answering makes the
# event two-sided (ACLED's codebook: an armed clash is two armed sides in contact).
_RESPONDERS = rf"(?:{noun_rx('military', 'police', 'local_defenders')}|{noun_rx('state_ranks', form='plural')})"
_ANSWER = r"(?:intervened|intervene|intervening|responded|respond|responding|engaged|engage|pursued|pursue|repulsed|repelled|repel|fought back|fight back|retaliated)"

ATTACKERS_HIT = re.compile(
    # "six of the raiders were shot dead", "two attackers were killed"
    rf"\b{_COUNT}\s+(?:of\s+(?:the|them|their)\s+)?(?:[\w-]+\s+)?{_ATTACKERS}\s+(?:(?:were|was|are|have been|had been|got)\s+)?"
    rf"(?:\w+ly\s+)?(?:later\s+)?{_DEATH_OR_WOUND}\b"
    # "killing three raiders", "shot dead two of the attackers"
    rf"|\b{_KILLING}\s+(?:at least\s+)?{_COUNT}\s+(?:of\s+(?:the|them|their)\s+)?(?:[\w-]+\s+)?{_ATTACKERS}\b"
    # "the herders fought back, killing four": those attacked answered
    rf"|\b(?:fight|fights|fought|fighting) back\b[^.;]{{0,60}}?\b{_KILLING}\b"
    # "police intervened, shooting dead three", "rangers pursued the raiders and killed four"
    rf"|\b{_RESPONDERS}\s+(?:later\s+|then\s+|quickly\s+)?{_ANSWER}\b[^.;]{{0,60}}?\b{_KILLING}\b", re.I)

# Victims named before a bare participle with no auxiliary ("Two police killed on
# patrol", "6 soldiers injured"): a headline passive; its subject was acted upon.
HEADLINE_PASSIVE = re.compile(rf"^\s*(?:at least\s+)?{_COUNT}\s+(?:[\w-]+\s+){{0,3}}?$", re.I)
PARTICIPLE = re.compile(r"(?:killed|injured|wounded|hurt|shot dead|shot|dead|feared dead|beheaded|abducted|kidnapped)$", re.I)
AFTER_PARTICIPLE = re.compile(r"\s*(?:$|[,.;:(]|(?:while|in|at|on|by|during|near|after|when|as|following|and)\b)", re.I)

# With no count ("Police constable shot dead while guarding a bank", "Soldier killed near the
# border"): a short noun phrase opening the clause, the participle followed only by when,
# where or the clause's end; "and", "at", "in" may go on an active verb ("police shot and
# killed a robber", "police shot at the crowd").
BARE_SUBJECT = re.compile(r"^\s*(?:an?\s+|the\s+)?(?:[\w'-]+\s+){1,4}$", re.I)
AFTER_BARE_PARTICIPLE = re.compile(r"\s*(?:$|[,.;:(]|(?:while|during|near|after|when|following)\b)", re.I)
# A participle that is never followed by its object through a preposition ("killed in", "beheaded
# on", "wounded by"): where it is told, who died follows no verb of theirs ("Driver and
# conductor killed on a bus"); bare "shot" may still go on ("shot at the crowd").
_PLACE_AFTER_DEATH = re.compile(r"\s*(?:in|on|at|by|outside|inside)\b(?!\s+least\b)", re.I)

ATTACKERS_HIT, = PatternGroup([ATTACKERS_HIT]).members


def headline_passive(before: str, trigger_text: str, after: str) -> bool:
    """Whether a count and a noun, or a short noun phrase opening the clause, precede a
    bare participle that ends its clause ("Three guards killed on patrol", "Police
    constable shot dead while guarding a bank"): the noun names the victims, not who acted."""
    if not PARTICIPLE.search(trigger_text):
        return False
    if HEADLINE_PASSIVE.search(before[-60:]) and AFTER_PARTICIPLE.match(after):
        return True
    if not BARE_SUBJECT.match(before):
        return False
    return bool(AFTER_BARE_PARTICIPLE.match(after)
                or (not re.fullmatch(r"shot", trigger_text.strip(), re.I) and _PLACE_AFTER_DEATH.match(after)))
