"""Demonstrations in ACLED's codebook: what a crowd did (its own violence or destruction
makes a riot), what was done to it (an intervention, force used on it) and a demonstration
attacked by others. ``events`` asks these questions of an incident's sentences."""

from __future__ import annotations

import re

from geo.incidents.background import ACCUSING_OTHERS, background_spans, claimed_spans, victims_kin_spans
from geo.incidents.lexicon import noun_rx
from geo.incidents.model import inside
from geo.incidents.prefilter import PatternGroup, gated
from geo.incidents.sentences import split_sentences
from geo.incidents.triggers import DENIED_BEFORE as _DENIED_BEFORE, SYMBOL_BURNT_BEFORE

PROTEST_WORD = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|(?-i:march(?:ed|es|ing|ers)?)|sit-?ins?|picket\w*"
                           r"|took to the streets|strike)\b", re.I)
# How a force breaks up a gathering ("police violently dispersed the crowd"): the
# violence is the force's, a demonstration with intervention, not a violent one.
_BREAK_UP = r"(?:dispers\w*|br(?:oke|eak|eaks|eaking) up|quell\w*|suppress\w*|crush\w*|scatter\w*|repress\w*)\b"
# A word between the crowd and its act: none that names the police, nor "and" (another side);
# no passive's auxiliary ("protesters who were injured": done to the crowd) nor a threat
# or a plan ("threatened to destroy": nothing done yet).
_GAP_WORD = r"(?!police|officers|security|soldiers|troops|and\b|were\b|was\b|been\b|being\b|threat|vow|plan|warn)[\w'-]+,?"
# Not a symbol as what is burnt ("burnt an effigy of the governor", "burned flags"): a
# symbolic act, no destruction (the crowd's verbs below).
_NO_SYMBOL_AFTER = r"(?! (?:\w+ ){0,2}?(?:effig|flags?|posters|portraits|pictures|photos|copies|coffins?|T-shirts|campaign))"
# "a burnt building", "the burned cars": after an article the participle names a state the
# crowd found, not what it did (read so at "burn" below).
PROTEST_VIOLENCE = re.compile(
    r"\b(?:(?<!anti-)(?<!anti )riot\w*(?! (?:police|policemen|gear|squads?|units?|control|officers|forces|shields)\b)|torch(?:ed|ing)(?! (?:\w+ ){0,2}?(?:effig|coffins?|flags?))|set (?!(?:\w+ ){0,2}?effig)(?:\w+ ){0,2}?(?:ablaze|on fire)|set(?:s|ting)? fire(?! to (?:\w+ ){0,2}?effig)|(?:(?<!\ba )(?<!\ban )(?<!\bthe )burn(?:ed|t)|burning) (?:\w+ ){0,2}?(?:tyres|tires|vehicles?"
    r"|cars?|buses|buildings?|shops?|offices?|property|police|dorm(?:itorie)?s?|dormitory|classrooms?|houses|homes|stations?|kiosks|stalls)"
    r"|burning tyres|(?:threw|throwing|hurled|hurling|pelted) (?:\w+ ){0,2}?(?:stones|rocks|bricks|brickbats|brick[- ]?(?:chips|bats)"
    r"|bottles|objects)(?!\s+(?:\w+\s+){0,2}?at\s+(?:the\s+)?(?:protest\w*|demonstrat\w*|marchers|march|rally|crowd|procession))"
    # Crude bombs set off by the crowd ("demonstrators exploded crude bombs", "hurled petrol
    # bombs"): rioters' weapons (ACLED's codebook: a violent demonstration). Not thrown at
    # the demonstrators by others.
    r"|(?:threw|throwing|hurled|hurling|lobbed|exploded|exploding|detonated|blasted|burst) (?:\w+ ){0,3}?(?:crude|cocktail|petrol"
    r"|country-made|hand-?made|home-?made) bombs?(?!\s+(?:\w+\s+){0,2}?at\s+(?:the\s+)?(?:protest\w*|demonstrat\w*|marchers|march"
    r"|rally|crowd|procession))|molotov cocktails?"
    # The demonstration and a violent act of its crowd joined ("pupils held a sit-in
    # and assaulted a reporter"): the same subject did both.
    r"|(?:staged|held|organi[sz]ed) an? (?:[\w-]+ ){0,2}?(?:protest|demonstration|rally|march|sit-?in|human chain)"
    r"(?: (?:in|at|on|near|outside|in front of) (?:[\w'-]+ ){1,3}?)?\s*and (?:then )?"
    r"(?:assaulted|attacked|beat up|stoned|torched|vandali[sz]ed|looted|set fire to|burned|burnt|smashed|ransacked)\b"
    # Fires lit in the street, ballots destroyed, buildings broken into, even in an attempt
    # (ACLED's codebook: destructive acts of demonstrators make a violent demonstration).
    r"|(?:lit|light(?:s|ing)?|set alight) (?:\w+ ){0,2}?(?:tyres|tires|bonfires|fires|barricades)"
    r"|(?:broke|break(?:s|ing)?|destroy(?:ed|ing)?|burn(?:ed|t|ing)?|torch(?:ed|ing)?|snatch(?:ed|ing)?) (?:the )?ballot (?:boxes|box|papers|materials)"
    r"|(?:broke|break(?:s|ing)?|forc(?:ed|ing)(?: their way)?) into (?:\w+ ){0,2}?(?:shops?|stores?|houses|homes|offices?|premises|buildings?|compound)"
    r"|(?:tried|attempted|trying|attempting|tries|attempts) to (?:break into|force (?:their way|entry)|torch|burn|set fire)"
    r"|(?<!to )clash(?= between)"
    r"|stoned|stone-throw\w*|pelted|loot(?:ed|ing)|vandali[sz]\w+|destroy(?:ed|ing) (?:\w+ ){0,2}?property|smash\w+"
    r"|ransack\w+|attacked (?:the )?police|clash(?:ed|es)|clash(?:ing)?(?= with)|battl(?:e|ed|es|ing) (?:with )?(?:the )?(?:\w+ )?(?:police|protesters|demonstrators|crowds?)|hacked|machetes?|clubs|stormed|invaded|scuffles?"
    rf"|running battles?|bonfires|barricad\w+|(?<!non-)(?<!non )violent(?:ly)?[\"'\u201d\u2019]? (?!{_BREAK_UP})(?:[\w-]+ ){{0,3}}?(?:protest\w*|demonstrat\w*|crowds?)"
    # The crowd as the one who hurts or wrecks ("students who were demonstrating beat up a
    # guard", "protesters destroyed a plant"), no police between it and the verb; damage
    # and unrest the report names.
    # Present tense too ("demonstrators destroy a plant"), a place between commas
    # ("protesters in Oldtown, Hill, ambushed …"); past forms only where the bare verb is
    # also a noun ("attacks", "an assault").
    # (a crowd named by where it lives: "locals", "inhabitants")
    rf"|(?:{noun_rx('crowd', 'protesters')}|youths?|groups?|voters|locals|inhabitants|(?:striking|demonstrating|protesting|marching) [\w-]+)\s+(?:{_GAP_WORD}\s+){{0,6}}?"
    # a headline's present tense, the bare verb of a plural crowd, before its object
    r"(?:(?<!to )(?:attack|assault|destroy|loot|torch|smash|wreck|demolish|vandali[sz]e|ransack)"
    r"(?= (?:an?|the|his|her|their|two|three|four|\d+|several|police|vehicles|cars|lorries|buses|shops|offices)\b)|"
    r"(?<!were )(?<!was )(?<!been )(?<!being )(?:attack(?:ed|ing)|attacks(?= (?:an?|the|his|her|their|two|three|\d+|several)\b)"
    r"|abduct(?:ed|s)|kidnapp?(?:ed|s)|(?<!the )(?<!a )clash\b(?! (?:of|between)\b)|ambushed|beat(?:s)? up|assault(?:ed|ing)|destroy(?:ed|s)?|damaged"
    r"|stones?(?= (?:an?|the|his|her|their|two|three|\d+|several|police|vehicles|cars|buses)\b)"
    r"|disrupt(?:ed|s)|(?<!\ba )(?<!\ban )(?<!\bthe )(?-i:burn(?:s|ed|t)?)"
    rf"{_NO_SYMBOL_AFTER}"
    r"|stoned|chased|(?<!the )injured|robb(?:ed|ing)|st(?:ole|eal(?:s|ing)?)\b|loot(?:s|ed)|storm(?:s|ed)(?! (?:the )?streets)|torch(?:es|ed)(?! (?:\w+ ){0,2}?(?:effig|coffins?|flags?))|smash(?:es|ed)"
    r"|wreck(?:s|ed)|demolish(?:es|ed)|pull(?:s|ed)? down|tore down|br(?:oke|eaks?) (?:into|down)|set fire to(?! (?:\w+ ){0,2}?effig)))(?! by)"
    # A second, destructive verb of the crowd's after a first act ("youths blocked the road
    # and torched a lorry"): the crowd's noun, at least one word, "and", the verb.
    rf"|(?:{noun_rx('crowd', 'protesters')}|youths?|groups?|locals|inhabitants)\s+(?:{_GAP_WORD}\s+){{1,6}}?and (?:then )?"
    r"(?:destroy(?:ed|s)?|burn(?:ed|t|s)?|torch(?:ed|es)?|loot(?:ed|s)?|smash(?:ed|es)?|vandali[sz]e[ds]?|attack(?:ed|s)?|assault(?:ed|s)?"
    r"|ston(?:ed|es?)|beat up|set fire to|wreck(?:ed|s)?|demolish(?:ed|es)?|ransack(?:ed|s)?)\b"
    rf"{_NO_SYMBOL_AFTER}"  # (an effigy, a flag or a poster burnt is a symbol, no destruction)
    # The crowd named as the agent of a passive ("an official was attacked by demonstrators").
    rf"|(?:attacked|assaulted|beaten|stoned|injured|chased|burnt|burned|torched|destroyed|damaged|looted|robbed|ransacked|vandali[sz]ed"
    rf"|broken into|stolen) by (?:the |a |an )?(?:angry |irate |rowdy )?(?:[\w-]+ ){{0,2}}?(?:{noun_rx('protesters')}|crowds?|mobs?|rioters|youths?"
    r"|demonstrations|protests)"
    # The crowd killing someone ("protesters in Oldtown lynched a guard", "marchers beat an
    # officer to death"): close to its noun, and not a killing the crowd reacted to ("residents
    # protest after a pedestrian killed on the road").
    rf"|(?:{noun_rx('crowd', 'protesters')}|youths?)\s+(?:(?!police|officers|security|soldiers|troops|and|after|over|against|following|when)[\w'-]+,?\s+){{0,3}}?"
    r"(?<!were )(?<!was )(?<!been )(?:kill(?:ed|s)(?!\s+(?:during|in|by|as|when|while|after|at|on|over|amid|since|following|earlier|last)\b|[,.;:)])|lynch(?:ed|es)|(?:beat(?:s)?|club(?:s|bed)?|stabbed) (?:[\w'-]+ ){1,3}?to death)"
    # A crowd the report calls unruly is no peaceful one.
    rf"|(?:rowdy|unruly|riotous)|violent (?:group of )?(?:{noun_rx('crowd', 'protesters')}|youths?)"
    r"|(?:destruction of|destroying|damage to|damaging) (?:\w+ ){0,2}?property|property destruction|violent unrest"
    r"|(?:violence|fights?|fighting|scuffles?) (?:erupted|broke out|ensued)|(?:hit|struck) by (?:a )?(?:stones?|rocks?)"
    # Fights the report tells as two-sided or violent ("violent confrontations with police",
    # "violence on both sides"), a fire set, police lines broken, the crowd armed with
    # crude weapons (ACLED's codebook: physical clashes and destruction make a riot).
    r"|violent (?:confrontations?|clash(?:es)?|exchanges?)|violence on both sides|marred by violence"
    r"|set (?:a|several|many|\d+) fires? (?:at|in|to|on|inside)(?! (?:\w+ ){0,2}?effig)"
    r"|(?:broke|break(?:s|ing)?|breached|breaching|push(?:ed|ing)? through) (?:through )?(?:a |the )?police (?:lines?|cordons?|barricades?)"
    r"|armed with (?:[\w-]+ ){0,2}?(?:sticks|clubs|machetes|pangas|crude weapons|stones|rocks|arrows|rods|iron bars|knives)"
    # Waste dumped at a place the crowd protests at: the place defiled, vandalism.
    r"|dump(?:ed|ing|s)? (?:\w+ ){0,2}?(?:garbage|sewage|rubbish|refuse|manure|waste|dung)"
    # Property wrecked, told in the passive or as the damage caused, at a demonstration
    # ("several cars were torched during the march", "the protest caused heavy damage"):
    # destruction by the crowd (ACLED's codebook: vandalism makes a violent demonstration).
    r"|(?:vehicles?|cars?|buses|trucks|lorries|motorcycles|shops?|stalls|kiosks|offices?|buildings?|houses|homes|property"
    r"|windows?|police (?:posts?|stations?|vehicles?)|government (?:vehicles?|offices?|buildings?))\s+(?:were|was|had been|have been|has been|got)"
    r"\s+(?:\w+ly\s+)?(?:burnt|burned|torched|set (?:ablaze|alight|on fire)|vandali[sz]ed|smashed|damaged|destroyed|looted"
    r"|broken into|pelted|stoned)"
    r"|caus(?:ed|ing) (?:(?!(?:no|little|minimal|minor|any)\b)\w+ ){0,2}?damages?"
    # A demonstration the report says went violent, or whose crowd held someone captive
    # (ACLED's codebook: demonstrators' own violence, abduction included, makes a riot).
    r"|(?:descend|degenerat|spiral)\w* into (?:violence|chaos|clashes|fighting)"
    r"|(?:became|become|becomes|becoming|grew|turned|turns|turning) (?:\w+ )?(?:violent|rowdy|unruly|chaotic)"
    r"|(?:held|hold(?:s|ing)?|took|tak(?:e|es|ing)) (?:\w+ ){0,3}?hostages?"
    r"|(?:locked|locking) (?:up )?(?:the |a |an |their |his |her |\d+ |two |three )(?:[\w'-]+ ){0,2}?(?:inside|in (?:an? |the |his |her |their )(?:[\w-]+ )?(?:office|room|building|classroom|hall))"
    # material laid across the road to block it (ACLED's codebook: road blocks of
    # barricades, burning tyres or other material make a violent demonstration)
    r"|(?:threw|throwing|plac(?:ed|ing)|put(?:ting)?|la(?:id|ying)|dump(?:ed|ing)|fell(?:ed|ing)) (?:[\w-]+ ){0,2}?(?:tree trunks|logs|boulders|rocks|stones|tyres|tires|debris)"
    r" (?:on|across|onto|over) (?:the |a |an )?(?:[\w'-]+ ){0,2}?(?:roads?|highways?|streets?|railway|tracks)"
    r"|forc(?:ibly|efully) (?:enter\w*|broke|break\w*))\b", re.I)
