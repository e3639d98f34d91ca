"""Find place names in running text and resolve them against the offline gazetteer.

Two steps, usable apart:

- ``find_mentions(text)``: spans that name places: runs of capitalised words (with the
  Arabic/Romance particles "al-", "ez-", "de" inside them) matched against every name
  and alternate name in the gazetteer, longest first; the place that leads an
  institution's name ("Texas Department of Transportation"); newspaper abbreviations of
  states ("Topeka, Kan.", "Springfield, IL"); demonyms ("American troops", "the Syrian
  border", "Palestinians"); streets, rivers or camps the gazetteer lacks ("Haifa Street",
  "Neches River"), kept with a coarse place. People ("President Joe Biden", "Tom Baker",
  "Lincoln said"), organisations whose names merely contain a place ("Kataeb Hezbollah",
  "Syrian Observatory for Human Rights"), months, weekdays, contractions ("We're") and
  ordinary words ("Police said…", "the Mobile phones") are left out.
- ``resolve_mentions(text, mentions)``: ranks each name's candidates by what the whole
  document says about where it is (the countries it is about and their neighbours, its
  admin-1 and admin-2 regions: named outright, "Town, Region" pairs, or where its other
  places lie), nearness to the places other names settled on, and the candidates'
  importance (feature kind, population, main name or alternate). A name keeps one sense
  through a document; each mention keeps a score in [0, 1] and the runners-up.

``parse_places(text)`` does both; ``resolve_spans`` resolves given spans (gold spans).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from geo.gazetteer import FEATURE_CLASSES, Gazetteer, Place, expand_leading_abbreviation, load_gazetteer, normalize_name
from geo.geocoder import feature_prior

# A word, an abbreviation with dots ("U.S."; "St." before a name), or a number. Apostrophes stay inside words
# ("Sana'a", "N'Djamena") but neither a possessive "'s" ("Syria's") nor an English
# contraction ("We're", "I've") does; hyphens separate words but may join a run ("Deir ez-Zor").
_TOKEN = re.compile(
    r"(?=[A-Z][.a-z])(?:(?:[A-Z]\.){2,}|(?:St|Ste|Mt|Ft)\.(?= [A-Z]))"  # the guard only saves time
    r"|[^\W\d_]+(?:['\u2019](?!(?:[sS]|re|ve|ll|[dmt])\b)[^\W\d_]+)*|\d+"
)

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
    "to into across throughout outside inside around if i you our their his her what who "
    "how why where which not".split()
)

# Words that may accompany a place name without being part of the gazetteer's name:
# "Borno State", "northern Homs", "Baghdad airport".
PLACE_WORDS = frozenset(
    "province governorate state district region county city town village municipality "
    "river valley mountains mountain hills desert plain plains lake coast island islands "
    "north south east west northern southern eastern western central upper lower greater "
    "northeast northwest southeast southwest northeastern northwestern southeastern "
    "southwestern mid upstate downstate downtown uptown metro metropolitan rural coastal "
    "airport camp base border capital territory area neighbourhood neighborhood suburb "
    "oblast prefecture department division commune township twp parish borough "
    "mount mt fort port bay cape gulf jebel jabal jbel wadi".split()
)

# "Rep. Wendell Gilliard, D-Charleston": a party's letter before a home town.
_PARTY_LETTERS = frozenset("DRI")

# Words that make a capitalised run an institution's name; the place that leads it is
# still a place ("Texas Department of Transportation", "Ohio State University",
# "Gainesville Police", "U.S. Army"). Only the leading place counts: "Syrian Observatory
# for Human Rights" or "Kataeb Hezbollah" name no place.
INSTITUTION_WORDS = frozenset(
    "department dept university college school schools academy institute police sheriff "
    "sheriffs council board hospital court courts army navy air marine marines guard "
    "national fire commission commissioners office authority legislature senate house "
    "congress congressional assembly parliament government ministry embassy consulate "
    "administration census attorney attorneys supreme federal fiscal clerk treasurer "
    "assessor coroner times post herald tribune gazette journal news daily press "
    "chamber committee society foundation association federation union bureau agency "
    "regional medical health transit emergency highway patrol corrections prison jail "
    "education educators teachers democrats republicans party league bar lottery "
    "forces military defense defence".split()
)

# Words that make a capitalised run a firm's name.
COMPANY_WORDS = frozenset("corp corporation inc co llc ltd plc company companies holdings enterprises "
                          "industries".split())

# Nouns after a demonym that make it a place: "the Syrian border", "Iraqi territory".
DEMONYM_PLACE_NOUNS = frozenset(
    "border borders frontier side territory soil town towns city cities village villages "
    "capital province provinces region regions coast waters airspace countryside "
    "desert mainland interior".split()
)
# Demonyms that are also languages: a place only as in "the French border".
LANGUAGE_DEMONYMS = frozenset(
    "english french spanish german italian greek portuguese dutch irish hebrew latin".split()
)

# Capitalised words that are never places here: calendar words and titles of people.
MONTHS = "january february march april may june july august september october november december"
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
TITLES = frozenset(
    "president minister prime general gen col colonel lt major maj capt captain sgt "
    "sheikh shaikh imam mullah ayatollah cleric mr mrs ms dr sir lord lady king queen prince princess "
    "pope secretary governor gov senator sen rep representative mayor commander chief "
    "spokesman spokeswoman spokesperson ambassador envoy judge justice emir sultan "
    "brigadier marshal admiral lieutenant sergeant officer director head leader "
    "coach pastor rev reverend father sister brother saint deputy detective trooper "
    "sheriff superintendent commissioner councilman councilwoman chairman chairwoman sens reps "
    "const constable cpl pte pvt insp supt".split()
)
# Names of places that news uses for institutions ("the White House said").
INSTITUTION_NAMES = frozenset(["white house", "red cross", "red crescent"])
NEVER_PLACES = frozenset(MONTHS.split()) | frozenset(WEEKDAYS.split()) | TITLES | frozenset(
    "god allah islam islamic muslim muslims christian christians jihadist jihadists "
    "english arabic french copyright afp reuters ap mon tue tues wed thu thurs fri sat sun "
    "jan feb mar apr jun jul aug sep sept oct nov dec christmas easter".split()
)
# Verbs after a name that make it a speaker, not a place ("Kirby said").
SPEECH_VERBS = frozenset("said says told added stated announced wrote tweeted asked replied".split())

# A word among the most frequent English words ("Police", "Mobile", "Reading") is an
# ordinary word unless the text treats it as a name; the rarer ones in wordfreq's list
# ("Gainesville", "Springfield") are mostly names themselves.
COMMON_WORD_RANK = 5000
VERY_COMMON_WORD_RANK = 1000  # "Man", "Will", "Hope": a place in mid-sentence only if a major one
TOWN_OF_SOME_SIZE = 10_000
CITY_SIZE = 50_000


@dataclass
class Mention:
    """A span of text that names a place, and what it resolved to."""

    start: int
    end: int
    text: str
    rows: tuple[int, ...] = ()  # gazetteer rows of the candidates
    # "name"; "demonym" for "American troops"; "abbreviation" for "Kan."; "fallback" for a
    # name the gazetteer lacks ("Neches River", "Haifa Street"), placed coarsely at the
    # document's main place.
    kind: str = "name"
    hint: str = ""  # a feature code the text implies: "ADM1" for "Homs province"
    place: Place | None = None
    score: float = 0.0
    alternatives: list[tuple[Place, float]] = field(default_factory=list, repr=False)
    gazetteer: Gazetteer | None = field(default=None, repr=False, compare=False)

    @property
    def candidates(self) -> list[Place]:
        gz = self.gazetteer or load_gazetteer()
        return [gz.place(r) for r in self.rows]

    def to_json(self, gazetteer: Gazetteer | None = None) -> dict:
        """The batch interface's view of the mention (../specs/batch-interface.md)."""
        out = {"start": self.start, "end": self.end, "text": self.text, **_place_fields(self.place),
               "score": round(self.score, 3) if self.place is not None else 0.0}
        if self.alternatives:
            out["alternatives"] = [{**_place_fields(a), "score": round(s, 3)} for a, s in self.alternatives]
        return out


