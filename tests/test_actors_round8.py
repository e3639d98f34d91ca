"""Actors, round 8: families written with our own sentences, each with the rule it
documents. Names are compared as ``geo eval acled`` compares them (``actor_key``:
case-folded, the period in brackets dropped)."""

from __future__ import annotations

import pytest

from incident_helpers import first_incident, same_actor as _same


def _main(text, gz, published="2021-06-01"):
    return first_incident(text, published, gz)


# -- Unnamed armed men from abroad: ACLED names an unidentified group by the country its
#    men come from ("Chadian gunmen", "bandits from Niger", "of Burkinabe origin"), not
#    by the one they strike in; their victims keep their own country.
ARMED_MEN_FROM_ABROAD = [
    ("Chadian gunmen on horseback attacked a village near Nyala in South Darfur, killing four farmers.",
     "Unidentified Armed Group (Chad)", "Civilians (Sudan)"),
    ("Bandits from Niger raided a cattle market in Sokoto state on Friday and killed three traders.",
     "Unidentified Armed Group (Niger)", "Civilians (Nigeria)"),
    ("Assailants of Burkinabe origin shot dead two farmers near Bawku in the Upper East region.",
     "Unidentified Armed Group (Burkina Faso)", "Civilians (Ghana)"),
    ("Armed men said to have crossed from Eritrea abducted a herder near Kassala.",
     "Unidentified Armed Group (Eritrea)", "Civilians (Sudan)"),
    ("Unidentified Colombian gunmen killed a shopkeeper in San Cristobal, Tachira state, on Tuesday.",
     "Unidentified Armed Group (Colombia)", "Civilians (Venezuela)"),
]


@pytest.mark.parametrize("text,actor1,actor2", ARMED_MEN_FROM_ABROAD)
def test_armed_men_named_by_the_country_they_come_from(text, actor1, actor2, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)
    assert _same(inc.actor2, actor2), (text, inc.actor2)


# Men from a village, or foreign victims, say nothing of where the attackers come from.
ARMED_MEN_FROM_HOME = [
    ("Gunmen from a nearby village attacked farmers near Nyala in South Darfur, killing four.",
     "Unidentified Armed Group (Sudan)"),
    ("Gunmen attacked a village near Nyala in South Darfur, killing four Chadian traders.",
     "Unidentified Armed Group (Sudan)"),
    ("Gunmen from the Kassala area shot dead two herders near Kassala on Monday.", "Unidentified Armed Group (Sudan)"),
]


@pytest.mark.parametrize("text,actor1", ARMED_MEN_FROM_HOME)
def test_armed_men_keep_the_incident_country_without_an_origin(text, actor1, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)


# A people's militia from abroad: only the words after its noun ("from Niger") tell where
# its men came from; its people's name alone keeps the people's home.
PEOPLES_MILITIA_FROM_ABROAD = [
    ("Fulani militia from Niger attacked a village near Sokoto, killing six farmers.", "Fulani Ethnic Militia (Niger)"),
    ("Hausa militiamen from Niger raided a market near Katsina and killed three traders.", "Hausa Ethnic Militia (Niger)"),
    ("Nuer militiamen from Ethiopia raided a cattle camp near Nasir and killed five herders.", "Nuer Ethnic Militia (Ethiopia)"),
]
PEOPLES_MILITIA_AT_HOME = [
    ("Fulani militia attacked a village near Sokoto, killing six farmers.", "Fulani Ethnic Militia (Nigeria)"),
    ("Nuer militiamen raided a cattle camp near Nasir and killed five herders.", "Nuer Ethnic Militia (South Sudan)"),
    ("Dinka youths from Bor attacked a cattle camp near Pibor and killed two herders.", "Dinka Ethnic Militia (South Sudan)"),
]


@pytest.mark.parametrize("text,actor1", PEOPLES_MILITIA_FROM_ABROAD + PEOPLES_MILITIA_AT_HOME)
def test_peoples_militia_named_by_the_country_said_after_it(text, actor1, gz):
    inc = _main(text, gz, "2018-08-14")
    assert _same(inc.actor1, actor1), (text, inc.actor1)


