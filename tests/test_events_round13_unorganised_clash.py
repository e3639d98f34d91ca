"""A clash whose sides are people of no armed organisation is a riot, not a battle
(ACLED's codebook keeps battles for organised armed sides): groups of villagers, a
candidate's followers and his rival's, families, students; also when they throw grenades
or petrol bombs at each other. Near misses: armed men, communal militias and peoples'
groups, and a clash told from one side only stay battles. Sentences are the team's own."""

import pytest

from geo.incidents.events import classify_event
from geo.taxonomy import BATTLES, RIOTS


@pytest.mark.parametrize("text", [
    "Fighting broke out between two groups over irrigation water in a Sindh village; eleven were injured.",
    "A clash broke out between two groups of farmers in Kaduna over a boundary stone; nine were hurt.",
    "Two neighbourhood groups fought with pistols in a Tegucigalpa slum after a quarrel over a football pitch.",
    "Leaders of two parties clashed in Lahore over a banner; four were hurt.",
])
def test_people_of_no_armed_group_who_clash_riot(text):
    assert classify_event(text)[0] == RIOTS


@pytest.mark.parametrize("text", [
    "A ward chairman's followers clashed with the backers of his rival and hurled grenades in Sylhet.",
    "Relatives of two shopkeepers clashed with each other and hurled grenades in a Mosul market; eight were hurt.",
    "Rival groups of students clashed with each other using crude grenades at a hostel in Patna.",
])
def test_grenades_thrown_in_a_fight_of_unorganised_people_do_not_make_it_a_battle(text):
    assert classify_event(text)[0] == RIOTS


@pytest.mark.parametrize("text", [
    "Soldiers clashed with militants near Mopti, killing four.",
    "Dinka and Nuer groups clashed near Bor, leaving six dead.",
    "Five traders were killed in clashes with herders near Jos.",
    "A clash broke out between armed groups of villagers and cattle raiders near Kapoeta; nine died.",
])
def test_near_miss_armed_or_communal_sides_and_one_sided_reports_stay_battles(text):
    assert classify_event(text)[0] == BATTLES


@pytest.mark.parametrize("text", [
    "Soldiers clashed with market traders in Goma after a dispute over taxes; five were hurt.",
    "Troops clashed with villagers who blocked a convoy near Beni, leaving two wounded.",
    "Gendarmes clashed with gold miners at a pit near Kedougou; three miners were injured.",
    "Two factions of the governing coalition clashed at a party congress in Kinshasa.",
])
def test_people_fighting_the_state_s_soldiers_riot_as_they_do_fighting_the_police(text):
    assert classify_event(text)[0] == RIOTS


@pytest.mark.parametrize("text", [
    "Troops clashed with warring groups of fighters near Kidal.",
    "Soldiers clashed with cartel members in the hills above Culiacan; six were killed.",
    "Soldiers clashed with armed herders near Djibo; two died.",
])
def test_near_miss_soldiers_fighting_armed_or_communal_sides_fight_a_battle(text):
    assert classify_event(text)[0] == BATTLES
