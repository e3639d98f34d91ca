"""Actors, round 6: families written with our own sentences, each with the rule it
documents. Names are compared as ``geo eval acled`` compares them (``actor_key``:
case-folded, the period in brackets dropped)."""

from __future__ import annotations

import pytest

from geo.evaluation.acled import actor_key
from geo.incidents.actor_names import unidentified_identity
from incident_helpers import first_incident, same_actor as _same


def _main(text, gz, published=None):
    return first_incident(text, published, gz)


# -- Communities fighting each other ("two pastoralist communities", "inter-community
#    clashes", "gunmen from a neighbouring community") are militias acting for a community:
#    ACLED's codebook names the unnamed side an identity militia — ethnic in its older data,
#    communal since 2015 — not an unidentified armed group.
COMMUNITIES = [
    ("2018-07-10", "Gunmen from a neighbouring community attacked a hamlet in Bassa, Plateau State, on Sunday night "
                   "and killed four villagers.", "Unidentified Communal Militia (Nigeria)"),
    ("2012-05-05", "Inter-community clashes over grazing land left four people dead near Ayorou in Tillaberi region "
                   "on Monday.", "Unidentified Ethnic Militia (Niger)"),
    ("2020-01-20", "At least nine people died in fighting between two pastoralist communities in the Awdal region.",
     "Unidentified Communal Militia (Somalia)"),
]


@pytest.mark.parametrize("published,text,actor1", COMMUNITIES)
def test_rival_communities_are_an_identity_militia(published, text, actor1, gz):
    assert _same(_main(text, gz, published).actor1, actor1)


@pytest.mark.parametrize("text,kind", [
    ("Warring communities torched each other's huts along the river for a third day.", "Communal"),
    ("Attackers from a nearby community shot two women fetching water.", "Communal"),
    ("Police said the community violence began over a disputed well.", "Communal"),
])
def test_community_words_name_the_identity(text, kind):
    assert unidentified_identity(text, "2021-03-01") == kind
    assert unidentified_identity(text, "2009-03-01") == "Ethnic"  # ACLED's older naming


@pytest.mark.parametrize("text", [
    "Community leaders condemned the killing of a trader by gunmen in the market.",
    "The community gathered to bury the victims of the bus bombing.",
    "Gunmen robbed a bus and stole phones from the passengers.",
])
def test_a_community_merely_named_is_no_militia(text):
    assert unidentified_identity(text, "2021-03-01") == ""


# -- A country's own institutions tell a reader the country when the report names no place
#    the gazetteer knows: Kenya's county assemblies (since 2013), its Chief Administrative
#    Secretaries, the police reserve and the police's stock-theft unit, the 2017 opposition
#    alliance's crowds. Unnamed actors are named after it ("Unidentified Armed Group
#    (Kenya)"); the incident is not placed by such words (country_clues.toml).
KENYA_CLUES = [
    ("Gunmen shot a county assembly member outside his home late on Friday.",
     "Unidentified Armed Group (Kenya)"),
    ("Anti-Stock Theft Unit police officers shot two herders at a watering point on Tuesday.",
     "Police Forces of Kenya"),
    ("A police reservist was wounded by bandits who attacked a grazing field at dawn.",
     "Unidentified Armed Group (Kenya)"),
    ("Youths stoned the convoy of a Chief Administrative Secretary during a tour on Thursday.", "Rioters (Kenya)"),
    ("A NASA supporter was stabbed to death by unknown men at a bus stop.", "Unidentified Armed Group (Kenya)"),
    ("Members of county assemblies marched to the treasury to demand their allowances.", "Protesters (Kenya)"),
]


@pytest.mark.parametrize("text,actor1", KENYA_CLUES)
def test_kenyan_institutions_name_unnamed_actors(text, actor1, gz):
    assert _same(_main(text, gz, "2019-04-04").actor1, actor1)