INTERVENTION = re.compile(
    r"\b(?:tear[- ]?gas\w*|teargas\w*|water cannons?|dispers(?:ed|e|ing)|rubber bullets|live (?:ammunition|rounds|bullets)|batons?"
    rf"|beat(?:en)? (?:the )?(?:{noun_rx('protesters')})|(?:opened fire|fired) (?:on|at) (?:the )?(?:{noun_rx('protesters')}|crowds?|them)"
    r"|arrest(?:ed|s)?|detain(?:ed|s)?|interrupted|broke up|break up|stun grenades?|warning shots|bundl\w+|whipped"
    rf"|attacked the (?:{noun_rx('protesters')}))\b", re.I)
EXCESSIVE = re.compile(
    r"\b(?:open(?:ed|s)? fire|fired (?:live|on|at|into)|shot(?: dead)?|shoot(?:s|ing)?|kill(?:ed|ing|s)?|live (?:ammunition|rounds|bullets)"
    r"|bullet wounds|gunshot wounds"
    # killed by blows, not bullets: "beat two marchers to death", "clubbed a student to death"
    r"|(?:beat(?:s|en)?|club(?:s|bed)?|bludgeon(?:s|ed)?|hack(?:s|ed)?|stabb(?:ed|ing)) (?:[\w'-]+ ){0,3}?to death)\b", re.I)
