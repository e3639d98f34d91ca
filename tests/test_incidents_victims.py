"""Rules of who acted, on whom, and how many died, each with sentences written by the
team (never text of the evaluation data)."""

import pytest

from geo.incidents.fatalities import count_fatalities


@pytest.mark.parametrize("sentence, n", [
    ("A trader in Oldtown, in the eastern district, was shot dead by an armed gang.", 1),
    ("On Monday, a teacher from Hilltop, near the river, was killed by bandits.", 1),
    ("A nurse at the clinic, in the southern county, was hacked to death.", 1),
])
def test_a_subject_followed_by_its_places_is_the_victim(sentence, n):
    assert count_fatalities([sentence]) == n


@pytest.mark.parametrize("sentence, n", [
    ("Villagers stoned to death two suspected thieves.", 2),
    ("Angry residents have stoned to death two armed robbers.", 2),
    ("A crowd clubbed to death a police officer near the station.", 1),
])
def test_any_verb_to_death_before_its_object_counts_the_object(sentence, n):
    assert count_fatalities([sentence]) == n


@pytest.mark.parametrize("sentence, n", [
    ("Three bodies with gunshot wounds were found in a forest.", 3),
    ("Two bodies believed to be herders were recovered after the fighting.", 2),
    ("Five bodies bearing machete wounds were discovered near the river.", 5),
])
def test_bodies_described_before_they_are_found(sentence, n):
    assert count_fatalities([sentence]) == n


@pytest.mark.parametrize("sentence, n", [
    ("The gang killed a number of goats before fleeing.", 0),
    ("A speeding lorry driver killed several cows on the road.", 0),
    ("Raiders killed 40 goats and two herders.", 2),
    ("Gunmen killed several villagers.", 10),
])
def test_animals_are_no_fatalities(sentence, n):
    assert count_fatalities([sentence]) == n


@pytest.mark.parametrize("sentence", [
    "Gunmen stopped a patrol car near the ridge and started shooting; the officers fired back and killed one of them.",
    "Bandits attacked the village at dawn and the local guards returned fire for an hour.",
    "Robbers opened fire on a bank van; a shootout with the escort followed.",
])
def test_fire_answered_is_a_battle(sentence):
    from geo.incidents.events import classify_event

    assert classify_event(sentence) == ("Battles", "Armed clash")


def test_one_sided_shooting_stays_an_attack():
    from geo.incidents.events import classify_event

    assert classify_event("Gunmen opened fire on a bus and killed two passengers.")[0] == "Violence against civilians"


def _main(text):
    from geo.incidents import extract_incidents_from_text

    return extract_incidents_from_text(text, "2021-03-04", country="BJ")[0]


@pytest.mark.parametrize("sentence", [
    "A presumed thief was killed by popular justice in the market town.",
    "Two suspected thieves died in street justice after residents caught them.",
    "A man caught stealing a goat was handed over to popular vengeance and beaten.",
])
def test_a_crowds_own_punishment_named_in_french_style_is_mob_violence(sentence):
    inc = _main(sentence)
    assert (inc.event_type, inc.sub_event_type) == ("Riots", "Mob violence")
    assert inc.actor1 == "Rioters (Benin)"


@pytest.mark.parametrize("sentence", [
    "A man accused of theft was beaten to death by the population.",
    "A presumed kidnapper was killed by the inhabitants of the village.",
    "The inhabitants of the district beat a pickpocket to death.",
])
def test_the_population_acting_is_a_crowd(sentence):
    inc = _main(sentence)
    assert inc.event_type == "Riots" and inc.fatalities == 1


@pytest.mark.parametrize("sentence, n", [
    ("A suspected witch was killed by villagers.", 1),
    ("A sorcerer was stoned to death by his neighbours.", 1),
    ("A pickpocket was beaten to death at the bus station.", 1),
])
def test_suspects_a_crowd_names_are_victims_counted(sentence, n):
    assert count_fatalities([sentence]) == n


@pytest.mark.parametrize("sentence", [
    "Residents beat up a suspected kidnapper near the school.",
    "A crowd attacked two alleged kidnappers at the market.",
    "Traders chased a presumed kidnapper and injured him.",
])
def test_a_kidnapper_named_is_no_abduction(sentence):
    from geo.incidents.events import classify_event

    assert classify_event(sentence)[1] != "Abduction/forced disappearance"


