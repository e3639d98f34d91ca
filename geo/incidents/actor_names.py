"""How a report names actors ACLED's way: a state's forces by their country ("Ruritanian
troops": "Military Forces of Ruritania"), groups the actor dictionary lacks by their own
name ("the Red Hill gang", "the Red Hill Liberation Army"), and the people hit by their
nation ("a Ruritanian village", "killing ten Ruritanians")."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer, load_gazetteer, normalize_name
from geo.incidents.aliases import alias_hits
from geo.incidents.lexicon import acled_country_names, extra_demonyms, noun_rx
from geo.incidents.model import Sentence
from geo.incidents.names import LEADING_WORDS
from geo.incidents.prefilter import PatternGroup, gated

# What else names a state's forces after its demonym: its posts and units ("Ruritanian
# positions", "a Ruritanian patrol"), its corps ("Ruritanian border guards"); not "a Ruritanian
# convoy": engineers travel in one too.
_FORCE_POSTS = (r"positions|posts|outposts|checkpoints?|bases|patrols?|units|tanks?|tank fire|gunboats|warships"
                r"|border (?:guards?|police|forces)"
                r"|coast ?guards?|national guard|marines|navy|air defen[cs]es?(?: forces| units| systems)?")
_STATE_FORCE = re.compile(rf"\b(?!(?:A|An|The) )(?P<who>[A-Z][\w.'-]*(?: [A-Z][\w'-]*)?)(?:'s)? (?:-led )?(?:(?:pro-)?[a-z][\w-]* ){{0,2}}?"
                          rf"(?i:{noun_rx('state_arms')}|{_FORCE_POSTS})\b")
# Scanned only in sentences naming armed forces (see prefilter.py).
_STATE_FORCE = PatternGroup([_STATE_FORCE]).members[0]


# A force written the way ACLED names it, as coders' notes do: "Military Forces of Russia
# (2000-)", "Police Forces of the Democratic Republic of Congo".
_ACLED_FORCE = re.compile(r"\b(?P<kind>Military|Police) Forces of (?:the )?(?P<who>[A-Z][\w'-]*(?: (?:of (?:the )?)?[A-Z][\w'-]*){0,3})"
                          r"(?: \(\d{4}-(?:\d{4})?\))?")
_ACLED_FORCE = PatternGroup([_ACLED_FORCE]).members[0]
_FIRST_OF_PAIR = re.compile(r"\b(?P<who>[A-Z][a-z]+) and $")
_POLICE_AFTER = re.compile(r" police(?:m[ae]n|\b)", re.I)


def state_forces(text: str, gz: Gazetteer) -> list[tuple[int, str, str]]:
    """(offset, "Military Forces of X", ISO) for "US air strikes", "Ruritanian troops",
    "the Ruritanian Air Force", "Ruritania's border police", …"""
    return [(start, name, iso) for start, _end, name, iso in state_force_matches(text, gz)]


def state_force_matches(text: str, gz: Gazetteer) -> list[tuple[int, int, str, str]]:
    """(start, end, "Military Forces of X", ISO) of each state force named by its country."""
    out = []
    for m in _ACLED_FORCE.finditer(text):
        words = m.group("who").split(" ")
        iso = next((c for n in range(len(words), 0, -1) for c in [country_code_of(" ".join(words[:n]), gz)] if c), "")
        if iso:
            out.append((m.start(), m.end(), f"{m.group('kind')} Forces of {country_style(gz, iso)}", iso))
    for m in _STATE_FORCE.finditer(text):
        if any(a <= m.start() < b for a, b, _, _ in out):
            continue
        if m.group("who").endswith("-led") and any(h.start == m.start() for h in alias_hits(text)):
            continue  # a coalition the dictionary names ("the Ruritania-led coalition"): its own actor
        who = m.group("who").removesuffix("-led")  # "Saudi-led air strikes": the leader's forces
        iso = country_of_word(who, gz) or (gz.demonyms.get(normalize_name(who.split()[0])) if " " in who else None)
        if iso is None:
            continue
        end = m.end()
        police = _POLICE_AFTER.match(text, end)  # "Ruritanian military police": police
        end = police.end() if police else end
        kind = "Police" if police or re.search(r"\b(?:police|policemen|gendarm\w*)\b", m.group(), re.I) else "Military"
        out.append((m.start(), end, f"{kind} Forces of {country_style(gz, iso)}", iso))
        first = _FIRST_OF_PAIR.search(text, max(0, m.start() - 30), m.start())
        # Only a demonym pairs with the force's own ("Ruritanian and Lamorian troops"): a
        # country's name before "and" is where others came from ("raiders from Ruritania
        # and Lamorian police"), not a second state's forces.
        other = demonym_country(first.group("who"), gz) if first else None
        if other and other != iso:  # "Ruritanian and Lamorian troops": both states' forces
            out.append((first.start(), first.end("who"), f"{kind} Forces of {country_style(gz, other)}", other))
    return out


def demonym_country(word: str, gz: Gazetteer, plural: bool = False) -> str | None:
    """ISO code of a demonym ("Kenyan"; with ``plural`` also "Kenyans"), not of a
    country's name."""
    key = normalize_name(word)
    iso = gz.demonyms.get(key) or extra_demonyms().get(word)
    if iso is None and plural and key.endswith("s"):
        iso = gz.demonyms.get(key[:-1])  # "Kenyans"
    return iso


