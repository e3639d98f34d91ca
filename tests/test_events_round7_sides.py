"""Who was hit and who acted (ACLED's codebook: an attack on the state's armed forces is a
battle; violence by armed men on people who cannot answer is violence against civilians;
a riot or mob violence is by unorganised, unarmed people). Sentences written for these
tests, about places world-wide."""

import pytest

from geo.incidents import classify_event

BATTLE = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Three soldiers have died after jihadists ambushed a vehicle they were riding in near Gao.",
    "Two gendarmes have died after bandits ambushed a vehicle they rode in near Tillaberi.",
    "A police officer has died after gunmen ambushed a vehicle he was travelling in near Kaduna.",
])
def test_forces_who_died_in_an_ambush_make_it_a_battle(text):
    assert classify_event(text) == BATTLE


@pytest.mark.parametrize("text", [
    "A member of the FARDC is shot by bandits in Uvira.",
    "A member of the Tatmadaw was shot by unknown men in Sagaing.",
    "A member of the FAMa was shot by gunmen in Segou.",
])
def test_a_member_of_a_state_force_named_by_the_dictionary_is_armed(text):
    assert classify_event(text) == BATTLE


@pytest.mark.parametrize("text", [
    "Soldiers beat two reporters filming the fighting in Goma.",
    "Reporters covering the riots in Dhaka were assaulted by police.",
    "Police assaulted a cameraman covering clashes in Karachi.",
])
def test_the_fighting_reporters_covered_is_not_the_event(text):
    assert classify_event(text) == ATTACK


@pytest.mark.parametrize("text", [
    "One man was gunned down in Tibesti by gunmen as residents ran after their shops were set on fire.",
    "A teacher was shot dead near Kidal by militants as pupils fled after the school was set on fire.",
    "A nurse was shot dead in Bunia by militiamen as residents fled after the clinic was set on fire.",
])
def test_the_attackers_named_after_by_end_before_another_clause(text):
    assert classify_event(text) == ATTACK


@pytest.mark.parametrize("text", [
    "Two engineers were gunned down by a band vandalising a telecom mast in Borno.",
    "Three guards were gunned down by a band that then set the depot ablaze near Culiacan.",
    "A driver got gunned down by a crew that was smashing lorries near Port-au-Prince.",
])
def test_people_who_shoot_while_they_wreck_are_armed_attackers(text):
    assert classify_event(text) == ATTACK
