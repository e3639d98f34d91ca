"""Rank a document's place names by what the others say: each name's candidates take
support from the document's other names' current beliefs about where it is (its
countries and their neighbours, its admin-1 and admin-2 regions, the places other names
settled on). ``geo.places.resolve`` sets each name's context-free scores, then runs
``rescore`` twice with ``prune`` between.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from geo.gazetteer import Gazetteer, within_km

# Weights of the context signals, on the scale of ``prior_score`` (about 0–8).
DOCUMENT_COUNTRY = 3.0  # times the share of the document's other places in the candidate's country
DOCUMENT_ADMIN1 = 5.0  # times the share of the document's other places in its admin-1 region
DOCUMENT_ADMIN2 = 4.5  # times the share of the document's other places in its admin-2 region (county)
NEIGHBOUR_SHARE = 0.3  # a neighbouring country's share counts this much towards a country's
NEAR_OTHERS = 0.5  # within NEAR_KM of a place another name settled on
NEAR_KM = 200.0
# A town inside an admin-1 region the document names outright ("Ontario", "Sindh"), times
# the probability of that reading: the region is said, not inferred from other towns, and
# other countries' places named beside it do not water it down (a report that names Idaho,
# Nairobi and Lima still means the Moscow of Idaho). Only a town of NAMED_ADMIN1_TOWN people
# or more that has the name as its own: a village or a town called so only by another
# name is no rival for the capital or city a report names beside a state of its own; nor
# is any town for the capital of a country the document names (a report that names Greece,
# and Ohio besides, gives the Athens of Ohio no lift over the Greek capital).
NAMED_ADMIN1 = 1.5
NAMED_ADMIN1_TOWN = 10_000
# The same for a town inside an admin-2 region (a county, a district) the document names
# outright ("Floyd County" beside "Rome"; "Gallatin County" beside "Belgrade"): a smaller
# area, so surer, and worth it for towns of any size.
NAMED_ADMIN2 = 3.0
# The capital of a country another name of the document is read as, times that reading's
# probability: "Poland and Lithuania held talks in Warsaw" means the Polish capital, though
# an American state named after it has a Warsaw and is the document's only admin-1 region.
# Not where the name may be the country itself ("Mexico" beside "Mexican" is the country,
# not its capital, which has the country's name as an alternate).
CAPITAL_OF_NAMED = 2.0
# A small namesake of a city abroad (Rotterdam, New York, beside Rotterdam in the Netherlands)
# tells the other names little about where the document is: two such readings would
# otherwise lift each other ("flights from Frankfurt to Toronto" read as two villages of
# Ohio) though the text means the cities. Its support counts this much; and where other
# names have dwarfed readings, a dwarfed candidate takes no support from the neighbours
# of its country that another name is read in (a Frankfort of Kentucky from Toronto).
DWARFED_EVIDENCE = 0.25
# ... where the name's most populous town has CITY_POPULATION people or more, DWARF_RATIO
# times the namesake's, and lies in another country.
CITY_POPULATION = 100_000
DWARF_RATIO = 20


def dwarfed_namesakes(gz: Gazetteer, rows: tuple[int, ...]) -> frozenset:
    """The towns and districts among a name's candidates that a city of the name in
    another country dwarfs (see DWARFED_EVIDENCE)."""
    population, fc = gz.population, gz.feature_code
    largest, most = -1, CITY_POPULATION - 1
    for r in rows:
        if population[r] > most and fc[r] in _TOWN_CODES:
            largest, most = r, population[r]
    if largest < 0:
        return frozenset()
    limit, country = population[largest] / DWARF_RATIO, gz.country_code[largest]
    return frozenset(r for r in rows if population[r] < limit and fc[r] in _DWARFABLE and gz.country_code[r] != country)


_DWARFABLE = frozenset(("PPL", "ADM2"))


@dataclass
class PlaceName:
    """One distinct place name of a document, with everything its mentions share."""

    key: str
    rows: tuple[int, ...]
    mentions: list[int]  # indices into the mention list
    kind: str
    base: list[float] = field(default_factory=list)  # context-free score of each row
    where: list[tuple] = field(default_factory=list)  # per row: (country, admin-1 key, admin-2 key, lat, lon)
    scores: list[float] = field(default_factory=list)
    probs: list[float] = field(default_factory=list)
    shadowed: frozenset = frozenset()  # rows of unpeopled namesakes of a town in their country
    dwarfed: frozenset = frozenset()  # rows of small namesakes of a city (``dwarfed_namesakes``)

    @property
    def likeliest(self) -> int:
        """Index (into ``rows`` and ``probs``) of the likeliest candidate, the first of equals."""
        return max(range(len(self.probs)), key=self.probs.__getitem__)


# A demonym says less about where a report is than a place does ("Russian troops in Syria").
_COUNTRY_EVIDENCE = {"demonym": 0.25}
_COUNTED = 0.02  # a candidate less probable than this says nothing about where the document is


def rescore(names: list[PlaceName], gz: Gazetteer, fixed_countries: dict[str, float]) -> None:
    """One round: each name's candidates get the support of the other names' current
    beliefs about where the document is: its countries (and their neighbours), admin-1
    and admin-2 regions, and the places other names settled on."""
    fc_col, population, primary_key = gz.feature_code, gz.population, gz.primary_key
    # Mass of each country / region among the names' current beliefs, per name and in all.
    contributions = []
    country_total: dict[str, float] = dict(fixed_countries)
    admin1_total: dict[str, float] = {}
    admin2_total: dict[str, float] = {}
    anchors = []  # (name index, lat, lon, prob) of places names settled on
    named_regions = []  # (name index, admin-1 or admin-2 key, prob) of names read as such a region
    named_countries = set()  # countries names are read as
    country_namers: dict[str, list[tuple[int, float]]] = {}  # country -> (name index, prob) of names read as it
    dwarf_readings = []  # (name index, its evidence, its counted dwarfed candidates)
    for idx, n in enumerate(names):
        if n.kind in _SILENT_KINDS:
            # A name read as another spelling of a place's is told where it is by the
            # others; it tells them nothing (its reading is the least sure). Nor does a
            # union of states answered at its seat ("EU": Brussels).
            contributions.append(_NO_CONTRIBUTION)
            continue
        countries: dict[str, float] = {}
        admin1: dict[str, float] = {}
        admin2: dict[str, float] = {}
        evidence = _COUNTRY_EVIDENCE.get(n.kind, 1.0)
        probs, rows, where, dwarfed = n.probs, n.rows, n.where, n.dwarfed
        best_p = max(probs)
        top = probs.index(best_p)
        top_where = where[top]
        # (most of a long candidate list is below 2 %)
        counted = [k for k, p in enumerate(probs) if p >= _COUNTED] if len(probs) > 1 else (0,)
        for k in counted:
            cc, region, district, _lat, _lon = where[k]
            if not cc:
                continue
            p = probs[k]
            # A country named outright says more about the document than a town.
            countries[cc] = countries.get(cc, 0.0) + p * evidence * (2.0 if fc_col[rows[k]] == "PCLI" else 1.0)
            if region is not None:
                admin1[region] = admin1.get(region, 0.0) + p
                if district is not None:
                    admin2[district] = admin2.get(district, 0.0) + p
        if dwarfed:
            readings = [k for k in counted if rows[k] in dwarfed and where[k][0]]
            if readings:
                dwarf_readings.append((idx, evidence, readings))
        top_code = fc_col[rows[top]]
        if top_code == "ADM1" or top_code == "ADM2":
            # (a region's likeliest reading, weighed by its probability)
            key = top_where[1] if top_code == "ADM1" else top_where[2]
            if n.kind == "name" and key is not None:
                named_regions.append((idx, key, best_p))
        if best_p >= 0.5:
            if top_where[3] is not None:
                anchors.append((idx, top_where[3], top_where[4], best_p))
            elif top_code == "PCLI":
                named_countries.add(top_where[0])
                country_namers.setdefault(top_where[0], []).append((idx, best_p))
        contributions.append((countries, admin1, admin2))
        for k, v in countries.items():
            country_total[k] = country_total.get(k, 0.0) + v
        for k, v in admin1.items():
            admin1_total[k] = admin1_total.get(k, 0.0) + v
        for k, v in admin2.items():
            admin2_total[k] = admin2_total.get(k, 0.0) + v
    all_countries = sum(country_total.values())
    all_admin1 = sum(admin1_total.values())
    all_admin2 = sum(admin2_total.values())
    full_view = (country_total, admin1_total, admin2_total)
    firm_view = None  # (worked out when a dwarfed candidate first needs it)
    dwarf_parts = None  # (likewise)

    neighbours = gz.neighbours
    named_indices = {j for j, _region, _p in named_regions}
    named_by_others = _named_regions(named_regions, -1) if named_regions else None  # (for a name not itself one)
    for idx, n in enumerate(names):
        if len(n.rows) == 1:
            continue  # nothing to choose; its probability stays 1
        own_countries, own_admin1, own_admin2 = contributions[idx]
        other_countries = all_countries - sum(own_countries.values())
        if other_countries <= 0:
            continue
        other_admin1 = all_admin1 - sum(own_admin1.values())
        other_admin2 = all_admin2 - sum(own_admin2.values())
        shares: dict[str, float] = {}
        scores = []
        shadowed = n.shadowed
        # (its dwarfed readings weigh the others' readings by their firm view, which
        # differs from the full one only where another name has dwarfed readings)
        dwarfed = n.dwarfed if dwarf_readings and (len(dwarf_readings) > 1 or dwarf_readings[0][0] != idx) else None
        if dwarfed and dwarf_parts is None:
            dwarf_parts = _dwarf_parts(names, dwarf_readings)
        if dwarfed:
            if firm_view is None:
                firm_view = _firm_view(full_view, dwarf_parts.values())
            firm = _own_firm_view(firm_view, contributions[idx], dwarf_parts.get(idx))
            full = (country_total, admin1_total, admin2_total, own_countries, own_admin1, own_admin2,
                    other_countries, other_admin1, other_admin2, shares)
            in_firm = False
        # (a region no name puts weight in adds nothing: most candidates' regions)
        regions_count = other_admin1 > 0
        districts_count = other_admin2 > 0
        named = (_named_regions(named_regions, idx) if idx in named_indices else named_by_others) \
            if named_regions else None
        capital_named = None  # whether a candidate is the capital of a country the document names
        own_country_readings = None  # the countries the name itself may be
        for r, s, (cc, region, district, _lat, _lon) in zip(n.rows, n.base, n.where):
            if dwarfed and (r in dwarfed) is not in_firm:
                in_firm = not in_firm
                (country_total, admin1_total, admin2_total, own_countries, own_admin1, own_admin2,
                 other_countries, other_admin1, other_admin2, shares) = firm if in_firm else full
                regions_count, districts_count = other_admin1 > 0, other_admin2 > 0
            if cc:
                support = shares.get(cc)  # (what the country adds, worked out once per country)
                if support is None:
                    # A report about Israel is about its region too (Gaza, the West Bank).
                    share = country_total.get(cc, 0.0) - own_countries.get(cc, 0.0)
                    for x in neighbours.get(cc, ()) if not (dwarfed and in_firm) else ():
                        if x in country_total:  # (a neighbour no name is in adds exactly 0.0)
                            share += NEIGHBOUR_SHARE * (country_total[x] - own_countries.get(x, 0.0))
                    share /= other_countries
                    # (min(1.0, share): no builtin call)
                    support = shares[cc] = DOCUMENT_COUNTRY * (share if share < 1.0 else 1.0)
                s += support
            if regions_count and region in admin1_total and r not in shadowed:
                s += DOCUMENT_ADMIN1 * (admin1_total[region] - own_admin1.get(region, 0.0)) / other_admin1
                if districts_count and district in admin2_total:
                    s += DOCUMENT_ADMIN2 * (admin2_total[district] - own_admin2.get(district, 0.0)) / other_admin2
                if named and (region in named or district in named) and fc_col[r] in _TOWN_CODES \
                        and primary_key(r) == n.key:
                    if capital_named is None:  # (worked out for the few names that get this far)
                        capital_named = bool(named_countries) and any(
                            fc_col[q] == "PPLC" and w[0] in named_countries for q, w in zip(n.rows, n.where))
                    if not capital_named:
                        if region in named and population[r] >= NAMED_ADMIN1_TOWN:
                            s += NAMED_ADMIN1 * named[region]
                        if district in named:
                            s += NAMED_ADMIN2 * named[district]
            if country_namers and cc in country_namers and fc_col[r] == "PPLC":
                if own_country_readings is None:  # (worked out for the few names that get this far)
                    own_country_readings = {w[0] for q, w in zip(n.rows, n.where) if fc_col[q] == "PCLI"}
                if cc not in own_country_readings:
                    p = max((q for j, q in country_namers[cc] if j != idx), default=0.0)
                    s += CAPITAL_OF_NAMED * p
            scores.append(s)
        if dwarfed:
            country_total, admin1_total, admin2_total = full_view
        others = [(lat, lon, p) for j, lat, lon, p in anchors if j != idx]
        if others:
            # Nearness can lift a candidate by NEAR_OTHERS at most: only those that close
            # to the best are worth the distances.
            floor = max(scores) - NEAR_OTHERS
            where = n.where
            for k, s in enumerate(scores):
                if s < floor:
                    continue
                _cc, _region, _district, lat, lon = where[k]
                if lat is None:
                    continue
                near = 0.0
                for olat, olon, p in others:
                    if p > near and within_km(lat, lon, olat, olon, NEAR_KM):
                        near = p
                scores[k] += NEAR_OTHERS * near
        n.scores = scores
        n.probs = softmax(scores)


_NO_CONTRIBUTION = ({}, {}, {})  # (never written to)
_SILENT_KINDS = ("spelling", "seat")


def _dwarf_parts(names: list[PlaceName], dwarf_readings) -> dict[int, tuple[dict, dict, dict]]:
    """Name index -> the mass its dwarfed readings put in their countries and regions,
    less what they keep (DWARFED_EVIDENCE)."""
    out = {}
    for idx, evidence, readings in dwarf_readings:
        countries, admin1, admin2 = out[idx] = ({}, {}, {})
        n = names[idx]
        for k in readings:
            cc, region, district, _lat, _lon = n.where[k]
            cut = n.probs[k] * (1.0 - DWARFED_EVIDENCE)
            countries[cc] = countries.get(cc, 0.0) + cut * evidence
            if region is not None:
                admin1[region] = admin1.get(region, 0.0) + cut
                if district is not None:
                    admin2[district] = admin2.get(district, 0.0) + cut
    return out


def _firm_view(full_view: tuple[dict, dict, dict], parts) -> tuple[dict, dict, dict]:
    """The country, admin-1 and admin-2 totals with the dwarfed readings' mass cut to
    DWARFED_EVIDENCE: what a dwarfed candidate is supported by."""
    view = tuple(dict(total) for total in full_view)
    for part in parts:
        for total, cut in zip(view, part):
            for k, v in cut.items():
                total[k] -= v
    return view


def _own_firm_view(firm_view: tuple[dict, dict, dict], own: tuple[dict, dict, dict], own_part) -> tuple:
    """A name's own firm contributions and the others' firm sums, in the order the
    scoring loop reads them."""
    if own_part is not None:
        own = tuple({k: v - cut.get(k, 0.0) for k, v in mass.items()} for mass, cut in zip(own, own_part))
    others = tuple(sum(total.values()) - sum(mass.values()) for total, mass in zip(firm_view, own))
    return (*firm_view, *own, *others, {})
_TOWN_CODES = ("PPL", "PPLC")


def _named_regions(named_regions: list[tuple[int, str, float]], idx: int) -> dict[str, float]:
    """Admin-1 or admin-2 key -> the probability of the likeliest reading of another name
    (not name ``idx``) as that region."""
    out: dict[str, float] = {}
    for j, region, p in named_regions:
        if j != idx and p > out.get(region, 0.0):
            out[region] = p
    return out


KEEP_CANDIDATES = 8  # after the first round, at least this many candidates of a name stay in play
HOPELESS = 1e-3  # and beyond them only those with this probability


def prune(n: PlaceName) -> None:
    if len(n.rows) <= KEEP_CANDIDATES:
        return
    order = sorted(range(len(n.rows)), key=n.probs.__getitem__, reverse=True)
    keep = sorted(i for rank, i in enumerate(order) if rank < KEEP_CANDIDATES or n.probs[i] >= HOPELESS)
    n.rows = tuple(n.rows[i] for i in keep)
    n.base = [n.base[i] for i in keep]
    n.where = [n.where[i] for i in keep]
    n.scores = [n.scores[i] for i in keep]
    n.probs = softmax(n.scores)


def softmax(scores: list[float]) -> list[float]:
    if not scores:
        return []
    top = max(scores)
    exp = math.exp
    weights = [exp(s - top) for s in scores]
    total = sum(weights)
    return [w / total for w in weights]
