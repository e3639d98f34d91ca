"""Demonstrations read by ACLED's codebook: a riot when the crowd is violent or
destructive (clashes, barricades, burning tyres, vandalism), a protest with intervention
when a gathering is broken up by force, and the police who put riots down are not rioters.
Sentences are our own."""

import pytest

from geo.incidents import classify_event, extract_incidents_from_text
from geo.taxonomy import PROTESTS, RIOTS


@pytest.mark.parametrize("text", [
    "Riot police dispersed opposition supporters with water cannons on Saturday.",
    "Anti-riot police arrested twenty students at the campus gate during a sit-in.",
    "Officers in riot gear stood by as nurses marched peacefully to the health ministry.",
])
def test_riot_police_do_not_make_a_riot(text):
    assert classify_event(text)[0] == PROTESTS


@pytest.mark.parametrize("text", [
    "Police fired tear gas to disperse a crowd of traders outside the council offices.",
    "A rally of the opposition was forcibly dispersed by gendarmes in the capital.",
    "Security agents used water cannons on demonstrators near the electoral commission.",
])
def test_a_gathering_broken_up_by_force_is_a_protest_with_intervention(text):
    assert classify_event(text) == (PROTESTS, "Protest with intervention")


@pytest.mark.parametrize("text, expected", [
    ("Police fired tear gas at opposition supporters marching in the city centre.", PROTESTS),
    ("Gendarmes blocked teachers who were marching to parliament over unpaid wages.", PROTESTS),
    ("Hundreds of troops marched through the capital on independence day.", None),
])
def test_marchers_are_the_crowd_not_the_police_before_them(text, expected):
    result = classify_event(text)
    assert (result[0] if result else None) == expected


@pytest.mark.parametrize("text", [
    "Police used tear gas to disperse students at the polytechnic. The students had set up barricades of burning tyres.",
    "Officers dispersed a crowd of market vendors on Monday. Earlier the vendors fought running battles with council guards.",
    "Police broke up a rally of unemployed graduates. The graduates had smashed the windows of the labour office.",
])
def test_violence_of_the_crowd_in_a_later_sentence_makes_a_riot(text):
    main = extract_incidents_from_text(text, "2024-05-06", country="GH")[0]
    assert (main.event_type, main.actor1) == (RIOTS, "Rioters (Ghana)")


@pytest.mark.parametrize("text", [
    "Students fought running battles with police outside the college gates over a fee increase.",
    "Traders protesting the closure of the market lit bonfires along the main street.",
    "Residents blocked the highway with rocks and tree branches to protest the death of a boy hit by a truck.",
])
def test_destructive_acts_at_a_demonstration_make_it_a_riot(text):
    assert classify_event(text)[0] == RIOTS


@pytest.mark.parametrize("text", [
    "Residents blocked the road to demand that a bridge be built.",
    "Teachers marched peacefully to the ministry to demand higher pay.",
    "Farmers held a non-violent demonstration outside the assembly against a land bill.",
])
def test_a_road_block_or_march_without_violence_stays_a_protest(text):
    assert classify_event(text)[0] == PROTESTS
