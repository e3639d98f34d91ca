"""Incidents in ACLED's schema, read from one document.

The reading is rule-based and explainable: every field comes from a sentence we keep as
evidence. A document is split into sentences; sentences that describe violence, protest,
arrests or a strategic move ("event sentences") are grouped into incidents by their time
anchors (a sentence "In February, …" starts an earlier incident; a sentence with no
anchor of its own belongs to the main one); statistics ("more than 40 attacks this
year") and background ("in retaliation for an earlier attack", "protested against the
killing of …") are left out. For each incident we then choose

- the event type, from the first event sentence (a report leads with what happened):
  its strongest trigger in ACLED's taxonomy, refined by who was hit (soldiers: a battle;
  villagers: violence against civilians) and, for demonstrations, by what the crowd did
  (riot) or what was done to it (intervention, excessive force);
- the date (relative expressions resolved against the publication date);
- the actors (data/actors.json plus patterns such as "US air strikes", "Kenyan forces"
  or "gunmen"), actor1 acting, actor2 acted on;
- the fatalities (ACLED's rules: the most conservative report; "several", "many", an
  unknown number: 10; "dozens": 12; "hundreds": 100);
- the location: where it happened — not a dateline, not the seat of a spokesperson —
  with the countries the report's actors belong to as context; a region stands for its
  capital (ACLED's rule, geo_precision 3).
"""

from __future__ import annotations

import inspect
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from geo.gazetteer import Gazetteer, Place, haversine_km, load_gazetteer, normalize_name
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
_ABBREVIATIONS = ("Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Col.", "Lt.", "St.", "U.S.", "U.K.", "No.", "Sgt.", "Capt.",
                  "Maj.", "Gov.", "Sen.", "Rep.", "Brig.", "Cpl.", "Pvt.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.",
                  "Nov.", "Dec.", "Jun.", "Jul.", "approx.", "Prof.", "Rev.", "Hon.")


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


# -- numbers -----------------------------------------------------------------------------

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "a single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2,
    "a few": 3, "a handful of": 3, "a handful": 3,
    # ACLED's codes for vague figures: "tens" 10, "dozens" 12, "hundreds" 100; "several",
    # "many", "scores", "a number of" and unknown numbers of dead: 10.
    "tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1000, "several": 10, "many": 10, "scores": 10,
    "numerous": 10,
}
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_NUM = (r"(?:\d[\d,]*(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]" + _UNITS + r")?"
        r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
        r"|seventeen|eighteen|nineteen|a dozen|dozens|scores|hundreds|thousands|tens|several|a few|a handful)")


def _to_int(word: str) -> int | None:
    w = word.lower().replace(",", "").strip().strip("\"'\u201c\u201d")
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return int(float(w))
    if w in _NUMBER_WORDS:
        return _NUMBER_WORDS[w]
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in _NUMBER_WORDS and parts[1] in _NUMBER_WORDS:
        return _NUMBER_WORDS[parts[0]] + _NUMBER_WORDS[parts[1]]
    return None


# -- event types -------------------------------------------------------------------------

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

IED = "Remote explosive/landmine/IED"
TAKEOVER = "Non-state actor overtakes territory"
REGAINS = "Government regains territory"
LABOUR_STRIKE = "labour strike"  # a Protests trigger; the sub-event is chosen later

_MONTHS_RX = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"

# (pattern, event type, sub-event type, strength). The first event sentence's strongest
# trigger decides an incident's type; generic words ("attack", "killed") are weak so that
# a specific one ("air strike", "roadside bomb") wins when both are there. Patterns match
# every inflection news and ACLED notes use: "bomb", "bombs", "bombed"; "take control",
# "takes control", "took control".
EVENT_TRIGGERS = [
    # A bomb found, defused or a cache seized: nothing went off (ACLED: disrupted weapons use).
    (r"(?:defus(?:ed|ing|es)|dismantl(?:ed|ing)|deactivat(?:ed|ing)|disarm(?:ed|ing)|detonated safely|safely detonated"
     r"|found|discovered|recovered|uncovered|seized|intercepted)(?: \w+){0,3}? (?:bombs?|IEDs?|improvised explosive devices?|explosives?"
     r"|landmines?|mines|suicide vests?|weapons caches?|arms caches?|ammunition|weapons and ammunition|bomb-making)"
     r"|(?:bombs?|IEDs?|explosive devices?|explosives|landmines?|mines) (?:was |were )?(?:found|discovered|defused|dismantled"
     r"|deactivated|recovered|seized)|(?:arms|weapons) caches?|foiled (?:an? |the )?(?:\w+ )?(?:attack|plot|bombing)"
     r"|thwarted (?:an? |the )?(?:\w+ )?(?:attack|plot|bombing)",
     STRATEGIC, "Disrupted weapons use", 9),
    (r"suicide[- ](?:bomb(?:er|ers|ing|ings|s)?|attack(?:er|ers|s)?|car[- ]bombs?|vests?|blasts?|explosions?)"
     r"|blew (?:himself|herself|themselves) up|blowing (?:himself|herself|themselves) up"
     r"|detonat(?:ed|es|e|ing) (?:his|her|their|an?) (?:\w+ )?(?:vests?|belts?)",
     EXPLOSIONS, "Suicide bomb", 9),
    (r"air ?strikes?|airstrikes?|air ?raids?|drone (?:strikes?|attacks?)|(?:war|fighter|military) ?(?:planes?|jets?|aircraft)"
     r"|helicopter gunships?|gunships?|bombed from the air|aerial (?:bombardments?|attacks?|bombings?|strikes?)"
     r"|air forces? (?:\w+ ){0,3}?(?:bomb(?:ed|s)?|strik(?:e|es)|struck|attack(?:ed|s)?|launch(?:ed|es)?|carr(?:y|ied|ies) out"
     r"|conduct(?:ed|s)?|target(?:ed|s)?|pound(?:ed|s)?)|jets? (?:bomb(?:ed|s)?|strike|struck|pounded|targeted)"
     r"|(?-i:MiGs?|Sukhois?|Antonovs?)\b",
     EXPLOSIONS, "Air/drone strike", 8),
    # "US strikes on facilities", "strikes against militant positions"
    (r"(?-i:[A-Z][\w-]+(?:-led)?) (?:military |precision |retaliatory |overnight )?strikes? (?:on|against|targeting|hit|killed|near)"
     r"|strikes? (?:on|against|targeting) (?:\w+ ){0,3}?(?:positions?|targets?|bases?|facilities|facility|depots?|camps?"
     r"|hideouts?|strongholds?|sites?|convoys?)",
     EXPLOSIONS, "Air/drone strike", 6),
    (r"roadside bombs?|improvised explosive|land ?mines?|car[- ]bombs?|(?:bomb|device|mine)s? (?:exploded|went off|detonated)"
     r"|bombs? blasts?|bomb[- ]blasts?|explosive devices?|(?:bomb|explosion|blast)s? (?:killed|ripped|struck|hit|wounded|injured)"
     r"|mine (?:exploded|blast)|planted (?:an? )?(?:bombs?|explosives?|mines?)|(?:bomb|explosive)s? (?:was |were )?planted"
     r"|sticky bombs?|magnetic bombs?|booby[- ]trap\w*|blew up|blown up|blowing up|(?-i:IEDs?)",
     EXPLOSIONS, IED, 8),
    (r"(?<!stun )(?<!stun-)(?<!sound )grenades?", EXPLOSIONS, "Grenade", 6),
    (r"shelling|shelled|(?-i:shells)|artillery|mortars?|rockets? (?:attacks?|fire|fired|hit|struck|landed)|fired rockets"
     r"|missiles?|bombard(?:ment|ments|ed|ing)?|(?-i:Katyushas?)|projectiles?",
     EXPLOSIONS, "Shelling/artillery/missile attack", 7),
    # "SAF bomb Deribat", "jets bombed a convoy": a bombing with no other detail.
    (r"bomb(?:s|ed|ing|ings)?|explosions?|blasts?|explosives", EXPLOSIONS, IED, 5),
    (r"abduct(?:ed|ion|ions|s|ing)?|kidnapp?(?:ed|ing|ings|s|ers?)?|taken hostage|held hostage|hostage-taking"
     r"|(?:were|was|been|being) seized|seiz(?:ed|e|es|ing) (?:\w+ ){0,2}?(?:hostages?|passengers|civilians|villagers|people"
     r"|women|children|girls|boys|students|workers|traders)|forced disappearance|went missing",
     VAC, "Abduction/forced disappearance", 7),
    (r"rap(?:e|ed|es|ing)|gang-?rap\w*|sexual(?:ly)? (?:assault\w*|violence|abuse\w*|assaulted)", VAC, "Sexual violence", 7),
    (r"massacr(?:e|es|ed|ing)|execut(?:ed|es|e|ing)|behead(?:ed|ing|s)?|lynch(?:ed|ing|es)?|stabb(?:ed|ing)|stabs?"
     r"|hack(?:ed|ing) (?:\w+ )?to death|macheted|tortur(?:e|ed|es|ing)|assassinat(?:e|ed|es|ing|ion)"
     r"|burn(?:ed|t) (?:alive|to death)|set (?:\w+ )?alight|doused|whipp(?:ed|ing)|flogg(?:ed|ing)|mutilat\w+|beat(?:en)? to death",
     VAC, "Attack", 6),
    (r"recaptur(?:e|ed|es|ing)|re-captur(?:e|ed|es|ing)|retook|retak(?:e|es|en|ing)|regain(?:ed|s|ing)? control"
     r"|(?:took|take|takes|taken|taking) back|dislodg(?:e|ed|es|ing)|liberat(?:e|ed|es|ing)|dismantl(?:e|ed|es|ing) (?:\w+ ){0,3}?"
     r"(?:positions?|camps?|bases?|hideouts?|strongholds?)"
     r"|clear(?:ed|s|ing)? (?:[\w-]+ ){1,5}?of (?:the )?(?:militants|insurgents|rebels|jihadists|fighters|terrorists|[A-Z]\w+)"
     r"|clear(?:ed|s|ing)? (?:the )?(?:militants|insurgents|rebels|jihadists|fighters) out",
     BATTLES, REGAINS, 6),
    (r"overr?an|overrun|seiz(?:ed|e|es|ing) control|captur(?:ed|e|es|ing) (?:the |a |an )?(?:\w+ )?(?:town|village|city|base"
     r"|district|area|territory|locality|camp|positions?|headquarters)|(?:took|take|takes|taken|taking) (?:full |complete |total"
     r" |effective )?control|(?:took|take|takes|taken|taking) over (?:the |a )?(?:\w+ ){0,2}?(?:town|village|city|base|district"
     r"|area|camp|territory|positions?|barracks)|fell to|seiz(?:ed|e|es|ing) (?:the )?(?:\w+ )?(?:town|village|city|base|district"
     r"|area|territory|positions?)|captur(?:ed|e|es|ing) (?:more )?territory|made gains|gain(?:ed|s)? (?:control|ground|territory)",
     BATTLES, TAKEOVER, 6),
    (r"clash(?:es|ed|ing)?|fighting|fought|fights? (?:between|with|against|broke out)|gun ?battles?|gunfights?|fire ?fights?"
     r"|shoot-?outs?|exchange(?:d|s)? (?:of )?(?:gun)?fire|exchang(?:ed|ing) (?:gun)?fire|ambush(?:ed|es|ing)?"
     r"|battled|battles|battle (?:between|with|for|against)|skirmish(?:es)?|repel(?:led|s|ling)?|repuls(?:ed|e|es|ing)"
     r"|fended off|fought off|returned fire|return fire|counter-?attack(?:s|ed)?|offensives?|engaged in (?:combat|fighting)"
     r"|confrontations?|gunfire exchange|(?:military|security|counter-?insurgency|clearance|joint|mop-up) operations?"
     r"|carried out (?:an? )?operations?|scuffles?|fire exchange",
     BATTLES, "Armed clash", 5),
    (r"riot(?:s|ed|ing|ers?)?|torch(?:ed|es|ing)?|set (?:\w+ ){0,2}?(?:ablaze|on fire)|set fire to|setting (?:\w+ ){0,2}?on fire"
     r"|burn(?:ed|t|ing|s)? (?:down )?(?:\w+ ){0,2}?(?:tyres|tires|vehicles?|cars?|buses|trucks|buildings?|shops?|offices?"
     r"|stores?|property|blocks?|dustbins|police stations?|billboards|debris)|(?:burning|burnt|burned) (?:tyres|tires)"
     r"|(?:threw|throw|throwing|hurled|hurling|pelted|pelting) (?:\w+ ){0,2}?stones|stone-?throw\w*|stoned|stoning|pelted"
     r"|vandali[sz](?:ed|e|es|ing|m)|barricad(?:e|ed|es|ing)|destroy(?:ed|ing|s)? (?:\w+ ){0,2}?property|smash(?:ed|ing)"
     r"|looting spree|tore (?:up|down)|tearing (?:up|down)|ransack(?:ed|ing)|rampag(?:e|ed|ing)"
     r"|(?:were|was|been|being) (?:\w+ly )?(?:burnt|burned|torched|set alight|set on fire|stoned|vandali[sz]ed)",
     RIOTS, "Violent demonstration", 5),
    (r"mobs?|mob justice|jungle justice|instant justice", RIOTS, "Mob violence", 5),
    # A labour strike ("workers go on strike", "a 24-hour strike") is a demonstration.
    (r"(?:go(?:es|ing)?|went|gone|are|were|is|was|remain(?:ed|s)?|been|be|stay(?:ed)?) on (?:an? |the |their )?(?:[\w-]+ ){0,3}?strikes?"
     r"|(?:hunger|general|labou?r|workers'?|teachers'?|doctors'?|nurses'?|sit-down|sit-in|wildcat|indefinite|open-ended"
     r"|nationwide|national|warning|solidarity|one-day|two-day|three-day|\d+[- ]hours?|\d+[- ]days?|\w+-hour|\w+-day)[- ]strikes?"
     r"|strikes? action|(?:start(?:ed|s)?|began|begin|begun|launch(?:ed|es)?|announc(?:ed|es|e)|declar(?:ed|es|e)|call(?:ed|s)?"
     r"|stag(?:ed|es|e)|hold(?:s|ing)?|held|embark(?:ed)? on|join(?:ed|s)?|continu(?:ed|es|e)|end(?:ed|s)?|suspend(?:ed|s)?)"
     r" (?:an? |the |their |its )?(?:[\w-]+ ){0,3}?strikes?"
     r"|striking (?:workers|teachers|doctors|nurses|staff|employees|miners|drivers|lecturers|students|judges)"
     r"|strikes? (?:over|to demand|demanding|for (?:better|higher|unpaid|payment))"
     r"|(?:workers|teachers|doctors|nurses|staff|employees|miners|drivers|lecturers|judges|pharmacists|unions?|students)"
     r" (?:\w+ ){0,3}?(?:on )?strike\b",
     PROTESTS, LABOUR_STRIKE, 5),
    (r"protest(?:s|ed|ing|ers|ors)?|demonstrat\w*|rall(?:y|ies|ied|ying)|(?-i:[Mm]arch(?:ed|es|ing|ers)|march)\b"
     r"|sit-?ins?|(?:took|take|takes|taking) to the streets|chant(?:ed|ing)|picket(?:s|ed|ing|ers)?|boycott(?:s|ed|ing)?"
     r"|gather(?:ed|ing)? (?:\w+ ){0,3}?(?:outside|in front of|at the|to (?:protest|demand|denounce|call|demonstrate|condemn))"
     r"|blocked (?:the )?(?:\w+ ){0,2}?(?:roads?|routes?|highways?|streets?|traffic|vehicles|access|entrance|bridge)"
     r"|block(?:s|ing)? (?:the )?(?:\w+ )?(?:roads?|route|highway)|clos(?:ing|ed) (?:down )?(?:the )?(?:\w+ )?(?:roads?|entrance)"
     r"|paralys(?:ed|e|ing) activities",
     PROTESTS, "Peaceful protest", 4),
    (r"(?:to|and) demand(?:ing)?|denounc(?:e|ed|ing)", PROTESTS, "Peaceful protest", 2),
    (r"(?:gunmen|assailants|attackers|militants|fighters|jihadists|insurgents|bandits|militiamen|militias?|rebels|raiders)"
     r" (?:\w+ ){0,3}?(?:killed|kill|kills|attacked|attack|attacks|shot|shoot|stormed|storm|opened fire|open fire|raided|raid|invaded|invade)"
     r"|open(?:ed|s|ing)? fire|shot (?:dead|and killed|to death)|gunned down|storm(?:ed|s|ing)|attack(?:ed|s|ing)?"
     r"|kill(?:ed|s|ing)?|murder(?:ed|s|ing)?|shoot(?:s|ing)?|shot|fir(?:ed|ing|es) (?:at|on|upon|into|shots)|invad(?:ed|e|es|ing)"
     r"|raid(?:ed|s|ing)?|beat(?:en|ing|s)?|beat up|assault(?:ed|s|ing)?|sprayed with bullets|gunshots?|gunfire"
     r"|harass(?:ed|ing)|ambulance hit",
     VAC, "Attack", 4),
    (r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detention|rounded up|round-?ups?|taken (?:in )?(?:for questioning|into custody)"
     r"|in custody|apprehend(?:ed|s)?|jail(?:ed|s)?|imprison(?:ed)?|remanded",
     STRATEGIC, "Arrests", 3),
    (r"loot(?:s|ed|ing)?|burn(?:ed|t) (?:down )?(?:\w+ )?(?:houses|homes|huts|shops|villages?|crops)"
     r"|destroy(?:ed|ing)? (?:\w+ )?(?:houses|homes|huts|crops)|raz(?:ed|ing)|demolish(?:ed|ing)|robb(?:ed|ing|ery|eries)"
     r"|stole|stealing|rustl(?:ed|ing)|plunder(?:ed)?|confiscat(?:ed|ing)|destroy(?:ed|ing|s)?",
     STRATEGIC, "Looting/property destruction", 3),
    (r"(?:peace|ceasefire|cease-fire|truce|reconciliation) (?:agreement|deal|accord|pact)|ceasefires?|cease-fires?|truces?"
     r"|sign(?:ed|s)? (?:an? |the )?(?:\w+ ){0,2}?(?:agreement|deal|accord|pact)|peace deal",
     STRATEGIC, "Agreement", 3),
    (r"occup(?:ied|y|ies)|moved into|mov(?:ed|es) in|set up (?:a )?(?:base|camp|roadblocks?|checkpoints?)|established (?:a )?base"
     r"|hand(?:ed|s)? over|handover|withdr(?:ew|awn|aws) from|pulled out of",
     STRATEGIC, "Non-violent transfer of territory", 2),
    (r"(?:new|splinter|breakaway) (?:\w+ )?(?:group|movement|faction|coalition|alliance)(?: \w+){0,12}? (?:formed|created|launched|announced)"
     r"|(?:formed|formation of|created|launched|announced the (?:formation|creation) of) (?:an? )?(?:new )?(?:\w+ )?"
     r"(?:rebel |armed |militia |political )?(?:group|movement|faction|coalition|alliance|militia)|surrender(?:ed|s)?"
     r"|laid down (?:their )?(?:arms|weapons)|handed over (?:their )?(?:arms|weapons)|merg(?:ed|er) with",
     STRATEGIC, "Change to group/activity", 3),
    (r"defect(?:ed|s|ing|ion|ions)?|state of emergency|curfews?|(?<!were )(?<!was )deployed|displac(?:e|ed|ing)\b"
     r"|evict(?:ed|ion|ions)|dissolv(?:ed|es)",
     STRATEGIC, "Other", 1),
    (r"injur(?:ed|ing|ies|e)|wound(?:ed|ing|s)", VAC, "Attack", 2),
    (r"(?<!general )(?<!hunger )(?<!labour )(?<!labor )strikes?|struck|hit", EXPLOSIONS, "Air/drone strike", 1),
]
_TRIGGERS = [(re.compile(rf"\b(?:{p})\b", re.I), t, s, w) for p, t, s, w in EVENT_TRIGGERS]

