"""A crowd named by its nation: refugees, migrants or nationals of another country who
protest or riot ("Sudanese refugees rioted", "asylum seekers from Eritrea marched"). ACLED
names such a crowd by its people's country ("Rioters (Sudan)"), as it names civilians by
their own country."""

from __future__ import annotations

import re
from functools import cache

from geo.gazetteer import Gazetteer
from geo.incidents.actor_names import country_named, demonym_country
from geo.incidents.lexicon import noun_rx, nouns
from geo.incidents.model import Sentence
from geo.incidents.prefilter import gated
from geo.incidents.triggers import sentence_triggers

# People in a country not their own, named by their nation.
_ABROAD = rf"(?i:{noun_rx('people_abroad')})"
# Tried only in sentences holding one of the class's words, in lower case (most name no
# one abroad; every match holds one).
_GATE = tuple(sorted({w.lower() for w in nouns("people_abroad")}))
_NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    before = re.compile(rf"\b(?P<who>{_NAME}) {_ABROAD}\b")
    after = re.compile(rf"\b{_ABROAD} from (?:the )?(?P<land>{_NAME})(?: and (?:from )?(?:the )?(?P<land2>{_NAME}))?\b")
    return before, after


# They are acted on, not acting: "Ruritanian nationals were attacked by a mob".
_ACTED_ON = re.compile(r"[^.;]{0,40}?\b(?:was|were|are|is|been|being) (?:\w+ly )?(?:attacked|beaten|lynched|killed|assaulted|arrested|"
                       r"deported|expelled|evicted|targeted|chased|detained|injured|robbed)\b")


def _country(word: str, gz: Gazetteer, demonym_only: bool) -> str:
    iso = demonym_country(word, gz) or ""
    if iso or demonym_only:
        return iso
    return country_named(word, gz)


def crowd_nations(sentences: list[Sentence], gz: Gazetteer) -> list[str]:
    """ISO codes of the nations of people abroad who are the crowd of the incident's
    sentences, in order ("Sudanese refugees rioted": ["SD"]; "refugees from Ruritania and
    from Lamoria clashed": both); [] when the crowd is named by no nation, or those people
    are acted on ("a mob beat two Ruritanian nationals", "Ruritanian migrants were attacked")."""
    found: list[tuple[int, str]] = []
    for s in sentences:
        low = s.text.lower()
        if any(word in low for word in _GATE):
            found += [(s.start + pos, iso) for pos, iso in _nations_acting(s.text, gz)]
    nations: list[str] = []
    for _, iso in sorted(found):
        if iso not in nations:
            nations.append(iso)
    return nations


# A crowd named by its people alone ("Ruritanians marched") or by its people and what it
# is ("Ruritanian students", "Ruritanian Muslims"): its nation, where nothing placed the
# incident in a country.
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")


@cache
def _people_noun() -> re.Pattern:
    """A people's noun right after a word ("… traders", "… Muslims")."""
    words = sorted({w.lower() for cls in ("crowd", "civilians", "protesters", "unarmed_agents") for w in nouns(cls, "plural")}
                   | {w for w in nouns("creeds", "plural") if w.endswith("s")}, key=len, reverse=True)
    return re.compile(rf" (?i:{'|'.join(map(re.escape, words))})\b")


# A headline's passive without its verb "to be": "Ruritanians beaten by Lamorian police".
_DONE_BY = re.compile(r"\s+(?:\w+ly )?\w+(?:ed|en) by\b")


def crowd_people(sentences: list[Sentence], gz: Gazetteer) -> list[str]:
    """ISO codes of the nations that name the crowd of the incident's sentences as their
    subject, in order: a plural demonym ("Ruritanians protested against Lamorian police":
    ["RU…"]) or a demonym before a people's noun ("Ruritanian traders blocked the road");
    [] when the crowd is named by none, or those people are acted on. The country a crowd
    demonstrates against, or where the thing it decries happened, is not its own."""
    nations: list[str] = []
    for s in sentences:
        for iso in _people_acting(s.text, gz):
            if iso not in nations:
                nations.append(iso)
    return nations


def _people_acting(text: str, gz: Gazetteer) -> list[str]:
    """ISO codes of the nations a plural demonym ("Ruritanians") or a demonym before a
    people's noun ("Ruritanian traders") names as the sentence's subject. A sentence with no
    event verb tells no one acting: a demonym alone is too common a word to name a crowd."""
    # Demonyms first (a dictionary look-up per capitalised word): most sentences name none,
    # and need no event verbs read.
    named = []
    for m in _CAPITALISED_WORD.finditer(text):
        iso = demonym_country(m.group(), gz, plural=True)
        noun = _people_noun().match(text, m.end()) if iso else None
        if noun or (iso and m.group().endswith(("s", "ese"))):
            named.append((m.start(), noun.end() if noun else m.end(), iso))
    return [iso for _, iso in _subjects(text, named, without_verb=False)]