# -- A party active in one country, named by its short name before a word only a party's
#    takes ("NPP youths", "an APC rally", "the Jubilee primaries"), tells the country of a
#    report that names no place: its unnamed actors are named after it.
PARTY_SHORT_NAMES = [
    ("2020-12-08", "Hundreds of NDC supporters marched to demand a recount of the parliamentary votes.", "Protesters (Ghana)"),
    ("2016-11-03", "NPP youths blocked the road with burning tyres after their parliamentary candidate was disqualified.",
     "Rioters (Ghana)"),
    ("2019-01-22", "Thugs attacked an APC rally with machetes, injuring five people.", "Unidentified Armed Group (Nigeria)"),
    ("2017-04-26", "Youths blocked roads and burned tyres to protest the outcome of the Jubilee primaries.", "Rioters (Kenya)"),
    ("2019-05-30", "DPP supporters protested outside the electoral commission, saying the count was too slow.",
     "Protesters (Malawi)"),
]


@pytest.mark.parametrize("published,text,actor1", PARTY_SHORT_NAMES)
def test_party_short_name_tells_the_country(published, text, actor1, gz):
    inc = _main(text, gz, published)
    assert _same(inc.actor1, actor1), (text, inc.actor1)


# The short name alone, or before another word, is no party's: the country stays untold.
PARTY_WORDS_ALONE = [
    ("2023-03-02", "Protesters marched against fuel prices during the Jubilee celebrations.", "Protesters"),
    ("2023-03-02", "Hundreds of workers marched to demand the NDC report on wages be published.", "Protesters"),
    ("2023-03-02", "Staff of the NASA laboratory went on strike and marched over unpaid allowances.", "Protesters"),
]


@pytest.mark.parametrize("published,text,actor1", PARTY_WORDS_ALONE)
def test_party_short_name_without_a_party_word_tells_nothing(published, text, actor1, gz):
    inc = _main(text, gz, published)
    assert _same(inc.actor1, actor1), (text, inc.actor1)


# -- A state's unit named by its own name: ACLED names it after the state's forces
#    ("Police Forces of India Border Security Force"); listed beside the state's other
#    forces ("police and BSF personnel") the side is the state's forces as a whole; an
#    apposition ("the riot police, the GSU, …") is the unit still.
STATE_UNITS = [
    ("2017-03-09", "Liyu Police officers shot dead two herders near Degehabur on Thursday.", "Police Forces of Ethiopia Liyu Police"),
    ("2021-02-15", "BSF troops shot dead a suspected cattle smuggler near the border in Cooch Behar district.",
     "Police Forces of India Border Security Force"),
    ("2022-11-20", "Border Security Force personnel shot at smugglers crossing near Amritsar, killing one.",
     "Police Forces of India Border Security Force"),
    ("2016-05-04", "GSU officers beat a group of hawkers in Eldoret town on Wednesday.", "Police Forces of Kenya General Service Unit"),
    ("2016-05-04", "Kenya's riot police, the GSU, beat a group of hawkers in Eldoret.",
     "Police Forces of Kenya General Service Unit"),
]
STATE_UNITS_LISTED = [
    ("2021-02-15", "Police and BSF personnel beat a group of villagers near Cooch Behar on Monday.", "Police Forces of India"),
    ("2021-02-15", "Police, BSF personnel and local guards beat a group of villagers near Cooch Behar on Monday.",
     "Police Forces of India"),
    ("2016-05-04", "The GSU and regular police raided homes in Eldoret and beat several residents.", "Police Forces of Kenya"),
]


@pytest.mark.parametrize("published,text,actor1", STATE_UNITS + STATE_UNITS_LISTED)
def test_state_unit_named_after_its_state_forces(published, text, actor1, gz):
    inc = _main(text, gz, published)
    assert _same(inc.actor1, actor1), (text, inc.actor1)


# -- A country's own institution named with "anti-" or "pro-" before it ("an anti-INEC
#    march") names it still: an unplaced report's country; inside another compound word it
#    does not.
INSTITUTION_AFTER_ANTI = [
    ("2019-02-22", "Hundreds of youths joined an anti-INEC march on Friday, accusing the commission of rigging.",
     "Protesters (Nigeria)"),
    ("2021-06-03", "Street vendors staged an anti-KCCA demonstration over the seizure of their goods.", "Protesters (Uganda)"),
    ("2020-10-30", "Opposition supporters blocked roads and burned tyres during anti-IEBC protests.", "Rioters (Kenya)"),
    ("2020-10-30", "Villagers marched in protest at a co-INEC audit.", "Protesters"),
]


