"""A report that names no country and only a road between two towns ("the
Oldtown-Newtown road") is placed at the first town when the gazetteer holds it in one
country only; a word the gazetteer knows in several countries stays unplaced. Sentences
are our own."""

import pytest

from geo.gazetteer import load_gazetteer
from geo.incidents import extract_incidents_from_text
from geo.incidents.context import Context
from geo.incidents.model import Sentence
from geo.incidents.variants import spelled_differently


@pytest.mark.parametrize("text, location, country", [
    ("Traders blocked the Kitgum-Pader road with burning tyres over a new levy.", "Kitgum", "Uganda"),
    ("Youths stoned cars on the Mpika-Serenje highway after a boy was run over.", "Mpika", "Zambia"),
    ("Unknown gunmen ambushed a bus on the Nebbi-Kyenjojo road, killing the driver.", "Nebbi", "Uganda"),
])
def test_a_road_between_towns_places_the_incident_at_the_first(text, location, country):
    inc = extract_incidents_from_text(text, "2020-09-01")[0]
    assert (inc.location, inc.country) == (location, country)
    assert inc.actor1.endswith(f"({country})")


@pytest.mark.parametrize("name, found", [("Kaoma", "Kaoma"), ("Koboko", None)])
def test_only_a_name_held_in_one_country_is_taken(name, found):
    # The gazetteer holds Kaoma in Zambia only, Koboko in Uganda and in Côte d'Ivoire.
    text = f"Youths blocked the {name} road with stones and tyres."
    best = spelled_differently([Sentence(0, len(text), text)], text, load_gazetteer(), Context())
    assert (best[2] if best else None) == found
