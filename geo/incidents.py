"""Incidents in ACLED's schema, read from one document.

The reading is rule-based and explainable: every field comes from a sentence we keep as
evidence. A document is split into sentences; sentences that describe violence, protest
or arrests ("event sentences") are grouped into incidents by their time anchors (a
sentence "In February, …" starts an earlier incident; a sentence with no anchor of its
own belongs to the main one); statistics ("more than 40 attacks this year") and
background are left out. For each incident we then choose the event type, the date
(relative expressions resolved against the publication date), the actors (a dictionary
in data/actors.json plus patterns such as "US air strikes" or "gunmen"), the
fatalities (ACLED's conservative rule) and the location (where it happened — not a
dateline, not the seat of a spokesperson or monitor).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from geo.gazetteer import Gazetteer, Place, load_gazetteer, normalize_name
from geo.places import Mention, parse_places


@dataclass
class Incident:
    """One event as ACLED codes it, plus where we read it from.

    Field names follow ACLED's codebook (and ../specs/batch-interface.md).
    """

    event_date: str | None  # ISO date, YYYY-MM-DD
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str = ""
    assoc_actors: list[str] = field(default_factory=list)
    country: str = ""
    admin1: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    time_precision: int = 1  # ACLED: 1 day, 2 week, 3 month
    fatalities: int = 0
    evidence: str = ""
    # provenance, filled by the pipeline
    doc_id: str = ""
    source: str = ""
    title: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    def to_json(self) -> dict:
        """The batch interface's view: ACLED fields only."""
        d = self.to_dict()
        for k in ("doc_id", "source", "title"):
            d.pop(k)
        return d


# -- sentences ---------------------------------------------------------------------------

@dataclass
class Sentence:
    start: int
    end: int
    text: str
    mentions: list[Mention] = field(default_factory=list)


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018(\u2013\u2014-]*[A-Z0-9])|\n\s*\n|\n(?=\s*[\u2013\u2014-]\s)")
_ABBREVIATIONS = ("Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Col.", "Lt.", "St.", "U.S.", "U.K.", "No.", "Sgt.", "Capt.", "Maj.", "Gov.", "Sen.", "Rep.")


def split_sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        head = text[start : m.start() + 1]
        if head.rstrip().endswith(_ABBREVIATIONS):
            continue
        _append_sentence(out, text, start, m.start() + (1 if text[m.start()] in "\"'\u201d\u2019" else 0))
        start = m.end()
    _append_sentence(out, text, start, len(text))
    return out


