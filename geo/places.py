"""Find place names in running text and resolve them against the offline gazetteer.

Two steps, usable apart:

- ``find_mentions(text)``: spans that name places: runs of capitalised words (with the
  Arabic/Romance particles "al-", "ez-", "de" inside them) matched against every name
  and alternate name in the gazetteer, longest first; demonyms used as places ("the
  Syrian border"). People ("President Joe Biden"), organisations whose names contain a
  place ("Kataeb Hezbollah", "Syrian Observatory for Human Rights"), months and frequent
  English words are left out.
- ``resolve_mentions(text, mentions)``: ranks each mention's candidates by the document's
  context (countries it names, "Town, Country" pairs, nearness to the other places),
  then by feature importance and population; keeps a score in [0, 1] and the runners-up.

``parse_places(text)`` does both.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from geo.gazetteer import Gazetteer, Place, haversine_km, load_gazetteer, normalize_name
from geo.geocoder import prior_score

# A word, an abbreviation with dots ("U.S."), or a number. Apostrophes stay inside words
# ("Sana'a") but a possessive "'s" does not ("Syria's"); hyphens separate words but may join a run ("Deir ez-Zor").
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['\u2019](?![sS]\b)[^\W\d_]+)*|\d+")

# Lower-case words that may sit inside a multi-word place name.
PARTICLES = frozenset(
    "al el ad ar as ash at az ez es ed en an ul de du da do di la le les des del dos das "
    "van von der bin ibn bani beni abu of the upon sur sous".split()
)

# Words that start a sentence with a capital without starting a name ("In Yangon, …").
FUNCTION_WORDS = frozenset(
    "in on at the a an and but or after before when as for from near with by during since "
    "while meanwhile elsewhere separately also then later earlier last this that these "
    "those some many most both all no it its they he she we there here yesterday today "
    "to into across throughout outside inside around".split()
)

# Words that may accompany a place name without being part of the gazetteer's name:
# "Borno State", "northern Homs", "Baghdad airport".
PLACE_WORDS = frozenset(
    "province governorate state district region county city town village municipality "
    "river valley mountains mountain hills desert plain plains lake coast island islands "
    "north south east west northern southern eastern western central upper lower greater "
    "airport camp base border capital territory area neighbourhood neighborhood suburb "
    "oblast prefecture department division commune".split()
)

# Nouns after a demonym that make it a place: "the Syrian border", "Iraqi territory".
DEMONYM_PLACE_NOUNS = frozenset(
    "border borders frontier side territory soil town towns city cities village villages "
    "capital province provinces region regions coast waters airspace countryside "
    "desert mainland interior".split()
)

# Capitalised words that are never places here: calendar words and titles of people.
MONTHS = "january february march april may june july august september october november december"
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
TITLES = frozenset(
    "president minister prime general gen col colonel lt major maj capt captain sgt "
    "sheikh shaikh imam mullah ayatollah cleric mr mrs ms dr sir lord lady king queen prince princess "
    "pope secretary governor gov senator sen rep representative mayor commander chief "
    "spokesman spokeswoman spokesperson ambassador envoy judge justice emir sultan "
    "brigadier marshal admiral lieutenant sergeant officer director head leader".split()
)
NEVER_PLACES = frozenset(MONTHS.split()) | frozenset(WEEKDAYS.split()) | TITLES | frozenset(
    "god allah islam islamic muslim muslims christian christians jihadist jihadists "
    "english arabic french copyright afp reuters ap".split()
)
# Verbs after a name that make it a speaker, not a place ("Kirby said").
SPEECH_VERBS = frozenset("said says told added stated announced wrote tweeted".split())


@dataclass
class Token:
    start: int
    end: int
    text: str

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def lower(self) -> str:
        return self.text.casefold()


@dataclass
class Mention:
    """A span of text that names a place, and what it resolved to."""

    start: int
    end: int
    text: str
    candidates: list[Place] = field(default_factory=list, repr=False)
    kind: str = "name"  # "name", or "demonym" for "the Syrian border"
    place: Place | None = None
    score: float = 0.0
    alternatives: list[tuple[Place, float]] = field(default_factory=list, repr=False)

    def to_json(self, gazetteer: Gazetteer | None = None) -> dict:
        """The batch interface's view of the mention (../specs/batch-interface.md)."""
        p = self.place
        out = {"start": self.start, "end": self.end, "text": self.text}
        if p is None:
            out.update(name=None, lat=None, lon=None, geonameid=None, country_code=None,
                       feature_code=None, score=0.0)
            return out
        out.update(
            name=p.name,
            lat=p.latitude,
            lon=p.longitude,
            geonameid=p.geonameid,
            country_code=p.country_code,
            feature_code=p.feature_code,
            score=round(self.score, 3),
        )
        if self.alternatives:
            out["alternatives"] = [
                {"name": a.name, "lat": a.latitude, "lon": a.longitude, "geonameid": a.geonameid,
                 "country_code": a.country_code, "feature_code": a.feature_code, "score": round(s, 3)}
                for a, s in self.alternatives
            ]
        return out


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _joined(text: str, left: Token, right: Token) -> bool:
    """Whether two tokens can belong to one name: only a space or a hyphen between."""
    gap = text[left.end : right.start]
    return gap in (" ", "-", "\u2010", "\u2011", "\u2013") if gap else False


