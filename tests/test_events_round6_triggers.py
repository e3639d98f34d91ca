"""Round 6: words that make a sentence a demonstration, found where they were missed. A
gathering told by what it demanded is a protest (ACLED's codebook: a public demonstration
with a demand), wherever it gathered; a road named with a hyphen is a road a crowd blocks.
Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents.events import classify_event


@pytest.mark.parametrize("sentence", [
    "Pensioners gathered in Freedom Square in Tbilisi, demanding higher payments.",
    "Cocoa growers gathered near the regional office in Daloa, calling for better prices.",
    "Fishermen gathered on the beach in Dakar, calling for a ban on foreign trawlers.",
])
def test_a_gathering_with_a_demand_is_a_protest(sentence):
    assert classify_event(sentence) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("sentence", [
    "Residents blocked the Kabul-Jalalabad highway over power cuts.",
    "Motorcycle taxi riders blocked the Douala-Yaounde road on Monday.",
    "Traders blocked the Beira-Harare corridor road for hours.",
])
def test_a_road_named_with_a_hyphen_is_blocked_all_the_same(sentence):
    assert classify_event(sentence)[0] == "Protests"


@pytest.mark.parametrize("sentence", [
    "Shepherds gathered their flocks near Mosul before dawn.",
    "Relatives gathered in Aleppo for the wedding of a cousin.",
    "Engineers reopened the Kabul-Jalalabad highway after a landslide.",
])
def test_gatherings_and_roads_without_a_demand_are_no_events(sentence):
    assert classify_event(sentence) is None
