"""Actors, round 9: families written with our own sentences, each with the rule it
documents. Names are compared as ``geo eval acled`` compares them (``actor_key``:
case-folded, the period in brackets dropped)."""

from __future__ import annotations

import pytest

from incident_helpers import first_incident, same_actor as _same


def _main(text, gz, published="2021-06-01"):
    return first_incident(text, published, gz)


# -- Peoples of no one homeland (split between neighbours: Tuareg, Hutu, Pashtun …) are
#    parties to fighting all the same: their armed men, or the people named as a side of a
#    clash, are the people's militia, named after the incident's country (a clan militia
#    in a country of clans) — never "unidentified", never a clue to the country.
SHARED_PEOPLES = [
    ("Hutu and Tutsi fought near Uvira on Sunday, leaving four people dead.",
     "Hutu Ethnic Militia (Democratic Republic of Congo)", "Tutsi Ethnic Militia (Democratic Republic of Congo)"),
    ("Tuareg gunmen raided a market near Menaka and shot dead five traders.",
     "Tuareg Ethnic Militia (Mali)", "Civilians (Mali)"),
    ("Zaghawa and Masalit fought over a water point near Kutum; three herders died.",
     "Zaghawa Ethnic Militia (Sudan)", "Masalit Ethnic Militia (Sudan)"),
    ("The Hausa and the Fulani clashed over a farm near Zangon Kataf; five died.",
     "Hausa Ethnic Militia (Nigeria)", "Fulani Ethnic Militia (Nigeria)"),
    ("Gunmen of the Gadabuursi clan attacked a hamlet near Borama, killing four herders.",
     "Gadabuursi Clan Militia (Somalia)", "Civilians (Somalia)"),
    ("Armed Tuareg stormed a market near Menaka and killed five traders.",
     "Tuareg Ethnic Militia (Mali)", "Civilians (Mali)"),
]


@pytest.mark.parametrize("text,actor1,actor2", SHARED_PEOPLES)
def test_peoples_of_no_one_homeland_are_named_after_the_incident_country(text, actor1, actor2, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)
    assert _same(inc.actor2, actor2), (text, inc.actor2)


# Such a people names no country: with no place named, its militia carries none.
def test_a_shared_people_is_no_country_clue(gz):
    inc = _main("Tuareg gunmen shot dead three herders at a well on Tuesday.", gz)
    assert inc.actor1 == "Tuareg Ethnic Militia", inc.actor1


# A people's plural taken whole by a pattern ("between Koros and Lamos communities")
# names the people.
PLURAL_PEOPLES = [
    ("Clashes between Gujis and Gedeos communities near Wenago left five dead.",
     "Guji Ethnic Militia (Ethiopia)", "Gedeo Ethnic Militia (Ethiopia)"),
    ("Clashes between Tivs and Jukuns communities near Wukari left four dead.",
     "Tiv Ethnic Militia (Nigeria)", "Jukun Ethnic Militia (Nigeria)"),
    ("Fighting between Lendus and Hemas groups near Djugu left two dead.",
     "Lendu Ethnic Militia (Democratic Republic of Congo)", "Hema Ethnic Militia (Democratic Republic of Congo)"),
]


@pytest.mark.parametrize("text,actor1,actor2", PLURAL_PEOPLES)
def test_a_peoples_plural_names_the_people(text, actor1, actor2, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)
    assert _same(inc.actor2, actor2), (text, inc.actor2)


# A people's refugees, workers or protesters are civilians of it, never its militia.
PEOPLES_CIVILIANS = [
    "Shilluk refugees protested outside the UN compound in Malakal over food.",
    "Didinga returnees protested in Chukudum, saying their farmland had been seized.",
    "Urhobo workers demonstrated at an oil site near Ughelli over jobs.",
]


@pytest.mark.parametrize("text", PEOPLES_CIVILIANS)
def test_a_peoples_refugees_are_no_militia(text, gz):
    inc = _main(text, gz)
    assert not any("Militia" in a for a in [inc.actor1, inc.actor2, *inc.assoc_actors]), (text, inc.actor1, inc.assoc_actors)


# -- A people's armed men who attack where the report tells of a riot ("Koro youths armed
#    with machetes torched Lamo homes") are its militia acting (ACLED's identity militias
#    are armed groups), as a named armed group's members are.
PEOPLES_MILITIA_ACTS = [
    ("Angry Bakonzo youths armed with machetes torched houses belonging to Basongora families near Bwera.",
     "Bakonzo Ethnic Militia (Uganda)"),
    ("Mundari youths armed with spears burned shops owned by traders in Terekeka market.", "Mundari Ethnic Militia (South Sudan)"),
    ("Armed Tiv youths set fire to Jukun homes in Wukari on Sunday.", "Tiv Ethnic Militia (Nigeria)"),
    ("Armed Lendu youths looted and burned a health centre near Djugu.", "Lendu Ethnic Militia (Democratic Republic of Congo)"),
]


