"""Which towns a name is theirs, when some candidates have it only as an alternate name:
a name known abroad (an exonym, a classical name) or a town's former name. Used by
``geo.places.resolve`` when it scores a name's candidates."""

from __future__ import annotations

from geo.gazetteer import Gazetteer
from geo.gazetteer.names import spelling_key, spelt_alike

# A town known abroad by a name that is some small towns' own ("Palmyra": Tadmur, Syria,
# beside Palmyra, Pennsylvania) is what the name means when it has this many times the
# people of the largest of them, and this many people.
RENOWNED_RATIO = 5
RENOWNED_POPULATION = 20_000
# SequenceMatcher ratio from which two keys are one name spelt two ways ("kharkov" and
# "kharkiv", "roskoshnoye" and "rozkishne"): a transliteration is no former name.
SAME_NAME_SPELLING = 0.6
_TOWNS = ("PPL", "PPLC")


def renowned_by_another_name(gz: Gazetteer, key: str, rows: tuple[int, ...]) -> frozenset:
    """Rows of towns that have ``key`` only as an alternate name but dwarf every town
    whose main name it is, in a country where no town has it as its main name: the
    name is theirs as much (an exonym, a classical name); a town's former name in its
    own country is not (Centerville, now Fremont)."""
    fc, population, primary_key = gz.feature_code, gz.population, gz.primary_key
    towns = [r for r in rows if fc[r] in _TOWNS]
    own = [r for r in towns if primary_key(r) == key]
    if not own or len(own) == len(towns):
        return frozenset()
    floor = max(RENOWNED_POPULATION, RENOWNED_RATIO * max(population[r] for r in own))
    countries = {gz.country_code[r] for r in own}
    return frozenset(r for r in towns if population[r] >= floor and primary_key(r) != key
                     and gz.country_code[r] not in countries)


def former_names(gz: Gazetteer, key: str, rows: tuple[int, ...]) -> frozenset:
    """Rows of towns that have ``key`` only as an alternate name that is no spelling or
    short form of their own name, in a country where some town has ``key`` as its own
    name: a former name, which a writer today does not use for the town. A city that
    dwarfs those towns (RENOWNED_RATIO times the people of the largest, and
    RENOWNED_POPULATION) keeps its old name: news still calls Vadodara "Baroda" beside a
    Baroda of 18,000."""
    fc, primary_key, country, population = gz.feature_code, gz.primary_key, gz.country_code, gz.population
    towns = [r for r in rows if fc[r] in _TOWNS]
    largest_own: dict[str, int] = {}
    for r in towns:
        if primary_key(r) == key:
            largest_own[country[r]] = max(largest_own.get(country[r], 0), population[r])
    if not largest_own:
        return frozenset()
    return frozenset(r for r in towns if country[r] in largest_own and primary_key(r) != key
                     and population[r] < max(RENOWNED_POPULATION, RENOWNED_RATIO * largest_own[country[r]])
                     and not one_name(key, primary_key(r)))


def one_name(key: str, other: str) -> bool:
    """Whether two name keys are one name: a shared word ("springfield" in "springfield
    gardens") or a spelling of it ("hillsboro", "hillsborough"; "rovno", "rivne")."""
    if not set(key.split()).isdisjoint(other.split()) or spelling_key(key) == spelling_key(other):
        return True
    return spelt_alike(key, other, SAME_NAME_SPELLING)
