"""Fatalities: any victim noun (issue 13), headline wording, and subjects described before
their verb. Sentences are the team's own, three or more per rule family, with near misses."""

import pytest

from geo.incidents import count_fatalities, extract_incidents_from_text, split_sentences


def fatalities(text):
    return count_fatalities([s.text for s in split_sentences(text)])


@pytest.mark.parametrize("text, expected", [
    ("Gunmen kill police reservist near the well", 1),
    ("Raiders shot dead a party spokesman outside his office.", 1),
    ("Robbers kill bakery delivery driver near the ferry", 1),
    ("A technician was killed by pirates off the coast.", 1),
    ("An attorney defending the mayor is assassinated in the capital.", 1),
    ("Militants shoot dead leader of rival faction in the camp", 1),
])
def test_any_person_noun_is_a_victim(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text", [
    "Gunmen killed the plan to reopen the market.",  # not a person
    "Raiders killed four camels and stole the rest.",
    "The reservist was wounded in the attack.",
])
def test_near_miss_no_person_died(text):
    assert fatalities(text) == 0


@pytest.mark.parametrize("text, expected", [
    ("A mob lynched two suspected goat thieves near the market.", 2),
    ("Villagers stoned to death three suspected cattle rustlers.", 3),
    ("Police shot dead four cattle raiders in the valley.", 4),
])
def test_an_animal_word_before_a_person_noun_counts_people(text, expected):
    assert fatalities(text) == expected


def test_near_miss_animals_killed_are_not_counted():
    assert fatalities("Raiders killed twenty cattle and three goats.") == 0


@pytest.mark.parametrize("text, expected", [
    ("Two women who were accused of sorcery are lynched in a village.", 2),
    ("Three traders suspected of hoarding fuel were beaten to death by a crowd.", 3),
    ("Four herders from the lowlands were killed by raiders at the well.", 4),
])
def test_a_counted_subject_described_before_its_verb(text, expected):
    assert fatalities(text) == expected


def test_near_miss_a_counted_subject_only_hurt():
    assert fatalities("Two women who were accused of sorcery are beaten in a village.") == 0


@pytest.mark.parametrize("text, expected", [
    ("Eleven reportedly KIA.", 11),
    ("Two militants were killed in action near the dam.", 2),
    ("Vigilantes stone to death two bus drivers who robbed passengers.", 2),
    ("The crowd beats to death a man caught stealing.", 1),
])
def test_headline_death_wording(text, expected):
    assert fatalities(text) == expected


def test_near_miss_a_car_brand_is_no_death():
    assert fatalities("Rebels seized a Kia van at the checkpoint.") == 0


@pytest.mark.parametrize("text, expected", [
    ("A cobbler was lynched by villagers after he killed a neighbour in a quarrel.", 1),
    ("A woman who stabbed her husband to death was lynched by a crowd.", 1),
    ("Villagers lynched a trader who was believed to have murdered two neighbours.", 1),
    ("Police shot dead a gunman who killed two traders.", 1),
])
def test_the_deed_that_provoked_the_event_is_not_its_dead(text, expected):
    assert fatalities(text) == expected


def test_near_miss_a_victim_who_died_is_still_counted():
    assert fatalities("Police fired on the crowd; a student who was hit died in hospital.") == 1


@pytest.mark.parametrize("text, expected", [
    ("Villagers beat up three herders to death beside the river.", 3),
    ("Traders beat up a pickpocket to death near the station.", 1),
    ("A crowd beat up three suspects to death at the bus park.", 3),
])
def test_a_particle_after_the_verb(text, expected):
    assert fatalities(text) == expected


def test_near_miss_beaten_up_but_alive():
    assert fatalities("Residents beat up two men in the market.") == 0


@pytest.mark.parametrize("text", [
    "Residents blocked the highway after a rider was stabbed to death by robbers.",
    "Students went on a rampage, burning tyres, after a classmate was shot dead by unknown men.",
    "Traders torched a police post after two hawkers were shot dead by officers.",
])
def test_a_death_the_crowd_reacted_to_is_not_the_demonstrations(text):
    assert count_fatalities([text], causes_excluded=True) == 0
    assert count_fatalities([text]) > 0  # read as any other sentence without the event type


def test_near_miss_deaths_in_the_riot_itself_are_counted():
    text = "Rioters burned tyres and police shot dead two protesters after stones were thrown."
    assert count_fatalities([text], causes_excluded=True) == 2


@pytest.mark.parametrize("text", [
    "On 3 June 2021, residents of Oldtown blocked the road after a trader was shot dead by unknown gunmen.",
    "On 3 June 2021, angry students burned tyres in Kisumu after a classmate was killed by a lorry.",
    "On 3 June 2021, traders demonstrated in Nakuru after the bodies of two hawkers were found.",
])
def test_a_demonstration_after_a_death_has_no_fatalities(text):
    incidents = extract_incidents_from_text(text, "2021-06-03")
    assert incidents and incidents[0].event_type in ("Protests", "Riots")
    assert incidents[0].fatalities == 0


@pytest.mark.parametrize("text, expected", [
    ("6 people, including a baker, a tailor, a pupil and a mason were killed in the firing.", 6),
    ("12 people, including a nurse, a clerk with the water board and a student, were killed.", 12),
    ("Nine villagers, among them a chief, his wife and two herders, were killed.", 9),
])
def test_n_people_including_a_list_is_n(text, expected):
    assert fatalities(text) == expected


def test_near_miss_the_list_alone_is_counted_when_no_total_is_given():
    assert fatalities("A baker, a tailor and a pupil were killed in the firing.") == 3


@pytest.mark.parametrize("text, expected", [
    ("Troops clashed with rebels near the river, killing five rebels, an army spokesman said.", 5),
    ("Gunmen raided the camp, killing two guards, a police spokesman told reporters.", 2),
    ("Militants shot dead three farmers, a local official said on Monday.", 3),
])
def test_the_source_after_the_victims_is_not_a_victim(text, expected):
    assert fatalities(text) == expected


def test_near_miss_a_spokesman_among_the_victims_counts():
    assert fatalities("Gunmen shot dead two guards and a party spokesman at the gate.") == 3
