"""Resolve place mentions: choose, for each distinct name of a document, the gazetteer
entry that the whole document supports.

Each name's candidates start from their importance (feature kind, population, main name
or alternate, the kind of place the text implies, "Town, Region" qualifiers), then take
support, in two rounds, from what the document's other names currently say about where
it is: its countries and their neighbours, its admin-1 and admin-2 regions, and the
places other names settled on. A name keeps one sense through a document; each mention
gets a score in [0, 1] and the runners-up.
"""

from __future__ import annotations

import math
import re

from geo.gazetteer import Gazetteer, load_gazetteer, normalize_name, within_km
from geo.places.candidate_scores import candidate_scores
from geo.places.model import Mention
from geo.places.rank_coordinated import coordinated_regions
from geo.places.rank_locale import phone_regions, written_for_regions
from geo.places.rank_outliers import LONE_VILLAGE_OTHERS, lone_villages
from geo.places.rank_context import NEAR_KM, PlaceName, prune, rescore, softmax
from geo.places.text import listed_regions
from geo.places.words import TYPE_WORDS

# (The weights of the context-free signals are in ``geo.places.candidate_scores``, those
# of the document's context in ``geo.places.rank_context``.)
CONTEXT_COUNTRY_WEIGHT = 2.0  # a country the caller says the document is about, as named places
# The country of the text's North American phone numbers (``rank_locale``): half a
# town's weight, so that it settles names the text leaves open and no more; and not in a
# text that names a country (an American report on Georgia or Jordan is about the
# country: where the writer is says nothing of which country a name is).
WRITTEN_FOR_WEIGHT = 0.5
MAX_CANDIDATES = 40  # the most important candidates of a name that are scored
# ... and beside them its most populous towns: with a full GeoNames layer a name can have
# thousands of unpeopled streams and hills, each with a river's prior, which would leave
# no room for the town of 40,000 the text means ("X, Kenya").
POPULOUS_CANDIDATES = 10
FALLBACK_SCORE = 0.05  # a name the gazetteer lacks, placed at the document's main place



