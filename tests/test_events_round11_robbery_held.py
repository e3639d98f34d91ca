"""Goods taken from people held by force (tied up, held at gunpoint, threatened with
blades): ACLED's codebook keeps looting for goods taken outside violence to people, so
the robbery of people held by force is an attack on them (violence against civilians).
Shops looted with nobody held stay looting. Sentences written for these tests, about
places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "Armed men entered a cocoa buyer's home near Daloa at night, tied him up and stole his money.",
    "Four armed men held a cashier at gunpoint at a petrol station in Owerri and stole the day's takings.",
    "Robbers threatened a family with machetes in Uvira and stole their phones and cash.",
    "Gunmen tied up a priest in his rectory near Cuernavaca and looted the church's funds.",
])
def test_goods_taken_from_people_held_by_force_are_an_attack(text):
    assert classify_event(text) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Armed men looted shops in the market of Segou overnight; no one was hurt.",
    "Militants stole medicines from a health centre near Sikasso.",
    "Armed men stole about forty goats from a pen outside Agadez during the night.",
])
def test_goods_taken_with_nobody_held_stay_looting(text):
    assert classify_event(text) == ("Strategic developments", "Looting/property destruction")
