"""Where an incident happened: not a dateline, not the seat of a spokesperson; the place
the report's sentences put the event in, with the countries of its actors as context; a
region stands for its capital (ACLED's rule, geo_precision 3)."""

from __future__ import annotations

import re
from dataclasses import replace

from geo.gazetteer import Gazetteer, Place, haversine_km, normalize_name
from geo.incidents.actor_country import clue_country
from geo.incidents.actors import homeland_named
from geo.incidents.admin_brackets import bracket_places
from geo.incidents.background import background_spans
from geo.incidents.context import Context
from geo.incidents.location_cues import (ALONG, FLIGHT, MOVED_FROM, DESTINATION, EVENT_OR_TARGET, GROUP_AFTER,
                                         GROUP_LIST_AFTER, KIN_AFTER, KIN_WORD,
                                         LOCATIVE, NEAR, NOT_LOCATIONS, OUTSKIRTS_AFTER, OFFICE_AFTER, OFFICE_OF_BEFORE, ORIGIN, PERSON_AFTER,
                                         PREPARED_IN,
                                         REFERENCE_POINT, REGION_WORD_AFTER, ROAD_AFTER, ROAD_SECOND_END, ROAD_WORD_AFTER,
                                         TOWN_WORD_AFTER, VILLAGE_AFTER, named_as_settlement,
                                         NATIONAL_SPEAKER_IN, SAYS_AFTER, SPEAKER_IN, SPEAKS_AFTER, named_as_people, names_a_road,
                                         is_dateline, measured_near, region_point, seat_before)
from geo.incidents.lexicon import location_words, noun_rx, words_rx
from geo.incidents.location_campus import campus_town
from geo.incidents.location_capital import capital_named, country_at_capital, unnamed_capital  # noqa: F401 (the stage's API)
from geo.incidents.location_chains import NEIGHBOURHOOD as _NEIGHBOURHOOD, REGION_WORD_END as _REGION_WORD_END, \
    TOWN_CODES as _TOWN_CODES, follow_chains, is_major
from geo.incidents.location_compass import add_compass_units
from geo.incidents.location_part_lists import listed_parts
from geo.incidents.location_raiders import raided_countries
from geo.incidents.location_roads import add_road_towns
from geo.incidents.model import Sentence, inside
from geo.incidents.place_parts import parts_named_elsewhere, parts_to_towns
from geo.incidents.triggers import triggers_as_written
from geo.incidents.unit_names import add_unit_names
from geo.incidents.variants import spelled_differently
# kept importable from here: the stage's location API in one place
from geo.incidents.report_places import (_COUNTED_TARGETS, listed_places, named_elsewhere,  # noqa: F401
                                         other_countries_struck, set_location)
from geo.places import Mention

_WEAPON_WORDS = frozenset(location_words("weapon_words"))
_NAME_PREFIXES = frozenset(location_words("name_prefixes"))
_NAME_PREFIX_BEFORE = re.compile(rf"(?<![\w-])(?-i:{words_rx(location_words('name_prefixes'))}) $")
# location_score's cues, compiled once (it runs for every place mention)
# "on Rwandan soil", "a Kenyan village", "a Somali border town": the country the place lies
# in, whoever the actors are (raiders from abroad strike at home). (A "Sudanese refugee
# camp" is one of Sudanese refugees, mostly abroad.)
_SOIL_AFTER = re.compile(r"\s+(?:soil|territory|side|(?:border\s+|frontier\s+)?(?:villages?|towns?|hamlets?|settlements?))\b")
_INSIDE_BEFORE = re.compile(r"\b(?:inside|within)\s+(?:the\s+)?$", re.I)
_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b")
_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z])")
_HYPHEN_NAME_AFTER = re.compile(r"-\s*(?:[A-Z]|\d)")
_ARTICLE_HYPHEN_BEFORE = re.compile(r"(?:\d|\b(?:[Aa][lnrsdtz]|[Ee][lnrsdtz]|[Aa]sh|[Ee]sh))[-\u2010]$")
_ACTOR_AFTER = re.compile(r"\s*(?:'s\s+)?(?:government|authorities|president|army|military|forces|police|officials?|embassy|ministry)\b",
                          re.I)