LETHAL_FORCE = re.compile(r"\blive (?:ammunition|rounds|bullets)|bullet wounds|gunshot wounds|shot (?:and )?(?:dead|injured|wounded|killed)", re.I)
# The demonstrators named as the ones killed or shot ("protesters were killed", "two
# marchers were shot dead", "killing a demonstrator"): lethal force on the crowd itself,
# whether or not the report gives a figure (ACLED's codebook: excessive force).
DEMONSTRATORS_SHOT = re.compile(
    rf"\b(?:{noun_rx('protesters')}|protester|protestor|demonstrator|marcher|striker)s?\s+(?:[\w'-]+\s+){{0,3}}?"
    r"(?:were|was|have been|has been|had been|got)\s+(?:\w+ly\s+)?(?:killed|shot|gunned down|beaten to death|clubbed to death)\b"
    # (not rubber bullets or pellets: force short of lethal, an intervention)
    r"(?!\s+(?:\w+\s+)?(?:with|by)\s+(?:\w+\s+)?(?:rubber|plastic|pellets?|tear|water|stun))"
    r"|\b(?:killing|killed|shot dead|shooting dead|gunned down|gunning down)\s+(?!of\b)(?:at least\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{noun_rx('protesters')}|protester|protestor|demonstrator|marcher|striker)s?\b", re.I)
