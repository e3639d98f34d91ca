"""Actors, round 13: naming families written with our own sentences, each with the rule it
documents. Names are compared as ``geo eval acled`` compares them (``actor_key``:
case-folded, the period in brackets dropped)."""

from __future__ import annotations

import pytest

from incident_helpers import first_incident, same_actor as _same


def _main(text, gz, published="2016-06-01"):
    return first_incident(text, published, gz)


# -- A people's armed men whose country the report states ("Chadian Zaghawa fighters",
#    "Fulani herdsmen from Niger") are that people's militia of the stated country: ACLED
#    names an identity militia after where it comes from, not after where it struck nor
#    after the people's usual homeland.
STATED_ORIGIN = [
    ("Chadian Zaghawa fighters raided a cattle camp near Kutum in North Darfur, killing four herders.",
     "Zaghawa Ethnic Militia (Chad)"),
    ("Nigerien Fulani herders attacked farmers near Agogo in Ghana, injuring two.",
     "Fulani Ethnic Militia (Niger)"),
    ("Fulani herdsmen from Niger attacked farmers near Agogo in Ghana, injuring two.",
     "Fulani Ethnic Militia (Niger)"),
    ("South Sudanese Acholi warriors shot dead two herders near Kitgum and drove off 400 goats.",
     "Acholi Ethnic Militia (South Sudan)"),
    ("South Sudanese Nyangatom militiamen crossed the border and killed three herders at a cattle camp near Kangaten.",
     "Nyangatom Ethnic Militia (South Sudan)"),
    ("Somali Gadabuursi clan militia attacked a water point near Dembel in Ethiopia, killing two herders.",
     "Gadabuursi Clan Militia (Somalia)"),
]


@pytest.mark.parametrize("text,actor1", STATED_ORIGIN)
def test_identity_militia_named_after_its_stated_country(text, actor1, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)


# Without a stated country the people's militia keeps its homeland's (or, for a people of
# no one homeland, the incident's) name: the rule reads no country into the text.
NO_STATED_ORIGIN = [
    ("Sakuye raiders attacked a village and stole 300 goats.", "Sakuye Ethnic Militia (Kenya)"),
    ("Fulani herdsmen attacked farmers near Agogo, injuring two.", "Fulani Ethnic Militia (Ghana)"),
    ("Heavily armed Zaghawa fighters raided a cattle camp near Kutum in North Darfur, killing four herders.",
     "Zaghawa Ethnic Militia (Sudan)"),
]


@pytest.mark.parametrize("text,actor1", NO_STATED_ORIGIN)
def test_identity_militia_without_stated_country_unchanged(text, actor1, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)


# -- Countries whose GeoNames name differs from ACLED's are written as ACLED writes them
#    inside an actor's name: "Protesters (Netherlands)", "Police Forces of the Netherlands"
#    (GeoNames: "The Netherlands").
ACLED_COUNTRY_NAMES = [
    ("Climate activists blocked the A12 motorway in The Hague to demand an end to fossil fuel subsidies. [size=hundreds]",
     "Protesters (Netherlands)", None),
    ("Farmers drove tractors onto the highway near Groningen to protest nitrogen emission cuts; police arrested five.",
     "Protesters (Netherlands)", "Police Forces of the Netherlands"),
    ("Dutch police used water cannon against rioters who threw fireworks in Rotterdam during protests against the curfew.",
     "Rioters (Netherlands)", "Police Forces of the Netherlands"),
]


@pytest.mark.parametrize("text,actor1,actor2", ACLED_COUNTRY_NAMES)
def test_country_written_as_acled_writes_it(text, actor1, actor2, gz):
    inc = _main(text, gz, "2022-07-10")
    assert _same(inc.actor1, actor1), (text, inc.actor1)
    if actor2 is not None:
        assert _same(inc.actor2, actor2), (text, inc.actor2)