def country_named(word: str, gz: Gazetteer) -> str:
    """ISO code of a country's own name ("Kenya", "South Sudan"); "" for a town or region."""
    places = [p for p in gz.lookup(word) if p.is_country]
    return places[0].country_code if places else ""


def country_of_word(word: str, gz: Gazetteer) -> str | None:
    """ISO code of a demonym ("Kenyan") or a country name ("Kenya", "US")."""
    return demonym_country(word, gz, plural=True) or country_named(word, gz) or None


def country_code_of(value: str | None, gz: Gazetteer) -> str:
    """ISO code of a country given by its code ("KE"), its name as GeoNames or ACLED
    writes it ("Kenya", "Democratic Republic of Congo") or a demonym; "" when none fits."""
    value = (value or "").strip()
    if not value:
        return ""
    if len(value) == 2 and gz.country(value.upper()) is not None:
        return value.upper()
    for iso, name in acled_country_names().items():
        if name.casefold() == value.casefold():
            return iso
    return country_of_word(value, gz) or ""


def acled_country_name(gz: Gazetteer, iso: str) -> str:
    """A country's name as ACLED writes it ("Democratic Republic of Congo", where
    GeoNames writes "Democratic Republic of the Congo")."""
    return acled_country_names().get(iso) or gz.country_name(iso)


def country_style(gz: Gazetteer, iso: str) -> str:
    """A country's name as ACLED writes it inside an actor's ("the United States")."""
    name = acled_country_name(gz, iso)
    return f"the {name}" if name.startswith(("United", "Democratic Republic", "Central African", "Philippines", "Netherlands")) else name


# A group named in the text but not in the dictionary: "the Red Hill gang", "members of
# the Coast Cartel" -> "Red Hill Gang", "Coast Cartel" (ACLED names such groups so).
_NAMED_GANG = re.compile(r"\b(?P<name>(?:(?:[A-Z][\w'-]*|\d+|de|del|la|los|las) ){1,4}?)(?P<kind>(?i:gang|cartel)s?\b"
                         r"|(?:Army|(?:Liberation |Patriotic |National |Popular )?Front|Brigades?|Militia|Battalions?"
                         r"|(?:Liberation|Resistance) (?:Movement|Organi[sz]ation))\b)")
_NAMED_GANG = PatternGroup([_NAMED_GANG]).members[0]  # scanned only where "gang" or "cartel" is
_GANG_STOP = {"the", "a", "an", "armed", "rival", "local", "criminal", "notorious", "powerful", "same", "this", "that",
              "suspected", "alleged", "presumed", "members", "gunmen"}
_COUNT_WORDS = {"some", "about", "around", "over", "nearly", "almost", "at", "least", "more", "than", "dozens", "hundreds"}


def named_gangs(sentences: list[Sentence]) -> list[tuple[int, int, str]]:
    return [(s.start + pos, s.start + end, name) for s in sentences for pos, end, name in _gang_matches(s.text)]


