"""Actors, round 12: naming families written with our own sentences, each with the rule it
documents. Names are compared as ``geo eval acled`` compares them (``actor_key``:
case-folded, the period in brackets dropped)."""

from __future__ import annotations

import pytest

from incident_helpers import first_incident, same_actor as _same


def _main(text, gz, published="2019-06-01"):
    return first_incident(text, published, gz)


# -- A named unit of a state's forces is written after the state's name and period with no
#    separator, as ACLED writes "Police Forces of Kenya (2013-) General Service Unit": the
#    period dropped, "Military Forces of Libya Libyan National Army", never "Libya - Libyan".
STATE_UNITS = [
    ("Libyan National Army aircraft bombed a market in Murzuq, killing three people.",
     "Military Forces of Libya (2014-) Libyan National Army"),
    ("Forces loyal to the Government of National Accord shelled a camp south of Gharyan, killing two fighters.",
     "Military Forces of Libya (2016-) Government of National Accord"),
    ("Peshmerga fighters stormed a village held by Islamic State militants near Makhmour, killing four of them.",
     "Military Forces of Iraq (2014-) Kurdish Peshmerga"),
    ("NISS agents beat and detained three student activists in Kosti.",
     "Police Forces of Sudan (1989-2019) National Intelligence and Security Services"),
]


@pytest.mark.parametrize("text,actor1", STATE_UNITS)
def test_state_units_named_after_the_state(text, actor1, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)


# -- A people or clan of two words ("Habar Gidir", "Beni Halba") followed by a group word
#    is that people's militia, whole: its last word alone is no people of its own.
TWO_WORD_PEOPLES = [
    ("Habar Gidir clan militiamen fought Majerteen clan fighters over grazing land near Dhusamareb, killing six.",
     "Habar Gidir Clan Militia (Somalia)", "Majerteen Clan Militia (Somalia)"),
    ("Habar Gidir clan militia and Abgaal clan militia exchanged fire near Adale.",
     "Habar Gidir Clan Militia (Somalia)", "Abgaal Clan Militia (Somalia)"),
    ("Habar Gidir clan militia clashed with Abgaal clan fighters near Galkayo, leaving five dead.",
     "Habar Gidir Clan Militia (Somalia)", "Abgaal Clan Militia (Somalia)"),
    ("Beni Halba tribal militia clashed with Salamat tribal fighters near Kubum, leaving eleven dead.",
     "Beni Halba Ethnic Militia (Sudan)", None),
]


@pytest.mark.parametrize("text,actor1,actor2", TWO_WORD_PEOPLES)
def test_two_word_peoples_named_whole(text, actor1, actor2, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)
    if actor2:
        assert _same(inc.actor2, actor2), (text, inc.actor2)


# -- A one-country party of an African state names the country of a report whose only
#    place the gazetteer lacks or holds abroad too (the dictionary's parties, extended
#    from public knowledge of each state's ruling and opposition parties).
AFRICAN_PARTIES = [
    ("UDPS supporters clashed with police in Limete, burning two vehicles.",
     "Rioters (Democratic Republic of Congo)"),
    ("Police fired teargas at UNITA supporters marching in Lunhamege village.", "Protesters (Angola)"),
    ("PPRD youths stoned a radio station in Kabinda Lubilanji.", "Rioters (Democratic Republic of Congo)"),
]


@pytest.mark.parametrize("text,actor1", AFRICAN_PARTIES)
def test_african_parties_name_the_country(text, actor1, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)


def test_a_party_is_no_people(gz):
    # A party's short name before "youths" is the party's, not an ethnic militia's.
    inc = _main("Swapo youths beat two opposition activists at a rally in Ondobe village.", gz)
    assert "Ethnic Militia" not in inc.actor1 and inc.actor1.endswith("(Namibia)"), inc.actor1


# -- Armed groups of Africa's conflicts named by their ACLED names (public knowledge).
AFRICAN_ARMED_GROUPS = [
    ("MUJAO fighters attacked a checkpoint near Gao, killing two soldiers.", "MUJAO"),
    ("Ninja militiamen attacked a train in the Pool region, killing three passengers.", "Ninja Militia"),
    ("Ninjas loyal to Pastor Ntumi ambushed an army convoy near Mindouli, killing four soldiers.", "Ninja Militia"),
]


@pytest.mark.parametrize("text,actor1", AFRICAN_ARMED_GROUPS)
def test_african_armed_groups(text, actor1, gz):
    inc = _main(text, gz)
    # (a group is known by its short form, written before its full name: "MUJAO: …")
    assert _same(inc.actor1, actor1) or inc.actor1.startswith(actor1 + ": "), (text, inc.actor1)


# -- A cartel named by its home state's name alone ("the Jalisco cartel") is the
#    dictionary's cartel, under its full ACLED name, not a new group of that name.
SHORT_CARTEL_NAMES = [
    ("Gunmen from the Jalisco cartel killed five people at a bar in Celaya.", "CJNG: Jalisco New Generation Cartel"),
    ("Jalisco New Generation gunmen ambushed police near Aguililla, killing 13 officers.",
     "CJNG: Jalisco New Generation Cartel"),
    ("Suspected Jalisco cartel hitmen shot dead a mayor in Michoacan.", "CJNG: Jalisco New Generation Cartel"),
]


@pytest.mark.parametrize("text,actor1", SHORT_CARTEL_NAMES)
def test_short_cartel_names(text, actor1, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)


# -- A militia of the actor dictionary named by its plural or by its men ("X militias",
#    "X militiamen") is the same group as "X militia", under its dictionary name.
MILITIA_PLURALS = [
    ("Zintani militias shelled positions of rival fighters south of Tripoli, killing three.",
     "Zintan Communal Militia (Libya)"),
    ("Amhara militiamen attacked a village near Metekel, killing five.", "Fano Militia"),
    ("Dozo militiamen killed four herders near Bankass.", "Dozo Communal Militia (Mali)"),
]


@pytest.mark.parametrize("text,actor1", MILITIA_PLURALS)
def test_militia_plurals(text, actor1, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)
