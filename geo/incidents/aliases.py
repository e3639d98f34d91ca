"""The actor dictionary (``geo/data/actors.json``) and its one alias matcher.

Every rule that asks which named groups a text mentions goes through :func:`alias_hits`
(or :func:`actor_hits`, the groups that can act in an event): one alternation of all
aliases, one pass over the text. The pass tries, at each word of the text, only the
aliases that begin with that word's first letters, in the alternation's order, so it
finds what the alternation's ``finditer`` finds (tests/test_extract_speed.py) at a
fraction of its cost and without compiling it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib.resources import files

from geo.gazetteer import load_gazetteer, normalize_name
from geo.incidents.prefilter import KEY_LENGTH, WordFinder, fold


@dataclass(frozen=True)
class Actor:
    name: str  # ACLED style; "{country}" is filled with the incident's country
    aliases: tuple[str, ...]
    inter: int
    country: str  # ISO code of the actor's own country ("" for transnational groups)
    role: str = "actor"  # or "source" (a monitor, an agency: never an actor of the event)
    countries: tuple[str, ...] = ()  # where it also operates
    kind: str = ""  # "party": a political organisation whose members are civilians, not fighters


@dataclass(frozen=True)
class AliasHit:
    start: int
    end: int
    text: str
    actor: Actor


class ActorDictionary:
    """Actors and one regex matching any of their aliases as a whole word: an alias
    written all in lower case matches in any case ("al-shabaab"), others exactly as
    written ("PF", "Hashed"); where aliases overlap, the longest wins."""

    def __init__(self, actors: list[Actor]):
        self.actors = tuple(actors)
        self._exact: dict[str, Actor] = {}
        self._folded: dict[str, Actor] = {}
        self._namesakes: dict[str, tuple[Actor, ...]] = {}  # an alias two actors share ("NAF")
        for a in actors:
            for alias in a.aliases:
                if alias in self._exact and self._exact[alias] is not a:
                    self._namesakes[alias] = self._namesakes.get(alias, (self._exact[alias],)) + (a,)
                self._exact.setdefault(alias, a)
                if alias.islower():
                    self._folded.setdefault(alias, a)
        self._aliases = sorted({al for a in actors for al in a.aliases}, key=len, reverse=True)
        # A match starts at a word (the alternation opens with (?<!\w) and every alias
        # with a letter): the aliases that can match there are those whose first word
        # opens with the same letters, case-folded as re.IGNORECASE folds them. Each is
        # kept as (alias, folded alias or None when it must match exactly), in the
        # alternation's order.
        self._by_key: dict[str, list[tuple[str, str | None]]] | None = {}
        for alias in self._aliases:
            lead = _LEADING_WORD.match(alias)
            if lead is None:
                self._by_key = None  # an alias opening with a sign: scan with the big pattern
                break
            self._by_key.setdefault(fold(lead.group())[:KEY_LENGTH], []).append(
                (alias, fold(alias) if alias.islower() else None))
        self._finder = WordFinder(self._by_key or ())

    @cached_property
    def pattern(self) -> re.Pattern:
        """Any alias as a whole word, the longest first where several fit."""
        return _alternation(self._aliases)

    def actor_of(self, alias: str) -> Actor | None:
        return self._exact.get(alias) or self._folded.get(alias.lower())

    def actor_in(self, hit: AliasHit, iso: str) -> Actor:
        """The actor an alias two actors share names in country ``iso`` ("NAF": Nigeria's
        air force in Nigeria, the Novorossiya forces in Ukraine); the hit's own elsewhere."""
        for actor in self._namesakes.get(hit.text, ()):
            if iso and (actor.country == iso or iso in actor.countries):
                return actor
        return hit.actor

    def hits(self, text: str) -> tuple[AliasHit, ...]:
        return self._hits(text, self._matches(text))

    def _hits(self, text: str, spans: list[tuple[int, int]]) -> tuple[AliasHit, ...]:
        out = []
        for start, end in spans:
            alias = text[start:end]
            actor = self.actor_of(alias)
            if actor is not None:
                out.append(AliasHit(start, end, alias, actor))
        return tuple(out)

    def _matches(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) of each match of ``self.pattern.finditer(text)``, trying at each
        word only the aliases it can open: the first (longest) that matches there and ends
        a word, as the alternation does; a lower-case alias in any case (its folded form
        equals the text's), others exactly."""
        by_key = self._by_key
        if by_key is None:
            return [m.span() for m in self.pattern.finditer(text)]
        out = []
        end = 0
        size = len(text)
        words, folded = self._finder.words(text)
        for pos, key in words:
            if pos < end:
                continue
            candidates = by_key.get(key)
            if candidates is None:
                continue
            for alias, folded_alias in candidates:
                stop = pos + len(alias)
                if (folded.startswith(folded_alias, pos) if folded_alias is not None else text.startswith(alias, pos)) \
                        and (stop == size or not _is_word(text[stop])):
                    out.append((pos, stop))
                    end = stop
                    break
        return out


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # re's \w in a str pattern


_LEADING_WORD = re.compile(r"\w+")


def _alternation(aliases: list[str]) -> re.Pattern:
    """Any of ``aliases`` as a whole word, tried in their order: lower-case ones in any
    case, others exactly as written."""
    parts = [re.escape(a) if not a.islower() else f"(?i:{re.escape(a)})" for a in aliases]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


def _with_plurals(aliases: list[str]) -> tuple[str, ...]:
    """``aliases`` and, after each "X militia", the same militia named by its plural or
    its men ("X militias", "X militiamen"): one group however the report counts it."""
    out = list(aliases)
    for alias in aliases:
        if alias.endswith(" militia"):
            out += [v for v in (alias + "s", alias + "men") if v not in out]
    return tuple(out)


def _read(data: dict) -> list[Actor]:
    return [Actor(a["name"], _with_plurals(a["aliases"]), int(a["inter"]), a.get("country", ""), a.get("role", "actor"),
                  tuple(a.get("countries", ())), a.get("kind", ""))
            for a in data["actors"]]


@cache
def actor_dictionary() -> ActorDictionary:
    """The bundled actor dictionary, read once."""
    text = (files("geo") / "data" / "actors.json").read_text("utf-8")
    return ActorDictionary(_read(json.loads(text)))


def load_actors() -> tuple[Actor, ...]:
    """The actors of the bundled dictionary."""
    return actor_dictionary().actors


_SCANS: dict[str, tuple[list[tuple[int, int]], tuple[AliasHit, ...]]] = {}  # text -> (matches, hits)


def alias_hits(text: str) -> tuple[AliasHit, ...]:
    """Every alias of the dictionary in ``text`` (sources such as monitors included)."""
    return _scan(text)[1]


def _scan(text: str) -> tuple[list[tuple[int, int]], tuple[AliasHit, ...]]:
    found = _SCANS.get(text)
    if found is None:
        if len(_SCANS) >= 16384:  # a long-running process: keep the memo bounded
            _SCANS.clear()
        d = actor_dictionary()
        spans = d._matches(text)
        found = _SCANS[text] = (spans, d._hits(text, spans))
    return found


def share_alias_hits(text: str, sentences: list[tuple[int, int]]) -> None:
    """Read the aliases of each sentence (``(start, end)`` in ``text``) from the scan of
    the whole text rather than scan it again: the same hits, as the scan of a sentence
    that starts and ends between words, with no match across its edges, finds exactly
    the matches of the text inside it (any other sentence is left to its own scan)."""
    spans, hits = _scan(text)
    size = len(text)
    for start, end in sentences:
        sentence = text[start:end]
        if sentence in _SCANS or (start and _is_word(text[start - 1])) or (end < size and _is_word(text[end])) \
                or any(a < start < b or a < end < b for a, b in spans):
            continue
        inner = [(a - start, b - start) for a, b in spans if start <= a and b <= end]
        _SCANS[sentence] = (inner, tuple(AliasHit(h.start - start, h.end - start, h.text, h.actor) for h in hits
                                         if start <= h.start and h.end <= end))


# "an al-Qaeda-linked group", "Islamic State-affiliated fighters": another group, unnamed.
# "the Red Brigade-run health ministry said": a source the group runs, not the group.
# Not "M23 rebels backed by foreign troops": there the group itself is named, its backers after "by".
_AFFILIATE = re.compile(r"(?:[- ](?:linked|affiliated|allied|aligned|inspired|backed|leaning)|-(?:run|owned))\b(?! by\b)", re.I)


def actor_hits(text: str) -> tuple[AliasHit, ...]:
    """The aliases in ``text`` of groups that act in events (not sources), not where they
    only qualify another group ("an al-Qaeda-linked group") nor end a longer name."""
    return tuple(h for h in alias_hits(text) if h.actor.role == "actor" and not _AFFILIATE.match(text, h.end)
                 and not _inside_longer_name(text, h))


# A capitalised word right before an alias, inside a sentence ("the Progressive
# Democratic Alliance": another party than the "Democratic Alliance").
_CAPITALISED_BEFORE = re.compile(r"(?:^|(?<=[\s(\"']))[A-Z][a-z]+ $")


def _inside_longer_name(text: str, hit: AliasHit) -> bool:
    """Whether an alias of two or more words in title case (no acronym) ends a longer
    name: a capitalised word that does not open a sentence stands right before it."""
    words = hit.text.split()
    if len(words) < 2 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    before = text[max(0, hit.start - 30) : hit.start]
    m = _CAPITALISED_BEFORE.search(before)
    if m is None:
        return False
    opening = before[: m.start()].rstrip()
    if not opening or opening[-1] in ".!?:\n":
        return False
    return normalize_name(m.group().strip()) not in load_gazetteer().demonyms  # "Somali Al Shabaab militants"


_NEGATED = re.compile(r"\b(?:not|rather than|instead of|nor)\s+(?:the\s+)?$", re.I)


# Words that name a group only as another side's backer or parent: "backed by Ruritanian
# troops", "alongside the army", "an affiliate of al-Qaeda", "al-Qaeda's Sahel branch".
# Not "linked to", "affiliated with", "loyal to": ACLED codes gunmen linked to a group
# as that group (``group_blamed``); nor "supported by", which tells of joint operations
# whose sides ACLED orders its own way.
_TIES_BEFORE = re.compile(r"\b(?:(?:backed|aided|assisted|armed|funded|reinforced|joined|accompanied|sponsored) by"
                          r"|(?:an? |the )?(?:affiliates?|branch|offshoot|proxy|proxies|franchise) of|alongside"
                          r"|with the (?:help|support|backing|assistance) of)\s+(?:the\s+|an?\s+)?$", re.I)
_TIES_AFTER = re.compile(r"(?:'s?|\u2019s?) (?:[\w-]+ ){0,2}?(?:affiliates?|branch|franchise|offshoot|ally|allies|proxy|proxies)\b",
                         re.I)


def tied(text: str, start: int, end: int) -> bool:
    """Whether the actor named at ``text[start:end]`` is only another group's ally, backer
    or parent ("M23 rebels backed by Ruritanian troops", "JNIM, al-Qaeda's affiliate"):
    ACLED's associated actor, never a side of its own."""
    return bool(_TIES_AFTER.match(text, end) or _TIES_BEFORE.search(text[max(0, start - 40) : start]))


def negated(text: str, start: int) -> bool:
    """Whether the words before ``start`` deny it ("not the army but …")."""
    return _NEGATED.search(text[max(0, start - 20) : start]) is not None


# Words that hold a named armed group responsible: "believed to be (members of)",
# "suspected to be linked to", "believed to belong to", "with suspected links to", "blamed
# on", "claimed by"; after its name "claimed", "later claimed", "took responsibility".
_BLAME_BEFORE = re.compile(r"\b(?:(?:(?:believed|thought|said|alleged|suspected|reported)\s+to\s+(?:be|have\s+been)|suspectedly)"
                           r"(?:\s+(?:an?\s+)?(?:members?|fighters?|militants?|part|operatives?)\s+of)?(?:\s+linked\s+to)?"
                           r"|(?:believed|thought|said|alleged|suspected|reported)\s+to\s+belong\s+to|suspected\s+of\s+belonging\s+to"
                           r"|with\s+(?:suspected\s+|alleged\s+|reported\s+)?(?:ties|links)\s+to"
                           r"|blamed\s+on|attributed\s+to|claimed\s+by)\s+(?:the\s+|an?\s+)?$", re.I)
_BLAME_AFTER = re.compile(r"(?:\s+(?:militants?|fighters?|insurgents?|rebels?|gunmen|members?|operatives?))*"
                          r"\s+(?:has\s+|have\s+)?(?:(?:later|quickly|swiftly|subsequently|also|reportedly|since)\s+)?"
                          r"(?:claimed|took\s+responsibility|(?:was|were|is|are)\s+(?:blamed|suspected))\b", re.I)
# A group named as the victims: "a trader thought to be a Red Brigade fighter was shot".
_VICTIM_AFTER = re.compile(r"[^,.;]{0,40}?\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|t)\b", re.I)


def group_blamed(text: str) -> str:
    """The first non-state armed group of the actor dictionary ``text`` holds responsible
    ("gunmen believed to be Red Brigade fighters", "blamed on the Red Brigade", "the Red
    Brigade claimed the attack"); "" when none is."""
    for hit in actor_hits(text):
        if hit.actor.inter not in (2, 3) or negated(text, hit.start):
            continue
        if _BLAME_AFTER.match(text, hit.end) or (_BLAME_BEFORE.search(text[max(0, hit.start - 60) : hit.start])
                                                 and not _VICTIM_AFTER.match(text, hit.end)):
            return hit.actor.name
    return ""


@cache
def armed_group_stems() -> frozenset[str]:
    """Names of the dictionary's armed groups that are no political party (ACLED's
    rebels, political and identity militias: inter 2 to 4) up to any bracket, so that a
    name filled with its country ("Islamic State (Nigeria)") is found too."""
    return frozenset(a.name.split(" (")[0] for a in load_actors() if 2 <= a.inter <= 4 and a.kind != "party" and a.role == "actor")


@cache
def _de_facto_forces() -> frozenset[str]:
    return frozenset(a.name for a in load_actors() if a.name.startswith(("Police Forces", "Military Forces")) and 2 <= a.inter <= 4)


def is_state_force(name: str) -> bool:
    """A state's forces ("Military Forces of Kenya", "Police Forces of Iraq", a foreign
    state's too), but not a rebel movement ACLED files under the forces of the part of the
    country it rules ("Military Forces of Yemen Houthi", inter 2 in the dictionary): the
    rules on a state's own forces (named only as the source, first in a clash, regaining
    territory) are not its."""
    return name.startswith(("Police Forces", "Military Forces")) and name not in _de_facto_forces()
