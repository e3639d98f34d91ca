"""Words around a place name that tell how it serves as an event location: "near" it,
"north of" it, the seat of a spokesperson, a destination, a group named after it."""

from __future__ import annotations

import re

from geo.gazetteer import Place
from geo.incidents.lexicon import homelands, location_words, noun_rx, place_kind_words, words_rx
from geo.incidents.prefilter import gated

LOCATIVE = re.compile(r"(?:\b(?:near|outside|in|at|on|around|into|from|of|to|towards|toward|close to|outskirts of|town of|village"
                       r" of|city of|district of|province of|region of|area of|locality of|km (?:\w+ )?(?:of|from)|kilometres"
                       r" (?:\w+ )?(?:of|from)|miles (?:\w+ )?(?:of|from)|attack(?:ed|s)?|raid(?:ed)?|bomb(?:ed)?|shell(?:ed)?"
                       r"|struck|hit|storm(?:ed)?|overran|seized|captured|recaptured|took|retook|entered|across|inside"
                       r"|between|and)\s+(?:the\s+)?(?:\w+\s+)?)$", re.I)
# "off Oldtown", "off the coast of Oldtown": at sea or beside the town; not after a verb
# that makes "off" a particle of its own ("sealed off Oldtown": location_words.toml off_verbs).
_OFF = r"\boff" + "".join(rf"(?<!\b{re.escape(v)} off)" for v in location_words("off_verbs")) + \
    r"\s+(?:the\s+(?:coasts?|shores?|waters)\s+(?:of\s+)?)?(?:the\s+)?$"
# "near X", "30 km from X", "between X and Y": the event lies by the town, not in it
# (geo_precision 2).
NEAR = re.compile(r"(?:\b(?:near|outside|close to|(?:outskirts|vicinity|surroundings|environs|periphery) of|around|km (?:\w+ )?(?:of|from)|kms? (?:\w+ )?(?:of|from)|kilomet(?:re|er)s"
                   r" (?:\w+ )?(?:of|from)|miles (?:\w+ )?(?:of|from)|between|(?:a|the) village (?:\w+ )?(?:near|outside|in)"
                   r"|villages? (?:of|in)|near (?:the )?(?:[\w-]+ ){0,2}?(?:town|village|city) of"
                   r"|(?:kms?|kilomet(?:re|er)s|miles) (?:\w+ )?(?:of|from) (?:the )?(?:[\w-]+ )?(?:town|village|city) of)"
                   rf"\s+(?:the\s+)?(?:\w+\s+)?)$|{_OFF}", re.I)
NEAR = gated(NEAR, by_strings=False)  # (scanned only in texts where a match may be)
# "the Oldtown outskirts": by the town, as "the outskirts of Oldtown" (geo_precision 2).
OUTSKIRTS_AFTER = re.compile(r"\s+(?:outskirts|environs|surroundings|periphery)\b", re.I)
# "on the road from X to Y", "in the rural areas of X": by the town (geo_precision 2), but no
# stronger a clue than "in X" to which of the named towns is the place.
ALONG = re.compile(r"\b(?:(?:rural|surrounding) areas? (?:of|around)|(?:road|highway|route|motorway)s? (?:from|between|linking"
                   r"|connecting|to|towards)(?:\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?\s+(?:to|and))?)\s+(?:the\s+)?$",
                   re.I)  # (the second town too: "from X to Y")
ALONG = gated(ALONG)  # (scanned only in text holding a string every match needs)
REFERENCE_POINT = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of\s+(?:the\s+)?$", re.I)
REFERENCE_POINT = gated(REFERENCE_POINT)  # (scanned only in text holding a string every match needs)
# A bearing measured off a town ("12 km north of Oldtown", "a few miles west of Oldtown"):
# the event lies by the town, as near it, when the step is short (a bare bearing, "north of
# Oldtown", or a long one, "200 km south of Bigcity", may lie far off).
_DISTANCE_BEARING = re.compile(r"(?:(?P<n>\d[\d.,]*)\s*|\b(?:a\s+few|several|some|few)\s+)(?P<unit>km|kms|kilomet(?:re|er)s?|miles?)\s+"
                               r"(?:to\s+the\s+)?(?:north|south|east|west)(?:ern)?(?:[- ]?(?:east|west)(?:ern)?)?\s+of\s+(?:the\s+)?$", re.I)
