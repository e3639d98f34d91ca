"""Capitalised runs that an English word joined. The run pattern lets particles of
foreign names sit inside a run ("Deir ez-Zor", "Ma'arrat an Nu'man"), and some of those
particles are English words too ("at", "as", "an"). Where no place's name spans such a
word, the run is two names and an English word ("Flights at Kandahar", "Staff at Mercy
Hospital"), and each name is read on its own. In text written in capitals ("TALKS
OPENED IN GENEVA ON MONDAY") every word is capitalised, and the run is the whole line:
there the English function words ("IN", "ON", "AND", "FROM") part it as lower case
would, unless a place's name spans them ("BOSNIA AND HERZEGOVINA"), and so do frequent
English words that no place's name holds ("RETOOK", "KILLS")."""

from __future__ import annotations


from geo.gazetteer import Gazetteer, normalize_name
from geo.gazetteer.names import word_key
from geo.places.caps_text import ORDINARY_RANK
from geo.places.model import Mention
from geo.places.name_facts import STATE_CAPITAL_SIZE, TOWN_OF_SOME_SIZE
from geo.places.text import Text
from geo.places.words import FUNCTION_WORDS, JOINING_PREPOSITIONS, PARTICLES

# Words in capitals that part a run written in capitals: function words that lower-case
# text never joins into a name, and the prepositions that are particles too ("AT", "AS").
# ("OF" and "THE" stay: "ISLE OF MAN", "BANK OF AMERICA" are one run in any case.)
_CAPS_BREAKS = frozenset(w.upper() for w in (FUNCTION_WORDS - PARTICLES) | JOINING_PREPOSITIONS)


def split_at_prepositions(t: Text, runs: list[tuple[int, int]], gz: Gazetteer) -> list[tuple[int, int]]:
    """``runs`` with each run that an English preposition joins, and that no gazetteer
    name spans across it, cut in two at the preposition (the words after it start at
    the next capitalised one); runs in capitals are cut at their function words too
    (``_caps_breaks``)."""
    words, text = t.words, t.text
    if any(j - i > 2 and words[i + 1].isupper() and words[i].isupper() for i, j in runs):
        runs = _split_capitals(t, runs, gz)  # (most texts: no run of three words in capitals)
    if not any(not JOINING_PREPOSITIONS.isdisjoint(words[i + 1 : j - 1]) for i, j in runs if j - i > 2):
        return runs  # (most texts: no run holds one)
    out: list[tuple[int, int]] = []
    for i, j in runs:
        while j - i > 2:  # (most runs are shorter: nothing to cut)
            k = next((k for k in range(i + 1, j - 1) if words[k] in JOINING_PREPOSITIONS
                      and text[t.ends[k - 1] : t.starts[k]] == " " == text[t.ends[k] : t.starts[k + 1]]), None)
            if k is None or any(a < k - i < b - 1 for a, b in gz.name_spans(tuple(words[i:j]))):
                break
            out.append((i, k))
            i = k + 1
            while i < j and not words[i][:1].isupper():  # "at the Kandahar …": past the article
                i += 1
        if i < j:
            out.append((i, j))
    return out


def _split_capitals(t: Text, runs: list[tuple[int, int]], gz: Gazetteer) -> list[tuple[int, int]]:
    """``runs`` with each run written in capitals cut at the function words in it that
    no gazetteer name spans (they belong to no run), and with each frequent English word
    that no name of several words holds made a run of its own, judged as a word in
    capitals is ("UN AND NATO MET IN BRUSSELS": "UN", "NATO", "MET", "BRUSSELS";
    "TURKEY" alone is still the country). Only runs of words with a function word
    among them are a sentence's words ("ABOUT US" of a menu is not). A whole sentence in capitals that opens
    and ends there is a headline, read as one run as before ("FLOODS HIT DHAKA")."""
    words, ranks = t.words, gz.word_ranks
    out: list[tuple[int, int]] = []
    for i, j in runs:
        if j - i < 3 or not all(w.isupper() for w in words[i:j]) or _CAPS_BREAKS.isdisjoint(words[i:j]) \
                or _whole_sentence(t, i, j):  # (a sentence's words: some function word among them)
            out.append((i, j))
            continue
        spans = [(da, db) for da, db in gz.name_spans(tuple(words[i:j])) if db - da > 1]
        a = i
        for k in range(i, j):
            w = words[k]
            if any(da <= k - i < db for da, db in spans):
                continue  # "BOSNIA AND HERZEGOVINA", "NEW YORK"
            if w in _CAPS_BREAKS:
                if a < k:
                    out.append((a, k))
                a = k + 1
            elif len(w) > 1 and ranks.get(word_key(w), ORDINARY_RANK) < ORDINARY_RANK:
                if a < k:
                    out.append((a, k))
                out.append((k, k + 1))
                a = k + 1
        if a < j:
            out.append((a, j))
    return out