def resolve_mentions(text: str, mentions: list[Mention], gazetteer: Gazetteer | None = None,
                     keep_alternatives: int = 3, context_countries=()) -> list[Mention]:
    """Choose a place for each mention (in place) and return the mentions.

    ``context_countries``: ISO2 codes the caller knows the document is about (e.g. from
    the actors it names); they count like countries named in the text.
    """
    gz = gazetteer or load_gazetteer()
    names = _names(mentions, gz)
    qualifiers = _qualifier_pairs(text, mentions, gz)
    listed = listed_regions(text)
    for n in names:
        _base_scores(n, mentions, gz, qualifiers, listed)

    fixed_countries: dict[str, float] = {}
    for iso in context_countries or ():
        iso = str(iso).upper()
        if iso in gz.country_rows:
            fixed_countries[iso] = fixed_countries.get(iso, 0.0) + CONTEXT_COUNTRY_WEIGHT
    phoned = phone_regions(text)  # (the text's phone numbers are read once, for both uses)
    written = written_for_regions(phoned)
    if written is not None and written in gz.country_rows and not _names_a_country(names, gz):
        fixed_countries[written] = fixed_countries.get(written, 0.0) + WRITTEN_FOR_WEIGHT
    # (a phone number's state or province, named as a region is: ``rank_locale``)
    said = [n for n in (_region_said(gz, iso, code) for iso, code in phoned) if n is not None]
    for n in names:
        n.scores = list(n.base)
        n.probs = softmax(n.scores)
    ranked = names + said if said else names
    rescore(ranked, gz, fixed_countries)
    if len(names) > 1:
        # ("Quebec and Ontario": a name joined to regions is a region: rank_coordinated)
        for n in coordinated_regions(names, mentions, text, gz):
            _base_scores(n, mentions, gz, qualifiers, listed, typed="ADM1")
    for n in names:  # the second round need not score the hopeless
        prune(n)
    rescore(ranked, gz, fixed_countries)

    place = gz.place
    bearings = _bearings(text, mentions)
    placed_coarsely: set[int] = set()  # mentions of places the gazetteer lacks, as their qualifier shows
    for n in names:
        order = sorted(range(len(n.rows)), key=n.scores.__getitem__, reverse=True)
        winner, score = place(n.rows[order[0]]), _confidence(n, order)
        alternatives = [(place(n.rows[i]), n.probs[i]) for i in order[1 : keep_alternatives + 1]]
        lacking = qualifiers and _qualifying_country_lacking(n, qualifiers, text, mentions, gz) is not None
        for k in n.mentions:
            m = mentions[k]
            m.place, m.score, m.alternatives = winner, score, list(alternatives)
            if lacking:  # a place the gazetteer lacks, whatever the name matched: no place we know
                m.kind, m.rows, m.place, m.score, m.alternatives = "fallback", (), None, 0.0, []
                placed_coarsely.add(k)
    if qualifiers:
        _qualifiers_as_regions(qualifiers, text, mentions, gz)
    if bearings:
        for n in names:
            town = _bearing_town_far(n, mentions[n.mentions[0]].place, bearings, mentions)
            if town is not None:
                for k in n.mentions:
                    mentions[k].place, mentions[k].score, mentions[k].alternatives = None, 0.0, []
                    mentions[k].kind, mentions[k].rows = "fallback", ()
                    placed_coarsely.add(k)
    features = [m for m in mentions if m.kind == "feature" and m.place is not None]
    if features:
        _place_features_near_focus(features, names, mentions, gz)
    lone = lone_villages(names, mentions, gz, qualifiers) if len(names) > LONE_VILLAGE_OTHERS else ()
    if lone:
        # (a village the gazetteer lacks, near the document's main place: rank_outliers)
        focus = _focus([n for n in names if n not in lone], gz)
        if focus is not None and gz.feature_code[focus] in ("PPL", "PPLC", "ADM2"):
            for n in lone:
                for k in n.mentions:
                    mentions[k].place, mentions[k].score, mentions[k].alternatives = place(focus), FALLBACK_SCORE, []
    unknown = [m for k, m in enumerate(mentions) if not m.rows and k not in placed_coarsely and m.kind != "unplaced"]
    if unknown:
        # A name the gazetteer lacks (a street, a camp, a small river) is still somewhere
        # the document is about: its main place, with a coarse score.
        focus = _focus(names, gz)
        for m in unknown:
            m.place, m.score, m.alternatives = (place(focus), FALLBACK_SCORE, []) if focus is not None else (None, 0.0, [])
    return mentions


def _region_said(gz: Gazetteer, iso: str, code: str) -> PlaceName | None:
    """A region the text points to without naming it (a phone number's area code), as a
    name read as that region for certain, with no mention of its own."""
    row = gz.admin1_by_code.get((iso, code))
    if row is None:
        return None
    return PlaceName(gz.primary_key(row), (row,), [], "name", base=[0.0], where=[gz.facts(row)[2]],
                     scores=[0.0], probs=[1.0])


def _names_a_country(names: list[PlaceName], gz: Gazetteer) -> bool:
    """Whether a name's likeliest reading out of context is a country."""
    fc = gz.feature_code
    for n in names:
        base = n.base
        if fc[n.rows[base.index(max(base))]] == "PCLI":
            return True
    return False