@pytest.mark.parametrize("published,text,actor1", INSTITUTION_AFTER_ANTI)
def test_institution_after_anti_tells_the_country(published, text, actor1, gz):
    inc = _main(text, gz, published)
    assert _same(inc.actor1, actor1), (text, inc.actor1)


# -- Unnamed "security forces" are the state's military forces, as they are when a demonym
#    stands before them ("Ruritanian security forces"); police named as police stay police.
SECURITY_FORCES = [
    ("2021-03-14", "Security forces shot dead two suspected militants in Maiduguri on Sunday.", "Military Forces of Nigeria"),
    ("2020-06-02", "Security forces fired on a car at a checkpoint in Beledweyne, killing the driver.", "Military Forces of Somalia"),
    ("2019-11-09", "Security forces clashed with gunmen near Mopti, killing three of the attackers.", "Military Forces of Mali"),
]


@pytest.mark.parametrize("published,text,actor1", SECURITY_FORCES)
def test_unnamed_security_forces_are_military(published, text, actor1, gz):
    inc = _main(text, gz, published)
    assert _same(inc.actor1, actor1), (text, inc.actor1)


def test_riot_police_stay_police(gz):
    inc = _main("Riot police used tear gas on traders protesting in Mopti.", gz, "2019-11-09")
    assert _same(inc.actor2, "Police Forces of Mali"), inc.actor2


# -- People abroad who protest or riot as refugees, asylum seekers or nationals of another
#    country are named by their nation ("Rioters (Sudan)"), as ACLED names them; two
#    nations' refugees who fight each other are two crowds. Those the crowd acts on, or
#    whose arrest it protests, name no crowd.
CROWDS_BY_NATION = [
    ("2018-04-12", "Sudanese refugees rioted in a camp near Adjumani over food rations.", "Rioters (Sudan)", ""),
    ("2017-08-30", "Refugees from Burundi and from Congo clashed in a camp near Kigoma, injuring ten.",
     "Rioters (Burundi)", "Rioters (Democratic Republic of Congo)"),
    ("2018-01-22", "Eritrean asylum seekers marched in Tel Aviv to demand refugee status.", "Protesters (Eritrea)", ""),
    ("2018-05-03", "Residents marched in Kampala to demand that three detained Danish nationals be freed.", "Protesters (Uganda)", ""),
    ("2019-09-03", "Somali migrants were beaten by residents in Johannesburg on Sunday.", "Rioters (South Africa)", "Civilians (Somalia)"),
]


@pytest.mark.parametrize("published,text,actor1,actor2", CROWDS_BY_NATION)
def test_crowd_of_people_abroad_named_by_their_nation(published, text, actor1, actor2, gz):
    inc = _main(text, gz, published)
    assert _same(inc.actor1, actor1), (text, inc.actor1)
    if actor2 is not None:
        assert _same(inc.actor2, actor2), (text, inc.actor2)


# A mob's victims named by their nation are civilians of it.
MOB_VICTIMS_BY_NATION = [
    ("2019-09-03", "A mob lynched two Ethiopian nationals in Johannesburg.", "Civilians (Ethiopia)"),
    ("2019-09-05", "An angry crowd beat three Malawian traders to death in Durban.", "Civilians (Malawi)"),
    ("2019-09-05", "A crowd beat up Zimbabwean migrants in Johannesburg on Sunday.", "Civilians (Zimbabwe)"),
    ("2020-02-17", "A crowd stoned a Zimbabwean vendor to death in Pretoria after accusing him of theft.", "Civilians (Zimbabwe)"),
]


@pytest.mark.parametrize("published,text,actor2", MOB_VICTIMS_BY_NATION)
def test_mob_victims_named_by_their_nation(published, text, actor2, gz):
    inc = _main(text, gz, published)
    assert _same(inc.actor2, actor2), (text, inc.actor2)
