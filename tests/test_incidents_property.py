"""Destruction of property by armed men is no demonstration (ACLED's codebook: property
destruction, or an attack when people were hurt); unnamed men and crowds who burn or
smash things are rioters. Militias are named after peoples, never after a creed or a
manner. Sentences are our own."""

import pytest

from geo.incidents import classify_event, extract_incidents_from_text
from geo.taxonomy import RIOTS, STRATEGIC, VAC


@pytest.mark.parametrize("text, expected", [
    ("Unidentified armed men set fire to several houses in a village and fled.", (STRATEGIC, "Looting/property destruction")),
    ("Gunmen torched a health centre and two vehicles overnight.", (STRATEGIC, "Looting/property destruction")),
    ("Militants set fire to a school and killed its headmaster.", (VAC, "Attack")),
])
def test_armed_men_who_burn_property_are_not_rioters(text, expected):
    assert classify_event(text) == expected


@pytest.mark.parametrize("text", [
    "A crowd of unknown people set fire to the campaign office of the ruling party.",
    "Angry youths set fire to the police post after a motorcyclist died in custody.",
    "Assailants smashed the windows of a councillor's car outside his home.",
])
def test_unnamed_men_and_crowds_who_burn_or_smash_are_rioters(text):
    assert classify_event(text)[0] == RIOTS


@pytest.mark.parametrize("text", [
    "Jihadist fighters stormed a village and killed the imam.",
    "Maoist fighters attacked a police post in the forest district.",
    "Maoist militiamen shot dead two villagers they accused of informing the police.",
])
def test_a_creed_or_cause_names_no_ethnic_militia(text):
    main = extract_incidents_from_text(text, "2024-03-04", country="NE")[0]
    assert "Ethnic Militia" not in main.actor1 and "Communal Militia" not in main.actor1