def _append_sentence(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        out.append(Sentence(start + lead, start + lead + len(stripped), stripped))


# -- event types -------------------------------------------------------------------------

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

# (pattern, event type, sub-event type, strength). The strongest trigger of an incident
# decides its type; generic words ("attack", "raid") are weak so that a specific one
# ("air strike", "roadside bomb") wins when both are there.
EVENT_TRIGGERS = [
    (r"suicide (?:bomb(?:er|ing|s)?|attack(?:er)?s?|car bomb|vest)|blew (?:himself|herself|themselves) up", EXPLOSIONS, "Suicide bomb", 9),
    (r"air ?strikes?|air ?raids?|drone (?:strikes?|attacks?)|warplanes?|fighter jets?|helicopter gunships?|bombed from the air|aerial (?:bombardment|attacks?)", EXPLOSIONS, "Air/drone strike", 8),
    (r"roadside bombs?|improvised explosive|IEDs?|landmines?|land mines?|car bombs?|bomb (?:exploded|went off|blast)|explosive devices?|(?:bomb|explosion|blast) (?:killed|ripped|struck|hit)|mine (?:exploded|blast)", EXPLOSIONS, "Remote explosive/landmine/IED", 8),
    (r"grenades?", EXPLOSIONS, "Grenade", 6),
    (r"shell(?:ing|ed|s)|artillery|mortars?|rocket (?:attacks?|fire)|rockets? (?:hit|struck|landed|fired)|fired rockets|missiles?", EXPLOSIONS, "Shelling/artillery/missile attack", 7),
    (r"abduct(?:ed|ion|ions|s)?|kidnapp?(?:ed|ing|ings|s)?|taken hostage|held hostage|seized (?:\w+ )?(?:hostages?|passengers)", VAC, "Abduction/forced disappearance", 7),
    (r"rap(?:ed|es)|sexual(?:ly)? (?:assault|violence|abuse)", VAC, "Sexual violence", 7),
    (r"massacred?|executed|beheaded|lynch(?:ed|ing)", VAC, "Attack", 6),
    (r"recaptured|retook|regained control|took back", BATTLES, "Government regains territory", 6),
    (r"overran|seized control|captured (?:the )?(?:town|village|city|base)|took control", BATTLES, "Non-state actor overtakes territory", 6),
    (r"clash(?:es|ed)?|fighting|fought|gun ?battles?|gunfights?|firefights?|exchange(?:d|s)? (?:of )?fire|ambush(?:ed|es)?|battled|heavy fighting", BATTLES, "Armed clash", 5),
    (r"rioters?|riots?|rioting|torched|set (?:ablaze|on fire|fire to)|burn(?:ed|t) (?:tyres|tires|vehicles|cars|buildings)|threw stones|pelted|stone-throwing", RIOTS, "Violent demonstration", 5),
    (r"mob|vigilantes", RIOTS, "Mob violence", 5),
    (r"protest(?:s|ers|ors|ed|ing)?|demonstrat(?:ors|ion|ions|ed)|rall(?:y|ies|ied)|march(?:ed|ers)|sit-in|took to the streets|chanting", PROTESTS, "Peaceful protest", 4),
    (r"arrest(?:ed|s)?|detain(?:ed|s)?|rounded up", STRATEGIC, "Arrests", 3),
    (r"loot(?:ed|ing)|burn(?:ed|t) (?:down )?(?:houses|homes|shops|villages?)|destroyed (?:houses|homes|property)", STRATEGIC, "Looting/property destruction", 3),
    (r"(?:gunmen|assailants|attackers|militants|fighters|jihadists|insurgents|bandits) (?:\w+ ){0,3}?(?:killed|attacked|shot|stormed|opened fire)|opened fire|shot dead|gunned down|stormed|attack(?:ed|s)?|killed|killing", VAC, "Attack", 2),
    (r"(?<!general )(?<!hunger )(?<!labour )(?<!labor )strikes?|struck|raids?|hit", EXPLOSIONS, "Air/drone strike", 1),
]
_TRIGGERS = [(re.compile(rf"\b(?:{p})\b", re.I if not p.startswith("(?<!") else re.I), t, s, w) for p, t, s, w in EVENT_TRIGGERS]
# Case-sensitive acronyms in the IED pattern must not match words: handled by \b above.

INTERVENTION = re.compile(r"\b(?:tear ?gas|water cannons?|dispersed|rubber bullets|live (?:ammunition|rounds)|baton|beat(?:en)? protesters|fired (?:on|at) (?:the )?(?:protesters|demonstrators|crowds?))\b", re.I)
PROTEST_VIOLENCE = re.compile(r"\b(?:rioters?|torched|set (?:ablaze|on fire|fire to)|threw stones|pelted|looted|stormed)\b", re.I)
CIVILIAN_VICTIMS = re.compile(r"\b(?:civilians?|villagers?|residents?|worshippers?|farmers?|passengers?|students?|pupils|children|women|traders|herders|fishermen|people|family|families|mourners|shoppers|wedding guests|displaced)\b", re.I)
ARMED_TARGETS = re.compile(r"\b(?:soldiers?|troops?|army|military|forces|police(?:men)?|officers?|base|checkpoint|convoy|patrol|militants?|fighters?|insurgents?|jihadists?|rebels?|positions?)\b", re.I)

# "more than 40 attacks this year": a count of events is a statistic, not an incident.
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a dozen": 12, "dozen": 12, "dozens": 12, "scores": 12, "hundreds": 100,
    "several": 3, "a few": 3, "a handful": 3,
}
_NUM = r"(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozens|scores|hundreds|several|a few|a handful)"
_STATISTIC = re.compile(rf"\b{_NUM}\s+(?:\w+\s+){{0,2}}(?:attacks|strikes|incidents|bombings|raids|protests|clashes)\b|\b(?:this|last|each|every) year\b|\bsince (?:19|20)\d\d\b|\bover the (?:past |last )?(?:years|months|decade)\b", re.I)


def _to_int(word: str) -> int | None:
    w = word.lower().replace(",", "").strip()
    if w.isdigit():
        return int(w)
    if w in _NUMBER_WORDS:
        return _NUMBER_WORDS[w]
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in _NUMBER_WORDS and parts[1] in _NUMBER_WORDS:
        return _NUMBER_WORDS[parts[0]] + _NUMBER_WORDS[parts[1]]
    return None


def event_triggers(text: str) -> list[tuple[int, str, str, int]]:
    """(position, event type, sub-event type, strength) of each trigger in ``text``."""
    found = []
    for rx, etype, sub, strength in _TRIGGERS:
        for m in rx.finditer(text):
            if sub == "Remote explosive/landmine/IED" and m.group().lower().startswith("ied") and not m.group().startswith("IED"):
                continue  # "ied" inside other words is excluded by \b; lower-case "ieds" is not an acronym
            found.append((m.start(), etype, sub, strength))
    return found