@pytest.mark.parametrize("text,actor1", PEOPLES_MILITIA_ACTS)
def test_a_peoples_armed_men_attacking_are_its_militia(text, actor1, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)


# Unarmed, a people's youths who stone or burn, or who riot, are the crowd itself: the
# rioters, their people no second side.
PEOPLES_CROWD = [
    ("Acholi youths protested in Kitgum after their leader was detained, burning tyres.", "Rioters (Uganda)"),
    ("A mob of Bemba youths stoned cars on the Kasama highway during protests.", "Rioters (Zambia)"),
    ("Shilluk youths rioted in Malakal over unpaid salaries, burning tyres.", "Rioters (South Sudan)"),
    ("Angry Sukuma youths stoned passing cars near Shinyanga.", "Rioters (Tanzania)"),
    ("Mundari youths burned shops owned by traders in Terekeka market.", "Rioters (South Sudan)"),
]


@pytest.mark.parametrize("text,actor1", PEOPLES_CROWD)
def test_a_peoples_rioting_youths_are_no_second_side(text, actor1, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)
    assert "Militia" not in inc.actor2, (text, inc.actor2)


# -- A country's own exams, unions, oversight bodies, police corps and village units name
#    it when the report names no place the gazetteer knows (country_clues.toml; public
#    knowledge): only the names of unnamed actors follow, never the incident's place.
NATIONAL_INSTITUTIONS = [
    ("Candidates sitting the KCSE examination rioted and set their dormitory ablaze.", "Rioters (Kenya)"),
    ("Teachers belonging to KNUT marched to demand the salary increase they were promised.", "Protesters (Kenya)"),
    ("Gunmen shot dead an assistant chief in his sub-location office at night.", "Unidentified Armed Group (Kenya)"),
    ("Republican Police officers dispersed traders opposing a market relocation with tear gas.", "Protesters (Benin)"),
    ("Villagers marched peacefully to the fokontany office to denounce the sale of communal land.", "Protesters (Madagascar)"),
    ("Hisbah operatives raided a wedding party and arrested twenty guests.", "Unidentified Armed Group (Nigeria)"),
    ("Supporters of the District Chief Executive clashed with youths who opposed his nomination.", "Rioters (Ghana)"),
]


@pytest.mark.parametrize("text,actor1", NATIONAL_INSTITUTIONS)
def test_a_countrys_own_institutions_name_its_unnamed_actors(text, actor1, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)
    assert inc.country in ("", None), (text, inc.country)  # a clue names actors, places nothing


# -- Named armed groups of Africa's recent conflicts (actors.json, public knowledge) are
#    named as ACLED names them, not as unidentified men or a state's forces.
NAMED_AFRICAN_GROUPS = [
    ("Members of the Oodua Peoples Congress clashed with Hausa traders in Ibadan; two died.",
     "OPC: Oodua Peoples Congress"),
    ("Revolution and Justice fighters attacked a village near Paoua, killing four herders.",
     "RJ: Revolution and Justice"),
    ("FDPC rebels abducted six road workers near Zoukombo.", "FDPC: Democratic Front of the Central African People"),
    ("Sudan Revolutionary Front fighters overran a garrison near Kadugli, killing five soldiers.",
     "SRF: Sudan Revolutionary Front"),
    ("Operation Dignity forces shelled a neighbourhood of Benghazi, killing two residents.",
     "Military Forces of Libya Libyan National Army"),
]


@pytest.mark.parametrize("text,actor1", NAMED_AFRICAN_GROUPS)
def test_named_african_groups(text, actor1, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)


# -- A state force that only investigates a killing or finds the dead is not its agent
#    ("police are probing the murder of …"): the killers are unidentified (ACLED
#    never codes a force for a deed the report gives to no one).
FORCES_ONLY_FIND = [
    ("Police are probing the murder of a radio presenter who was found strangled at her home in Iloilo.",
     "Unidentified Armed Group (Philippines)"),
    ("On Monday, police recovered three corpses from a field near Celaya. Police said the men had been shot.",
     "Unidentified Armed Group (Mexico)"),
    ("Police discovered the corpse of a teacher in a sugarcane plantation near Kabankalan; she had been strangled.",
     "Unidentified Armed Group (Philippines)"),
    ("Gendarmes have launched a probe into the murder of a shopkeeper in Erzurum.",
     "Unidentified Armed Group (Turkey)"),
]


@pytest.mark.parametrize("text,actor1", FORCES_ONLY_FIND)
def test_a_force_that_only_finds_the_dead_is_no_agent(text, actor1, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)


# A force that acts stays the agent, whatever it does next.
FORCES_ACTING = [
    ("Soldiers arrested and beat three traders in Gao.", "Military Forces of Mali"),
    ("Police shot dead two robbery suspects in Arequipa.", "Police Forces of Peru"),
    ("Police stormed a house in Surabaya and killed a suspect, then recovered two pistols.", "Police Forces of Indonesia"),
]


@pytest.mark.parametrize("text,actor1", FORCES_ACTING)
def test_a_force_that_acts_stays_the_agent(text, actor1, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)
