"""What a demonstration is against, told after the place past a comma, and what the
crowd demands be done to others, are its grievance, not its conduct (ACLED's codebook
types a demonstration by what its crowd did); inside the grievance, a relative clause
tells what others did. The crowd's own violence after the grievance still makes a riot.
Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "On 3 June 2022, parishioners held a human chain outside a cathedral in Enugu (Enugu state), against vandalism of church property.",
    "On 8 May 2021, teachers rallied outside the governor's office in Goma, North Kivu, against what they called the looting of two schools.",
    "On 11 April 2023, undergraduates marched through Yaounde, Centre region, against the torching of a dormitory at their campus.",
])
def test_a_grievance_told_after_the_place_is_no_violence_of_the_crowd(text):
    assert classify_event(text)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "On 9 September 2020, market women protested in Accra demanding punishment for the traders who looted their stalls.",
    "On 9 September 2020, relatives of a missing driver rallied in Kisangani, urging the arrest of the men who torched his truck.",
    "On 9 September 2020, farmers demonstrated in Maradi, demanding the prosecution of youths who destroyed their crops.",
])
def test_what_the_crowd_demands_be_done_to_others_is_no_violence_of_its_own(text):
    assert classify_event(text)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "On 3 June 2022, youths protested in Kano, against a trader's murder, and burned tyres on the highway.",
    "On 3 June 2022, residents seeking a killer's arrest barricaded a street in Bukavu and torched a police post.",
    "On 3 June 2022, students rallied in Lome, against fee increases, smashing the windows of the rector's office.",
])
def test_the_crowds_own_violence_after_its_grievance_is_a_riot(text):
    assert classify_event(text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    "On 6 March 2021, traders marched through Kumasi over new market tolls. Two buses were burnt during the march.",
    "On 6 March 2021, students protested in Kaduna over fee increases; government property was destroyed.",
    "On 6 March 2021, youths demonstrated in Mombasa against power cuts, causing heavy damage to the utility's offices.",
])
def test_property_wrecked_told_in_the_passive_or_as_damage_makes_a_riot(text):
    assert classify_event(text)[0] == "Riots"


def test_a_demonstration_that_caused_no_damage_stays_a_protest():
    text = "On 6 March 2021, villagers obstructed the Jinja highway in protest over a fatal crash. The protest caused no damage."
    assert classify_event(text)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "On 2 April 2022, undergraduates held a sit-in at a Lahore college and assaulted a cameraman filming it.",
    "On 2 April 2022, garment workers demonstrated on the highway near Faisalabad; police fired tear gas while workers hurled bricks at them.",
    "On 2 April 2022, party activists held a rally in Karachi. Demonstrators exploded several crude bombs near the venue.",
    "On 2 April 2022, traders protested against new levies in Peshawar and hurled brickbats at the police.",
])
def test_the_crowd_throwing_things_or_bombs_or_assaulting_makes_a_riot(text):
    assert classify_event(text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    "On 2 April 2022, opposition members held a rally in Dhaka. Ruling party cadres lobbed petrol bombs at the rally.",
])
def test_things_thrown_at_the_demonstrators_are_no_violence_of_theirs(text):
    assert classify_event(text)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "Youths stone police vehicles in Ibadan during a protest over fuel prices.",
    "Kasese residents marched over land titles, then blocked the Kasese-Fort Portal road using stones.",
    "Traders protested in Bamako and blocked the Bamako-Segou road with logs and stones.",
    "Protesters against the fee rise stone a journalist covering their march in Blantyre.",
])
def test_the_crowd_stoning_or_blocking_a_hyphenated_road_with_stones_makes_a_riot(text):
    assert classify_event(text)[0] == "Riots"


def test_force_used_on_the_crowd_and_its_hurt_stay_a_protest():
    text = "Teachers protested in Freetown. Officers shot rubber bullets at the protesters and injured five of them."
    assert classify_event(text)[0] == "Protests"
