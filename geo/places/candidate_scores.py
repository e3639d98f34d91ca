"""The context-free score of each candidate of a document's name (``resolve``'s first
step, before the document's other names lend their support in ``rank_context``):
importance, the kind of place the text implies, main name or alternate, a region named
after its seat, "Town, Region" qualifiers; and which candidates take no support from
the document's regions (shadowed namesakes, former names) or little (namesakes a city
abroad dwarfs).
"""

from __future__ import annotations

from geo.gazetteer import FEATURE_CLASSES, Gazetteer
from geo.gazetteer.model import FEATURE_PRIOR, feature_prior
from geo.places.demonyms import demonym_rows
from geo.places.name_senses import former_names, one_name
from geo.places.rank_context import dwarfed_namesakes
from geo.places.rank_foreign_names import renowned_rows, same_name

# Weights of the context-free signals, on the scale of ``prior_score`` (about 0–8);
# those of the document's context are in ``geo.places.rank_context``.
QUALIFIED = 5.0  # "Homs, Syria" / "Kidal in Mali" / "Damaturu, Yobe" / "Topeka, Kan."
PRIMARY_NAME = 0.5  # the mention is the entry's main name, not one of its alternates
BARE_ADMIN2 = -1.5  # "Kaura Namoda" is the town more often than its district
SEAT_NAMED_REGION = -2.0  # "Homs", "Murzuq": the town more often than the region named after it
# ... where that town has people: a hamlet of unknown population (most of a GeoNames
# layer) that bears the region's name is no seat ("Xinjiang", a hamlet in Xinjiang).
SEAT_POPULATION = 1
# A town that has a region's name only as another spelling is the seat it is named after
# where it has this share of the region's people (GeoNames' seats of governorates and
# divisions have a quarter to a half; a village with a misspelt alternate, none).
SPELT_SEAT_SHARE = 0.1
# An admin-1 region that has the name only as an alternate, beside a town elsewhere whose
# own name it is and that has more people than the region: GeoNames lists old or foreign
# spellings of regions ("Reno" for a department of Nicaragua, "Pasto" for one of Peru)
# that are larger towns' names; a writer who means the region calls it by its name.
ALTERNATE_NAMED_REGION = -1.5
# A town that has the name only as an alternate unrelated to its own (a former name:
# Allentown, Pennsylvania, was once Northampton), in a country where towns bear the name
# as their own: a writer today means one of those. It ranks this much lower and takes no
# support from the document's regions (a report about Pennsylvania that names
# "Northampton" means the borough of that name, not Allentown; ``name_senses.former_names``).
FORMER_NAME = -1.0
# A country or capital that has the name only as an alternate (a translation, an old or
# foreign name: "Tunis" for Tunisia, "Philadelphia" for Amman, "Batavia" for
# Jakarta), beside a town of this many people whose own name it is, ranks as a town of
# its size: the weight of its kind is for the name it goes by.
# (So too beside an admin-1 region of as many people whose own name it is: "Edo", a state
# of Nigeria and an old name of Tokyo.)
ALTERNATE_NAMED_MAJOR_TOWN = 10_000
_MAJOR_CODES = ("PCLI", "PPLC")
# So too a town abroad that has the name only as another language's or an old name, and
# no spelling or short form of its own ("Canton" for Guangzhou, "Man" for Amman,
# "Augusta" for Augsburg): it ranks no higher than the largest town of
# ALTERNATE_NAMED_MAJOR_TOWN people or more whose own name it is. A writer who means the
# city abroad names its country or its neighbours, whose support still lifts it; a bare
# name is the town that bears it. (A spelling of the city's own name, "Odessa" for Odesa,
# "Petersburg" for Saint Petersburg, is its name too: ``rank_foreign_names``.)
# The capital of a small country or territory (Hamilton, Bermuda; Jamestown, Saint
# Helena) ranks as a town of its size beside a town of the name SMALL_UNIT_RATIO times as
# large (and of SMALL_UNIT_RIVAL people more), and an admin-1 region beside a town of the
# name (of SMALL_UNIT_RIVAL people or more) with as many people as the whole region (the
# parishes of Manchester and Portland in Jamaica): the weight of a capital or a state is
# for what a bare name means, not for one dwarfed by a city of its name.
SMALL_UNIT_RATIO = 10
SMALL_UNIT_RIVAL = 20_000
TYPED_MATCH = 1.0  # "Kern County", "Kano State": the surface names the kind of place
# A place of unknown population (most of a full GeoNames layer: hamlets, farmsteads)
# that shares its name with a town of this many people in the same country takes no
# support from the document's regions: a writer who means the hamlet says so ("X, near
# Y", "X in Z province": a qualifier still counts), a reader takes the town.
SHADOWING_POPULATION = 10_000


