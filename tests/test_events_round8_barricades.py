"""Barricades the state's forces put up or stand behind are a measure against a crowd,
no violence of its own (ACLED's codebook: barricades the demonstrators build make a
riot). Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "On 2 June 2021, opposition supporters rallied in Kampala against the election results. Police barricaded the road to the electoral commission.",
    "On 2 June 2021, teachers marched in Lusaka over unpaid salaries; riot police barricaded the street leading to the ministry.",
    "On 2 June 2021, hundreds of students protested in Dakar, but their march was stopped by police barricades near the palace.",
    "On 2 June 2021, nurses staged a sit-in by the gates of the health ministry in Abuja. Soldiers set up barricades around the building.",
])
def test_barricades_of_the_state_leave_a_demonstration_peaceful(text):
    assert classify_event(text)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "On 2 June 2021, moto-taxi drivers protested police extortion by barricading the road to Kindia.",
    "On 2 June 2021, students protested in Dakar and set up barricades of burning tyres.",
    "On 2 June 2021, protesters barricaded the main road in Conakry.",
])
def test_barricades_of_the_crowd_make_a_riot(text):
    assert classify_event(text)[0] == "Riots"