def classify_event(text: str) -> tuple[str, str] | None:
    """ACLED (event type, sub-event type) of an incident's text, or None if no trigger."""
    triggers = event_triggers(text)
    if not triggers:
        return None
    _, etype, sub, strength = max(triggers, key=lambda t: (t[3], -t[0]))
    if etype == PROTESTS or (etype == RIOTS and sub == "Violent demonstration"):
        if re.search(r"\bprotest|demonstrat|rall(?:y|ies)|march", text, re.I):
            if PROTEST_VIOLENCE.search(text):
                return RIOTS, "Violent demonstration"
            if INTERVENTION.search(text):
                return PROTESTS, "Protest with intervention"
            return PROTESTS, "Peaceful protest"
    if (etype, sub) == (VAC, "Attack"):
        # An attack on soldiers or fighters is a battle; on civilians, violence against them.
        if ARMED_TARGETS.search(text) and not CIVILIAN_VICTIMS.search(text):
            return BATTLES, "Armed clash"
    if etype == STRATEGIC and sub == "Arrests" and re.search(r"\bprotest|demonstrat", text, re.I):
        return PROTESTS, "Protest with intervention"
    return etype, sub


# -- fatalities --------------------------------------------------------------------------

_QUAL = r"(?:at least |more than |over |some |nearly |almost |about |around |up to |as many as |an estimated |a total of |another |)"
_VICTIM = r"(?:(?:\w+[- ]){0,3}?(?P<noun>people|persons|civilians|fighters|soldiers|troops|militants|jihadists|insurgents|policemen|police officers|officers|members|villagers|children|child|women|men|worshippers|passengers|protesters|demonstrators|rebels|attackers|assailants|gunmen|students|farmers|residents|others|personnel|guards|miners|herders|bystanders|combatants|militiamen|security forces|recruits|teenagers|boys|girls)\b)"
_KILL = r"(?:killed|killing|kills|kill|left|leaving|claimed the lives of|shot dead|slaughtered|massacred|executed|beheaded)"
FATALITY_PATTERNS = [
    re.compile(rf"\b{_KILL}\s+{_QUAL}(?P<n>{_NUM})\s+{_VICTIM}?", re.I),
    re.compile(rf"\b{_QUAL}(?P<n>{_NUM})\s+{_VICTIM}?\s*(?:\w+\s+){{0,3}}?(?:were|was|have been|had been|are|being|been)?\s*(?:reportedly |also )?(?:killed|dead|died|slain|shot dead|lost their lives)", re.I),
    re.compile(rf"\bdeath toll\s+(?:\w+\s+){{0,4}}?(?:to|of|at|reached|stood at|rose to)\s+{_QUAL}(?P<n>{_NUM})", re.I),
    re.compile(rf"\b(?P<n>{_NUM})\s+(?:deaths|dead|fatalities|bodies)\b", re.I),
]
_MORE_VICTIMS = re.compile(rf",?\s+(?:and\s+)?{_QUAL}(?P<n>{_NUM})\s+{_VICTIM}", re.I)
NO_FATALITIES = re.compile(r"\bno (?:one|casualties|deaths|fatalities|injuries)\b|\bnobody was (?:killed|hurt|injured)\b|\bwithout casualties\b", re.I)
_INJURY_AFTER = re.compile(r"^\s*(?:wounded|injured|hurt)", re.I)


def fatality_statements(sentence: str) -> list[tuple[int, str]]:
    """(number, victim noun) for each report of deaths in a sentence."""
    out, seen = [], set()
    for rx in FATALITY_PATTERNS:
        for m in rx.finditer(sentence):
            n = _to_int(m.group("n"))
            if n is None or m.start("n") in seen:
                continue
            tail = sentence[m.end("n") : m.end("n") + 40]
            if _INJURY_AFTER.match(tail) or re.match(r"\s*(?:more )?(?:\w+ )?(?:were |had been |have been )?(?:wounded|injured)", tail, re.I) and "killed" not in tail:
                continue
            if re.match(r"\s*(?:years?|months?|weeks?|days?|hours?|km|kilometres|kilometers|miles|percent|%|am|pm|GMT)\b", tail, re.I):
                continue
            noun = (m.groupdict().get("noun") or "").lower()
            seen.add(m.start("n"))
            out.append((n, noun))
            # "killed three villagers and two soldiers": the list goes on after "and".
            pos = m.end()
            while (more := _MORE_VICTIMS.match(sentence, pos)) is not None:
                extra = _to_int(more.group("n"))
                if extra is None or more.start("n") in seen:
                    break
                seen.add(more.start("n"))
                out.append((extra, more.group("noun").lower()))
                pos = more.end()
    return out