_WATER_OR_MOUNT_BEFORE = re.compile(r"\b(?:Lake|River|Mount|Mt\.?|Gulf of|Bay of|Sea of)\s+$")
_PEOPLE_BASED_AFTER = re.compile(rf"[- ]based\s+(?:[\w-]+\s+)?(?:{noun_rx('civilians')})\b", re.I)
_RESIDENCE = re.compile(r"(?:home|lives|living)\s+in\b", re.I)
# "ahead of the president's visit to Oldtown": where a visitor went, and where what met the
# visit (protests, an attack on the convoy) mostly happened; weak, as a residence is
_VISIT = re.compile(r"visit\s+to\b", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_IN_AT_NEAR_BEFORE = re.compile(r"\b(?:in|at|near)\s+$")
# "raiders from Oldtown", "gunmen from across the border in Hill", "herders from neighbouring
# Hill": where armed people or herders set out from; they strike elsewhere, at the place the
# sentence names next (a crowd "from Oldtown" mostly acts at home, and stays a mere origin).
_ARMED_FROM_BEFORE = re.compile(rf"\b(?:{noun_rx('armed', 'outlaws', 'herders', 'identity_groups', form='plural')}|men)"
                                r"\s+(?:(?:allegedly|reportedly|suspected(?:\s+to\s+be)?|believed\s+to\s+be|said\s+to\s+be)\s+)?"
                                r"(?:(?:coming|came)\s+)?from\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+|nearby\s+)?"
                                r"(?:(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?\s*(?:,\s*|and\s+))*$", re.I)  # (a list of them too)


def _holds_trigger(words: str) -> bool:
    """Whether ``words`` (a few words around a place) hold a trigger, a misspelt one too:
    what ``bool(triggers.sentence_triggers(words))`` says, without reading the words'
    background clauses. Each such window is a new text, so nothing read for it is asked again."""
    return bool(triggers_as_written(words))


def _town_people_subject(m: Mention, sentence: Sentence, text: str) -> bool:
    """Whether a town's name opens its sentence with its people as the subject of an event
    ("Hundreds of Harbour youths marched", "Oldtown traders blocked the road")."""
    return m.place.feature_code.startswith("PPL") and _TOWN_PEOPLE_AFTER.match(text, m.end) is not None \
        and _SUBJECT_OPENING.fullmatch(text, sentence.start, m.start) is not None \
        and _holds_trigger(text[m.end : min(sentence.end, m.end + 60)])


_TOWN_PEOPLE_AFTER = re.compile(rf"\s+(?:{noun_rx('crowd', 'protesters')})\b", re.I)  # (not a people's fighters: "Koro tribesmen")
# The words a sentence may open with before a town's people as its subject ("Hundreds of
# angry Harbour youths", "Some Harbour residents", "The Oldtown traders").
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:hundreds|thousands|dozens|scores|crowds|groups?|some|several|many|a\s+group|a\s+crowd)"
                              r"\s+of\s+|some\s+|several\s+|many\s+)?(?:the\s+)?(?:angry\s+|irate\s+|local\s+)?", re.I)


