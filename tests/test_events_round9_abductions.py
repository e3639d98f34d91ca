"""Abductions and forced disappearances told without the words "abducted" or "kidnapped":
people snatched, taken away or carried off, hostages held, a man "forcibly disappeared",
a captive whose whereabouts are unknown. ACLED's codebook: violence against civilians,
abduction/forced disappearance. Things snatched or cattle taken away are none, and a
gathering about the disappeared stays a demonstration. Sentences written for these
tests, about places world-wide."""

import pytest

from geo.incidents import classify_event

ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.parametrize("text", [
    "On 4 March 2021, kidnappers snatched a schoolboy on his way home in Kaduna.",
    "On 4 March 2021, jihadists took away four herders and their cattle near Djibo.",
    "On 4 March 2021, gunmen on motorbikes carried off two women from a farm near Birnin Kebbi.",
])
def test_people_snatched_or_taken_away_are_abducted(text):
    assert classify_event(text) == ABDUCTION


@pytest.mark.parametrize("text", [
    "On 4 March 2021, armed men held ten passengers hostage on the road to Birnin Gwari.",
    "On 4 March 2021, an activist was forcibly disappeared by state security agents in Khartoum.",
    "On 4 March 2021, security agents picked up an opposition activist from his home in Lome; his whereabouts remain unknown.",
])
def test_hostages_held_and_the_disappeared_are_abducted(text):
    assert classify_event(text) == ABDUCTION


@pytest.mark.parametrize("text", [
    "On 4 March 2021, thieves snatched a phone from a passenger at the bus station in Kampala.",
    "On 4 March 2021, raiders took away 300 head of cattle from herders near Kotido.",
])
def test_things_or_cattle_taken_are_no_abduction(text):
    assert classify_event(text) != ABDUCTION


@pytest.mark.parametrize("text", [
    "On 4 March 2021, families of people subjected to enforced disappearance formed a human chain in Colombo.",
    "On 4 March 2021, relatives of a missing activist protested in Harare; his whereabouts remain unknown.",
])
def test_gatherings_about_the_disappeared_stay_demonstrations(text):
    assert classify_event(text)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "On 4 March 2021, security agents arrested two journalists in Bujumbura; they remain missing.",
    "On 4 March 2021, police detained an opposition activist in Kampala and took him to an undisclosed location.",
    "On 4 March 2021, soldiers arrested three herders near Djibo, who have not been seen since.",
])
def test_an_arrest_whose_captives_vanish_is_a_forced_disappearance(text):
    assert classify_event(text) == ABDUCTION


def test_an_arrest_told_no_further_stays_an_arrest():
    assert classify_event("On 4 March 2021, police arrested ten suspected thieves in Kano.") == ("Strategic developments", "Arrests")
