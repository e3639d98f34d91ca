"""Violence by groups named by their people (ethnic, clan or tribal identity): ACLED's
codebook counts them as identity militias, armed and organised. Two peoples who fight:
a battle of communal militias; a people's men who attack others: violence against
civilians; neither is the riot of an unorganised crowd. Near misses: a mob, a
demonstration or a party's supporters keep their riot, and a people named only as the
victims changes nothing. Sentences are the team's own."""

import pytest

from geo.incidents.events import classify_event
from geo.taxonomy import BATTLES, RIOTS, VAC


@pytest.mark.parametrize("text", [
    "Clashes between Hema and Lendu youths near the river left four people injured.",
    "Dogon and Bambara groups fought over grazing land; several huts were torched.",
    "Guji and Konso villagers clashed over a boundary dispute, injuring twelve.",
    "Fighting broke out between the Berom and the Jukun near the market, injuring four.",
])
def test_two_peoples_who_fight_are_communal_militias_in_battle(text):
    assert classify_event(text) == (BATTLES, "Armed clash")


@pytest.mark.parametrize("text", [
    "Hema villagers set fire to the huts of a neighbouring hamlet, injuring two women.",
    "Berom youths burned several houses belonging to their neighbours overnight.",
    "A group of Konso youths stoned two travellers on the road, wounding both.",
    "A group of Dogon villagers attacked two travellers at a well, wounding both.",
])
def test_a_peoples_men_who_attack_others_commit_violence_against_civilians(text):
    assert classify_event(text) == (VAC, "Attack")


@pytest.mark.parametrize("text", [
    "A mob of Konso villagers lynched a suspected thief.",
    "Amhara students rioted on campus and smashed windows.",
    "Rival groups of party supporters clashed outside the polling station.",
    "Villagers from two neighbouring villages clashed over a water point, injuring eight.",
])
def test_near_miss_mobs_rioters_and_unnamed_villagers_keep_their_riot(text):
    assert classify_event(text)[0] == RIOTS
