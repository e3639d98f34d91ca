"""Sub-events that yield to another when the report tells more (ACLED's codebook):

- a sub-event defined by the harm that did not happen — a disrupted weapon, an abduction,
  an arrest, looting — becomes an attack when people died in it ("foiled a raid and shot
  dead two raiders", "abducted four and killed two", "arrested two men whose bodies were
  found days later", "looted the market, killing a guard");
- raiders or rustlers who fall on a place or its people and take the herds attack them
  ("struck a homestead and stole goats"); herds taken with no assault told, or no harm
  said, stay looting;
- an arrest whose captives are not seen again ("detained two men, who remain missing") is a
  forced disappearance;
- a vehicle taken with the people in it ("hijacked a bus carrying passengers") is their
  abduction;
- goods taken from people held by force (tied up, at gunpoint, held hostage) are an
  attack on them: the codebook keeps looting for goods taken outside violence to people.

``events`` asks ``reread`` of the first event sentence's strongest trigger."""

from __future__ import annotations

import re

from geo.incidents.fatalities import count_fatalities
from geo.incidents.lexicon import noun_rx
from geo.incidents.triggers import Trigger, strongest
from geo.taxonomy import VAC

_ATTACK = (VAC, "Attack")
_ABDUCTION = (VAC, "Abduction/forced disappearance")
_UNHARMED = ("Disrupted weapons use", "Abduction/forced disappearance", "Arrests", "Looting/property destruction")
# Herds taken, and those who take them by force.
_LIVESTOCK = re.compile(r"\b(?:cattle|cows|goats|camels|livestock|sheep|herds?|animals|donkeys)\b|\brustl\w*", re.I)
# (men named only as armed are raiders too: "armed men fell on the village and took its herds")
_RAIDERS = re.compile(rf"\b(?:{noun_rx('outlaws', 'armed_groups', 'herders')}|armed (?:men|gangs?|groups?))\b", re.I)
# People inside what was hijacked ("a bus carrying passengers", "with its driver", "the five
# were taken away").
_PEOPLE_ABOARD = re.compile(rf"\bcarrying (?:\w+ ){{0,2}}?(?:{noun_rx('civilians')}|voters|pilgrims)\b"
                            r"|\b(?:with (?:\w+ ){0,2}?(?:on board|aboard)|passengers?|travell?ers|drivers?|crew)\b"
                            r"|\b(?:were|was) (?:taken|led|driven|marched) (?:away|to)\b|\b(?:kidnapp|abduct)\w*", re.I)
# The raiders fell on a place or its people before taking the herds ("struck a homestead",
# "raided the village", "attacked herders"); herds taken with no assault told stay looting.
_ASSAULTED = re.compile(r"\b(?:str(?:uck|ike|ikes)|raid(?:ed|s)?|attack(?:ed|s)?|invad(?:ed|es?)|storm(?:ed|s)?|descend(?:ed|s)? on)\b", re.I)
# Those held not seen again: an arrest whose captives vanish is a forced disappearance
# (ACLED's codebook: abduction/forced disappearance, whoever holds them).
_VANISHED = re.compile(r"\b(?:(?:remain(?:s|ed)?|are still|is still|still) missing|(?:ha(?:ve|s)|had) not been (?:seen|heard (?:from|of))"
                       r"|(?:never|not) (?:been )?seen (?:again|since)|vanish(?:ed|es)|disappeared|(?:whereabouts|fate) (?:\w+ ){0,3}?"
                       r"(?:unknown|not known|unclear)|(?:to|at) an? (?:undisclosed|unknown|secret) (?:location|place|destination))\b", re.I)
# People held by force while their goods are taken ("tied him up and took his savings",
# "held the cashier at gunpoint").
_HELD = re.compile(r"\b(?:tied (?:\w+ )?up|tied (?:him|her|them)|at (?:gun|knife|machete)-?\s?point|held (?:\w+ ){0,3}?hostage"
                   r"|bound (?:and gagged|him|her|them)|gagged|threaten(?:ed|ing) (?:\w+ ){1,3}?with|brandish\w*)\b", re.I)
_NO_HARM = re.compile(r"\bno (?:reported |known )?(?:fatalities|casualties|deaths|injuries)\b|\b(?:no one|nobody) (?:was|were) (?:hurt|injured|killed)", re.I)


def _as(best: Trigger, kind: tuple[str, str]) -> Trigger:
    return Trigger(best.start, best.end, kind[0], kind[1], best.strength, best.text, best.name)


def reread(best: Trigger, triggers: list[Trigger], main: str, sentences: list[str]) -> Trigger:
    """The trigger that stands for the event once the rest of the report is read (see the
    module's docstring); ``best`` itself when nothing makes its sub-event yield."""
    sub = best.sub_event_type
    if sub not in _UNHARMED or best.name == "note label":
        return best
    if sub == "Looting/property destruction" and re.match(r"hijack", best.text, re.I) and _PEOPLE_ABOARD.search(" ".join(sentences[:3])):
        return _as(best, _ABDUCTION)  # "hijacked two cars carrying voters"
    if sub == "Looting/property destruction" and _LIVESTOCK.search(best.text + " " + main[best.end : best.end + 40]) \
            and _RAIDERS.search(main) and _ASSAULTED.search(main[: best.start]) and not _NO_HARM.search(" ".join(sentences[:3])):
        return _as(best, _ATTACK)  # "raiders hit a farm and took its goats"
    if sub == "Looting/property destruction" and _HELD.search(main):
        return _as(best, _ATTACK)  # "gunmen held a trader at gunpoint and took his money"
    if sub == "Arrests" and _VANISHED.search(" ".join(sentences[:3])) and count_fatalities(sentences[:3]) == 0:
        return _as(best, _ABDUCTION)  # "detained two men, who have not been seen since"
    told = [main] if sub in ("Disrupted weapons use", "Abduction/forced disappearance") else sentences[:3]
    if count_fatalities(told) == 0:
        return best
    if sub == "Disrupted weapons use":
        rest = [t for t in triggers if t.sub_event_type != sub]
        return strongest(rest) if rest else best
    rest = [t for t in triggers if (t.event_type, t.sub_event_type) == _ATTACK]
    return strongest(rest) if rest else _as(best, _ATTACK)
