"""A name followed by ", Region" that holds a place of that name is a place, even when
its word is a given name or an ordinary word. Every sentence is written for these tests."""

import pytest

from geo.places import parse_places


def found(text):
    return {m.text: (m.place.name, m.place.country_code, m.place.admin1_code) for m in parse_places(text) if m.place}


@pytest.mark.parametrize("text, surface, admin1", [
    ("Nadia Kerr of Wooster, Ohio, won the county fair's pie contest.", "Wooster", "OH"),
    ("The award went to a bakery owner of Paradise, Calif., last week.", "Paradise", "CA"),
    ("Brightline Print of Lexington, South Carolina, won the contract.", "Lexington", "SC"),
])
def test_a_name_before_its_region_is_a_place_in_it(text, surface, admin1):
    assert found(text)[surface][1:] == ("US", admin1)


def test_a_name_the_region_holds_no_place_of_is_left_alone():
    # The only Grace the gazetteer knows lies in Idaho: here the comma is only a comma.
    assert "Grace" not in found("The award went to Grace, Ohio's finest baker.")


def test_a_persons_name_before_a_region_stays_a_person():
    assert "Reed" not in found("Senator Austin Reed, Kansas, spoke first.")


def test_the_place_of_a_state_of_phrase_is_the_state():
    # "State of Utah" is only an alternate name of Utah, all of whose words are frequent.
    assert found("Groups must be registered with the State of Utah to apply.")["Utah"][1:] == ("US", "UT")