def gangs_named(text: str) -> list[tuple[int, str]]:
    """(offset, "Red Hill Gang") for each gang, cartel or armed group ("the Red Hill
    Liberation Army") ``text`` names that the actor dictionary does not know."""
    return [(pos, name) for pos, _end, name in _gang_matches(text)]


def _gang_matches(text: str) -> list[tuple[int, int, str]]:
    out = []
    hits = alias_hits(text)
    for m in _NAMED_GANG.finditer(text):
        words = m.group("name").split()
        while words and (words[0].lower() in _GANG_STOP or not (words[0][0].isupper() or words[0][0].isdigit())):
            words = words[1:]
        if not words or not (words[0][0].isupper() or words[0][0].isdigit()):
            continue
        kind = m.group("kind")
        if kind[0].isupper():
            # "Some 120 Red Hill Army fighters": a count opens no name.
            while words and (words[0].isdigit() or words[0].lower() in _COUNT_WORDS):
                words = words[1:]
            if not words or any(h.start < m.end() and m.start() < h.end for h in hits):
                continue  # the dictionary knows it ("the Oromo Liberation Front")
        if any(h.start <= m.start() + m.group().find(words[0]) < h.end for h in hits):
            continue
        if kind[0].isupper() and (_state_named(words) or words[0].lower() in LEADING_WORDS):
            continue  # "the Ruritanian Army", "the National Army": a state's forces, not a group of its own
        kind = re.sub(r"s$", "", kind.capitalize()) if kind[0].islower() else kind
        out.append((m.start(), m.end(), f"{' '.join(words)} {kind}"))
    return out


_STATE_WORDS = frozenset("national royal federal people's peoples government state republican revolutionary "
                         "defence defense armed special".split())


def _state_named(words: list[str]) -> bool:
    """Whether a name is only a country's ("Ruritanian National Army", "Ruritania Army"):
    a state's forces, not a group of their own ("Ruritania Liberation Army")."""
    gz = load_gazetteer()
    rest = [w for w in words if w.lower() not in _STATE_WORDS]
    return all(country_of_word(w, gz) for w in rest)


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_CIVILIAN_AFTER = re.compile(rf" (?:[a-z]+ )?(?:{noun_rx('civilians')}|villages?|{noun_rx('people_abroad')}|homes?|settlements?)\b")


def victims_country(text: str, gz: Gazetteer) -> str:
    """ISO code of the first demonym before a civilian noun in ``text`` ("Ruritanian
    villagers", "a Ruritanian village"); "" when none. Demonyms are looked up first: few
    capitalised words are one."""
    for m in _CAPITALISED.finditer(text):
        iso = gz.demonyms.get(normalize_name(m.group()))
        if iso and _CIVILIAN_AFTER.match(text, m.end()):
            return iso
    return ""


# A verb of harm, a count, then a people by its nation: "killing ten Ruritanians", "abducted
# 12 Lamorians".
_PEOPLE_HIT = re.compile(r"\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es?|ed|ing)|hurt(?:s|ing)?|abduct(?:s|ed|ing)?|"
                         r"kidnap(?:s|ped|ping)?|shot|shoot(?:s|ing)?|beat(?:s|en|ing)?|behead(?:s|ed|ing)?|execut(?:es?|ed|ing)|"
                         r"tortur(?:es?|ed|ing)|rap(?:es?|ed|ing)|assault(?:s|ed|ing)?|attack(?:s|ed|ing)?|rob(?:s|bed|bing)?|"
                         r"massacr(?:es?|ed|ing))\s+(?:at least |more than |about )?"
                         r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of|scores of|many)"
                         r"\s+(?:[a-z]+ )?(?P<people>[A-Z][a-z]+s)\b")
_PEOPLE_HIT = gated(_PEOPLE_HIT, by_strings=False)  # (scanned only in texts where a match may be)


def people_hit_country(text: str, gz: Gazetteer) -> str:
    """ISO code of the nation whose people ``text`` says were killed, hurt or taken ("two
    Ruritanians were abducted" is read by ``victims_country``); "" if none."""
    for m in _PEOPLE_HIT.finditer(text):
        iso = country_of_word(m.group("people"), gz)
        if iso:
            return iso
    return ""