def _whole_sentence(t: Text, i: int, j: int) -> bool:
    """Whether the run [i, j) opens a sentence and ends it (a headline)."""
    rest = t.text[t.ends[j - 1] : t.ends[j - 1] + 3].lstrip(" \"'\u201d\u2019)")
    return t.sentence_initial(i) and (not rest or rest[0] in ".!?:\n")


# A possessive "'s" inside a place's name or closing it ("St. George's", "King's
# Lynn", "Lee's Summit"): the tokens part there, and the run stops before it.
_APOSTROPHE_S = ("'s", "\u2019s")
_NEXT_RUN_WORDS = 2  # words of the run after "'s" tried with it ("Bishop's Stortford")


def possessive_name_mentions(t: Text, gz: Gazetteer) -> list[Mention]:
    """Places whose name holds a possessive "'s": a capitalised run, "'s" and the run
    right after it ("King's Lynn"), or a run of two words or more and "'s" before no
    capitalised word ("St. John's, Antigua"; not "St. Mary's Hospital", a saint's; a
    saint's name alone only as a capital's or a city's: ``_saints_town``).
    Kept only where a place of the name has it as its main name or is a town of some
    size; the longer span then wins over the run's own shorter name ("St. George")."""
    text = t.text
    if "'s" not in text and "\u2019s" not in text:
        return []
    starts, ends, words = t.starts, t.ends, t.words
    n_words = len(words)
    out: list[Mention] = []
    for i, j in t.runs:
        end = ends[j - 1]
        if not text.startswith(_APOSTROPHE_S, end) or text[end + 2 : end + 3].isalpha():
            continue  # (most runs: no "'s" right after)
        n = j + 1  # the token after the "s"
        found = None
        if n < n_words and starts[n] == end + 3 and words[n][:1].isupper():
            head = t.key(i, j) + "s"
            for b in range(min(n_words, n + _NEXT_RUN_WORDS), n, -1):
                if all(words[c][:1].isupper() for c in range(n, b)):
                    if _names_a_place(gz, f"{head} {t.key(n, b)}"):
                        found = (starts[i], ends[b - 1])
                        break
        elif j - i > 1:
            head = t.key(i, j) + "s"
            if _names_a_place(gz, head) and (not head.startswith(_SAINTS) or _saints_town(gz, head) or (
                    text.startswith(", ", end + 2) and text[end + 4 : end + 5].isupper())):
                found = (starts[i], end + 2)
        if found is not None:
            a, b = found
            out.append(Mention(a, b, text[a:b], gz.rows_for_key(normalize_name(text[a:b])), gazetteer=gz))
    return out


_SAINTS = ("saint ", "sainte ")
_CAPITAL_CODES = ("PPLC", "PPLA")


def _saints_town(gz: Gazetteer, key: str) -> bool:
    """Whether a saint's name with "'s" ("St. John's") is a capital's or a city's name:
    elsewhere it is mostly a school's, a church's or a hospital's short name ("pupils
    of St. Anne's"), unless a region follows it ("St. Anne's, Barbados")."""
    return any(gz.feature_code[r] in _CAPITAL_CODES or gz.population[r] >= STATE_CAPITAL_SIZE
               for r in gz.rows_for_key(key))


def _names_a_place(gz: Gazetteer, key: str) -> bool:
    """Whether some place has ``key`` as its main name or is a town of some size."""
    return any(gz.primary_key(r) == key or gz.population[r] >= TOWN_OF_SOME_SIZE for r in gz.rows_for_key(key))
