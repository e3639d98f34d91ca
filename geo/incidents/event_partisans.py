"""Violence by a party's partisans: supporters, activists, cadres or members of a political
party, of a candidate or of a politician who attack or fight others. ACLED's codebook
keeps violence against civilians and battles for organised armed groups; a party's
followers are no armed organisation (a party is no militia unless an armed wing of it is
named), so their violence is a riot, mob violence, whatever weapon they carry: firearms
make it no attack (``events`` leaves a killing they set out to do on their own to its
other rules). Gunmen, militants, gangs, militias and the groups the actor
dictionary knows as armed stay organised. ``events`` asks this of an attack or a clash
it has read, with the words naming who acted."""

from __future__ import annotations

import re

from geo.incidents.event_parties import names_armed_group, party_named
from geo.incidents.lexicon import noun_rx, nouns

# Those of a party who act together (a leader "and his accomplices" acts with others).
_PARTISANS = re.compile(r"\b(?:supporters?|members?|activists?|cadres?|loyalists?|followers?|workers|youths?|accomplices"
                        r"|associates|(?:youth|student|women'?s?) (?:wing|league|front))\b", re.I)
# Followers named by the politics they follow, no party's name needed ("supporters of the
# ruling party's candidate", "opposition activists").
_OF_POLITICS = re.compile(r"\b(?:supporters?|activists?|cadres?|loyalists?|followers?|members?|workers|youths?) of (?:an? |the |two |his |her |their )?"
                          r"(?:[\w'-]+ ){0,3}?(?:part(?:y|ies)|candidates?|MPs?|lawmakers?|legislators?|politicians?|aspirants?|governors?"
                          r"|mayors?|chairm[ae]n|councillors?|coalitions?|alliances?|incumbents?)\b"
                          r"|\b(?:(?:ruling|opposition|rival|governing) )?part(?:y|ies)(?:'s?)? (?:supporters|activists|cadres|workers|youths|members|loyalists)\b"
                          r"|\b(?:opposition|ruling party) (?:supporters|activists|cadres|youths|loyalists)\b"
                          r"|\bparty (?:leader|official|chairman)s? (?:and|along with|with) (?:his|her|their|\d+|some|several|many|dozens)\b", re.I)
# Named as armed or organised whoever they follow: gunmen, militants, gangs, militias.
_UNNAMED = {"assailant", "assailants", "attacker", "attackers"}
_ORGANISED = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in sorted(sorted({w for w in nouns('armed_groups') if w.lower() not in _UNNAMED}), key=len, reverse=True))}"
                        rf"|{noun_rx('outlaws')}|militias?|militiam[ae]n|armed wing|hired (?:gunmen|killers|goons))\b", re.I)


def partisans_acted(agent: str) -> bool:
    """Whether ``agent`` (who attacked or fought) names a party's partisans (see the
    module's docstring): a partisan word and a party, a candidate or a politician they
    follow, and nothing naming them armed or organised."""
    if not agent.strip() or not _PARTISANS.search(agent) or _ORGANISED.search(agent):
        return False
    if not (_OF_POLITICS.search(agent) or party_named(agent)):
        return False
    return not names_armed_group(agent)
