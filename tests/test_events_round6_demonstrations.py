"""Round 6: violence told as happening inside a demonstration ("shot dead during protests
in …") is the demonstration's event (ACLED's codebook): force used on a crowd that did no
violence is excessive force against protesters; where the crowd's own violence is told,
a violent demonstration. Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents.events import classify_event


@pytest.mark.parametrize("sentence", [
    "A teacher in Mandalay was shot dead amid protests over the coup.",
    "A pair of teenagers were killed by gunfire in Khartoum during a demonstration against military rule.",
    "A boy died of gunshot wounds amid protests over fuel prices in Port-au-Prince.",
])
def test_deaths_inside_a_demonstration_are_force_against_protesters(sentence):
    assert classify_event(sentence) == ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize("sentence", [
    "Police killed a student in Lahore during demonstrations over tuition. Protesters fought police in running battles.",
    "Soldiers wounded three men in Kisangani during violent anti-government demonstrations.",
    "A market porter was shot dead by gendarmes during demonstrations in Conakry. The crowd stoned the gendarmes and burned a police post.",
])
def test_force_inside_a_violent_demonstration_is_a_riot(sentence):
    assert classify_event(sentence) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("sentence", [
    # "in protest" is a purpose, not a demonstration the killing happened in
    "Gunmen shot dead a trader in Maiduguri, and youths blocked the road in protest.",
    "Bandits killed a herder near Gusau last night.",
    "Unknown men stabbed a shopkeeper to death in Kandahar on Friday.",
])
def test_killings_outside_a_demonstration_stay_attacks(sentence):
    assert classify_event(sentence) == ("Violence against civilians", "Attack")


# -- what the crowd destroyed or broke into makes the demonstration violent ---------------
@pytest.mark.parametrize("sentence", [
    "Demonstrators in Lagos lit tyres along the expressway to protest fuel prices.",
    "Angry voters in Jalalabad broke the ballot boxes at a polling centre, protesting delays.",
    "Opposition supporters in Kinshasa snatched ballot papers from a voting centre to protest.",
    "During the protest in Dakar, some marchers were breaking into shops along the main avenue.",
    "Clash between police and traders protesting market closures in Harare left six injured.",
])
def test_destructive_acts_of_a_crowd_make_a_riot(sentence):
    assert classify_event(sentence) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("sentence", [
    # a clash the crowd protests is its grievance, not its act
    "Residents marched in Blantyre in reply to clash between two gangs, demanding more patrols.",
    "Teachers in Lusaka marched peacefully, asking for unpaid salaries.",
    "Nurses in Accra rallied outside the ministry over unpaid allowances.",
])
def test_demonstrations_without_destruction_stay_protests(sentence):
    assert classify_event(sentence)[0] == "Protests"


# -- a crowd's reaction after a lead clause recalling violence ---------------------------
@pytest.mark.parametrize("sentence", [
    "After gunmen raided a minibus depot near Goma, drivers demonstrated at the town hall.",
    "After the assassination of a mayor in Guerrero, crowds filled the streets of Chilpancingo in protest.",
    "Following the torture of a detainee in Kabul, relatives rallied outside the prison.",
    "Following the stabbing of a market porter by unknown men, traders protested outside the council office in Kano.",
])
def test_a_protest_after_a_lead_clause_of_violence_is_the_event(sentence):
    assert classify_event(sentence)[0] == "Protests"


@pytest.mark.parametrize("sentence", [
    # the sentence goes on with the same fight: the lead clause is part of the event
    "After raiders killed four herders near Moroto, soldiers shot dead one of the raiders.",
    "Following a dispute over land, gunmen shot dead two farmers in Benue.",
    "After storming the village at dawn, militants killed six people in Ituri.",
])
def test_a_lead_clause_without_a_crowd_reaction_stays_part_of_the_event(sentence):
    assert classify_event(sentence)[0] in ("Battles", "Violence against civilians")


# -- the people of a place clashing with police are a crowd --------------------------------
@pytest.mark.parametrize("sentence", [
    "Police and locals clashed in Lahore after a raid on a market.",
    "Police and inhabitants of the slum clashed in Port-au-Prince during an eviction.",
    "Townspeople clashed with police in Yola after a curfew was imposed.",
])
def test_locals_clashing_with_police_riot(sentence):
    assert classify_event(sentence)[0] == "Riots"


def test_gunmen_clashing_with_police_still_fight_a_battle():
    assert classify_event("Police clashed with gunmen in Yola after a curfew was imposed.") == (
        "Battles", "Armed clash")
