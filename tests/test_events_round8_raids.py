"""A raid by the state's forces that hurt or killed people, told in any sentence of the
report, is an attack (ACLED's codebook: the state's forces attacking people is violence
against civilians); a raid that only arrested people stays an arrest. Sentences written
for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event

ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Soldiers raided a village near Mopti. They beat several men and wounded two.",
    "Police raided a mosque in Mombasa, arresting 40 people. One worshipper later died of his wounds.",
    "Gendarmes raided a camp of herders near Tahoua, beating the men and injuring a boy.",
    "Troops raided homes in a suburb of Aleppo at night. Three residents suffered gunshot wounds.",
])
def test_a_raid_that_hurt_people_is_an_attack(text):
    assert classify_event(text) == ATTACK


@pytest.mark.parametrize("text", [
    "Police raided a flat in Lagos and arrested three suspects.",
    "Soldiers raided a market in Gao and detained two traders for questioning.",
])
def test_a_raid_that_only_arrested_people_is_an_arrest(text):
    assert classify_event(text) == ("Strategic developments", "Arrests")
