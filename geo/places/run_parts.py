"""Parts of a capitalised run that recognition reads apart from the rest: names joined
by hyphens ("the Gulu-Kitgum road", "Egyptian-US talks"), a dateline's place
("KABUL, Afghanistan —"), the names of a list of regions ("Hyde and Tyrrell
counties"), a demonym of two words ("Sri Lankan"); and whether a lone capitalised word
may name a place at all."""

from __future__ import annotations

from geo.gazetteer import Gazetteer
from geo.places.model import Mention
from geo.places.name_facts import name_facts
from geo.places.people import VEHICLE_MAKES
from geo.gazetteer.names import word_key
from geo.places.demonyms import demonym_rows
from geo.places.spellings import SPELLING_LETTERS, may_be_spelt_otherwise, run_spelt_otherwise
from geo.places.text import Text
from geo.places.words import TYPE_WORDS

_HYPHENS = ("-", "\u2010", "\u2011", "\u2013")


def hyphen_chains(t: Text, i: int, names: tuple[tuple[int, int], ...],
                  gz: Gazetteer) -> list[tuple[int, int] | None] | None:
    """For each name of the run from token i, the tokens [c0, c1) of the names it is
    joined to by hyphens, itself included ("the Gulu-Kitgum road", "Tororo-Mbale": two
    places, each as plain as the pair), or None for two English words joined by a
    hyphen that name no town of some size ("Coca-Cola": a brand, no places).
    None where no two names are so joined, or where a maker's name is among them
    ("Mercedes-Benz")."""
    text, starts, ends = t.text, t.starts, t.ends
    joined = [b1 == a2 and text[ends[i + b1 - 1] : starts[i + a2]] in _HYPHENS
              for (_a1, b1), (a2, _b2) in zip(names, names[1:])]
    if not any(joined):
        return None
    keys = [t.key(i + a, i + b) for a, b in names]
    facts = [name_facts(gz, key) for key in keys]
    # Some place's main name (not a word that is only another name of some town)…
    main = [any(gz.primary_key(r) == key for r in f.rows) for f, key in zip(facts, keys)]
    # … and an English word only where a town of some size or a major place has it.
    word_only = [f.rank is not None and not f.towns and not f.major for f in facts]
    chains: list[tuple[int, int] | None] = []
    first = 0
    for n in range(len(names)):
        if n == len(names) - 1 or not (joined[n] and main[n] and main[n + 1]
                                       and not word_only[n] and not word_only[n + 1]):
            chain = (i + names[first][0], i + names[n][1])
            chains.extend([chain] * (n - first + 1))
            first = n + 1
    for n, link in enumerate(joined):
        if link and word_only[n] and word_only[n + 1]:
            chains[n] = chains[n + 1] = None
    if any(t.lower(k) in VEHICLE_MAKES for chain in set(chains) if chain and chain[1] - chain[0] > 1
           for k in range(*chain)):
        return None
    return chains


def listed_region(t: Text, i: int, j: int, gz: Gazetteer) -> Mention | None:
    """A name in a list of regions ("Marin, Napa and Sonoma counties", "Zamfara and
    Sokoto states") is a region of the list's kind: the name's own regions of that kind,
    else those named with the kind's word ("Tyrrell County", which the gazetteer may
    hold under that name only); None where there are none (the name is read as any)."""
    kind, key = t.listed_regions[t.starts[i]], t.key(i, j)
    rows = tuple(r for r in gz.rows_for_key(key) if gz.feature_code[r] == kind)
    for word in _KIND_WORDS.get(kind, ()):
        if rows:
            break
        rows = tuple(r for r in gz.rows_for_key(f"{key} {word}") if gz.feature_code[r] == kind)
    if not rows:
        return None
    start, end = t.starts[i], t.ends[j - 1]
    return Mention(start, end, t.text[start:end], rows, hint=kind, gazetteer=gz)


# Feature code -> the words that name a region of that kind after its name ("county").
_KIND_WORDS: dict[str, tuple[str, ...]] = {}
for _word, _code in TYPE_WORDS.items():
    if len(_word) > 2:  # (not the abbreviation "co")
        _KIND_WORDS[_code] = _KIND_WORDS.get(_code, ()) + (_word,)


def dateline_mentions(t: Text, i: int, j: int, gz: Gazetteer) -> list[Mention]:
    """"KABUL, Afghanistan —", "MOGADISHU (Reuters) -": the place a report was filed
    from, in capitals, at the start of a sentence; a place whatever else its name means,
    and a town where the name is also a region's ("NEW YORK (AP) —")."""
    rows, kind = gz.rows_for_key(t.key(i, j)), "name"
    if not rows:
        rows, kind = run_spelt_otherwise(gz, tuple(t.words[i:j])), "spelling"  # "HODEIDAH, Yemen"
    towns = tuple(r for r in rows if gz.feature_code[r] in ("PPL", "PPLC"))
    rows = towns or rows
    if not rows:
        return []
    start, end = t.starts[i], t.ends[j - 1]
    return [Mention(start, end, t.text[start:end], rows, kind=kind, gazetteer=gz)]


def demonym_hyphen(t: Text, i: int, j: int, gz: Gazetteer, demonyms: dict[str, int]) -> int | None:
    """Where a run that joins a demonym and another name by a hyphen ("Egyptian-US",
    "US-Iranian") splits, unless a gazetteer name spans the hyphen ("Guinea-Bissau")."""
    for k in range(i + 1, j):
        if t.text[t.ends[k - 1] : t.starts[k]] not in ("-", "\u2010", "\u2011", "\u2013"):
            continue
        if (t.lower(k - 1) in demonyms or t.lower(k) in demonyms) and not any(
                da < k - i < db for da, db in gz.name_spans(tuple(t.words[i:j]))):
            return k
    return None


def word_may_name(gz: Gazetteer, word: str) -> bool:
    """Whether a capitalised word that is a run of its own may name a place whatever the
    text around it says: a name's key, a demonym, or a well-known place's name spelt
    otherwise ("Hodeidah": Al Hudaydah). One memo for the three lookups: a text asks it
    of every such run, and mostly of words asked before."""
    return word_key(word) in gz.index or word.casefold() in demonym_rows(gz) \
        or len(word) >= SPELLING_LETTERS and may_be_spelt_otherwise(gz)(word)


def two_word_demonym(t: Text, i: int, demonyms: dict[str, int]) -> bool:
    """Whether tokens [i, i + 2) are a demonym of two words ("Sri Lankan"). Their key
    ends with the second word's key, so only a second word that ends some demonym of
    two words or more needs the key of both (most runs: none does)."""
    return word_key(t.words[i + 1]).rpartition(" ")[2] in _demonym_last_words(demonyms) \
        and t.key(i, i + 2) in demonyms


_last_words: dict[int, tuple[dict, frozenset[str]]] = {}


def _demonym_last_words(demonyms: dict[str, int]) -> frozenset[str]:
    """The last words of the demonyms of several words (kept per table, which is built
    once per gazetteer: ``demonym_rows``)."""
    known = _last_words.get(id(demonyms))
    if known is None or known[0] is not demonyms:
        known = _last_words[id(demonyms)] = (demonyms, frozenset(k.rpartition(" ")[2] for k in demonyms if " " in k))
    return known[1]
