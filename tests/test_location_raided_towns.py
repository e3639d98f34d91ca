"""Where an incident happened when its raiders are named by a neighbouring country: raiders,
rebels and militias cross a border to strike, so a town of the neighbour the report names
where they struck is the place of the event, not a namesake of a place in the raiders'
country (which the report's actors would otherwise make it look like). Sentences are the
team's own."""

import pytest

from incident_helpers import first_incident


@pytest.mark.parametrize("text, location, country", [
    ("Sudanese militiamen attacked herders at Adre, killing four.", "Adre", "Chad"),
    ("Algerian militants attacked an army post at Tessalit, killing three soldiers.", "Tessalit", "Mali"),
    ("Libyan gunmen attacked a patrol near Bardai, killing two soldiers.", "Bardai", "Chad"),
    ("Suspected Algerian jihadists attacked a checkpoint at Ghat, wounding two guards.", "Ghat", "Libya"),
])
def test_a_town_across_the_raiders_border_is_the_place_struck(text, location, country):
    inc = first_incident(text, "2024-05-02")
    assert (inc.location, inc.country) == (location, country)


@pytest.mark.parametrize("text, location, country", [
    ("Suspected Somali militants attacked a police post in Baidoa, killing two officers.", "Baidoa", "Somalia"),
    ("Nigerian gunmen raided a market in Diffa, killing three traders.", "Diffa", "Niger"),
])
def test_towns_named_as_before_stay(text, location, country):
    """Guards behaviour that must not change: a town of the raiders' own country, and a
    sizeable town across the border, were found before too."""
    inc = first_incident(text, "2024-05-02")
    assert (inc.location, inc.country) == (location, country)