# Background: what a sentence mentions but is not its event ("in response to an attack
# in Lamu", "an earlier bomb blast", "protested against the killing of …").
_BACKGROUND_CUE = re.compile(
    r"\b(?:an? earlier|the earlier|(?:an?|the) (?:recent )?(?:string|series|spate|wave) of|recent (?:\w+ )?\w+s\b|previous|prior|last (?:week|month|year)'s|in (?:response|retaliation|reprisal|revenge)"
    r" (?:to|for|against)|in revenge for|following (?:an? |the )?(?:earlier|previous|prior|recent)|in the (?:wake|aftermath) of|suspected of|accused of|blamed for|responsible"
    r" for|in connection with|involved in|behind (?:the|an?) (?:\w+ )?(?:attacks?|killings?|bombings?)|investigat(?:ing|ion into)"
    r"|a (?:carry ?over|continuation) of|since|(?:last|earlier this) (?:week|month)|(?:the )?(?:day|days|week|night|morning) after"
    r"|after (?:the|a|an|his|her|their) (?:\w+ )?(?:burning|killing|death|arrest|attack|murder|shooting|abduction|kidnapping|clash(?:es)?"
    r"|explosion|bombing|beating)|to discuss|regarding|concerning|(?:the )?alleged (?:killing|murder|attack|abduction)"
    r"|(?:released|freed|rescued|rescuing|freeing|releasing)\b"
    r"|(?:for|over|in relation to|in relation with|in relations with|linked to) (?:the |his |her |their )?(?:alleged(?:ly)? )?"
    r"(?:killing|murder|attack|attacking|kidnapping|abduction|shooting|bombing|death|rape)"
    r"|other (?:\w+ )?(?:clashes|attacks|incidents|fighting|operations|raids)|(?:the )?site of)\b", re.I)
_PROTEST_OBJECT = re.compile(
    r"\b(?:protest(?:s|ed|ing)?|demonstrat\w*|march(?:ed|ing)?|rall(?:y|ied|ies)|strike|sit-?in|picket(?:ed)?)"
    r"(?: \w+){0,6}? (?:against|over|at|to (?:denounce|condemn|protest|demand justice for)|calling for justice for)\b"
    r"|\bto (?:denounce|condemn|protest (?:against|over))\b|\bin protest (?:against|over|at)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:]\s|\s[\u2013\u2014-]\s|\.\s|$")


@lru_cache(maxsize=8192)
def background_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of a sentence that recall other events: after "following", "in
    retaliation for", "an earlier …" up to the end of the clause; after "protested
    against" up to the end of the sentence (what a crowd protests is not its event)."""
    spans = []
    for m in _BACKGROUND_CUE.finditer(sentence):
        end = _CLAUSE_END.search(sentence, m.end())
        stop = end.start() if end else len(sentence)
        if re.match(r"(?:suspected|accused|blamed|responsible)", m.group(), re.I):
            # "A man accused of stealing goats was beaten to death": up to the main verb.
            verb = re.compile(r"\s(?:was|were|is|are|has|had|have|got)\s").search(sentence, m.end(), stop)
            stop = verb.start() if verb else stop
        spans.append((m.start(), stop))
    for m in _PROTEST_OBJECT.finditer(sentence):
        spans.append((m.end(), len(sentence)))
    return tuple(spans)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


_LABOUR_STRIKE_RX = _TRIGGERS[[s for _, _, s, _ in EVENT_TRIGGERS].index(LABOUR_STRIKE)][0]
_SEIZED_THINGS = re.compile(r"\b(?:weapons|arms|guns|ammunition|drugs|goods|vehicles?|cattle|livestock|equipment|documents|"
                            r"contraband|cannabis|cocaine|property|assets|funds)\b(?:\s+\w+){0,2}\s*$", re.I)


_ARMED_SUBJECT = re.compile(r"\b(?:soldiers|troops|army|military|police(?:men)?|militants|fighters|rebels|gunmen|militia\w*|forces)"
                            r"[\w, ]{0,60}$", re.I)
_MILITARY_STRIKE = re.compile(r"\b(?:air|airstrikes?|drone|missile|military|aerial|artillery|precision|retaliatory|surgical"
                              r"|targeted|punitive|rocket|naval|overnight|US|Israeli|Russian|coalition|pre-emptive)\b", re.I)


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    event_type: str
    sub_event_type: str
    strength: int
    text: str


@lru_cache(maxsize=8192)
def _sentence_triggers(sentence: str, keep_background: bool = False) -> tuple[Trigger, ...]:
    """Triggers of one sentence, background ones left out when it has others ("Eight
    people are feared dead following a clash" is about that clash)."""
    if not keep_background:
        found = _sentence_triggers(sentence, keep_background=True)
        spans = background_spans(sentence)
        if spans:
            main = tuple(t for t in found if not _inside(t.start, spans))
            return main if main else found
        return found
    spans: tuple[tuple[int, int], ...] = ()
    labour = [(m.start(), m.end()) for m in _LABOUR_STRIKE_RX.finditer(sentence)]
    found = []
    for rx, etype, sub, strength in _TRIGGERS:
        for m in rx.finditer(sentence):
            if spans and _inside(m.start(), spans):
                continue
            word = m.group().lower()
            if sub == "Air/drone strike" and strength == 1 and any(a <= m.start() < b for a, b in labour):
                continue  # "workers went on strike"
            if sub == LABOUR_STRIKE and _MILITARY_STRIKE.search(m.group()):
                continue  # "launched air strikes"
            if sub == "Abduction/forced disappearance" and "seized" in word and _SEIZED_THINGS.search(sentence[: m.start()]):
                continue  # "weapons were seized"
            if etype == PROTESTS and re.match(r"march|rall", word) and _ARMED_SUBJECT.search(sentence[max(0, m.start() - 60) : m.start()]):
                continue  # "soldiers marched to …": troops on the move, not a demonstration
            if re.match(r"(?:were|was|been|being) ", word) and re.search(
                    r"\b(?:vehicles?|cars?|trucks?|buses|convoy|tanks?|pickups?)\b[^.,;]{0,25}$", sentence[: m.start()], re.I):
                continue  # "two vehicles were burned" in an ambush: not a riot
            if word.startswith(("injur", "wound")) and re.search(r"\b(?:accident|crash|collision|fell|stampede)", sentence, re.I):
                continue
            found.append(Trigger(m.start(), m.end(), etype, sub, strength, m.group()))
    return tuple(found)


def event_triggers(text: str) -> list[tuple[int, str, str, int]]:
    """(position, event type, sub-event type, strength) of each trigger in ``text``."""
    return [(t.start, t.event_type, t.sub_event_type, t.strength) for t in _sentence_triggers(text)]


# Refining the type: who did what to whom.
_PROTEST_WORD = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|(?-i:march(?:ed|es|ing|ers)?)|sit-?ins?|picket\w*"
                           r"|took to the streets|strike)\b", re.I)
_CROWD = re.compile(r"\b(?:protesters|protestors|demonstrators|marchers|crowds?|students|workers|supporters|activists|youths?"
                    r"|residents|traders|vendors|riders|drivers|people|members|teachers|farmers|opponents|rioters|mourners)\b", re.I)
PROTEST_VIOLENCE = re.compile(
    r"\b(?:riot\w*|torch(?:ed|ing)|set (?:\w+ ){0,2}?(?:ablaze|on fire)|set fire|burn(?:ed|t|ing) (?:\w+ ){0,2}?(?:tyres|tires|vehicles?"
    r"|cars?|buses|buildings?|shops?|offices?|property|police)|burning tyres|(?:threw|throwing|hurled|pelted) (?:\w+ ){0,2}?stones"
    r"|stoned|stone-throw\w*|pelted|loot(?:ed|ing)|vandali[sz]\w+|destroy(?:ed|ing) (?:\w+ ){0,2}?property|smash\w+"
    r"|ransack\w+|attacked (?:the )?police|clash(?:ed|es)|hacked|machetes?|clubs|stormed|invaded|scuffles?)\b", re.I)
INTERVENTION = re.compile(
    r"\b(?:tear ?gas|teargas|water cannons?|dispers(?:ed|e|ing)|rubber bullets|live (?:ammunition|rounds|bullets)|batons?"
    r"|beat(?:en)? (?:the )?(?:protesters|demonstrators)|fired (?:on|at) (?:the )?(?:protesters|demonstrators|crowds?)"
    r"|arrest(?:ed|s)?|detain(?:ed|s)?|interrupted|broke up|break up|stun grenades?|warning shots|bundl\w+|whipped"
    r"|attacked the (?:protesters|demonstrators))\b", re.I)
_EXCESSIVE = re.compile(
    r"\b(?:open(?:ed|s)? fire|fired (?:live|on|at|into)|shot(?: dead)?|shooting|kill(?:ed|ing|s)?|live (?:ammunition|rounds|bullets)"
    r"|bullet wounds)\b", re.I)
