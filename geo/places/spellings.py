"""Other romanisations of well-known places: "Hodeidah" for Al Hudaydah, "Qamishli" for
Al Qamishli, "Sulaimani" for Sulaymaniyah.

Newswire spells Arabic, Persian and Slavic names its own way; the gazetteer holds a few
spellings of each place, not every one. A capitalised name the gazetteer does not know
is looked up under its ``spelling_key`` among the world's admin-1 regions and towns of
some size (``Gazetteer.spelling_rows``), and a place found there counts when it lies in
a country whose names are romanised from another script (``romanised_countries.txt``:
an English or French name has one spelling, and a surname that reads like it is a
surname) and its main name, articles aside, still reads much like the text's
(``SIMILAR_SPELLING``): the key is coarse on purpose, the comparison keeps "Bentiu"
from being Bantay. Ordinary English words, given names and people's names never get
here.
"""

from __future__ import annotations

from collections import Counter

from geo.gazetteer import Gazetteer
from geo.gazetteer.names import normalize_name, spelt_alike, word_key
from geo.places.model import Mention
from geo.places.words import PLACE_WORDS, ROMANISED_COUNTRIES

# How much of two spellings (articles aside) must agree: "hodeidah" / "hudaydah" 0.62,
# "sulaimani" / "sulaymaniyah" 0.76; "bentiu" / "bantay" 0.5, "madden" / "medan" 0.55.
SIMILAR_SPELLING = 0.6
# A single word spelt like a city of this size ("Hodeidah": Al Hudaydah, 700,000 people)
# may name it where the text does not say something is there.
SPELLING_ALONE_POPULATION = 200_000
# ... and one the text puts something in ("in Qamishli"), of this size, is the city when
# the report places nothing else.
SPELLING_PLACED_POPULATION = 100_000
SPELLING_LETTERS = 5  # shorter words ("Gao", "Kaya") are too easily another name's spelling
ARTICLES = frozenset(("al", "el", "ar", "as", "ash", "at", "ad", "an", "az"))  # Arabic articles as text writes them
_ARTICLES = tuple(f"{article} " for article in ARTICLES)


def _bare(key: str) -> str:
    """A normalised name without its opening article and spaces: "al hudaydah" -> "hudaydah"."""
    if key.startswith(_ARTICLES):
        key = key.partition(" ")[2] or key
    return key.replace(" ", "")


_FIRST_LETTERS = str.maketrans("qceiouy", "kkaaaaa")


def _ends(bare: str) -> tuple[str, str]:
    """The first letter (k/q/c one, vowels one) and the last (a vowel's closing "h"
    dropped) of a bare name: spellings of one name share them ("Hodeidah" and
    "Hudaydah", "Kandahar" and "Qandahar"; not "Bakari" and "Bokaro")."""
    if len(bare) > 3 and bare[-1] == "h" and bare[-2] in "aeiou":
        bare = bare[:-1]
    return bare[:1].translate(_FIRST_LETTERS), bare[-1:]


def _spelling_candidates(gz: Gazetteer, key: str) -> tuple[int, ...]:
    country = gz.country_code
    rows = [r for r in gz.spelling_rows(key) if country[r] in ROMANISED_COUNTRIES]
    if not rows:
        return ()
    bare = _bare(key)
    ends = _ends(bare)
    out = []
    for r in rows:
        other = _bare(gz.primary_key(r))
        if _ends(other) == ends and spelt_alike(bare, other, SIMILAR_SPELLING):
            out.append(r)
    return tuple(out)


def spelling_candidates(gz: Gazetteer, key: str) -> tuple[int, ...]:
    """Rows of well-populated places of which the normalised name ``key`` is another
    spelling (none when the gazetteer knows ``key`` itself)."""
    return gz.memoized(_spelling_candidates, 20_000)(key)


def _spelt_name(gz: Gazetteer, word: str) -> bool:
    key = word_key(word)
    if len(key) < SPELLING_LETTERS or key in gz.word_ranks or key in gz.given_names or not key.isalpha():
        return False
    return bool(spelling_candidates(gz, key))


def may_be_spelt_otherwise(gz: Gazetteer):
    """word -> whether a capitalised word the gazetteer does not know may be another
    spelling of a well-known place's name: no English word, no given name, and its key
    finds one (kept per word; a function, fetched once per text)."""
    return gz.memoized(_spelt_name, 50_000)


def run_spelt_otherwise(gz: Gazetteer, words: tuple[str, ...]) -> tuple[int, ...]:
    """The places of which a run of words the gazetteer does not know ("Hodeidah",
    "Ras al-Ain") is another spelling; none when a capitalised word of it is an English
    word or a given name ("Madden", "Will Smith"). Runs recur: the answer is kept."""
    return gz.memoized(_run_spelt_otherwise, 50_000)(words)


