"""Eighth round: ranking a name's candidates by the document around it. Every sentence
here is written for these tests, about places chosen for them."""

import pytest

from geo.places import parse_places


def found(text):
    return {m.text: m for m in parse_places(text)}


# A town inside an admin-1 region the document names outright is the town the text
# means, though places of other countries named beside the region would water down its
# share of the document, and though a world city abroad has the name too.
@pytest.mark.parametrize("text, name, country, region", [
    ("A tornado tore roofs off homes in Paris. Texas emergency crews worked through the night; "
     "donations came from Lagos, Manila and Seoul.", "Paris", "US", "TX"),
    ("Police shut a road in Dublin after a crash. Ohio troopers said two drivers were hurt; both had "
     "flown home from Nairobi, Accra and Cairo.", "Dublin", "US", "OH"),
    ("Students marched through Moscow on Friday. Idaho police said the protest was calm; similar "
     "marches were held in Nairobi, Lima and Manila.", "Moscow", "US", "ID"),
    ("Gunfire broke out outside a school in Alexandria. Virginia police detained a teenager; his "
     "family had moved from Lagos, Accra and Nairobi.", "Alexandria", "US", "VA"),
    ("A gas explosion damaged homes in London overnight. Ontario fire officials said the cause was "
     "unknown; relatives flew in from Manila, Karachi and Cairo.", "London", "CA", "08"),
    ("Police in Kingston arrested three men after the robbery. Ontario's police watchdog is "
     "investigating; the suspects had travelled from Lagos and Accra.", "Kingston", "CA", "08"),
])
def test_a_town_in_a_region_the_document_names(text, name, country, region):
    place = found(text)[name].place
    assert (place.country_code, place.admin1_code) == (country, region)


@pytest.mark.parametrize("text, name, country", [
    # the capital of a country the document names stays the capital, beside a state named
    # outright that has a town of the name
    ("Envoys from the United States and Russia met in Washington on Monday. England's foreign "
     "office sent an observer, and Poland asked to join the next round.", "Washington", "US"),
    # a world city stays itself where the named region's town of the name is a village
    ("Farmers from Nebraska sold grain to traders in Cairo, Lagos and Karachi this year, "
     "and buyers in Manila asked for more.", "Cairo", "EG"),
])
def test_near_misses_of_a_town_in_a_named_region(text, name, country):
    assert found(text)[name].place.country_code == country