def count_fatalities(sentences: list[str]) -> int:
    """ACLED's conservative count over an incident's sentences.

    The first report of deaths sets the figure (victims of one sentence added up: "killed
    two soldiers and three civilians"); a later, lower figure for the same victims
    replaces it (the lowest credible report); figures for other victims in later
    sentences are other sources' partial claims and are not added.
    """
    figure: dict[str, int] | None = None
    for s in sentences:
        stated = fatality_statements(s)
        if not stated:
            continue
        if figure is None:
            figure = {}
            for n, noun in stated:
                figure[noun] = figure.get(noun, 0) + n
            continue
        for n, noun in stated:
            if noun in figure and n < figure[noun]:
                figure[noun] = n
    return sum(figure.values()) if figure else 0


# -- dates -------------------------------------------------------------------------------

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_MONTH_RX = "|".join(m.capitalize() for m in MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_EXPLICIT_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTH_RX})\.?(?:,? \d{{4}})?|(?:{_MONTH_RX})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})\b"
)
_WEEKDAY = re.compile(r"\b(?P<last>last |this past |on |late |early |overnight (?:into |to )?|)(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_MONTH_ONLY = re.compile(rf"\b(?i:in|since|during|early|late|mid|mid-|in early|in late|in mid-|last|on|by|until) ?(?P<month>{'|'.join(m.capitalize() for m in MONTHS)})\b(?!\s+\d)(?P<year>,? \d{{4}})?")
_RELATIVE = re.compile(r"\b(?P<expr>yesterday|today|tonight|this morning|this afternoon|this evening|last night|earlier today|last week|last month|(?P<n>\w+) (?P<unit>days?|weeks?) ago)\b", re.I)


@dataclass(frozen=True)
class EventDate:
    day: date
    precision: int  # ACLED time_precision: 1 day, 2 week, 3 month
    start: int  # offset of the expression in its sentence (for choosing the nearest)


def find_dates(sentence: str, published: date | None) -> list[EventDate]:
    """Every date expression in a sentence, resolved against the publication date.

    Explicit dates are parsed with dateparser; weekdays, "last week", "in February" and
    the like are resolved here because each needs the rule news writing follows (a
    weekday means the most recent such day on or before publication) rather than a
    general parser's guess.
    """
    out = []
    for m in _EXPLICIT_DATE.finditer(sentence):
        d = _parse_explicit(m.group(), published)
        if d is not None:
            out.append(EventDate(d, 1, m.start()))
    if published is None:
        return out
    for m in _WEEKDAY.finditer(sentence):
        target = WEEKDAYS.index(m.group("day").lower())
        back = (published.weekday() - target) % 7
        if m.group("last").strip() in ("last", "this past") and back == 0:
            back = 7
        out.append(EventDate(published - timedelta(days=back), 1, m.start()))
    for m in _RELATIVE.finditer(sentence):
        expr = m.group("expr").lower()
        if expr in ("yesterday", "last night"):
            out.append(EventDate(published - timedelta(days=1), 1, m.start()))
        elif expr in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today"):
            out.append(EventDate(published, 1, m.start()))
        elif expr == "last week":
            out.append(EventDate(published - timedelta(days=7), 2, m.start()))
        elif expr == "last month":
            first = published.replace(day=1) - timedelta(days=1)
            out.append(EventDate(first.replace(day=1), 3, m.start()))
        else:
            n = _to_int(m.group("n") or "")
            if n is not None:
                days = n * (7 if m.group("unit").startswith("week") else 1)
                out.append(EventDate(published - timedelta(days=days), 1 if days < 7 else 2, m.start()))
    for m in _MONTH_ONLY.finditer(sentence):
        month = MONTHS.index(m.group("month").lower()) + 1
        if m.group("month") == "May" and not m.group(0).lower().startswith(("in", "since", "during", "early", "late", "mid")):
            continue  # "may" the verb
        year = int(m.group("year").strip(", ")) if m.group("year") else (
            published.year if month <= published.month else published.year - 1)
        # Dated to the month: ACLED time_precision 3; we code the first of the month.
        out.append(EventDate(date(year, month, 1), 3, m.start()))
    return sorted(out, key=lambda d: d.start)


@lru_cache(maxsize=4096)
def _parse_explicit(expr: str, published: date | None) -> date | None:
    import dateparser  # imported lazily: it takes a while to load and few texts need it

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"], "DATE_ORDER": "DMY"}
    if published is not None:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    parsed = dateparser.parse(expr, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


# -- actors ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Actor:
    name: str
    aliases: tuple[str, ...]
    inter: int
    country: str
    role: str = "actor"


@lru_cache(maxsize=1)
def load_actors(path: str | None = None) -> tuple[list[Actor], re.Pattern]:
    """The actor dictionary (data/actors.json) and one regex matching any alias."""
    p = Path(path) if path else Path(__file__).resolve().parent.parent / "data" / "actors.json"
    data = json.loads(p.read_text("utf-8"))
    actors = [Actor(a["name"], tuple(a["aliases"]), int(a["inter"]), a.get("country", ""), a.get("role", "actor"))
              for a in data["actors"]]
    aliases = sorted({al for a in actors for al in a.aliases}, key=len, reverse=True)
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w-])")
    return actors, rx


