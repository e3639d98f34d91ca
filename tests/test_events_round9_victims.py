"""Who was hit, read past what the report says around the victims: civilians named with
the armed group they are accused of helping ("villagers accused of supporting the
militants") are civilians (ACLED's codebook: suspected collaborators are civilians, the
state's or a group's violence on them is violence against civilians); a checkpoint, a
base or a patrol named in a clause of circumstance after the victims ("during a quarrel
at a checkpoint") is the scene, not whom the shots hit. Sentences written for these
tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "On 4 March 2021, soldiers beat and detained several villagers accused of supporting militants near Djibo.",
    "On 4 March 2021, the army shot and killed a trader accused of supplying fuel to the bandits in Zamfara.",
    "On 4 March 2021, gendarmes beat up three villagers suspected of harbouring militants near Arbinda.",
    "On 4 March 2021, soldiers shot two fishermen suspected of aiding the insurgents on Lake Chad.",
    "On 4 March 2021, soldiers tortured a herder accused of spying for the jihadists near Diffa.",
])
def test_civilians_accused_of_ties_to_armed_men_stay_civilians(text):
    assert classify_event(text)[0] == "Violence against civilians"


@pytest.mark.parametrize("text", [
    "On 4 March 2021, a soldier shot and wounded a young man during a dispute at a checkpoint in Niamey.",
    "On 4 March 2021, a policeman shot a young man while he was driving past a checkpoint in Tacna.",
    "On 4 March 2021, border guards shot dead a smuggler's porter while he was crossing near their outpost in Ilela.",
    "On 4 March 2021, soldiers shot and wounded two schoolgirls while firing at a car near the army checkpoint in Bamenda.",
    "On 4 March 2021, a policeman killed a street vendor during a quarrel at a roadblock outside Goma.",
])
def test_the_scene_after_the_victims_is_no_armed_target(text):
    assert classify_event(text)[0] == "Violence against civilians"


@pytest.mark.parametrize("text", [
    "On 4 March 2021, gunmen shot dead a police officer during a patrol near Tumaco.",
    "On 4 March 2021, militants shot him during a routine patrol near Palma; he was a soldier.",
    "On 4 March 2021, insurgents attacked an army convoy during a sandstorm near Menaka, killing three soldiers.",
])
def test_armed_victims_remain_a_battle(text):
    assert classify_event(text)[0] == "Battles"