def candidate_scores(gz: Gazetteer, key: str, rows: tuple[int, ...], typed: str | None,
                      quals=()) -> tuple[list[float], list[tuple], frozenset, frozenset]:
    """(score, whereabouts) of each candidate row of a name ``key``, the rows
    shadowed by a town of the name (see SHADOWING_POPULATION) and those a city abroad dwarfs
    (``rank_context.dwarfed_namesakes``)."""
    fc_col, cc_col, a1_col, population = gz.feature_code, gz.country_code, gz.admin1_code, gz.population
    codes = list(map(fc_col.__getitem__, rows))
    facts = list(map(gz.facts, rows))  # (prior, main-name key, whereabouts) of each row
    # (each fact below is gathered in one pass over the rows: names have up to fifty)
    # A region named after its seat ("Homs") or after a sea or river ("Red Sea", Sudan)
    # is called by its type when the region is meant ("Homs Governorate") ...
    seats: set[tuple] = set()
    # ... and so is one whose seat the name is, though the region is called otherwise
    # ("Odesa": the city, beside Odeska oblast that has the name only as an alternate).
    named_seats: set[tuple] = set()
    seat_keys: dict[tuple, list[str]] = {}  # (country, admin-1) -> the main names of its towns among the rows
    feature_named = False
    own_town_population = -1  # the most people of a town whose own name it is
    own_region_population = -1  # ... of an admin-1 region whose own name it is
    own_countries: set[str] = set()  # the countries of the towns whose own name it is
    if typed is None:
        seat_population = SEAT_POPULATION
        # (a people's name is the country's, beside a region named after the people:
        # "Somali", Somalia and the Somali region of Ethiopia)
        demonyms = demonym_rows(gz)
        for r, code, row_facts in zip(rows, codes, facts):
            if code in _TOWN_CODES:
                region = (cc_col[r], a1_col[r])
                seat = population[r] >= seat_population
                if seat:
                    seats.add(region)
                    seat_keys.setdefault(region, []).append(row_facts[1])
                if row_facts[1] == key:
                    if seat:
                        named_seats.add(region)
                    own_countries.add(cc_col[r])
                    if population[r] > own_town_population:
                        own_town_population = population[r]
            elif code == "ADM1":
                if row_facts[1] == key and population[r] > own_region_population and key not in demonyms:
                    own_region_population = population[r]
            elif not feature_named and FEATURE_CLASSES.get(code) in ("H", "T"):
                feature_named = True
    base = []
    where_of = []
    qualified = set()
    seat_regions: dict[tuple, float] = {}  # (country, admin-1) of a region named after its seat -> its score
    called_otherwise: set[tuple] = set()  # ... of those, the regions that have the name only as an alternate
    towns = set()  # countries where a town of SHADOWING_POPULATION has the name (see below)
    regions = set()  # countries where an admin-1 region has it as its own
    contains = gz.contains
    renowned = renowned_rows(gz, key, rows)
    cap_alternates = own_town_population >= ALTERNATE_NAMED_MAJOR_TOWN  # (see ALTERNATE_NAMED_MAJOR_TOWN)
    for r, code, (s, primary_key, where) in zip(rows, codes, facts):
        where_of.append(where)
        if code == typed:
            s += TYPED_MATCH
        elif code == "ADM2":
            s += BARE_ADMIN2
        if primary_key == key or r in renowned:
            s += PRIMARY_NAME
            if code == "PPLC" and own_town_population >= SMALL_UNIT_RATIO * population[r] + SMALL_UNIT_RIVAL or (
                    code == "ADM1" and own_town_population >= population[r] and own_town_population >= SMALL_UNIT_RIVAL):
                s -= FEATURE_PRIOR[code]
            if code == "ADM1" and (cc_col[r], a1_col[r]) in seats or (
                    feature_named and code in ("ADM1", "ADM2")):
                if code == "ADM1" and seats:
                    seat_regions[(cc_col[r], a1_col[r])] = s
                s += SEAT_NAMED_REGION
        elif code == "ADM1" and (named_seats and (cc_col[r], a1_col[r]) in named_seats or own_town_population < 0
                                 and (cc_col[r], a1_col[r]) in seats
                                 and any(_spelt_alike(primary_key, k) for k in seat_keys[(cc_col[r], a1_col[r])])):
            # (or, where no town has the name as its own, a region that has it, as a town
            # inside it does, only as an old or foreign name, and is named as that town
            # is: "Rangoon", Yangon Region and Yangon; "Raqqa", Al-Raqqah and Ar Raqqah)
            seat_regions[(cc_col[r], a1_col[r])] = s
            called_otherwise.add((cc_col[r], a1_col[r]))
            s += SEAT_NAMED_REGION
        elif code == "ADM1" and population[r] < own_town_population:
            s += ALTERNATE_NAMED_REGION
        if code in _MAJOR_CODES and primary_key != key and (own_town_population >= ALTERNATE_NAMED_MAJOR_TOWN
                                                             or own_region_population >= ALTERNATE_NAMED_MAJOR_TOWN):
            s -= FEATURE_PRIOR[code]
        if cap_alternates and primary_key != key and code in _TOWN_CODES and cc_col[r] not in own_countries \
                and r not in renowned and not same_name(key, primary_key):
            s = min(s, feature_prior("PPL", own_town_population))  # (see ALTERNATE_NAMED_MAJOR_TOWN)
        if quals and any(contains(q, r) for qs in quals for q in qs):
            s += QUALIFIED
            qualified.add(r)
        base.append(s)
        if code in _TOWN_CODES:
            if population[r] >= SHADOWING_POPULATION:
                towns.add(cc_col[r])
        elif code == "ADM1" and primary_key == key:
            regions.add(cc_col[r])
    if seat_regions:
        # The seat is what the name means, with all the weight of its region: "Gaza" is
        # Gaza City before Gaza province in Mozambique. Of a region called otherwise, the
        # seat is its largest town of the name, whichever spelling is that town's main
        # one ("Zaporizhzhia": the city of 700,000 spelt Zaporizhzhya, not a village of
        # 600 spelt as the text does; but "New York" is the state, not New York City).
        # A region whose own name it is and no town of which has it as its own is named
        # after a seat spelt otherwise ("Hama", Hamah; "Murzuq", Murzuk; "Grodno",
        # Hrodna): its largest town that has the name as a spelling of its own (not a
        # longer name, "New York City", nor another name, Salvador for "Bahia"), with
        # SPELT_SEAT_SHARE of the region's people (not a village that lists the name as a
        # misspelling), is the seat.
        seat_of: dict[tuple, int] = {}
        spelt_seat_of: dict[tuple, int] = {}
        seat_size = {(cc_col[r], a1_col[r]): SPELT_SEAT_SHARE * population[r] for r, code in zip(rows, codes)
                     if code == "ADM1" and (cc_col[r], a1_col[r]) in seat_regions}
        for k, r in enumerate(rows):
            region = (cc_col[r], a1_col[r])
            if codes[k] not in _TOWN_CODES or region not in seat_regions:
                continue
            if region in called_otherwise:
                if region not in seat_of or population[r] > population[rows[seat_of[region]]]:
                    seat_of[region] = k
            elif facts[k][1] == key:
                base[k] = max(base[k], seat_regions[region])
                spelt_seat_of[region] = -1
            elif spelt_seat_of.get(region, 0) >= 0 and population[r] >= seat_size[region] and \
                    _spelt_alike(key, facts[k][1]) and (
                    region not in spelt_seat_of or population[r] > population[rows[spelt_seat_of[region]]]):
                spelt_seat_of[region] = k
        for region, k in seat_of.items():
            base[k] = max(base[k], seat_regions[region])
        for region, k in spelt_seat_of.items():
            if k >= 0:
                base[k] = max(base[k], seat_regions[region])
    former = former_names(gz, key, rows) if typed is None else frozenset()
    if former:
        base = [s + FORMER_NAME if r in former else s for r, s in zip(rows, base)]
    dwarfed = dwarfed_namesakes(gz, rows) if len(rows) > 1 else frozenset()
    if not towns and not regions:
        return tuple(base), tuple(where_of), former, dwarfed
    # An unpeopled place named like a town of SHADOWING_POPULATION of its country (see
    # SHADOWING_POPULATION), and a small town named like a region of its country ("Kansas",
    # a hamlet in Illinois), take no support from the document's regions: a writer who
    # means the hamlet or the town beside the region says where it is.
    shadowed = frozenset(r for r, code in zip(rows, codes) if code == "PPL" and r not in qualified and (
        population[r] == 0 and cc_col[r] in towns
        or population[r] < SHADOWING_POPULATION and cc_col[r] in regions))
    return tuple(base), tuple(where_of), shadowed | former, dwarfed


_TOWN_CODES = ("PPL", "PPLC")


def _longer_name(key: str, other: str) -> bool:
    """Whether ``other`` is ``key`` with words added ("new york city" of "new york")."""
    words = set(key.split())
    return len(other.split()) > len(words) and words.issubset(other.split())


def _spelt_alike(key: str, other: str) -> bool:
    """Whether two main names are one name spelt two ways ("al raqqah", "ar raqqah";
    "mykolaivska", "mykolayiv"), not one with words added."""
    return one_name(key, other) and not _longer_name(key, other) and not _longer_name(other, key)
