"""Actors, round 11: naming and country families written with our own sentences, each
with the rule it documents. Names are compared as ``geo eval acled`` compares them
(``actor_key``: case-folded, the period in brackets dropped)."""

from __future__ import annotations

import pytest

from incident_helpers import first_incident, same_actor as _same


def _main(text, gz, published="2021-06-01"):
    return first_incident(text, published, gz)


# -- A country's head of state or party leader named in a report whose only place is a
#    small town of the same name abroad (the report's own village missing from the
#    gazetteer): the unnamed actors are named after the leader's country, as after its
#    institutions or its one-country parties, not after the namesake's.
LEADER_OVER_NAMESAKE = [
    ("Youths loyal to Bobi Wine stoned police officers in Kabanga after a rally was blocked.",
     "Rioters (Uganda)", "Police Forces of Uganda"),
    ("Traders protested in Kongolo against new taxes announced by Magufuli's government.",
     "Protesters (Tanzania)", ""),
    ("Opposition supporters demanding Mugabe's resignation marched in Gitarama and were dispersed by police.",
     "Protesters (Zimbabwe)", "Police Forces of Zimbabwe"),
    ("A mob in Kibondo beat a man accused of stealing ballots meant for Odinga's coalition.",
     "Rioters (Kenya)", "Civilians (Kenya)"),
]


@pytest.mark.parametrize("text,actor1,actor2", LEADER_OVER_NAMESAKE)
def test_leader_names_the_country_over_a_small_namesake_abroad(text, actor1, actor2, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)
    assert _same(inc.actor2, actor2), (text, inc.actor2)


# -- The leader's country is no clue where a sizeable place of another country is named:
#    people protest abroad about other countries' leaders.
def test_leader_abroad_leaves_a_big_city_country(gz):
    inc = _main("Exiles protested outside the embassy in Kigali against Museveni's re-election.", gz)
    assert _same(inc.actor1, "Protesters (Rwanda)"), inc.actor1


# -- A word right after a named group's own name is the group's faction or commander
#    ("Mai-Mai Mazembe", "Nyatura Kavumbi"), part of its name: not a people or a town whose
#    militia would stand beside the group as another side.
FACTIONS = [
    ("Nyatura Kavumbi fighters attacked an army position in Kalehe territory.",
     "Nyatura Militia", "Military Forces of the Democratic Republic of Congo"),
    ("Mai-Mai Yakutumba fighters attacked FARDC positions near Fizi.",
     "Mai-Mai Militia", "Military Forces of the Democratic Republic of Congo"),
    ("Ansar Dine Kidal fighters attacked a checkpoint.",
     "Ansar Dine", "Military Forces of Mali"),
]


@pytest.mark.parametrize("text,actor1,actor2", FACTIONS)
def test_faction_after_a_named_group_is_no_militia_of_its_own(text, actor1, actor2, gz):
    inc = _main(text, gz, published="2017-02-01")
    assert _same(inc.actor1, actor1), (text, inc.actor1)
    assert _same(inc.actor2, actor2), (text, inc.actor2)
    assert "Ethnic Militia" not in inc.actor2 and "Communal Militia" not in inc.actor2


# -- A state's prison service is a unit of its police forces in ACLED's naming ("Police
#    Forces of Ruritania Prison Guards"): guards, warders, jailers and prison officers.
PRISON_GUARDS = [
    ("Prison guards beat inmates who protested over food at the central prison in Zaria.",
     "Police Forces of Nigeria Prison Guards", "Civilians (Nigeria)"),
    ("Warders shot dead two inmates trying to escape from a jail in Mandalay.",
     "Police Forces of Myanmar Prison Guards", "Civilians (Myanmar)"),
    ("Two inmates were shot by jail guards in Maracaibo.",
     "Police Forces of Venezuela Prison Guards", "Civilians (Venezuela)"),
    ("Rioting prisoners attacked prison officers in Port-au-Prince and set fire to the cells.",
     "Rioters (Haiti)", "Police Forces of Haiti Prison Guards"),
]


@pytest.mark.parametrize("text,actor1,actor2", PRISON_GUARDS)
def test_prison_guards_are_a_unit_of_the_police(text, actor1, actor2, gz):
    inc = _main(text, gz, published="2018-03-01")
    assert _same(inc.actor1, actor1), (text, inc.actor1)
    assert _same(inc.actor2, actor2), (text, inc.actor2)


def test_plain_police_stay_plain(gz):
    inc = _main("Police shot dead two robbery suspects in Zaria.", gz, published="2018-03-01")
    assert _same(inc.actor1, "Police Forces of Nigeria"), inc.actor1


# -- A country's own institutions, units and currency name the country of a report whose
#    places the gazetteer lacks (``country_clues.toml``): South Sudan's payams, Tunisia's
#    labour union, Zimbabwe's bond notes, South Africa's student fee movement.
CLUE_WORDS = [
    ("Villagers in Wunlit payam protested against the new county commissioner.", "Protesters (South Sudan)"),
    ("Unemployed graduates held a sit-in inside the UGTT regional office in Bir Lahfay.", "Protesters (Tunisia)"),
    ("Vendors protested against the bond notes in Sakubva market.", "Protesters (Zimbabwe)"),
    ("Students marched under the FeesMustFall banner at the Turfloop campus.", "Protesters (South Africa)"),
]


@pytest.mark.parametrize("text,actor1", CLUE_WORDS)
def test_national_clue_words_name_the_country(text, actor1, gz):
    inc = _main(text, gz, published="2016-05-01")
    assert _same(inc.actor1, actor1), (text, inc.actor1)


# -- A nation's demonym that is also a people living across its borders ("Somali"),
#    before a militia's noun in a report placed in a neighbour where that people lives
#    (``homelands.toml`` [nation_peoples]): the people's militia of that neighbour, not
#    armed men come from abroad. Gunmen of no known side, and the people's militiamen in
#    their own nation, keep the unidentified group's name.
NATION_PEOPLES = [
    ("Armed Somali militiamen shot dead two farmers near Habaswein.", "Somali Ethnic Militia (Kenya)"),
    ("Somali militiamen raided a farming settlement near Jijiga, burning ten huts.", "Somali Ethnic Militia (Ethiopia)"),
    ("Somali militiamen clashed with Borana youths near Habaswein, leaving two dead.", "Somali Ethnic Militia (Kenya)"),
    ("Somali gunmen attacked a police post in Gode.", "Unidentified Armed Group (Somalia)"),
    ("Somali militiamen attacked a village near Bosaso.", "Unidentified Armed Group (Somalia)"),
]


@pytest.mark.parametrize("text,actor1", NATION_PEOPLES)
def test_a_nation_people_militia_in_a_neighbour(text, actor1, gz):
    inc = _main(text, gz, published="2017-10-05")
    assert _same(inc.actor1, actor1), (text, inc.actor1)