def _place_features_near_focus(features: list[Mention], names: list[PlaceName], mentions: list[Mention],
                               gz: Gazetteer) -> None:
    """A lake, river or mountain known only by the places of its name ("Lake Oldham" ->
    the towns called Oldham) lies where the document is: a town of the name outside the
    main place's region and far from every other place the document names is another
    place called so, and the feature is answered at the main place instead. (A region
    of the name in a country the document names stays: "Oldshire Bay" borders Oldshire.)"""
    others = [n for n in names if any(mentions[k].kind != "feature" for k in n.mentions)]
    focus = _focus(others, gz) if others else None
    if focus is None:
        return
    place = gz.place(focus)
    region = (place.country_code, place.admin1_code if gz.feature_code[focus] != "PCLI" else None)
    settled = [gz.place(n.rows[n.likeliest]) for n in others]
    countries = {q.country_code for q in settled}
    for m in features:
        p = m.place
        if (p.country_code, region[1] and p.admin1_code) == region or (
                p.feature_code in ("PCLI", "ADM1") and p.country_code in countries):
            continue
        if p.latitude is not None and any(
                q.latitude is not None and within_km(p.latitude, p.longitude, q.latitude, q.longitude, NEAR_KM)
                for q in settled):
            continue
        m.place, m.score, m.alternatives = place, FALLBACK_SCORE, []


def _focus(names: list[PlaceName], gz: Gazetteer) -> int | None:
    """The row of the document's main place: the most often named settled town (or
    county), else admin-1 region, else country. (A street or ridge the gazetteer lacks
    is nearer the town the report is about than its region's centre.)"""
    best, best_weight, region, region_weight, country, country_weight = None, 0.0, None, 0.0, None, 0.0
    for n in names:
        if n.kind == "seat":  # ("EU" at Brussels says nothing of where a report is)
            continue
        top = n.likeliest
        row, weight = n.rows[top], n.probs[top] * len(n.mentions)
        code = gz.feature_code[row]
        if code == "PCLI":
            if weight > country_weight:
                country, country_weight = row, weight
        elif code == "ADM1":
            if weight > region_weight:
                region, region_weight = row, weight
        elif code in ("PPL", "PPLC", "ADM2") and weight > best_weight:
            best, best_weight = row, weight
    return best if best is not None else region if region is not None else country


def _names(mentions: list[Mention], gz: Gazetteer) -> list[PlaceName]:
    by_rows: dict[tuple[int, ...], PlaceName] = {}
    for k, m in enumerate(mentions):
        if not m.rows:
            continue
        rows = m.rows
        if len(rows) > MAX_CANDIDATES:
            rows = gz.memoized(_most_important)(rows)
        n = by_rows.get(rows)
        if n is None:
            # (a name spelt otherwise, "Hodeidah", is read as its place's own, "Al Hudaydah":
            # the town before the region named after it)
            key = gz.primary_key(rows[0]) if m.kind == "spelling" else normalize_name(m.text)
            n = by_rows[rows] = PlaceName(key, rows, [], m.kind)
        n.mentions.append(k)
    return list(by_rows.values())


def _most_important(gz: Gazetteer, rows: tuple[int, ...]) -> tuple[int, ...]:
    """The MAX_CANDIDATES candidates of highest prior (a name can have hundreds), then
    the POPULOUS_CANDIDATES most populous of the others that have more people than any
    of those (none where the prior already kept the name's towns)."""
    by_prior = sorted(rows, key=gz.prior, reverse=True)
    kept = by_prior[:MAX_CANDIDATES]
    population = gz.population
    most = max(population[r] for r in kept)
    peopled = [r for r in by_prior[MAX_CANDIDATES:] if population[r] > most]
    if peopled:
        peopled.sort(key=population.__getitem__, reverse=True)
        kept += peopled[:POPULOUS_CANDIDATES]
    return tuple(kept)


def _base_scores(n: PlaceName, mentions: list[Mention], gz: Gazetteer, qualifiers: dict[int, tuple[int, ...]],
                 listed: dict[int, str], typed: str | None = None) -> None:
    """Context-free score of each candidate: importance, the kind of place the text
    implies ("Kern County", "Homs province", "… and Bauchi states"; or ``typed``),
    main name or alternate, and "Town, Region" qualifiers."""
    if typed is None:
        typed = TYPE_WORDS.get(n.key.rsplit(" ", 1)[-1]) or next((mentions[k].hint for k in n.mentions if mentions[k].hint), None)
        if listed:  # (most texts list no regions, and most names have no qualifier: no pass for them)
            typed = next((listed[mentions[k].start] for k in n.mentions if mentions[k].start in listed), typed)
    quals = [qualifiers[k] for k in n.mentions if k in qualifiers] if qualifiers else ()
    # Without a qualifier the scores depend on the name, its candidates and the kind the
    # text implies alone: names recur across documents, so they are worked out once.
    base, where, shadowed, dwarfed = candidate_scores(gz, n.key, n.rows, typed, quals) if quals else \
        gz.memoized(candidate_scores)(n.key, n.rows, typed)
    n.base, n.where, n.shadowed, n.dwarfed = list(base), where, shadowed, dwarfed


