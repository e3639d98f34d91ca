"""Find the spans of a text that name places, with their gazetteer candidates.

Runs of capitalised words (with the particles "al-", "ez-", "de" … inside them) are
matched against every name and alternate name in the gazetteer, longest first. A place
that leads an institution's name counts ("Iowa Department of Health"), as do newspaper
abbreviations of states ("Topeka, Kan.") and demonyms ("Chadian troops"); names the
gazetteer lacks but that are places all the same ("Willow Creek", "Cairo Street") are
kept for a coarse placing. Datelines in capitals ("KABUL, Afghanistan —"), places in
title-case headlines, a place before a title or "State" ("U.S. Attorney …", "Kentucky
State Police"), demonyms joined by a hyphen ("Egyptian-US") and short forms ("NSW",
"Britain": ``abbreviations.short_form_mentions``) count too. People ("President Maria
Duarte", "Austin Reed", "Okafor said"), names of organisations and firms that merely contain a place, months, weekdays,
contractions ("We're") and ordinary words that open a sentence ("Police said …") are
left out.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial
from itertools import accumulate
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.gazetteer.names import word_key
from geo.places.abbreviations import abbreviation_mentions, short_form_mentions
from geo.places.caps_text import short_name_in_capitals
from geo.places.demonyms import demonym_mentions, demonym_rows
from geo.places.features import names_a_natural_feature
from geo.places.model import Mention
from geo.places.name_facts import (
    TOWN_OF_SOME_SIZE,
    NameFacts,
    _major_by_name,
    formal_country_name,
    name_facts,
)
from geo.places.people import (
    COMMON_WORD_RANK,
    a_person_alone,
    a_surname_naming_a_place,
    find_people, hometown_ends_run,
    leads_institution,
    local_institution_after,
    mark_vehicles_firms_and_authors,
    names_a_person,
    names_its_people,
    person_context,
    without_other_people_senses,
)
from geo.places.other_senses import without_other_senses
from geo.places.place_lists import listed_with_a_town
from geo.places.qualified import after_a_street, qualified_mentions
from geo.places.run_joins import possessive_name_mentions, split_at_prepositions
from geo.places.run_parts import (
    dateline_mentions,
    demonym_hyphen,
    hyphen_chains,
    listed_region,
    two_word_demonym,
    word_may_name,
)
from geo.places.spellings import ARTICLES, run_spelt_otherwise, spelt_city
from geo.places.text import Text
from geo.places.words import (
    COMPANY_WORDS,
    FEATURE_WORDS,
    INSTITUTION_NAMES,
    INSTITUTION_WORDS,
    KINDS_BEFORE_OF,
    LANDMARK_WORDS,
    LOCATIVES,
    NATURAL_FEATURE_WORDS,
    NEVER_PLACES,
    PARTICLES,
    PLACE_WORDS,
    STREET_WORDS,
    STRONG_LOCATIVES,
    TARGET_VERBS,
    TITLES,
    TYPE_WORDS,
    names_a_body_only,
)

# A word among the most frequent English words ("Police", "Mobile", "Reading") is an
# ordinary word unless the text treats it as a name (COMMON_WORD_RANK); the rarer ones
# in wordfreq's list ("Tulsa", "Fresno") are mostly names themselves.
VERY_COMMON_WORD_RANK = 1000  # "Man", "Will", "Hope": a place in mid-sentence only if a major one
ANY_WORD_RANK = 1 << 30  # every word of the frequency list ("Shelling" of "Shelling of Oldtown")
HEADLINE_WORDS = 4  # capitalised words of a sentence-long run that make it a headline in title case
CITY_SIZE = 50_000


def find_mentions(text: str, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Place-name spans in ``text`` with their gazetteer candidates (not yet ranked)."""
    gz = gazetteer or load_gazetteer()
    t = Text(text)
    # Most runs are one capitalised word that names nothing ("Officials", "Tuesday"):
    # those need no further look.
    words, may_name = t.words, gz.memoized(word_may_name, 100_000)
    listed = t.listed_regions
    runs = [(i, j) for i, j in split_at_prepositions(t, _joined_by_and(t, gz), gz) if j - i > 1 or may_name(words[i])
            or listed and t.starts[i] in listed  # "Hyde and Tyrrell counties": Tyrrell County
            or i > 1 and (words[i - 1] in _OF_AND or text[t.starts[i] - 2] == ",")  # (most words: asked first)
            and t.named_after_settlement_of(i)]  # "the village of Oldtown": a place the gazetteer lacks
    for i, j in runs:
        if j - i > 1 or (j < len(words) and len(words[j]) == 1):
            find_people(t, i, j, gz)
    mark_vehicles_firms_and_authors(t, runs, gz)  # "a 1998 Toyota", "Hale & Porter", "Posted by Jordan"
    mentions: list[Mention] = []
    for i, j in runs:
        found = _mentions_in_run(t, i, j, gz)
        if j - i > 1:  # (a feature's word is in the name's run)
            for m in found:
                _mark_feature(text, m)
        mentions.extend(found)
    if t.surnames:  # "Sutton" alone, once "Jack Sutton" was met, is still the person
        mentions = [m for m in mentions if not (m.kind == "name" and m.text in t.surnames
                                                and not a_surname_naming_a_place(gz, m.rows, word_key(m.text))
                                                or m.kind == "spelling" and m.text in t.surnames)]
    mentions = without_other_people_senses(t, runs, mentions, gz)  # "Denzel Washington … Washington said"
    mentions.extend(abbreviation_mentions(text, gz))
    mentions.extend(possessive_name_mentions(t, gz))  # "St. George's", "King's Lynn"
    mentions.extend(qualified_mentions(t, mentions, gz))  # "Wooster, Ohio"
    # Short forms first: where one covers the same words as a run's name ("NYC"), it wins.
    mentions = short_form_mentions(text, gz) + mentions
    mentions.sort(key=lambda m: m.start)
    return without_other_senses(t, _without_overlaps(mentions), gz)  # "Lassa fever", "the film Casablanca"