# Generic actors, named in ACLED's style once the country is known.
_FORCE_NOUNS = r"(?:air ?strikes?|air ?raids?|strikes|troops|forces|soldiers|army|military|warplanes|jets|drones?|navy|air force|security forces|special forces|marines|commandos)"
GENERIC_ACTORS = [
    (re.compile(r"\b(?:police(?:men)?|police officers|riot police|security forces)\b", re.I), "Police Forces of {country}", 1),
    (re.compile(r"\b(?:protesters|protestors|demonstrators|marchers)\b", re.I), "Protesters ({country})", 6),
    (re.compile(r"\brioters\b", re.I), "Rioters ({country})", 5),
    (re.compile(r"\b(?:gunmen|unidentified (?:armed )?(?:men|attackers|assailants)|armed men|assailants|attackers|bandits)\b", re.I), "Unidentified Armed Group ({country})", 3),
    (re.compile(r"\b(?:jihadists|militants|insurgents|extremists)\b", re.I), "Unidentified Armed Group ({country})", 2),
    (re.compile(r"\b(?:(?:Iran|Turkey|Russia)-backed|pro-(?:Iran|Iranian|government|Turkish)) (?:armed groups?|militias?|fighters|factions|militiamen)\b", re.I), "{match_title}", 3),
    (re.compile(r"\b(?:civilians|villagers|residents|worshippers|farmers|passengers|students|traders|fishermen|mourners|displaced people)\b", re.I), "Civilians ({country})", 7),
]


def _state_forces(text: str, gz: Gazetteer) -> list[tuple[int, str, str]]:
    """(offset, "Military Forces of X", ISO) for "US air strikes", "Nigerian troops", …"""
    out = []
    for m in re.finditer(rf"\b(?P<who>[A-Z][\w.'-]*(?: [A-Z][\w'-]*)?)(?:'s)? (?:-led )?(?:\w+ )?{_FORCE_NOUNS}\b", text):
        who = m.group("who")
        iso = gz.demonyms.get(normalize_name(who))
        if iso is None:
            places = [p for p in gz.lookup(who) if p.is_country]
            iso = places[0].country_code if places else None
        if iso is None:
            continue
        if re.search(r"\bpolice\b", m.group(), re.I):
            out.append((m.start(), f"Police Forces of {_country_style(gz, iso)}", iso))
        else:
            out.append((m.start(), f"Military Forces of {_country_style(gz, iso)}", iso))
    return out


def _country_style(gz: Gazetteer, iso: str) -> str:
    name = gz.country_name(iso)
    return f"the {name}" if name.startswith(("United", "Democratic Republic", "Central African", "Philippines", "Netherlands")) else name


# -- locations ---------------------------------------------------------------------------

_LOCATIVE = re.compile(r"(?:\b(?:near|outside|in|at|on|around|into|from|of|to|towards|close to|outskirts of|town of|village of|city of|district of|province of|region of|km (?:\w+ )?(?:of|from)|kilometres (?:\w+ )?(?:of|from)|miles (?:\w+ )?(?:of|from))\s+(?:the\s+)?(?:\w+\s+)?)$", re.I)
_NEAR = re.compile(r"(?:\b(?:near|outside|close to|outskirts of|around|km (?:\w+ )?(?:of|from)|kilometres (?:\w+ )?(?:of|from)|miles (?:\w+ )?(?:of|from))\s+(?:the\s+)?(?:\w+\s+)?)$", re.I)
_REFERENCE_POINT = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of\s+(?:the\s+)?$", re.I)
_EVENT_OR_TARGET = re.compile(r"\b(?:depots?|facilit(?:y|ies)|positions?|bases?|camps?|checkpoints?|convoys?|markets?|mosques?|churches|church|schools?|hospitals?|villages?|towns?|outskirts|targets?|barracks|outposts?|headquarters)\b", re.I)
_SEAT = re.compile(r"(?:-based|based in|headquartered in|\bsaid in|\btold \w+ in|\bspeaking in|\bstatement in|\bin a statement from|\bhome in|\bvisit to|\bmeets? (?:\w+ )*?in|\btalks in|\bsummit in|\bembassy in)\s*$", re.I)


