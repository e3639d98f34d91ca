"""Sub-events that yield when the report tells more (ACLED's codebook): an arrest or looting
with deaths told is an attack; a raid on herds by armed raiders is an attack on those
raided; a vehicle hijacked with people in it is their abduction. Sentences written for
these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event

ATTACK = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
LOOTING = ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize("text", [
    "Soldiers detained three herders near Gao. All three were later found dead.",
    "Security forces arrested a family of four in Bardera. Two of them were later found shot dead.",
    "Militiamen arrested five fishermen near Kalemie. Two of them died in custody.",
])
def test_an_arrest_with_deaths_told_is_an_attack(text):
    assert classify_event(text)[0] != "Strategic developments"


@pytest.mark.parametrize("text", [
    "Armed men looted a market in Kaga-Bandoro. Two traders died.",
    "Bandits looted shops in Tsafe and a guard died of his wounds.",
    "Gunmen looted a warehouse in Cite Soleil. A watchman died at its gate.",
])
def test_looting_with_deaths_told_is_an_attack(text):
    assert classify_event(text) == ATTACK


@pytest.mark.parametrize("text", [
    "Rustlers struck a homestead near Kapedo and stole forty goats.",
    "Armed herders raided a settlement near Wajir and stole camels.",
    "Bandits attacked Fulani herders near Birnin Gwari and stole two hundred cows.",
])
def test_a_raid_on_herds_is_an_attack(text):
    assert classify_event(text) == ATTACK


@pytest.mark.parametrize("text", [
    "Gunmen hijacked a minibus carrying passengers near Kaduna.",
    "Militants hijacked a truck and its driver near Mandera.",
    "Pirates hijacked a fishing boat with its crew aboard off Eyl.",
])
def test_a_vehicle_hijacked_with_people_in_it_is_an_abduction(text):
    assert classify_event(text) == ABDUCTION


@pytest.mark.parametrize("text", [
    "Gunmen hijacked a truck of fuel near Gao.",
    "Thieves stole a car in Nairobi.",
    "Rebels looted a health centre in Walikale.",
])
def test_property_taken_with_no_one_harmed_stays_looting(text):
    assert classify_event(text) == LOOTING


@pytest.mark.parametrize("text", [
    "Armed men stole sixty goats from a pen near Menaka.",
    "Rustlers struck a kraal near Kotido and stole cattle; no one was hurt.",
    "Gunmen hijacked three lorries carrying maize near Bunia.",
])
def test_herds_or_vehicles_taken_without_harm_or_people_stay_looting(text):
    assert classify_event(text) == LOOTING