def state_force_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a state's forces by their country ("Ruritanian troops"), for
    ``force_roles``, which finds the forces' plain nouns and dictionary names itself."""
    return [m.span() for m in _STATE_FORCE.finditer(text)]


# Cattle raiding and rustling are fought between pastoral peoples and their local
# communities: ACLED's codebook names unnamed raiders an identity militia, not an armed
# group — an ethnic one in its older data, a communal one since 2015 (its naming of local,
# community-based militias; "ethnic" stays for violence the report calls ethnic or tribal).
IDENTITY_WORDS = (("Ethnic", re.compile(r"\b(?:(?:inter-?)?ethnic|(?:inter-?)?tribal|tribes(?:men)?)\b", re.I)),
                  ("Raid", re.compile(r"\b(?:(?:cattle|livestock|stock|camel|goat) (?:raid(?:s|ers?|ing)?|rustl\w+|thieves)"
                                      r"|(?:cattle |livestock |stock )?rustl(?:ers?|ing)|raiders"
                                      # Herders who attack are armed for their community, not bandits.
                                      r"|(?:herders|herdsm[ae]n|pastoralists) (?:(?!(?:were|was|been|being|are|is|had|have|who)\b)[\w-]+ ){0,2}?(?:(?:attack|raid|invad|storm|torch|ambush)(?:ed|ing)"
                                      r"|(?:killed|shot)(?: dead)?(?! (?:in|by|during|at|on|after|when|while|as|near|and|over)\b)(?=\s)|burn(?:ed|t))"
                                      r")\b", re.I)),
                  # Herders and farmers fighting over land and water: the same local, communal
                  # militias, where the report names no one else (not "bandits attacked …, in
                  # violence that began as clashes between herders and farmers").
                  ("Herd", re.compile(r"\b(?:(?:herders?|herdsm[ae]n|pastoralists?)\b[^.;]{0,80}\bfarmers?"
                                      r"|farmers?\b[^.;]{0,80}\b(?:herders?|herdsm[ae]n|pastoralists?))\b", re.I)),
                  ("Clan", re.compile(r"\b(?:(?:inter-|sub-)?clans?|clansmen)\b", re.I)),
                  # Communities fighting each other ("two rival communities clashed", "attackers
                  # from a neighbouring community"): militias acting for a community, named
                  # as raiders are (ethnic in ACLED's older data, communal since).
                  ("Community", re.compile(r"\b(?:inter-?communit(?:y|ies)"
                                           r"|(?:rival|neighbou?ring|warring|nearby|two|pastoral(?:ist)?)\s+"
                                           r"(?:(?:pastoral(?:ist)?|farming|herding|local|border|unidentified)\s+)?communit(?:y|ies)"
                                           r"|communities\s+(?:\w+\s+)?clash(?:ed|es)?"
                                           r"|communit(?:y|ies)\s+(?:clashes|fighting|feuds?|conflicts?|violence))\b", re.I)),
                  ("Communal", re.compile(r"\b(?:inter-?)?communal\b", re.I)))
# One scan of a text for them all, tried only at the words they can open with.
IDENTITY_WORDS = tuple(zip((kind for kind, _ in IDENTITY_WORDS), PatternGroup([rx for _, rx in IDENTITY_WORDS]).members))
# The first year ACLED names unnamed raiders a communal militia.
COMMUNAL_RAIDERS_SINCE = "2015"


def unidentified_identity(text: str, event_date: str | None = None, herders: bool = False) -> str:
    """"Ethnic", "Clan" or "Communal" when the report says the violence was between
    peoples, clans or communities, or was a raid on livestock or a fight between
    rival communities (communal from ``COMMUNAL_RAIDERS_SINCE`` on, and when the date
    is unknown), or (``herders``: the report names no actor at all) between herders
    and farmers; "" otherwise."""
    for kind, rx in IDENTITY_WORDS:
        if kind == "Herd" and not herders:
            continue
        if rx.search(text):
            if kind in ("Raid", "Herd", "Community"):
                return "Ethnic" if event_date and event_date[:4] < COMMUNAL_RAIDERS_SINCE else "Communal"
            return kind
    return ""