_NO_PLACE = {"name": None, "lat": None, "lon": None, "geonameid": None, "country_code": None, "feature_code": None}


@lru_cache(maxsize=50_000)
def _place_fields(place: Place | None) -> dict:
    """A place's fields in the batch interface (shared: callers copy them)."""
    if place is None:
        return _NO_PLACE
    return {"name": place.name, "lat": place.latitude, "lon": place.longitude, "geonameid": place.geonameid,
            "country_code": place.country_code, "feature_code": place.feature_code}


_JOINERS = frozenset((" ", "-", "\u2010", "\u2011", "\u2013"))
# Words before a place: "in Oxford".
LOCATIVES = frozenset("in at from near to into outside around across toward towards through throughout via "
                      "between".split())
STRONG_LOCATIVES = frozenset("in at from near outside".split())  # not "to Mary", "toward Paul"


def _previous_word(text: str, at: int) -> str:
    words = text[max(0, at - 12) : at].split()
    return words[-1] if words else ""


@lru_cache(maxsize=200_000)
def _word_key(word: str) -> str:
    """``normalize_name`` of one token; plain ASCII words need only lower-casing."""
    return word.lower() if word.isascii() and word.isalpha() else normalize_name(word)


_MATCH_GROUP, _MATCH_START, _MATCH_END = re.Match.group, re.Match.start, re.Match.end
# A word that starts with a capital (Latin Extended mixes cases: checked again with
# str.isupper), as _TOKEN reads it; and runs of them joined by spaces or hyphens, with
# particles between ("Deir ez-Zor", "Isle of Man").
_CAPITAL_WORD = (r"(?:[A-Z]\.){2,}|(?:St|Ste|Mt|Ft)\.(?= [A-Z])"
                 r"|[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff][^\W\d_]*"
                 r"(?:['\u2019](?!(?:[sS]|re|ve|ll|[dmt])\b)[^\W\d_]+)*")
_JOIN = "[ \\-\u2010\u2011\u2013]"
_RUN = re.compile(
    rf"(?<![^\W\d_])(?:{_CAPITAL_WORD})"
    rf"(?:{_JOIN}(?:(?:{'|'.join(sorted(PARTICLES, key=len, reverse=True))}){_JOIN})*(?:{_CAPITAL_WORD}))*"
)


class _Text:
    """A text as parallel token columns (words, offsets), which is what recognition
    walks; objects per token would cost more than the rest of the work."""

    __slots__ = ("text", "words", "starts", "ends", "runs", "_lower_words", "_located_words", "surnames",
                 "person_tokens", "listed_regions")

    def __init__(self, text: str):
        matches = list(_TOKEN.finditer(text))
        self.text = text
        self.words = list(map(_MATCH_GROUP, matches))
        self.starts = list(map(_MATCH_START, matches))
        self.ends = list(map(_MATCH_END, matches))
        self.runs = self._capitalised_runs()  # [i, j) token ranges of capitalised runs
        self._lower_words: dict[str, bool] = {}
        self._located_words: dict[str, bool] = {}
        self.surnames: set[str] = set()  # words of people's names met ("Baker" of "Tom Baker said")
        self.person_tokens: set[int] = set()  # tokens inside people's names ("Paris Hilton")
        # Names in "Barrow, Jackson and Oconee counties": places, whatever the words.
        self.listed_regions = _listed_regions(text)

    def _capitalised_runs(self) -> list[tuple[int, int]]:
        """Capitalised words, with particles inside, joined by spaces or hyphens; not a
        sentence's opening function word ("In Yangon, …"). The runs are found by a regex
        (in C) and mapped to tokens."""
        words, n = self.words, len(self.words)
        first_token = dict(zip(self.starts, range(n)))
        after_token = dict(zip(self.ends, range(1, n + 1)))
        runs = []
        for m in _RUN.finditer(self.text):
            i, j = first_token.get(m.start()), after_token.get(m.end())
            if i is None or j is None:
                continue  # inside a word ("d'Ivoire")
            while i < j and (not words[i][:1].isupper() or (
                    words[i].casefold() in FUNCTION_WORDS and self.sentence_initial(i))):
                i += 1
                while i < j and not words[i][:1].isupper():  # particles after it
                    i += 1
            if i < j:
                runs.append((i, j))
        return runs

    def written_in_lower_case(self, word: str) -> bool:
        """Whether the text writes ``word`` (lower case) as a word somewhere ("mobile phones")."""
        found = self._lower_words.get(word)
        if found is None:
            found = self._lower_words[word] = any(True for _ in self._occurrences(word))
        return found

    def located(self, word: str, prepositions: frozenset = LOCATIVES) -> bool:
        """Whether the capitalised ``word`` (case-folded) follows a locative preposition
        somewhere ("in Oxford")."""
        found = self._located_words.get((word, prepositions))
        if found is None:
            text = self.text
            found = any(_previous_word(text, at) in prepositions
                        for at in self._occurrences(word[:1].upper() + word[1:]))
            self._located_words[(word, prepositions)] = found
        return found

    def _occurrences(self, word: str):
        """Offsets where ``word`` stands as a whole word (str.find, not a regex per word)."""
        text, at = self.text, self.text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not text[end].isalpha()):
                yield at
            at = text.find(word, end)

    def capitalised(self, i: int) -> bool:
        return self.words[i][:1].isupper()

    def lower(self, i: int) -> str:
        return self.words[i].casefold()

    def joined(self, i: int, j: int) -> bool:
        """Whether tokens i and j (i < j, adjacent) can belong to one name: only a space
        or a hyphen between them."""
        return self.text[self.ends[i] : self.starts[j]] in _JOINERS

    def sentence_initial(self, i: int) -> bool:
        start = self.starts[i]
        before = self.text[max(0, start - 4) : start].rstrip(" \"'\u201c\u2018(")
        return not before or before[-1] in ".!?\n:\u2014\u2013"

    def key(self, a: int, b: int) -> str:
        """The normalised name of tokens [a, b), as ``normalize_name`` of their text."""
        return expand_leading_abbreviation(" ".join([_word_key(w) for w in self.words[a:b]]))


