"""Demonyms of states, provinces and regions, and their plurals, stand for the region
("Ohioans", "a Queenslander", "Nova Scotians"). Every sentence is written for these tests."""

import pytest

from geo.places import parse_places


def found(text):
    return {m.text: (m.place.name, m.place.country_code, m.place.feature_code) for m in parse_places(text) if m.place}


@pytest.mark.parametrize("text, surface, region, country", [
    ("Officials urged Ohioans to renew their licence plates early.", "Ohioans", "Ohio", "US"),
    ("The ferry strike left Nova Scotians without a crossing for a week.", "Nova Scotians", "Nova Scotia", "CA"),
    ("A Queenslander won the national spelling bee this year.", "Queenslander", "Queensland", "AU"),
    ("Most Kentuckians never saw the old bridge close.", "Kentuckians", "Kentucky", "US"),
])
def test_a_regional_demonym_is_its_region(text, surface, region, country):
    assert found(text)[surface] == (region, country, "ADM1")


def test_a_plural_demonym_of_a_region_as_of_a_country():
    places = found("Gazans and Egyptians waited at the crossing for hours.")
    assert places["Gazans"][1] == "PS"
    assert places["Egyptians"][1] == "EG"


def test_an_ethnic_name_across_borders_is_not_a_region():
    # Punjab is a province of Pakistan and a state of India: the word places neither.
    assert "Punjabi" not in found("The Punjabi singers toured three cities in the spring.")


def test_a_demonym_after_a_sentences_first_word_and_of():
    # "Thousands of …": the opening word and the particle after it lead into no name.
    assert found("Thousands of Ohioans lined up for the new licence plates.")["Ohioans"][0] == "Ohio"
    assert found("Hundreds of Egyptians waited at the gate.")["Egyptians"][1] == "EG"
