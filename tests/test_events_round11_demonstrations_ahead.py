"""A demonstration named as one yet to come ("ahead of a planned march", "on the eve of a
general strike", "for organising a protest") has not happened: ACLED's codebook codes the
event that did, here the arrest of its organisers (strategic development: arrests), not a
protest with intervention. A crowd that does demonstrate ahead of a later strike stays a
protest. Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "Police arrested six opposition activists in Sokode ahead of a planned demonstration.",
    "Security forces detained a dozen union leaders in Gweru on the eve of a planned general strike.",
    "Police arrested three students in Multan for organising a protest against the fee rise.",
    "Soldiers detained two youth leaders in Mandalay to prevent a march on the town hall.",
])
def test_arrests_before_a_demonstration_are_arrests(text):
    assert classify_event(text) == ("Strategic developments", "Arrests")


@pytest.mark.parametrize("text", [
    "Police arrested five marchers during a demonstration against fuel prices in Jos.",
    "Thousands of nurses marched in Ndola ahead of a planned national strike.",
    "Market vendors protested in Takoradi against a planned relocation of their stalls.",
])
def test_demonstrations_that_happened_stay_protests(text):
    assert classify_event(text)[0] == "Protests"
