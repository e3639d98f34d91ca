"""The word lists place finding reads, loaded once from ``geo/data/places/``.

Word files (``*.txt``) hold words separated by spaces or line breaks; phrase files one
phrase per line; ``#`` starts a comment. ``region_kinds.toml`` maps the words that say
what kind of region a name is to a GeoNames feature code.
"""

from __future__ import annotations

import tomllib
from importlib import resources

from geo.gazetteer import Gazetteer, normalize_name


def _data_text(name: str) -> str:
    return resources.files("geo").joinpath("data", "places", name).read_text("utf-8")


def _lines(name: str) -> list[str]:
    return [line.split("#", 1)[0].strip() for line in _data_text(name).splitlines()]


def word_set(name: str) -> frozenset[str]:
    """The words of ``geo/data/places/<name>.txt``."""
    return frozenset(word for line in _lines(f"{name}.txt") for word in line.split())


def phrase_set(name: str) -> frozenset[str]:
    """The phrases (one a line) of ``geo/data/places/<name>.txt``."""
    return frozenset(line for line in _lines(f"{name}.txt") if line)


PARTICLES = word_set("particles")  # "ez" of "Deir ez-Zor", "of" of "Isle of Man"
JOINING_PREPOSITIONS = word_set("joining_prepositions")  # "at" of "Flights at Kandahar": particles that are English words
FUNCTION_WORDS = word_set("function_words")  # a capital at a sentence's start: "In", "After"
PLACE_WORDS = word_set("place_words")  # "province", "northern", "airport" beside a name
COMPASS_WORDS = word_set("compass_words")  # "East" of "in East Leeds": a part of the place named after it
INSTITUTION_WORDS = word_set("institution_words")  # "Department", "University", "Police"
COMPANY_WORDS = word_set("company_words")  # "Corp", "Inc"
LOCAL_INSTITUTION_WORDS = word_set("local_institution_words")  # "School", "Market": in the place they are named after
DEMONYM_PLACE_NOUNS = word_set("demonym_place_nouns")  # "border" of "the Malian border"
DEMONYM_STATE_NOUNS = word_set("demonym_state_nouns")  # "troops" of "French troops"
LANGUAGE_DEMONYMS = word_set("language_demonyms")  # "French": a language as often as a demonym
MONTHS = word_set("months")
WEEKDAYS = word_set("weekdays")
TITLES = word_set("titles")  # "President", "Sgt", "Mrs"
INSTITUTION_NAMES = phrase_set("institution_names")  # "white house"
NEVER_PLACES = MONTHS | WEEKDAYS | TITLES | word_set("never_places")
SPEECH_VERBS = word_set("speech_verbs")  # "said", "told"
PERSON_PREDICATES = word_set("person_predicates")  # "allegedly" after a name: a person's
PERSON_PARTICIPLES = word_set("person_participles")  # "arrested" of "Nassar was arrested"
PERSON_POSSESSIONS = word_set("person_possessions")  # "lawyer" of "Mensah's lawyer"
LOCATIVES = word_set("locatives")  # "in", "near", "towards"
STRONG_LOCATIVES = word_set("strong_locatives")  # "in", "at": rarely before a person
TARGET_VERBS = word_set("target_verbs")  # "shelled", "hit": the object is where an attack was
STREET_WORDS = word_set("street_words")  # "Street", "Road"
FEATURE_WORDS = word_set("feature_words")  # "River", "Camp", "Township" of a name the gazetteer lacks
LANDMARK_WORDS = word_set("landmark_words")  # "Azadi Stadium": last word of a landmark the gazetteer lacks
NATURAL_FEATURE_WORDS = word_set("natural_feature_words")  # "Lake", "River", "Mount": a feature, not a town
LOCAL_AUTHORITY_WORDS = word_set("local_authority_words")  # "Oldtown police", "Oldtown City Council"
OFFICE_MODIFIERS = word_set("office_modifiers")  # "Vice Mayor", "Deputy Sheriff": not a town before its authorities
ROMANISED_COUNTRIES = word_set("romanised_countries")  # ISO2: names romanised from another script
SETTLEMENTS_OF = word_set("settlement_of_words")  # "the city of", "the mayor of" before a name
SETTLEMENT_OF_WORDS = SETTLEMENTS_OF | word_set("settlement_people_words")  # … and "residents of"
TOWN_PEOPLE_WORDS = word_set("town_people_words")  # "man" of "an Oldtown man", "residents"

# Words that name a kind of place or body, not one place: a run made of these alone with
# an institution's word or a title among them ("the County Assembly", "the Port
# Authority", "Township Committee") names an office of wherever the text is about.
_KIND_WORDS = FEATURE_WORDS | PLACE_WORDS | LOCAL_INSTITUTION_WORDS
_BODY_WORDS = INSTITUTION_WORDS | TITLES


def names_a_body_only(words: list[str]) -> bool:
    """Whether capitalised ``words`` are all words of kinds (``_KIND_WORDS``) and bodies
    or offices (``_BODY_WORDS``), with one or more of the latter: "County Assembly", "Port
    Authority", "District Hospital" name no place of their own ("Camp Bastion", "Lake
    Park" do)."""
    lower = [w.casefold() for w in words]
    return any(w in _BODY_WORDS for w in lower) and all(w in _BODY_WORDS or w in _KIND_WORDS for w in lower)


_REGION_KINDS = tomllib.loads(_data_text("region_kinds.toml"))
TYPE_WORDS: dict[str, str] = _REGION_KINDS["singular"]  # "county" -> "ADM2", "state" -> "ADM1"
LIST_KINDS: dict[str, str] = _REGION_KINDS["plural"]  # "counties" -> "ADM2", "states" -> "ADM1"
# The kind a word before "of" gives the name after it: "the state of Bigstate" (ADM1),
# "the island of Oldisle" (ISL), "the mountains of Highland" (MTS).
KINDS_BEFORE_OF: dict[str, str] = {**TYPE_WORDS, **_REGION_KINDS["before_of"]}


def place_table(name: str) -> list[tuple[str, str, str, str]]:
    """(surface, gazetteer name, ISO2, feature code) of ``geo/data/places/<name>.tsv``:
    short forms ("NSW", "Britain", "Democratic Republic of Congo"), region demonyms
    ("Chechen")."""
    return [tuple(line.split("\t")) for line in _data_text(f"{name}.tsv").splitlines()
            if line.strip() and not line.startswith("#")]


def table_rows(gz: Gazetteer, name: str) -> dict[str, int]:
    """Surface -> gazetteer row of the entries of ``place_table(name)`` that ``gz`` holds
    (the most important entry of that name, country and kind)."""
    rows: dict[str, int] = {}
    for surface, place_name, country, code in place_table(name):
        found = [r for r in gz.rows_for_key(normalize_name(place_name))
                 if gz.country_code[r] == country and gz.feature_code[r] == code]
        if found:
            rows[surface] = max(found, key=gz.prior)
    return rows
