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
    ("A barn fire spread to houses in Warsaw. Indiana fire officials said it was arson; the owners "
     "were visiting Lagos, Manila and Seoul.", "Warsaw", "US", "IN"),
    ("A snowstorm shut schools in Rome on Monday. New York state crews cleared roads, and flights "
     "from Lagos, Manila and Seoul were delayed.", "Rome", "US", "NY"),
    ("Students marched through Moscow on Friday. Idaho police said the protest was calm; similar "
     "marches were held in Nairobi, Lima and Manila.", "Moscow", "US", "ID"),
    ("Police in Kingston arrested three men after the robbery. Ontario's police watchdog is "
     "investigating; the suspects had travelled from Lagos and Accra.", "Kingston", "CA", "08"),
])
def test_a_town_in_an_admin1_region_the_document_names(text, name, country, region):
    place = found(text)[name].place
    assert (place.country_code, place.admin1_code) == (country, region)


# The same for a county or district named outright, for towns of any size.
@pytest.mark.parametrize("text, name, country, region", [
    ("Police in Rome arrested two men after a chase. Floyd County deputies helped; one suspect had "
     "lived in Nairobi and Lima.", "Rome", "US", "GA"),
    ("A snowstorm shut schools in Rome. Oneida County crews cleared roads, and flights from Lagos, "
     "Manila, Seoul and Lima were delayed.", "Rome", "US", "NY"),
    ("A grain truck overturned near Belgrade. Gallatin County deputies closed the road; the grain "
     "was bound for Lagos, Manila and Seoul.", "Belgrade", "US", "MT"),
])
def test_a_town_in_an_admin2_region_the_document_names(text, name, country, region):
    place = found(text)[name].place
    assert (place.country_code, place.admin1_code) == (country, region)


@pytest.mark.parametrize("text, name, country", [
    # the capital of a country the document names stays the capital, beside a state named
    # outright that has a town of the name
    ("Greece's prime minister addressed a rally in Athens. A choir from Ohio sang, and guests came "
     "from Lagos and Seoul.", "Athens", "GR"),
    # a world city stays itself where the named region's town of the name is a village
    ("Farmers from Illinois sold grain to traders in Cairo this year, and buyers in Lagos and "
     "Manila asked for more.", "Cairo", "EG"),
])
def test_near_misses_of_a_town_in_a_named_region(text, name, country):
    assert found(text)[name].place.country_code == country


# A country is answered at a point inside it (Kuwait spans about 46.5-48.4 E; the source's
# point lay in Iraq).
@pytest.mark.parametrize("text", [
    "Oil workers in Kuwait went on strike over unpaid wages.",
    "Kuwait expelled two diplomats on Sunday, the foreign ministry said.",
    "Flights between Kuwait and Baghdad resumed after a week.",
])
def test_a_country_is_answered_inside_it(text):
    place = found(text)["Kuwait"].place
    assert 28.5 < place.latitude < 30.1 and 46.5 < place.longitude < 48.5


# The capital of a country the document names is what its name means there, though a
# state the document also names has a town of the name (and is its only admin-1 region).
@pytest.mark.parametrize("text, name, country", [
    ("Poland and Lithuania held talks in Warsaw; an Indiana senator sat in as an observer.", "Warsaw", "PL"),
    ("Russia and Belarus signed a gas deal in Moscow, and an Idaho farm group watched the talks.",
     "Moscow", "RU"),
    ("Italy and Malta discussed migrants in Rome, while a Georgia charity sent food.", "Rome", "IT"),
])
def test_the_capital_of_a_country_the_document_names(text, name, country):
    assert found(text)[name].place.country_code == country


@pytest.mark.parametrize("text, name", [
    # a name that may be the country itself stays the country beside its demonym, though
    # its capital has the country's name as an alternate
    ("Mexican officials said violence in Mexico fell last year.", "Mexico"),
    ("Guatemalan police said crime in Guatemala dropped.", "Guatemala"),
    ("Panamanian officials said shipping through Panama grew.", "Panama"),
])
def test_near_misses_of_the_capital_of_a_named_country(text, name):
    assert found(text)[name].place.feature_code == "PCLI"