def _location_score(m: Mention, sentence: Sentence, text: str) -> float | None:
    """How well a mention serves as an event location (None: it cannot)."""
    p = m.place
    if p is None or m.kind == "demonym":
        return None
    before = text[max(sentence.start, m.start - 40) : m.start]
    after = text[m.end : m.end + 10]
    if _SEAT.search(before) or after.startswith(("-based", " based")):
        return None  # the seat of a monitor, a spokesperson or a meeting
    if after[:1] in "-\u2010\u2011" or before.endswith(("-", "\u2010")):
        return None  # "Iran-backed", "pro-Iran", "US-led": an attribute, not a place of events
    score = {"PPL": 4.0, "PPLC": 4.0, "ADM1": 2.5, "PCLI": 1.0}.get(p.feature_code, 1.0)
    if _REFERENCE_POINT.search(before):
        return 1.0  # "north of Baghdad": a bearing from a place, not the place itself
    if _NEAR.search(before):
        score += 2.0
    elif _LOCATIVE.search(before):
        score += 1.0
    elif p.is_country:
        return None  # "US strikes", "Iran's nuclear programme": a country named, not a place of events
    # "strikes on a depot near X", "killed in X": the place follows what happened there.
    window = text[max(sentence.start, m.start - 45) : m.start]
    if _EVENT_OR_TARGET.search(window) or event_triggers(window):
        score += 1.5
    return score


# -- the extractor -----------------------------------------------------------------------

@dataclass
class _Draft:
    anchor: EventDate | None
    sentences: list[Sentence] = field(default_factory=list)


def extract_incidents(document) -> list:
    """Incidents of a ``geo.documents.Document`` (or anything with .text and .date)."""
    incidents = extract_incidents_from_text(document.text, getattr(document, "date", None))
    for inc in incidents:
        inc.doc_id = getattr(document, "id", "") or inc.doc_id
        inc.source = getattr(document, "source", "") or inc.source
        inc.title = getattr(document, "title", "") or inc.title
    return incidents


def extract_incidents_from_text(text: str, published: str | date | None = None,
                                gazetteer: Gazetteer | None = None) -> list[Incident]:
    """Incidents in ``text``, the main one first."""
    gz = gazetteer or load_gazetteer()
    pub = _as_date(published)
    sentences = split_sentences(text)
    mentions = parse_places(text, gz)
    _assign_mentions(sentences, mentions)

    drafts: list[_Draft] = []
    main: _Draft | None = None
    target: _Draft | None = None
    previous_joined = False
    for s in sentences:
        if _STATISTIC.search(s.text) or _other_year(s.text, pub):
            previous_joined = False
            continue
        if not event_triggers(s.text):
            # An undated sentence right after an event sentence usually goes on about the
            # same event ("The device went off near Samarra. No casualties were reported.").
            if previous_joined and drafts and not find_dates(s.text, pub):
                drafts[-1 if target is None else drafts.index(target)].sentences.append(s)
            else:
                previous_joined = False
            continue
        previous_joined = True
        dates = find_dates(s.text, pub)
        anchor = dates[0] if dates else None
        target = None
        if anchor is not None:
            target = next((d for d in drafts if d.anchor is not None and _same_time(d.anchor, anchor)), None)
            if target is None and main is not None and main.anchor is None:
                main.anchor, target = anchor, main
        else:
            target = main
        if target is None:
            target = _Draft(anchor)
            drafts.append(target)
            if main is None:
                main = target
        target.sentences.append(s)

    incidents = []
    for d in drafts:
        incidents.extend(_incidents_from_draft(d, sentences, text, pub, gz, main=d is main))
    return incidents


def _other_year(sentence: str, pub: date | None) -> bool:
    """A sentence about another year ("declared victory in late 2017") is background."""
    if pub is None:
        return False
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", sentence)]
    return bool(years) and all(y != pub.year for y in years) and not _EXPLICIT_DATE.search(sentence)


def _as_date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _same_time(a: EventDate, b: EventDate) -> bool:
    if a.precision == 3 or b.precision == 3:
        return (a.day.year, a.day.month) == (b.day.year, b.day.month) and a.precision == b.precision
    return abs((a.day - b.day).days) <= (0 if a.precision == 1 and b.precision == 1 else 3)