DEMONSTRATORS_SHOT = gated(DEMONSTRATORS_SHOT, by_strings=False)  # (scanned only in texts where a match may be)
# Tried only at the words a match can open with (see prefilter.py).
PROTEST_WORD, PROTEST_VIOLENCE, INTERVENTION, EXCESSIVE = PatternGroup(
    [PROTEST_WORD, PROTEST_VIOLENCE, INTERVENTION, EXCESSIVE]).members

# What a crowd reacted to, told after its protest verb ("marched after police killed a
# classmate", "rallied following a driver's shooting", "poured into the streets over a
# trader's killing"): the grievance, up to the end of its clause, not force used on
# the crowd.
_REACTED_TO = re.compile(r"\b(?:after|following|over|in the (?:wake|aftermath) of|to (?:denounce|condemn|mourn)"
                         r"|(?:demand\w*|seek\w*|call\w* for) justice for)\b"
                         # up to a clause of the event's own ("… over fees when police opened fire")
                         r"(?:(?!\b(?:when|as|while|but|before|until|then)\b)[^,.;:()])*$", re.I)


def _reacted_to(text: str, at: int) -> bool:
    """Whether the words at ``at`` are inside a clause telling what the crowd reacted to:
    a cue of cause after a protest word, with no clause break between cue and ``at``."""
    start = max(text.rfind(".", 0, at), text.rfind(";", 0, at)) + 1
    cue = _REACTED_TO.search(text, start, at)
    return cue is not None and PROTEST_WORD.search(text[start : cue.start()]) is not None


