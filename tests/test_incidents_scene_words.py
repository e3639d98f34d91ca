"""Three small families read from the words around a scene, in our own sentences: a site
named after the victims is where they were (not whom the shots hit), gang members are
outlaws (not a crowd's members), and a home one is arrested at is a place of events."""

import pytest

from geo.incidents import extract_incidents_from_text
from geo.incidents.events import classify_event

BATTLES, VAC, RIOTS, SD = "Battles", "Violence against civilians", "Riots", "Strategic developments"


@pytest.mark.parametrize("text", [
    "Police shot dead a young man at a checkpoint outside Kano on Sunday night.",
    "Border guards killed a shepherd near an army outpost in the hills above Tulkarm.",
    "Troops shot and wounded two traders at a roadblock by the military base in Maiduguri.",
])
def test_a_site_after_the_victims_is_the_scene(text):
    assert classify_event(text)[0] == VAC


@pytest.mark.parametrize("text", [
    "Gunmen opened fire at a checkpoint near Kano, killing two soldiers.",
    "Militants attacked an army outpost near Arish on Friday.",
    "Rebels killed two soldiers at a checkpoint near Goma.",
])
def test_a_site_attacked_or_soldiers_hit_stay_a_battle(text):
    assert classify_event(text)[0] == BATTLES


@pytest.mark.parametrize("text, expected", [
    ("Gang members burned houses in Cabaret on Monday.", SD),
    ("Gang members attacked residents of Croix-des-Bouquets and torched homes; 4 people died.", VAC),
    ("Cartel gang members set fire to three buses in Culiacan after their leader's arrest.", SD),
])
def test_gang_members_are_outlaws_not_a_crowd(text, expected):
    assert classify_event(text)[0] == expected


def test_union_members_burning_tyres_are_still_a_crowd():
    assert classify_event("Union members burned tyres outside the labour ministry in Accra.")[0] == RIOTS


@pytest.mark.parametrize("text, town", [
    ("On 3 October 2024, police arrested an opposition organiser at his home in Bulawayo.", "Bulawayo"),
    ("Gunmen abducted a retired teacher from her home in Zaria on Monday night.", "Zaria"),
    ("Soldiers detained a local radio host outside his home in Bukavu on Friday.", "Bukavu"),
])
def test_a_home_one_is_seized_at_is_the_place(text, town):
    incident = extract_incidents_from_text(text, "2024-12-31")[0]
    assert incident.location == town and incident.geo_precision == 1