def _is_major(gz: Gazetteer, row: int) -> bool:
    """A country, admin-1 region, capital or city of 200,000 (regions' summed
    populations do not make a district major)."""
    code = gz.feature_code[row]
    return code in ("PCLI", "ADM1", "PPLC", "CONT") or code == "PPL" and gz.population[row] >= 200_000


def find_mentions(text: str, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Place-name spans in ``text`` with their gazetteer candidates (not yet ranked)."""
    gz = gazetteer or load_gazetteer()
    t = _Text(text)
    # Most runs are one capitalised word that names nothing ("Officials", "Tuesday"):
    # those need no further look.
    words, index, demonyms = t.words, gz.index, gz.demonyms
    runs = [(i, j) for i, j in t.runs if j - i > 1 or _word_key(words[i]) in index or words[i].casefold() in demonyms]
    for i, j in runs:
        if j - i > 1 or (j < len(words) and len(words[j]) == 1):
            _find_people(t, i, j, gz)
    mentions: list[Mention] = []
    for i, j in runs:
        mentions.extend(_mentions_in_run(t, i, j, gz))
    if t.surnames:  # "Baker" alone, once "Tom Baker" was met, is still the person
        mentions = [m for m in mentions if not (m.kind == "name" and m.text in t.surnames
                                                and not _major_by_name(gz, m.rows, _word_key(m.text)))]
    mentions.extend(_abbreviation_mentions(text, gz))
    mentions.sort(key=lambda m: m.start)
    return _without_overlaps(mentions)


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out


def _find_people(t: _Text, i: int, j: int, gz: Gazetteer) -> None:
    """Mark people's names in a run [i, j): "Tom Baker", "Paris Hilton", "Vincent J.
    Fumo": a given name, then a word that is neither a place word nor an institution's
    or a title, the two naming no place together."""
    names = gz.given_names
    if j - i == 1 and not (j < len(t.words) and len(t.words[j]) == 1):
        return  # one word, no middle initial after it: no first and last name here
    for k in range(i, j):
        if not t.capitalised(k) or _word_key(t.words[k]) not in names or t.lower(k) in gz.demonyms:
            continue
        last = k + 1
        if last < len(t.words) and len(t.words[last]) == 1 and t.words[last].isupper() \
                and t.text[t.ends[last] : t.ends[last] + 2] == ". ":
            last += 1  # a middle initial: "Vincent J. Fumo"
        elif last >= j:
            break
        if last >= len(t.words) or not t.capitalised(last):
            continue
        surname = t.lower(last)
        if surname in PLACE_WORDS or surname in INSTITUTION_WORDS or surname in TITLES \
                or gz.has_key(t.key(k, last + 1)) or _leads_institution(t, last, max(j, last + 1)):
            continue
        if gz.has_key(_word_key(t.words[k])) and gz.word_ranks.get(_word_key(surname), COMMON_WORD_RANK) < COMMON_WORD_RANK:
            continue  # "Paris High School", "Georgia Public Service Commission": a place leads a name
        t.person_tokens.update(range(k, last + 1))
        t.surnames.update((t.words[k], t.words[last]))


def _mentions_in_run(t: _Text, i: int, j: int, gz: Gazetteer) -> list[Mention]:
    """The place mentions in the capitalised run of tokens [i, j)."""
    if j - i > 1 and t.words[i] in _PARTY_LETTERS and t.text[t.ends[i] : t.starts[i + 1]] == "-":
        i += 1  # "Rep. Wendell Gilliard, D-Charleston": a party and a home town
    if j - i > 1 and t.sentence_initial(i) and _ordinary_word(t.words[i], gz) and not any(
            da == 0 and db > 1 for da, db in _names_in_words(gz, tuple(t.words[i:j]))):
        i += 1  # "Two Northeast Georgia counties …": a sentence's first word, not a name's (but "New York")
    if _names_a_person(t, i, j, gz):
        return []
    first = t.lower(i)
    if (first in gz.demonyms or j - i > 1 and t.key(i, i + 2) in gz.demonyms) and \
            not any(gz.has_key(t.key(i, b)) for b in range(i + 2, min(j, i + 6) + 1)):
        return _demonym_mentions(t, i, j, gz)  # not "American Samoa", "Indian Ocean"
    last = t.lower(j - 1)
    if last in STREET_WORDS and j - i > 1:
        # "Haifa Street", "Memphis Street": a street of the town the report is about, not
        # the city it is named after; placed at the document's main place.
        rows = gz.rows_for_key(t.key(i, j))
        return [Mention(t.starts[i], t.ends[j - 1], t.text[t.starts[i] : t.ends[j - 1]], rows, gazetteer=gz)] \
            if rows else [_unknown_place(t, i, j, gz)]
    names = _names_in_words(gz, tuple(t.words[i:j]))
    if not names:
        if j - i > 1 and (last in FEATURE_WORDS or first in FEATURE_WORDS):
            return [_unknown_place(t, i, j, gz)]  # "Neches River", "Camp Speicher": not in the gazetteer
        return []
    found: list[Mention] = []
    for da, db in names:
        a, b = i + da, i + db
        if t.person_tokens and any(k in t.person_tokens for k in range(a, b)):
            continue  # "Paris Hilton"
        if b - a == 1 and b < j and t.lower(a) in PLACE_WORDS:
            continue  # "Northeast Georgia", "East Texas": a modifier of the next name
        rest = [t.lower(k) for k in range(i, a)] + [t.lower(k) for k in range(b, j)]
        plain = all(w in PLACE_WORDS or w in PARTICLES for w in rest)  # "Borno State", "northern Homs"
        if not plain and not any(w in INSTITUTION_WORDS or w in TITLES or _word_key(w) in gz.common_words
                                 for w in rest):
            continue  # "Toyota Hilux", "Mardi Gras": the rest is a name of its own
        if not plain and any(w in COMPANY_WORDS for w in rest) and not _major_by_name(gz, gz.rows_for_key(t.key(a, b)),
                                                                                    t.key(a, b)):
            continue  # "McDaniel Construction Corp.": a firm's name (but "Georgia Power Co.")
        # The place that leads a longer name counts ("Paris Public Library", "Northeast
        # Georgia Medical Center"), as do places joined by a hyphen ("Minneapolis-St.
        # Paul") and one an institution is "of" ("University of Georgia").
        leading = all(t.lower(k) in PLACE_WORDS for k in range(i, a))
        after_place = bool(found) and found[-1].end == t.ends[a - 1] and t.text[t.ends[a - 1] : t.starts[a]] != " "
        if plain or leading or after_place or _of_institution(t, i, a, b, j):
            m = _accept(t, a, b, gz, inside_name=not plain)
            if m is not None:
                found.append(m)
    return found


def _names_a_person(t: _Text, i: int, j: int, gz: Gazetteer) -> bool:
    """"President Joe Biden", "spokesman John Kirby", "Kwesi Millington said", "Maria
    Flores, 34,": a person, whatever the words are (their last word is noted, so that
    "Kirby" alone stays the person)."""
    first = t.lower(i)
    titled = i > 0 and t.lower(i - 1) in TITLES and (
        not t.sentence_initial(i) or t.text[t.ends[i - 1] : t.starts[i]] == ". ")  # "Mrs. Parsons"
    initialled = i > 0 and len(t.words[i - 1]) == 1 and t.words[i - 1].isupper() \
        and t.text[t.ends[i - 1] : t.starts[i]] == ". "  # "H. L. Snyder"
    if first in TITLES or titled or initialled:
        if j - i > 1 or first not in TITLES:
            t.surnames.add(t.words[j - 1])
        return True
    if 1 < j - i <= 3 and _person_context(t, j, i) and not gz.has_key(t.key(i, j)) and not any(
            t.lower(k) in PLACE_WORDS or t.lower(k) in INSTITUTION_WORDS for k in range(i, j)):
        t.surnames.add(t.words[j - 1])  # (but not "Derna Shoura Council says")
        return True
    return False


MAX_NAME_WORDS = 6


def _names_in_words(gz: Gazetteer, words: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """[a, b) ranges of the words that name places, longest first from the left. Runs
    recur within and across texts ("Gainesville", "Supreme Court"), so the answer is
    cached per gazetteer."""
    cache = _cache(gz).names_in_words
    found = cache.get(words)
    if found is not None:
        return found
    keys = [_word_key(w) for w in words]
    out = []
    a, n = 0, len(words)
    while a < n:
        for b in range(min(n, a + MAX_NAME_WORDS), a, -1):
            if words[b - 1][:1].isupper() and gz.has_key(expand_leading_abbreviation(" ".join(keys[a:b]))):
                out.append((a, b))
                a = b
                break
        else:
            a += 1
    found = tuple(out)
    if len(cache) > 200_000:  # a long-running process: keep the cache bounded
        cache.clear()
    cache[words] = found
    return found


# The last word of a street's name, and the words that make an unknown name a place
# ("Neches River", "Readington Township", "Camp Speicher", "Al-Asad Air Base").
STREET_WORDS = frozenset("street road avenue drive boulevard lane highway parkway square".split())
FEATURE_WORDS = frozenset(
    "river creek lake township county parish valley park base airbase camp airport airfield bridge dam "
    "mountain mountains island islands bay wilderness beach falls canal port harbor harbour".split()
)


def _unknown_place(t: _Text, i: int, j: int, gz: Gazetteer) -> Mention:
    start, end = t.starts[i], t.ends[j - 1]
    return Mention(start, end, t.text[start:end], (), kind="fallback", gazetteer=gz)


def _of_institution(t: _Text, i: int, a: int, b: int, j: int) -> bool:
    """"University of Georgia", "Phil Cole of the Ohio Association": the place ([a, b) in
    the run [i, j)) follows "of" after an institution's word or a person's name, and
    ends the run or leads an institution's name (but "Islamic State of Iraq" is an
    organisation's name, not a place)."""
    k = a - 1
    if k > i and t.lower(k) == "the":
        k -= 1
    if k - 1 < i or t.lower(k) != "of" or not (t.lower(k - 1) in INSTITUTION_WORDS or k - 1 in t.person_tokens):
        return False
    return b == j or _leads_institution(t, b, j) or all(t.lower(m) in PLACE_WORDS for m in range(b, j))


