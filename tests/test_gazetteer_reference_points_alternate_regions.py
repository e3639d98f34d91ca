"""A town's own name is not taken for a region of another country that GeoNames lists
under that name only as an alternate spelling, when the town has more people than the
region. Every sentence is written for these tests."""

import pytest

from geo.places import parse_places


def found(text):
    return {m.text: (m.place.name, m.place.country_code, m.place.feature_code)
            for m in parse_places(text) if m.place}


@pytest.mark.parametrize("text, name, country", [
    # Pasto, Colombia, beside a department of Peru that has "Pasto" as an alternate name.
    ("Police in Pasto detained two men after a grenade attack on a bank branch.", "Pasto", "CO"),
    # Reno, Nevada, beside a department of Nicaragua listed under "Reno" too.
    ("A convoy left Reno early on Monday, carrying hay for ranches hit by the drought.", "Reno", "US"),
    # Freiburg, Germany, beside the Swiss canton whose German name it also is.
    ("Students marched through Freiburg on Saturday to protest against higher rents.", "Freiburg", "DE"),
])
def test_a_town_named_by_its_own_name_is_the_town_not_a_region_abroad(text, name, country):
    place_name, cc, feature = found(text)[name]
    assert (cc, feature) == (country, "PPL")


def test_a_region_named_by_its_own_name_is_still_found():
    # The rule concerns alternate names only: the Peruvian region by its own name stays.
    text = "Miners in Pasco, Peru, blocked the highway for a third day."
    assert found(text)["Pasco"][1:] == ("PE", "ADM1")
