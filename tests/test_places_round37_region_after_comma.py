"""A town named before a comma and an admin-1 region of another country than any of the
town's namesakes ("Cholet, Kerala") is a town the gazetteer lacks, in that region: no
namesake abroad. Every sentence here is written for these tests."""

import pytest

from geo.places import parse_places


def found(text):
    return {m.text: m for m in parse_places(text)}


@pytest.mark.parametrize("text, town, abroad", [
    ("Flood water cut the only road to Tarbes, Ontario, late on Sunday.", "Tarbes", "FR"),
    ("A landslide buried two homes in Cholet, Kerala, after a week of rain.", "Cholet", "FR"),
    ("Herders and farmers quarrelled over a well in Vierzon, Punjab, said a local official.", "Vierzon", "FR"),
])
def test_a_town_qualified_by_a_region_elsewhere_is_no_namesake_abroad(text, town, abroad):
    place = found(text)[town].place
    assert place is None or place.country_code != abroad


@pytest.mark.parametrize("text, town, country", [
    ("The fair opened in Paris, Texas, with a parade down the main street.", "Paris", "US"),
    ("Lawmakers met in Kingston, Ontario, to discuss the budget.", "Kingston", "CA"),
])
def test_a_town_in_the_region_named_after_it_stays(text, town, country):
    """Guard (passes before and after): a namesake in the region's country stays."""
    assert found(text)[town].place.country_code == country