CIVILIAN_VICTIMS = re.compile(
    r"\b(?:civilians?|villagers?|residents?|worshippers?|farmers?|passengers?|students?|pupils|child(?:ren)?|wom[ae]n|boys?"
    r"|girls?|traders?|herders?|pastoralists?|fishermen|people|persons?|family|families|mourners|shoppers|wedding guests"
    r"|displaced|IDPs|refugees?|journalists?|photographers?|reporters?|workers?|officials?|chiefs?|elders?|leaders?|members?"
    r"|supporters|candidates?|politicians?|councillors?|mayors?|imams?|priests?|pastors?|clerics?|teachers?|doctors?|nurses?"
    r"|drivers?|motorcyclists?|musicians?|activists?|vendors?|widows?|sons?|daughters?|wives|wife|husbands?|villages?"
    r"|communit(?:y|ies)|homes?|houses?|markets?|mosques?|churche?s?|schools?|hospitals?|camps?|buses|vehicles?|tourists?"
    r"|cattle herders?|prisoners?|detainees?|inmates?|suspects?|albinos?|individuals?)\b", re.I)
ARMED_TARGETS = re.compile(
    r"\b(?:soldiers?|troops?|army|military|forces|police(?:m[ae]n)?|policewom[ae]n|officers?|gendarmes?|gendarmerie|conscripts?"
    r"|peacekeepers?|guards?|militants?|fighters?|insurgents?|jihadists?|rebels?|militiam[ae]n|militias?|gunmen|bandits"
    r"|commanders?|colonel|sergeant|lieutenant|captain|general|brigade|battalion|bases?|barracks|checkpoints?|convoys?|patrols?"
    r"|outposts?|positions?|vigilantes?|security (?:forces|personnel|officials?|officers?|agents?)|servicem[ae]n|recruits"
    r"|combatants|assailants|attackers|Islamists|terrorists|armed (?:men|groups?))\b", re.I)
_CLASH_CIVIL_PARTY = re.compile(r"\b(?:traders|vendors|riders|drivers|students|youths?|activists|supporters|protesters|demonstrators"
                                r"|rioters|workers|residents|cadres|members|fans|opponents|hawkers|miners|motorists)\b", re.I)
_ARMED_PARTY = re.compile(r"\b(?:soldiers?|troops|army|military|militants?|fighters?|insurgents?|rebels?|militia\w*|gunmen"
                          r"|jihadists?|bandits|herdsmen|herders|forces)\b", re.I)
_STATE_AGENT = re.compile(
    r"\b(?:army|troops|soldiers|military|government(?:[- ]backed| allied)? forces|pro-(?:government|unity|GNA)|security forces"
    r"|armed forces|national army|air force|police|gendarmes|forces loyal to the government|coalition|peacekeepers"
    r"|(?-i:[A-Z][a-z]+n|[A-Z][a-z]+ian|[A-Z][a-z]+i|[A-Z][a-z]+ese) (?:forces|troops|army|soldiers|military))\b", re.I)
_NON_VIOLENT = re.compile(r"\b(?:withdr(?:ew|awn|aw|awal|awing)|abandon(?:ed|ing)?|vacat(?:ed|ing)|pulled out|retreat(?:ed)?"
                          r"|without (?:a )?(?:fight|resistance|violence|a shot)|no (?:reported )?(?:violence|fighting|clashes|resistance)"
                          r"|peacefully)\b", re.I)
