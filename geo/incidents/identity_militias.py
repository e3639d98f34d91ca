"""Militias named after who they are: a people's ("Koro Ethnic Militia (Ruritania)"), a
town's or community's ("Oldtown Communal Militia (Ruritania)"), a clan's; and the country
a report's peoples and leaders belong to (``homelands.toml``)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from geo.gazetteer import Gazetteer, normalize_name
from geo.incidents.actor_names import acled_country_name, country_named, demonym_country
from geo.incidents.aliases import alias_hits
from geo.incidents.lexicon import homelands, noun_rx, nouns, place_kind_words, words_rx
from geo.incidents.model import Sentence
from geo.incidents.names import NOT_NAMES, LEADING_WORDS
from geo.incidents.prefilter import PatternGroup, gated

@cache
def _homeland_index(table: str) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """The names of ``homelands.toml``'s ``table`` ("home": peoples, "leaders": heads of
    state) by their first word, longest first, and each name's country."""
    home = {name: iso for iso, names in homelands(table).items() for name in names}
    by_first: dict[str, list[str]] = {}
    for name in sorted(home, key=len, reverse=True):
        by_first.setdefault(_NAME_WORD.match(name).group(), []).append(name)
    return {k: tuple(v) for k, v in by_first.items()}, home


# A word a name can open with: "Dupont", "al-Dupont"; a hyphen ends it ("the Koro-Lamo
# clashes" names two peoples).
_NAME_WORD = re.compile(r"\b(?:[ae]l-)?[A-Z][\w'\u2019]*")
_NAME_END = re.compile(r"(?:s|'s?|\u2019s?)?\b")


@cache
def _key_openings(table: str) -> tuple[int, frozenset[str]]:
    """The first letters (as many as the shortest first word has) of ``table``'s first
    words: every key ``_homeland_matches`` looks up is a word's beginning at least that
    long, so a word opening otherwise names no one (most capitalised words)."""
    by_first = _homeland_index(table)[0]
    n = min(map(len, by_first), default=0)
    return n, frozenset(k[:n] for k in by_first)


def _homeland_matches(table: str, text: str):
    """(start, end, name, ISO) of each name of ``table`` in ``text`` ("Dupont's",
    "the Koros" included), looked up word by word: one dictionary probe per capitalised
    word rather than a scan of every name."""
    by_first, home = _homeland_index(table)
    n, openings = _key_openings(table)
    for m in _NAME_WORD.finditer(text):
        word = m.group()
        if word[:n] not in openings:
            continue
        for key in (word, word.rstrip("'\u2019s"), word[:-1], word[:-2]):
            names = by_first.get(key)
            if names:
                break
        else:
            continue
        for name in names:
            if text.startswith(name, m.start()):
                end = _NAME_END.match(text, m.start() + len(name))
                if end:
                    yield m.start(), end.end(), name, home[name]
                    break


def _named_militia(name: str) -> bool:
    """Whether ``name`` is a people's, clan's or town's militia named by its first word
    ("Koro Ethnic Militia (Ruritania)"), not an unidentified one."""
    return " Militia (" in name and name.endswith(")") and not name.startswith("Unidentified")


@cache
def _word_peoples() -> frozenset[str]:
    """Peoples whose names are also common words ("Arab"): a people before a militia noun."""
    return frozenset(name for names in homelands("word_peoples").values() for name in names)


def _peoples_home() -> dict[str, str]:
    return _homeland_index("home")[1]


@cache
def _shared_peoples() -> frozenset[str]:
    """Peoples of no one homeland ("Tuareg"): parties to fighting, never a country clue."""
    return frozenset(name for names in homelands("shared_peoples").values() for name in names)


def _people_word(word: str) -> str:
    """A people's name as its militia is named: "Koros" (a plural the pattern took whole)
    -> "Koro" when that is a known people; ``word`` otherwise."""
    if word.endswith("s") and word not in _peoples_home() and word not in _shared_peoples() \
            and (word[:-1] in _peoples_home() or word[:-1] in _shared_peoples()):
        return word[:-1]
    return word


