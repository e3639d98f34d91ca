"""Twelfth round: ranking a place name's readings for world-wide text. Every sentence here
is written for these tests, about places chosen for them."""

import pytest

from geo.places import resolve_spans


def resolved(text, *names):
    """The resolved mentions of the given names (each its first occurrence), resolved
    together as given spans."""
    spans = sorted((text.index(n), text.index(n) + len(n)) for n in names)
    return {m.text: m for m in resolve_spans(text, spans)}


# Two names of cities known beyond their country, each also borne by a score of small
# towns in one other country (the United States has Bristols, Oxfords, Plymouths and
# Spartas in many states), are the cities: how many namesakes a country has says nothing
# of where a text is, so the namesakes do not lift each other there.
@pytest.mark.parametrize("text, names, country", [
    ("Police in Bristol and Bath arrested protesters after clashes over the new law.",
     ("Bristol", "Bath"), "GB"),
    ("Students in Oxford and Cambridge rallied against tuition fees.", ("Oxford", "Cambridge"), "GB"),
    ("Police in Plymouth and Exeter searched for the escaped prisoners.", ("Plymouth", "Exeter"), "GB"),
    ("Explosions damaged warehouses in Rochester and Canterbury overnight.",
     ("Rochester", "Canterbury"), "GB"),
    ("Riot police guarded ministries in Athens while farmers blocked roads near Sparta.",
     ("Athens", "Sparta"), "GR"),
    ("Unrest over fuel prices spread from Cambridge to Peterborough.", ("Cambridge", "Peterborough"), "GB"),
])
def test_city_names_abroad_are_not_outvoted_by_namesakes(text, names, country):
    got = resolved(text, *names)
    assert [got[n].place.country_code for n in names] == [country] * len(names), \
        [(n, got[n].place) for n in names]


# ... while a country's many towns of a name still settle it where the other names of the
# text are in that country ("Crestwood" and "Decatur" beside an American state).
@pytest.mark.parametrize("text, name, country, admin1", [
    ("A storm knocked out power in Macon and Decatur, Georgia officials said.", "Decatur", "US", "GA"),
    ("The school board of Shelbyville met in Nashville, Tennessee, on Monday.", "Nashville", "US", "TN"),
    ("Fans from Bristol drove to Knoxville, Tennessee, for the game.", "Bristol", "US", "TN"),
])
def test_namesakes_in_the_texts_country_still_win(text, name, country, admin1):
    names = [n for n in ("Macon", "Decatur", "Georgia", "Shelbyville", "Nashville", "Tennessee", "Bristol",
                         "Knoxville") if n in text]
    p = resolved(text, *names)[name].place
    assert (p.country_code, p.admin1_code) == (country, admin1), p