def _major_by_name(gz: Gazetteer, rows: tuple[int, ...], key: str) -> bool:
    """Whether a major place has ``key`` as its main name (not Wanning, China, for "Manning")."""
    return any(_is_major(gz, r) and _primary_key(gz, r) == key for r in rows)


def _speaks_for_a_state(gz: Gazetteer, row: int) -> bool:
    """"Moscow said", "Kabul said": a country or a large capital speaks for a government."""
    code = gz.feature_code[row]
    return code == "PCLI" or code == "PPLC" and gz.population[row] >= 100_000


def _ordinary_word(word: str, gz: Gazetteer) -> bool:
    """One of the most frequent English words and no major place's main name."""
    key = _word_key(word)
    rank = gz.word_ranks.get(key)
    return rank is not None and rank < VERY_COMMON_WORD_RANK and not any(
        _is_major(gz, r) and _primary_key(gz, r) == key for r in gz.rows_for_key(key))


def _person_context(t: _Text, j: int, i: int | None = None) -> bool:
    """"… said", "…, 34,": what follows a name (ending before token j) that makes it a
    person's; not after "in", "from" … (the name starting at token i): "Police in Oxford
    said"."""
    if i is not None and i > 0 and t.lower(i - 1) in LOCATIVES:
        return False
    if j < len(t.words) and t.lower(j) in SPEECH_VERBS and t.text[t.ends[j - 1] : t.starts[j]] == " ":
        return True
    return bool(_AGE.match(t.text, t.ends[j - 1]))


_AGE = re.compile(r", (?:\d{1,3}|aged \d{1,3}),")


def _leads_institution(t: _Text, b: int, j: int) -> bool:
    """Whether the words [b, j) after a place make an institution or an office of it
    ("State University", "Supreme Court", "County Clerk", "Governor Ted Strickland")."""
    for k in range(b, j):
        word = t.lower(k)
        if word in INSTITUTION_WORDS or word in TITLES:
            return True
        if word not in PLACE_WORDS:
            return False
    return False


def _accept(t: _Text, a: int, b: int, gz: Gazetteer, inside_name: bool = False) -> Mention | None:
    """A mention for tokens [a, b) that name a place, unless the words are something
    else. ``inside_name``: the place leads a longer name ("Paris Public Library")."""
    text = t.text
    start, end = t.starts[a], t.ends[b - 1]
    key = t.key(a, b)
    rows = gz.rows_for_key(key)
    words = t.words[a:b]
    if all(w.isupper() for w in words) and len(key.replace(" ", "")) <= 5:
        # "SANA", "AFP", "UN": an acronym is an organisation unless it names a country.
        rows = tuple(r for r in rows if gz.feature_code[r] == "PCLI")
        return Mention(start, end, text[start:end], rows, gazetteer=gz) if rows else None
    if key in INSTITUTION_NAMES:
        return None
    if key.startswith(("saint ", "sainte ")) and text[end : end + 2] in ("'s", "\u2019s"):
        return None  # "St. Patrick's Day", "St. Mary's School": a saint's, not a town's
    if b - a > 1 and all(_word_key(w) in gz.common_words for w in words) and not any(
        _primary_key(gz, r) == key for r in rows
    ):
        return None  # "White House": ordinary words that only an alternate name matches
    if b - a == 1:
        if key in NEVER_PLACES or key in PLACE_WORDS or len(key) < 2:
            return None  # "Northwest 34th Street", "Central defeated McLean County"
        if not _reads_as_name(t, a, key, rows, gz, inside_name) and start not in t.listed_regions:
            return None
        if _person_context(t, b, a) and not any(_speaks_for_a_state(gz, r) for r in rows):
            return None  # "Kirby said", "Lincoln, 45, of Dayton" (but "Moscow said")
    hint = ""
    if b < len(t.words) and not t.capitalised(b) and text[end : t.starts[b]] == " ":
        hint = _TYPE_WORDS.get(t.lower(b), "")  # "Homs province", "Kanawha county"
    return Mention(start, end, text[start:end], rows, hint=hint, gazetteer=gz)


