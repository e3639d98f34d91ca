"""Where unnamed armed men come from, when the report says it: "Chadian gunmen", "raiders
from Uganda", "assailants of Eritrean origin". ACLED names an unidentified group or
militia by the country it comes from, not by the one it strikes in ("Unidentified Armed
Group (Chad)" for gunmen from Chad who raid a Sudanese village), as it names civilians by
their own country."""

from __future__ import annotations

import re
from functools import cache

from geo.gazetteer import Gazetteer, load_gazetteer
from geo.incidents.actor_names import acled_country_name, country_named, demonym_country
from geo.incidents.lexicon import homelands, noun_rx, nouns, words_rx
from geo.incidents.model import Sentence

# Who may come from abroad: armed men no one named, and those who raid or rob. Matched in
# lower case or capitalised, not in any case: a case-blind scan of every sentence costs a
# third more.
_ARMED_WORDS = (*nouns("armed_groups"), *nouns("outlaws", form="plural"),
                "armed men", "armed group", "armed groups", "armed individuals", "armed youths", "unidentified men", "unknown men")
_ARMED = words_rx(sorted({v for w in _ARMED_WORDS for v in (w, w[0].upper() + w[1:])}))
# Words between a demonym and the noun: "Somali armed bandits", "Ugandan cattle raiders".
_BETWEEN = r"(?:(?:armed|unidentified|unknown|suspected|heavily|cattle|livestock|camel|ethnic|tribal|local|rogue|masked|rival) ){0,3}"
_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The armed nouns (one scan of a sentence finds them); a demonym before one, with
    the words between ("Chadian [cattle] raiders"), read back from the noun; and a country
    said after one ("from Chad", "of Chadian origin")."""
    armed = re.compile(rf"\b(?:{_ARMED})\b")
    demonym_before = re.compile(rf"\b(?P<who>{_NAME}) (?i:{_BETWEEN})$")
    land_after = re.compile(rf",?\s+(?:(?:who (?:are |were |had been )?)?(?:believed|suspected|thought|said|reported) to (?:be |have (?:come|crossed) )?)?"
                            rf"(?:(?:who (?:came|crossed over|had crossed) )?from (?:neighbou?ring |across the border in )?(?:the )?(?P<land>{_NAME})"
                            rf"|of (?P<origin>{_NAME}) (?:origin|nationality|descent))\b")
    return armed, demonym_before, land_after


def _demonym(word: str, gz: Gazetteer) -> str:
    """ISO code of a country's demonym ("Chadian", "Somalis"); "" for any other word."""
    return demonym_country(word, gz, plural=True) or ""


def armed_men_origin(sentences: list[Sentence], gz: Gazetteer) -> tuple[str, bool]:
    """ISO code of the country the incident's sentences say armed men came from
    ("Chadian gunmen", "bandits from Chad", "attackers of Chadian origin"), and whether it
    was said after the noun ("from Chad", "of Chadian origin"); ("", False) when none."""
    armed, demonym_before, land_after = _patterns()
    found = ("", False)
    for s in sentences:
        for m in armed.finditer(s.text):
            after = land_after.match(s.text, m.end())
            if after:
                iso = country_named(after.group("land"), gz) if after.group("land") else _demonym(after.group("origin"), gz)
                if iso:
                    return iso, True  # said after the noun: the surest
            before = found[0] == "" and demonym_before.search(s.text, max(0, m.start() - 60), m.start())
            if before:
                # "Unidentified Chadian gunmen": the demonym is the name's last word.
                words = before.group("who").split()
                iso = _demonym(before.group("who"), gz) or (_demonym(words[-1], gz) if len(words) > 1 else "")
                if iso:
                    found = (iso, False)
    return found


_UNIDENTIFIED = re.compile(r"^Unidentified (?:Armed Group|\w+ Militia)(?: \((?P<country>[^)]*)\))?$")
# A people's militia ("Koro Ethnic Militia (Ruritania)"): its people's name stands before
# the noun, so only words after it ("from Lamoria") tell where these men came from.
_PEOPLES_MILITIA = re.compile(r"^[A-Z][\w'-]*(?: [A-Z][\w'-]*)? (?:Ethnic|Communal|Clan) Militia(?: \((?P<country>[^)]*)\))?$")


def from_origin(actor1: str, actor2: str, origin: str, gz: Gazetteer, said_after: bool = False,
                country: str = "", sentences: list[Sentence] = ()) -> tuple[str, str]:
    """The incident's first unidentified side named by the country its men came from
    (``origin``, an ISO code): "Unidentified Armed Group (Sudan)" -> "(Chad)"; a people's
    militia too where the country was said after the noun (``said_after``: "Koro militia
    from Chad"). The other side keeps its name: raiders from abroad meet the home state's
    forces or villagers. Where the demonym is also a people's name, stands before a
    militia's noun in ``sentences`` ("Somali militiamen", not "Somali gunmen": armed men
    of no known side) and the incident lies in ``country`` (ISO), a neighbour where that
    people lives too, the men are that people's militia of ``country``."""
    name = acled_country_name(gz, origin)
    people = "" if said_after else _nation_people(origin, country)
    if people and not any(_people_militia_rx(people).search(s.text) for s in sentences):
        people = ""
    for i, actor in enumerate((actor1, actor2)):
        m = _UNIDENTIFIED.match(actor or "") or (_PEOPLES_MILITIA.match(actor or "") if said_after else None)
        if m:
            renamed = f"{actor[: m.start('country') - 2] if m.group('country') is not None else actor} ({name})"
            if people:
                renamed = f"{people} Ethnic Militia ({acled_country_name(gz, country)})"
            return (renamed, actor2) if i == 0 else (actor1, renamed)
    return actor1, actor2


def _nation_people(origin: str, country: str) -> str:
    """The people named by ``origin``'s demonym ("Somali") when it lives in ``country`` too
    (``homelands.toml`` [nation_peoples]); "" otherwise."""
    if not country or country == origin or country not in homelands("nation_peoples").get(origin, ()):
        return ""
    return _demonym_word(origin)


@cache
def _people_militia_rx(people: str) -> re.Pattern:
    """The people's name before a militia's noun ("Somali militiamen", "armed Somali herders")."""
    return re.compile(rf"\b{re.escape(people)}s? (?:(?i:{_BETWEEN}))?(?:{noun_rx('identity_groups')})\b")


@cache
def _demonym_word(iso: str) -> str:
    """A nation's demonym as a people's name ("Somali" for SO), from the gazetteer."""
    gz = load_gazetteer()
    words = sorted(k for k, v in gz.demonyms.items() if v == iso and not k.endswith("s"))
    return words[0].title() if words else ""