_VIOLENCE = re.compile(r"\b(?:kill\w*|dead|died|clash\w*|fight\w*|fought|attack\w*|shell\w*|shot|wounded|injured|ambush\w*)\b", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?$", re.I)


def classify_event(text: str) -> tuple[str, str] | None:
    """ACLED (event type, sub-event type) of an incident's text, or None if no trigger."""
    return _classify_sentences([s.text for s in split_sentences(text)])


def _classify_sentences(sentences: list[str]) -> tuple[str, str] | None:
    """The first event sentence's strongest trigger, refined; a later sentence may only
    name the weapon of a generic first one ("Gunmen attacked … A bomb went off …")."""
    per = [(s, ts) for s in sentences if (ts := _sentence_triggers(s))]
    if not per:
        return None
    main, triggers = per[0]
    best = max(triggers, key=lambda t: (t.strength, -t.start))
    if best.sub_event_type == "Disrupted weapons use" and count_fatalities([main]) > 0:
        # "thwarted an attack and killed a wanted fighter": people died, so not a disruption.
        rest = [t for t in triggers if t.sub_event_type != "Disrupted weapons use"]
        best = max(rest, key=lambda t: (t.strength, -t.start)) if rest else best
    joined = " ".join(s for s, _ in per)
    if best.strength <= 4 and best.event_type in (VAC, STRATEGIC, EXPLOSIONS) and not _PROTEST_WORD.search(main):
        for s, ts in per[1:3]:
            spans = background_spans(s)
            ts = [t for t in ts if not _inside(t.start, spans)]
            if not ts:
                continue
            later = max(ts, key=lambda t: (t.strength, -t.start))
            if later.event_type == EXPLOSIONS and later.strength >= 6:
                return later.event_type, later.sub_event_type
    return _refine(best, main, triggers, joined)


def _refine(best: Trigger, main: str, triggers: list[Trigger], joined: str) -> tuple[str, str]:
    etype, sub = best.event_type, best.sub_event_type
    protest_here = bool(_PROTEST_WORD.search(main)) and any(t.event_type == PROTESTS for t in triggers)
    if protest_here and etype not in (PROTESTS, RIOTS):
        # "UPND cadres attack musicians hired … to compose songs at rallies": a protest word
        # after the violence, about something else, does not make the violence a protest.
        first_protest = min(t.start for t in triggers if t.event_type == PROTESTS)
        protest_here = first_protest < best.start or bool(re.search(
            r"\b(?:protesters|protestors|demonstrators|marchers|strikers|picketers|crowds?)\b"
            r"|\b(?:people|residents|students|youths?|workers|traders|supporters) (?:who (?:were )?)?(?:demonstrating|protesting|marching)\b",
            main, re.I)) or bool(re.search(r"\b(?:who|that|which)\b", main[: best.start], re.I))
    # -- demonstrations: a riot, or a protest and what was done to it
    if etype in (PROTESTS, RIOTS) or (protest_here and best.strength <= 5 and etype != EXPLOSIONS):
        if sub == "Mob violence" and not protest_here:
            return RIOTS, "Mob violence"
        if etype == RIOTS or PROTEST_VIOLENCE.search(main) or (protest_here and PROTEST_VIOLENCE.search(joined)
                                                                  and not INTERVENTION.search(joined)):
            if protest_here or etype == RIOTS or _CLASH_CIVIL_PARTY.search(main):
                return RIOTS, "Violent demonstration"
        if protest_here or etype == PROTESTS:
            if _EXCESSIVE.search(joined) and (count_fatalities([joined]) > 0 or re.search(
                    r"\blive (?:ammunition|rounds|bullets)|bullet wounds|shot (?:and )?(?:dead|injured|wounded)", joined, re.I)):
                return PROTESTS, "Excessive force against protesters"
            if INTERVENTION.search(joined):
                return PROTESTS, "Protest with intervention"
            return PROTESTS, "Peaceful protest"
    # -- a clash between police and traders, students, supporters: a riot
    if (etype, sub) == (BATTLES, "Armed clash") and re.match(r"clash|confront|scuffle|fight|fought", best.text, re.I):
        parties = _CLASH_CIVIL_PARTY.findall(main)
        if parties and not _ARMED_PARTY.search(re.sub(r"\b(?:police\w*|security forces)\b", "", main, flags=re.I)):
            return RIOTS, "Violent demonstration"
    # -- territory: who took it, and whether anyone fought
    if (etype, sub) in ((BATTLES, TAKEOVER), (BATTLES, REGAINS)):
        if _NON_VIOLENT.search(joined) and not _VIOLENCE.search(re.sub(r"no (?:reported )?\w+", "", joined)):
            return STRATEGIC, "Non-violent transfer of territory"
        if sub == TAKEOVER and _STATE_AGENT.search(main[: best.start]):
            return BATTLES, REGAINS
        return etype, sub
    # -- an attack: on soldiers or fighters a battle, on civilians violence against them
    if (etype, sub) == (VAC, "Attack") and best.strength <= 4 and re.search(
            r"\b(?:on|from|of) (?:both|either) sides?\b|\bboth sides\b", joined, re.I) and re.search(r"\bclash|\bfight", joined, re.I):
        return BATTLES, "Armed clash"  # "21 people killed from both sides in the clashes"
    if (etype, sub) == (VAC, "Attack") and best.strength <= 4:
        if re.match(r"raid", best.text, re.I) and _STATE_AGENT.search(main[: best.start]) and not _VIOLENCE.search(main):
            return STRATEGIC, "Arrests" if re.search(r"\barrest|\bdetain|questioning", joined, re.I) else "Other"
        armed = _victims_armed(main, best)
        if armed is None:
            # Who else is there, the attackers named after "by" left out ("two men were shot
            # by a militia": civilians; "five men were killed as fighters pushed forward").
            rest = re.sub(r"\bby (?:an? |the )?(?:[\w'-]+ ){0,4}", " ", main)
            armed = bool(ARMED_TARGETS.search(rest)) and not CIVILIAN_VICTIMS.search(rest)
        return (BATTLES, "Armed clash") if armed else (VAC, "Attack")
    if etype == STRATEGIC and sub == "Arrests" and protest_here:
        return PROTESTS, "Protest with intervention"
    if (etype, sub) == (STRATEGIC, "Looting/property destruction") and re.search(
            r"\b(?:youths?|residents|protesters|demonstrators|students|mobs?|crowds?|supporters|rioters|villagers|traders)\b",
            main[: best.start], re.I):
        return RIOTS, "Violent demonstration"  # "a group of youths destroyed a checkpoint"
    return etype, sub


def _victims_armed(sentence: str, trigger: Trigger) -> bool | None:
    """Whether those attacked were armed (soldiers, police, fighters), civilians, or unknown:
    the object after an active verb ("attacked government soldiers"), the subject before a
    passive one ("a peacekeeper was killed"), the words after "on" ("opened fire on people")."""
    after = sentence[trigger.end : trigger.end + 70]
    after = re.split(r"[,;.]|\b(?:and (?:wounded|injured|killed|captured|stole)|while|when|after|before|during|as)\b", after)[0]
    before = sentence[max(0, trigger.start - 90) : trigger.start]
    passive = bool(_PASSIVE_BEFORE.search(before)) or re.match(r"\s+by\b", sentence[trigger.end :]) is not None
    if passive:
        clause = re.split(r"[,;.]|\b(?:when|after|and|while)\b", before)[-1]
        window = clause
    else:
        window = after
    armed = ARMED_TARGETS.search(window)
    civil = CIVILIAN_VICTIMS.search(window)
    if armed and civil:
        if re.search(r"\bgovernment official|\bcivil servant|\bofficial of", window, re.I) and not re.search(
                r"\bsecurity official", window, re.I):
            return False
        return armed.start() <= civil.start()
    if armed:
        return True
    if civil:
        return False
    if not passive and re.match(r"\s+(?:on\s+)?(?:the\s+)?(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)(?:\s+(?:village|town|camp|area))?\b(?!\s+(?:forces|troops|army|militia\w*|fighters|rebels|police))",
                                after) and not _named_actor_inters(after[:40]):
        return False  # "Abala militia attack Tur": a village attacked
    named = _named_actor_inters(window)
    if named:
        return any(i in (1, 2, 3, 8) for i in named)
    return None


def _named_actor_inters(text: str) -> list[int]:
    actors, alias_rx = load_actors()
    by_alias = _alias_index()
    return [by_alias[m.group()].inter for m in alias_rx.finditer(text) if by_alias[m.group()].role == "actor"]


# -- fatalities --------------------------------------------------------------------------

_QUAL = (r"(?:(?:at least|more than|over|some|nearly|almost|about|around|roughly|approximately|up to|as many as"
         r"|an estimated|a total of|another|a further|only|a reported|at most|fewer than|less than)\s+)?")
_DEATH = (r"killed|dead|died|slain|shot dead|stabbed to death|beaten to death|burnt to death|burned to death|hacked to death"
          r"|lost (?:their|his|her) lives?|perished|massacred|executed|beheaded|lynched|murdered|assassinated|succumbed"
          r"|confirmed dead|found dead")
_ACTIVE = (r"kil{1,3}(?:s|ed|ing)?|shot dead|shoot(?:s|ing)? dead|massacr(?:ed|ing|es)|execut(?:ed|ing|es)|behead(?:ed|ing|s)"
           r"|murder(?:ed|ing|s)?|slaughter(?:ed|ing|s)?|claim(?:ed|ing)? the lives of|stabbed to death|hacked to death"
           r"|beat to death|burnt to death|burned to death|assassinat(?:e|ed|ing|es)|lynch(?:ed|ing|es)"
           r"|gun(?:s|ned)? down|shoot(?:s|ing)?(?= (?:[\w'-]+ ){1,4}dead\b)|shot(?= (?:[\w'-]+ ){1,4}dead\b)")
_KILL_RX = re.compile(rf"\b(?:{_ACTIVE}|{_DEATH}|left|leaving)\b", re.I)
_SINGULAR = (r"man|woman|boy|girl|child|baby|infant|person|civilian|soldier|officer|policeman|policewoman|gendarme|conscript"
             r"|peacekeeper|guard|farmer|herder|herdsman|pastoralist|trader|student|pupil|teacher|journalist|photographer"
             r"|reporter|official|chief|leader|member|imam|priest|pastor|cleric|worker|driver|motorcyclist|fisherman|hunter"
             r"|miner|militant|fighter|insurgent|rebel|jihadist|militiaman|commander|colonel|general|sergeant|major|captain"
             r"|lieutenant|corporal|private|sniper|suspect|resident|villager|passenger|mayor|councillor|candidate|activist"
             r"|protester|demonstrator|vigilante|elder|widow|nurse|doctor|cadre|supporter|businessman|shopkeeper|customer"
             r"|prisoner|detainee|inmate|refugee|youth|teenager|bystander|pedestrian|employee|contractor|engineer|tourist"
             r"|national|citizen|politician|lawmaker|deputy|judge|lawyer|son|daughter|brother|sister|wife|husband|father"
             r"|mother|herdsboy|cattle herder|rider|agent|operative|volunteer|ranger|warden|staffer|landowner|informant"
             r"|assailant|attacker|gunman|bomber|Konkomba|Fulani")
_AUX = (r"(?:(?:were|was|have been|has been|had been|are|is|being|been|got|reportedly|also|allegedly|confirmed|reported"
        r"|believed|feared|said to have been|later|subsequently|eventually|all|either|both|then|immediately|instantly"
        r"|and|or|wounded|injured|kidnapped|abducted|tortured|raped|shot|beaten|stabbed|captured)\s+)*")
_UNIT_AFTER = re.compile(rf"\s*(?:-?years?|-?months?|weeks?|days?|hours?|minutes?|km|kms|kilometres?|kilometers?|miles?|metres?"
                         rf"|meters?|percent|per cent|%|am|pm|a\.m\.|p\.m\.|GMT|{_MONTHS_RX}|/\d|st\b|nd\b|rd\b|th\b"
                         rf"|-(?:strong|year|month|day|hour)|times|vehicles|cars|houses|homes|villages|rounds|shells|attacks"
                         rf"|tons|head of cattle|cattle|goats|cows)\b", re.I)
_NP_BOUNDARY = re.compile(
    r"[.;:()\[\]\"\u201c\u201d]|,(?!\s+(?:and\s+)?" + _QUAL + r"(?:" + _NUM + r"|an?|one|another)\b)"
    r"|\s(?:while|when|after|before|during|in|on|at|near|as|following|with|including|from|by|for|inside|outside|because|who|which"
    r"|that|since|across|over|under|along|between|within|among|amid|around|into|to|but|later|and (?!(?:" + _QUAL + r")?(?:"
    + _NUM + r"|an?|one|another|\d)\b))\b(?!\s+(?:least|most)\b)(?!\s+" + _NUM + r"\b)", re.I)
_NO_FATALITIES = re.compile(r"\bno (?:one|casualties|deaths|fatalities|injuries|dead)\b|\bnobody was (?:killed|hurt|injured)\b"
                            r"|\bwithout casualties\b|\bno (?:reported )?(?:casualties|deaths)\b", re.I)
_VAGUE_DEAD = re.compile(
    r"\b(?P<q>several|many|scores|dozens|hundreds|tens|thousands|numerous|a number|an unknown number|unknown numbers?"
    r"|an undisclosed number|an unspecified number|unconfirmed numbers?)(?: of)?\s+(?:[\w'()-]+\s+){0,8}?" + _AUX
    + r"(?:" + _DEATH + r")\b", re.I)
_CASUALTIES = r"(?:casualties|causalities|causalties|casualities|casulties)"
_UNKNOWN_COUNT = re.compile(rf"\b{_CASUALTIES} of (?:an )?unknown number\b|\bunknown number of (?:{_CASUALTIES}|dead|deaths)\b"
                            rf"|\b(?:{_CASUALTIES}|deaths|fatalities) (?:were )?reported,? (?:but )?(?:the )?numbers? (?:are |were |is )?"
                            r"(?:not (?:yet )?(?:known|confirmed|given|released|clear)|unknown|unclear)", re.I)
_EITHER = re.compile(rf"\beither\s+{_QUAL}(?P<a>{_NUM}|an?|one|a single)\b[^.;]*?\bor\s+{_QUAL}(?P<b>{_NUM}|an?|one|a single)\b", re.I)
_RANGE = re.compile(r"\b(?:between\s+)?(?P<a>\d+)\s*(?:-|\u2013|to|and|or)\s*\d+\b(?=\s+[A-Za-z])", re.I)
_SUBSET = re.compile(r"\b(?:including|among them|among whom|of whom|of them|of which|mostly|mainly)\s+$", re.I)
_OBJECT_WORDS = re.compile(rf"\s+[\"'\u201c\u2018]?(?:{_QUAL})?(?:(?:{_NUM}|an?|one|another|the|his|her|their|its|several|many"
                           rf"|all|some|(?-i:[a-z]+s)|{_SINGULAR}|(?-i:former|senior|local|prominent|top|retired|young|elderly))\b"
                           rf"|(?-i:[A-Z]))", re.I)


@dataclass(frozen=True)
class _Claim:
    n: int
    noun: str
    pos: int
    vague: bool = False


def _normalise_ranges(sentence: str) -> str:
    """"between 6-8 assailants", "1 and 4 soldiers": the lowest figure (ACLED's
    conservative rule); the text keeps its length so positions stay valid."""
    def low(m: re.Match) -> str:
        if re.search(_MONTHS_RX, sentence[m.end() : m.end() + 12]):
            return m.group()  # "17 and 18 June": a date
        return (m.group("a")).ljust(len(m.group()))
    return _RANGE.sub(low, sentence)


def _conjuncts(chunk: str) -> list[tuple[int, str]]:
    """Split a noun-phrase list ("two soldiers, three civilians and a child") into its
    parts, with their offsets in ``chunk``."""
    out, pos = [], 0
    for m in re.finditer(r",\s*(?:and\s+)?|\s+and\s+", chunk):
        out.append((pos, chunk[pos : m.start()]))
        pos = m.end()
    out.append((pos, chunk[pos:]))
    return out


def _np_claim(part: str, offset: int, sentence: str) -> _Claim | None:
    """A figure from one noun phrase: "at least 15 militants", "a police officer",
    "several", "militants" (an unknown number: 10), "themselves"."""
    p = part.strip().strip("\"'\u201c\u201d\u2018\u2019")
    if not p:
        return None
    m = re.match(rf"(?:(?:the|these|those|all|all the)\s+)?{_QUAL}(?P<n>{_NUM})\b(?P<tail>.*)$", p, re.I | re.S)
    if m:
        tail = m.group("tail")
        if _UNIT_AFTER.match(tail) or re.match(r"\s*(?:more\s+)?(?:\w+\s+)?(?:(?:were|was|are|is|had been|have been)\s+)?"
                                               r"(?:\w+ly\s+)?(?:wounded|injured|hurt)\b", tail, re.I):
            return None
        n = _to_int(m.group("n"))
        if n is None:
            return None
        noun = (re.search(r"[A-Za-z]+", tail) or [""])[0].lower() if tail.strip() else ""
        vague = m.group("n").lower() in ("several", "dozens", "hundreds", "tens", "scores", "thousands")
        return _Claim(n, noun, offset, vague)
    m = re.match(rf"(?:an?|one|another|the|a single)\s+(?:[\w'-]+\s+){{0,4}}?(?P<noun>{_SINGULAR})\b", p, re.I)
    if m:
        return _Claim(1, m.group("noun").lower(), offset)
    m = re.match(rf"(?:[A-Z][\w-]*\s+){{1,2}}(?P<noun>{_SINGULAR})\b", p)
    if m:
        return _Claim(1, m.group("noun").lower(), offset)  # "PF member", "NISS officer"
    m = re.fullmatch(rf"(?:(?-i:[a-z][\w'-]*)\s+){{0,3}}(?P<noun>{_SINGULAR})(?:\s+dead)?", p, re.I)
    if m:
        return _Claim(1, m.group("noun").lower(), offset)  # "Farmer killed in Selea.", "killed former rebel leader"
    if re.fullmatch(r"(?:he|she)", p, re.I):
        return _Claim(1, "person", offset)  # "Unknown group injure a boy. He died the next day."
    if re.match(r"(?:only\s+)?(?:themselves)\b", p, re.I):
        bombers = re.search(rf"\b(?P<n>{_NUM})\s+(?:[\w-]+\s+){{0,3}}?(?:suicide\s+)?(?:bombers|attackers|assailants)\b",
                            sentence, re.I)
        return _Claim(_to_int(bombers.group("n")) or 2 if bombers else 2, "attackers", offset)
    if re.match(r"(?:only\s+)?(?:himself|herself)\b", p, re.I):
        return _Claim(1, "attacker", offset)
    m = re.match(r"(?:an? )?(?:unknown|unspecified|undisclosed|unconfirmed) numbers?\b|(?:all|many|some|scores of|a number of"
                 r"|numerous|dozens of|hundreds of|tens of|several)\b", p, re.I)
    if m:
        q = m.group().lower()
        n = 12 if q.startswith("dozens") else 100 if q.startswith("hundreds") else 10
        return _Claim(n, "", offset, True)
    m = re.fullmatch(rf"(?:an?|one|a single)\s+(?:[\w'-]+\s+){{0,3}}?(?P<noun>(?:{_SINGULAR})s?|[a-z]+m[ae]n)", p, re.I)
    if m:
        return _Claim(1, m.group("noun").lower(), offset)  # "a soldier and a militiamen killed"
    m = re.match(r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+(?:s|men|people|children|police|personnel))\b", p)
    if m and m.group("noun") not in ("his", "its", "this", "was", "has", "is", "as", "us", "thus", "plus", "yes"):
        noun = m.group("noun")
        if ARMED_TARGETS.fullmatch(noun) or CIVILIAN_VICTIMS.fullmatch(noun) or noun.endswith(("ists", "ians", "ers")):
            return _Claim(10, noun, offset, True)  # "killed militants and civilians": an unknown number
    return None


def fatality_statements(sentence: str) -> list[tuple[int, str]]:
    """(number, victim noun) for each report of deaths in a sentence."""
    return [(c.n, c.noun) for c in _fatality_claims(sentence)]


_SHORT_ASIDE = re.compile(r"\([^()\d]{1,40}\)")


def _fatality_claims(sentence: str) -> list[_Claim]:
    # "36 soldiers from the Bunyan Marsous (Solid Structure) operations room were killed":
    # a short aside with no figure is blanked (same length: positions stay valid).
    text = _SHORT_ASIDE.sub(lambda a: " " * len(a.group()), _normalise_ranges(sentence))
    spans = background_spans(sentence)
    claims: list[_Claim] = []
    used: set[int] = set()

    def add(found: list[_Claim]) -> None:
        for c in found:
            if c.pos not in used and not _inside(c.pos, spans) and not _SUBSET.search(text[max(0, c.pos - 20) : c.pos]) \
                    and not re.search(r"\bno\s+$", text[max(0, c.pos - 4) : c.pos], re.I):  # "no one was killed"
                used.add(c.pos)
                claims.append(c)

    objects: list[tuple[int, int]] = []  # victims' phrases read after an active verb
    for m in _KILL_RX.finditer(text):
        word = m.group().lower()
        if _inside(m.start(), spans) or _inside(m.start(), objects):
            continue  # the "dead" of "shoot the driver dead" is read with "shoot"
        after = text[m.end() :]
        if word in ("left", "leaving"):
            # "leaving seven Boko Haram dead" (read at "dead"); "left 20 injured" is not a death.
            continue
        # (in context: "shoot the driver dead" is active only with its "dead")
        active = re.match(_ACTIVE, text[m.start() :], re.I) is not None and word not in ("dead", "died")
        if active and _OBJECT_WORDS.match(after) and not re.match(r"\s+(?:in|on|at(?! least| most)|during|by|near|when|after|and|as|while)\b",
                                                                 after, re.I):
            # "killed two gendarmes and wounded a soldier": the object is the victims; what
            # comes before the verb is who killed ("Two armed men … killed").
            quote = re.match(r"\s*[\"'\u201c\u2018]", after)
            skip = quote.end() if quote else 0
            stop = _NP_BOUNDARY.search(after, skip)
            chunk = after[skip : stop.start()] if stop else after[skip:]
            objects.append((m.end(), m.end() + skip + len(chunk)))
            add([c for off, part in _conjuncts(chunk)
                 if (c := _np_claim(part, m.end() + skip + off + (len(part) - len(part.lstrip())), text)) is not None])
            continue
        if word.endswith("ing") or word in ("kill", "kills"):
            continue  # "the killing", "to kill": no one was killed in these words
        # Passive or stative: "15 people were killed", "two soldiers and a child died".
        before = text[: m.start()]
        before = re.sub(r"\s+$", "", before)
        aux = re.search(_AUX + r"$", before + " ", re.I)
        head = before[: aux.start()] if aux and aux.group().strip() else before
        head = re.sub(r",\s*$", "", head)  # "An IS leader, Abdelhadi Zargoon, was killed"
        cut = max((b.end() for b in re.finditer(r"[.;:(\[\"\u201c]|,\s(?!(?:and\s+)?" + _QUAL + r"(?:" + _NUM + r"|an?|one|another)\b)"
                                                 r"|\b(?:when|after|while|as|that|which|who|where|because|but|including)\b", head, re.I)),
                  default=0)
        chunk = head[cut:]
        parts = _conjuncts(chunk)
        # The subject is the noun phrase (or list of them) that ends at the verb: "At least
        # 4 police and 39 civilians killed", "… resulted in 16 killed", "Four reported Boko
        # Haram dead"; a figure further back belongs to something else.
        found = []
        for k in range(len(parts) - 1, -1, -1):
            off, part = parts[k]
            at = cut + off + len(part) - len(part.lstrip())
            p = part.strip()
            c = None
            if k < len(parts) - 1:
                # Earlier members of a list must be counted phrases too ("4 police and 39 civilians").
                if re.match(rf"(?:(?:the|these|those|all)\s+)?{_QUAL}(?:{_NUM}|an?|one|another)\b", p, re.I):
                    c = _np_claim(p, at, text)
                if c is None:
                    # "… resulted in a soldier and a militiaman killed": the list's first
                    # member is the end of a longer clause
                    tail = re.search(rf"\b(?:result(?:s|ed|ing)? in|leaving|left)\s+(?P<np>(?:{_QUAL})?(?:{_NUM}|an?|one)\s+"
                                     rf"(?:[\w'-]+\s+){{0,3}}?[\w'-]+)\s*$", p, re.I)
                    if tail:
                        c = _np_claim(tail.group("np"), at + tail.start("np"), text)
                if c is None:
                    break
                found.append(c)
                continue
            hm = re.match(rf"(?:(?:an?|one|another|the|a single)\s+|(?-i:[A-Z][\w-]*)\s+)(?:[\w'-]+\s+){{0,4}}?"
                          rf"(?P<noun>{_SINGULAR})\b(?!['\u2019]s)", p, re.I)
            if hm and not re.search(r"[,;]", p) and not re.match(rf"(?:(?:the|these|those|all)\s+)?{_QUAL}(?:{_NUM})\b", p, re.I):
                c = _Claim(1, hm.group("noun").lower(), at)  # "A man accused of stealing 11 goats was …"
            elif re.match(rf"(?:(?:the|these|those|all)\s+)?{_QUAL}(?:{_NUM})\b", p, re.I):
                c = _np_claim(p, at, text)
            else:
                inner = re.search(rf"(?:(?:the|these|those|all)\s+)?{_QUAL}(?:{_NUM})\b(?:\s+[\w'()-]+){{0,5}}?\s*$", p, re.I)
                if inner and re.fullmatch(r"[\w'() -]*", p[inner.start():]):
                    c = _np_claim(p[inner.start() :], at + inner.start(), text)
                elif len(p.split()) <= 4:
                    c = _np_claim(p, at, text)
            if c is None:
                break
            found.append(c)
        singular = aux is not None and re.search(r"\b(?:was|has been)\b", aux.group(), re.I)
        name = re.fullmatch(r"\s*(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+)){0,3}\s*", chunk)
        if not found and singular and name and not re.match(r"\s*(?:No|None|Nobody|Noone)\b", chunk):
            found.append(_Claim(1, "person", cut))  # "Abdelhadi Zargoon was killed"
        if not found:
            # "A man who allegedly tried to rob a pupil … was killed", "A Limpopo man suspected
            # to be part of a gang … was burnt to death": the subject before its modifiers.
            outer = max((b.end() for b in re.finditer(r"[.;:(\[\"\u201c]|,\s|\b(?:when|after|while|as|because|but)\b",
                                                       head[: cut or len(head)])), default=0)
            subject = re.match(rf"\s*(?:an?|one|another|the|a single)\s+(?:[\w'-]+\s+){{0,3}}?(?P<noun>{_SINGULAR})\s+"
                               rf"(?:who|that|suspected|accused|believed|said|alleged|identified|from|of|in|with)\b", head[outer:], re.I)
            if subject and len(head[outer:].split()) <= 20:
                found.append(_Claim(1, subject.group("noun").lower(), outer))
        add(found)
    if not claims:
        for m in re.finditer(rf"\b{_QUAL}(?P<n>{_NUM})\s+(?:[\w-]+\s+)?(?:fatalities|deaths)\b", text, re.I):
            n = _to_int(m.group("n"))
            if n is not None:
                add([_Claim(n, "fatalities", m.start())])  # "at least 3 fatalities were reported"
    for m in _VAGUE_DEAD.finditer(text):
        q = m.group("q").lower()
        add([_Claim(12 if q == "dozens" else 100 if q == "hundreds" else 1000 if q == "thousands" else 10, "", m.start(), True)])
    for m in _UNKNOWN_COUNT.finditer(text):
        add([_Claim(10, "", m.start(), True)])
    # "either 6 soldiers or a single major were killed": the lower of the alternatives.
    for e in _EITHER.finditer(text):
        inside = [c for c in claims if e.start() <= c.pos <= e.end()]
        if inside:
            low = min(_to_int(e.group("a")) or 1, _to_int(e.group("b")) or 1)
            for c in inside:
                claims.remove(c)
            claims.append(_Claim(low, inside[0].noun, inside[0].pos))
    claims.sort(key=lambda c: c.pos)
    return claims


def count_fatalities(sentences: list[str]) -> int:
    """ACLED's conservative count over an incident's sentences.

    The first report of deaths sets the figure (victims of one sentence added up: "killed
    two soldiers and three civilians"); a later, lower figure for the same victims
    replaces it (the lowest credible report); figures for other victims in later
    sentences are other sources' partial claims and are not added. A vague figure
    ("several", "an unknown number") is coded 10, as ACLED does, and gives way to any
    exact figure in the incident.
    """
    figure: dict[str, int] | None = None
    vague_only = None
    for s in sentences:
        claims = _fatality_claims(s)
        if not claims:
            continue
        exact = [c for c in claims if not c.vague]
        if not exact:
            if vague_only is None:
                vague_only = max(c.n for c in claims)
            continue
        if figure is None:
            figure = {}
            for c in exact:
                figure[c.noun] = figure.get(c.noun, 0) + c.n
            continue
        for c in exact:
            if c.noun in figure and c.n < figure[c.noun]:
                figure[c.noun] = c.n
    if figure:
        return sum(figure.values())
    return vague_only or 0


# -- dates -------------------------------------------------------------------------------

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_MONTH_RX = "|".join(m.capitalize() for m in MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_EXPLICIT_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of )?(?:{_MONTH_RX})\.?(?:,? \d{{4}})?|(?:{_MONTH_RX})\.? ?\d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})\b"
)
_NUMERIC_DATE = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{2,4}))?(?![\d/])")
_DAY_RANGE = re.compile(rf"\b(?P<first>\d{{1,2}})(?:st|nd|rd|th)?(?P<rest>\s*(?:-|\u2013|to|and|&)\s*\d{{1,2}}(?:st|nd|rd|th)?)(?= (?:of )?(?:{_MONTH_RX})\b)"
                        rf"|\b(?P<month>{_MONTH_RX})\.? ?(?P<first2>\d{{1,2}})(?P<rest2>\s*(?:-|\u2013)\s*\d{{1,2}})\b")