def test_the_police_reserve_is_kenyas_police(gz):
    text = "Two National Police Reservists were shot dead by raiders in an ambush on Sunday."
    incident = _main(text, gz, "2018-03-03")
    assert "Kenya" in incident.actor1 or "Kenya" in incident.actor2


# -- A people's armed men are its militia however the report puts it: after "by"
#    ("shot by suspected Koro bandits": the noun after the people is not a second,
#    unidentified group) or as men who came from the people's land ("raiders from West
#    Koro", "bandits from the neighbouring Koro"): ACLED names the militia by its identity.
PEOPLES_MEN = [
    ("A herder was shot dead on Monday by suspected Turkana bandits.", "Turkana Ethnic Militia (Kenya)"),
    ("Two farmers were killed on Sunday by suspected Tiv gunmen.", "Tiv Ethnic Militia (Nigeria)"),
    ("Bandits from West Pokot killed two herders near a dry river bed on Friday.", "Pokot Ethnic Militia (Kenya)"),
    ("Fighters from the Murle tribe shot dead six women collecting firewood near Pibor.",
     "Murle Ethnic Militia (South Sudan)"),
    ("Cattle rustlers from Samburu shot dead a boy at a watering point on Friday.", "Samburu Ethnic Militia (Kenya)"),
]


@pytest.mark.parametrize("text,actor1", PEOPLES_MEN)
def test_a_peoples_armed_men_are_its_militia(text, actor1, gz):
    assert _same(_main(text, gz, "2018-05-05").actor1, actor1)


def test_herders_from_a_people_are_not_made_its_militia(gz):
    # herders are as often the victims: "herders from Koro were shot" names no attacker
    text = "Two herders from Turkana were shot dead by unknown gunmen near a borehole on Friday."
    assert not _main(text, gz, "2018-05-05").actor1.startswith("Turkana")


# -- Two states' forces are named together only by two demonyms ("Ruritanian and Lamorian
#    troops"): a country's name before "and" says where other men came from ("raiders from
#    Ruritania and Lamorian police"), and makes no second state's forces.
FROM_A_COUNTRY = [
    ("Clashes between Murle raiders from South Sudan and Ethiopian police near Gambella left two dead.",
     "Police Forces of Ethiopia"),
    ("A gunfight between smugglers from Somalia and Kenyan police near Mandera killed one officer.", "Police Forces of Kenya"),
    ("Fighting broke out between gunmen from Niger and Malian soldiers near Menaka; four were killed.",
     "Military Forces of Mali"),
]


@pytest.mark.parametrize("text,force", FROM_A_COUNTRY)
def test_a_country_named_as_origin_makes_no_second_force(text, force, gz):
    incident = _main(text, gz, "2016-05-05")
    assert _same(incident.actor1, force)
    assert not any(a.startswith(("Police Forces of", "Military Forces of")) and not _same(a, force)
                   for a in (incident.actor2, *incident.assoc_actors))


def test_two_demonyms_still_name_two_forces(gz):
    incident = _main("Sudanese and Kenyan police jointly raided a smugglers' camp near Lokichoggio.", gz, "2016-05-05")
    assert {actor_key(a) for a in (incident.actor1, incident.actor2, *incident.assoc_actors)} >= {
        actor_key("Police Forces of Sudan"), actor_key("Police Forces of Kenya")}


# -- Herders and a farmer (or farmers and a herder) in one fight are the same land-and-water
#    conflict as herders and farmers: a communal militia where no one else is named.
HERDER_AND_FARMER = [
    ("On 4 March 2019, transhumant herders attacked a farmer with machetes near Kandi.",
     "Unidentified Communal Militia (Benin)"),
    ("On 9 May 2020, herdsmen beat a farmer who had chased their cattle from his field near Lafia.",
     "Unidentified Communal Militia (Nigeria)"),
    ("On 2 June 2021, pastoralists stabbed a farmer in a quarrel over a field near Mopti.",
     "Unidentified Communal Militia (Mali)"),
]


