"""Fatalities, round 8 (issue 13): rule families checked with sentences of our own about
places world-wide (three or more each, failing without the rule), and near misses that
keep the old reading. ACLED's rule: the lowest reported figure for the event, every death
of the event (the perpetrators' too), 0 when none is reported."""

import pytest

from geo.incidents.fatalities import count_fatalities
from geo.incidents.sentences import split_sentences


def fatalities(text, causes_excluded=False):
    return count_fatalities([s.text for s in split_sentences(text)], causes_excluded=causes_excluded)


# -- Killing words: "decapitated" and "butchered" tell deaths as "beheaded" and
# "slaughtered" do; a series of deeds before the killing ("shot, hacked and beheaded")
# still has its subject counted.
@pytest.mark.parametrize("text, expected", [
    ("Two aid workers were decapitated by militants in Cabo Delgado.", 2),
    ("Militants decapitated three farmers near Palma on Sunday.", 3),
    ("Three traders were butchered by armed men near Beni.", 3),
    ("Gunmen butchered five villagers in an overnight raid near Bunia.", 5),
    ("Four village guards were shot, hacked and decapitated by gunmen near Gao.", 4),
    ("Three traders were robbed, slashed and killed on the road to Kidal.", 3),
])
def test_killing_words_and_series_of_deeds(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two butchers were arrested at the cattle market in Kano.", 0),  # the trade, no killing
    ("Three butchers were shot dead at the market in Maiduguri.", 3),
    ("Ten people were injured, and a soldier was killed in Homs.", 1),
])
def test_near_miss_killing_words(text, expected):
    assert fatalities(text) == expected


# -- People set on fire, told in the present of headlines or with a participle: "sets
# alight four cattle thieves", "setting ablaze two suspected kidnappers".
@pytest.mark.parametrize("text, expected", [
    ("A militia attacks and sets alight four cattle thieves near Jos.", 4),
    ("A mob in Goma sets ablaze two suspected child kidnappers.", 2),
    ("Vigilantes in Michoacan seized a market, setting alight three suspected extortionists.", 3),
])
def test_people_set_on_fire_present_and_participle(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A mob sets ablaze the house of a suspected witch in Kisangani.", 0),
    ("Youths stormed the station in Lagos, setting ablaze three police vehicles.", 0),
])
def test_near_miss_property_set_on_fire(text, expected):
    assert fatalities(text) == expected
