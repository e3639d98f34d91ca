"""Place names the geoparser left out, read again for a report that names no place
otherwise: names inside organisations' names, and spellings that differ from the
gazetteer's."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer, Place, normalize_name
from geo.incidents.background import background_spans
from geo.incidents.context import Context
from geo.incidents.lexicon import place_kind_words, words_rx
from geo.incidents.location_cues import GROUP_AFTER, NEAR, REGION_WORD_AFTER, region_point
from geo.incidents.model import Sentence, inside
from geo.incidents.names import LEADING_WORDS, NOT_NAMES
from geo.places.words import PLACE_WORDS

def spelled_differently(sentences: list[Sentence], text: str, gz: Gazetteer,
                        context: Context) -> tuple[Place, bool, str] | None:
    """Names the geoparser left out, read again for a report that has no place otherwise:

    - exact gazetteer names it set aside as ordinary words or as part of an organisation's
      name ("Kano State", "the Tripoli Teaching Hospital", "the Niamey-Dosso road"): in the
      countries of the report's actors, or a major place (a capital, a city of 100,000),
      or a region named as such;
    - in a report that names no country, a town the gazetteer holds in one country only,
      after "in", "at", "near" … or before a settlement word or "road" ("Oldtown
      village", "the Oldtown-Newtown road");
    - spelling variants: spaces and hyphens dropped ("Elfasher" / El Fasher), vowels and
      doubled letters ignored ("Maidugri" / Maiduguri), in the countries of the report's
      actors, or among major places.
    A name after "in", "at", "near", "village" … wins over one without such a cue.
    """
    covered = [(m.start, m.end) for s in sentences for m in s.mentions if m.place is not None]
    countries = context.all
    best: tuple[tuple, tuple[Place, bool, str]] | None = None
    order = 0
    for s in sentences:
        spans = background_spans(s.text)
        for run in _CAPITALISED_RUN.finditer(s.text):
            start = s.start + run.start()
            if any(a < start + len(run.group()) and start < b for a, b in covered) or inside(run.start(), spans):
                continue
            order += 1
            tokens = [(t.start(), t.group()) for t in _TOKEN.finditer(run.group())]
            cue = bool(_VARIANT_CUE.search(s.text[max(0, run.start() - 30) : run.start()]))
            while tokens and tokens[0][1].lower() in LEADING_WORDS:
                cue = cue or tokens[0][1].lower() in ("in", "at", "near", "outside", "around", "from", "into")
                tokens = tokens[1:]  # "In Oldtown, …": a sentence-initial preposition
            if not tokens:
                continue
            region_after = bool(REGION_WORD_AFTER.match(s.text[run.end() : run.end() + 20]))
            settlement_after = bool(_SETTLEMENT_AFTER.match(s.text, run.end()))
            strong_cue = bool(_STRONG_CUE_BEFORE.search(s.text[max(0, run.start() - 12) : run.start()])) or cue and tokens[0][0] > 0
            organisation = bool(_ORGANISATION_WORD.search(run.group())) or bool(GROUP_AFTER.match(s.text[run.end() : run.end() + 20]))
            found_here = None
            for length in range(min(len(tokens), 5), 0, -1):
                for i in range(0, len(tokens) - length + 1):
                    words = tokens[i : i + length]
                    region_word = (i + length == len(tokens) and region_after)
                    while words and normalize_name(words[-1][1]) in _REGION_WORDS:
                        words, region_word = words[:-1], True
                    if not words:
                        continue
                    sub = " ".join(w for _, w in words)
                    key = normalize_name(sub)
                    if len(words) == 1 and (key in gz.demonyms or key in NOT_NAMES or len(key) < 4
                                            or len(tokens) > 1 and key in PLACE_WORDS):
                        continue  # (nor a kind or compass word of a longer name: "Oldtown Valley", "Oldtown South")
                    exact = exact_places(gz, sub, key)
                    if len(words) == 1 and key in gz.common_words and not region_word:
                        # A frequent word ("Victoria", "Hope") is a place only as a capital, or a
                        # big town after "in", "at", "near".
                        exact = [p for p in exact if p.feature_code == "PPLC" or (strong_cue and p.population >= 100_000)]
                    found = [p for p in exact if p.country_code in countries]
                    in_context = bool(found)
                    if not found:
                        found = [p for p in exact if p.feature_code == "PPLC" or p.population >= 100_000
                                 or (region_word and (p.is_admin1 or getattr(p, "is_admin2", False)))]
                    if not found and not countries and (strong_cue or settlement_after) and not organisation \
                            and len({p.country_code for p in exact}) == 1 and key not in gz.common_words:
                        # "in Oldtown", "Oldtown village": a small town the gazetteer holds in
                        # one country only, in a report that names no country to weigh it against.
                        found = exact
                    if not found and cue and i == 0 and len(key.replace(" ", "")) >= 5:
                        found = gz.variant_lookup(sub, countries) if countries else []
                        in_context = bool(found)
                        found = found or gz.variant_lookup(sub, ("*",))
                    if found:
                        if region_word:
                            found = [p for p in found if p.is_admin1 or getattr(p, "is_admin2", False)] or found
                        p = max(found, key=lambda c: (c.feature_code in ("PPL", "PPLC") and not region_word, c.population))
                        rank = (cue or region_word, not organisation, in_context, len(words), -order)
                        pos = start + words[0][0]
                        found_here = (rank, (p, bool(NEAR.search(text[max(s.start, pos - 40) : pos])), sub))
                        break
                if found_here:
                    break
            if found_here and (best is None or found_here[0] > best[0]):
                best = found_here
    if best is None:
        return None
    p, near, surface = best[1]
    if p.is_admin1:
        capital = gz.region_capital(p)
        if capital is not None:
            p = region_point(p, capital)
    return p, near, surface


_EXACT_KINDS = ("PPL", "PPLC", "ADM1", "ADM2")


def exact_places(gz: Gazetteer, name: str, key: str) -> list[Place]:
    """``[p for p in gz.lookup(name) if p.feature_code in _EXACT_KINDS]`` (``key``:
    ``normalize_name(name)``), the rows' kinds read before any ``Place`` is made: most
    rows of a phrase's words are of other kinds, and most phrases have none."""
    feature_code = gz.feature_code
    return [gz.place(r) for r in gz.lookup_rows(name, key) if feature_code[r] in _EXACT_KINDS]


_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'\u2019]*(?:(?:[ -]|\s(?:al|el|ad|ar|as|ash|de|du|of)\s)[A-Z][\w'\u2019]*)*")
_TOKEN = re.compile(r"[\w'\u2019]+")
_STRONG_CUE_BEFORE = re.compile(r"\b(?:in|at|near|outside|around|into)\s+(?:the\s+)?$")
_ORGANISATION_WORD = re.compile(r"\b(?:Forces|Force|Army|Police|Brigades?|Battalions?|Militia|Council|Front|Movement|Party|Union"
                                r"|University|College|School|Hospital|Court|Ministry|Company|Corporation|Centre|Center|Federation"
                                r"|Association|Institute|Agency|Authority|Commission|Bank|Stadium)\b")
_VARIANT_CUE = re.compile(r"\b(?:in|at|near|outside|around|into|towards?|from|between|and|of|attack(?:ed)?|bomb(?:ed)?"
                          r"|village|town|city|district|area)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
# "Oldtown village", "the Oldtown-Newtown road": the name is a place's.
_SETTLEMENT_AFTER = re.compile(rf"\s+(?:{words_rx(place_kind_words('settlement'))}|road|highway)\b", re.I)
_REGION_WORDS = frozenset("province state region governorate county district prefecture department division territory "
                          "area locality village town city camp".split())