_OF_AND = ("of", "and")
_ARTICLES_AND_PLACE_WORDS = ARTICLES | PLACE_WORDS  # (asked of a run's words in one pass in C)


_REGION_CODES = frozenset({"PCLI", "ADM1", "ADM2"})


def _joined_by_and(t: Text, gz: Gazetteer) -> list[tuple[int, int]]:
    """The text's capitalised runs, two joined by "and" made one where together they
    are a name ("Jammu and Kashmir", "Trinidad and Tobago": the region, not its first
    half; "Kano and Kaduna" stay two)."""
    runs, words = t.runs, t.words
    if len(runs) < 2:
        return runs
    out = [runs[0]]
    for run in runs[1:]:
        i, j = out[-1]
        if run[0] == j + 1 and words[j] == "and" and gz.has_key(t.key(i, run[1])):
            out[-1] = (i, run[1])
        else:
            out.append(run)
    return out


_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]*)\.? $")
_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)\b")


def _mark_feature(text: str, m: Mention) -> None:
    """"Lake Lyon", "Geneva River": a name beside a capitalised word of a natural feature
    names the feature, which the gazetteer lacks (it would have found the whole name);
    the places of the name are what it may be named after (``resolve`` keeps one only
    near where the document is)."""
    if not m.rows or m.kind != "name":
        return
    before = _WORD_BEFORE.search(text, max(0, m.start - 12), m.start)
    if before is None or before.group(1).lower() not in NATURAL_FEATURE_WORDS:
        after = _WORD_AFTER.match(text, m.end)
        if after is None or after.group(1).lower() not in NATURAL_FEATURE_WORDS:
            return
    m.kind = "feature"  # (the span stays the name's: readers of the text look around it)


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out