def _told_of_this_event(rx: re.Pattern, sentence: str) -> bool:
    spans = background_spans(sentence)
    return any(not inside(m.start(), spans) and not _reacted_to(sentence, m.start()) for m in rx.finditer(sentence))


def excessive_force(text: str, deaths: int) -> bool:
    """Whether lethal force was used on the demonstrators in this event: they are named
    as the ones killed or shot (DEMONSTRATORS_SHOT), or force that can kill (EXCESSIVE)
    is told with deaths (``deaths``, those the crowd reacted to left out) or with live
    fire; in any sentence, neither in a clause recalling other events nor in what the
    crowd reacted to."""
    sentences = [s.text for s in split_sentences(text)]
    if any(_told_of_this_event(DEMONSTRATORS_SHOT, s) for s in sentences):
        return True
    return any(_told_of_this_event(EXCESSIVE, s) for s in sentences) and (
        deaths > 0 or any(_told_of_this_event(LETHAL_FORCE, s) for s in sentences))


# Violence named as a thing ("the vandalism", "prior clashes", "the burning of a bus"), not
# as what someone did ("clashed", "burning tyres"): inside a clause that recalls what a
# crowd protests or what came before, it is the grievance, not the crowd's conduct.
_NAMED_AS_A_THING = re.compile(r"(?:vandalism|clash(?:es)?|attacks?|assaults?|arson|looting|violence|destruction|damage"
                               r"|rampage|riots?|rioting|scuffles?|(?:\w+ing)(?= of\b))\b", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|prior|earlier|previous|recent|alleged|and|of"
                                r"|following|after|amid|amidst|over|against)\s+$", re.I)
# Violence named after "for", "against", "involved in" ("punishment for those involved in
# setting fire to a bus", "against vandalism"): someone's act the crowd names, not its own.
# A feared act ("closed their shops, fearing looting") is none done.
_ANOTHERS_ACT_BEFORE = re.compile(r"\b(?:for|accused of|against|involved in|responsible for|(?:end|stop|halt) to"
                                  r"|fear(?:ing|ed|s)?|for fear of|threat of|risk of)\s+$", re.I)
# What the crowd accuses or blames others of ("accusing the police of burning their stalls"):
# the others' act, however long the name of those accused.
_ACCUSATION_BEFORE = re.compile(rf"\b{ACCUSING_OTHERS}\s+$", re.I)
_NAMED_OR_GERUND = re.compile(r"\w+ing\b|(?:vandalism|clash(?:es)?|attacks?|assaults?|arson|looting|violence|destruction"
                              r"|damage|rampage|riots?|scuffles?)\b", re.I)
_GRIEVANCE_BEFORE = re.compile(r"\b(?:against|over|condemn\w*|denounc\w*|decr(?:y|ied|ying)|protest(?:ing|ed)?|in response to"
                               r"|following|amid|accus\w+ (?:\w+ )?of)\s+(?:[\w'-]+\s+){0,3}$", re.I)


