"""Riot or protest (ACLED's codebook): a demonstration is a riot when its own crowd is
violent or destructive (clashes, fights, fires set, police lines broken, people taken
captive, a crowd armed with crude weapons); a protest, with intervention, when others
attack the demonstrators and they do no violence. Violence named only as what the crowd
protests, or as the state the crowd found something in, is no act of the crowd's.
Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "Protesting dock workers abducted the port manager in Lyon and paraded him through the yard.",
    "Protesters kidnapped a tax inspector in Arequipa and held him for six hours.",
    "Demonstrators in Tbilisi abducted two council clerks to press their demand for water.",
])
def test_a_crowd_that_takes_people_captive_riots(text):
    assert classify_event(text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    "During a march in Accra, fights erupted between students and market traders.",
    "Fighting broke out between two groups of demonstrators outside the courthouse in Lima.",
    "Fighting erupted between marchers and shopkeepers during a protest in Bogota.",
])
def test_fights_that_break_out_at_a_demonstration_make_a_riot(text):
    assert classify_event(text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    "Thousands protested in Caracas against the election result. Several people were hurt in violent confrontations with police.",
    "Students demonstrated in Santiago over fees; the march was marred by violence, with stones and batons on both sides.",
    "Farmers marched in Madrid against the new water law; there were violent exchanges with police in front of the ministry.",
])
def test_a_demonstration_told_as_violent_on_both_sides_is_a_riot(text):
    assert classify_event(text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    "A group protesting against the new tax attacks a council official in Porto.",
    "Two groups of demonstrators clash outside the town hall in Quito.",
    "Farmers protesting low milk prices set a fire at the gate of the ministry in Brussels.",
    "Demonstrators broke through a police cordon in Belgrade during the protest.",
    "Youths armed with sticks and iron bars marched through Dakar to protest power cuts.",
    'Students "violently" protested in Manila over the fee rise.',
])
def test_a_crowd_that_strikes_burns_or_breaks_through_riots(text):
    assert classify_event(text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    "Party activists assaulted six shopkeepers in Izmir as they were protesting against a new tax.",
    "Members of a rival union attacked the protest of dock workers in Genoa.",
    "Unknown men threw stones at a sit-in of teachers in Tunis.",
])
def test_demonstrators_attacked_by_others_are_a_protest_with_intervention(text):
    assert classify_event(text) == ("Protests", "Protest with intervention")


@pytest.mark.parametrize("text", [
    "Supporters of a mayoral candidate assaulted the campaign rally of his rival in Cebu.",
    "Party youths attacked the procession of a rival party in Durban, injuring five people.",
])
def test_a_rally_or_procession_attacked_by_rivals_stays_a_riot(text):
    """Guard (must not change): a party's or campaign's gathering attacked by rivals is mob
    violence in ACLED's codebook, not a protest with intervention."""
    assert classify_event(text)[0] == "Riots"


def test_a_clash_suffered_by_dispersed_demonstrators_is_no_riot():
    """Guard (must not change): "injured in the clash" names no act of the crowd's; the
    present-tense "clash" read as a crowd's verb must not take it for one."""
    text = "Police used batons to disperse students protesting in Ankara. Two students were injured in the clash."
    assert classify_event(text)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "On Monday, relatives of those killed during the floods staged a protest in Cairo, demanding compensation.",
    "Students staged a demonstration in Hanoi carrying the coffins of two students killed in an accident, demanding safer roads.",
    "Lawyers marched in Lahore in support of a strike called following clashes with police at an earlier rally.",
])
def test_violence_named_as_a_thing_or_suffered_is_no_riot(text):
    assert classify_event(text)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "Hundreds of traders stormed the town hall in Valparaiso, demanding the return of their market licences.",
    "Angry tenants stormed the housing office in Leeds protesting against a rent rise.",
    "Parents stormed the education office in Cordoba and demanded the transfer of the head teacher.",
])
def test_a_place_stormed_while_voicing_a_grievance_is_a_protest(text):
    assert classify_event(text)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "In a protest over unemployment, youths blocked the ring road in Casablanca and attacked a passing bus driver.",
    "Angry residents marched to the landlord's office and assaulted two of his clerks in Glasgow.",
    "Protesting fishermen in Valencia occupy the harbour and destroy three patrol boats.",
    "Demonstrating farmers in Lille assaulted a customs officer at the border post.",
    "Students locked the dean inside his office during a protest over fees in Lagos.",
    "Villagers protested a land sale in Cusco by throwing logs and boulders across the main road.",
])
def test_a_crowds_second_act_captives_and_roads_blocked_with_material_make_a_riot(text):
    assert classify_event(text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    "Police in Manila beat protesters with batons and injured twelve people.",
    "Opposition youths protested in Harare and threatened to disrupt the minister's visit.",
])
def test_the_crowd_as_object_or_a_threat_is_no_riot(text):
    """Guard (must not change): the crowd as the object of police batons, or a threat it
    makes, is no violent act of its own; the crowd's second verb and a headline's bare verb
    must not read them as one."""
    assert classify_event(text)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "Students protested in Bordeaux over fees. Police were called after the students threatened to destroy the library.",
    "Dock workers marched in Rotterdam against job cuts; shopkeepers closed early, fearing looting.",
    "Students marched in Brno; four students who were badly injured when a wall fell were taken to hospital.",
])
def test_threats_fears_and_harm_suffered_are_no_riot(text):
    assert classify_event(text)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "Rioters threw petrol bombs at a protest of nurses in Marseille.",
    "Masked rioters hurled stones at a demonstration of pensioners in Porto.",
])
def test_rioters_who_attack_a_demonstration_are_not_its_crowd(text):
    assert classify_event(text) == ("Protests", "Protest with intervention")


@pytest.mark.parametrize("text", [
    "Sanitation workers protesting unpaid wages dumped garbage outside the town hall in Naples.",
    "Dairy farmers in Rennes dumped manure at the gates of the prefecture to protest milk prices.",
    "Youths at a protest rally in Abidjan took advantage of the crowd to steal from market stalls.",
])
def test_a_crowd_that_dumps_waste_or_steals_riots(text):
    assert classify_event(text)[0] == "Riots"