def _reads_as_name(t: _Text, i: int, key: str, rows: tuple[int, ...], gz: Gazetteer, inside_name: bool) -> bool:
    """Whether a single capitalised word that is also an English word or a given name
    names a place here.

    A word the text also writes in lower case ("mobile phones") is the word, except a
    country's name in mid-sentence ("turkey" the bird is no reason to doubt "Turkey").
    At the start of a sentence, where everything is capitalised, a frequent word
    ("Police") or a given name passes only as the main name of a country, capital or
    admin-1 region. In mid-sentence, a major place's main name passes; otherwise the
    word must not lead a longer name ("Clean Air Act", "Royal Bank"), must not be among
    the most frequent words ("Man", "Will"), and must be the main name of a town of some
    size ("Oxford", but not "Congress", Tennessee, or "Kristina" for Ristiina); a
    frequent word must follow a locative preposition somewhere in the text ("in Oxford",
    not only "the Mobile phones"), and a given name a strong one ("in Florence", not
    "to Mary") unless it names a city ("to Dayton").
    Rarer words in the frequency list ("Gainesville") are mostly names themselves.
    """
    rank = gz.word_ranks.get(key)
    given_name = key in gz.given_names
    if (rank is None or rank >= COMMON_WORD_RANK) and not given_name:
        return True
    fc, population = gz.feature_code, gz.population
    major_by_name = [r for r in rows if _is_major(gz, r) and _primary_key(gz, r) == key]
    initial = t.sentence_initial(i)
    if t.written_in_lower_case(key):
        return not initial and any(fc[r] == "PCLI" for r in major_by_name)
    if initial:
        return any(fc[r] in ("PCLI", "PPLC", "ADM1") for r in major_by_name)
    if major_by_name:
        return True
    if inside_name or (rank is not None and rank < VERY_COMMON_WORD_RANK):
        return False
    towns = [population[r] for r in rows if fc[r] in ("PPL", "PPLC") and population[r] >= TOWN_OF_SOME_SIZE
             and _primary_key(gz, r) == key]
    if not towns:
        return False
    # A given name must follow "in", "at", "from" … ("to Mary" is no place), unless it
    # is a city's name ("moved to Dayton").
    if given_name and not t.located(key, LOCATIVES if max(towns) >= CITY_SIZE else STRONG_LOCATIVES):
        return False
    return rank is None or t.located(key)


# The shape of a state abbreviation: "Kan.", "W. Va.", "N.Y.", or a postal code followed
# by punctuation, a ZIP code or the end of the text.
_ABBREVIATION = re.compile(r"(?<![\w.])([A-Z][a-z]{0,4}\.(?: ?[A-Z][a-z]{0,2}\.)*|[A-Z]{2}(?=[,.;:)]|\s+\d|\s*$))")
_US_PAIR = re.compile(r"[A-Z]\.[A-Z][a-z]?\.")
_PARTY = re.compile(r"\b[DRI]-$")


def _abbreviation_mentions(text: str, gz: Gazetteer) -> list[Mention]:
    """"Topeka, Kan.", "Charleston, W.Va.", "Springfield, IL", "(Ind.)", "D-S.C.": states
    as newspapers write them, after a town's name, in brackets or after a party letter;
    "D.C.", "N.Y." anywhere. "Ga." or "IN" elsewhere are other words."""
    found = []
    for m in _ABBREVIATION.finditer(text):
        surface = m.group(1)
        row = gz.abbreviations.get(surface) or gz.abbreviations.get(surface.replace(". ", ".")) \
            or gz.postal_codes.get(surface)
        if row is None:
            continue
        start = m.start()
        before = text[max(0, start - 2) : start]
        if before == ", ":
            word = text.rfind(" ", 0, start - 2) + 1  # "Topeka, Kan.": the word before the comma is a name
            if not text[word : word + 1].isupper():
                continue
        elif not (before.endswith("(") or _PARTY.search(text, max(0, start - 3), start)
                  or (_US_PAIR.fullmatch(surface) and gz.country_code[row] == "US")):
            continue  # "B.C." may be a date; "OK" a word
        found.append(Mention(start, m.end(), surface, (row,), kind="abbreviation", gazetteer=gz))
    return found


def _demonym_mentions(t: _Text, i: int, j: int, gz: Gazetteer) -> list[Mention]:
    """Demonyms that stand for their country: "American troops", "Russian President
    Vladimir Putin", "the Syrian-Iraqi border", "Palestinians" (a run [i, j) that starts
    with one). Not when they start a name ("Syrian Observatory for Human Rights",
    "Russian Orthodox Church"), and a demonym that is also a language ("French") only
    before a place noun ("the French border")."""
    spans = []  # [a, b) token ranges of demonyms: "Syrian", "Sri Lankan"
    k = i
    while k < j:
        b = k + 2 if k + 1 < j and t.key(k, k + 2) in gz.demonyms else k + 1
        if b == k + 1 and t.lower(k) not in gz.demonyms:
            break
        spans.append((k, b))
        k = b
    if k < j and not any(t.lower(m) in TITLES or t.lower(m) in INSTITUTION_WORDS for m in range(k, min(j, k + 3))):
        return []  # "Syrian Observatory for Human Rights": a name (but "Georgian Interior Ministry")
    m = j  # past "Syrian and Iraqi …" to the noun
    while m < len(t.words) and (t.lower(m) == "and" or t.lower(m) in gz.demonyms):
        m += 1
    place_noun = m < len(t.words) and t.lower(m) in DEMONYM_PLACE_NOUNS
    found = []
    for a, b in spans:
        key = t.key(a, b)
        if key in LANGUAGE_DEMONYMS and not place_noun:
            continue
        row = gz.country_rows.get(gz.demonyms[key])
        if row is not None:
            start, end = t.starts[a], t.ends[b - 1]
            found.append(Mention(start, end, t.text[start:end], (row,), kind="demonym", gazetteer=gz))
    return found


# -- resolution ---------------------------------------------------------------------------