# Inside a clause that recalls other events: weapons named, an act named by its gerund
# ("the burning of"), violence named with its kind ("ethnic clashes", "police attacks").
_WEAPON_NAMED = re.compile(r"(?:machetes?|clubs)\b", re.I)
_GERUND_OF = re.compile(r"\w+ing of\b", re.I)
_AUX_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+$", re.I)
_KIND_BEFORE = re.compile(r"\b(?:ethnic|communal|tribal|political|sectarian|post-election|electoral|increased|rising|continued"
                          r"|renewed|police|military|gang|armed|inter-?\w+)\s+$", re.I)
# Crowds who "stormed the streets" marched; they broke into nothing.
_MARCH_NOT_STORM = re.compile(r"stormed (?:the )?streets\b", re.I)
# A crowd that stormed or invaded a place to voice a grievance ("stormed the ministry to
# demand their pay", "invaded the stadium to protest their eviction"): entering to be
# heard, no violence of its own (ACLED's codebook: a demonstration is violent by what its
# crowd destroys or whom it hurts); not a place stormed to free a detainee or to loot.
# The grievance told as what the crowd was doing ("stormed the county offices, demanding
# a meeting", "stormed the ministry and demanded their pay") is voiced the same way.
STORMED_TO_PROTEST = re.compile(r"(?:storm(?:ed|s|ing)?|invad(?:ed|e|es|ing))\b(?:\s+(?!to\b|and\b)[\w'-]+,?){0,8}?\s+(?:(?:in order )?to\s+"
                                r"(?:protest|demand|denounce|press|call|express|condemn|petition|push|seek|oppose|register|air|voice"
                                r"|present|deliver|submit|complain)|(?:demanding|protesting|seeking|calling for|in protest)"
                                r"|and (?:demand(?:ed|s)?|protest(?:ed|s)?|call(?:ed|s)? for))\b", re.I)


# Barricades the state's forces put up or stand behind ("police barricaded the road to
# parliament", "stopped by police barricades"): a measure against the crowd, no violence
# of its own (ACLED's codebook: barricades the demonstrators build make a riot).
_BARRICADE = re.compile(r"barricad", re.I)
_STATE_BEFORE = re.compile(r"\b(?:police|policemen|gendarmes?|gendarmerie|soldiers|troops|army|security|authorities|officers|guards)"
                           r"(?:\s+(?:forces|officers|personnel|agents|units))?\s+(?:\w+ly\s+)?(?:(?:placed|put up|set up|erected|mounted"
                           r"|used|manned|installed|built|raised)\s+(?:\w+\s+){0,2}?)?$", re.I)
_STATE_AFTER = re.compile(r"\w*\s+(?:\w+\s+){0,3}?by\s+(?:the\s+)?(?:riot\s+)?(?:police|gendarmes|soldiers|troops|security|authorities)\b", re.I)


def state_barricade(text: str, at: int) -> bool:
    """Whether the barricade word at ``at`` is the state's forces' (see _BARRICADE)."""
    return _BARRICADE.match(text, at) is not None and (
        _STATE_BEFORE.search(text, max(0, at - 60), at) is not None or _STATE_AFTER.match(text, at) is not None)


# Inside what the crowd protests, a relative clause tells of the people it protests about
# ("against the officers who beat a driver"), not of the crowd.
_RELATIVE_IN_GRIEVANCE = re.compile(r"\b(?:who|whom|which|that)\b(?![^,;]*\b(?:protest\w*|demonstrat\w*|march\w*)\b)", re.I)


def _stormed_to_protest(text: str, m: re.Match) -> bool:
    """Whether the match is a place stormed to voice a grievance (see STORMED_TO_PROTEST),
    its crowd named before the verb or not."""
    verb = re.search(r"\b(?:storm|invad)", m.group(), re.I)
    return verb is not None and STORMED_TO_PROTEST.match(text, m.start() + verb.start()) is not None


def _span_start(spans, at: int) -> int:
    return max((a for a, b in spans if a <= at < b), default=at)


