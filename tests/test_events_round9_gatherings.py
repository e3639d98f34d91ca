"""Demonstrations told by their form: a human chain formed, a procession taken out for a
cause, a road or a railway blocked (a road named with spaced hyphens too). ACLED's
codebook counts all of them as demonstrations; a procession of mourners or of a feast is
none. Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "On 3 May 2022, hundreds of teachers formed a human chain outside the press club in Karachi, demanding regular pay.",
    "On 3 May 2022, nurses formed a long human chain along the main avenue of Kathmandu over unpaid allowances.",
    "On 3 May 2022, villagers made a human chain around the threatened forest near Dehradun.",
])
def test_a_human_chain_formed_is_a_protest(text):
    assert classify_event(text) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "On 26 January 2024, opposition workers took out a black-flag procession through Sahiwal against the election results.",
    "On 26 January 2024, women of the district brought out a broom procession in Janakpur against the sale of liquor.",
    "On 26 January 2024, the traders' union took out a torch procession in Lome against the new market tax.",
])
def test_a_procession_for_a_cause_is_a_protest(text):
    assert classify_event(text) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "On 26 January 2024, mourners held a funeral procession for the slain activist in Srinagar.",
    "On 26 January 2024, the faithful took out a religious procession through the old town of Harar.",
    "On 26 January 2024, the families staged a wedding procession through the streets of Peshawar.",
])
def test_a_procession_of_mourners_or_a_feast_is_no_event(text):
    assert classify_event(text) is None


@pytest.mark.parametrize("text", [
    "On 3 May 2022, farmers blocked the Lahore - Sheikhupura highway for two hours, demanding a higher price for wheat.",
    "On 3 May 2022, students blocked a railway track in Patna, demanding the results of an exam.",
    "On 3 May 2022, laid-off workers blocked the rail line near Kananga to claim their unpaid wages.",
])
def test_a_blocked_highway_or_railway_is_a_protest(text):
    assert classify_event(text)[0] == "Protests"