# "Newtown, a village 12 km north of Oldtown": the step describes the place named before it.
_APPOSITION_BEFORE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|settlement|hamlet|locality|camp|area)\s+"
                                r"(?:(?:located|situated|lying|about|some|around|roughly|nearly|just)\s+)*$", re.I)


def measured_near(before: str) -> bool:
    """Whether ``before`` (the words before a place name) ends with a short measured bearing
    off it ("12 km north of "), not one describing a place named before ("Newtown, a village
    12 km north of ")."""
    m = _DISTANCE_BEARING.search(before)
    if m is None or _APPOSITION_BEFORE.search(before, 0, m.start()):
        return False
    if m.group("n") is None:
        return True  # "a few km north of"
    try:
        value = float(m.group("n").replace(",", ""))
    except ValueError:
        return False
    return value <= (30 if m.group("unit").lower().startswith("mile") else 50)
EVENT_OR_TARGET = re.compile(r"\b(?:depots?|facilit(?:y|ies)|positions?|bases?|camps?|checkpoints?|convoys?|markets?|mosques?|churches|church|schools?|hospitals?|villages?|towns?|outskirts|targets?|barracks|outposts?|headquarters)\b", re.I)
EVENT_OR_TARGET = gated(EVENT_OR_TARGET)  # (scanned only in text holding a string every match needs)
SEAT = re.compile(r"(?:-based|based in|headquartered in|\bsaid in|\btold \w+ in|\bspeaking in|\bstatement in|\bin a statement from"
                  # where one spoke to the press ("speaking to journalists in X", "at a press conference in X")
                  r"|\b(?:speaking|talking) (?:to|with) (?:the )?(?:reporters|journalists|media|press) in"
                  r"|\b(?:press|news) (?:conference|briefing) in|\baddressing (?:the )?(?:reporters|journalists|media|press) in"
                  r"|\bhome in|\bvisit to|\bmeets? (?:\w+ )*?in|\btalks in|\bsummit in|\bembassy in|\bsitting in|\bcourt in"
                  r"|\blives in|\bliving in|\bborn in)\s*$", re.I)
SEAT = gated(SEAT)  # (scanned only in text holding a string every match needs)
# The last letter SEAT's match can have before its closing spaces ("-based", "… in", "in a
# statement from", "visit to"); no other character matches these under re.IGNORECASE.
_SEAT_LAST_LETTERS = frozenset("dnmoDNMO")


# At, outside, near or from one's home, however long the words before it: where
# something was done to its people, not where they live.
# Outside, at or towards an embassy or a court in a city, or stormed one: the building is
# the scene (protests and attacks at embassies and courts), not the seat of a speaking
# diplomat or of a court that rules.
_EMBASSY_AS_SCENE = re.compile(r"\b(?:at|outside(?: of)?|near|in front of|to|towards?|stormed|besieged|attacked|picketed)\s+"
                               r"(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:embassy|high commission|consulate|courts?)\s+in\s*$", re.I)
_HOME_AS_SCENE = re.compile(r"\b(?:at|outside(?: of)?|near|from|in front of)\s+(?:his|her|their|the|a)\s+(?:[\w'-]+\s+)?home\s+in\s*$", re.I)


def seat_before(before: str) -> re.Match | None:
    """``SEAT.search(before)``, not run when ``before`` (its closing spaces left out) does
    not end with a letter a seat phrase ends with: most words before a place name do not.
    None too for a home one was at or taken from (``_HOME_AS_SCENE``)."""
    tail = before.rstrip()
    if not tail or tail[-1] not in _SEAT_LAST_LETTERS:
        return None
    seat = SEAT.search(before)
    if seat is not None and (_HOME_AS_SCENE.search(before) or _EMBASSY_AS_SCENE.search(before)):
        return None  # "arrested at his home in X", "protesters outside the embassy in X": the scene
    return seat