def _assign_mentions(sentences: list[Sentence], mentions: list[Mention]) -> None:
    k = 0
    for s in sentences:
        while k < len(mentions) and mentions[k].start < s.start:
            k += 1
        while k < len(mentions) and mentions[k].end <= s.end:
            s.mentions.append(mentions[k])
            k += 1


def _incidents_from_draft(d: _Draft, all_sentences: list[Sentence], text: str, pub: date | None,
                          gz: Gazetteer, main: bool) -> list[Incident]:
    joined = " ".join(s.text for s in d.sentences)
    kind = classify_event(joined)
    if kind is None:
        return []
    etype, sub = kind
    if d.anchor is not None:
        event_date, precision = d.anchor.day.isoformat(), d.anchor.precision
    elif pub is not None:
        event_date, precision = pub.isoformat(), 2  # no time expression: the week of the report
    else:
        event_date, precision = None, 3

    location, loc_precision, surface = _choose_location(d.sentences, text, gz)
    country_code = location.country_code if location else ""
    actor1, actor2, assoc = _choose_actors(d, all_sentences, text, gz, country_code, etype, main)
    fatalities = count_fatalities([s.text for s in d.sentences])

    incident = Incident(
        event_date=event_date,
        event_type=etype,
        sub_event_type=sub,
        actor1=actor1,
        actor2=actor2,
        assoc_actors=assoc,
        geo_precision=loc_precision,
        time_precision=precision,
        fatalities=fatalities,
        evidence=" ".join(s.text for s in d.sentences)[:2000],
    )
    _set_location(incident, location, gz, surface)
    out = [incident]
    # "two locations in Syria and one in Iraq": the same strikes in another country, whose
    # site is not named, are an incident of their own there, at country precision.
    # The main incident reads the report's undated sentences too ("two of the sites were
    # in Syria and one in Iraq" need not repeat a verb of violence).
    scope = d.sentences + (_undated_context(d, all_sentences) if main else [])
    for iso in _other_countries_struck(scope, country_code, gz):
        sibling = Incident(**{**incident.to_dict(), "fatalities": 0, "assoc_actors": list(assoc)})
        _set_location(sibling, gz.country(iso), gz)
        sibling.geo_precision = 3
        sibling.evidence = " ".join(s.text for s in d.sentences if any(
            m.place is not None and m.place.country_code == iso for m in s.mentions))[:2000]
        out.append(sibling)
    return out


def _choose_location(sentences: list[Sentence], text: str, gz: Gazetteer) -> tuple[Place | None, int]:
    scores: dict[int, float] = {}
    places: dict[int, Place] = {}
    near: dict[int, bool] = {}
    surface: dict[int, str] = {}
    for s in sentences:
        for m in s.mentions:
            sc = _location_score(m, s, text)
            if sc is None:
                continue
            idx = m.place.index
            # The best single mention counts; each further mention adds a little.
            scores[idx] = max(scores.get(idx, 0.0), sc) + (0.5 if idx in scores else 0.0)
            places[idx] = m.place
            surface.setdefault(idx, m.text)
            near[idx] = near.get(idx, False) or bool(_NEAR.search(text[max(s.start, m.start - 40) : m.start]))
    if not scores:
        return None, 3, ""
    best = max(scores, key=lambda i: scores[i])
    p = places[best]
    if p.is_country:
        return p, 3, surface[best]
    if p.is_admin1:
        return p, 3 if not near[best] else 2, surface[best]
    return p, 2 if near[best] else 1, surface[best]


def _set_location(incident: Incident, place: Place | None, gz: Gazetteer, surface: str = "") -> None:
    """Coordinates, country and admin-1 of ``place``; the location is named as the report
    writes it ("Albu Kamal"), which is what an analyst searches for."""
    incident.admin1 = ""
    if place is None:
        return
    incident.location = place.name if place.is_country or not surface else surface
    incident.latitude = place.latitude
    incident.longitude = place.longitude
    incident.country = gz.country_name(place.country_code)
    if place.is_admin1:
        incident.admin1 = place.name
    elif not place.is_country:
        region = gz.nearest_admin1(place.latitude, place.longitude, place.country_code, place.admin1_code)
        incident.admin1 = region.name if region else ""


_COUNT_IN_COUNTRY = re.compile(rf"\b{_NUM}\s+(?:\w+\s+){{0,2}}?in\s+(?:the\s+)?$", re.I)