_WEEKDAY = re.compile(r"\b(?P<last>last |this past |on |late |early |overnight (?:into |to )?|)(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_MONTH_ONLY = re.compile(rf"\b(?i:in|since|during|early|late|mid|mid-|in early|in late|in mid-|last|on|by|until) ?(?P<month>{'|'.join(m.capitalize() for m in MONTHS)})\b(?!\s+\d)(?!\.\d)(?P<year>,? \d{{4}})?")
_RELATIVE = re.compile(r"\b(?P<expr>yesterday|today|tonight|this morning|this afternoon|this evening|last night|earlier today|"
                       r"the previous day|the day before|last week|last month|last weekend|this weekend|over the weekend|"
                       r"(?P<n>\w+) (?P<unit>days?|weeks?) ago)\b", re.I)


@dataclass(frozen=True)
class EventDate:
    day: date
    precision: int  # ACLED time_precision: 1 day, 2 week, 3 month
    start: int  # offset of the expression in its sentence (for choosing the nearest)


def _first_days(sentence: str) -> str:
    """"24-26 June" -> "24 June", "June.27-28" -> "June 27": a span of days is dated to its
    first day (length kept, so offsets stay valid)."""
    def repl(m: re.Match) -> str:
        if m.group("first"):
            return m.group("first").ljust(len(m.group()))
        out = f"{m.group('month')} {m.group('first2')}"
        return out.ljust(len(m.group()))
    text = _DAY_RANGE.sub(repl, sentence)
    # "June.27" -> "June 27"
    return re.sub(rf"\b({_MONTH_RX})\.(\d)", r"\1 \2", text)


def find_dates(sentence: str, published: date | None) -> list[EventDate]:
    """Every date expression in a sentence, resolved against the publication date.

    Explicit dates are parsed with dateparser (numeric ones, "20/06", day first, as in
    most of the world's press); weekdays, "last week", "in February" and the like are
    resolved here because each needs the rule news writing follows (a weekday means the
    most recent such day on or before publication) rather than a general parser's guess.
    A span of days ("24-26 June") is dated to its first day.
    """
    out = []
    text = _first_days(sentence)
    for m in _EXPLICIT_DATE.finditer(text):
        d = _parse_explicit(re.sub(r"\s+", " ", m.group()), published)
        if d is not None:
            out.append(EventDate(d, 1, m.start()))
    for m in _NUMERIC_DATE.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (a, b) if b <= 12 else (b, a)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        if m.group("y"):
            year = int(m.group("y")) + (2000 if len(m.group("y")) == 2 else 0)
        elif published is not None:
            year = published.year if (month, day) <= (published.month, published.day + 7) else published.year - 1
        else:
            continue
        try:
            out.append(EventDate(date(year, month, day), 1, m.start()))
        except ValueError:
            continue
    if published is None:
        return sorted(out, key=lambda d: d.start)
    for m in _WEEKDAY.finditer(text):
        target = WEEKDAYS.index(m.group("day").lower())
        back = (published.weekday() - target) % 7
        if m.group("last").strip() in ("last", "this past") and back == 0:
            back = 7
        out.append(EventDate(published - timedelta(days=back), 1, m.start()))
    for m in _RELATIVE.finditer(text):
        expr = m.group("expr").lower()
        if expr in ("yesterday", "last night", "the previous day", "the day before"):
            out.append(EventDate(published - timedelta(days=1), 1, m.start()))
        elif expr in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today"):
            out.append(EventDate(published, 1, m.start()))
        elif expr == "last week":
            out.append(EventDate(published - timedelta(days=7), 2, m.start()))
        elif expr in ("last weekend", "this weekend", "over the weekend"):
            back = (published.weekday() - 5) % 7 + (7 if expr == "last weekend" and published.weekday() >= 5 else 0)
            out.append(EventDate(published - timedelta(days=back), 2, m.start()))
        elif expr == "last month":
            first = published.replace(day=1) - timedelta(days=1)
            out.append(EventDate(first.replace(day=1), 3, m.start()))
        else:
            n = _to_int(m.group("n") or "")
            if n is not None and n < 400:
                days = n * (7 if m.group("unit").startswith("week") else 1)
                out.append(EventDate(published - timedelta(days=days), 1 if days < 7 else 2, m.start()))
    for m in _MONTH_ONLY.finditer(text):
        month = MONTHS.index(m.group("month").lower()) + 1
        if m.group("month") == "May" and not m.group(0).lower().startswith(("in", "since", "during", "early", "late", "mid")):
            continue  # "may" the verb
        year = int(m.group("year").strip(", ")) if m.group("year") else (
            published.year if month <= published.month else published.year - 1)
        # Dated to the month: ACLED time_precision 3; we code the first of the month.
        out.append(EventDate(date(year, month, 1), 3, m.start()))
    return sorted(out, key=lambda d: d.start)


_PLAIN_DATE = re.compile(rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_RX})\.?|(?P<m2>{_MONTH_RX})\.?\s?"
                         rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?:,?\s+(?P<y>\d{{4}}))?|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})")


def _plain_date(expr: str, published: date | None) -> date | None | bool:
    """"27 June", "June 27, 2016", "2016-06-27" without dateparser; False when the form
    is not one of these."""
    m = _PLAIN_DATE.fullmatch(expr.strip())
    if not m:
        return False
    try:
        if m.group("iso"):
            return date.fromisoformat(m.group("iso"))
        month_word = (m.group("m1") or m.group("m2")).lower()
        month = next(i for i, name in enumerate(MONTHS, 1) if name.startswith(month_word[:3]))
        day = int(m.group("d1") or m.group("d2"))
        year = int(m.group("y")) if m.group("y") else (published.year if published else None)
        if year is None:
            return None
        parsed = date(year, month, day)
    except (ValueError, StopIteration):
        return None
    if published is not None and not m.group("y") and (parsed - published).days > 7:
        try:
            parsed = parsed.replace(year=parsed.year - 1)  # "on 27 December" in a report of 3 January
        except ValueError:
            return None
    return parsed


@lru_cache(maxsize=4096)
def _parse_explicit(expr: str, published: date | None) -> date | None:
    plain = _plain_date(expr, published)
    if plain is not False:
        return plain
    import dateparser  # imported lazily: it takes a while to load and few texts need it

    settings = {"PREFER_DATES_FROM": "current_period", "REQUIRE_PARTS": ["day", "month"], "DATE_ORDER": "DMY"}
    if published is not None:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    try:
        parsed = dateparser.parse(expr, languages=["en"], settings=settings)
    except Exception:  # dateparser raises on odd input ("Sept 31"); such a date is no date
        return None
    if not parsed:
        return None
    day = parsed.date()
    if published is not None and not re.search(r"\d{4}", expr) and (day - published).days > 7:
        try:
            day = day.replace(year=day.year - 1)  # "on 27 December" in a report of 3 January
        except ValueError:
            return None
    return day


# -- actors ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Actor:
    name: str  # ACLED style; "{country}" is filled with the incident's country
    aliases: tuple[str, ...]
    inter: int
    country: str  # ISO code of the actor's own country ("" for transnational groups)
    role: str = "actor"  # or "source" (a monitor, an agency: never an actor of the event)
    countries: tuple[str, ...] = ()  # where it also operates


ACTORS_PATH = Path(__file__).resolve().parent.parent / "data" / "actors.json"


@lru_cache(maxsize=1)
def load_actors(path: str | None = None) -> tuple[list[Actor], re.Pattern]:
    """The actor dictionary (data/actors.json) and one regex matching any alias.

    Aliases match as whole words; one written all in lower case matches in any case
    ("al-shabaab"), others exactly as written ("PF", "Hashed")."""
    p = Path(path) if path else ACTORS_PATH
    data = json.loads(p.read_text("utf-8"))
    actors = [Actor(a["name"], tuple(a["aliases"]), int(a["inter"]), a.get("country", ""), a.get("role", "actor"),
                    tuple(a.get("countries", ())))
              for a in data["actors"]]
    aliases = sorted({al for a in actors for al in a.aliases}, key=len, reverse=True)
    parts = [re.escape(a) if not a.islower() else f"(?i:{re.escape(a)})" for a in aliases]
    rx = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")
    return actors, rx


@lru_cache(maxsize=1)
def _alias_index() -> dict:
    """alias (and its case-folded form, for lower-case aliases) -> Actor."""
    actors, _ = load_actors()
    index = _CaseIndex()
    for a in actors:
        for al in a.aliases:
            index.setdefault(al, a)
            if al.islower():
                index.lower.setdefault(al, a)
    return index


class _CaseIndex(dict):
    """Exact aliases, then lower-case ones in any case."""

    def __init__(self):
        super().__init__()
        self.lower = {}

    def __missing__(self, key):
        return self.lower[key.lower()]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


# Generic actors, named in ACLED's style once the country is known.
_FORCE_NOUNS = (r"(?:air ?strikes?|air ?raids?|strikes|troops|forces|soldiers|army|military|warplanes|jets|drones?|navy"
                r"|air ?forces?|security forces|special forces|marines|commandos|defen[cs]e forces|armed forces|police"
                r"|policemen|gendarmes|gendarmerie|peacekeepers|government forces|authorities|artillery|fighter jets)")