def _mentions_in_run(t: Text, i: int, j: int, gz: Gazetteer, one_word_shortcut: bool = True) -> list[Mention]:
    """The place mentions in the capitalised run of tokens [i, j) (``one_word_shortcut``:
    a run of one word through ``_mentions_of_one_word``, which answers the same)."""
    if t.listed_regions and t.starts[i] in t.listed_regions:
        listed = listed_region(t, i, j, gz)
        if listed is not None:
            return [listed]
    if j - i == 1 and one_word_shortcut:
        return _mentions_of_one_word(t, i, gz)
    if j - i > 1 and t.party_before(i + 1):
        i += 1  # "Sen. Ada Holt, R-Knoxville": a party and a home town
    if t.dateline(i, j):
        return dateline_mentions(t, i, j, gz)
    opens_sentence, run_start = t.sentence_initial(i), i
    if j - i > 1 and opens_sentence and (
            _ordinary_word(t.words[i], gz, COMMON_WORD_RANK)
            or t.words[i + 1] == "of" and _ordinary_word(t.words[i], gz, ANY_WORD_RANK)) and not any(
            da == 0 and db > 1 for da, db in gz.name_spans(tuple(t.words[i:j]))) and not t.before_local_authority(i):
        # "Several West Texas towns …", "Shelling of Oldtown …": a sentence's first word,
        # not a name's (but "New York", "Isle of Man", a town before its "City Council")
        i += 1
        while i < j - 1 and not t.capitalised(i):
            i += 1  # "Thousands of Egyptians …": nor the particles after it
    demonyms = demonym_rows(gz)
    if j - i == 1 and t.lower(i) in demonyms:  # "the deputy Russian minister": no person's name
        return demonym_mentions(t, i, j, gz)
    if names_a_person(t, i, j, gz):
        return []
    split = demonym_hyphen(t, i, j, gz, demonyms) if j - i > 1 else None
    if split is not None:  # "Egyptian-Israeli talks", "the Russian-Georgia border": two names
        return _mentions_in_run(t, i, split, gz) + _mentions_in_run(t, split, j, gz)
    first = t.lower(i)
    if (first in demonyms or j - i > 1 and two_word_demonym(t, i, demonyms)) and \
            not any(gz.has_key(t.key(i, b)) for b in range(i + 2, min(j, i + 6) + 1)):
        return demonym_mentions(t, i, j, gz)  # not "American Samoa", "Indian Ocean"
    last = t.lower(j - 1)
    if last in STREET_WORDS and j - i > 1:
        # "Cairo Street": a street of the town the report is about, not the city it is
        # named after; placed at the document's main place.
        rows = gz.rows_for_key(t.key(i, j))
        return [Mention(t.starts[i], t.ends[j - 1], t.text[t.starts[i] : t.ends[j - 1]], rows, gazetteer=gz)] \
            if rows else [_unknown_place(t, i, j, gz)]
    run_words = tuple(t.words[i:j])
    names = gz.name_spans(run_words)
    if not names or names[0] != (0, j - i) and j - i <= 3 and not _ARTICLES_AND_PLACE_WORDS.isdisjoint(
            map(str.casefold, t.words[i:j])):
        # "Hodeidah", "Qamishli", "Ras al-Ain", "Lower Shabelle" (not the river Shabelle):
        # a well-known place spelt otherwise
        spelt = _spelt_otherwise(t, i, j, gz)
        if spelt is not None:
            return [spelt]
    if not names:
        if j - i > 1 and (last in FEATURE_WORDS or first in FEATURE_WORDS or last in LANDMARK_WORDS):  # "Camp Bastion"
            return [] if names_a_body_only(t.words[i:j]) else [_unknown_place(t, i, j, gz)]  # not "Port Authority"
        return [_unknown_place(t, i, j, gz, "unplaced")] if _named_settlement(t, i, j) else []
    found: list[Mention] = []
    # (a name that is the whole run, of one word or more, has no words around it: every
    # count around it is 0, and the run's words need not be looked at)
    not_plain, naming, company, not_place = gz.memoized(_word_counts)(run_words) \
        if names[0] != (0, j - i) else _no_counts(j - i)
    # A headline in title case ("Senior Envoy Visits Georgia After Talks"): a run that
    # opens a sentence, of ordinary words each capitalised by style, among which a name
    # stands alone (not "the Islamic State of Iraq"). Asked only where it matters.
    headline = None

    def around(count: list[int], a: int, b: int) -> int:  # in [i, a) and [b, j)
        return count[a - i] + count[j - i] - count[b - i]

    chains = hyphen_chains(t, i, names, gz) if len(names) > 1 else None
    for n, (da, db) in enumerate(names):
        a, b = i + da, i + db
        if t.person_tokens and not t.person_tokens.isdisjoint(range(a, b)):
            continue  # "Austin Reed"
        chain = chains[n] if chains else (a, b)
        if chain is None:
            continue  # "Coca-Cola": a brand's words, no places
        ca, cb = chain
        plain = around(not_plain, ca, cb) == 0  # "Kano State", "northern Kano", "Gulu-Kitgum"
        if not plain:
            if headline is None:
                headline = opens_sentence and _title_case(t, run_start, j, gz)
            plain = headline
        if not plain and not around(naming, a, b):
            continue  # "Denver Broncos": the rest is a name of its own
        if not plain and around(company, a, b) and not _major_by_name(gz, gz.rows_for_key(t.key(a, b)), t.key(a, b)):
            continue  # "Fairview Roofing Corp.": a firm's name (but "Dallas Power Co.")
        # The place that leads a longer name counts ("Reno Public Library", "Southern Utah
        # Medical Center"), as do places joined by a hyphen ("Minneapolis-St. Paul") and
        # one an institution is "of" ("University of Kansas").
        # (but not the head of "X of Y" where Y names no place: "Line of Control";
        # "Siaya County of Western Kenya" is still Siaya)
        leading = not_place[a - i] == 0 and not (b < j and t.words[b] == "of" and not any(i + da2 > b for da2, _ in names))
        after_place = bool(found) and found[-1].end == t.ends[a - 1] and t.text[t.ends[a - 1] : t.starts[a]] != " "
        if plain or leading or after_place or _of_institution(t, i, a, b, j, gz):
            m = _accept(t, a, b, gz, inside_name=not plain and not hometown_ends_run(t, a, b, j, gz))
            if m is not None:
                found.append(m)
    if not found and j - i > 1 and (last in FEATURE_WORDS or first in FEATURE_WORDS) and not names_a_body_only(
            t.words[i:j]) and all(t.lower(k) in PLACE_WORDS for da, db in names for k in range(i + da, i + db)):
        # "Andaman Islands", "Idjwi Island": the only names in the run are its kind words
        # (a hamlet called "Islands"): a place the gazetteer lacks, as above.
        return [_unknown_place(t, i, j, gz)]
    if not found and names_a_natural_feature(t, i, j, gz):
        return [_unknown_place(t, i, j, gz)]  # "Lake Tana", "Kishwaukee River": a feature the gazetteer lacks
    return found


