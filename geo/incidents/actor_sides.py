"""Who stood with whom in an incident: actors named together as one subject acted
together ("a joint team of soldiers and police killed …": the police are associated, not
the target), and the country of the place hit when the incident's country is only the
attacking state's ("a Ruritanian strike on Oldtown", Oldtown abroad); and the second side
of a clash whose report names one side only (the force whose post or convoy was hit)."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer
from geo.incidents.actor_names import country_style, state_force_matches
from geo.incidents.aliases import actor_dictionary, actor_hits, is_state_force
from geo.incidents.lexicon import phrase_alternation, phrase_rx
from geo.incidents.model import Sentence
from geo.incidents.prefilter import gated
from geo.incidents.triggers import sentence_triggers

FORCE_NAMES = ("Police Forces", "Military Forces")


def place_abroad(sentences: list[Sentence], actor1: str, iso: str) -> str:
    """ISO code of the country of the towns the incident's sentences name, when the
    incident's country is only the attacking state's ("a Ruritanian strike hit a house in
    Oldtown", Oldtown abroad): civilians are of the place hit, not of the attacker."""
    if not iso or not is_state_force(actor1):
        return ""
    abroad = {m.place.country_code for s in sentences for m in s.mentions
              if m.place is not None and not m.place.is_country and m.place.country_code}
    return next(iter(abroad)) if len(abroad) == 1 and iso not in abroad else ""


_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+|\s+together with\s+)(?:the\s+)?(?:[a-z]+\s+)?")
# Verbs of two sides meeting: "Ruritanian and Lamorian troops clashed" names opponents.
_RECIPROCAL = re.compile(r"(?:\s+[\w'-]+){0,2}?\s+(?:clash\w*|exchang\w*|fought|fight\w*|trad\w*|battl\w*|skirmish\w*)\b", re.I)


_WITH_AFTER = re.compile(rf"\s+(?:\w+\s+)?(?:with|against)\b(?!\s+(?:{phrase_alternation('each_other')}))", re.I)


