"""Eleventh round: resolving names for world-wide text. Every sentence here is written for
these tests, about places chosen for them."""

import pytest

from geo.gazetteer import haversine_km
from geo.places import resolve_spans


def resolved(text, *names):
    """The resolved mentions of the given names (each its first occurrence), resolved
    together as given spans."""
    spans = sorted((text.index(n), text.index(n) + len(n)) for n in names)
    return {m.text: m for m in resolve_spans(text, spans)}


def km_from(mention, lat, lon):
    p = mention.place
    assert p is not None and p.latitude is not None, mention
    return haversine_km(p.latitude, p.longitude, lat, lon)


# Peaks, seas, lakes and rivers known world-wide are in the gazetteer (features.csv), so
# a report that names one is answered where it is, not at a namesake or the document's
# main place.
@pytest.mark.parametrize("text, name, lat, lon", [
    ("Two Sherpa guides died in an avalanche on Mount Everest, officials in Kathmandu said.",
     "Mount Everest", 27.99, 86.93),
    ("Ash from Mount Etna closed the airport at Catania for a day.", "Mount Etna", 37.75, 14.99),
    ("Rangers on Mount Kenya rescued a climber who fell near the summit.", "Mount Kenya", -0.15, 37.31),
    ("Lava from Nyiragongo reached the outskirts of Goma.", "Nyiragongo", -1.52, 29.25),
    ("A North Korean missile fell into the Sea of Japan.", "Sea of Japan", 40.0, 135.0),
    ("Fishermen on the Bering Sea lost two trawlers in the storm.", "Bering Sea", 58.0, -178.0),
    ("Pirates boarded a tanker in the Gulf of Thailand.", "Gulf of Thailand", 9.5, 101.5),
    ("Ferries on Lake Tana carried pilgrims to the island monasteries.", "Lake Tana", 12.0, 37.3),
    ("Smugglers crossed Lake Titicaca by night into Peru.", "Lake Titicaca", -15.9, -69.3),
    ("Barges on the Vistula carried grain to Warsaw.", "Vistula", 52.2, 21.0),
    ("Erosion along the Padma River swept away dozens of homes.", "Padma River", 23.8, 89.9),
    ("Snow closed the passes of the Pyrenees between Spain and France.", "Pyrenees", 42.7, 1.0),
    ("Floods hit farms across the Midwest after a week of rain.", "Midwest", 41.5, -91.0),
    ("Start-ups in Silicon Valley cut thousands of jobs.", "Silicon Valley", 37.4, -122.1),
    ("Ferries to the South Island stopped because of high winds.", "South Island", -43.5, 170.8),
    ("Loggers blocked a highway on Vancouver Island for a week.", "Vancouver Island", 49.6, -125.6),
    ("The typhoon made landfall on Kyushu before dawn.", "Kyushu", 32.6, 130.8),
])
def test_features_known_world_wide(text, name, lat, lon):
    assert km_from(resolved(text, name)[name], lat, lon) < 100


# A given span that leaves out the full stop of a state's abbreviation ("Calif" of
# "Calif."), or a text that drops it, is still the abbreviation.
@pytest.mark.parametrize("text, name, state", [
    ("Senator Ana Ruiz, D-Ariz., voted against the bill.", "Ariz", "AZ"),
    ("A warehouse fire in Ithaca, N.Y., burned for a day.", "N.Y", "NY"),
    ("Police in Fresno, Calif. said the driver fled.", "Calif", "CA"),
    ("The plant closed in Dayton, Ohio, and moved to Macon, Ga.", "Ga", "GA"),
    ("Representative Tom Reyes, R-Calif, asked for a vote.", "Calif", "CA"),
    ("Shots were fired near a school in Yonkers, N.Y, on Monday.", "N.Y", "NY"),
    ("The mill in Lowell, Mass, shut down.", "Mass", "MA"),
])
def test_a_span_without_the_abbreviations_full_stop(text, name, state):
    place = resolved(text, name)[name].place
    assert place is not None and place.feature_code == "ADM1" and place.admin1_code == state


# A name joined by "and" / "or" to an admin-1 region of a country is that country's
# admin-1 region of its name, not the city named after it or another country's capital.
@pytest.mark.parametrize("text, name, country, region", [
    ("Exports of maple syrup from Quebec and Ontario rose last year.", "Quebec", "CA", "10"),
    ("Wildfires burned forests in Washington and Oregon.", "Washington", "US", "WA"),
    ("Floods destroyed farmland in Kano and Jigawa.", "Kano", "NG", "29"),
    ("Officials in Ontario or Quebec will decide on the pipeline.", "Quebec", "CA", "10"),
])
def test_a_name_joined_to_regions_is_a_region(text, name, country, region):
    names = [w for w in ("Quebec", "Ontario", "Washington", "Oregon", "Kano", "Jigawa") if w in text]
    place = resolved(text, *names)[name].place
    assert (place.feature_code, place.country_code, place.admin1_code) == ("ADM1", country, region)


def test_a_country_joined_to_a_region_abroad_stays_the_country():
    # Mexico has a state of its name, but not in the United States: the country stays
    place = resolved("Voters in Mexico and Texas went to the polls.", "Mexico", "Texas")["Mexico"].place
    assert place.feature_code == "PCLI"