def crowd_violence(text: str) -> bool:
    """Whether PROTEST_VIOLENCE names what the crowd did: a match inside a clause recalling
    what it protests or what came before ("rallied against the prior torching of a bus",
    "after earlier clashes") counts only when it is a verb (ACLED's codebook types a
    demonstration by its own conduct)."""
    spans = background_spans(text)
    kin = [*victims_kin_spans(text), *claimed_spans(text)]
    for m in PROTEST_VIOLENCE.finditer(text):
        if any(a < m.end() <= b for a, b in kin):
            continue  # "miners killed in a raid", the kin's dead, a claim: another event's violence
        if m.group().lower().startswith(("set", "burn", "torch")) and SYMBOL_BURNT_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "his effigy was set on fire": a symbol burnt, no destruction
        if state_barricade(text, m.start()):
            continue  # "police barricaded the square": the state's measure, not the crowd's act
        before = text[max(0, m.start() - 60) : m.start()]
        if _DENIED_BEFORE.search(before) or _MARCH_NOT_STORM.match(text, m.start()) or _stormed_to_protest(text, m):
            continue  # "no clashes were reported", "free of any running battles", "stormed the streets"
        if (_ANOTHERS_ACT_BEFORE.search(before[-25:]) or _ACCUSATION_BEFORE.search(before)) and _NAMED_OR_GERUND.match(text, m.start()):
            continue  # "demanding punishment for vandalising the office", "accused of looting"
        if not (inside(m.start(), spans) or _GRIEVANCE_BEFORE.search(before)):
            return True
        if _RELATIVE_IN_GRIEVANCE.search(text, _span_start(spans, m.start()), m.end()):
            continue  # "demanding punishment for traders who looted the depot": the others' act
        if _WEAPON_NAMED.match(text, m.start()) or _GERUND_OF.match(text, m.start()) \
                or (_AUX_BEFORE.search(before[-8:]) and not re.match(r"\w+ing\b", m.group())):
            # "a man attacked with machetes", "there was burning of dormitories", "a chief who
            # was hacked": no act of the crowd's
            continue
        if not (_NAMED_AS_A_THING.match(text, m.start())
                and (_DETERMINER_BEFORE.search(before[-12:]) or _KIND_BEFORE.search(before[-16:]))):
            return True
    return False


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|recent|alleged)\s+$", re.I)
# What the crowd asks for ("demanding that the killers' arrest", "calling for the
# detention of the mayor"): a demand, not what was done to it.
_DEMANDED_BEFORE = re.compile(r"\b(?:demand\w*|call(?:s|ed|ing)? for|seek\w*|sought|urg\w*|press\w* for|pushing for)\s+"
                              r"(?:(?:the|an?|their|his|her|immediate|swift|prompt)\s+){0,2}$", re.I)


def intervened(text: str) -> bool:
    """Whether INTERVENTION names what was done to the crowd, not what it protests
    ("rallied against the arrest of their leader": a grievance, named as a thing after a
    word of protest, or recalled as what came before: "poured into the streets after his
    arrest")."""
    spans = None
    for m in INTERVENTION.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()]
        if _GRIEVANCE_BEFORE.search(before) and _ARTICLE_BEFORE.search(before[-12:]) or _DEMANDED_BEFORE.search(before):
            continue
        spans = background_spans(text) if spans is None else spans
        if inside(m.start(), spans) and _ARTICLE_BEFORE.search(before[-12:]):
            continue
        return True
    return False