def location_score(m: Mention, sentence: Sentence, text: str, background: list[tuple[int, int]] | None = None) -> float | None:
    """How well a mention serves as an event location (None: it cannot)."""
    p = m.place
    if p is None or p.feature_code in NOT_LOCATIONS or m.text.lower() in _WEAPON_WORDS:
        return None  # (a sea, a continent; "Grenade attack kills two": the weapon)
    if m.kind == "demonym":
        # "on Rwandan soil", "inside Syrian territory", "raided a Kenyan village", "inside the
        # Ugandan border": the country, coarsely.
        after = text[m.end : m.end + 30]
        return 0.5 if _SOIL_AFTER.match(after) or _BORDER_AFTER.match(after) and _INSIDE_BEFORE.search(
            text, max(sentence.start, m.start - 20), m.start) else None
    before = text[max(sentence.start, m.start - 40) : m.start]
    after = text[m.end : m.end + 12]
    if (_NEIGHBOURHOOD.match(m.text + " ") or m.text in _NAME_PREFIXES) and _NAME_AFTER.match(after):
        return None  # "Colonia Centro", "Villa Cuba": a neighbourhood or a longer name, not the town Colonia
    if p.is_country and named_as_settlement(text, m.start, m.end) or VILLAGE_AFTER.match(text, m.end) and (
            p.feature_code.startswith("PPL") and (p.feature_code == "PPLC" or p.population >= _CITY_POPULATION)):
        # "Oldtown village", "the village of Ruritania": a village of that name, not the city
        # or country it shares it with
        return None
    if named_as_people(m.text, before, text, m.end):
        # "the Koro", "Koro herders": a people, not the town or region named alike; its
        # homeland only when the report names no other place (ACLED codes a people's raid
        # with no place named at their home region)
        return None if p.is_country else 0.5
    at_place = _AT_PLACE.search(before) is not None
    if (p.feature_code == "PPLC" or p.is_country) and not at_place and SPEAKS_AFTER.match(text, m.end):
        return None  # "Kinshasa condemned …": a government speaking, not a place of events ("in Kinshasa, crowds protested" is)
    if p.feature_code == "PPLC" and NATIONAL_SPEAKER_IN.search(before) and SAYS_AFTER.match(text, m.end):
        return None  # "the defence ministry in the capital said": the state's seat, no place of events
    if is_dateline(m, sentence, text):
        # "OLDTOWN, Ruritania (AP) -": where the report was filed, the place only when the
        # report names no other
        return 0.5
    if SPEAKER_IN.search(before) and SAYS_AFTER.match(text, m.end):
        # "officials in Oldtown said": the speakers' seat, the place only when the report
        # names no other (speakers often sit by the events they report)
        return 0.5
    if OFFICE_AFTER.match(text, m.end) or OFFICE_OF_BEFORE.search(before) or PERSON_AFTER.match(text, m.end):
        # "the Hill governor", "the mayor of Oldtown", "a Bigcity businessman": an official's
        # seat, a person's home, the place only when the report names no other
        return None if p.is_country else 0.5
    seat = seat_before(before)
    # A home raided is a place of events: an event word just before "home in" (at or from
    # one's home, ``seat_before`` finds no seat).
    home_scene = seat is not None and seat.group().lower().startswith("home") and _holds_trigger(
        text[max(sentence.start, m.start - 45) : m.start])
    if (seat and not home_scene and (_RESIDENCE.match(seat.group()) or _VISIT.match(seat.group()))
            or _PEOPLE_BASED_AFTER.match(text, m.end)) and not p.is_country:
        # "refugees living in Oldtown", "Oldtown-based traders": where the people live or
        # work, the place only when the report names no other (people mostly act at home;
        # an "Oldtown-based monitor" speaks of events elsewhere)
        return 0.3
    if seat and not home_scene \
            or after.startswith(("-based", " based")):
        return None  # the seat of a monitor, a spokesperson or a meeting; a home raided is a place of events
    if after[:1] and after[:1] in "-\u2010\u2011" and not _HYPHEN_NAME_AFTER.match(after) or before.endswith(("-", "\u2010")) \
            and not _ARTICLE_HYPHEN_BEFORE.search(before) \
            and not (ROAD_SECOND_END.search(before) and ROAD_WORD_AFTER.match(text, m.end)):
        return None  # "Iran-backed", "pro-Iran", "US-led": an attribute, not a place of events (a road's second town is one)
    if p.is_country and _NAME_PREFIX_BEFORE.search(before):
        return None  # "Puerto Jordan": a town's name the gazetteer lacks, not the country
    if _ACTOR_AFTER.match(after) and p.is_country:
        return None  # "Ruritania's army": an actor, not a place
    if _WATER_OR_MOUNT_BEFORE.search(before) and (p.is_country or p.is_admin1):
        return None  # "Lake Chad": a lake, not the country
    group_list = GROUP_LIST_AFTER.match(text, m.end)
    if KIN_AFTER.match(text, m.end) or group_list and KIN_WORD.fullmatch(group_list.group("group")):
        return None  # "the Koro clan", "Koro and Dala clans": descent groups, not the towns or countries named alike
    if (GROUP_AFTER.match(after + text[m.end + 12 : m.end + 30]) or group_list) and not _IN_AT_NEAR_BEFORE.search(before):
        # "the Koro militia", "Harbour youths": people, not a place; a town's people act
        # mostly at home, so the town is the place when the report names no other, and a
        # place of events as any other named where its people are the subject of the event
        # ("Harbour youths marched …").
        if p.is_country or p.is_admin1:
            return None
        if not _town_people_subject(m, sentence, text):
            return 0.5
    score = {"PPL": 4.0, "PPLC": 4.0, "ADM2": 3.0, "ADM1": 2.5, "PCLI": 1.0}.get(p.feature_code, 2.0)
    bearing = REFERENCE_POINT.search(before) is not None
    if bearing and (p.is_country or not measured_near(before)):
        return 1.0  # "north of Baghdad": a bearing from a place, not the place itself
    if bearing or NEAR.search(before):  # (or "12 km north of Oldtown": a measured step from the town)
        score += 2.0
    elif LOCATIVE.search(before):
        score += 1.0
        if "from" in before and _ARMED_FROM_BEFORE.search(before):
            score -= 2.0  # "raiders from X": where the raid set out, not where it struck
        elif ORIGIN.search(before) and not ALONG.search(before):
            score -= 0.5  # "farmers from X": where they came from ("the road from X" is no origin)
    elif p.is_country:
        return None  # "US strikes", "Iran's nuclear programme": a country named, not a place of events
    # "strikes on a depot near X", "killed in X": the place follows what happened there.
    window = text[max(sentence.start, m.start - 45) : m.start]
    if EVENT_OR_TARGET.search(window) or _holds_trigger(window):
        score += 1.5
    if p.feature_code in _TOWN_CODES and TOWN_WORD_AFTER.match(text, m.end) and not _FROM_BEFORE.search(before):
        score += 1.0  # "Oldtown town": the text says the town itself (a region, a road or an office named after it says no such thing)
    if ROAD_AFTER.match(text, m.end):
        score -= 2.0  # "the Oldtown-Newtown road", "Oldtown Road": a road named after the town, not the town
    elif ROAD_SECOND_END.search(before) and ROAD_WORD_AFTER.match(text, m.end):
        score -= 3.0  # the road's second town: farther from where a road named from its first runs
    if background and inside(m.start - sentence.start, background):
        score -= 3.0  # "in response to an attack in Oldtown"
    if DESTINATION.search(before) or MOVED_FROM.search(before) or PREPARED_IN.search(before):
        score -= 2.0  # "the wounded were flown to the capital", "troops sent from X": where they went or set out from
    return score


