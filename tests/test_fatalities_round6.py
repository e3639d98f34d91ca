"""Fatalities, round 6 (issue 13): rule families found in the tune files' misses, each
with three or more sentences of our own about other places, and near misses that keep
the old reading. ACLED's rule: the lowest reported figure for the event, every death of
the event, 0 when none is reported; "several", "many" or plural dead without a figure:
10; "dozens": 12."""

import pytest

from geo.incidents.fatalities import count_fatalities
from geo.incidents.sentences import split_sentences


def fatalities(text, causes_excluded=False):
    return count_fatalities([s.text for s in split_sentences(text)], causes_excluded=causes_excluded)


# -- A vague figure that counts time or animals is no count of dead people: "several days
# later the trader died" tells one death, "several of the herd were killed" none.
@pytest.mark.parametrize("text, expected", [
    ("Several days later the wounded trader died in a hospital in Kano.", 1),
    ("Herders blocked the highway near Gao for several hours after several of the herd were killed by a truck.", 0),
    ("Dozens of the goats were killed by the raiders near Kidal.", 0),
    ("Gunmen stole cattle in Zamfara; dozens of the flock were killed.", 0),
])
def test_vague_figure_of_time_or_animals(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Several villagers died when gunmen raided a market in Zamfara.", 10),
    ("Dozens of fighters were killed in clashes near Marib.", 12),
])
def test_near_miss_vague_people_still_counted(text, expected):
    assert fatalities(text) == expected


# -- A lynching whose victim the report says lived: "lynched" is said of mob beatings;
# "police rescued him before he died" or "no fatalities were reported" decides.
@pytest.mark.parametrize("text", [
    "A thief was lynched by traders in Onitsha. Police rescued him before he died.",
    "A suspected kidnapper was lynched by a crowd in Kasai. No fatalities were reported.",
    "A suspected thief is lynched by a mob in Tshikapa and nearly killed before he is rescued by soldiers.",
    "Villagers lynched a man accused of sorcery in Ituri. He survived and was taken to hospital in Bunia.",
])
def test_lynched_victim_who_lived(text):
    assert fatalities(text) == 0


@pytest.mark.parametrize("text, expected", [
    ("A thief was lynched by traders in Onitsha.", 1),
    # a plain death stands against the survival of another
    ("A mob beat a suspected thief to death in Kaduna. His accomplice survived.", 1),
])
def test_near_miss_lynching_without_survival(text, expected):
    assert fatalities(text) == expected


# -- The body whose finding a crowd reacted to is not the crowd's own dead (demonstrations
# and riots: ACLED codes the death that provoked them elsewhere).
@pytest.mark.parametrize("text", [
    "Residents rioted in Goma after the body of a missing teenager was found in a ditch.",
    "Youths burned tyres in Port-au-Prince after three bodies were discovered near a market.",
    "Market women protested in Kumasi after the body of a trader was recovered from a river.",
    "Angry youths stoned police in Lubumbashi after the bodies of two miners were found near the pit.",
])
def test_body_found_as_cause_of_a_demonstration(text):
    assert fatalities(text, causes_excluded=True) == 0


def test_near_miss_bodies_found_after_a_raid_still_counted():
    assert fatalities("Soldiers raided the camp near Beni and the bodies of four rebels were found.") == 4


# -- An earlier event told at the sentence's opening: "A few days earlier, …", "Three
# weeks before, …", "… in the previous month".
@pytest.mark.parametrize("text", [
    "A few days earlier, a landslide killed nine miners in Kachin.",
    "Three weeks before, gunmen had killed two nurses in Bunia.",
    "Parents protested in Lahore, saying four pupils had died at the school in the previous month.",
])
def test_earlier_event_opening(text):
    assert fatalities(text) == 0


def test_near_miss_later_the_same_day_still_counted():
    assert fatalities("A few hours later, gunmen killed two nurses in Bunia.") == 2


# -- An age in words ("her three-year-old daughter") is no count of people.
@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed a teacher and her three-year-old daughter in Tillaberi.", 2),
    ("Bandits shot dead a farmer and his two-year-old son near Katsina.", 2),
    ("Militants beheaded a farmer and his twelve-year-old nephew in Cabo Delgado.", 2),
    ("A gunman shot dead a nurse and her four-year-old son in Sinaloa.", 2),
])
def test_age_in_words(text, expected):
    assert fatalities(text) == expected


# -- The crime the mob punished: "a man who had just stabbed his neighbour to death".
@pytest.mark.parametrize("text", [
    "A crowd beat up a man who had just stabbed his neighbour to death in Lagos.",
    "Students in Kisangani stoned a soldier who had earlier shot dead a classmate.",
    "Villagers in Bauchi seized a herder who had previously shot dead a farmer.",
])
def test_deed_the_mob_punished(text):
    assert fatalities(text) == 0


# -- "An unknown number of people are feared dead": an unknown number (10), not one person.
@pytest.mark.parametrize("text", [
    "An unknown number of people are feared dead after gunmen attacked a village in Zamfara.",
    "An unknown number of people died when the militia torched a village in Ituri.",
    "An unknown number of people were killed in air strikes on Idlib.",
])
def test_unknown_number_of_people(text):
    assert fatalities(text) == 10
