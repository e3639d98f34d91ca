"""Capitalised words that share a town's name without naming a place: people whose
given name is a town's and whose surname is also an English word, and makers' names
that stand for vehicles. Every sentence is written for these tests.
"""

import pytest

from geo.places import parse_places


def surfaces(text):
    return {m.text for m in parse_places(text) if m.place}


# A given name that some town also bears, before a surname that is an ordinary word too:
# the person, not the town (the old rule took any such pair for a place leading a name).


@pytest.mark.parametrize("text, name", [
    ("The award went to Virginia Stone, who ran the shelter for twenty years.", "Virginia"),
    ("Volunteers led by Chad Walker cleared the trail on Saturday.", "Chad"),
    ("The orchestra was conducted by Paul Baker at the spring concert.", "Paul"),
])
def test_a_given_name_before_a_common_surname_is_a_person(text, name):
    assert name not in surfaces(text)


def mentions_of(text, surface):
    return sum(1 for m in parse_places(text) if m.place and m.text == surface)


@pytest.mark.parametrize("text, place, count", [
    ("The Athens Public Library will close early, officials in Athens said.", "Athens", 2),
    ("Shops near Marion Station drew crowds from all over Marion.", "Marion", 1),
    ("Voters in West Virginia Democratic primaries stayed home.", "West Virginia", 1),
])
def test_a_place_leading_a_name_stays_a_place(text, place, count):
    assert mentions_of(text, place) == count


def test_an_acronym_after_a_given_name_is_no_surname():
    text = "In Austin, members of Austin PRIDE marched past the courthouse."
    assert mentions_of(text, "Austin") == 2


def test_a_sentence_opening_adverb_is_no_given_name():
    text = "Diplomats met twice. So Moscow answered with a note of its own."
    assert "Moscow" in surfaces(text)


# Makers' names: a vehicle after a model year, before a model or a kind of vehicle, and
# then wherever the text names the maker again.


@pytest.mark.parametrize("text, maker", [
    ("A 1997 Toyota left the road and struck a fence near the farm.", "Toyota"),
    ("Witnesses saw a Dodge van speeding away from the shop.", "Dodge"),
    ("The driver of a Honda Civic was taken to the county hospital.", "Honda"),
])
def test_a_maker_that_stands_for_a_vehicle_is_no_place(text, maker):
    assert maker not in surfaces(text)


def test_the_maker_named_again_is_still_the_vehicle():
    text = "Police stopped a 2004 Toyota on the bypass. The Toyota had no plates."
    assert "Toyota" not in surfaces(text)


def test_a_model_named_like_a_town_is_no_place_either():
    text = "A 2002 Chevrolet Malibu was found burned out behind the warehouse."
    assert not {"Chevrolet", "Malibu"} & surfaces(text)


@pytest.mark.parametrize("text, place", [
    ("The cattle drive ended in Dodge City in the autumn.", "Dodge City"),
    ("Floods closed two roads in Lincoln County on Monday.", "Lincoln County"),
    ("The delegation flew from Toyota to Nagoya for the talks.", "Toyota"),
])
def test_a_maker_named_town_without_a_vehicle_is_a_place(text, place):
    assert place in surfaces(text)


# Names joined by "&" are a firm's, and its first name alone is the firm again.


def test_names_joined_by_an_ampersand_are_a_firm():
    text = "The county hired Stevens & Okonkwo to draw the plans. Stevens billed the county twice."
    assert "Stevens" not in surfaces(text)


@pytest.mark.parametrize("text, place", [
    ("The agency Ohio Parks & Recreation closed the trail for the season.", "Ohio"),
    ("Buses run between Minneapolis & St. Paul every ten minutes.", "Minneapolis"),
])
def test_a_place_beside_an_ampersand_stays_a_place(text, place):
    assert place in surfaces(text)


# A titled person's name ends at "of": the place after it is read as places are.


@pytest.mark.parametrize("text, place", [
    ("President Ali Warsame of Somalia met the envoys on Monday.", "Somalia"),
    ("Sgt. Dana Kerr of the Tulsa Police Department said the road was closed.", "Tulsa"),
    ("Former Gov. Ruth Abara of Kano State opened the clinic.", "Kano"),
])
def test_the_place_after_a_titled_persons_of_is_a_place(text, place):
    assert place in surfaces(text)


def test_the_titled_persons_name_stays_a_person():
    text = "Mayor Austin Reed of Tulsa cut the ribbon."
    assert surfaces(text) == {"Tulsa"}


# A surname met alone after the person's full name stays the person unless it names a
# country, a capital or a large place.


def test_a_surname_that_names_a_small_province_stays_the_person():
    # Flores is also a small department of Uruguay.
    text = "Officer Marco Flores joined the force in May. Flores grew up near the harbour."
    assert "Flores" not in surfaces(text)


def test_a_surname_that_names_a_country_is_still_the_country():
    text = "Coach Michael Jordan praised the squad. The team then flew to Jordan for the final."
    assert "Jordan" in surfaces(text)