def choose_location(sentences: list[Sentence], spare: list[Sentence], text: str, gz: Gazetteer,
                     context: Context) -> tuple[Place | None, int, str]:
    """The incident's place, its ACLED geo_precision and the words that named it.

    The incident's own sentences first (their first place is usually the one: news and
    ACLED notes name where before what else); failing those, any place in the report's
    sentences that belong to no other incident; failing those, a name the gazetteer
    spells differently ("Elfasher" for El Fasher) in a country the report's actors belong
    to. A town beats the region or country it lies in when both are named ("Oldtown in
    the Northern Province"); a place outside those countries loses to one inside them.
    """
    best = _best_place(sentences, text, gz, context)
    if best is None and spare:
        best = _best_place(spare, text, gz, context)
    if best is None:
        best = spelled_differently(sentences + spare, text, gz, context)
        if best is not None and _respelled_abroad(best[0], best[2], context):
            best = None
    if best is None or best[0].is_country or best[0].is_admin1 or getattr(best[0], "is_admin2", False):
        # "the university's Oldtown campus": the students' town, inside the region or country named
        campus = campus_town(sentences, gz, context)
        if campus is not None and (best is None or campus[0].country_code == best[0].country_code):
            best = (campus[0], False, campus[1])
    if best is None or best[0].is_country:
        best = capital_named(sentences, text, gz, best[0].country_code if best else "") or best
    if best is None:
        return None, 3, ""
    p, near, surface = best
    if p.is_country:
        p, surface = country_at_capital(p, surface, sentences, gz) or (p, surface)
        return p, 3, surface
    if p.is_admin1:
        # "Hill county": a county, however high the gazetteer ranks it, is a district-sized
        # unit around its seat (geo_precision 2, as for a district); a province or state 3
        return p, 2 if _named_as_county(surface, text) else 3, surface
    if getattr(p, "is_admin2", False):
        # "Oldtown city", "Oldtown district town": the town itself, which the gazetteer may hold
        # only as its district's row (at the town's point); else the district around it
        return p, 2 if near or not _named_as_town(surface, text) else 1, surface
    return p, 2 if near else 1, surface


def _respelled_abroad(place: Place, surface: str, context: Context) -> bool:
    """Whether ``place``, found for ``surface`` as a spelling variant (no gazetteer name of
    it written so), lies outside every country the report names: a neighbourhood or
    village the gazetteer lacks at home, which merely sounds like a big town abroad, is no
    place of that town ("police of Ruritania raided Oldtwn" names no city abroad); the
    report's country, at its capital, is the better guess (``unnamed_capital``)."""
    return bool(context.all) and place.country_code not in context.all and not place.is_country \
        and normalize_name(place.name) != normalize_name(surface)


def _named_as_county(surface: str, text: str) -> bool:
    """Whether the text calls ``surface`` a county ("Hill County", "Hill county", "the county of Hill")."""
    if not surface:
        return False
    if _COUNTY_END.search(surface):
        return True
    name = re.escape(surface)
    return re.search(rf"(?<![\w-]){name}\s+county\b|\bcounty\s+of\s+(?:the\s+)?{name}\b", text, re.I) is not None