def _other_countries_struck(sentences: list[Sentence], main_country: str, gz: Gazetteer) -> list[str]:
    found = []
    for s in sentences:
        for m in s.mentions:
            p = m.place
            if p is None or not p.is_country or p.country_code == main_country or p.country_code in found:
                continue
            before = s.text[max(0, m.start - s.start - 40) : m.start - s.start]
            if _COUNT_IN_COUNTRY.search(before):
                found.append(p.country_code)
    return found if main_country else []


def _undated_context(d: _Draft, all_sentences: list[Sentence]) -> list[Sentence]:
    """Sentences outside the incident with no date or statistic of their own."""
    return [s for s in all_sentences if s not in d.sentences and not find_dates(s.text, None)
            and not _STATISTIC.search(s.text)]


def _choose_actors(d: _Draft, all_sentences: list[Sentence], text: str, gz: Gazetteer,
                   country_code: str, etype: str, main: bool) -> tuple[str, str, list[str]]:
    """actor1 acts, actor2 is acted on, assoc_actors are allied with either side.

    Named actors come from the incident's sentences first, then from sentences that
    belong to no other incident (a report names the groups hit in a later paragraph).
    """
    actors, alias_rx = load_actors()
    by_alias = {al: a for a in actors for al in a.aliases}
    country = _country_style(gz, country_code) if country_code else "Unknown"

    def named_in(sentences: list[Sentence]) -> list[tuple[int, str]]:
        out = []
        for s in sentences:
            for m in alias_rx.finditer(s.text):
                a = by_alias[m.group()]
                if a.role == "actor":
                    out.append((s.start + m.start(), a.name))
            for pos, name, _iso in _state_forces(s.text, gz):
                out.append((s.start + pos, name))
        return out

    primary = named_in(d.sentences)
    others_taken = set()
    context = _undated_context(d, all_sentences)
    # Only the main incident borrows from the rest of the report; a recalled earlier
    # incident has just its own sentences.
    secondary = named_in(context) if main else []
    generic = []
    for s in d.sentences:
        for rx, template, _inter in GENERIC_ACTORS:
            for m in rx.finditer(s.text):
                name = template.format(country=country, match_title=_title_generic(m.group()))
                generic.append((s.start + m.start(), name))

    ordered: list[str] = []
    for _, name in sorted(primary) + sorted(generic) + sorted(secondary):
        if name not in ordered and name not in others_taken:
            ordered.append(name)
    if not ordered:
        return "", "", []
    actor1 = _agent(d.sentences, ordered, gz) or ordered[0]
    rest = [a for a in ordered if a != actor1]
    if etype in (PROTESTS, RIOTS):
        # ACLED puts the protesters first; police intervening are the second actor.
        crowd = [a for a in ordered if a.startswith(("Protesters", "Rioters"))]
        if crowd:
            actor1 = crowd[0]
            rest = [a for a in ordered if a != actor1]
    named_groups = [a for a in rest if not a.startswith(("Civilians", "Unidentified"))]
    actor2 = named_groups[0] if named_groups else (rest[0] if rest else "")
    assoc = [a for a in rest if a != actor2 and not a.startswith(("Civilians", "Unidentified", "Pro-", "Iran-"))][:3]
    return actor1, actor2, assoc


def _title_generic(phrase: str) -> str:
    """"Iran-backed militias" -> "Iran-backed Militias" (an unnamed group, ACLED-style)."""
    words = phrase.split()
    return " ".join([words[0]] + [w.capitalize() for w in words[1:]])


def _agent(sentences: list[Sentence], ordered: list[str], gz: Gazetteer) -> str | None:
    """The actor that acts in the first event sentence: named before its trigger, or
    after "by"."""
    actors, alias_rx = load_actors()
    by_alias = {al: a for a in actors for al in a.aliases}
    for s in sentences:
        triggers = event_triggers(s.text)
        if not triggers:
            continue
        first_trigger = min(t[0] for t in triggers)
        m_by = re.search(r"\bby (?:the )?(?P<who>[\w'-]+(?: [\w'-]+){0,3})", s.text)
        if m_by:
            for m in alias_rx.finditer(m_by.group("who")):
                return by_alias[m.group()].name
        for pos, name, _ in _state_forces(s.text, gz):
            if pos <= first_trigger + 5:
                return name
        for m in alias_rx.finditer(s.text[: first_trigger + 1]):
            a = by_alias[m.group()]
            if a.role == "actor":
                return a.name
        for rx, template, _inter in GENERIC_ACTORS:
            m = rx.search(s.text[: first_trigger + 1])
            if m and not template.startswith("Civilians"):
                for name in ordered:
                    if name.split(" (")[0] == template.split(" (")[0].format(country="", match_title=_title_generic(m.group())).strip():
                        return name
        break
    return None