_ASSAULT = r"(?:assault|attack|beat|hack|stabb?|chas|swoop)\w*(?:\s+(?:on|upon))?(?:\s+and\s+(?:injur|beat|chas|assault)\w*)?"
PROTEST_ATTACKED = re.compile(
    rf"\b{_ASSAULT}\s+(?:the\s+)?(?:at least\s+)?(?:[\d-]+\s+)?(?:(?:demonstrating|protesting|marching|agitating|rallying)\b"
    rf"|(?:{noun_rx('protesters')})\b)"
    rf"|\b{_ASSAULT}\b[^.;]{{0,100}}?\b(?:during|at) (?:the |their |its |a )?(?:[\w'-]+ ){{0,3}}?"
    r"(?:demonstrations?|protests?|rall(?:y|ies)|road march|procession|human chain|sit-in)\b"
    rf"|\b{_ASSAULT}\b[^.;]{{0,100}}?\bwho (?:were|was) (?:staging|holding|participating|demonstrating|protesting)\b"
    # while they demonstrated ("assaulted six traders as they were protesting"); the
    # demonstration itself the object ("attacked the protest", "hurled bombs at a sit-in").
    # Not a rally, a procession or a meeting: a campaign's or a party's gathering attacked
    # by its rivals is mob violence (ACLED's codebook), no protest.
    rf"|\b{_ASSAULT}\b[^.;]{{0,100}}?\b(?:when|as|while) (?:the |they |their )?(?:[\w'-]+ ){{0,2}}?(?:were|was) (?:demonstrating|protesting"
    r"|(?:staging|holding) (?:an? |their )?(?:[\w'-]+ )?(?:protests?|demonstrations?|human chains?|sit-ins?))\b"
    rf"|\b{_ASSAULT}\s+(?:the\s+|an?\s+|their\s+)?(?:[\w'-]+\s+){{0,2}}?(?:protest|demonstration|human chain|sit-in)s?\b(?! (?:rally|rallies|procession|march))"
    r"|\b(?:threw|throwing|hurled|hurling|lobbed|exploded|exploding) (?:[\w-]+ ){0,3}?(?:at|on|near) (?:a |the |an )?(?:[\w'-]+ ){0,2}?"
    r"(?:protest|demonstration|human chain|sit-in)s?\b(?! (?:rally|rallies|procession|march))"
    # the demonstrators' camp attacked: "stormed the sit-in camp", "raided a protest site"
    rf"|\b(?:{_ASSAULT}|storm(?:ed|s|ing)|raid(?:ed|s|ing))\s+(?:the\s+|an?\s+|their\s+)?(?:[\w'-]+\s+){{0,2}}?(?:protest|sit-?in|demonstrators'?|protesters'?)\s+"
    r"(?:camps?|encampments?|tents?|sites?)\b", re.I)
# The demonstrators' own violence named with them as its subject.
# (rioters who attack a demonstration are its attackers, not its crowd)
PROTESTERS_ACTED = re.compile(r"\b(?:violent\w*|riot(?!ers?\b)\w*|running battles?|mobs?)\b"
                               r"|\brioters?\b(?!\s+(?:[\w-]+\s+){0,3}?(?:threw|hurled|exploded|attacked|assaulted)\b[^.;]{0,60}?"
                               r"\b(?:protest|rally|procession|march|demonstration)s?\b)"
                               rf"|\b(?:{noun_rx('protesters')}|rioters|locals|inhabitants)\s+(?:[\w'-]+\s+){{0,3}}?(?:threw|hurled|pelted|torched|burn\w*|set|vandali[sz]\w*"
                               r"|clash\w*|attack\w*|assault\w*|stoned|block\w*|barricad\w*|loot\w*|damag\w*|smash\w*)"
                               # (not what they threw at a demonstration: those who attack one are not its crowd)
                               r"(?![^.;]{0,60}?\bat (?:an? |the )?(?:[\w'-]+ ){0,2}?(?:protest|demonstration|human chain|sit-in|rally|procession|march)s?\b)"
                               # named as the agent of a passive: "was assaulted by marchers"
                               rf"|\b(?:attacked|assaulted|beaten|stoned|injured|chased|burnt|burned|torched) by (?:the )?(?:[\w-]+ )?"
                               rf"(?:{noun_rx('protesters')}|rioters|crowds?|mobs?)\b", re.I)
# Tried only at the words a match can open with, both in one scan (see prefilter.py).
PROTEST_ATTACKED, PROTESTERS_ACTED = PatternGroup([PROTEST_ATTACKED, PROTESTERS_ACTED]).members


# Violence told as happening inside a demonstration ("shot dead during protests in
# Oldtown", "killed amid the demonstrations"): the demonstration is the event, and what the
# crowd did decides a riot or a protest met with force (ACLED's codebook: excessive force
# against protesters; a violent demonstration).
_DURING_DEMONSTRATION = re.compile(
    r"\b(?:during|in|amid|amidst)\s+(?:(?:the|a|an|their|its)\s+(?:[\w'-]+\s+){0,3}?(?:protests?|demonstrations?|riots?|rioting|march)"
    # no article: plural only ("in protest against", a purpose, tells of no demonstration)
    r"|(?:[\w'-]+\s+){0,3}?(?:protests|demonstrations|riots|rioting))\b", re.I)
_DURING_DEMONSTRATION = gated(_DURING_DEMONSTRATION, by_strings=False)  # (scanned only in texts where a match may be)


def within_demonstration(sentence: str, trigger) -> bool:
    """Whether the sentence tells its violence as inside a demonstration (see
    _DURING_DEMONSTRATION), outside any clause that recalls other events."""
    spans = background_spans(sentence)
    return any(not inside(m.start(), spans) for m in _DURING_DEMONSTRATION.finditer(sentence))