def _run_spelt_otherwise(gz: Gazetteer, words: tuple[str, ...]) -> tuple[int, ...]:
    # (an article, "Al-", and a place word, "Lower", may be English words or names; a
    # name with an article inside, "Ras al-Ain", is an Arabic one whatever its words are)
    capitalised = [word_key(w) for w in words if w[:1].isupper()]
    capitalised = [k for k in capitalised if k not in ARTICLES and k not in PLACE_WORDS] if len(words) > 1 else capitalised
    arabic = any(w in ARTICLES for w in words[1:-1])
    if not capitalised or not arabic and any(k in gz.word_ranks or k in gz.given_names for k in capitalised):
        return ()
    key = " ".join(word_key(w) for w in words)
    if len(key.replace(" ", "")) < SPELLING_LETTERS:
        return ()
    return spelling_candidates(gz, key)


def without_doubtful_spellings(mentions: list[Mention], context_countries=()) -> list[Mention]:
    """Resolved mentions, less those read as another spelling ("Hodeidah" for Al
    Hudaydah) of a place the document is not about (``doubtful_spellings``): a town or
    region abroad whose name merely reads like the text's ("Mindanao", Mandiana in
    Guinea) was no mention at all."""
    doubtful = doubtful_other_names(mentions)
    if any(m.kind == "spelling" for m in mentions):
        doubtful |= doubtful_spellings(mentions, context_countries)
    return [m for k, m in enumerate(mentions) if k not in doubtful] if doubtful else mentions


# A town abroad of this size that the text names by another name of it ("Jima" for
# Jimma) is what the text means even where the report names nothing in its country.
OTHER_NAME_CITY_POPULATION = 1_000_000


def doubtful_other_names(mentions: list[Mention]) -> set[int]:
    """Indices of the resolved mentions whose word is only another name of the town
    they were read as ("Jima" read as Jimma, Ethiopia), a town of fewer than
    OTHER_NAME_CITY_POPULATION people in a country no other mention of the document
    lies in, where the document names a region elsewhere: a report from Lamu county that
    names the village of Jima is not about Jimma. Capitals, regions and cities known
    abroad by another name ("Kiev", "Bombay") stay, and so do towns of reports that name
    no region ("the Houston estate in Jowhar town")."""
    # How many of the document's places (not spellings nor demonyms) lie in each country:
    # a mention alone in its country, beside places elsewhere, is looked at (most
    # documents: none).
    placed = Counter(m.place.country_code for m in mentions if m.place is not None and m.kind not in ("spelling", "demonym"))
    if len(placed) < 2 or 1 not in placed.values():
        return set()
    # (the document's region, "Lamu county", "Borno state", says where it is; a city
    # elsewhere it names, "the Houston estate", does not)
    regions = {m.place.country_code for m in mentions if m.place is not None and m.kind == "name"
               and m.place.feature_code in ("ADM1", "ADM2")}
    if not regions:
        return set()
    doubtful = set()
    for k, m in enumerate(mentions):
        p = m.place
        if m.kind != "name" or p is None or placed[p.country_code] != 1 or p.country_code in regions \
                or p.feature_code != "PPL" \
                or p.population >= OTHER_NAME_CITY_POPULATION or " " in m.text:
            continue  # (a name of several words, "Kiryat Shmona", is rarely a village's by chance)
        if _bare(normalize_name(m.text)) != _bare(normalize_name(p.name)):  # (not its own name, an article aside)
            doubtful.add(k)
    return doubtful


def doubtful_spellings(mentions: list[Mention], context_countries=()) -> set[int]:
    """Indices of the resolved mentions read as another spelling of a place that lies
    in none of the countries the document's other places lie in most: a report about
    one country that names a village the gazetteer lacks ("Masol", Kenya) is not about
    a city abroad (Mosul), nor about a neighbour it mentions once. A report that places
    nothing else is about the countries the caller knows (its actors'), else it gives
    the reading no support; but a city of some size stands on its own ("a ship off
    Hodeidah": recognition kept a single word only where the text puts something there
    or where it names a city)."""
    named = Counter(m.place.country_code for m in mentions if m.kind != "spelling" and m.place is not None)
    most = max(named.values(), default=0)
    countries = {c for c, n in named.items() if n == most} or {str(c).upper() for c in context_countries}
    alone = not countries
    return {k for k, m in enumerate(mentions)
            if m.kind == "spelling" and (m.place is None or m.place.country_code not in countries) and not (
                alone and m.place is not None and m.place.feature_code in ("PPL", "PPLC")
                and m.place.population >= SPELLING_PLACED_POPULATION)}


def _city(feature_code: str, population: int) -> bool:
    return feature_code in ("PPL", "PPLC") and population >= SPELLING_ALONE_POPULATION


def spelt_city(gz: Gazetteer, row: int) -> bool:
    """Whether a row is a city whose name, spelt otherwise, names it without other
    support ("Hodeidah": Al Hudaydah)."""
    return _city(gz.feature_code[row], gz.population[row])