# -- A community's armed men said to come from a named place ("armed men from Oldtown
#    village", "herders suspected to be from Oldtown") are that locality's communal militia,
#    as ACLED names "Oldtown youths"; from a people's land ("raiders from the Koro area")
#    they are that people's militia.
FROM_A_PLACE = [
    ("Armed men from Kadarko village attacked farmers in Giza, Nasarawa state, killing five.",
     "Kadarko Communal Militia (Nigeria)"),
    ("Herders suspected to be from Keana attacked farmers near Doma, injuring four.",
     "Keana Communal Militia (Nigeria)"),
    ("Armed men from Sundarpur village attacked a neighbouring hamlet in Nalanda district, Bihar, over a land dispute, injuring six.",
     "Sundarpur Communal Militia (India)"),
    ("Militiamen from Ugep attacked neighbouring Idomi over a land dispute, killing four people.",
     "Ugep Communal Militia (Nigeria)"),
    ("Cattle raiders from the neighbouring Didinga area stole 500 cattle and killed two herders near Kapoeta.",
     "Didinga Ethnic Militia (South Sudan)"),
]


@pytest.mark.parametrize("text,actor1", FROM_A_PLACE)
def test_armed_men_from_a_place_are_its_communal_militia(text, actor1, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)


# Men driven from a place, men from a place who were the victims, and residents (as often
# protesters) are no militia of that place.
NOT_FROM_A_PLACE = [
    ("Police officers evicted herders from a forest reserve in Nasarawa state, arresting three.", "Communal"),
    ("Twelve herders from Keana were killed by gunmen near Doma.", "Keana"),
    ("Residents from Gidan Kwano village blocked the highway to protest frequent accidents.", "Militia"),
    ("Militiamen from Deir ez-Zor attacked a checkpoint near Raqqa, killing three.", "Deir Communal"),
]


@pytest.mark.parametrize("text,absent", NOT_FROM_A_PLACE)
def test_no_communal_militia_without_armed_men_from_a_place(text, absent, gz):
    inc = _main(text, gz)
    assert absent not in (inc.actor1 or ""), (text, inc.actor1)


# -- `geo ingest --country` reads the country from the small country tables, not the whole
#    gazetteer: every code, name and demonym the tables tell apart gives the gazetteer's answer.
def test_light_country_lookup_agrees_with_the_gazetteer(gz):
    from geo.incidents.actor_country_lookup import light_country_code
    from geo.incidents.actor_names import country_code_of

    told = 0
    values = [v for iso, name in gz.country_names.items() for v in (iso, name)] + list(gz.demonyms)
    for value in values:
        light = light_country_code(value)
        if light is not None:
            told += 1
            assert light == country_code_of(value, gz), value
    assert told > 0.9 * len(values)


@pytest.mark.parametrize("value,iso", [("SD", "SD"), ("Sudan", "SD"), ("Sudanese", "SD"), ("Democratic Republic of Congo", "CD"),
                                       ("the Gambia", "GM"), ("Netherlands", "NL"), ("Somalis", "SO"), ("", "")])
def test_light_country_lookup(value, iso):
    from geo.incidents.actor_country_lookup import light_country_code

    assert light_country_code(value) == iso


def test_light_country_lookup_leaves_unknown_names_to_the_gazetteer():
    from geo.incidents.actor_country_lookup import light_country_code

    assert light_country_code("Atlantis") is None


# -- Armed men said ("suspected", "believed") to be of a people, or thought to come "from"
#    a country, are that people's militia or the men of that country, as when the people or
#    country is named before them ("Didinga raiders", "Malian gunmen").
SUSPECTED_TO_BE = [
    ("Two herders were shot dead near Kapoeta by raiders, suspected to be Didingas, who drove off 200 cattle.",
     "Didinga Ethnic Militia (South Sudan)"),
    ("Attackers believed to be Fulani herders killed seven farmers in Omala, Kogi state.",
     "Fulani Ethnic Militia (Nigeria)"),
    ("Gunmen who are suspected to be from Mali attacked a village near Tillia in Tahoua region, Niger, killing five.",
     "Unidentified Armed Group (Mali)"),
]


@pytest.mark.parametrize("text,actor1", SUSPECTED_TO_BE)
def test_armed_men_suspected_to_be_a_people_or_from_a_country(text, actor1, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)
