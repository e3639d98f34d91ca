"""Twelfth round: ranking a place name's readings for world-wide text. Every sentence here
is written for these tests, about places chosen for them."""

import pytest

from geo.places import resolve_spans


def resolved(text, *names):
    """The resolved mentions of the given names (each its first occurrence), resolved
    together as given spans."""
    spans = sorted((text.index(n), text.index(n) + len(n)) for n in names)
    return {m.text: m for m in resolve_spans(text, spans)}


# A country's many towns of a name settle it where the other names of the
# text are in that country ("Tullahoma" and "Decatur" beside an American state).
@pytest.mark.parametrize("text, name, country, admin1", [
    ("A storm knocked out power in Macon and Decatur, Georgia officials said.", "Decatur", "US", "GA"),
    ("The school board of Tullahoma met in Nashville, Tennessee, on Monday.", "Nashville", "US", "TN"),
    ("Fans from Bristol drove to Knoxville, Tennessee, for the game.", "Bristol", "US", "TN"),
])
def test_namesakes_in_the_texts_country_win(text, name, country, admin1):
    names = [n for n in ("Macon", "Decatur", "Georgia", "Tullahoma", "Nashville", "Tennessee", "Bristol",
                         "Knoxville") if n in text]
    p = resolved(text, *names)[name].place
    assert (p.country_code, p.admin1_code) == (country, admin1), p


# A bare name shared by an admin-1 region and its seat is the seat, also where the two
# are spelt differently in the gazetteer: the region has the text's spelling and the city
# another ("Murzuq" district, Murzuk city), or both have the text's name only as an
# old or foreign one (Yangon Region and Yangon for "Rangoon"). Not a seat of another name
# altogether (Bahia, Salvador; Paraná, Curitiba).
@pytest.mark.parametrize("text, name, lat, lon", [
    ("Barrel bombs fell on a bakery in Hama, killing six people.", "Hama", 35.13, 36.76),
    ("Militiamen from Murzuq clashed with rivals near the airport.", "Murzuq", 25.92, 13.92),
    ("A drone struck a fuel depot in Mykolaiv before dawn.", "Mykolaiv", 46.98, 31.99),
    ("Police in Qena dispersed a sit-in outside the university.", "Qena", 26.16, 32.73),
    ("Riot police in Grodno detained dozens of people after the vote.", "Grodno", 53.68, 23.83),
    ("Students marched to the old secretariat in Rangoon.", "Rangoon", 16.81, 96.16),
    ("Jets bombed a bridge over the Euphrates in Raqqa.", "Raqqa", 35.95, 39.01),
])
def test_seat_spelt_otherwise_before_its_region(text, name, lat, lon):
    p = resolved(text, name)[name].place
    assert p.feature_code in ("PPL", "PPLC") and abs(p.latitude - lat) < 0.2 and abs(p.longitude - lon) < 0.2, p


# ... but a region stays a region beside a town named after it with a word added ("New
# York City" for "New York") or beside a village that lists its name among its spellings.
@pytest.mark.parametrize("text, name, code", [
    ("Snow closed schools across New York on Tuesday.", "New York", "ADM1"),
    ("Farmers in Minnesota lost their soybean crop to the drought.", "Minnesota", "ADM1"),
    ("Police in Sindh arrested forty men after the riot.", "Sindh", "ADM1"),
    ("Drought hit cattle farmers across Bahia this year.", "Bahia", "ADM1"),
    ("Fishermen in Ceará lost their boats in the storm.", "Ceará", "ADM1"),
])
def test_region_stays_beside_longer_or_small_namesakes(text, name, code):
    assert resolved(text, name)[name].place.feature_code == code


# A capital or country that has a name only as an old or foreign one ranks as a town
# beside an admin-1 region whose own name it is, as it does beside such a town: "Edo" is
# the Nigerian state, not Tokyo's old name; "Guyane" French Guiana, not Guyana;
# "Équateur" the Congolese province, not Ecuador in French.
@pytest.mark.parametrize("text, name, country", [
    ("Cultists killed four people in Edo during a clash over land.", "Edo", "NG"),
    ("Gold miners in Guyane protested against a ban on river dredging.", "Guyane", "GF"),
    ("Fishermen drowned when their boat capsized on a river in Équateur.", "Équateur", "CD"),
])
def test_region_before_a_capital_or_country_called_so_abroad(text, name, country):
    p = resolved(text, name)[name].place
    assert (p.country_code, p.feature_code) == (country, "ADM1"), p


# ... but a people's name stays its country's beside a region named after the people.
def test_people_name_stays_the_country():
    text = "Somali fishermen said the boat sank off the coast."
    assert resolved(text, "Somali")["Somali"].place.feature_code == "PCLI"