# "officials in Oldtown said", "sources in Oldtown told reporters": where the speakers sit,
# not where the event was (both parts needed: "police in Oldtown fired tear gas" is one).
SPEAKER_IN = re.compile(r"\b(?:officials?|sources?|spokes(?:man|woman|person|people)|authorities|diplomats?|analysts?"
                        r"|ministry|government|a statement|reporters|journalists|headquarters)\s+(?:based\s+)?in\s+(?:the\s+)?$", re.I)
SPEAKER_IN = gated(SPEAKER_IN)  # (scanned only in text holding a string every match needs)
# Speakers for a whole state ("the defence ministry in X said", "army headquarters in X
# said"): seated in the capital, they report events anywhere in the country, so the capital
# is no better a place than the country (``SPEAKER_IN``'s local officials often sit by them).
NATIONAL_SPEAKER_IN = re.compile(r"\b(?:(?:ministry|ministries|government|diplomats?|analysts?|headquarters|a statement|embassy"
                                 r"|presidency|cabinet)"
                                 # a state's spokesman ("a government spokesman in X", "army officials in X")
                                 r"|(?:government|ministry|army|military|defen[cs]e|presidential|police|interior)\s+"
                                 r"(?:spokes(?:man|woman|person|people)|officials?|sources?))\s+(?:based\s+)?in\s+(?:the\s+)?$", re.I)
SAYS_AFTER = re.compile(r",?\s+(?:\w+\s+)?(?:said|say|says|told|reported|reports|stated|confirmed|added)\b", re.I)
# Where people went or were taken, or where fighting spread later: not where it happened first.
# A trip's end ("a bus bound for X", "traders on their way to X", "a convoy travelling from
# X to Y"): where the travellers were going, not where they were stopped or struck.
_EN_ROUTE = (r"bound for|en route (?:to|for)|on (?:the|their|its|his|her|our) way (?:back )?to"
             r"|(?:heading|travell?ing|driving|going|returning|commuting|sailing|flying|moving|riding|walking) (?:back )?"
             r"(?:from (?:the )?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)? )?(?:to|for|towards?)")
DESTINATION = re.compile(r"\b(?:spread to|spreading to|fled to|taken to|taking (?:\w+ )?to|flown to|transferred to|rushed to|evacuated to|moved to|headed (?:for|to)"
                         rf"|{_EN_ROUTE})\s*"
                         r"(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?\s*(?:,\s*|and\s+))*$", re.I)  # a list of them too
DESTINATION = gated(DESTINATION)  # (scanned only in text holding a string every match needs)
# Where people fled or took refuge: never the place of what they fled.
FLIGHT = re.compile(r"\b(?:fled|fleeing|flee|escaped|sought refuge|took refuge|taking refuge|seeking refuge)(?:\s+(?!to\b)[\w-]+){0,3}?"
                    r"\s+(?:to|in|into|towards?)\s+"
                    r"(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?\s*(?:,\s*|and\s+))*$", re.I)
# What follows a dateline's town ("KABUL, Afghanistan —", "LAGOS (AP) -", "DAKAR - "): the
# place a report was filed from.
DATELINE_AFTER = re.compile(r",? ?\(|, (?-i:[A-Z])| ?[\u2014\u2013]| -+ ")


def is_dateline(m, sentence, text: str) -> bool:
    """Whether mention ``m`` opens ``sentence`` as a dateline ("OLDTOWN, Ruritania (AP) -"):
    where the report was filed."""
    return m.start == sentence.start and m.text.isupper() and DATELINE_AFTER.match(text, m.end) is not None


REGION_WORD_AFTER = re.compile(r"^\s+(?:province|state|region|governorate|county|district|prefecture|department|division"
                                r"|territory|oblast|local government|LGA|municipality)\b", re.I)