def _mentions_of_one_word(t: Text, i: int, gz: Gazetteer) -> list[Mention]:
    """``_mentions_in_run`` of a run of one word (half the runs met), less what only
    runs of several words ask: no party letter, opening word, hyphen, street word or
    words around the name; the same questions in the same order otherwise."""
    j = i + 1
    word = t.words[i]
    if len(word) > 1 and word.isupper() and t.dateline(i, j):  # (a dateline's word is in capitals)
        return dateline_mentions(t, i, j, gz)
    if word.casefold() in demonym_rows(gz):  # "the deputy Russian minister": no person's name
        return demonym_mentions(t, i, j, gz)
    if names_a_person(t, i, j, gz):
        return []
    names = gz.name_spans((word,))
    if not names:  # "Hodeidah": a well-known place spelt otherwise
        spelt = _spelt_otherwise(t, i, j, gz)
        if spelt is None and _named_settlement(t, i, j):
            return [_unknown_place(t, i, j, gz, "unplaced")]
        return [] if spelt is None else [spelt]
    if t.person_tokens and i in t.person_tokens:
        return []  # "Austin" of "Austin Reed"
    m = _accept(t, i, j, gz)  # (the name is the whole run: nothing around it)
    return [] if m is None else [m]


def _title_case(t: Text, i: int, j: int, gz: Gazetteer) -> bool:
    """Whether the capitalised run [i, j), which opens a sentence, is a whole headline in
    title case: it ends the sentence, has enough capitalised words, and some of them are
    among the most frequent English words ("Aid Convoy Finally Reaches Somalia."; not
    "Fighters of the Islamic State of Iraq retreated")."""
    rest = t.text[t.ends[j - 1] : t.ends[j - 1] + 3].lstrip(" \"'\u201d\u2019)")
    if rest and rest[0] not in ".!?:\n":
        return False
    capitalised = [w for w in t.words[i:j] if w[:1].isupper()]
    return len(capitalised) >= HEADLINE_WORDS and any(
        gz.word_ranks.get(word_key(w), COMMON_WORD_RANK) < VERY_COMMON_WORD_RANK for w in capitalised)