_COUNTY_END = re.compile(r"\s[Cc]ounty$")


def _named_as_town(surface: str, text: str) -> bool:
    """Whether the text calls ``surface`` a town or city ("Oldtown city", "Oldtown district town")."""
    if not surface:
        return False
    named = re.compile(rf"(?<![\w-]){re.escape(surface)}(?:\s+district(?=\s+town\b))?(?:{TOWN_WORD_AFTER.pattern})", re.I)
    return named.search(text) is not None


_TOWN_POPULATION = 20_000  # below it a place abroad may be a namesake of a village at home
_VILLAGE_POPULATION = 5_000  # below it a place is a village, of names too common to tell
_CITY_POPULATION = 100_000  # a namesake at home that may be meant rather than a capital or big city abroad


def _best_place(sentences: list[Sentence], text: str, gz: Gazetteer,
                context: Context) -> tuple[Place, bool, str] | None:
    scores: dict[int, float] = {}
    places: dict[int, Place] = {}
    near: dict[int, bool] = {}
    surface: dict[int, str] = {}
    bare: dict[int, bool] = {}  # regions named only by a name a town shares
    as_region: set[int] = set()  # towns named as the region around them ("Oldtown governorate")
    near_by_cue: set[int] = set()  # near by the words around a mention ("near X", "X district")
    near_by_unit: set[int] = set()  # near as a unit around the town ("X Sadar upazila")
    named_as_town: set[int] = set()  # named as the town itself ("X city", "X town")
    weak_only: dict[int, bool] = {}  # named only as a speakers' seat, an office's, a dateline, a town's people
    order = 0
    # A report that names no country but a people, a leader or an institution of one (see
    # actors.homeland_named, actor_country.clue_country): a small town elsewhere is a namesake,
    # or a person's name read as a place.
    homeland = (homeland_named(text) or clue_country(text)) if not context else ""
    for s in sentences:
        add_unit_names(s, text, gz, context.all)
        add_compass_units(s, text, gz, context.all)
        add_road_towns(s, text, gz, context.all)
    # Countries the report names only as where people came from or went: a town of one
    # country only, named where the event was, is no namesake of a place there.
    elsewhere = named_elsewhere(sentences, text) if context else frozenset()
    firm = tuple(c for c in context.strong if c not in elsewhere) + context.places
    # the report's countries are named only as where people came from or went, or as states
    # firing from afar
    countries_elsewhere = all(c in elsewhere for c in context.strong) if context.strong else bool(context.remote)
    parts = {**listed_parts(sentences, text, gz), **parts_named_elsewhere(sentences, text, gz)}
    at_home_namesake = tuple(c for c in context.by_actor if c not in context.forces)
    towns_in = _towns_by_country(sentences, gz)
    # Neighbours of the countries the report's raiders come from ("Ruritanian raiders"):
    # raiders cross a border to strike, and a town there is the place struck, no namesake.
    raided = raided_countries(text, gz) if context else frozenset()
    # The report's countries are only those of its big places, each named by a name other
    # countries share ("the Bombay area of Oldtown", "Trans Hill district"): too loose a clue
    # to make a town of one country only, named as the gazetteer writes it, a namesake.
    loose_places = not context.strong and not context.weak and bool(context.places) \
        and not _named_firmly(sentences, context.places)
    for s in sentences:
        if not s.mentions:
            continue  # (no place named: no background clauses to read)
        spans = background_spans(s.text)
        for m in s.mentions:
            sc = location_score(m, s, text, spans)
            if sc is None or m.place.is_country and m.place.country_code in elsewhere and m.kind != "demonym":
                continue  # (a demonym scores only as the land a place lies in: "a Kenyan border town")
            weak = sc < 1.0  # (a speakers' seat, a town's people: no weight added by naming it again)
            part = parts.get(m.start)
            if part is not None:
                if part.place is None:
                    continue  # "Oldtown University in Bigcity": an institution's name
                # "the Oldtown area of Bigcity", its namesakes all elsewhere: the place it is
                # part of, as the text's words around it say (a village: near it)
                m = replace(m, place=part.place, text=part.words)
            if at_home_namesake and m.place.country_code not in context.strong and not m.place.is_country:
                # "in Tripoli …, the Ruritanian army said": the actors' country's town of that
                # name (of some size: a hamlet at home does not beat the city the text means)
                home = [c for c in m.candidates if c.country_code in at_home_namesake and c.feature_code in _TOWN_CODES
                        and c.population >= (_CITY_POPULATION if is_major(m.place) else _TOWN_POPULATION)]
                if home:
                    m = replace(m, place=max(home, key=lambda c: c.population))
            if homeland and m.place.country_code != homeland and not is_major(m.place):
                at_home = [c for c in m.candidates if c.country_code == homeland]
                if not at_home:
                    continue
                m = replace(m, place=max(at_home, key=lambda c: c.population))
            if m.place.is_admin1 and names_a_road(text, m.start, m.end):
                # "the Hill-Newtown highway": roads are named after towns; the region's town of that name
                towns = [c for c in m.candidates if c.country_code == m.place.country_code and c.feature_code in _TOWN_CODES
                         and normalize_name(c.name) == normalize_name(m.place.name)]
                if towns:
                    m = replace(m, place=max(towns, key=lambda c: c.population))
            town_as_region = m.place.feature_code in _TOWN_CODES and _PROVINCE_AFTER.match(text, m.end) is not None
            if town_as_region:
                # "Oldtown province" where the gazetteer knows Oldtown only as a town: the
                # region it is the capital of (named alike), at its capital; else by the town.
                region = gz.nearest_admin1(m.place.latitude, m.place.longitude, m.place.country_code, m.place.admin1_code)
                if region is not None and normalize_name(region.name) == normalize_name(m.place.name):
                    m = replace(m, place=region)
                    town_as_region = False
                else:
                    sc -= 1.5  # weighed as a region: a district or town inside it is the finer place
            idx = m.place.index
            if idx not in scores:
                sc += max(0.0, 1.0 - 0.4 * order)  # the first place named is usually the place
                order += 1
            # (a town of one country only, named as the gazetteer writes it, more than a village)
            shared = len({c.country_code for c in m.candidates}) > 1 \
                or normalize_name(m.place.name) != normalize_name(m.text) or m.place.population < _VILLAGE_POPULATION
            # (a town of a country that the report's raiders cross into is where they struck)
            struck_here = m.place.country_code in raided and not m.place.is_country
            if context and m.place.country_code not in context.all and not m.place.is_country and not struck_here \
                    and not (not context.strong and _named_beside(towns_in, m.place)) and not (loose_places and not shared):
                sc -= 2.0  # a place abroad, in a report on other countries' actors
                # A state firing from afar names no place, but a hamlet abroad is still a
                # namesake of a place at home the gazetteer lacks.
                # (a town of one country only, named as the gazetteer writes it, is no such
                # namesake unless a mere village: "drones struck Oldtown" names the town hit)
                firm_here = firm or (context.remote if m.place.population < _TOWN_POPULATION and shared else ())
                if not firm_here and (normalize_name(m.place.name) == normalize_name(m.text) or countries_elsewhere
                                      and m.place.population >= (_TOWN_POPULATION if context.remote and not context.strong
                                                                 else 50_000)
                                      and len({c.country_code for c in m.candidates}) == 1):
                    # a place the text names as itself, or a town of one country, of some size,
                    # spelled otherwise, when the report's countries are all named elsewhere
                    pass
                elif not is_major(m.place) and (context.places or (
                        len({c.country_code for c in m.candidates}) > 1 or normalize_name(m.place.name) != normalize_name(m.text)
                        or m.place.population < _TOWN_POPULATION)):
                    # A town abroad in a report whose other places (a capital, a big city, a
                    # region) lie in its countries, or a small or shared name: a namesake of
                    # a place the gazetteer lacks or spells otherwise.
                    continue
            if context.strong and m.place.country_code not in context.strong and (
                    is_dateline(m, s, text) or FLIGHT.search(text, max(s.start, m.start - 60), m.start)):
                # "DAKAR -" over a report on another country's events: where it was filed;
                # "villagers fled to Oldtown" abroad: where they went (a town at home where
                # people fled stays a coarse clue: it is often the nearest town).
                continue
            if context.home and m.place.country_code not in context.actors and not m.place.is_country and not struck_here \
                    and m.place.feature_code != "PPLC":
                continue  # parties, crowds and local militias act at home: a town abroad is a namesake
            # The best single mention counts; each further mention adds a little.
            scores[idx] = max(scores.get(idx, -99.0), sc) + (0.5 if idx in scores and not weak else 0.0)
            places[idx] = m.place
            weak_only[idx] = weak_only.get(idx, True) and weak
            surface.setdefault(idx, m.text)
            near_cue = town_as_region or _named_as_nearby(m, s, text) or part is not None and part.near
            near[idx] = near.get(idx, False) or m.kind == "unit" or near_cue
            if near_cue or m.kind == "unit":
                (near_by_cue if near_cue else near_by_unit).add(idx)
            elif TOWN_WORD_AFTER.match(text, m.end):
                named_as_town.add(idx)
            if town_as_region:
                as_region.add(idx)
            if m.place.is_admin1:
                bare[idx] = bare.get(idx, True) and not _named_as_region(m, s, text)
    for idx in (named_as_town & near_by_unit) - near_by_cue:
        near[idx] = False  # "Oldtown city, Oldtown Sadar": the town itself, named as such
    parts_to_towns(sentences, text, scores, places)
    follow_chains(sentences, text, gz, scores, places, surface, near, context.strong)
    _settle_admin_bracket(sentences, text, gz, context, scores, places, surface, near, bare)
    if not scores:
        return None
    best = max(scores, key=lambda i: scores[i])
    p = places[best]
    regions = [i for i in scores if places[i].is_admin1 and scores[i] > 0]
    for r in regions:
        towns = [i for i in scores if places[i].feature_code in ("PPL", "PPLC") and _within(places[i], places[r], gz)]
        if len(towns) >= 3 and (best in towns or best == r):
            # "in Oldtown, Newtown and Midtown in the Northern Province": the region, at its
            # capital (ACLED's rule when an event spans a region).
            capital = gz.region_capital(places[r])
            return (region_point(places[r], capital) if capital else places[r]), False, surface[r]
    if p.is_country or p.is_admin1 or getattr(p, "is_admin2", False):
        # A town named in the same report, inside that region or country, is more precise.
        inside = [i for i in scores if i != best and places[i].feature_code in ("PPL", "PPLC") and i not in as_region
                  and not (weak_only.get(i) and places[i].feature_code == "PPLC")  # (a capital's speakers report on the whole country)
                  and _within(places[i], p, gz) and scores[i] >= scores[best] - 3.0]
        if inside:
            town = max(inside, key=lambda i: scores[i])
            return places[town], near[town], surface[town]
        if p.is_country:
            # "in northern Ruritania's Hill province": the province the report names in it.
            areas = [i for i in scores if i != best and (places[i].is_admin1 or getattr(places[i], "is_admin2", False))
                     and _within(places[i], p, gz) and scores[i] >= scores[best] - 3.0]
            if areas:
                best = max(areas, key=lambda i: (getattr(places[i], "is_admin2", False), scores[i]))
                p = places[best]
        if p.is_admin1:
            capital = gz.region_capital(p)
            if capital is not None and bare.get(best) and any(c.index == capital.index for c in gz.lookup(surface[best])):
                # "strikes on Oldtown", the capital of Oldtown province: the town, as ACLED
                # codes it ("Oldtown province" or "the province of Oldtown" name the region).
                return capital, near[best], surface[best]
            if capital is not None:
                return region_point(p, capital), near[best], surface[best]
    return p, near[best], surface[best]