def _confidence(n: PlaceName, order: list[int]) -> float:
    """Share of the winner among its rivals, damped for entries known only by a weak
    prior (a village matched by an alternate name)."""
    share = n.probs[order[0]]
    strength = 1 - math.exp(-max(n.scores[order[0]], 0) / 3)
    return max(0.0, min(1.0, share * (0.5 + 0.5 * strength)))


# A namesake abroad this small is no rival for the country the text puts the name in.
QUALIFIED_ABROAD_POPULATION = 100_000


def _qualifying_country_lacking(n: PlaceName, qualifiers: dict[int, tuple[int, ...]], text: str,
                                mentions: list[Mention], gz: Gazetteer) -> int | None:
    """The row of the country (or, in brackets or after "in", the admin-1 region; after a
    comma, an admin-1 region of another country than every candidate's) that
    qualifies a name none of whose candidates lies in it ("Solhan, in northern Burkina
    Faso" where the gazetteer knows only a Solhan in Turkey; "Palma (Cabo Delgado)"
    beside Palma, Spain): the town the text means is one the gazetteer lacks, left
    unplaced (its qualifier, a place of its own, says where it is), not a namesake abroad. None where a candidate lies in a qualifier,
    or is more than a town or district, or, outside brackets, is a city ("Hong Kong,
    China"), or where the names are a list ("Crockett, Palestine and Houston")."""
    if n.kind not in ("name", "spelling"):
        return None
    quals, bracketed, placed_in = [], False, False
    for k in n.mentions:
        if k in qualifiers and not _LIST_GOES_ON.match(text, mentions[k + 1].end):
            quals.append(qualifiers[k])
            gap = text[mentions[k].end : mentions[k + 1].start]
            bracketed = bracketed or gap.endswith(" (")
            placed_in = placed_in or bracketed or gap == " in "
    if not quals:
        return None
    fc, population, contains = gz.feature_code, gz.population, gz.contains
    if any(fc[r] not in _TOWN_OR_DISTRICT or not bracketed and population[r] >= QUALIFIED_ABROAD_POPULATION
           for r in n.rows):
        return None
    if any(contains(q, r) for qs in quals for q in qs for r in n.rows):
        return None
    if placed_in:
        return next((q for qs in quals for q in qs if fc[q] in ("PCLI", "ADM1")), None)
    # After a comma, an admin-1 region ("Oldtown, Kent") says only which country the town is in.
    country = gz.country_code
    return next((q for qs in quals for q in qs if fc[q] == "PCLI" or fc[q] == "ADM1" and all(
        country[r] != country[q] for r in n.rows)), None)


_TOWN_OR_DISTRICT = frozenset(("PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLX", "ADM2", "ADM3"))
_LIST_GOES_ON = re.compile(r",? (?:and|or) |, [A-Z]")  # "X, Y and Z", "X, Y, Z": a list, not X in Y


# "X, west of Y", "X, 20 km south-east of Y": X lies near the town Y.
_BEARING_GAP = re.compile(r", (?:about |some )?(?:(?P<distance>\d+) ?(?P<unit>km|kilometres|kilometers|miles) )?"
                          r"(?:(?:north|south)(?:-?(?:east|west))?|east|west) of \Z")
MILE_KM = 1.609
_LONGEST_BEARING_GAP = 40