def _word_counts(gz: Gazetteer, run_words: tuple[str, ...]) -> tuple[list[int], ...]:
    """Running counts (``_running_sums``) of what the words of a run are: not place
    words nor particles; naming words (institutions, titles, frequent words); company
    words; not place words. Counted once per run (asked word by word for each of a long
    run's names, it made a run of n words cost n²), and runs recur across texts; what
    each word is, is kept per word (runs that are new share their words with others)."""
    flags = gz.memoized(_word_flags, 100_000)
    return tuple(map(list, map(_running_sums, zip(*map(flags, run_words)))))


@lru_cache(maxsize=64)
def _no_counts(n: int) -> tuple[list[int], ...]:
    """What ``_word_counts`` answers for the run of n words around a name that is the
    whole run: it reads the counts at 0 and n only, both 0 around such a name (shared:
    read them, never change them)."""
    zeros = [0] * (n + 1)
    return zeros, zeros, zeros, zeros


def _word_flags(gz: Gazetteer, word: str) -> tuple[bool, bool, bool, bool]:
    """The four facts ``_word_counts`` counts, of one word."""
    w = word.casefold()
    return (w not in PLACE_WORDS and w not in PARTICLES,
            w in INSTITUTION_WORDS or w in TITLES or word_key(w) in gz.common_words,
            w in COMPANY_WORDS,
            w not in PLACE_WORDS)


# [0, f0, f0+f1, …]: how many of the first k flags are set, for every k (an iterator;
# one call in C, mapped over the four facts of every new run)
_running_sums = partial(accumulate, initial=0)


def _spelt_otherwise(t: Text, i: int, j: int, gz: Gazetteer) -> Mention | None:
    """A mention of the well-known place the run [i, j), which names nothing in the
    gazetteer, spells otherwise ("Hodeidah", "Ras al-Ain"); none for a person's name
    ("Haddadi said") or a rare word the text also writes in lower case."""
    rows = run_spelt_otherwise(gz, tuple(t.words[i:j])) if j - i <= 3 else ()  # (most runs: none, from a memo)
    if not rows or any(k in t.person_tokens for k in range(i, j)) or person_context(t, j, i):
        return None
    if t.sentence_initial(i) and t.written_in_lower_case(t.lower(i)):
        return None
    start, end = t.starts[i], t.ends[j - 1]
    hint = ""
    if j < len(t.words) and not t.capitalised(j) and t.text[end : t.starts[j]] == " ":
        hint = TYPE_WORDS.get(t.lower(j), "")  # "Idleb province"
    if j - i == 1 and not (hint or t.located(t.lower(i)) or t.after_settlement_of(i)):
        # One word never said to be where anything is ("Baltia's shares"): only a
        # city's name reads as the city.
        rows = tuple(r for r in rows if spelt_city(gz, r))
        if not rows:
            return None
    return Mention(start, end, t.text[start:end], rows, kind="spelling", hint=hint, gazetteer=gz)


def _unknown_place(t: Text, i: int, j: int, gz: Gazetteer, kind: str = "fallback") -> Mention:
    """A place the gazetteer lacks: "fallback", placed coarsely at the document's main
    place (a street, a creek); "unplaced", left without a place (a village the text
    names: it lies somewhere the text may say, not at the main place)."""
    start, end = t.starts[i], t.ends[j - 1]
    return Mention(start, end, t.text[start:end], (), kind=kind, gazetteer=gz)


def _named_settlement(t: Text, i: int, j: int) -> bool:
    """Whether the run [i, j), which names nothing in the gazetteer, is what the text
    calls a village, town or the like ("gunmen raided the village of Oldtown", "the
    villages of Oldtown and Newtown"): a place the gazetteer lacks, not a person's name
    ("Oldtown said") nor a word the text also writes in lower case. It is left
    unplaced: a report codes such a village at the town the text puts it near."""
    return i > 1 and t.named_after_settlement_of(i) and not t.person_tokens.intersection(range(i, j)) \
        and not person_context(t, j, i) and not t.written_in_lower_case(t.lower(i)) and t.lower(j - 1) not in NEVER_PLACES


def _given_name_and_surname(t: Text, i: int, k: int, gz: Gazetteer) -> bool:
    """Whether the two words before token k (in the run from i) are a given name and a
    surname the person finder left alone ("Ann Lee": the surname is also a town's)."""
    return k - 2 >= i and t.capitalised(k - 1) and word_key(t.words[k - 2]) in gz.given_names \
        and t.lower(k - 1) not in PLACE_WORDS


