"""Who stood with whom in an incident: actors named together as one subject acted
together ("a joint team of soldiers and police killed …": the police are associated, not
the target), and the country of the place hit when the incident's country is only the
attacking state's ("a Ruritanian strike on Oldtown", Oldtown abroad)."""

from __future__ import annotations

import re

from geo.incidents.model import Sentence
from geo.incidents.triggers import sentence_triggers

FORCE_NAMES = ("Police Forces", "Military Forces")


def place_abroad(sentences: list[Sentence], actor1: str, iso: str) -> str:
    """ISO code of the country of the towns the incident's sentences name, when the
    incident's country is only the attacking state's ("a Ruritanian strike hit a house in
    Oldtown", Oldtown abroad): civilians are of the place hit, not of the attacker."""
    if not iso or not actor1.startswith(FORCE_NAMES):
        return ""
    abroad = {m.place.country_code for s in sentences for m in s.mentions
              if m.place is not None and not m.place.is_country and m.place.country_code}
    return next(iter(abroad)) if len(abroad) == 1 and iso not in abroad else ""


_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+|\s+together with\s+)(?:the\s+)?(?:[a-z]+\s+)?")
# Verbs of two sides meeting: "Ruritanian and Lamorian troops clashed" names opponents.
_RECIPROCAL = re.compile(r"(?:\s+[\w'-]+){0,2}?\s+(?:clash\w*|exchang\w*|fought|fight\w*|trad\w*|battl\w*|skirmish\w*)\b", re.I)


def co_agents(sentences: list[Sentence], spans: list[tuple[int, int, str]], actor1: str) -> set[str]:
    """Actors named joined with ``actor1`` ("soldiers and police", "Ruritanian and Lamorian
    troops") before the first event verb of the incident, unless that verb says they met
    each other ("clashed", "exchanged fire")."""
    for s in sentences:
        triggers = sentence_triggers(s.text)
        if not triggers:
            continue
        verb = s.start + min(t.start for t in triggers)
        subject = sorted(sp for sp in spans if s.start <= sp[0] and sp[1] <= verb)
        chain: list[tuple[int, int, str]] = []
        for sp in subject:
            if chain and sp[0] >= chain[-1][1] and _JOINED.fullmatch(s.text, chain[-1][1] - s.start, sp[0] - s.start):
                chain.append(sp)
            elif any(c[2] == actor1 for c in chain):
                break
            else:
                chain = [sp]
        names = {c[2] for c in chain}
        if actor1 not in names or len(names) < 2 or _RECIPROCAL.match(s.text, chain[-1][1] - s.start):
            return set()
        return names - {actor1}
    return set()