def _towns_by_country(sentences: list[Sentence], gz: Gazetteer) -> dict[str, dict[int, bool]]:
    """By country, the places the sentences name there, each with whether only that
    country has its name."""
    out: dict[str, dict[int, bool]] = {}
    for s in sentences:
        for m in s.mentions:
            p = m.place
            if p is None or p.is_country or m.kind != "name" or not m.rows:
                continue
            unique = all(gz.country_code[r] == p.country_code for r in m.rows)
            named = out.setdefault(p.country_code, {})
            named[p.index] = named.get(p.index, False) or unique
    return out


def _named_firmly(sentences: list[Sentence], countries: tuple[str, ...]) -> bool:
    """Whether the sentences name a big place (a capital, a city, a region) in one of
    ``countries`` by a name no other country has."""
    return any(m.place is not None and m.place.country_code in countries and not m.place.is_country
               and (m.place.feature_code == "PPLC" or m.place.population >= 500_000 or m.place.is_admin1)
               and len({c.country_code for c in m.candidates or [m.place]}) == 1
               for s in sentences for m in s.mentions)


def _named_beside(towns: dict[str, dict[int, bool]], p: Place) -> bool:
    """Whether the report names another place in ``p``'s country, one of the two by a name
    only that country has: a report that names towns of one country ("fled Oldtown for
    Newtown") and no actor's country firmly is about it, and a small town of it named beside
    them is no namesake."""
    named = towns.get(p.country_code, {})
    return any(i != p.index and (unique or named.get(p.index, False)) for i, unique in named.items())


