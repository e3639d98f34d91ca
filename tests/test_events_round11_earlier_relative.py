"""A relative clause in the pluperfect ("fighters who had kidnapped a farmer") tells what
those named had done before: another event than the sentence's own. The fight with the
kidnappers is a battle, the arrest of the attackers an arrest, not the abduction or the
attack the clause recalls. A crowd's own acts told so ("police dispersed traders who had
blocked the road") stay this event's. Sentences written for these tests, about places
world-wide."""

import pytest

from geo.incidents import classify_event
from geo.incidents.background import background_spans


@pytest.mark.parametrize("text", [
    "Local hunters fought armed men who had kidnapped a farmer near Birnin Gwari, freeing him.",
    "Soldiers clashed with militants who had abducted two aid workers near Douentza the day before.",
    "Vigilantes exchanged fire with bandits who had seized a trader on the road to Gusau.",
    "Police engaged kidnappers who had taken a priest from his parish in Akure in a gunfight.",
])
def test_a_fight_with_earlier_kidnappers_is_a_battle(text):
    assert classify_event(text) == ("Battles", "Armed clash")


def test_the_arrest_of_earlier_attackers_is_an_arrest():
    text = "Troops arrested four men who had attacked a checkpoint near Damaturu in Yobe."
    assert classify_event(text) == ("Strategic developments", "Arrests")


@pytest.mark.parametrize("text, recalled", [
    ("Soldiers fought gunmen who had abducted six pupils in Kebbi.", "abducted six pupils"),
    ("Rangers who had been attacked by poachers in Virunga were evacuated.", "attacked by poachers"),
    ("Villagers fought back against bandits who had looted their granaries in Tillaberi.", "looted their granaries"),
])
def test_the_pluperfect_clause_is_background(text, recalled):
    at = text.index(recalled)
    assert any(a <= at < b for a, b in background_spans(text))


@pytest.mark.parametrize("text", [
    "Police dispersed hundreds of traders who had blocked the main road into Beni.",
    "Riot officers used tear gas against students who had barricaded the highway outside Peshawar.",
    "Police chased away motorcycle riders who had blocked the bridge in Takoradi.",
])
def test_a_crowds_own_earlier_acts_are_no_background(text):
    at = text.index(" who had ")
    assert not any(a <= at + 1 < b for a, b in background_spans(text))