def _nations_acting(text: str, gz: Gazetteer) -> list[tuple[int, str]]:
    """(offset, ISO code) of each nation of people abroad named as the sentence's subject
    ("Ruritanian refugees", "migrants from Ruritania"); the class word itself names the
    crowd, so a sentence with no event verb may name it too."""
    before, after = _patterns()
    named = []
    for m in after.finditer(text):
        named += [(m.start(g), m.end(), iso) for g in ("land", "land2") if m.group(g) for iso in [_country(m.group(g), gz, False)] if iso]
    for m in before.finditer(text):
        words = m.group("who").split()
        iso = _country(m.group("who"), gz, True) or (_country(words[-1], gz, True) if len(words) > 1 else "")
        if iso:
            named.append((m.start(), m.end(), iso))
    return _subjects(text, named, without_verb=True)


def _subjects(text: str, named: list[tuple[int, int, str]], without_verb: bool) -> list[tuple[int, str]]:
    """Of the nations ``named`` in ``text`` ((start, end of the words naming the people,
    ISO code)), those named as the subject, in order: before the sentence's first event
    verb, and not said to be acted on after their name ("Ruritanian migrants were
    attacked", a headline's "Ruritanians beaten by police"). ``without_verb``: whether a
    sentence with no event verb names its subject anywhere."""
    if not named:
        return []
    first_verb = min((t.start for t in sentence_triggers(text)), default=len(text) if without_verb else 0)
    return [(start, iso) for start, end, iso in named
            if start < first_verb and not _ACTED_ON.match(text, end) and not _DONE_BY.match(text, end)]


# A crowd's own blow at people or their homes and shops ("rioters beat two traders", "the
# crowd torched three houses"; stones at passing cars are no such blow): ACLED's codebook
# names those hit civilians, as in mob violence. A passive ("were
# beaten") or a clause opening between verb and noun ("killed as farmers protested", "the
# guard who had shot a hawker") is no blow of the crowd's.
_FILLER = r"(?:(?!(?:against|by|of|on|at|in|with|to|as|when|who|that|after|and|while|during|for)\b)[a-z'-]+ )"


@cache
def _crowd_blow() -> re.Pattern:
    targets = noun_rx("civilians") + "|houses?|homes?|shops?|stalls?|businesses"
    return re.compile(r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!be )\b(?i:attack(?:ed|s)?|beat(?:en|s)?|assault(?:ed|s)?|"
                      r"injur(?:ed|es?)|ston(?:ed|es?)|pelt(?:ed|s)?|lynch(?:ed|es)?|hack(?:ed|s)?|rough(?:ed|s)? up|torch(?:ed|es)?|"
                      r"burn(?:ed|t|s)(?: down)?|set ablaze|loot(?:ed|s)?|kill(?:ed|s)?|stabb?(?:ed|s)?|chas(?:ed|es)(?: away)?)"
                      r"\s+(?:the |a |an |his |her |their |its |two |three |four |five |several |some |\d+ )?"
                      rf"(?:[A-Z][\w'-]* |{_FILLER}){{0,2}}?(?i:{targets})\b")


def crowd_hits_civilians(text: str) -> bool:
    """Whether a riot's words tell the crowd striking people, their homes or their shops
    ("rioters beat two traders and torched their stalls")."""
    return bool(_crowd_blow().search(text))


# Two crowds fighting one another: rival groups or camps that clash ("two rival groups
# clashed", "youth gangs fought"), one side's supporters against another's ("supporters
# of the mayor clashed with those of his rival", "APC and PDP supporters fought"), a crowd
# clashing with another crowd ("students clashed with rival youths"), or each
# other. Not a crowd clashing with the police.
_CROWD_FIGHT = r"(?:clash\w*|fought|fight\w*|scuffl\w*|brawl\w*|exchanged (?:blows|stones))"
_TWO_CROWDS = re.compile(
    rf"(?i:\b(?:rival|two|opposing|competing)\s+(?:[\w'-]+\s+){{0,2}}?(?:groups|factions|camps|crowds|gangs|sides|mobs)\s+(?:\w+\s+)?{_CROWD_FIGHT}"
    rf"|\b(?:youth|rival)\s+(?:groups|gangs)\s+(?:\w+\s+)?{_CROWD_FIGHT}"
    rf"|\b(?:supporters|followers|loyalists)\s+of\s+(?:the\s+)?(?:two|rival|opposing)\b[^.;]{{0,40}}?{_CROWD_FIGHT}"
    rf"|\b(?:supporters|followers|loyalists)\b[^.;]{{0,60}}?\b(?:and|with|against)\s+(?:those|supporters|followers|loyalists)\s+(?:of|loyal)\b"
    rf"|\b{_CROWD_FIGHT}\s+with\s+(?:an?\s+group\s+of\s+|rival\s+|local\s+|other\s+)+(?:youths?|residents|villagers|supporters"
    rf"|students|traders|operators|riders|rivals|groups?|crowds?|mobs?)\b)"
    # two parties' supporters named together: "APC and PDP supporters fought"
    rf"|\b(?!(?i:police|army|military|soldiers|troops|security|gendarmes?)\b)[A-Z][\w-]+\s+and\s+[A-Z][\w-]+\s+(?i:supporters|followers|loyalists|youths)\s+(?i:(?:have\s+|had\s+)?{_CROWD_FIGHT})")
_TWO_CROWDS = gated(_TWO_CROWDS, by_strings=False)  # (scanned only in texts where a match may be)


def crowds_fight_each_other(text: str) -> bool:
    """Whether a riot's words tell two crowds fighting one another: ACLED's codebook codes
    both sides as rioters, state forces that separate them taking no side."""
    return bool(_TWO_CROWDS.search(text))