@pytest.mark.parametrize("text,actor1", HERDER_AND_FARMER)
def test_herders_and_a_farmer_name_a_communal_militia(text, actor1, gz):
    assert _same(_main(text, gz).actor1, actor1)


# -- "Peul", "Peulh" and "Fulbe" are French and Fula names of the Fulani, whom ACLED names
#    "Fulani Ethnic Militia (<country>)" wherever they fight.
FULANI_NAMES = [
    ("On 4 March 2019, armed Peuls attacked a village near Djibo, killing three farmers.",
     "Fulani Ethnic Militia (Burkina Faso)"),
    ("On 4 March 2019, Fulbe herdsmen killed a farmer in a dispute over a field near Mopti.", "Fulani Ethnic Militia (Mali)"),
    ("On 7 February 2020, Peulh herders clashed with farmers in Gogounou over crop damage; two people were injured.",
     "Fulani Ethnic Militia (Benin)"),
]


@pytest.mark.parametrize("text,actor1", FULANI_NAMES)
def test_french_and_fula_names_of_the_fulani(text, actor1, gz):
    assert _same(_main(text, gz).actor1, actor1)


# -- Somalia's clans are clans, not peoples: ACLED names their militias clan militias
#    ("Abgaal Clan Militia (Somalia)") however the report names them (homelands.toml,
#    [clan_homes]); peoples elsewhere keep their ethnic militias.
SOMALI_CLANS = [
    ("Clan militias from the Habar Gidir and Marehan clashed in Galkayo on Sunday; 3 were killed.",
     "Habar Gidir Clan Militia (Somalia)"),
    ("Abgaal gunmen attacked a rival settlement near Balcad, killing two herders.", "Abgaal Clan Militia (Somalia)"),
    ("Fighting between Dhulbahante and Warsangeli militias near Badhan left five dead.",
     "Dhulbahante Clan Militia (Somalia)"),
]


@pytest.mark.parametrize("text,actor1", SOMALI_CLANS)
def test_somali_clans_have_clan_militias(text, actor1, gz):
    assert _same(_main(text, gz, "2017-06-06").actor1, actor1)


def test_peoples_elsewhere_keep_ethnic_militias(gz):
    text = "Dinka militiamen attacked a cattle camp near Rumbek on Sunday, killing four herders."
    assert _same(_main(text, gz, "2017-06-06").actor1, "Dinka Ethnic Militia (South Sudan)")


# -- A force's convoy, patrol, vehicle or base attacked names the force as the second side,
#    in a clash and when a device or shell hits it (ACLED's codebook: the force attacked is
#    the second actor), where the report names the force only through what was hit.
FORCE_HIT_THROUGH_ITS_SITE = [
    ("On 4 May 2021, PDF fighters ambushed a military convoy near Kalay.", "Military Forces of Myanmar"),
    ("On 4 May 2021, ELN guerrillas attacked a military base in Arauca with explosives.", "Military Forces of Colombia"),
    ("On 12 August 2019, an IED planted by JNIM struck a military vehicle near Boni; no casualties were reported.",
     "Military Forces of Mali"),
]


@pytest.mark.parametrize("text,actor2", FORCE_HIT_THROUGH_ITS_SITE)
def test_a_force_hit_through_its_site_is_the_second_side(text, actor2, gz):
    assert _same(_main(text, gz).actor2, actor2)


# -- A party's members or supporters who attack are civilians rioting, not an organised
#    armed side (ACLED's codebook; the dictionary's "party" kind): "Rioters (<country>)"
#    with the party associated, whatever the event's type. Those who abduct act for it.
PARTY_MEMBERS_ATTACK = [
    ("On 4 May 2022, PTI workers opened fire on PML-N supporters in Lahore, wounding three.", "Rioters (Pakistan)"),
    ("On 4 May 2022, Awami League activists shot dead a BNP leader in Cumilla.", "Rioters (Bangladesh)"),
    ("On 4 May 2022, BJP workers shot and injured two TMC supporters in Cooch Behar.", "Rioters (India)"),
]