@pytest.mark.parametrize("sentence", [
    "The former minister was arrested and charged with financing terrorism.",
    "Two journalists were detained at the airport on their return.",
    "A union leader was arrested on Monday over his speech.",
])
def test_an_arrest_with_no_one_named_is_by_the_police(sentence):
    inc = _main(sentence)
    assert (inc.event_type, inc.sub_event_type) == ("Strategic developments", "Arrests")
    assert inc.actor1 == "Police Forces of Benin"


def test_a_house_burned_by_unknown_individuals_is_property_destruction():
    inc = _main("Unknown individuals burned the house of one mayor during the night.")
    assert (inc.event_type, inc.sub_event_type) == ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize("sentence", [
    "Unidentified persons set fire to the office of the electoral commission.",
    "Masked people torched two cars parked outside the party headquarters.",
])
def test_arson_by_unknown_people_with_no_arms_told_is_mob_violence(sentence):
    # people the report cannot name, no arms told: a mob (ACLED's codebook), see
    # tests/test_events_round10_unnamed_arsonists.py
    inc = _main(sentence)
    assert (inc.event_type, inc.sub_event_type) == ("Riots", "Mob violence")


@pytest.mark.parametrize("sentence", [
    "Customs officers seized a large quantity of weapons near the border.",
    "Soldiers confiscated twelve rifles and a pistol at a checkpoint.",
    "Police recovered several AK-47s hidden in a farmhouse.",
])
def test_a_seizure_of_arms_disrupts_their_use(sentence):
    from geo.incidents.events import classify_event

    assert classify_event(sentence) == ("Strategic developments", "Disrupted weapons use")


def test_a_crowd_burning_at_a_demonstration_is_still_a_riot():
    from geo.incidents.events import classify_event

    assert classify_event("Protesters set fire to the party office during the demonstration.")[0] == "Riots"


@pytest.mark.parametrize("sentence", [
    "Fishermen from two communities clashed over fishing rights on the lake.",
    "Two neighbouring villages clashed over a farmland boundary, injuring five.",
    "Youths of rival communities fought with sticks and machetes after a football match.",
])
def test_neighbours_fighting_without_guns_or_militia_is_mob_violence(sentence):
    from geo.incidents.events import classify_event

    assert classify_event(sentence) == ("Riots", "Mob violence")


@pytest.mark.parametrize("sentence", [
    "Two communities clashed with guns over grazing land, killing four.",
    "Ethnic militias from two communities clashed near the river.",
    "Gunmen from two rival villages exchanged fire for hours.",
])
def test_armed_neighbours_still_fight_a_battle(sentence):
    from geo.incidents.events import classify_event

    assert classify_event(sentence)[0] == "Battles"


@pytest.mark.parametrize("sentence", [
    "The home of the opposition leader was surrounded by police overnight.",
    "Security forces sealed off the area around the court before the verdict.",
    "Internet access was cut across the country on election day.",
])
def test_security_measures_are_strategic_developments(sentence):
    from geo.incidents.events import classify_event

    assert classify_event(sentence) == ("Strategic developments", "Other")


@pytest.mark.parametrize("sentence", [
    "Suspected jihadists preached in a mosque in the village and left.",
    "Armed men threatened teachers and ordered the school closed.",
    "The militia gave the villagers an ultimatum to leave within a week.",
])
def test_threats_and_shows_of_force_without_violence_are_strategic(sentence):
    from geo.incidents.events import classify_event

    assert classify_event(sentence)[0] == "Strategic developments"


def test_a_threat_followed_by_a_killing_is_the_killing():
    from geo.incidents.events import classify_event

    assert classify_event("Gunmen threatened and then shot dead a chief.")[0] == "Violence against civilians"


@pytest.mark.parametrize("sentence, n", [
    ("The death toll rose to 15 on Tuesday.", 15),
    ("The attack brought the death toll to 8.", 8),
    ("The death toll is 40 percent higher than last year.", 0),
])
def test_a_death_toll_is_the_figure(sentence, n):
    assert count_fatalities([sentence]) == n


@pytest.mark.parametrize("sentence, n", [
    ("The army said it had neutralised 12 terrorists.", 12),
    ("Troops neutralized five insurgents near the lake.", 5),
    ("Two gunmen were neutralised by the gendarmes.", 2),
])
def test_neutralised_is_killed(sentence, n):
    assert count_fatalities([sentence]) == n


@pytest.mark.parametrize("sentence, n", [
    ("Bandits killed a woman and her two children.", 3),
    ("The attackers executed the village chief and his son.", 2),
    ("Gunmen murdered a couple in their home.", 2),
    ("Gunmen killed a farmer and wounded his wife.", 1),
])
def test_victims_named_by_their_kin(sentence, n):
    assert count_fatalities([sentence]) == n
