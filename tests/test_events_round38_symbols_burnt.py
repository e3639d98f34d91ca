"""Symbols burnt, round 38: an effigy, a poster or a flag named as what was set on fire,
in the passive, at a demonstration (sentences written for these tests). ACLED's codebook
codes the burning of an effigy at a protest as a peaceful protest: a symbolic act, not the
destruction that makes a demonstration violent."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "His effigy was set on fire by protesters in Dhaka.",
    "A poster of the minister was set on fire during a rally in Dhaka.",
    "Students marched in Nairobi and an effigy of the governor was burnt.",
    "Portraits of the president were torched by marchers in Kinshasa.",
    "Opposition supporters held a rally in Lagos where flags of the ruling party were also set ablaze.",
])
def test_a_symbol_burnt_in_the_passive_is_a_peaceful_protest(text):
    assert classify_event(text) == ("Protests", "Peaceful protest")


# Guard (behaviour that must not change): property set on fire stays a riot.
@pytest.mark.parametrize("text", [
    "Protesters set a bus on fire in Dhaka.",
    "A police van was set on fire by protesters in Dhaka.",
    "Two shops were burnt during a protest in Nairobi.",
])
def test_property_burnt_stays_a_riot(text):
    assert classify_event(text)[0] == "Riots"
