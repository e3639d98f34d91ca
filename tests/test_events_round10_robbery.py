"""People robbed, not places or goods: armed men who rob travellers, a driver or villagers
attack them (ACLED's codebook: violence against civilians); a shop or a bank robbed with
nobody hurt stays looting, and demonstrators who rob passers-by riot. Sentences written
for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "On 8 November 2022, armed men on motorbikes stopped a lorry near Maradi and robbed the driver of his money.",
    "On 8 November 2022, bandits robbed travellers on the road between Kano and Katsina.",
    "On 8 November 2022, masked gunmen robbed three women returning from a market near Tahoua.",
])
def test_people_robbed_by_armed_men_are_attacked(text):
    assert classify_event(text) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "On 8 November 2022, gunmen robbed a bank in Ilorin.",
    "On 8 November 2022, thieves robbed a pharmacy in Takoradi at night.",
])
def test_places_robbed_stay_looting(text):
    assert classify_event(text) == ("Strategic developments", "Looting/property destruction")


def test_demonstrators_who_rob_passers_by_riot():
    assert classify_event("On 8 November 2022, students rioted over fees and robbed pedestrians in Jinja.")[0] == "Riots"
