"""A place with its country in brackets right after its name ("Oldtown (Ruritania)",
"Oldtown [western Ruritania]") lies in that country: a namesake abroad, however big, is
not it; when the gazetteer holds no place of that name there, the country stands for it.
Sentences are the team's own."""

import pytest

from incident_helpers import first_incident


@pytest.mark.parametrize("text, country", [
    ("Fighting broke out in Canterbury (western Kenya) on Sunday.", "Kenya"),
    ("Rioters burned a police post in Lisbon [eastern Zambia] overnight.", "Zambia"),
    ("Militiamen burned homes in Vienna [northern Zambia] on Saturday.", "Zambia"),
])
def test_a_namesake_abroad_gives_way_to_the_country_in_brackets(text, country):
    inc = first_incident(text, "2024-05-02")
    assert inc.country == country


@pytest.mark.parametrize("text, location, country", [
    ("Protesters marched in Perth (Australia) against the new law.", "Perth", "Australia"),
    ("Students rioted in Hyderabad (Pakistan) after the exam results.", "Hyderabad", "Pakistan"),
])
def test_a_namesake_in_the_bracketed_country_stays(text, location, country):
    """Guards behaviour that must not change: the town of that name in that country."""
    inc = first_incident(text, "2024-05-02")
    assert (inc.location, inc.country) == (location, country)
