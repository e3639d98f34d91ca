"""Named groups come out under the name ACLED publishes for them, since actor1 is scored
against ACLED's name exactly (case and ACLED's period in brackets aside): one family of
renamed dictionary entries per case. The spellings were checked against public code that
analyses ACLED exports; the sentences are our own."""

import pytest

from geo.evaluation.acled import actor_key
from geo.incidents import extract_incidents_from_text


def first_actor(text: str) -> str:
    return extract_incidents_from_text(text, "2023-06-01")[0].actor1


@pytest.mark.parametrize("text, name", [
    # Sahel: JNIM under ACLED's English name, the older Mourabitoun battalion under ACLED's
    ("JNIM militants ambushed a supply convoy near Boni, killing four drivers.",
     "JNIM: Group for Support of Islam and Muslims"),
    ("Fighters of Jama'at Nasr al-Islam wal Muslimin stormed a gendarmerie post near Djibo.",
     "JNIM: Group for Support of Islam and Muslims"),
    ("Al-Mourabitoun gunmen kidnapped two engineers at a mine near Gao.", "Al Mourabitoune Battalion"),
    # north-east Syria: ACLED's Arabic acronym for the SDF, its YPG without the apostrophe
    ("SDF fighters raided a house in Hajin and detained three men.", "QSD: Syrian Democratic Forces"),
    ("YPG fighters shelled a village north of Manbij, wounding a shepherd.", "YPG: Peoples Protection Units"),
    # Palestinian movements
    ("Hamas gunmen fired at a bus near the Kissufim crossing, wounding the driver.", "Hamas Movement"),
    ("Fatah gunmen shot and wounded a local council member in Jenin.", "Fatah Movement"),
    # Sudan's paramilitary since it fights the army
    ("RSF fighters looted the market of Mellit and burned two shops.", "Rapid Support Forces"),
    # France's Sahel operation is France's forces in ACLED
    ("Barkhane helicopters struck a column of motorbikes near Menaka, killing eleven militants.",
     "Military Forces of France"),
])
def test_a_named_group_takes_acleds_name(text, name):
    assert first_actor(text) == name


@pytest.mark.parametrize("text, name", [
    # a state's sub-force: ACLED's name without its period, which sits before the unit
    ("Houthi forces fired a drone at an oil terminal in Shabwa, setting a tank ablaze.",
     "Military Forces of Yemen Houthi"),
    ("Revolutionary Guards fired missiles at a camp near Koya, killing two men.",
     "Military Forces of Iran Islamic Revolutionary Guard Corps"),
])
def test_a_sub_force_is_named_as_acled_names_it_without_the_period(text, name):
    actor1 = first_actor(text)
    assert actor1 == name
    period = {"Yemen": "(2017-)", "Iran": "(1989-)"}[name.split()[3]]
    acled = name.replace(name.split()[3], f"{name.split()[3]} {period}", 1)
    assert actor_key(actor1) == actor_key(acled)


def test_an_identity_militia_carries_the_country_of_the_incident():
    inc = extract_incidents_from_text("Dozo hunters attacked a Fulani hamlet near Djenne in Mali, killing six herders.",
                                      "2023-06-01")[0]
    assert inc.actor1 == "Dozo Communal Militia (Mali)"


def test_acleds_period_is_dropped_wherever_it_stands():
    assert actor_key("Military Forces of Yemen (2017-) Houthi") == "military forces of yemen houthi"
    assert actor_key("Police Forces of Ruritania (2010-2015) Border Guard") == "police forces of ruritania border guard"
    # a bracket that holds no years is part of the name
    assert actor_key("Fulani Ethnic Militia (Mali)") != actor_key("Fulani Ethnic Militia")
