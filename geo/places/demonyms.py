"""Demonyms that stand for their country ("Chadian troops", "the Malian-Nigerien border",
"Uruguayans") or region ("Chechen fighters", from ``region_demonyms.tsv``)."""

from __future__ import annotations

from geo.gazetteer import Gazetteer, normalize_name
from geo.places.model import Mention
from geo.places.text import Text
from geo.places.words import (
    DEMONYM_PLACE_NOUNS,
    DEMONYM_STATE_NOUNS,
    INSTITUTION_WORDS,
    LANGUAGE_DEMONYMS,
    TITLES,
    table_rows,
)

_demonym_tables: dict[int, tuple[Gazetteer, dict[str, int]]] = {}


def demonym_rows(gz: Gazetteer) -> dict[str, int]:
    """Demonym (normalised) -> the row of its country or region, for this gazetteer."""
    cached = _demonym_tables.get(id(gz))
    if cached is not None and cached[0] is gz:
        return cached[1]
    rows = {key: gz.country_rows[iso] for key, iso in gz.demonyms.items() if iso in gz.country_rows}
    for surface, row in table_rows(gz, "region_demonyms").items():
        key = normalize_name(surface)
        rows.setdefault(key, row)
        if not key.endswith(("s", "sh", "ese")):  # the people: "Texans", "Ohioans", "Gazans"
            rows.setdefault(key + "s", row)
    _demonym_tables[id(gz)] = (gz, rows)
    return rows


def demonym_mentions(t: Text, i: int, j: int, gz: Gazetteer) -> list[Mention]:
    """The demonyms of a capitalised run [i, j) that starts with one: "Chadian troops",
    "Ghanaian President Kofi Mensah", "the Malian-Nigerien border", "Sri Lankan
    officials". Not when they start a name ("Kenyan Human Rights League", "Russian
    Orthodox Church"), and a demonym that is also a language ("French") only before a
    place noun ("the French border")."""
    demonyms = demonym_rows(gz)
    spans = []  # [a, b) token ranges of demonyms: "Malian", "Sri Lankan"
    k = i
    while k < j:
        b = k + 2 if k + 1 < j and t.key(k, k + 2) in demonyms else k + 1
        if b == k + 1 and t.lower(k) not in demonyms:
            break
        spans.append((k, b))
        k = b
    if k < j and not any(t.lower(m) in TITLES or t.lower(m) in INSTITUTION_WORDS for m in range(k, min(j, k + 3))) \
            and not (k == j - 1 and _acronym(t.words[k])):
        # "Kenyan Human Rights League": a name (but "Ghanaian Health Ministry", and an
        # acronym after the demonym is a thing of that country: "Nigerian MPs")
        return []
    m = j  # past "Malian and Nigerien …" to the noun
    while m < len(t.words) and (t.lower(m) == "and" or t.lower(m) in demonyms):
        m += 1
    place_noun = m < len(t.words) and t.lower(m) in DEMONYM_PLACE_NOUNS
    found = []
    for a, b in spans:
        key = t.key(a, b)
        if key in LANGUAGE_DEMONYMS and not place_noun and not _of_a_state(t, k, j, m):
            continue
        row = demonyms.get(key)
        if row is not None:
            start, end = t.starts[a], t.ends[b - 1]
            found.append(Mention(start, end, t.text[start:end], (row,), kind="demonym", gazetteer=gz))
    return found


STATE_NOUN_GAP = 2  # lower-case words between a demonym and its state noun ("French engineering company")


def _of_a_state(t: Text, k: int, j: int, m: int) -> bool:
    """Whether the demonyms before token k (the run ending at j, its noun phrase going
    on at m) name a state's people, forces or firms: a title or institution in the run
    ("German President Ada Roth", "the Spanish Foreign Ministry") or a state noun after it
    ("French troops", "a German engineering firm"), not a language ("French cooking")."""
    if k < j and (t.lower(k) in TITLES or t.lower(k) in INSTITUTION_WORDS):
        return True
    words, text = t.words, t.text
    for n in range(m, min(len(words), m + STATE_NOUN_GAP + 1)):
        if words[n][:1].isupper() or text[t.ends[n - 1] : t.starts[n]] != " ":
            return False  # (a name, or punctuation: the noun phrase ended)
        if words[n] in DEMONYM_STATE_NOUNS:
            return True
    return False


def _acronym(word: str) -> bool:
    """"MPs", "MoD", "ICBMs": more than one capital letter in a word."""
    return sum(c.isupper() for c in word) > 1