_PROVINCE_AFTER = re.compile(r"\s+(?:province|governorate|region|oblast)\b", re.I)
_AT_PLACE = re.compile(r"\b(?:in|at|near|inside|outside)\s+(?:the\s+)?$", re.I)


def _settle_admin_bracket(sentences: list[Sentence], text: str, gz: Gazetteer, context: Context, scores: dict[int, float],
                          places: dict[int, Place], surface: dict[int, str], near: dict[int, bool],
                          bare: dict[int, bool]) -> None:
    """An ACLED note's place with its admin chain in brackets ("in Oldtown (Hill,
    Northern)") is the place of the event: the first such bracket of the incident settles it."""
    for s in sentences:
        if "(" not in s.text:
            continue
        found = bracket_places(s, text, gz, context.all)
        if found:
            _, place, is_near, words = found[0]
            if place is None:
                return  # the note's own place, unknown: no later bracket stands for it
            top = max(scores.values(), default=0.0)
            scores[place.index] = top + 4.0  # (beyond the reach of a town named elsewhere in the report)
            places[place.index], surface[place.index] = place, words
            near[place.index] = is_near
            bare[place.index] = False  # a region in brackets is named as a region
            return


_REGION_OF_BEFORE = re.compile(r"\b(?:region|province|governorate|state|oblast|county|division|department|prefecture)\s+of\s+(?:the\s+)?$",
                               re.I)


