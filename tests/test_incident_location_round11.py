"""Where an incident happened, round 11. Sentences are the team's own, three or more per
rule, about places world-wide."""

import pytest

from geo.incidents import extract_incidents_from_text


def main_incident(text, published="2023-03-10"):
    incidents = extract_incidents_from_text(text, published)
    assert incidents, text
    return incidents[0]


# Armed people "from X" (raiders, gunmen, fighters, herders): where they set out from; the
# place the sentence names where they struck is the place of the event, even when it is a
# region and the origin a town, and whichever item of a list of origins.
@pytest.mark.parametrize("text, location, country", [
    ("Militants from Kidal, Gao and Timbuktu attacked the army base in Mopti region.", "Mopti", "Mali"),
    ("Gunmen from Katsina and Kano killed seven villagers in Zamfara state.", "Zamfara", "Nigeria"),
    ("Armed men coming from Ouallam attacked a market in Tillaberi region.", "Tillaberi", "Niger"),
    ("Fighters from Raqqa and Deir ez-Zor ambushed an army patrol in Homs province.", "Homs", "Syria"),
])
def test_armed_people_from_a_town_strike_elsewhere(text, location, country):
    incident = main_incident(text)
    assert (incident.location, incident.country) == (location, country)


@pytest.mark.parametrize("text, location", [
    # the origin is still the place when the report names no other
    ("Bandits from Gusau stole forty cows on Sunday night.", "Gusau"),
    # a crowd from a town acts mostly at home: no stronger than any other origin
    ("Traders from Kano protested over new market levies.", "Kano"),
    ("Students from Kano marched in Abuja over unpaid grants.", "Abuja"),
])
def test_an_origin_alone_or_a_crowds_origin_stays_a_place(text, location):
    assert main_incident(text).location == location
