"""Airports and landmarks the gazetteer lacks (or knows only as a namesake hamlet),
answered at the city they serve or stand in. Every sentence is written for these tests."""

import pytest

from geo.places import parse_places, resolve_spans


def place_of(text, surface):
    return next(m.place for m in parse_places(text) if m.text == surface)


@pytest.mark.parametrize("text, surface, city, country", [
    ("All flights out of Heathrow were grounded by the fog.", "Heathrow", "London", "GB"),
    ("A suspicious bag closed a terminal at Jomo Kenyatta International Airport.",
     "Jomo Kenyatta International Airport", "Nairobi", "KE"),
    ("Crowds gathered again in Tahrir Square after the verdict.", "Tahrir Square", "Cairo", "EG"),
])
def test_an_airport_or_landmark_is_the_city_it_serves(text, surface, city, country):
    place = place_of(text, surface)
    assert (place.name, place.country_code) == (city, country)


def test_a_gold_span_landmark_is_the_city_too():
    text = "Tourists queued for hours below the Eiffel Tower on Sunday."
    start = text.index("Eiffel Tower")
    [mention] = resolve_spans(text, [(start, start + len("Eiffel Tower"))])
    assert (mention.place.name, mention.place.country_code) == ("Paris", "FR")