GENERIC_ACTORS = [
    (re.compile(r"\b(?:police(?:m[ae]n)?|police officers?|riot police|gendarmes?|gendarmerie|security forces|security agents"
                r"|policewom[ae]n|traffic police|anti-riot police|paramilitary police)\b", re.I), "Police Forces of {country}", 1),
    (re.compile(r"\b(?:soldiers?|troops|army(?! (?:base|camp|barracks|headquarters|checkpoint|spokesman|officials?))"
                r"|(?:the )?military(?! (?:sources?|positions?|bases?|camps?|vehicles?|spokesm[ae]n|officials?|equipment|hospital"
                r"|court|column|convoy|facilities|facility|operations?|aircraft|action|escort|media|uniforms?|checkpoints?))"
                r"|armed forces|government forces|defen[cs]e forces|air ?forces?|navy"
                r"|national army|conscripts?|servicem[ae]n|regime forces|pro-government forces|security troops)\b", re.I),
     "Military Forces of {country}", 1),
    (re.compile(r"\b(?:protesters|protestors|demonstrators|marchers|picketers|strikers)\b", re.I), "Protesters ({country})", 6),
    (re.compile(r"\b(?:rioters|mobs?|angry (?:residents|youths?|crowds?))\b", re.I), "Rioters ({country})", 5),
    (re.compile(r"\b(?:gunmen|unidentified (?:armed )?(?:men|attackers|assailants|gunmen|group)|unknown (?:gunmen|assailants"
                r"|attackers|perpetrators|armed (?:men|group)|group)|armed (?:men|individuals|group)|assailants|attackers"
                r"|bandits|kidnappers|raiders|cattle raiders|pipeline vandals|suspected militants?)\b", re.I),
     "Unidentified Armed Group ({country})", 3),
    (re.compile(r"\b(?:jihadists|militants|insurgents|extremists|Islamists|terrorists|militiamen|militias?)\b", re.I),
     "Unidentified Armed Group ({country})", 2),
    (re.compile(r"\b(?:(?:Iran|Turkey|Russia)-backed|pro-(?:Iran|Iranian|government|Turkish)) (?:armed groups?|militias?|fighters"
                r"|factions|militiamen)\b", re.I), "{match_title}", 3),
    (re.compile(r"\b(?:vigilantes?|vigilante group|mob justice)\b", re.I), "Vigilante Militia ({country})", 4),
    (re.compile(r"\b(?:paramilitar(?:y|ies)|pro-government militias?|government-backed militias?)\b", re.I), "Militia (Pro-Government)", 3),
    (re.compile(r"\b(?:civilians?|villagers|residents|worshippers|farmers?|passengers|students|traders|fishermen|mourners"
                r"|displaced(?: people)?|IDPs|pastoralists|herders|journalists?|women|children|people|workers|teachers|pupils"
                r"|family|families|(?:a|an|one) (?:\w+ )?(?:man|woman|child|boy|girl|farmer|trader|official|journalist|civilian))\b",
                re.I), "Civilians ({country})", 7),
]
_CROWD_OF_PROTEST = re.compile(r"\b(?:students|workers|teachers|doctors|nurses|employees|staff|residents|traders|journalists"
                               r"|lawyers|activists|supporters|members|people|youths?|women|farmers|judges|pharmacists|unions?"
                               r"|villagers|communit(?:y|ies)|crowds?|hundreds|thousands|dozens|scores)\b", re.I)


def _state_forces(text: str, gz: Gazetteer) -> list[tuple[int, str, str]]:
    """(offset, "Military Forces of X", ISO) for "US air strikes", "Nigerian troops",
    "Kenyan Air Forces", "Somali government forces", "Ethiopia's Liyu police", …"""
    out = []
    for m in re.finditer(rf"\b(?P<who>[A-Z][\w.'-]*(?: [A-Z][\w'-]*)?)(?:'s)? (?:-led )?(?:(?:pro-)?[a-z][\w-]* ){{0,2}}?"
                         rf"(?i:{_FORCE_NOUNS})\b", text):
        who = m.group("who")
        iso = _country_of_word(who, gz) or (gz.demonyms.get(normalize_name(who.split()[0])) if " " in who else None)
        if iso is None:
            continue
        if re.search(r"\b(?:police|policemen|gendarm\w*)\b", m.group(), re.I):
            out.append((m.start(), f"Police Forces of {_country_style(gz, iso)}", iso))
        else:
            out.append((m.start(), f"Military Forces of {_country_style(gz, iso)}", iso))
    return out


def _country_of_word(word: str, gz: Gazetteer) -> str | None:
    """ISO code of a demonym ("Kenyan") or a country name ("Kenya", "US")."""
    key = normalize_name(word)
    iso = gz.demonyms.get(key)
    if iso is None and key.endswith("s"):
        iso = gz.demonyms.get(key[:-1])  # "Kenyans"
    if iso is None:
        places = [p for p in gz.lookup(word) if p.is_country]
        iso = places[0].country_code if places else None
    return iso


def _country_style(gz: Gazetteer, iso: str) -> str:
    name = gz.country_name(iso)
    return f"the {name}" if name.startswith(("United", "Democratic Republic", "Central African", "Philippines", "Netherlands")) else name


@dataclass
class _ActorMention:
    pos: int  # offset in the document
    name: str
    inter: int
    country: str = ""


def _named_actors(sentences: list[Sentence], gz: Gazetteer) -> list[_ActorMention]:
    """Dictionary actors and state forces ("Kenyan troops") named in the sentences."""
    actors, alias_rx = load_actors()
    index = _alias_index()
    out = []
    for s in sentences:
        for m in alias_rx.finditer(s.text):
            a = index.get(m.group())
            if a is not None and a.role == "actor" and not _NEGATED.search(s.text[max(0, m.start() - 20) : m.start()]):
                out.append(_ActorMention(s.start + m.start(), a.name, a.inter, a.country))
        for pos, name, iso in _state_forces(s.text, gz):
            if not any(abs(o.pos - (s.start + pos)) < 3 for o in out):
                out.append(_ActorMention(s.start + pos, name, 1, iso))
    return out


_ACTOR_NOUN_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:forces|troops|soldiers|army|military|police(?:men)?|gendarmes?|navy|air ?forces?|jets|warplanes|drones"
    r"|government|authorities|officials?|security|militias?|militiamen|rebels|militants|fighters|protesters|demonstrators|students"
    r"|workers|traders|residents|villagers|farmers|herders|youths|opposition|president|minister|parliament|lawmakers|people)\b",
    re.I)


@dataclass(frozen=True)
class _Context:
    """Countries a report's actors belong to, first named first.

    ``strong``: named groups of the actor dictionary, state forces ("Kenyan forces",
    "Nigerian Air Force"), demonyms before actor nouns ("Somali elders", "Zambian
    police"), countries named outright ("in Kenya", "Ethiopia's Liyu police") and the
    countries of major places the report names (a capital, a big city, a region).
    ``weak``: other demonyms ("a French tourist"), good enough to choose among namesakes,
    not to place an incident in a country."""

    strong: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    home: tuple[str, ...] = ()  # of parties, militias, crowds: actors that act at home
    places: tuple[str, ...] = ()  # of the major places the report names (a capital, a big city)

    @property
    def actors(self) -> tuple[str, ...]:
        return self.strong + tuple(c for c in self.weak if c not in self.strong)

    @property
    def all(self) -> tuple[str, ...]:
        return self.strong + tuple(c for c in self.weak + self.places if c not in self.strong)

    def __bool__(self) -> bool:
        return bool(self.strong or self.weak or self.places)


_NEGATED = re.compile(r"\b(?:not|rather than|instead of|nor)\s+(?:the\s+)?$", re.I)


def context_countries(text: str, gz: Gazetteer | None = None) -> tuple[str, ...]:
    """Countries a report's actors belong to, first named first: "Kenyan forces", "Al
    Shabaab" (SO), "Protesters (Zambia)", "Nigerian troops", a country named outright.
    Used to choose among namesake places ("Berlin" in a report about South African
    protesters is not Germany's)."""
    return _context(text, gz or load_gazetteer()).all


def _context(text: str, gz: Gazetteer, mentions: list[Mention] | None = None) -> _Context:
    strong: list[tuple[int, str]] = []
    weak: list[tuple[int, str]] = []
    home: list[tuple[int, str]] = []
    actors, alias_rx = load_actors()
    index = _alias_index()
    for m in alias_rx.finditer(text):
        a = index.get(m.group())
        if a is not None and a.role == "actor":
            if a.country:
                strong.append((m.start(), a.country))
                if 3 <= a.inter <= 6 and not a.countries:
                    home.append((m.start(), a.country))
            weak.extend((m.start(), c) for c in a.countries)
    for m in re.finditer(r"\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?(?:'s)?\b", text):
        phrase = m.group().removesuffix("'s")
        words = [(m.start(), phrase)] + ([(m.start() + phrase.index(w), w) for w in re.split(r"[- ]", phrase)]
                                         if " " in phrase or "-" in phrase else [])
        for start, word in words:
            key = normalize_name(word)
            iso = gz.demonyms.get(key) or (gz.demonyms.get(key[:-1]) if key.endswith("s") and len(key) > 4 else None)
            if iso is not None:
                end = start + len(word)
                (strong if _ACTOR_NOUN_AFTER.match(text, end) else weak).append((start, iso))
                break
            if len(word) > 3:
                countries = [p for p in gz.lookup(word) if p.is_country and normalize_name(p.name) == key]
                if countries:
                    strong.append((start, countries[0].country_code))
                    break
    places: list[tuple[int, str]] = []
    for mention in mentions or ():
        p = mention.place
        if p is not None and mention.kind != "demonym":
            if p.is_country:
                strong.append((mention.start, p.country_code))
            elif p.feature_code == "PPLC" or p.population >= 500_000 or (p.is_admin1 and len(mention.text) > 4):
                places.append((mention.start, p.country_code))

    def ordered(found):
        out: list[str] = []
        for _, iso in sorted(found):
            if iso and iso not in out:
                out.append(iso)
        return tuple(out)

    return _Context(ordered(strong), ordered(weak), ordered(home), ordered(places))


# -- locations ---------------------------------------------------------------------------

_LOCATIVE = re.compile(r"(?:\b(?:near|outside|in|at|on|around|into|from|of|to|towards|toward|close to|outskirts of|town of|village"
                       r" of|city of|district of|province of|region of|area of|locality of|km (?:\w+ )?(?:of|from)|kilometres"
                       r" (?:\w+ )?(?:of|from)|miles (?:\w+ )?(?:of|from)|attack(?:ed|s)?|raid(?:ed)?|bomb(?:ed)?|shell(?:ed)?"
                       r"|struck|hit|storm(?:ed)?|overran|seized|captured|recaptured|took|retook|entered|across|inside"
                       r"|between|and)\s+(?:the\s+)?(?:\w+\s+)?)$", re.I)
_NEAR = re.compile(r"(?:\b(?:near|outside|close to|outskirts of|around|km (?:\w+ )?(?:of|from)|kms? (?:\w+ )?(?:of|from)|kilometres"
                   r" (?:\w+ )?(?:of|from)|miles (?:\w+ )?(?:of|from)|between|(?:a|the) village (?:\w+ )?(?:near|outside|in)"
                   r"|villages? (?:of|in))\s+(?:the\s+)?(?:\w+\s+)?)$", re.I)
_REFERENCE_POINT = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of\s+(?:the\s+)?$", re.I)
_EVENT_OR_TARGET = re.compile(r"\b(?:depots?|facilit(?:y|ies)|positions?|bases?|camps?|checkpoints?|convoys?|markets?|mosques?|churches|church|schools?|hospitals?|villages?|towns?|outskirts|targets?|barracks|outposts?|headquarters)\b", re.I)
_SEAT = re.compile(r"(?:-based|based in|headquartered in|\bsaid in|\btold \w+ in|\bspeaking in|\bstatement in|\bin a statement from|\bhome in|\bvisit to|\bmeets? (?:\w+ )*?in|\btalks in|\bsummit in|\bembassy in|\bsitting in|\bcourt in|\blives in|\bliving in|\bborn in)\s*$", re.I)
_DESTINATION = re.compile(r"\b(?:fled to|taken to|taking (?:\w+ )?to|flown to|transferred to|rushed to|evacuated to|moved to|headed (?:for|to))\s*$", re.I)
_REGION_WORD_AFTER = re.compile(r"^\s+(?:province|state|region|governorate|county|district|prefecture|department|division"
                                r"|territory|oblast|local government|LGA|municipality)\b", re.I)
_ORIGIN = re.compile(r"\b(?:from|of)\s+(?:the\s+)?$", re.I)
_GROUP_AFTER = re.compile(r"\s+(?:militias?|militiam[ae]n|forces|police|fighters|rebels|communit(?:y|ies)|herdsmen|clan|tribe"
                          r"|ethnic|youths?|men|brigades?|battalions?|cadres|members|supporters)\b", re.I)
_NOT_LOCATIONS = frozenset({"CONT", "OCN", "SEA", "GULF", "STRT", "CHN", "SD"})


def _location_score(m: Mention, sentence: Sentence, text: str, background: list[tuple[int, int]] | None = None) -> float | None:
    """How well a mention serves as an event location (None: it cannot)."""
    p = m.place
    if p is None or p.feature_code in _NOT_LOCATIONS:
        return None
    if m.kind == "demonym":
        # "on Rwandan soil", "inside Syrian territory": the country, coarsely.
        return 0.5 if re.match(r"\s+(?:soil|territory|side)\b", text[m.end : m.end + 12]) else None
    before = text[max(sentence.start, m.start - 40) : m.start]
    after = text[m.end : m.end + 12]
    if _SEAT.search(before) or after.startswith(("-based", " based")):
        return None  # the seat of a monitor, a spokesperson or a meeting
    if after[:1] and after[:1] in "-\u2010\u2011" and not re.match(r"-\s*(?:[A-Z]|\d)", after) or before.endswith(("-", "\u2010")) \
            and not re.search(r"(?:\d|\b(?:[Aa][lnrsdtz]|[Ee][lnrsdtz]|[Aa]sh|[Ee]sh))[-\u2010]$", before):
        return None  # "Iran-backed", "pro-Iran", "US-led": an attribute, not a place of events
    if re.match(r"\s*(?:'s\s+)?(?:government|authorities|president|army|military|forces|police|officials?|embassy|ministry)\b", after, re.I) \
            and p.is_country:
        return None  # "Kenya's army": an actor, not a place
    if re.search(r"\b(?:Lake|River|Mount|Mt\.?|Gulf of|Bay of|Sea of)\s+$", before) and (p.is_country or p.is_admin1):
        return None  # "Lake Chad": a lake, not the country
    if _GROUP_AFTER.match(after + text[m.end + 12 : m.end + 30]) and not re.search(r"\b(?:in|at|near)\s+$", before):
        return None  # "Abala militia", "the Galan forces", "Ntambwe communities": people, not a place
    score = {"PPL": 4.0, "PPLC": 4.0, "ADM2": 3.0, "ADM1": 2.5, "PCLI": 1.0}.get(p.feature_code, 2.0)
    if _REFERENCE_POINT.search(before):
        return 1.0  # "north of Baghdad": a bearing from a place, not the place itself
    if _NEAR.search(before):
        score += 2.0
    elif _LOCATIVE.search(before):
        score += 1.0
        if _ORIGIN.search(before):
            score -= 0.5  # "farmers from X": where they came from
    elif p.is_country:
        return None  # "US strikes", "Iran's nuclear programme": a country named, not a place of events
    # "strikes on a depot near X", "killed in X": the place follows what happened there.
    window = text[max(sentence.start, m.start - 45) : m.start]
    if _EVENT_OR_TARGET.search(window) or _sentence_triggers(window):
        score += 1.5
    if background and _inside(m.start - sentence.start, background):
        score -= 3.0  # "in response to an attack in Lamu"
    if _DESTINATION.search(before):
        score -= 2.0  # "an ambulance taking him to el-Arish": where they were going
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


@lru_cache(maxsize=1)
def _places_takes_context() -> bool:
    try:
        return "context_countries" in inspect.signature(parse_places).parameters
    except (TypeError, ValueError):  # pragma: no cover - a wrapped callable without a signature
        return False


