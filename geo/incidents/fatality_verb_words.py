"""The words around a verb of killing that ``fatalities`` reads at every such verb of a
sentence (an "of" before "murdering", "himself" or "no one" after "killed", an auxiliary
before a passive verb …): compiled once here, not looked up in ``re``'s cache at each use."""

from __future__ import annotations

import re

from geo.incidents.fatality_patterns import ACTIVE, AUX
from geo.incidents.numbers import NUM
from geo.incidents.victim_phrases import QUAL, SINGULAR

NO_BEFORE = re.compile(r"\bno\s+$", re.I)  # "no one was killed"
OF_BEFORE = re.compile(r"\bof\s+$")  # "accused of murdering"
FOR_BEFORE = re.compile(r"\bfor\s+$", re.I)  # "arrested for stabbing", "left for dead"
DIED_DOWN = re.compile(r"\s+(?:down|out|away|off)\b", re.I)
DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|its)\s+$", re.I)
LOWER_WORD_AFTER = re.compile(r"\s+(?-i:[a-z])")
NOT_ATTRIBUTE_AFTER = re.compile(rf"\s+(?:by|in|on|at|and|or|during|when|while|after|near|as|a|an|the|his|her"
                                  rf"|their|its|him|them|{NUM})\b", re.I)
SELF_OR_NO_ONE_AFTER = re.compile(r"\s+(?:(?:himself|herself)\b(?!\s+(?:and|along with)\s)|(?:no\s+one|nobody|no-one)\b)", re.I)
MODIFIED_NOUN_AFTER = re.compile(r"\s+(?:suspects?|cases?|charges?|trials?|investigations?|probe|inquiry"
                                  r"|victims?|weapons?|scenes?|convicts?|accused)\b", re.I)
ACTIVE_AT = re.compile(ACTIVE, re.I)
SECOND_VERB = re.compile(r"\s+and\s+(?:then\s+)?(?P<v>(?-i:[a-z]{2,}(?:ed|es)|burnt|burns))(?=\s)")
SECOND_VERB_OR_GERUND = re.compile(r"\s+and\s+(?:then\s+)?(?P<v>(?-i:[a-z]{2,}(?:ed|es)|burnt|burns)|(?-i:[a-z]{2,}ing))(?=\s)")
HURT_VERB = re.compile(r"wound|injur|hurt")
PARTICLE_AFTER = re.compile(r"\s+(?:up|down)(?=\s)(?!\s+to\b)")
PREPOSITION_AFTER = re.compile(r"\s+(?:in|on|at(?! least| most)|during|by|near|when|after|and|as|while)\b", re.I)
FIGURE_OPENING = re.compile(rf"\s*{QUAL}(?:{NUM})?", re.I)
# "was", "were" or "been" right before the verb, no adverb between (narrower than actor_roles_passive.PASSIVE_BEFORE,
# which asks whether a verb is passive at all)
PASSIVE_AUX_RIGHT_BEFORE = re.compile(r"\b(?:was|were|been)\s+$", re.I)
QUOTE_OPENING = re.compile(r"\s*[\"'\u201c\u2018]")
BARE_KILL_VERB = re.compile(r"(?:lynch|murder|massacre|execute|behead|decapitate|slaughter|assassinate|neutrali[sz]e)(?:e?s)?")
TRAILING_SPACE = re.compile(r"\s+$")
AUX_AT_END = re.compile(r"\b" + AUX + r"$", re.I)
TRAILING_COMMA = re.compile(r",\s*$")
SINGULAR_AUX = re.compile(r"\b(?:was|has been)\b", re.I)
# A passive verb of killing after "was", "is" or "has been" (first in the auxiliaries) tells
# one person killed, whoever the subject phrase names; not the words of a state ("dead",
# "died"), which also say that a truce or a plan is over.
SINGULAR_PASSIVE = re.compile(r"\s*(?:was|is|has been)\b", re.I)
DEATH_WORD_ONLY = re.compile(r"dead|died|dies?|perished|succumbed|left|leaving|confirmed dead|lost \w+ li\w+", re.I)
# (a subject of words, not one told as a question or a part of those told: "how the
# leader was killed", "whether anyone was killed", "the other was shot dead")
SUBJECT_WORDS = re.compile(r"\w")
NOT_TOLD_AS_ONE = re.compile(r"\b(?:how|whether|if|why|anyone|anybody|someone|somebody|other|others)\b", re.I)
CAPITALISED_NAME = re.compile(r"\s*(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+)){0,3}\s*")
NO_ONE_NAMED = re.compile(r"\s*(?:No|None|Nobody|Noone)\b")
# "were set upon by villagers, who killed one of them": "who" is the passive's agent, the
# killers of this event (not a victim's earlier deed: "lynched a man who had killed")
AGENT_WHO = re.compile(r"\bby\s+(?:[\w'-]+\s+){0,3}?[\w'-]+,?\s+who\s+$", re.I)
# "beat to death a burglar that shot a homeowner": "that" after a person's noun is "who"
# (not after an attack's: "a raid that killed five" is the event's own killing)
PERSON_THAT = re.compile(rf"\b(?:{SINGULAR})\s+that\s+(?:(?:had|has|allegedly|reportedly|earlier|previously)\s+)*$", re.I)