# Weights of the context signals, on the scale of ``prior_score`` (about 0–8).
QUALIFIED = 5.0  # "Homs, Syria" / "Kidal in Mali" / "Maiduguri, Borno" / "Topeka, Kan."
DOCUMENT_COUNTRY = 3.0  # times the share of the document's other places in the candidate's country
DOCUMENT_ADMIN1 = 5.0  # times the share of the document's other places in its admin-1 region
DOCUMENT_ADMIN2 = 4.5  # times the share of the document's other places in its admin-2 region (county)
NEIGHBOUR_SHARE = 0.3  # a neighbouring country's share counts this much towards a country's
NEAR_OTHERS = 0.5  # within NEAR_KM of a place another name settled on
NEAR_KM = 200.0
PRIMARY_NAME = 0.5  # the mention is the entry's main name, not one of its alternates
BARE_ADMIN2 = -1.5  # "Kaura Namoda" is the town more often than its district
SEAT_NAMED_REGION = -2.0  # "Homs", "Derna": the town more often than the region named after it
TYPED_MATCH = 1.0  # "Alachua County", "Borno State": the surface names the kind of place
CONTEXT_COUNTRY_WEIGHT = 2.0  # a country the caller says the document is about, as named places
MAX_CANDIDATES = 40  # the most important candidates of a name that are scored
FALLBACK_SCORE = 0.05  # a name the gazetteer lacks, placed at the document's main place


@dataclass
class _Name:
    """One distinct place name of a document, with everything its mentions share."""

    key: str
    rows: tuple[int, ...]
    mentions: list[int]  # indices into the mention list
    kind: str
    base: list[float] = field(default_factory=list)  # context-free score of each row
    where: list[tuple] = field(default_factory=list)  # per row: (country, admin-1 key, admin-2 key, lat, lon)
    scores: list[float] = field(default_factory=list)
    probs: list[float] = field(default_factory=list)


def resolve_mentions(text: str, mentions: list[Mention], gazetteer: Gazetteer | None = None,
                     keep_alternatives: int = 3, context_countries=()) -> list[Mention]:
    """Choose a place for each mention (in place) and return the mentions.

    ``context_countries``: ISO2 codes the caller knows the document is about (e.g. from
    the actors it names); they count like countries named in the text.
    """
    gz = gazetteer or load_gazetteer()
    names = _names(mentions, gz)
    qualifiers = _qualifier_pairs(text, mentions, gz)
    listed = _listed_regions(text)
    for n in names:
        _base_scores(n, mentions, gz, qualifiers, listed)

    fixed_countries: dict[str, float] = {}
    for iso in context_countries or ():
        iso = str(iso).upper()
        if iso in gz.country_rows:
            fixed_countries[iso] = fixed_countries.get(iso, 0.0) + CONTEXT_COUNTRY_WEIGHT
    for n in names:
        n.scores = list(n.base)
        n.probs = _softmax(n.scores)
    _rescore(names, gz, fixed_countries)
    for n in names:  # the second round need not score the hopeless
        _prune(n)
    _rescore(names, gz, fixed_countries)

    place = _cache(gz).place
    for n in names:
        order = sorted(range(len(n.rows)), key=n.scores.__getitem__, reverse=True)
        winner, score = place(n.rows[order[0]]), _confidence(n, order)
        alternatives = [(place(n.rows[i]), n.probs[i]) for i in order[1 : keep_alternatives + 1]]
        for k in n.mentions:
            m = mentions[k]
            m.place, m.score, m.alternatives = winner, score, list(alternatives)
    unknown = [m for m in mentions if not m.rows]
    if unknown:
        # A name the gazetteer lacks (a street, a camp, a small river) is still somewhere
        # the document is about: its main place, with a coarse score.
        focus = _focus(names, gz)
        for m in unknown:
            m.place, m.score, m.alternatives = (place(focus), FALLBACK_SCORE, []) if focus is not None else (None, 0.0, [])
    return mentions


def _focus(names: list[_Name], gz: Gazetteer) -> int | None:
    """The row of the document's main place: the most often named settled town or
    region, else its most often named country."""
    best, best_weight, country, country_weight = None, 0.0, None, 0.0
    for n in names:
        top = max(range(len(n.rows)), key=n.probs.__getitem__)
        row, weight = n.rows[top], n.probs[top] * len(n.mentions)
        code = gz.feature_code[row]
        if code == "PCLI":
            if weight > country_weight:
                country, country_weight = row, weight
        elif code in ("PPL", "PPLC", "ADM1", "ADM2") and weight > best_weight:
            best, best_weight = row, weight
    return best if best is not None else country


def _names(mentions: list[Mention], gz: Gazetteer) -> list[_Name]:
    by_rows: dict[tuple[int, ...], _Name] = {}
    for k, m in enumerate(mentions):
        if not m.rows:
            continue
        rows = m.rows
        if len(rows) > MAX_CANDIDATES:
            rows = tuple(sorted(rows, key=lambda r: _prior(gz, r), reverse=True)[:MAX_CANDIDATES])
        n = by_rows.get(rows)
        if n is None:
            n = by_rows[rows] = _Name(normalize_name(m.text), rows, [], m.kind)
        n.mentions.append(k)
    return list(by_rows.values())


class _GazetteerCache:
    """Values derived from a gazetteer's rows on first use (most rows are never asked about)."""

    def __init__(self, gz: Gazetteer):
        self.gazetteer = gz
        self.primary_key: dict[int, str] = {}
        self.names_in_words: dict[tuple[str, ...], tuple[tuple[int, int], ...]] = {}
        self._places: dict[int, Place] = {}
        self._row_info: dict[int, tuple] = {}

    def row_info(self, row: int) -> tuple[float, str, tuple]:
        """(prior score, normalised main name, whereabouts) of a row, made once."""
        info = self._row_info.get(row)
        if info is None:
            gz = self.gazetteer
            info = self._row_info[row] = (_prior(gz, row), _primary_key(gz, row), _where(gz, row))
        return info

    def place(self, row: int) -> Place:
        """The (immutable) Place of a row, made once."""
        p = self._places.get(row)
        if p is None:
            if len(self._places) > 100_000:
                self._places.clear()
            p = self._places[row] = self.gazetteer.place(row)
        return p


_CACHES: dict[int, _GazetteerCache] = {}


def _cache(gz: Gazetteer) -> _GazetteerCache:
    cache = _CACHES.get(id(gz))
    if cache is None or cache.gazetteer is not gz:
        cache = _CACHES[id(gz)] = _GazetteerCache(gz)
    return cache


def _prior(gz: Gazetteer, row: int) -> float:
    return feature_prior(gz.feature_code[row], gz.population[row])


_TYPE_WORDS = {"county": "ADM2", "parish": "ADM2", "co": "ADM2", "borough": "ADM2", "district": "ADM2",
               "state": "ADM1", "province": "ADM1", "governorate": "ADM1", "oblast": "ADM1", "region": "ADM1"}


