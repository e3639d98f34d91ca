"""The kin of soldiers, police officers or armed keepers ("a gendarme's wife", "the son
of a police officer", "a ranger's brother") are civilians: ACLED's codebook codes an
attack on the family of the state's or of armed men as violence against civilians, not as
a battle. The armed men themselves hit stay a battle. Sentences written for these tests,
about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a policeman's wife at her shop in Damaturu.",
    "Suspected militants killed a park ranger's brother and burned his house near Arli.",
    "Unknown gunmen killed the son of a police officer in Gusau overnight.",
    "A soldier's two children were killed by gunmen at their home near Sikasso.",
])
def test_the_kin_of_armed_men_are_civilians(text):
    assert classify_event(text) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a policeman at his post in Damaturu.",
    "Suspected militants killed two park rangers near Arli.",
    "Militants killed two soldiers and the wife of a third in an attack on a camp near Sikasso.",
])
def test_the_armed_men_themselves_hit_stay_a_battle(text):
    assert classify_event(text)[0] == "Battles"
