"""A town that has a name only as a former name (an alternate unrelated to its own) is not
what a writer means when towns of the same country bear that name as their own, even in
a report about the former-named town's region; a city that dwarfs those towns keeps its
old name, and a spelling of a town's name is no former name. Every sentence is written
for these tests."""

import pytest

from geo.places import parse_places


def found(text):
    return {m.text: (m.place.name, m.place.country_code) for m in parse_places(text) if m.place}


@pytest.mark.parametrize("text, name, country", [
    # Allentown, Pennsylvania, was once Northampton; the borough of that name lies nearby.
    ("Crews cleared fallen trees in Northampton after the storm, and power returned to parts "
     "of Philadelphia by evening.", "Northampton", "US"),
    # A hamlet in New South Wales lists "Gladstone" as an old name; the Queensland port is Gladstone.
    ("A cyclone warning was issued for Gladstone, and ferries out of Sydney were cancelled.", "Gladstone", "AU"),
    # A small Indiana town once called Fairfield, beside the Ohio city of that name.
    ("Two men were arrested in Fairfield on Saturday after a robbery at a petrol station outside "
     "Indianapolis.", "Fairfield", "US"),
    # A town of Espírito Santo with "Rosário" among its old names, beside the town called Rosário.
    ("Farmers in Rosário blocked a road to Serra to protest against land seizures.", "Rosário", "BR"),
])
def test_a_name_is_the_town_whose_own_name_it_is_not_one_it_once_named(text, name, country):
    assert found(text)[name] == (name, country)


def test_a_renamed_city_that_dwarfs_its_namesakes_keeps_its_old_name():
    text = "Protesters blocked a highway near Baroda on Monday, and traffic into Ahmedabad backed up for hours."
    assert found(text)["Baroda"] == ("Vadodara", "IN")


def test_a_transliteration_is_no_former_name():
    # "Roskoshnoye" is the Russian form of the Ukrainian village Rozkishne, near Luhansk.
    text = "Shelling hit Roskoshnoye overnight, and two houses burned on the edge of Luhansk."
    assert found(text)["Roskoshnoye"] == ("Rozkishne", "UA")