def _base_scores(n: _Name, mentions: list[Mention], gz: Gazetteer, qualifiers: dict[int, tuple[int, ...]],
                 listed: dict[int, str]) -> None:
    """Context-free score of each candidate: importance, the kind of place the text
    implies ("Alachua County", "Homs province", "… and Oconee counties"), main name or
    alternate, and "Town, Region" qualifiers."""
    typed = _TYPE_WORDS.get(n.key.rsplit(" ", 1)[-1]) or next((mentions[k].hint for k in n.mentions if mentions[k].hint), None)
    typed = next((listed[mentions[k].start] for k in n.mentions if mentions[k].start in listed), typed)
    quals = [qualifiers[k] for k in n.mentions if k in qualifiers]
    fc_col = gz.feature_code
    # A region named after its seat ("Homs") or after a sea or river ("Red Sea", Sudan)
    # is called by its type when the region is meant ("Homs Governorate").
    seats = {(gz.country_code[r], gz.admin1_code[r]) for r in n.rows
             if fc_col[r] in ("PPL", "PPLC")} if typed is None else ()
    feature_named = typed is None and any(FEATURE_CLASSES.get(fc_col[r]) in ("H", "T") for r in n.rows)
    n.base = []
    n.where = []
    row_info = _cache(gz).row_info
    for r in n.rows:
        s, primary_key, where = row_info(r)
        n.where.append(where)
        code = fc_col[r]
        if code == typed:
            s += TYPED_MATCH
        elif code == "ADM2":
            s += BARE_ADMIN2
        if primary_key == n.key:
            s += PRIMARY_NAME
            if code == "ADM1" and (gz.country_code[r], gz.admin1_code[r]) in seats or (
                    feature_named and code in ("ADM1", "ADM2")):
                s += SEAT_NAMED_REGION
        if quals and any(_within(gz, q, r) for qs in quals for q in qs):
            s += QUALIFIED
        n.base.append(s)


def _where(gz: Gazetteer, row: int) -> tuple:
    """(country, (country, admin-1) or None, (country, admin-1, admin-2) or None, lat, lon);
    admin keys and coordinates are None for a country, which has no region or point that
    says where in it a report is."""
    cc, a1, a2 = gz.country_code[row], gz.admin1_code[row], gz.admin2_code[row]
    if gz.feature_code[row] in ("PCLI", "CONT") or not cc:
        return cc, None, None, None, None
    return cc, (cc, a1) if a1 else None, (cc, a1, a2) if a1 and a2 else None, gz.latitude[row], gz.longitude[row]


def _primary_key(gz: Gazetteer, row: int) -> str:
    keys = _cache(gz).primary_key
    value = keys.get(row)
    if value is None:
        value = keys[row] = normalize_name(gz.name[row])
    return value


# A demonym says less about where a report is than a place does ("Russian troops in Syria").
_COUNTRY_EVIDENCE = {"demonym": 0.25}


def _rescore(names: list[_Name], gz: Gazetteer, fixed_countries: dict[str, float]) -> None:
    """One round: each name's candidates get the support of the other names' current
    beliefs about where the document is: its countries (and their neighbours), admin-1
    and admin-2 regions, and the places other names settled on."""
    fc_col = gz.feature_code
    # Mass of each country / region among the names' current beliefs, per name and in all.
    contributions = []
    country_total: dict[str, float] = dict(fixed_countries)
    region_total: dict[tuple, float] = {}  # admin-1 and admin-2 keys alike
    anchors = []  # (name index, lat, lon, prob) of places names settled on
    for idx, n in enumerate(names):
        countries: dict[str, float] = {}
        regions: dict[tuple, float] = {}
        evidence = _COUNTRY_EVIDENCE.get(n.kind, 1.0)
        best, best_p = None, 0.0
        for r, (cc, region, district, lat, _lon), p in zip(n.rows, n.where, n.probs):
            if p > best_p:
                best, best_p = lat, p
            if p < 0.02 or not cc:
                continue
            # A country named outright says more about the document than a town.
            countries[cc] = countries.get(cc, 0.0) + p * evidence * (2.0 if fc_col[r] == "PCLI" else 1.0)
            if region is not None:
                regions[region] = regions.get(region, 0.0) + p
                if district is not None:
                    regions[district] = regions.get(district, 0.0) + p
        if best_p >= 0.5 and best is not None:
            top = n.probs.index(best_p)
            anchors.append((idx, n.where[top][3], n.where[top][4], best_p))
        contributions.append((countries, regions))
        for k, v in countries.items():
            country_total[k] = country_total.get(k, 0.0) + v
        for k, v in regions.items():
            region_total[k] = region_total.get(k, 0.0) + v
    all_countries = sum(country_total.values())
    all_admin1 = sum(v for k, v in region_total.items() if len(k) == 2)
    all_admin2 = sum(v for k, v in region_total.items() if len(k) == 3)

    neighbours = gz.neighbours
    for idx, n in enumerate(names):
        if len(n.rows) == 1:
            continue  # nothing to choose; its probability stays 1
        own_countries, own_regions = contributions[idx]
        other_countries = all_countries - sum(own_countries.values())
        if other_countries <= 0:
            continue
        other_admin1 = all_admin1 - sum(v for k, v in own_regions.items() if len(k) == 2)
        other_admin2 = all_admin2 - sum(v for k, v in own_regions.items() if len(k) == 3)
        others = [(lat, lon, p) for j, lat, lon, p in anchors if j != idx]
        shares: dict[str, float] = {}
        scores = []
        for s, (cc, region, district, lat, lon) in zip(n.base, n.where):
            if cc:
                share = shares.get(cc)
                if share is None:
                    # A report about Israel is about its region too (Gaza, the West Bank).
                    share = country_total.get(cc, 0.0) - own_countries.get(cc, 0.0)
                    for x in neighbours.get(cc, ()):
                        share += NEIGHBOUR_SHARE * (country_total.get(x, 0.0) - own_countries.get(x, 0.0))
                    share = shares[cc] = min(1.0, share / other_countries)
                s += DOCUMENT_COUNTRY * share
            if region is not None and other_admin1 > 0:
                s += DOCUMENT_ADMIN1 * (region_total.get(region, 0.0) - own_regions.get(region, 0.0)) / other_admin1
                if district is not None and other_admin2 > 0:
                    s += DOCUMENT_ADMIN2 * (region_total.get(district, 0.0)
                                            - own_regions.get(district, 0.0)) / other_admin2
            scores.append(s)
        if others:
            # Nearness can lift a candidate by NEAR_OTHERS at most: only those that close
            # to the best are worth the distances.
            floor = max(scores) - NEAR_OTHERS
            for k, (_cc, _region, _district, lat, lon) in enumerate(n.where):
                if lat is None or scores[k] < floor:
                    continue
                near = 0.0
                for olat, olon, p in others:
                    if p > near and _near(lat, lon, olat, olon):
                        near = p
                scores[k] += NEAR_OTHERS * near
        n.scores = scores
        n.probs = _softmax(scores)


KEEP_CANDIDATES = 8  # after the first round, at least this many candidates of a name stay in play
HOPELESS = 1e-3  # and beyond them only those with this probability