# "troops were deployed from X", "the bomber came from X": where someone set out from.
MOVED_FROM = re.compile(r"\b(?:deployed|sent|dispatched|came|come|coming|arrived|arriving|travel(?:l)?ed|brought|transferred|returned"
                        r"|moved|flown in|rushed|drove|driven|travell?ing|driving|returning|commuting|heading)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?$",
                        re.I)  # (and "travelling from X": where a trip set out, not where it was stopped)
MOVED_FROM = gated(MOVED_FROM)  # (scanned only in text holding a string every match needs)
# "a bomb assembled in X", "fighters trained in X": where something was readied, not where it struck.
PREPARED_IN = re.compile(r"\b(?:assembled|built|made|manufactured|planned|plotted|prepared|trained|recruited|radicali[sz]ed"
                         r"|smuggled|bought|purchased|hidden|stored)\s+(?:[\w-]+\s+){0,2}?in\s+(?:the\s+)?$", re.I)
PREPARED_IN = gated(PREPARED_IN)  # (scanned only in text holding a string every match needs)
ORIGIN = re.compile(r"\b(?:from|of)\s+(?:the\s+)?$", re.I)
# After a name, a group of people, not a place ("the Koro militia", "Harbour communities").
GROUP_AFTER = re.compile(rf"\s+(?:{noun_rx('identity_groups', 'groups')})\b", re.I)
# Names listed before one group word ("the Koro and Dala communities", "Koro, Dala and Zara
# clans"): each names a group, as the last does (GROUP_AFTER reads only the last). Kinship
# words (clans, tribes, lineages) name descent groups, whose names are no town's even when a
# gazetteer row shares one: such a name is no place at all (``KIN_NAMED``).
_LISTED_NAME = r"(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,2}"
_KIN_WORDS = words_rx(location_words("kin_groups"))
_GROUP_WORD = rf"(?:(?:{noun_rx('identity_groups', 'groups')})s?|(?:{_KIN_WORDS}))\b"
GROUP_LIST_AFTER = re.compile(
    rf"(?:\s*,\s*(?:the\s+)?{_LISTED_NAME})*,?\s+(?:and|&|or)\s+(?:the\s+)?{_LISTED_NAME}\s+(?P<group>{_GROUP_WORD})", re.I)
KIN_AFTER = re.compile(rf"\s+(?:{_KIN_WORDS})\b", re.I)
KIN_WORD = re.compile(rf"(?:{_KIN_WORDS})\b", re.I)
NOT_LOCATIONS = frozenset({"CONT", "OCN", "SEA", "GULF", "STRT", "CHN", "SD"})


def region_point(region: Place, capital: Place) -> Place:
    """A region located at its capital (ACLED's rule for events known only by region)."""
    return Place(index=region.index, geonameid=region.geonameid, name=region.name, latitude=capital.latitude,
                 longitude=capital.longitude, country_code=region.country_code, feature_code=region.feature_code,
                 population=region.population, admin1_code=region.admin1_code)


# "Washington warned", "the capital condemned": a place that speaks is its government.
SPEAKS_AFTER = re.compile(r"\s+(?:has |had |have |also |later )?(?:said|says|warned|warns|condemned|condemns|denounced|accused"
                          r"|denied|denies|vowed|threatened|urged|demanded|insisted|responded|announced|blamed|called for"
                          r"|protested|rejected|welcomed)\b", re.I)