def _parse_places(text: str, gz: Gazetteer, context: tuple[str, ...]) -> list[Mention]:
    if context and _places_takes_context():
        return parse_places(text, gz, context_countries=context)
    return parse_places(text, gz)


def extract_incidents_from_text(text: str, published: str | date | None = None,
                                gazetteer: Gazetteer | None = None) -> list[Incident]:
    """Incidents in ``text``, the main one first."""
    gz = gazetteer or load_gazetteer()
    pub = _as_date(published)
    sentences = split_sentences(text)
    context = _context(text, gz)
    mentions = _parse_places(text, gz, context.all)
    mentions = _drop_actor_names(mentions, text)
    context = _context(text, gz, mentions)
    _refine_mentions(mentions, text, gz, context.all)
    context = _context(text, gz, mentions)
    _assign_mentions(sentences, mentions)

    drafts: list[_Draft] = []
    main: _Draft | None = None
    target: _Draft | None = None
    previous_joined = False
    for s in sentences:
        if _is_statistic(s.text) or _other_year(s.text, pub):
            previous_joined = False
            continue
        if not _sentence_triggers(s.text):
            # An undated sentence right after an event sentence usually goes on about the
            # same event ("The device went off near Samarra. No casualties were reported.").
            if previous_joined and drafts and not find_dates(s.text, pub):
                drafts[-1 if target is None else drafts.index(target)].sentences.append(s)
            else:
                previous_joined = False
            continue
        previous_joined = True
        spans = background_spans(s.text)
        dates = [d for d in find_dates(s.text, pub) if not _inside(d.start, spans)]
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
        incidents.extend(_incidents_from_draft(d, sentences, drafts, text, pub, gz, context, main=d is main))
    return incidents


# "more than 40 attacks this year": a count of events is a statistic, not an incident.
_STATISTIC = re.compile(
    rf"\b(?:(?:more than|over|at least|some|nearly|almost|about|around) )?(?P<count>\d[\d,]*|(?:ten|eleven|twelve|thirteen|fourteen|fifteen"
    rf"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|scores|hundreds|thousands)"
    rf"(?:[- ]\w+)?)\s+(?:(?!(?:in|on|at|of|by|and|{_MONTHS_RX})\b)[\w-]+\s+){{0,2}}(?:attacks|strikes|incidents|bombings|raids|protests"
    rf"|clashes|killings|kidnappings|abductions)\b(?! (?:on|in|at|near|against|between|targeted|hit|killed)\b)"
    r"|\b(?:several|many|numerous|a series of|a string of|a spate of|a wave of) (?:\w+ )?(?:attacks|bombings|raids|killings|kidnappings)\b"
    r"(?= (?:this|in recent|over the|since|in the past|so far))"
    r"|\b(?:this|last|each|every) year\b|\bsince (?:19|20)\d\d\b|\bover the (?:past |last )?(?:years|months|decade)\b"
    r"|\b(?:regularly|repeatedly|frequently|routinely|often) (?:been )?(?:attacked|targeted|hit|shelled)\b", re.I)


def _is_statistic(sentence: str) -> bool:
    """"more than 40 attacks this year", "14 were rocket attacks": a count of events, not
    one ("At least 3 clashes occurred between FDLR and FARDC" still reports events)."""
    for m in _STATISTIC.finditer(sentence):
        count = m.groupdict().get("count")
        n = _to_int(count) if count else None
        if count is None or n is None or n >= 10 or re.search(r"\b(?:this|last) year|since|over the past|so far|in recent",
                                                              sentence, re.I):
            return True
    return False


def _other_year(sentence: str, pub: date | None) -> bool:
    """A sentence about another year ("declared victory in late 2017") is background."""
    if pub is None:
        return False
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", sentence)]
    return bool(years) and all(y != pub.year for y in years) and not _EXPLICIT_DATE.search(sentence) \
        and not _NUMERIC_DATE.search(sentence)


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


_COUNTRY_ABBREVIATIONS = frozenset({"US", "USA", "UK", "UAE", "DRC", "CAR", "KSA", "U.S.", "U.K.", "U.S.A."})
_NOT_NAMES = frozenset("we us i it he she they you me him her them our its his their this that ramadan eid christmas easter "
                       "sabbath lent advent diwali hajj ashura".split())


def _drop_actor_names(mentions: list[Mention], text: str) -> list[Mention]:
    """Place names inside actor names are not places: "Al Shabab" (a village in Iran),
    "Islamic State West Africa Province"; nor are acronyms that happen to be a country's
    code ("IRA") or pronouns ("We" in a quotation)."""
    mentions = [m for m in mentions if m.text.lower() not in _NOT_NAMES and not (
        m.place is not None and m.place.is_country and m.text.isupper() and m.text not in _COUNTRY_ABBREVIATIONS)]
    _, alias_rx = load_actors()
    spans = [(m.start(), m.end()) for m in alias_rx.finditer(text)]
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= m.start and m.end <= b and (b - a) > (m.end - m.start) or (a, b) == (m.start, m.end)
                                           and not (m.place is not None and m.place.is_country) for a, b in spans)]


def _refine_mentions(mentions: list[Mention], text: str, gz: Gazetteer, context: tuple[str, ...]) -> None:
    """Second thoughts on the geoparser's choices, for event locations:

    - "Tunis" is the city, not the country one of whose alternate names it is;
    - "Sirte", "Cairo": a town that shares its region's name is meant, unless the text
      says "province", "state" or "region";
    - among namesakes, a place in a country the report's actors belong to wins.
    """
    for m in mentions:
        p = m.place
        if p is None or not m.candidates:
            continue
        key = normalize_name(m.text)
        towns = [c for c in m.candidates if c.feature_code in ("PPL", "PPLC") and normalize_name(c.name) == key]
        regional_word = _REGION_WORD_AFTER.match(text[m.end : m.end + 20]) is not None
        if p.is_country and towns and re.search(r"\b(?:city|town|village|capital) of\s+(?:the\s+)?$", text[max(0, m.start - 25) : m.start]):
            m.place = max(towns, key=lambda c: c.population)  # "the northern city of Mali" (Guinea)
            continue
        if p.is_country and normalize_name(gz.country_name(p.country_code)) != key and towns:
            best_town = max(towns, key=lambda c: c.population)
            if best_town.population >= 100_000 and best_town.country_code == p.country_code:
                m.place = best_town
                continue
        if (p.is_admin1 or getattr(p, "is_admin2", False)) and not regional_word:
            same = [c for c in towns if c.country_code == p.country_code and c.population >= 10_000]
            if same:
                m.place = max(same, key=lambda c: c.population)
                continue
        if context and p.country_code not in context and not p.is_country:
            in_context = [c for c in m.candidates if c.country_code in context and c.feature_code not in _NOT_LOCATIONS]
            if in_context:
                rank = {iso: i for i, iso in enumerate(context)}
                m.place = max(in_context, key=lambda c: (-rank[c.country_code], c.feature_code in ("PPL", "PPLC"),
                                                          normalize_name(c.name) == key, c.population))


def _incidents_from_draft(d: _Draft, all_sentences: list[Sentence], drafts: list[_Draft], text: str,
                          pub: date | None, gz: Gazetteer, context: _Context, main: bool) -> list[Incident]:
    kind = _classify_sentences([s.text for s in d.sentences])
    if kind is None:
        return []
    etype, sub = kind
    if d.anchor is not None:
        event_date, precision = d.anchor.day.isoformat(), d.anchor.precision
    elif pub is not None:
        event_date, precision = pub.isoformat(), 2  # no time expression: the week of the report
    else:
        event_date, precision = None, 3

    taken = {id(s) for other in drafts if other is not d for s in other.sentences}
    spare = [s for s in all_sentences if id(s) not in taken and s not in d.sentences]
    location, loc_precision, surface = _choose_location(d.sentences, spare if main else [], text, gz, context)
    country_code = location.country_code if location else (context.strong[0] if context.strong else "")
    actor1, actor2, assoc = _choose_actors(d, all_sentences, text, gz, country_code, etype, sub, main)
    fatalities = count_fatalities([s.text for s in d.sentences])
    if etype == STRATEGIC and sub != "Looting/property destruction" and not _VIOLENCE.search(" ".join(s.text for s in d.sentences)):
        fatalities = 0

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
    if location is None and country_code:
        # No place named: the country the report's actors belong to, coarsely; a national
        # decision (a state of emergency, a ceasefire) at the seat of government, as ACLED
        # codes it.
        capital = gz.capital(country_code) if etype == STRATEGIC and sub in ("Agreement", "Other") else None
        _set_location(incident, capital or gz.country(country_code), gz)
        incident.geo_precision = 3
    out = [incident]
    # "two locations in Syria and one in Iraq": the same strikes in another country, whose
    # site is not named, are an incident of their own there, at country precision.
    # The main incident reads the report's undated sentences too ("two of the sites were
    # in Syria and one in Iraq" need not repeat a verb of violence).
    scope = d.sentences + (_undated_context(d, all_sentences) if main else [])
    for iso in _other_countries_struck(scope, location.country_code if location else "", gz):
        sibling = Incident(**{**incident.to_dict(), "fatalities": 0, "assoc_actors": list(assoc)})
        _set_location(sibling, gz.country(iso), gz)
        sibling.geo_precision = 3
        sibling.evidence = " ".join(s.text for s in d.sentences if any(
            m.place is not None and m.place.country_code == iso for m in s.mentions))[:2000]
        out.append(sibling)
    return out


def _choose_location(sentences: list[Sentence], spare: list[Sentence], text: str, gz: Gazetteer,
                     context: _Context) -> tuple[Place | None, int, str]:
    """The incident's place, its ACLED geo_precision and the words that named it.

    The incident's own sentences first (their first place is usually the one: news and
    ACLED notes name where before what else); failing those, any place in the report's
    sentences that belong to no other incident; failing those, a name the gazetteer
    spells differently ("Elwak" for El Wak) in a country the report's actors belong to.
    A town beats the region or country it lies in when both are named ("North Sinai's
    al-Arish"); a place outside those countries loses to one inside them.
    """
    best = _best_place(sentences, text, gz, context)
    if best is None and spare:
        best = _best_place(spare, text, gz, context)
    if best is None:
        best = _spelled_differently(sentences + spare, text, gz, context)
    if best is None:
        return None, 3, ""
    p, near, surface = best
    if p.is_country:
        return p, 3, surface
    if p.is_admin1:
        return p, 3, surface
    if getattr(p, "is_admin2", False):
        return p, 2, surface
    return p, 2 if near else 1, surface


def _best_place(sentences: list[Sentence], text: str, gz: Gazetteer,
                context: _Context) -> tuple[Place, bool, str] | None:
    scores: dict[int, float] = {}
    places: dict[int, Place] = {}
    near: dict[int, bool] = {}
    surface: dict[int, str] = {}
    order = 0
    for s in sentences:
        spans = background_spans(s.text)
        for m in s.mentions:
            sc = _location_score(m, s, text, spans)
            if sc is None:
                continue
            idx = m.place.index
            if idx not in scores:
                sc += max(0.0, 1.0 - 0.4 * order)  # the first place named is usually the place
                order += 1
            if context and m.place.country_code not in context.all and not m.place.is_country:
                sc -= 2.0
            if context and m.place.country_code not in context.all and not m.place.is_country:
                if not _is_major(m.place) and (
                        len({c.country_code for c in m.candidates}) > 1 or normalize_name(m.place.name) != normalize_name(m.text)
                        or m.place.population < 20_000):
                    continue  # a namesake abroad ("Leer" in a report on South Sudan's army)
            if context.home and m.place.country_code not in context.actors and not m.place.is_country:
                if m.place.feature_code != "PPLC":
                    continue  # "Barcelona" in a report on ANC members: not Spain's
            # The best single mention counts; each further mention adds a little.
            scores[idx] = max(scores.get(idx, -99.0), sc) + (0.5 if idx in scores else 0.0)
            places[idx] = m.place
            surface.setdefault(idx, m.text)
            near[idx] = near.get(idx, False) or bool(_NEAR.search(text[max(s.start, m.start - 40) : m.start]))
    if not scores:
        return None
    best = max(scores, key=lambda i: scores[i])
    p = places[best]
    regions = [i for i in scores if places[i].is_admin1 and scores[i] > 0]
    for r in regions:
        towns = [i for i in scores if places[i].feature_code in ("PPL", "PPLC") and _within(places[i], places[r], gz)]
        if len(towns) >= 3 and (best in towns or best == r):
            # "in Ikelengi, Zambezi and Chavuma in North-Western Province": the region, at its
            # capital (ACLED's rule when an event spans a region).
            capital = gz.region_capital(places[r])
            return (_RegionPoint.of(places[r], capital) if capital else places[r]), False, surface[r]
    if p.is_country or p.is_admin1 or getattr(p, "is_admin2", False):
        # A town named in the same report, inside that region or country, is more precise.
        inside = [i for i in scores if i != best and places[i].feature_code in ("PPL", "PPLC")
                  and _within(places[i], p, gz) and scores[i] >= scores[best] - 3.0]
        if inside:
            town = max(inside, key=lambda i: scores[i])
            return places[town], near[town], surface[town]
        if p.is_admin1:
            capital = gz.region_capital(p)
            if capital is not None:
                return _RegionPoint.of(p, capital), near[best], surface[best]
    return p, near[best], surface[best]


def _is_major(p: Place) -> bool:
    return p.is_country or p.feature_code == "PPLC" or p.population >= 1_000_000


class _RegionPoint:
    """A region located at its capital (ACLED's rule for events known only by region)."""

    @staticmethod
    def of(region: Place, capital: Place) -> Place:
        return Place(index=region.index, geonameid=region.geonameid, name=region.name, latitude=capital.latitude,
                     longitude=capital.longitude, country_code=region.country_code, feature_code=region.feature_code,
                     population=region.population, admin1_code=region.admin1_code)


def _within(town: Place, area: Place, gz: Gazetteer) -> bool:
    if town.country_code != area.country_code:
        return False
    if area.is_country:
        return True
    if area.is_admin1:
        region = gz.nearest_admin1(town.latitude, town.longitude, town.country_code, town.admin1_code)
        return region is not None and region.index == area.index
    return haversine_km(town.latitude, town.longitude, area.latitude, area.longitude) < 60