@pytest.mark.parametrize("text,actor1", PARTY_MEMBERS_ATTACK)
def test_party_members_who_attack_are_rioters(text, actor1, gz):
    incident = _main(text, gz)
    assert _same(incident.actor1, actor1)
    assert incident.assoc_actors  # the party, associated


def test_party_members_who_abduct_act_for_the_party(gz):
    text = "On 4 May 2022, ODM supporters abducted a rival aspirant's agent in Kisumu and held him overnight."
    assert _main(text, gz).actor1.startswith("ODM")


# -- In a riot the party of the crowd (or of its targets) is associated, never the second
#    side; two crowds fighting each other ("supporters of two candidates clashed") are
#    both rioters.
RIOT_SIDES = [
    ("On 4 May 2022, ZANU-PF supporters assaulted two opposition members at a market in Mutare.",
     "Civilians (Zimbabwe)"),
    ("On 4 May 2022, BNP activists hacked a local Awami League leader with machetes in Feni, injuring him.",
     "Civilians (Bangladesh)"),
    ("On 2 March 2018, supporters of two rival parliamentary candidates clashed with stones and sticks in Migori.",
     "Rioters (Kenya)"),
    ("On 9 September 2021, supporters of the PTI and the PPP clashed outside a polling station in Karachi.",
     "Rioters (Pakistan)"),
    ("On 5 January 2019, ZANU-PF and MDC supporters fought each other at a rally in Gweru.", "Rioters (Zimbabwe)"),
]


@pytest.mark.parametrize("text,actor2", RIOT_SIDES)
def test_riot_second_sides(text, actor2, gz):
    incident = _main(text, gz)
    assert incident.event_type == "Riots", incident.event_type  # the premise: typed a riot
    assert _same(incident.actor2, actor2)


# -- Vigilantes named as the mob ("vigilantes beat a suspect to death") are the
#    rioters themselves: the second side is the mob's victims, civilians.
VIGILANTE_MOBS = [
    ("On 3 March 2020, a vigilante mob in Gulu stoned to death a man they blamed for a string of burglaries.", "Civilians (Uganda)"),
    ("On 8 June 2019, vigilantes in Kaduna beat to death a youth accused of stealing goats.", "Civilians (Nigeria)"),
    ("On 21 July 2018, a vigilante group lynched two men suspected of child abduction in Dhule.", "Civilians (India)"),
]


@pytest.mark.parametrize("text,actor2", VIGILANTE_MOBS)
def test_a_vigilante_mob_is_the_crowd(text, actor2, gz):
    incident = _main(text, gz)
    assert incident.actor1.startswith("Rioters")
    assert _same(incident.actor2, actor2)


# -- A grenade thrown, a bomb planted or a suicide bombing with no armed side named as hit
#    strikes the people where it goes off: the second side is civilians (ACLED's codebook),
#    not no one. A device that wrecks a mast or a pipeline where no one is hits no one.
DEVICES_AMONG_PEOPLE = [
    ("On 4 May 2016, unknown assailants threw a grenade into a bar in Bujumbura's Ngagara neighbourhood; "
     "no injuries were reported.", "Civilians (Burundi)"),
    ("On 4 May 2016, a grenade was hurled at a church in Garissa during the Sunday service; no one was hurt.",
     "Civilians (Kenya)"),
    ("On 4 May 2016, an IED went off outside a primary school in Mogadishu's Hodan district; no casualties were reported.",
     "Civilians (Somalia)"),
]


@pytest.mark.parametrize("text,actor2", DEVICES_AMONG_PEOPLE)
def test_a_device_among_people_hits_civilians(text, actor2, gz):
    assert _same(_main(text, gz).actor2, actor2)


def test_a_device_on_a_mast_hits_no_one(gz):
    text = "On 4 May 2016, militants planted a bomb that destroyed a telecom mast near Mandera; no casualties."
    assert _main(text, gz).actor2 == ""
