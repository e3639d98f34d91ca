"""An armed group's raid told first, the burning or looting that went with it told after
in the same clause ("gunmen attacked a village, killing residents and burning houses"):
the event is the attack. ACLED's codebook keeps looting and property destruction for
destruction outside other violence, and a riot for people of no armed organisation; the
arson of an armed raid that killed people is part of the attack. The armed men may be
named by the first trigger itself ("Gunmen attacked", "Militiamen raided"). A crowd that
attacks and burns stays a riot. Sentences written for these tests, about places
world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "Gunmen attacked a hamlet in Zamfara state, killing eleven villagers and burning houses.",
    "Militiamen raided a settlement in Kalehe territory, killing six residents and setting fire to their huts.",
    "Jihadists attacked a village near Djibo, killing nine people and torching the granaries.",
    "Gunmen attacked a farming community near Zacatecas, killing four men and burning their trucks.",
])
def test_arson_within_an_armed_raid_is_the_attack(text):
    assert classify_event(text) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Residents attacked the police post in Kasese, stoning officers and burning two vehicles.",
    "A crowd stormed a local official's home in Bihar, smashing windows and burning furniture.",
    "Angry youths attacked a bus depot in Karachi, stoning buses and setting tyres ablaze.",
])
def test_a_crowd_that_attacks_and_burns_stays_a_riot(text):
    assert classify_event(text)[0] == "Riots"