@lru_cache(maxsize=4)  # a report's incidents and its place choice ask of the same texts in turn
def homeland_named(text: str) -> str:
    """ISO code of the country of the first people, clan or community ``text`` names
    ("Koro herders", "the Koro") or of the first head of state or party leader it
    names ("after Dupont's re-election"), from ``homelands.toml``; "" when it names none."""
    found = [first for table in ("home", "leaders") for first in [next(_homeland_matches(table, text), None)] if first]
    return min(found)[3] if found else ""


def leader_named(text: str) -> str:
    """ISO code of the country of the first head of state or party leader ``text`` names
    ("protests against President Dupont"), from ``homelands.toml``'s leaders; "" when none.
    Unlike a people, a country's leader does not raid across its borders."""
    first = next(_homeland_matches("leaders", text), None)
    return first[3] if first else ""


_IDENTITY_GROUP = re.compile(r"\b(?P<group>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)s? (?:ethnic |tribal |clan |communal )?"
                             rf"(?:{noun_rx('identity_groups')})\b")
# Scanned only in sentences naming a group word ("militia", "youths" …): most name none.
_IDENTITY_GROUP = PatternGroup([_IDENTITY_GROUP], keyed=False).members[0]


_KNOWN_AS = re.compile(r"(?:\s+[a-z]+)?\s*,?\s*(?:(?:also|locally|commonly|widely|popularly) )?(?:known as|called|dubbed|named|referred to as) (?:the )?")


def _identity_militias(sentences: list[Sentence], gz: Gazetteer, country: str = "") -> list[tuple[int, int, str]]:
    """Militias named after a people or a place, ACLED-style: "Koro militia" -> "Koro
    Ethnic Militia ({country})", "Oldtown youths" (a town) -> "Oldtown Communal Militia
    ({country})"; groups of the actor dictionary are not read again."""
    out = []
    for s in sentences:
        aliases = [(h.start, h.end) for h in alias_hits(s.text)]
        peoples = None
        for m in _IDENTITY_GROUP.finditer(s.text):
            word = m.group("group")
            key = normalize_name(word)
            if peoples is None:
                peoples = _multiword_people_spans(s.text)
            if (key in gz.common_words and word not in _word_peoples()) or key in gz.demonyms or key in NOT_NAMES or word.lower() in nouns("creeds") \
                    or any(a < m.start() < b for a, b, _name in peoples) \
                    or any(a <= m.start() < b for a, b in aliases) or _faction_of(s.text, m.start(), aliases) \
                    or (m.start() == 0 or s.text[m.start() - 2 : m.start()].strip() in (".", "")) and key in LEADING_WORDS:
                continue
            out.append((s.start + m.start(), s.start + m.end(), _militia_of(_people_word(word), gz, country)))
        for pair in _group_pairs(s.text, gz, country, aliases):
            out += [(s.start + a, s.start + b, name) for a, b, name in pair if not any(x <= s.start + a < y for x, y, _ in out)]
        out += [(s.start + a, s.start + b, name) for a, b, name in _peoples_acting(s.text, gz, country)
                if not any(x <= s.start + a < y for x, y, _ in out)]
        if " from " in s.text:
            out += [(s.start + a, s.start + b, name) for a, b, name in _armed_from_place(s.text, gz, country, aliases)
                    if not any(x <= s.start + a < y or s.start + a <= x < s.start + b for x, y, _ in out)]
        # "Koro militiamen known as the Red Brigade": the group named next, once.
        out = [o for o in out if not (s.start <= o[0] < s.end and (known := _KNOWN_AS.match(s.text, o[1] - s.start))
                                      and any(a == known.end() for a, _ in aliases))]
        out = [(a, b, stated_origin(s.text, a - s.start, b - s.start, name, gz)) if s.start <= a < s.end else (a, b, name)
               for a, b, name in out]
    return out