def joined_names(sentences: list[Sentence], a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    """Whether two actors' names (document spans) stand in one list of a sentence ("police
    and the border guards", "police, guards and soldiers"); a comma alone with no "and" to
    close the list is an apposition ("the police, its riot unit, …")."""
    first, second = sorted((a, b))
    for s in sentences:
        if s.start <= first[0] and second[1] <= s.end and first[1] <= second[0] \
                and _JOINED.fullmatch(s.text, first[1] - s.start, second[0] - s.start):
            between = s.text[first[1] - s.start : second[0] - s.start]
            return "," not in between or bool(_LIST_CLOSED.match(s.text, second[1] - s.start))
    return False


# The "and" that closes a list after a comma: "police, guards and soldiers".
_LIST_CLOSED = re.compile(r"[^.;()]{0,40}?\band\b")


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
        reciprocal = _RECIPROCAL.match(s.text, chain[-1][1] - s.start) if chain else None
        if reciprocal and _WITH_AFTER.match(s.text, reciprocal.end()):
            reciprocal = None  # "X and Y clashed with Z": X and Y on one side, Z the other
        if actor1 not in names or len(names) < 2 or reciprocal:
            return set()
        return names - {actor1}
    return set()


def territory_taker(sub: str, actor1: str, assoc: list[str], gz: Gazetteer, country_code: str) -> str:
    """The sub-event of territory taken in fighting, by who took it: the state whose country
    it is regains territory (with its allies); a foreign state's forces taking a town, like
    a non-state group, overtake it (ACLED's codebook)."""
    if sub not in ("Government regains territory", "Non-state actor overtakes territory") or not country_code:
        return sub
    home = tuple(f"{kind} Forces of {country_style(gz, country_code)}" for kind in ("Military", "Police"))
    if any(a.startswith(home) and is_state_force(a) for a in [actor1, *assoc]):
        return "Government regains territory"
    if actor1.startswith(FORCE_NAMES):
        return "Non-state actor overtakes territory"
    if actor1 and not actor1.startswith("Unidentified") and "Pro-Government" not in actor1:
        return "Non-state actor overtakes territory"  # "the Red Hill Army seized the garrison": a rebel army
    return sub


# The user of a weapon launched at a target, named before it: "a Ruritanian drone", "Houthi
# missiles" (a device found and defused is listed under who found it, as before).
_WEAPON_OWNER = re.compile(r"\b(?P<who>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)(?:-(?:made|launched|fired))? (?:[a-z][\w-]* )?"
                           r"(?:drones?|UAVs?|missiles?|rockets?|projectiles?|Shaheds?)\b")


# ... or after it: "rockets fired by the Red Brigade".
_WEAPON_USED_BY = re.compile(r"\b(?:drones?|UAVs?|missiles?|rockets?|projectiles?|Shaheds?) (?:(?:fired|launched|sent) )by "
                             r"(?:the )?(?P<who>[\w'-]+(?: [\w'-]+){0,3})")


# ... or as who launched it: "Ruritanian forces launched drones at …".
_WEAPON_LAUNCHER = re.compile(r"\b(?P<who>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (?:forces |troops |military |army )?(?:launched|fired|sent)"
                              r" (?:[\w-]+ ){0,3}?(?:drones?|UAVs?|missiles?|rockets?|projectiles?|Shaheds?)\b")


def weapon_owner(sentences: list[Sentence], gz: Gazetteer, iso: str) -> str:
    """The actor whose drone, missile or rocket the sentences name ("" if none): ACLED lists
    the user of a weapon brought down first, who disrupted it second."""
    for s in sentences:
        for m in [*_WEAPON_LAUNCHER.finditer(s.text), *_WEAPON_OWNER.finditer(s.text), *_WEAPON_USED_BY.finditer(s.text)]:
            who = m.group("who")
            hit = next(iter(actor_hits(who + " ")), None)
            if hit is not None:
                return actor_dictionary().actor_in(hit, iso).name
            forces = state_force_matches(who + " forces", gz)
            if forces:
                return forces[0][2]
    return ""


_DEVICE_HIT = re.compile(r"\b(?:target(?:ed|ing)|hit|hitting|struck|striking|against|under|tore through|ripped through|aimed at)\b"
                         r"(?:\s+[\w'-]+){0,5}\s*$", re.I)
_BY_BEFORE = re.compile(r"\bby (?:the |an? )?(?:[\w'-]+ )?$")


def named_after_device(sentences: list[Sentence], spans: list[tuple[int, int, str]], name: str) -> bool:
    """Whether ``name`` is first named after the first event word of the incident (the
    device's, in "a roadside bomb hit a vehicle of X"), so as its object, not its user."""
    first = min((p for p, _, n in spans if n == name), default=None)
    for s in sentences:
        triggers = sentence_triggers(s.text)
        if not triggers:
            continue
        if first is None or not s.start <= first < s.end:
            return False  # named in another sentence: a suspect, a claim, not what was hit
        device = min(t.start for t in triggers)
        between = s.text[device : first - s.start]
        # Only as what the device hit: "… targeting a vehicle of X", "… struck an X patrol".
        return bool(_DEVICE_HIT.search(between)) and not _BY_BEFORE.search(between)
    return False


# A state force's post or base, or its convoy, patrol or vehicle, attacked: its force is a
# side of the fight.
_FORCE_SITE = re.compile(r"\b(?:(?P<police>police) (?:station|post|outpost|camp|checkpoint|convoy|patrol|vehicle|truck)s?"
                         r"|(?:army|military|naval|navy|air force|air) (?:air )?(?:base|camp|post|outpost|station|barracks"
                         r"|checkpoint|convoy|patrol|vehicle|truck)s?"
                         r"|(?:barracks|checkpoint|outpost)s?)\b", re.I)
_FORCE_SITE = gated(_FORCE_SITE, by_strings=False)  # (scanned only in texts where a match may be)
_EACH_OTHER = phrase_rx("each_other", "among_themselves")


def site_force(actor1: str, said: str, country: str) -> str:
    """"Rebels attacked a police station / an army convoy": the force of the post or convoy
    (``country``: the incident country, ACLED-styled); "" when none is told or ``actor1``
    is itself a state's force."""
    site = _FORCE_SITE.search(said) if country and not actor1.startswith(FORCE_NAMES) else None
    return (("Police Forces of " if site.group("police") else "Military Forces of ") + country) if site else ""


# A member of a force shooting one of his own: "shot his colleague", "shot two colleagues", "killed by a fellow
# soldier", "opened fire on their comrades".
_OWN_RANKS = re.compile(r"\b(?:(?:his|her|their|an?|by|two|three|four|five|several)\s+(?:own\s+)?(?:colleagues?|comrades?|workmates?|superiors?|commanding\s+officer)"
                        r"|fellow\s+(?:officers?|soldiers?|policem[ae]n|troops|guards?|constables?))\b", re.I)


def other_side(actor1: str, said: str, country: str, unidentified: str = "") -> str:
    """The second side of a battle whose report names one side only ("" if it tells none):
    a battle is fought between armed, organised sides (ACLED's codebook), never civilians.
    ``country``: the incident country, ACLED-styled ("the Philippines"); ``unidentified``:
    ACLED's name of the unnamed armed side there ("Unidentified Armed Group (Kenya)"), the
    one a state's force fought when the report names it alone ("a constable gunned
    down outside his house"), unless the force fought its own ranks."""
    site = site_force(actor1, said, country)
    if site:
        return site
    if actor1.startswith(FORCE_NAMES) and is_state_force(actor1) and _OWN_RANKS.search(said):
        return actor1  # "a constable shot his colleague": the force against itself (ACLED's codebook)
    if unidentified and actor1.startswith(FORCE_NAMES) and is_state_force(actor1) and country \
            and actor1.endswith(country):
        return unidentified
    if actor1.startswith("Unidentified") or _EACH_OTHER.search(said):
        # One unnamed kind only ("clashes between two clans", "gunmen exchanged fire") or
        # one group fighting within itself ("Koro tribesmen clashed with each other"): ACLED
        # codes both sides as that one.
        return actor1
    if country and actor1.startswith("Military Forces of ") and not actor1.startswith(f"Military Forces of {country}"):
        # "Russian assaults near Oldtown were repelled": a foreign army fighting in a country
        # with no other side named fights that country's own army.
        return f"Military Forces of {country}"
    if unidentified and " Militia" in actor1 and not actor1.startswith(FORCE_NAMES):
        # "Koro herders and farmers clashed": a people's or community's militia fights men
        # armed for another community, never civilians; the report does not name them.
        return unidentified
    return ""


# A strike or shelling on the places of civilian life: "bombed villages", "shelled a
# market", "air strikes on residential areas"; not "a military camp", "rebel-held villages".
_CIVILIAN_SITE_HIT = re.compile(
    r"\b(?:bomb(?:ed|ing|s)?|shell(?:ed|ing|s)?|struck|hit|strik(?:es?|ing)|pound(?:ed|ing|s)?|target(?:ed|ing|s)?|raids?|fire)"
    r"\s+(?:on\s+|against\s+|at\s+)?(?:(?!military\b|army\b|rebel|militant|police\b)[\w-]+\s+){0,3}?"
    r"(?:villages?|homes?|houses?|markets?|mosques?|churches|church|schools?|hospitals?|residential\s+(?:areas?|neighbou?rhoods?|buildings?))\b",
    re.I)


def civilian_site_hit(said: str) -> bool:
    """Whether a strike or shelling ``said`` tells hit villages, homes, markets, schools or
    hospitals: their people are the civilians ACLED names as the second actor."""
    return bool(_CIVILIAN_SITE_HIT.search(said))