_KIND = words_rx(place_kind_words("admin") + place_kind_words("settlement"))
_NAME_WORD = r"(?-i:[A-Z])[\w'\u2019.-]*"
# Between two places of a chain ("Oldtown town, Hill Sadar (Northern)", "Oldtown village
# (Hill district, North)"): the first's kind word, then a comma, a bracket or "in", then
# up to two names the gazetteer does not know, each with its kind word ("X area of Y" is
# left out: "of" links too much else, a measured loss on held-out notes). Capitalised words may
# continue the first name before its kind word ("Oldtown Bus Park area, Hill district"):
# a place named after the town.
_LINK = r"(?:,\s*\(|,|\(|,?\s+in)"
CHAIN_GAP = re.compile(
    rf"(?:(?:\s+{_NAME_WORD}){{0,3}}?\s+(?:{_KIND})\s*|\s*|(?:\s+{_NAME_WORD}){{1,2}}(?=\s+in\b)){_LINK}"
    rf"\s*(?:the\s+)?(?:(?:city|town|village|district|province|region|state|county|municipality|department) of\s+)?"
    rf"(?:(?:{_NAME_WORD}\s+){{0,3}}?{_NAME_WORD}\s*(?:(?:{_KIND})\s*)?(?:,\s*\(|,|\()\s*(?:the\s+)?){{0,2}}",
    re.I)

# The rest of a list of a city's parts, between its first part and the city ("Oldtown, and
# Newtown areas, Bigcity city", "Oldtown and Newtown districts of Bigcity"): the parts lie in it.
_PART_WORDS = words_rx([w + "s" for w in location_words("town_parts")] + list(location_words("town_parts")))
PARTS_LIST_GAP = re.compile(rf",?\s+and\s+(?:{_NAME_WORD}\s+){{1,3}}(?:{_PART_WORDS})\s*(?:,|\s+in|\s+of)\s*(?:the\s+)?", re.I)

# A country named as where people came from, went or were sent, or as a border ("fled to
# Ruritania", "raiders from nearby Ruritania", "near the Ruritania border", "Ruritania
# refugees"): it says nothing of where the event was.
ELSEWHERE_BEFORE = re.compile(r"\b(?:from|to|into|towards?|across|via|of|near|deported to|fled to|ferried to|(?:border|frontier)"
                              r" with)\s+(?:the\s+)?"
                              r"(?:neighbouring\s+|neighboring\s+|nearby\s+)?$", re.I)
# After a place's name (a kind word or a constituency's point of the compass between) or
# before it: an office held for the place ("the Hill governor", "Hill Central MP", "the
# mayor of Oldtown"). The official's seat; the place of events only when the report names
# no other (officials often act at home).
# "Bigcity village": a village of that name, not the big city or the country.
VILLAGE_AFTER = re.compile(r"\s+(?:village|hamlet)\b", re.I)
# "the village of Lebanon", "a hamlet called Cuba": a settlement named before its name.
SETTLEMENT_OF_BEFORE = re.compile(r"\b(?:village|hamlet|settlement|locality|town)\s+(?:of|called|named)\s+$", re.I)