# A people's armed men whose country the report states: "Chadian Koro fighters", "Koro
# raiders from Ruritania", "Koro herders who crossed from neighbouring Ruritania". ACLED
# names an identity militia after the country it comes from, which the words say better
# than the people's usual homeland or the country the incident took place in.
_DEMONYM_BEFORE = re.compile(r"(?:^|[\s(])(?P<two>(?P<one>[A-Z][a-z]+) )?(?P<last>[A-Z][a-z]+) $")
_COUNTRY_AFTER = re.compile(r"(?:s?(?: (?:armed|cattle|ethnic|tribal|[a-z]+(?:men|ers)))?)?(?: (?:who|that) (?:had )?(?:crossed|came|come|crossing|coming)| (?:said|believed|suspected|thought|reported) to be)?"
                            r" (?:from|of) (?:the )?(?:neighbou?ring )?(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


def stated_origin(text: str, start: int, end: int, name: str, gz: Gazetteer) -> str:
    """``name`` (a people's militia found at ``text[start:end]``) named after the country a
    demonym right before it or a "from Ruritania" right after it states; ``name`` when
    neither does. Town and community militias keep their names: their place is their origin."""
    if not _named_militia(name) or " Communal Militia (" in name:
        return name
    iso = ""
    before = _DEMONYM_BEFORE.search(text[max(0, start - 30) : start])
    if before:
        iso = (before.group("two") and demonym_country(before.group("one") + " " + before.group("last"), gz)) \
            or demonym_country(before.group("last"), gz) or ""
    if not iso:
        after = _COUNTRY_AFTER.match(text, end)
        if after:
            words = after.group("country")
            iso = country_named(words, gz) or (" " in words and country_named(words.split()[0], gz)) or ""
    if not iso:
        return name
    people = name.split(" Ethnic Militia (")[0].split(" Clan Militia (")[0]
    return people_militia(people, iso, gz)


def _multiword_people_spans(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` names a people or clan of more than one word ("Habar Gidir", "Beni
    Halba"): a group word after its last word ("Habar Gidir militia") is that people's,
    read whole by ``_peoples_acting``, not a people named by the last word alone."""
    return [(a, b, name) for table in ("home", "shared_peoples") for a, b, name, _iso in _homeland_matches(table, text) if " " in name]


def _faction_of(text: str, start: int, aliases: list[tuple[int, int]]) -> bool:
    """Whether the word at ``start`` goes on a named group's name: a faction or commander
    after the group ("Mai-Mai Mazembe fighters", "Nyatura Kavumbi militiamen"), part of
    the group's name, not a people or a town of its own."""
    return any(0 < start - b <= 1 and text[b:start] in (" ", "-") for _a, b in aliases)


# Two groups named together by what they are: "between the Koro and (the) Lamo
# communities", "Koro and Lamo clans clashed", "Koro and Lamo militias fought" (a people's
# armed men are its militia).
_PAIR_OF_GROUPS = re.compile(r"\b(?P<a>[A-Z][a-z]{2,})s? and (?:the )?(?P<b>[A-Z][a-z]{2,})s? "
                             r"(?:ethnic |tribal |pastoralist |pastoral |farming |herding )?"
                             r"(?P<kind>communities|clans|tribes|(?:ethnic )?groups|peoples|sub-clans|militias|militiamen|tribesmen)\b")
_PAIR_KIND = re.compile(r"communities|clans|tribes|groups|peoples|militia|tribesmen")
_PAIR_KIND = gated(_PAIR_KIND, by_strings=False)  # (scanned only in texts where a match may be)
# Two peoples' men named on the two sides of a clash: "Koro herders clashed with Lamo
# farmers" (farmers who fight are a side, not victims).
_MEN = r"(?:ethnic |tribal )?(?:herders|herdsmen|farmers|youths?|militia|militias|militiamen|fighters|tribesmen|villagers|raiders|warriors)"
_CLASH_OF_PEOPLES = re.compile(rf"\b(?P<a>[A-Z][a-z]{{2,}})s? {_MEN} (?:have |had )?(?:clashed|fought|battled|exchanged fire) "
                               rf"(?:with|against) (?:the |rival )?(?P<b>[A-Z][a-z]{{2,}})s? {_MEN}\b")
_CLASH_KIND = re.compile(r"clashed|fought|battled|exchanged fire")
_CLASH_KIND = gated(_CLASH_KIND, by_strings=False)  # (scanned only in texts where a match may be)


def _group_pairs(text: str, gz: Gazetteer, country: str, aliases: list[tuple[int, int]]):
    """The two sides of each "between the Koro and Lamo communities" or "Koro herders
    clashed with Lamo farmers" in ``text``, each
    side as (start, end, militia name): a people of ``homelands.toml`` as its ethnic
    militia, a clan of "clans" as a clan militia, others as in ``_militia_of``."""
    # Most sentences name no communities, clans or tribes, nor a clash: one quick scan each.
    if " and " not in text and not _CLASH_KIND.search(text):
        return
    found = [*(_PAIR_OF_GROUPS.finditer(text) if " and " in text and _PAIR_KIND.search(text) else ()),
             *(_CLASH_OF_PEOPLES.finditer(text) if _CLASH_KIND.search(text) else ())]
    peoples = _multiword_people_spans(text) if found else []
    for m in found:
        clan = "kind" in m.re.groupindex and m.group("kind").lower().startswith(("clan", "sub-clan"))
        sides = []
        for side in ("a", "b"):
            whole = next(((a, name) for a, b, name in peoples if a < m.start(side) < b), None)
            if whole:  # "Beni Halba militia clashed with …": the people of two words, whole
                sides.append((whole[0], m.end(side), _militia_of(whole[1], gz, country)))
                continue
            word = _people_word(m.group(side))
            key = normalize_name(word)
            if (key in gz.common_words and word not in _word_peoples()) or key in gz.demonyms or key in NOT_NAMES or key in LEADING_WORDS \
                    or word.lower() in nouns("creeds") or any(a <= m.start(side) < b for a, b in aliases):
                break
            name = f"{word} Clan Militia ({{country}})" if clan and word not in _peoples_home() and word not in _shared_peoples() \
                else _militia_of(word, gz, country)
            sides.append((m.start(side), m.end(side), name))
        else:
            yield sides


@cache
def _clan_homes() -> frozenset[str]:
    return frozenset(homelands("clan_homes"))


def people_militia(name: str, iso: str, gz: Gazetteer) -> str:
    """A people's militia as ACLED names it, after the people's homeland: "Koro Ethnic
    Militia (Ruritania)"; a clan's of a country of clans, "Koro Clan Militia (Ruritania)"."""
    return f"{name} {'Clan' if iso in _clan_homes() else 'Ethnic'} Militia ({acled_country_name(gz, iso)})"


def _militia_of(word: str, gz: Gazetteer, country: str) -> str:
    """"Koro" -> "Koro Ethnic Militia (its homeland)" for a people of ``homelands.toml``
    (a people's militia carries its homeland's name wherever it raids, as ACLED names it),
    "Oldtown Communal Militia ({country})" for a town of the incident's country, else
    "Koro Ethnic Militia ({country})"."""
    home = _peoples_home().get(word)
    if home:
        return people_militia(word, home, gz)
    if word in _shared_peoples():
        # A people of no one homeland: its militia is named after where it fights.
        return _shared_militia(word, country)
    towns = [p for p in gz.lookup(word) if p.feature_code in ("PPL", "PPLC", "ADM2") and p.country_code == country]
    return f"{word} {'Communal' if towns else 'Ethnic'} Militia ({{country}})"


# After a people's name, words that make it the people's victims or a place ("Oldtown
# county"), not a party to the fighting.
_PEOPLE_NOT_ACTING_AFTER = re.compile(
    r"(?:'s)?\s+(?:civilians?|villagers?|residents?|homes?|houses?|homesteads?|villages?|settlements?|famil(?:y|ies)|m[ae]n"
    r"|wom[ae]n|child(?:ren)?|girls?|boys?|pupils?|students?|traders?|farmers?|elders?|leaders?|politicians?|MPs?"
    r"|refugees?|migrants?|returnees?|displaced|IDPs?|workers?|worshippers?|pilgrims?|protesters?|demonstrators?|voters?"
    r"|language|land|[A-Z]\w*)\b"
    rf"|\s+(?:{words_rx(place_kind_words('admin') + place_kind_words('settlement'))}|hills?|lake|river|mountains?)\b")
# Armed men said to come from a people's land: "bandits from Koro", "raiders from the
# neighbouring West Koro", "cattle rustlers believed to be from Koro".
_ARMED_FROM_BEFORE = re.compile(r"\b(?i:raiders|bandits|attackers|gunmen|militia(?:men|s)?|warriors"
                                r"|rustlers|fighters)\b(?:(?:\s+[a-z]+){0,4}?\s+from"
                                r"|,?(?:\s+who\s+(?:are|were))?\s+(?:believed|suspected|thought|said|alleged|reported)\s+to\s+be)"
                                r"\s+(?:the\s+)?(?:neighbou?ring\s+)?(?:(?:West|East|North|South|Central|Upper|Lower)\s+)?$")
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|near|outside|around|into|to|towards?|from)\s+(?:the\s+)?"
                           r"|\b(?:West|East|North|South|Central|Lake|Mount|Upper|Lower)\s+)$")


def _shared_militia(name: str, country: str) -> str:
    """"Tuareg Ethnic Militia ({country})": a shared people's militia, after the incident's
    country (a clan militia in a country of clans)."""
    return f"{name} {'Clan' if country in _clan_homes() else 'Ethnic'} Militia ({{country}})"


def _peoples_acting(text: str, gz: Gazetteer, country: str = "") -> list[tuple[int, int, str]]:
    """(start, end, "Koro Ethnic Militia (Ruritania)") for each people of
    ``homelands.toml`` that ``text`` names as a party ("the Marakwet and the Pokot clashed",
    "Koro fighters attacked", "armed Lamo bandits"), not as victims ("Lamo homes were torched")
    nor as a place ("West Koro", "Koro county", "in Koro"); a people of no one homeland
    ("shared_peoples") named after the incident's ``country``."""
    out = []
    matches = sorted([*_homeland_matches("home", text), *_homeland_matches("shared_peoples", text)])
    for start, end, name, iso in matches:
        if _PEOPLE_NOT_ACTING_AFTER.match(text, end):
            continue
        came = _ARMED_FROM_BEFORE.search(text[max(0, start - 60) : start])
        if came:
            # "raiders from (the neighbouring) Koro land": the span opens at the raiders,
            # who are that people's militia (the place is its home), not unidentified men
            start = max(0, start - 60) + came.start()
        elif _PLACE_BEFORE.search(text[max(0, start - 20) : start]):
            continue
        out.append((start, end, _shared_militia(name, country) if name in _shared_peoples() else people_militia(name, iso, gz)))
    return out


# Armed men of a community said to come from a named place: "raiders from Oldtown",
# "herders suspected to be from Hill county", "militia from the Oldtown community". ACLED
# names such men after their locality ("Oldtown Communal Militia (Ruritania)"), as it
# names "Oldtown youths"; a people's land is read as the people's (``_peoples_acting``), a
# country as the men's origin (``actor_origin``). Only nouns of men who raid or fight as a
# community: residents, youths or villagers "from" a place are as often protesters, and
# gunmen or bandits from a place are no community's militia (nouns.toml ``community_fighters``).
_COMMUNITY_MEN = rf"(?:cattle |livestock |armed )?(?:{noun_rx('community_fighters')})"
_PLACE_WORDS = words_rx([w for w in (*place_kind_words("admin"), *place_kind_words("settlement"), "community", "communities",
                                     "clan", "region") if w.islower()])
_MEN_FROM_PLACE = re.compile(rf"\b(?i:{_COMMUNITY_MEN})(?:,? (?:who (?:are |were )?)?(?:believed|suspected|said|thought|reported|alleged)"
                             rf" to (?:be|have come)|,? who (?:came|had come|come))?(?: (?:pastoralists|herders|members))?"
                             rf" from (?:the )?(?:neighbou?ring |nearby |rival )?(?P<place>[A-Z][a-z'\u2019]+(?: [A-Z][a-z'\u2019]+)?)"
                             rf"(?: (?P<kind>(?i:{_PLACE_WORDS})))?\b")
_MEN_FROM_PLACE = gated(_MEN_FROM_PLACE, by_strings=False)  # (scanned only in texts where a match may be)


def _armed_from_place(text: str, gz: Gazetteer, country: str, aliases: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, "Oldtown Communal Militia ({country})") for each community's armed men
    ``text`` says came from a named place that is no country, demonym nor known people."""
    out = []
    for m in _MEN_FROM_PLACE.finditer(text):
        if _DRIVEN_OUT_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) or _LONGER_NAME.match(text, m.end()) \
                or _VICTIMS_AFTER.match(text, m.end()):
            continue  # "evicted herders from …", "from Oldtown Nature Reserve", "… were killed"
        words = m.group("place").split()
        settled = bool(m.group("kind")) and m.group("kind").lower() in _SETTLEMENT_WORDS
        if len(words) > 1 and words[-1].lower() in _PLACE_WORD_SET:
            settled = words[-1].lower() in _SETTLEMENT_WORDS
            words = words[:-1]  # "Hill County": the place is Hill
        place = " ".join(words)
        key = normalize_name(place)
        if any(a <= m.start("place") < b for a, b in aliases) or key in gz.demonyms or key in NOT_NAMES or key in LEADING_WORDS \
                or words[0] in _COMPASS or country_named(place, gz) or (key in gz.common_words and place not in _word_peoples()):
            continue
        if _NAME_GOES_ON.match(text, m.end("place")) or not _home_or_unknown(place, gz, country):
            continue  # "from Deir ez-Zor": a longer name; a place known only abroad: no community here
        if not settled and (place in _peoples_home() or place in _shared_peoples()):
            # "raiders from the neighbouring Koro county": the Koro people's land, its militia
            # ("from Koro village": the village's)
            name = _militia_of(place, gz, country)
        else:
            name = f"{place} Communal Militia ({{country}})"
        out.append((m.start(), m.end(), name))
    return out


_NAME_GOES_ON = re.compile(r"-|\s+(?:al|el|ez|es|ad|ar|as|an|at|ash|ibn|bin|de|del|la|le|du|des|dos|da)\b")


def _home_or_unknown(place: str, gz: Gazetteer, country: str) -> bool:
    """Whether ``place`` is a place of the incident's ``country``, or one the gazetteer does
    not hold (most villages): "raiders from Hill region", Hill lying only abroad, came from
    across a border and are no community of the place they raided."""
    found = gz.lookup(place) if country else ()
    return not found or any(p.country_code == country for p in found)


_SETTLEMENT_WORDS = frozenset(w.lower() for w in place_kind_words("settlement")) - {"area", "outskirts"}  # a people's "area" is its land
# Men driven from a place are not from it; a place of three names is an institution's
# ("Oldtown Nature Reserve"); men from a place who "were killed" are victims.
_DRIVEN_OUT_BEFORE = re.compile(r"\b(?:evict|remov|expel|driv|drove|chas|flush|ban|bann|keep|kept|push|pushed)\w*\b[^.;]*$", re.I)
_LONGER_NAME = re.compile(r" [A-Z]")
_VICTIMS_AFTER = re.compile(r"(?:,[^,.;]{0,40},)?\s+(?:have|has|had|were|was|are|is)\s+(?:been\s+)?(?:\w+ly\s+)?\w+(?:ed|en|t)\b")
_PLACE_WORD_SET = frozenset(w.lower() for w in (*place_kind_words("admin"), *place_kind_words("settlement"),
                                                "community", "communities", "clan", "region"))
# "from West Oldtown" names a part of a place or a people's land: left to the readers of peoples.
_COMPASS = frozenset({"North", "South", "East", "West", "Central", "Upper", "Lower", "Northern", "Southern", "Eastern", "Western"})