def _prune(n: _Name) -> None:
    if len(n.rows) <= KEEP_CANDIDATES:
        return
    order = sorted(range(len(n.rows)), key=n.probs.__getitem__, reverse=True)
    keep = sorted(i for rank, i in enumerate(order) if rank < KEEP_CANDIDATES or n.probs[i] >= HOPELESS)
    n.rows = tuple(n.rows[i] for i in keep)
    n.base = [n.base[i] for i in keep]
    n.where = [n.where[i] for i in keep]
    n.scores = [n.scores[i] for i in keep]
    n.probs = _softmax(n.scores)


def _near(lat1: float, lon1: float, lat2: float, lon2: float) -> bool:
    """Within NEAR_KM, by an equirectangular approximation (ample at these distances)."""
    dlat = lat1 - lat2
    if abs(dlat) > NEAR_KM / 111.0:
        return False
    dlon = (lon1 - lon2) * math.cos(math.radians((lat1 + lat2) / 2))
    return (dlat * dlat + dlon * dlon) * 12321.0 <= NEAR_KM * NEAR_KM


def _softmax(scores: list[float]) -> list[float]:
    if not scores:
        return []
    top = max(scores)
    weights = [math.exp(s - top) for s in scores]
    total = sum(weights)
    return [w / total for w in weights]


def _confidence(n: _Name, order: list[int]) -> float:
    """Share of the winner among its rivals, damped for entries known only by a weak
    prior (a village matched by an alternate name)."""
    share = n.probs[order[0]]
    strength = 1 - math.exp(-max(n.scores[order[0]], 0) / 3)
    return max(0.0, min(1.0, share * (0.5 + 0.5 * strength)))


def _qualifier_pairs(text: str, mentions: list[Mention], gz: Gazetteer) -> dict[int, tuple[int, ...]]:
    """Mention k -> the region/country rows of the mention that qualifies it ("X, Y",
    "X in Y", "X (Y)")."""
    out = {}
    for k in range(len(mentions) - 1):
        gap = text[mentions[k].end : mentions[k + 1].start]
        if gap in (", ", " in ", ", in ", " (", " province, ", " state, ") \
                or gap.strip() in (",", "in"):
            rows = tuple(r for r in mentions[k + 1].rows if gz.feature_code[r] in ("PCLI", "ADM1", "ADM2"))
            if rows:
                out[k] = rows
    return out


# "Barrow, Jackson and Oconee counties", "Zamfara and Katsina states": each listed name
# is a region of that kind.
_LIST_KINDS = {"counties": "ADM2", "parishes": "ADM2", "districts": "ADM2", "states": "ADM1",
               "provinces": "ADM1", "governorates": "ADM1", "regions": "ADM1"}
_LISTED_NAME = r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)?"
_REGION_LIST = re.compile(  # ends where the search window ends: at the kind word
    rf"\b{_LISTED_NAME}(?:, {_LISTED_NAME})*,? (?:and|or) {_LISTED_NAME} (?P<kind>{'|'.join(_LIST_KINDS)})\Z"
)
_LIST_ITEM = re.compile(_LISTED_NAME)


_LIST_KIND_WORD = re.compile(rf" (?:{'|'.join(_LIST_KINDS)})\b")


def _listed_regions(text: str) -> dict[int, str]:
    """Offset of each name in a list of regions -> the feature code the list gives it."""
    out = {}
    for kind_word in _LIST_KIND_WORD.finditer(text):  # the list pattern is costly: only where one may end
        m = _REGION_LIST.search(text, max(0, kind_word.start() - 200), kind_word.end())
        if m is None:
            continue
        kind = _LIST_KINDS[m.group("kind")]
        for item in _LIST_ITEM.finditer(text, m.start(), m.start("kind")):
            out[item.start()] = kind
    return out


def _within(gz: Gazetteer, qualifier: int, row: int) -> bool:
    """Whether the country, admin-1 or admin-2 region ``qualifier`` contains ``row``."""
    if qualifier == row or gz.country_code[qualifier] != gz.country_code[row]:
        return False
    code = gz.feature_code[qualifier]
    if code == "PCLI":
        return True
    if code == "ADM2":
        return bool(gz.admin2_code[qualifier]) and gz.admin2_code[qualifier] == gz.admin2_code[row] \
            and gz.admin1_code[qualifier] == gz.admin1_code[row]
    a1 = gz.admin1_code[qualifier]
    return bool(a1) and a1 == gz.admin1_code[row] and gz.feature_code[row] != "ADM1"


def parse_places(text: str, gazetteer: Gazetteer | None = None, *, context_countries=()) -> list[Mention]:
    """Find and resolve the place mentions of a text.

    ``context_countries``: ISO2 codes the caller knows the document is about (e.g. from
    the actors it names), weighed like countries named in the text.
    """
    gz = gazetteer or load_gazetteer()
    return resolve_mentions(text, find_mentions(text, gz), gz, context_countries=context_countries)


def resolve_spans(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer | None = None,
                  *, context_countries=()) -> list[Mention]:
    """Resolve given spans (``parse --gold-spans``), in their order, with each other as context.

    A span whose exact text is not in the gazetteer is retried without a leading
    article or trailing place word ("the Bronx", "Borno State"), as an abbreviation
    ("Kan.") or a demonym ("Palestinians").
    """
    gz = gazetteer or load_gazetteer()
    mentions = []
    for start, end in spans:
        surface = text[start:end]
        rows, kind = _rows_for_surface(surface, gz)
        mentions.append(Mention(start, end, surface, rows, kind=kind, gazetteer=gz))
    return resolve_mentions(text, mentions, gz, context_countries=context_countries)


def _rows_for_surface(surface: str, gz: Gazetteer) -> tuple[tuple[int, ...], str]:
    stripped = surface.strip()
    if stripped in gz.abbreviations:
        return (gz.abbreviations[stripped],), "abbreviation"
    if stripped in gz.postal_codes:
        return (gz.postal_codes[stripped],), "abbreviation"
    key = normalize_name(surface)
    rows = gz.rows_for_key(key)
    if stripped.isupper() and len(key.replace(" ", "")) <= 5:
        # "EU", "UN": an acronym names a country or nothing (not Eu, France), as in find_mentions.
        rows = tuple(r for r in rows if gz.feature_code[r] == "PCLI")
    if rows:
        return rows, "name"
    if key in gz.demonyms:
        row = gz.country_rows.get(gz.demonyms[key])
        return ((row,) if row is not None else ()), "demonym"
    words = key.split()
    if words and words[0] == "the":
        words = words[1:]
        rows = gz.rows_for_key(" ".join(words))
    if not rows and len(words) > 1 and words[-1] in ("co", "twp"):
        rows = gz.rows_for_key(" ".join(words[:-1] + [{"co": "county", "twp": "township"}[words[-1]]]))
    if not rows and len(words) > 1 and words[-1] in PLACE_WORDS:
        rows = gz.rows_for_key(" ".join(words[:-1]))
    if not rows and len(words) > 1 and words[0] in PLACE_WORDS:
        rows = gz.rows_for_key(" ".join(words[1:]))
    return rows, "name"
