"""Towns named with their region: "Wooster, Ohio", "Paradise, Calif.", "Lexington, South
Carolina". A name followed by ", " and a region or country it lies in is a place
whatever else its words are (a given name, a common word, the end of a firm's name);
the writer has said where it is. So has an address: the town after a street's name
("Mill Road, Oldtown": ``after_a_street``)."""

from __future__ import annotations

from bisect import bisect_left

from geo.gazetteer import Gazetteer
from geo.places.model import Mention
from geo.places.text import Text
from geo.places.words import STREET_WORDS

_REGION_CODES = frozenset({"PCLI", "ADM1", "ADM2"})
MAX_NAME_TOKENS = 4


def qualified_mentions(t: Text, mentions: list[Mention], gz: Gazetteer) -> list[Mention]:
    """Mentions of the names before ", Region" that recognition left out, where the
    region holds a place of that name (the longest such name before the comma)."""
    text, fc = t.text, gz.feature_code
    # Few mentions follow ", ": those are looked at, the others cost a string compare.
    after_comma = [m for m in mentions if text[m.start - 2 : m.start] == ", " and m.rows]
    if not after_comma:
        return []
    found = []
    covered = [(m.start, m.end) for m in mentions]
    for m in after_comma:
        regions = [r for r in m.rows if fc[r] in _REGION_CODES]
        if not regions:
            continue
        e = bisect_left(t.ends, m.start - 2)
        if e == len(t.ends) or t.ends[e] != m.start - 2 or e in t.person_tokens or not t.capitalised(e):
            continue
        best = None
        for s in range(e, max(-1, e - MAX_NAME_TOKENS), -1):
            if s in t.person_tokens or not t.capitalised(s) or (s < e and t.text[t.ends[s] : t.starts[s + 1]] != " "):
                break
            rows = gz.rows_for_key(t.key(s, e + 1))
            inside = tuple(r for r in rows if any(gz.contains(q, r) for q in regions))
            if inside:
                best = (s, inside)
        if best is None:
            continue
        start, end = t.starts[best[0]], t.ends[e]
        if any(a < end and start < b for a, b in covered):
            continue
        found.append(Mention(start, end, t.text[start:end], best[1], gazetteer=gz))
    return found


ADDRESS_NAMES_BACK = 2  # capitalised names between a street and the town ("Mill Lane, Eastbury, Oldtown")


def after_a_street(t: Text, i: int) -> bool:
    """Whether the word at token i ends an address after a comma: a street's name, maybe
    a district's, then the town ("12 Mill Road, Oldtown", "Station Road, Eastbury,
    Oldtown"): the writer has said where the street is."""
    text, words, starts, ends = t.text, t.words, t.starts, t.ends
    if i + 1 < len(words) and words[i + 1][:1].isupper() and text[ends[i] : starts[i + 1]] == " ":
        return False  # the word opens a longer name: a list of streets ("…, Mill Court")
    k = i
    for _ in range(ADDRESS_NAMES_BACK):
        if k < 2 or text[ends[k - 1] : starts[k]] != ", " or not words[k - 1][:1].isupper():
            return False
        if words[k - 1].casefold() in STREET_WORDS:
            return True
        k -= 1
        while k > 0 and words[k - 1][:1].isupper() and text[ends[k - 1] : starts[k]] == " ":
            k -= 1  # to the first word of the name before the comma
    return False