def _spelled_differently(sentences: list[Sentence], text: str, gz: Gazetteer,
                         context: _Context, strong_cue_only: bool = False) -> tuple[Place, bool, str] | None:
    """Names the geoparser left out, read again for a report that has no place otherwise:

    - exact gazetteer names it set aside as ordinary words or as part of an organisation's
      name ("Lagos State", "the Derna Mujahideen Shoura Council", "Benghazi Medical
      Centre", "the Ouagadougou-Dori road"): in the countries of the report's actors, or
      a major place (a capital, a city of 100,000), or a region named as such;
    - spelling variants: spaces and hyphens dropped ("Elwak" / El Wak), vowels and
      doubled letters ignored ("Shashamene" / Shashamane, "Gambori" / Gamboru), in the
      countries of the report's actors, or among major places.
    A name after "in", "at", "near", "village" … wins over one without such a cue.
    """
    covered = [(m.start, m.end) for s in sentences for m in s.mentions if m.place is not None]
    countries = context.all
    best: tuple[tuple, tuple[Place, bool, str]] | None = None
    order = 0
    for s in sentences:
        spans = background_spans(s.text)
        for run in re.finditer(r"\b[A-Z][\w'\u2019]*(?:(?:[ -]|\s(?:al|el|ad|ar|as|ash|de|du|of)\s)[A-Z][\w'\u2019]*)*", s.text):
            start = s.start + run.start()
            if any(a < start + len(run.group()) and start < b for a, b in covered) or _inside(run.start(), spans):
                continue
            order += 1
            tokens = [(t.start(), t.group()) for t in re.finditer(r"[\w'\u2019]+", run.group())]
            cue = bool(_VARIANT_CUE.search(s.text[max(0, run.start() - 30) : run.start()]))
            while tokens and tokens[0][1].lower() in _LEADING_WORDS:
                cue = cue or tokens[0][1].lower() in ("in", "at", "near", "outside", "around", "from", "into")
                tokens = tokens[1:]  # "In Pietermartizburg, …": a sentence-initial preposition
            if not tokens:
                continue
            region_after = bool(_REGION_WORD_AFTER.match(s.text[run.end() : run.end() + 20]))
            strong_cue = bool(re.search(r"\b(?:in|at|near|outside|around|into)\s+(?:the\s+)?$",
                                        s.text[max(0, run.start() - 12) : run.start()])) or cue and tokens[0][0] > 0
            if strong_cue_only and not strong_cue:
                continue
            organisation = bool(_ORGANISATION_WORD.search(run.group())) or bool(_GROUP_AFTER.match(s.text[run.end() : run.end() + 20]))
            found_here = None
            for length in range(min(len(tokens), 5), 0, -1):
                for i in range(0, len(tokens) - length + 1):
                    words = tokens[i : i + length]
                    region_word = (i + length == len(tokens) and region_after)
                    while words and normalize_name(words[-1][1]) in _REGION_WORDS:
                        words, region_word = words[:-1], True
                    if not words:
                        continue
                    sub = " ".join(w for _, w in words)
                    key = normalize_name(sub)
                    if len(words) == 1 and (key in gz.demonyms or key in _NOT_NAMES or len(key) < 4):
                        continue
                    exact = [p for p in gz.lookup(sub) if p.feature_code in ("PPL", "PPLC", "ADM1", "ADM2")]
                    if len(words) == 1 and key in gz.common_words and not region_word:
                        # A frequent word ("George", "Accra") is a place only as a capital, or a
                        # big town after "in", "at", "near".
                        exact = [p for p in exact if p.feature_code == "PPLC" or (strong_cue and p.population >= 100_000)]
                    found = [p for p in exact if p.country_code in countries]
                    in_context = bool(found)
                    if not found:
                        found = [p for p in exact if p.feature_code == "PPLC" or p.population >= 100_000
                                 or (region_word and (p.is_admin1 or getattr(p, "is_admin2", False)))]
                    if not found and cue and i == 0 and len(key.replace(" ", "")) >= 5:
                        found = gz.variant_lookup(sub, countries) if countries else []
                        in_context = bool(found)
                        found = found or gz.variant_lookup(sub, ("*",))
                    if found:
                        if region_word:
                            found = [p for p in found if p.is_admin1 or getattr(p, "is_admin2", False)] or found
                        p = max(found, key=lambda c: (c.feature_code in ("PPL", "PPLC") and not region_word, c.population))
                        rank = (cue or region_word, not organisation, in_context, len(words), -order)
                        pos = start + words[0][0]
                        found_here = (rank, (p, bool(_NEAR.search(text[max(s.start, pos - 40) : pos])), sub))
                        break
                if found_here:
                    break
            if found_here and (best is None or found_here[0] > best[0]):
                best = found_here
    if best is None:
        return None
    p, near, surface = best[1]
    if p.is_admin1:
        capital = gz.region_capital(p)
        if capital is not None:
            p = _RegionPoint.of(p, capital)
    return p, near, surface


_ORGANISATION_WORD = re.compile(r"\b(?:Forces|Force|Army|Police|Brigades?|Battalions?|Militia|Council|Front|Movement|Party|Union"
                                r"|University|College|School|Hospital|Court|Ministry|Company|Corporation|Centre|Center|Federation"
                                r"|Association|Institute|Agency|Authority|Commission|Bank|Stadium)\b")
_LEADING_WORDS = frozenset("in at near outside around from into on the a an and but after before during while when".split())
_VARIANT_CUE = re.compile(r"\b(?:in|at|near|outside|around|into|towards?|from|between|and|of|attack(?:ed)?|bomb(?:ed)?"
                          r"|village|town|city|district|area)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
_REGION_WORDS = frozenset("province state region governorate county district prefecture department division territory "
                          "area locality village town city camp".split())


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
            and not _is_statistic(s.text)]


def _choose_actors(d: _Draft, all_sentences: list[Sentence], text: str, gz: Gazetteer,
                   country_code: str, etype: str, sub: str, main: bool) -> tuple[str, str, list[str]]:
    """actor1 acts, actor2 is acted on, assoc_actors are allied with either side.

    Named actors come from the incident's sentences first, then from sentences that
    belong to no other incident (a report names the groups hit in a later paragraph).
    Unnamed ones are named ACLED's way from the words that describe them: "gunmen" are an
    "Unidentified Armed Group (Nigeria)", "police" the "Police Forces of Kenya".
    """
    country = _country_style(gz, country_code) if country_code else ""  # "Military Forces of the United States"
    plain = gz.country_name(country_code) if country_code else ""  # "Protesters (United States)"

    def generic_name(template: str, m: re.Match) -> str:
        if "{country}" in template and not country:
            return re.sub(r"\s*(?:of )?\(?\{country\}\)?", "", template).strip()
        return template.replace("({country})", f"({plain})").format(country=country, match_title=_title_generic(m.group()))

    def fill(name: str) -> str:
        return name.replace(" ({country})", f" ({plain})" if plain else "")

    primary = [(a.pos, fill(a.name)) for a in _named_actors(d.sentences, gz)]
    identity = _identity_militias(d.sentences, gz, country_code)
    primary += [(pos, fill(name)) for pos, end, name in identity if not any(abs(pos - p) < 3 for p, _ in primary)]
    secondary = [(a.pos, fill(a.name)) for a in _named_actors(_undated_context(d, all_sentences), gz)] if main else []
    generic = []
    for s in d.sentences:
        spans = background_spans(s.text)
        for rx, template, _inter in GENERIC_ACTORS:
            for m in rx.finditer(s.text):
                if _inside(m.start(), spans) or any(a <= s.start + m.start() < b for a, b, _ in identity):
                    continue
                if template.startswith("Civilians") and etype in (PROTESTS, RIOTS):
                    continue
                generic.append((s.start + m.start(), generic_name(template, m)))
    ordered: list[str] = []
    taken_spans = [p for p, _ in primary]
    for pos, name in sorted(primary) + sorted(g for g in generic if not any(abs(g[0] - p) < 2 for p in taken_spans)) \
            + sorted(secondary):
        if name not in ordered:
            ordered.append(name)
    for name in list(ordered):
        # "Military Forces of Libya" (the word "troops") and "Military Forces of Libya - Libyan
        # National Army" (named): one actor.
        if name.startswith(("Military Forces of ", "Police Forces of ")) and any(
                o != name and o.startswith(name + " - ") for o in ordered):
            ordered.remove(name)
    if etype in (PROTESTS, RIOTS):
        # ACLED puts the crowd first; police intervening are the second actor.
        crowd_name = ("Rioters" if etype == RIOTS else "Protesters") + (f" ({plain})" if plain else "")
        crowd = [a for a in ordered if a.startswith(("Protesters", "Rioters"))]
        actor1 = crowd[0] if crowd else crowd_name
        if etype == RIOTS and actor1.startswith("Protesters"):
            actor1 = crowd_name
        rest = [a for a in ordered if a != actor1 and not a.startswith(("Protesters", "Rioters"))]
        forces = [a for a in rest if a.startswith(("Police Forces", "Military Forces"))]
        named = [a for a in rest if not a.startswith(("Civilians", "Unidentified"))]
        actor2 = forces[0] if forces and sub != "Peaceful protest" else (named[0] if named and etype == RIOTS else "")
        assoc = [a for a in named if a != actor2][:3]
        return actor1, actor2, assoc
    if not ordered:
        return "", "", []
    actor1 = _agent(d.sentences, ordered, gz) or ordered[0]
    rest = [a for a in ordered if a != actor1]
    if etype == VAC:
        civilians = [a for a in rest if a.startswith("Civilians")]
        actor2 = civilians[0] if civilians else ("Civilians" + (f" ({plain})" if plain else ""))
    else:
        named_groups = [a for a in rest if not a.startswith(("Civilians", "Unidentified"))]
        actor2 = named_groups[0] if named_groups else (rest[0] if rest else "")
    assoc = [a for a in rest if a != actor2 and not a.startswith(("Civilians", "Unidentified", "Pro-", "Iran-"))][:3]
    return actor1, actor2, assoc


def _stem(template: str) -> str:
    """"Military Forces of {country}" -> "Military Forces"; "Protesters ({country})" -> "Protesters"."""
    return template.replace(" of {country}", "").replace(" ({country})", "")


_IDENTITY_GROUP = re.compile(r"\b(?P<group>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)s? (?:ethnic |tribal |clan |communal )?"
                             r"(?:militia(?:men)?|militias|herdsmen|herders|tribesmen|clansmen|clan members|youths?|fighters)\b")


def _identity_militias(sentences: list[Sentence], gz: Gazetteer, country: str = "") -> list[tuple[int, int, str]]:
    """Militias named after a people or a place, ACLED-style: "Abala militia" -> "Abala
    Ethnic Militia ({country})", "Misratan fighters" are in the dictionary, "Garabulli
    youths" (a town) -> "Garabulli Communal Militia ({country})"."""
    _, alias_rx = load_actors()
    out = []
    for s in sentences:
        aliases = [(m.start(), m.end()) for m in alias_rx.finditer(s.text)]
        for m in _IDENTITY_GROUP.finditer(s.text):
            word = m.group("group")
            key = normalize_name(word)
            if key in gz.common_words or key in gz.demonyms or key in _NOT_NAMES or any(a <= m.start() < b for a, b in aliases) \
                    or (m.start() == 0 or s.text[m.start() - 2 : m.start()].strip() in (".", "")) and key in _LEADING_WORDS:
                continue
            towns = [p for p in gz.lookup(word) if p.feature_code in ("PPL", "PPLC", "ADM2") and p.country_code == country]
            kind = "Communal" if towns else "Ethnic"
            out.append((s.start + m.start(), s.start + m.end(), f"{word} {kind} Militia ({{country}})"))
    return out


def _title_generic(phrase: str) -> str:
    """"Iran-backed militias" -> "Iran-backed Militias" (an unnamed group, ACLED-style)."""
    words = phrase.split()
    return " ".join([words[0]] + [w.capitalize() for w in words[1:]])


def _agent(sentences: list[Sentence], ordered: list[str], gz: Gazetteer) -> str | None:
    """The actor that acts in the first event sentence: named after "by" in a passive
    clause ("was killed by unidentified armed assailants"), else the subject of its
    strongest active verb ("Kenyan forces repel an al Shabaab attack": Kenyan forces;
    "Seven fighters were killed when American warplanes struck": the warplanes)."""
    actors, alias_rx = load_actors()
    index = _alias_index()

    def named(phrase: str) -> str | None:
        for m in alias_rx.finditer(phrase):
            a = index.get(m.group())
            if a is not None and a.role == "actor":
                return next((n for n in ordered if n.split(" (")[0] == a.name.split(" (")[0]), a.name)
        for _pos, name, _ in _state_forces(phrase, gz):
            return name
        for rx, template, _inter in GENERIC_ACTORS:
            if template.startswith("Civilians") or not rx.search(phrase):
                continue
            stem = _stem(template)
            return next((n for n in ordered if n.startswith(stem)), None)
        return None

    for s in sentences:
        triggers = sorted(_sentence_triggers(s.text), key=lambda t: t.start)
        if not triggers:
            continue
        passive = [t for t in triggers if _PASSIVE_BEFORE.search(s.text[max(0, t.start - 30) : t.start])
                   or re.match(r"\s+by\b", s.text[t.end :])]
        for t in triggers:
            m_by = re.match(r"(?:\s+[\w'-]+){0,3}?\s+by (?:the |an? )?(?P<who>[\w'-]+(?: [\w'-]+){0,3})", s.text[t.end :])
            if m_by and (t in passive or _PASSIVE_BEFORE.search(s.text[max(0, t.start - 30) : t.start])):
                who = named(m_by.group("who"))
                if who:
                    return who
        active = [t for t in triggers if t not in passive] or triggers
        best = max(active, key=lambda t: (t.strength, -t.start))
        start = max((t.end for t in passive if t.start < best.start), default=0)
        lead = re.match(r"(?:While|After|Following|Despite|Although|As|When|Before|Since|Amid|In response to)\b[^,]{0,80},\s",
                        s.text)
        if lead and lead.end() <= best.start:
            start = max(start, lead.end())  # "While pursuing al Shabaab …, Kenyan forces strike …"
        head = s.text[start : best.start + 12]  # "the air force launched …": the agent inside the trigger
        candidates: list[tuple[int, str]] = []
        for pos, name, _ in _state_forces(head, gz):
            candidates.append((pos, name))
        for m in alias_rx.finditer(head):
            a = index.get(m.group())
            if a is not None and a.role == "actor" and not _NEGATED.search(head[max(0, m.start() - 20) : m.start()]):
                candidates.append((m.start(), next((n for n in ordered if n.split(" (")[0] == a.name.split(" (")[0]), a.name)))
        for rx, template, _inter in GENERIC_ACTORS:
            if template.startswith("Civilians"):
                continue
            for g in rx.finditer(head):
                stem = _stem(template)
                for name in ordered:
                    if name.startswith(stem) or name == _title_generic(g.group()):
                        candidates.append((g.start(), name))
                        break
        if candidates:
            # The subject is named first ("Al Shabaab claims it has killed 6 KDF soldiers").
            return min(candidates)[1]
        break
    return None