def named_as_settlement(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is called a village or small town ("Lebanon
    village", "the village of Lebanon"): said of a country's name, a village's namesake."""
    return VILLAGE_AFTER.match(text, end) is not None or SETTLEMENT_OF_BEFORE.search(text, max(0, start - 30), start) is not None
# "Oldtown town", "Oldtown Town", "Oldtown city", "Oldtown trading centre": a town named as such.
TOWN_WORD_AFTER = re.compile(r"\s+(?:town|township|city|municipality|trading\s+cent(?:re|er))\b(?!\s+(?:of|hall|council|clerk|police|court))",
                             re.I)
# After a town's name, a road named after it ("Oldtown Road", "the Oldtown-Newtown highway",
# "the Oldtown - Newtown road"): a road that may run far from the town, which is no
# better than a fallback when the report names a place the event was at.
_ROAD_WORDS = r"(?:road|highway|street|avenue|drive|lane|motorway|expressway|bypass|railway|rail\s+line)s?\b"  # ("the Oldtown and Newtown roads")
_ROAD_NAME = r"(?-i:[A-Z])[\w'\u2019]*(?:\s+(?-i:[A-Z])[\w'\u2019]*)?"
ROAD_AFTER = re.compile(rf"(?:\s*[-\u2013/]\s*{_ROAD_NAME})?\s+{_ROAD_WORDS}"
                        # the first of roads listed ("the Oldtown and Newtown roads")
                        rf"|(?:\s*,\s*{_ROAD_NAME})*,?\s+and\s+{_ROAD_NAME}\s+(?:roads|highways|streets)\b", re.I)
ROAD_WORD_AFTER = re.compile(rf"\s+{_ROAD_WORDS}", re.I)
# Before the second town of a road's name ("the Oldtown-Newtown road"): ROAD_AFTER reads the first.
ROAD_SECOND_END = re.compile(r"(?-i:[A-Z])[\w'\u2019]*\s*[-\u2013/]\s*$")


def names_a_road(text: str, start: int, end: int) -> bool:
    """Whether the place name at ``text[start:end]`` is one a road is named after ("the
    Oldtown-Newtown road", "Oldtown Road"), the first town or the second."""
    return bool(ROAD_AFTER.match(text, end) or ROAD_WORD_AFTER.match(text, end)
                and ROAD_SECOND_END.search(text, max(0, start - 40), start))


_OFFICES = location_words("office_titles")
_OFFICE = rf"(?:(?-i:{words_rx([w for w in _OFFICES if w.isupper() or w[:-1].isupper()])})|{words_rx([w for w in _OFFICES if w.islower()])})"
OFFICE_AFTER = re.compile(rf"(?:'s)?(?:\s+(?:{_KIND}|central|north|south|east|west))?\s+(?:former\s+|deputy\s+)?{_OFFICE}\b", re.I)
OFFICE_OF_BEFORE = re.compile(rf"\b{_OFFICE}\s+(?:of|for)\s+(?:the\s+)?$", re.I)
# After a town's name, one person it describes ("a Bigcity businessman", "the Oldtown pastor"):
# the person's home or work, no better than an office's seat as the place of events.
PERSON_AFTER = re.compile(rf"(?:'s)?\s+(?:{words_rx(location_words('person_roles'))})\b", re.I)

ELSEWHERE_AFTER = re.compile(r"\s*(?:'s\s+)?(?:border|frontier|refugees?|nationals?|embassy|-based|based)\b", re.I)


# Peoples whose names are also places' ("the Koro", "Koro herders", "the Koro and the Dala
# clashed"): a people of homelands.toml read as a people where its words say so, never as
# the town or region that shares its name.
PEOPLES = frozenset(name for table in ("home", "word_peoples") for names in homelands(table).values() for name in names)
_PEOPLES_RX = words_rx(sorted(PEOPLES))
PEOPLE_BEFORE = re.compile(r"\b(?:the|ethnic|an? ethnic|rival|fellow|between(?: the)?|among(?: the)?)\s+$", re.I)
PEOPLE_AFTER = re.compile(
    rf"(?:\s+(?:{noun_rx('identity_groups', 'groups', 'civilians', 'herders')}|elders|people|gangs?|raiders|warriors|morans"
    rf"|families|politicians|leaders|-dominated|counterparts)\b|-(?:dominated|speaking)\b"
    rf"|\s*(?:,|and|or|&|/)\s+(?:the\s+)?(?-i:{_PEOPLES_RX})\b)", re.I)


# "the Koro district", "the Koro-Dala road": a kind word (after a road's second town too)
# makes the name a place's
_PLACE_WORD_AFTER = re.compile(rf"(?:\s*[-\u2013/]\s*{_ROAD_NAME})?\s+(?:{_KIND}|road|highway|area|border)\b", re.I)


def named_as_people(name: str, before: str, text: str, end: int) -> bool:
    """Whether a place's name ``name`` (ending at ``end`` in ``text``) is a people's, as the
    words around it say: "the Koro", "ethnic Koro", "Koro herders", "Koro and Dala"."""
    if name not in PEOPLES:
        return False
    after = PEOPLE_AFTER.match(text, end)
    if after is not None:
        return True
    # "the Koro" alone (no kind word after it: "the Koro district" is a place)
    return PEOPLE_BEFORE.search(before) is not None and not _PLACE_WORD_AFTER.match(text[end : end + 40])
