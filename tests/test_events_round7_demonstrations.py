"""Demonstrations and the force used on them (ACLED's codebook: excessive force against
protesters is lethal force on the demonstrators themselves; a killing the crowd reacted to
is its grievance, and the demonstration is a protest of its own). Sentences written for
these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event, extract_incidents_from_text

PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
EXCESSIVE = ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize("text", [
    "Students marched through Kaduna on Friday after police killed a classmate.",
    "Hundreds of residents protested in Goma after soldiers shot dead a motorcycle taxi driver.",
    "Villagers rallied in Kasur following a farmer's shooting by unknown men.",
    "Fishermen demonstrated in Chittagong over the killing of two colleagues by coast guards.",
])
def test_a_killing_the_crowd_reacted_to_is_its_grievance(text):
    assert classify_event(text) == PEACEFUL


@pytest.mark.parametrize("text", [
    "Several protesters in Mandalay were killed by riot police on Sunday.",
    "Demonstrators were shot dead by soldiers in Bamako.",
    "Protesters were killed when police opened fire in Khartoum.",
    "Gendarmes charged a sit-in in Niamey, and a demonstrator was gunned down.",
])
def test_demonstrators_named_as_killed_met_lethal_force(text):
    assert classify_event(text) == EXCESSIVE


@pytest.mark.parametrize("text", [
    "Students protested over fees in Kampala when police opened fire, killing two.",
    "Mourners marched in Basra over the death of an activist, and police fired live rounds at them.",
    "Farmers rallied against a land grab in Sindh until soldiers shot dead three of them.",
])
def test_force_in_a_clause_of_its_own_is_this_events(text):
    assert classify_event(text) == EXCESSIVE


def test_force_in_a_clause_of_its_own_counts_its_dead():
    inc = extract_incidents_from_text("Students protested over fees in Kampala when police opened fire, killing two.",
                                      "2024-03-02")[0]
    assert inc.fatalities == 2


@pytest.mark.parametrize("text", [
    "Protesters were shot with rubber bullets by police in Santiago.",
    "Teachers demonstrated over pay in Lahore when riot police opened fire on them.",
    "Miners rallied in Potosi and riot police opened fire at them.",
])
def test_force_short_of_killing_is_an_intervention(text):
    assert classify_event(text) == INTERVENTION


@pytest.mark.parametrize("text", [
    "Relatives of a missing trader staged a sit-in in Peshawar, demanding arrest of his kidnappers.",
    "Women marched in Guadalajara calling for the detention of a police chief.",
    "Traders rallied in Aden demanding arrest of the men who robbed a market.",
])
def test_an_arrest_demanded_is_no_intervention(text):
    assert classify_event(text) == PEACEFUL


@pytest.mark.parametrize("text", [
    "Striking nurses attacked a colleague who kept working at a clinic in Lagos.",
    "Striking teachers assaulted a headmaster who opened his school in Kisumu.",
    "Striking miners assaulted a supervisor who kept the shaft open in Kolwezi.",
])
def test_strikers_who_attack_someone_riot(text):
    assert classify_event(text) == ("Riots", "Violent demonstration")