def _of_institution(t: Text, i: int, a: int, b: int, j: int, gz: Gazetteer) -> bool:
    """"University of Kansas", "Lena Ortiz of the Iowa Farm Bureau", "the Governor of Kano
    State": the place ([a, b) in the run [i, j)) follows "of" after an institution's
    word, a person's name or an office that opens the run, and
    ends the run or leads an institution's name (but "Islamic State of Iraq" is an
    organisation's name, not a place)."""
    k = a - 1
    if k > i and t.lower(k) == "the":
        k -= 1
    if k - 1 < i or t.lower(k) != "of" or not (t.lower(k - 1) in INSTITUTION_WORDS or k - 1 in t.person_tokens
                                                or k - 1 == i and t.lower(i) in TITLES
                                                or _given_name_and_surname(t, i, k, gz)):
        return False
    return b == j or leads_institution(t, b, j) or all(t.lower(m) in PLACE_WORDS for m in range(b, j))


def _ordinary_word(word: str, gz: Gazetteer, rank_limit: int = VERY_COMMON_WORD_RANK) -> bool:
    """One of the most frequent English words and no major place's main name (an
    acronym or dotted abbreviation, "US", "U.S.", and a demonym, "Turkish", are no
    ordinary words)."""
    if "." in word or len(word) > 1 and word.isupper() or word.casefold() in demonym_rows(gz):
        return False
    key = word_key(word)
    rank = gz.word_ranks.get(key)
    return rank is not None and rank < rank_limit and not name_facts(gz, key, gz.rows_for_key(key)).major_by_name


def _accept(t: Text, a: int, b: int, gz: Gazetteer, inside_name: bool = False) -> Mention | None:
    """A mention for tokens [a, b) that name a place, unless the words are something
    else. ``inside_name``: the place leads a longer name ("Reno Public Library")."""
    text = t.text
    start, end = t.starts[a], t.ends[b - 1]
    key = t.key(a, b)
    rows = gz.rows_for_key(key)
    words = t.words[a:b]
    if all(map(str.isupper, words)) and len(key.replace(" ", "")) <= 5 and not short_name_in_capitals(t, a, b, key, gz):
        # "NATO", "AFP", "UN": an acronym is an organisation unless it names a country.
        rows = tuple(r for r in rows if gz.feature_code[r] == "PCLI")
        return Mention(start, end, text[start:end], rows, gazetteer=gz) if rows else None
    if key in INSTITUTION_NAMES:
        return None
    if b - a == 1 and len(words[0]) > 2 and words[0][1].isupper() and not words[0].isupper():
        return None  # "FAMa", "FARDCs": an acronym written with small letters, no place's name
    if text.startswith((" news", " state news"), end) and _MEDIA_AFTER.match(text, end) \
            and not any(gz.feature_code[r] == "PCLI" for r in rows):
        return None  # "the Saba news agency": an organisation named after a town
    if key.startswith(("saint ", "sainte ")) and text[end : end + 2] in ("'s", "\u2019s") \
            and not any(gz.feature_code[r] in ("PPL", "PPLC") and gz.population[r] >= 200_000 for r in rows):
        return None  # "St. Andrew's Day", "St. Mary's School": a saint's, not a town's (but "St. Petersburg's port")
    if b - a > 1 and gz.common_words.issuperset(map(word_key, words)) and not any(
        gz.primary_key(r) == key for r in rows) and not formal_country_name(gz, key, rows):  # ("Russian Federation")
        if t.lower(b - 1) in PLACE_WORDS:  # "Kentucky State Police", "Kano State": the state is Kentucky, Kano
            shorter = _accept(t, a, b - 1, gz, inside_name)
            if shorter is not None:
                shorter.hint = TYPE_WORDS.get(t.lower(b - 1), shorter.hint)
            if shorter is not None or t.lower(b - 1) not in NATURAL_FEATURE_WORDS or t.lower(a) == "the":
                return shorter  # (not "The Island": a show's title)
            # "the Salt River": a river the gazetteer lacks (only regions named after it
            # have the name), placed coarsely where the report is
            return _unknown_place(t, a, b, gz)
        if t.lower(a) == "the":  # "a rider of the U.S. team": the name after the article
            return _accept(t, a + 1, b, gz, inside_name)
        if b - a > 2 and t.lower(a) in PLACE_WORDS and t.lower(a + 1) == "of":  # "the State of Utah": Utah
            return _accept(t, a + 2, b, gz, inside_name)
        if t.lower(a) in PLACE_WORDS and t.lower(b - 1) not in PLACE_WORDS:
            # "Central Java", "Lower Dir": a region's other name (Jawa Tengah); else the
            # name after the modifier ("Upper Oldtown": Oldtown, as "northern Kano" is Kano)
            regions = tuple(r for r in rows if gz.feature_code[r] in _REGION_CODES)
            return Mention(start, end, text[start:end], regions, gazetteer=gz) if regions \
                else _accept(t, a + 1, b, gz, inside_name)
        return None  # "White House": ordinary words that only an alternate name matches
    if b - a == 1:
        if key in NEVER_PLACES or key in PLACE_WORDS or len(key) < 2:
            return None  # "North", "Central": a compass word, a modifier of the next name, a school's short name
        facts = name_facts(gz, key, rows)
        if not _reads_as_name(t, a, key, facts, gz, inside_name) and start not in t.listed_regions:
            return None
        if not facts.named_or_major:
            if inside_name:
                return None  # "Puerto Jordan": a word that only some town's alternate name is, leading a name of its own
            if not t.located(key) and not facts.sized and not t.after_settlement_of(a):
                # "Kibaki supporters": a hamlet's variant spelling, never said to be where
                # anything is (but "the town of Miranshah": the text says it is a town)
                return None
        elif inside_name and not t.located(key) and not facts.sized_or_not_town and not local_institution_after(t, b):
            return None  # "Moi University": a hamlet's name leading an institution's, the hamlet never in the text
        if not facts.speaks_for_a_state and a_person_alone(t, a, b):
            return None  # "Okafor said", "Preston, 45, of Tulsa", "Okafor was arrested" (but "Moscow said")
    hint = ""
    if b < len(t.words) and not t.capitalised(b) and text[end : t.starts[b]] == " ":
        hint = TYPE_WORDS.get(t.lower(b), "")  # "Homs province", "Kern county"
    if not hint and a > 0 and t.lower(a - 1) == "the" and any(
            gz.feature_code[r] == "RGN" and not gz.country_code[r] for r in rows):
        hint = "RGN"  # "across the Sahel": the region across countries, not a province named after it
    if not hint and a > 1 and t.words[a - 1] == "of":
        hint = KINDS_BEFORE_OF.get(t.lower(a - 2), "")  # "the island of Oldisle", "the state of Bigstate"
    return Mention(start, end, text[start:end], rows, hint=hint, gazetteer=gz)


