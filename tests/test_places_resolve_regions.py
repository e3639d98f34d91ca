"""A small town named like a region of its own country is the region unless the text
says otherwise ("X, Region"). Every sentence is written for these tests."""

from geo.places import parse_places


def found(text):
    return {m.text: (m.place.country_code, m.place.feature_code) for m in parse_places(text) if m.place}


def test_a_state_named_in_a_report_about_another_state_is_the_state():
    # Kansas is also a village in Illinois; the report's other places lie in Illinois.
    text = "Lawmakers in Springfield, Illinois, argued about Kansas and its farm budget."
    assert found(text)["Kansas"] == ("US", "ADM1")


def test_the_town_named_with_its_region_is_the_town():
    text = "A crash near Kansas, Illinois, closed the road for an hour."
    assert found(text)["Kansas"] == ("US", "PPL")
