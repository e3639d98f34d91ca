"""Strategic developments and what looks like them (ACLED's codebook: arrests are the
state's, or an authority's holding the ground; an armed group that detains people abducts
them, violence against civilians). Sentences written for these tests, about places
world-wide."""

import pytest

from geo.incidents import classify_event

ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
ARRESTS = ("Strategic developments", "Arrests")


@pytest.mark.parametrize("text", [
    "Militiamen detained a journalist in Bunia on Tuesday.",
    "Gunmen detained three traders near Jilib and took them to an unknown location.",
    "Bandits detained eleven farmers in their fields near Tsafe.",
    "Jihadists arrested a village chief in Djibo and held him for two days.",
])
def test_an_armed_group_that_detains_people_abducts_them(text):
    assert classify_event(text) == ABDUCTION


@pytest.mark.parametrize("text", [
    "Police arrested twelve opposition activists in Harare.",
    "Soldiers detained five suspected militants in Maiduguri.",
    "Two suspected militants were arrested by soldiers in Gao.",
])
def test_the_state_forces_arrests_stay_arrests(text):
    assert classify_event(text) == ARRESTS


@pytest.mark.parametrize("text", [
    "SDF forces arrested five suspected ISIS members in Deir ez-Zor.",
    "Vigilantes detained two suspected bandits near Gusau.",
    "Gunmen arrested three members of a rival militia near Tripoli.",
])
def test_armed_suspects_held_or_an_authority_named_are_not_abductions(text):
    assert classify_event(text) != ABDUCTION