def _sentence_initial(text: str, token: Token) -> bool:
    before = text[max(0, token.start - 4) : token.start].rstrip(" \"'\u201c\u2018(")
    return not before or before[-1] in ".!?\n:\u2014\u2013"


def _capitalised_runs(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """[i, j) token ranges: capitalised words, with particles inside, joined by space/hyphen."""
    runs = []
    i, n = 0, len(tokens)
    while i < n:
        if not tokens[i].is_capitalised or (
            tokens[i].lower in FUNCTION_WORDS and _sentence_initial(text, tokens[i])
        ):
            i += 1
            continue
        j = i + 1
        while j < n and _joined(text, tokens[j - 1], tokens[j]) and (
            tokens[j].is_capitalised or tokens[j].lower in PARTICLES
        ):
            j += 1
        while j - 1 > i and not tokens[j - 1].is_capitalised:  # no trailing particles
            j -= 1
        runs.append((i, j))
        i = j
    return runs


def _is_major(place: Place) -> bool:
    return place.is_country or place.is_admin1 or place.feature_code == "PPLC" or place.population >= 200_000


def find_mentions(text: str, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Place-name spans in ``text`` with their gazetteer candidates (not yet ranked)."""
    gz = gazetteer or load_gazetteer()
    tokens = tokenize(text)
    mentions: list[Mention] = []
    for i, j in _capitalised_runs(text, tokens):
        mentions.extend(_mentions_in_run(text, tokens, i, j, gz))
    mentions.extend(_demonym_mentions(text, tokens, gz))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _mentions_in_run(text: str, tokens: list[Token], i: int, j: int, gz: Gazetteer) -> list[Mention]:
    run = tokens[i:j]
    before = tokens[i - 1] if i > 0 else None
    after = tokens[j] if j < len(tokens) else None
    # "President Joe Biden", "spokesman John Kirby": a person, whatever the words are.
    if run[0].lower in TITLES or (before is not None and before.lower in TITLES and not _sentence_initial(text, run[0])):
        return []
    found: list[Mention] = []
    a = 0
    while a < len(run):
        match = None
        for b in range(min(len(run), a + 6), a, -1):
            if not run[b - 1].is_capitalised:
                continue
            key = normalize_name(text[run[a].start : run[b - 1].end])
            if gz.has_key(key):
                match = b
                break
        if match is None:
            a += 1
            continue
        span = run[a:match]
        rest = run[:a] + run[match:]
        whole_run = not rest
        if whole_run or all(t.lower in PLACE_WORDS or t.lower in PARTICLES for t in rest):
            m = _accept(text, span, whole_run, before if a == 0 else run[a - 1],
                        after if match == len(run) else run[match], gz)
            if m is not None:
                found.append(m)
        a = match
    return found


def _accept(text: str, span: list[Token], whole_run: bool, before: Token | None, after: Token | None,
            gz: Gazetteer) -> Mention | None:
    start, end = span[0].start, span[-1].end
    key = normalize_name(text[start:end])
    candidates = [gz.place(r) for r in gz.rows_for_key(key)]
    if all(t.text.isupper() for t in span) and len(key.replace(" ", "")) <= 5:
        # "SANA", "AFP", "UN": an acronym is an organisation unless it names a country.
        candidates = [c for c in candidates if c.is_country]
        if not candidates:
            return None
    if len(span) > 1 and all(t.lower in gz.common_words for t in span) and not any(
        normalize_name(c.name) == key for c in candidates
    ):
        return None  # "White House": ordinary words that only an alternate name matches
    if len(span) == 1:
        word = span[0].lower
        if word in NEVER_PLACES or len(word) < 2:
            return None
        if word in gz.demonyms and not (before is not None and before.lower in ("in", "near", "at", "from")):
            return None  # "Malian troops": a demonym is a place only as _demonym_mentions reads it
        major = any(_is_major(c) for c in candidates)
        if word in gz.common_words:
            # "Police said…", "Mobile phones…": a frequent word is a place only when it
            # names a major place, and at the start of a sentence only a country or capital.
            national = any(c.is_country or c.feature_code == "PPLC" for c in candidates)
            if not major or (_sentence_initial(text, span[0]) and not national):
                return None
        if after is not None and after.lower in SPEECH_VERBS and not major:
            return None  # "Kirby said"
    return Mention(start, end, text[start:end], candidates)


def _demonym_mentions(text: str, tokens: list[Token], gz: Gazetteer) -> list[Mention]:
    """"the Syrian border", "Syrian-Iraqi border", "Iraqi territory" -> country mentions."""
    found = []
    for k, tok in enumerate(tokens):
        iso = gz.demonyms.get(tok.lower) if tok.is_capitalised else None
        if iso is None:
            continue
        m = k + 1
        while m < len(tokens) and (tokens[m].lower in gz.demonyms or tokens[m].lower == "and"):
            m += 1
        if m < len(tokens) and tokens[m].lower in DEMONYM_PLACE_NOUNS:
            country = gz.country(iso)
            if country is not None:
                found.append(Mention(tok.start, tok.end, tok.text, [country], kind="demonym"))
    return found


# -- resolution ---------------------------------------------------------------------------

# Weights of the context signals, on the scale of ``prior_score`` (about 0–6).
IN_NAMED_COUNTRY = 3.0  # the document names the candidate's country
QUALIFIED = 5.0  # "Homs, Syria" / "Kidal in Mali" / "Maiduguri, Borno"
NEAR_OTHERS = 2.0  # within 250 km of another resolved place
PRIMARY_NAME = 0.5  # the mention is the entry's main name, not one of its alternates
FOCUS_COUNTRY = 1.5  # the country most of the document's places lie in


def resolve_mentions(text: str, mentions: list[Mention], gazetteer: Gazetteer | None = None,
                     keep_alternatives: int = 3) -> list[Mention]:
    """Choose a place for each mention (in place) and return the mentions."""
    gz = gazetteer or load_gazetteer()
    named_countries = {c.country_code for m in mentions for c in m.candidates if c.is_country
                       and normalize_name(m.text) != "us" or (c.is_country and m.kind == "demonym")}
    qualifiers = _qualifier_pairs(text, mentions)

    # First pass: priors and named countries; second pass adds the document's focus
    # country and nearness to the places the first pass settled.
    first = [_rank(m, gz, named_countries, qualifiers.get(k), None, []) for k, m in enumerate(mentions)]
    settled = [r[0][0] for r in first if r]
    focus = _focus_country(settled)
    for k, m in enumerate(mentions):
        others = [p for idx, p in enumerate(settled) if p is not None and not _same_span(mentions, k, p)]
        ranked = _rank(m, gz, named_countries, qualifiers.get(k), focus, others)
        if not ranked:
            m.place, m.score, m.alternatives = None, 0.0, []
            continue
        m.place = ranked[0][0]
        m.score = _confidence(ranked)
        m.alternatives = [(p, _softmax_share(ranked, i)) for i, (p, _) in enumerate(ranked[1 : keep_alternatives + 1], 1)]
    return mentions


def _same_span(mentions: list[Mention], k: int, place: Place) -> bool:
    return place in mentions[k].candidates


def _qualifier_pairs(text: str, mentions: list[Mention]) -> dict[int, list[Place]]:
    """Mention k -> the candidates of the mention that qualifies it ("X, Y" or "X in Y")."""
    out = {}
    for k in range(len(mentions) - 1):
        gap = text[mentions[k].end : mentions[k + 1].start]
        if gap in (", ", " in ", ", in ", " (", " province, ", " state, ") or gap.strip() in (",", "in"):
            out[k] = [c for c in mentions[k + 1].candidates if c.is_country or c.is_admin1]
    return out


def _focus_country(places: list[Place | None]) -> str | None:
    counts: dict[str, int] = {}
    for p in places:
        if p is not None:
            counts[p.country_code] = counts.get(p.country_code, 0) + 1
    return max(counts, key=counts.get) if counts else None


def _rank(m: Mention, gz: Gazetteer, named_countries: set[str], qualifier: list[Place] | None,
          focus: str | None, others: list[Place]) -> list[tuple[Place, float]]:
    key = normalize_name(m.text)
    scored = []
    for c in m.candidates:
        s = prior_score(c)
        if c.country_code in named_countries:
            s += IN_NAMED_COUNTRY
        if focus is not None and c.country_code == focus:
            s += FOCUS_COUNTRY
        if qualifier and any(_within(q, c, gz) for q in qualifier):
            s += QUALIFIED
        if normalize_name(c.name) == key:
            s += PRIMARY_NAME
        if others and not c.is_country:
            nearest = min(haversine_km(c.latitude, c.longitude, o.latitude, o.longitude) for o in others
                          if not o.is_country) if any(not o.is_country for o in others) else math.inf
            if nearest < 250:
                s += NEAR_OTHERS
        scored.append((c, s))
    scored.sort(key=lambda ps: ps[1], reverse=True)
    return scored


def _within(qualifier: Place, place: Place, gz: Gazetteer) -> bool:
    if qualifier.country_code != place.country_code or qualifier.index == place.index:
        return False
    if qualifier.is_country:
        return True
    nearest = gz.nearest_admin1(place.latitude, place.longitude, place.country_code)
    return qualifier.admin1_code == place.admin1_code or (nearest is not None and nearest.index == qualifier.index)


def _softmax_share(ranked: list[tuple[Place, float]], i: int) -> float:
    top = ranked[0][1]
    weights = [math.exp(s - top) for _, s in ranked]
    return weights[i] / sum(weights)


def _confidence(ranked: list[tuple[Place, float]]) -> float:
    """Share of the winner among its rivals, damped for entries known only by a weak
    prior (a village matched by an alternate name)."""
    share = _softmax_share(ranked, 0)
    strength = 1 - math.exp(-max(ranked[0][1], 0) / 3)
    return max(0.0, min(1.0, share * (0.5 + 0.5 * strength)))


def parse_places(text: str, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Find and resolve the place mentions of a text."""
    gz = gazetteer or load_gazetteer()
    return resolve_mentions(text, find_mentions(text, gz), gz)


def resolve_spans(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Resolve given spans (``parse --gold-spans``), in their order, with each other as context.

    A span whose exact text is not in the gazetteer is retried without a leading
    article or trailing place word ("the Bronx", "Borno State").
    """
    gz = gazetteer or load_gazetteer()
    mentions = []
    for start, end in spans:
        surface = text[start:end]
        mentions.append(Mention(start, end, surface, [gz.place(r) for r in _rows_for_surface(surface, gz)]))
    return resolve_mentions(text, mentions, gz)


def _rows_for_surface(surface: str, gz: Gazetteer) -> tuple[int, ...]:
    key = normalize_name(surface)
    rows = gz.rows_for_key(key)
    if rows:
        return rows
    words = key.split()
    if words and words[0] == "the":
        rows = gz.rows_for_key(" ".join(words[1:]))
    if not rows and len(words) > 1 and words[-1] in PLACE_WORDS:
        rows = gz.rows_for_key(" ".join(words[:-1]))
    if not rows and key in gz.demonyms:
        country = gz.country(gz.demonyms[key])
        rows = (country.index,) if country else ()
    return rows
