"""Cities known abroad by another name, beside towns whose own name it is.

GeoNames lists, for a large city, dozens of other languages' and old names; many are some
real town's own name elsewhere ("Salisbury": the colonial name of Zimbabwe's capital and an English city;
"Canton": Guangzhou's old English name and towns in Ohio and Michigan; "Man": an
alternate of Amman and a town of 200,000 in Côte d'Ivoire). A bare name in a text is the
town that bears it, unless the text points to the city's country. ``geo.places.resolve``
asks these when it scores a name's candidates.
"""

from __future__ import annotations

from functools import lru_cache

from geo.gazetteer import Gazetteer
from geo.gazetteer.names import spelling_key
from geo.places.name_senses import renowned_by_another_name

# A town of this many people whose own name the name is makes another language's or an old
# name of a city abroad no sign of the city: the city is "renowned" by it
# (``name_senses.renowned_by_another_name``) only beside villages of fewer people, or
# where the name is a spelling or short form of its own ("Petersburg", "Odessa").
RENOWNED_OWN_LIMIT = 10_000
_TOWNS = ("PPL", "PPLC")


@lru_cache(maxsize=20_000)  # (asked again for the same pairs as names recur; a romanisation key costs a loop)
def same_name(key: str, other: str) -> bool:
    """Whether two name keys share a word ("petersburg", "saint petersburg") or one
    romanisation ("odessa", "odesa"; ``spelling_key``): one name, spelt or shortened
    otherwise, not another language's word for the place."""
    return not set(key.split()).isdisjoint(other.split()) or spelling_key(key) == spelling_key(other)


def renowned_rows(gz: Gazetteer, key: str, rows: tuple[int, ...]) -> frozenset:
    """The rows of ``renowned_by_another_name`` that keep the name beside the towns
    whose own name it is (RENOWNED_OWN_LIMIT)."""
    renowned = renowned_by_another_name(gz, key, rows)
    if not renowned:
        return renowned
    fc, population, primary_key = gz.feature_code, gz.population, gz.primary_key
    largest_own = max(population[r] for r in rows if fc[r] in _TOWNS and primary_key(r) == key)
    if largest_own < RENOWNED_OWN_LIMIT:
        return renowned
    return frozenset(r for r in renowned if same_name(key, primary_key(r)))