def _bearings(text: str, mentions: list[Mention]) -> dict[int, tuple[int, float]]:
    """Mention k -> (the mention of the town it is said to lie a bearing from, how far
    from it the name may lie: NEAR_KM, or more where the text gives the distance)."""
    out = {}
    for k in range(len(mentions) - 1):
        end, start = mentions[k].end, mentions[k + 1].start
        if start - end > _LONGEST_BEARING_GAP or not text.startswith(" of ", start - 4):
            continue
        m = _BEARING_GAP.match(text[end:start])
        if m is not None:
            km = float(m["distance"]) * (MILE_KM if m["unit"] == "miles" else 1.0) if m["distance"] else 0.0
            out[k] = (k + 1, max(NEAR_KM, 1.5 * km))
    return out


def _bearing_town_far(n: PlaceName, winner, bearings: dict[int, tuple[int, float]], mentions: list[Mention]):
    """The town a name is said to lie a bearing from ("Karma, west of Baghdad"), where
    the name's chosen place lies far from it (Kars, Turkey): the place the text means is
    one the gazetteer lacks, left unplaced beside the town."""
    if winner is None or winner.latitude is None or n.kind not in ("name", "spelling"):
        return None
    for k in n.mentions:
        if k not in bearings:
            continue
        other, km = bearings[k]
        town = mentions[other].place
        if town is not None and town.latitude is not None and town.feature_code in ("PPL", "PPLC") and not within_km(
                winner.latitude, winner.longitude, town.latitude, town.longitude, km):
            return town
    return None


# "X, in northern Y", "X in north-eastern Y": Y still says where X is.
_DIRECTION_GAP = re.compile(r",? (?:in )?(?:the )?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?"
                            r"|(?:east|west)(?:ern)?|central) \Z")


def _qualifiers_as_regions(qualifiers: dict[int, tuple[int, ...]], text: str, mentions: list[Mention],
                           gz: Gazetteer) -> None:
    """"Kani (Sagaing)", "Patikul, Sulu": the name that says where a town is names the
    region around it, not the town of the same name (Sagaing city) the region is named
    after."""
    for k, rows in qualifiers.items():
        town, qualifier = mentions[k].place, mentions[k + 1]
        if qualifier.place is None or qualifier.place.feature_code not in ("PPL", "PPLC"):
            continue
        if town is None:  # a place the gazetteer lacks ("Kani township (Sagaing)"): the region of the town named
            if mentions[k].kind != "fallback":
                continue
            town = qualifier.place
        if not text[mentions[k].end : qualifier.start].endswith(_QUALIFIER_AS_REGION_GAPS):
            continue
        region = next((q for q in rows if gz.feature_code[q] in ("ADM1", "ADM2")
                       and (q == town.index or gz.contains(q, town.index))), None)
        if region is not None:
            qualifier.place = gz.place(region)


_QUALIFIER_AS_REGION_GAPS = (" (", ", ")


# "Kani township (Sagaing)", "Mudiyah district (Abyan)": an ACLED note's kind word, then
# the region in brackets.
_BRACKETED_KINDS = sorted(set(TYPE_WORDS) | {"township", "territory", "commune", "municipality", "village", "town"})
_KIND_BRACKET = re.compile(rf" (?:{'|'.join(map(re.escape, _BRACKETED_KINDS))}) \(\Z")


def _qualifier_pairs(text: str, mentions: list[Mention], gz: Gazetteer) -> dict[int, tuple[int, ...]]:
    """Mention k -> the region/country rows of the mention that qualifies it ("X, Y",
    "X in Y", "X (Y)")."""
    out = {}
    for k in range(len(mentions) - 1):
        gap = text[mentions[k].end : mentions[k + 1].start]
        if gap in (", ", " in ", ", in ", " (", " province, ", " state, ") \
                or gap.strip() in (",", "in") or len(gap) < _LONGEST_BEARING_GAP and (
                    _DIRECTION_GAP.match(gap) or _KIND_BRACKET.match(gap)):
            rows = tuple(r for r in mentions[k + 1].rows if gz.feature_code[r] in ("PCLI", "ADM1", "ADM2"))
            if rows:
                out[k] = rows
    return out