def _named_as_region(m: Mention, sentence: Sentence, text: str) -> bool:
    """"Oldtown province", "the region of Oldtown", "Oldtown State": the text calls it a region."""
    return bool(REGION_WORD_AFTER.match(text[m.end : m.end + 40]) or _REGION_WORD_END.search(m.text)
                or _REGION_OF_BEFORE.search(text, max(sentence.start, m.start - 30), m.start))


# "Oldtown district", "Oldtown territory": the unit around a town the gazetteer holds as a
# town, at geo_precision 2 (ACLED codes "the Oldtown area", "Oldtown county" and
# "Oldtown sub-county" mostly at the town itself).
_UNIT_AFTER = re.compile(r"\s+(?:district|sub-?district|territory|tehsil|taluka?|LGA|local government area|woreda|raion|cercle|circle)\b"
                         r"(?!\s+(?:town|headquarters)\b)(?:\s+of\s+(?:the\s+)?)?", re.I)  # ("Oldtown district town": the town)


# "the village of Oldtown": the village itself, named (geo_precision 1), unlike "a village
# near Oldtown" or "villages of Oldtown" (around it).
_VILLAGE_OF = re.compile(r"\b(?:the|a)\s+village\s+of\s+$", re.I)


# "Oldtown village in Bigcity town": a village within the town the text names as a town,
# coded at the town itself (geo_precision 1), unlike "a village near Bigcity" or "Oldtown
# village in Hill district" (by it or somewhere in the district: 2).
_VILLAGE_IN = re.compile(r"\bvillages?\s+in\s+(?:the\s+)?$", re.I)


def _named_as_nearby(m: Mention, sentence: Sentence, text: str) -> bool:
    """"near X", "off X", "north of X", "X district": the event lies by the town, not in it."""
    before = text[max(sentence.start, m.start - 40) : m.start]
    if NEAR.search(before) and not _VILLAGE_OF.search(before) and not (_VILLAGE_IN.search(before) and TOWN_WORD_AFTER.match(text, m.end)) \
            or REFERENCE_POINT.search(before) or ALONG.search(before) \
            or OUTSKIRTS_AFTER.match(text, m.end):
        return True
    unit = _UNIT_AFTER.match(text, m.end) if not m.place.is_admin1 else None
    if unit is None:
        return False
    # "the Oldtown district of Bigcity" names a part of a city (the city is the place);
    # "Oldtown district of Hill province" the district.
    return not any(other.start == unit.end() and other.place is not None and other.place.feature_code.startswith("PPL")
                   for other in sentence.mentions)


def _within(town: Place, area: Place, gz: Gazetteer) -> bool:
    if town.country_code != area.country_code:
        return False
    if area.is_country:
        return True
    if area.is_admin1:
        region = gz.nearest_admin1(town.latitude, town.longitude, town.country_code, town.admin1_code)
        return region is not None and region.index == area.index
    return haversine_km(town.latitude, town.longitude, area.latitude, area.longitude) < 60