# What follows a town's name in the name of a news agency (a country's name there still
# says what the report is about, as a demonym does; "Oldtown television airwaves" are
# the town's).
_MEDIA_AFTER = re.compile(r" (?:state )?news (?:agency|service)\b")


def _named_as_town(t: Text, i: int, facts: NameFacts) -> bool:
    """Where the text calls the word at token i a town ("the town of Reading"), names
    a town's people or authorities by it ("Ann Lee of Reading", "Reading police", "the
    Reading City Council"), says something is based there ("a Reading-based firm") or
    ends an address with it ("Mill Road, Reading"),
    and a town has it as its main name: the word is the town's."""
    return bool(facts.towns) and (t.hometown(i) or t.before_local_authority(i) or t.after_settlement_of(i)
                                  or t.based_in(i) or names_its_people(t, i, facts.rank) or after_a_street(t, i))


def _named_as_hamlet(t: Text, i: int) -> bool:
    """``_named_as_town`` of any place: the text calls the word at token i a place,
    names its people or authorities by it, or names a lake, river or valley by it
    ("Apollo Valley")."""
    words = t.words
    return t.after_settlement_of(i) or t.based_in(i) or t.before_local_authority(i) or t.hometown(i) \
        or i > 0 and words[i - 1].casefold() in NATURAL_FEATURE_WORDS and words[i - 1][:1].isupper() \
        or i + 1 < len(words) and words[i + 1].casefold() in NATURAL_FEATURE_WORDS and words[i + 1][:1].isupper()


_LOCATIVES_OR_TARGETS = LOCATIVES | TARGET_VERBS


def _reads_as_name(t: Text, i: int, key: str, facts: NameFacts, gz: Gazetteer, inside_name: bool) -> bool:
    """Whether a single capitalised word that is also an English word or a given name
    names a place here.

    A word the text also writes in lower case ("a mobile clinic") is the word, except a
    country's name in mid-sentence ("turkey" the bird is no reason to doubt "Turkey").
    At the start of a sentence, where everything is capitalised, a frequent word
    ("Police") or a given name passes only as the main name of a country, capital or
    admin-1 region. In mid-sentence, a major place's main name passes; otherwise the
    word must not lead a longer name ("Mobile Home Park"), must not be among the most
    frequent words ("Man", "Will"), and must be the main name of a town of some size (not
    a hamlet named like an institution, nor a given name that only an alternate name of
    some town matches); a frequent word must follow a locative preposition somewhere in
    the text ("in Bath", not only "a hot bath"), and a given name a strong one ("in
    Florence", not "to Grace") unless it names a city ("moved to Austin").
    """
    rank, given_name = facts.rank, facts.given_name
    if facts.respells_a_country and not t.located(key):
        return False  # "Grenade attacks", "an Indie label": the word, not Grenada, India
    in_capitals = t.words[i].isupper()  # (capitals say nothing of a name: "READING LIST", "LINEN ON SALE")
    if in_capitals and rank is not None and rank >= COMMON_WORD_RANK and not given_name:
        return bool(facts.towns or facts.major) or t.located(key)  # a town's own name ("MANSFIELD --"), "KIEV"
    if (rank is None or rank >= COMMON_WORD_RANK) and not given_name:
        # A rarer word that opens a sentence and that the text writes in lower case too
        # ("Boda boda riders …") is the word, unless a major place has it as its name.
        if rank is not None and not facts.major and (not facts.sized_or_not_town or (
                max(facts.towns, default=0) < CITY_SIZE and t.qualifies_people(i))):
            # An English word naming only hamlets ("Apollo", "Penguin": a team's, a firm's name), or only small
            # towns and opening a sentence before the people it qualifies ("Pepper growers rally …"): the word,
            # unless the text says it is a place ("in Apollo", "the town of Apollo", "Apollo police").
            return t.located(key) or _named_as_hamlet(t, i)
        return not (facts.rank is None and not facts.major_by_name and t.sentence_initial(i)
                    and t.written_in_lower_case(key))
    fc = gz.feature_code
    # (an admin-1 region of a few thousand people is a parish of an island: "Forest",
    # "Store", "Michael" are the words or the name there)
    major_by_name = tuple(r for r in facts.major_by_name if fc[r] != "ADM1" or gz.population[r] >= TOWN_OF_SOME_SIZE)
    if not major_by_name and (rank is None or rank >= COMMON_WORD_RANK) and not t.sentence_initial(i) \
            and t.located(key, _LOCATIVES_OR_TARGETS):
        # A rare word that is also a given name and an English spelling of a major city
        # ("Odessa" for Odesa, "Kiev"), where the text puts something or strikes
        # something ("missiles hit Odessa"): the city, as a reader takes it (not a
        # goddess's name that spells some city's name).
        major_by_name = facts.major
    initial = in_capitals or t.sentence_initial(i)
    if t.written_in_lower_case(key):
        return not initial and any(fc[r] == "PCLI" for r in major_by_name)
    if initial:  # (a city of 200,000 too, unless its name is among the most frequent words: "Toronto police …")
        return any(fc[r] in ("PCLI", "PPLC", "ADM1") for r in major_by_name) or bool(major_by_name) and (
            rank is None or rank >= VERY_COMMON_WORD_RANK) and not given_name or _named_as_town(t, i, facts) \
            or bool(facts.towns) and (t.located(key, STRONG_LOCATIVES) or listed_with_a_town(t, i, gz))  # "in Quincy"
    if major_by_name or _named_as_town(t, i, facts):
        return True
    if inside_name or (rank is not None and rank < VERY_COMMON_WORD_RANK):
        return False
    towns = facts.towns
    if not towns:
        return False
    if rank is None and not given_name:
        return True
    # A word must follow a locative, a given name a strong one ("to Grace" is no place)
    # unless it is a city's name ("moved to Austin"), or stand in a list beside a town
    # ("Gainesville and Lindsay").
    return t.located(key, STRONG_LOCATIVES if given_name and max(towns) < CITY_SIZE else LOCATIVES) \
        or listed_with_a_town(t, i, gz)
