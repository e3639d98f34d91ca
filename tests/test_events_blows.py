"""Killings by blows — clubbed, bludgeoned, beaten to death — are killings wherever they are
told: an attack on the people killed, a protest met with deadly force when the victims were
demonstrating, and a riot when the crowd itself killed (ACLED's codebook types an event by who
did what to whom, not by the weapon). Sentences written for these tests, about places
world-wide."""

import pytest

from geo.incidents import extract_incidents_from_text


def main(text, date="2022-04-04"):
    incidents = extract_incidents_from_text(text, date)
    assert incidents, text
    return incidents[0]


@pytest.mark.parametrize("text, dead", [
    ("Militiamen bludgeoned three farmers to death near Bunia on Tuesday.", 3),
    ("Gunmen clubbed a village chief to death outside Maiduguri.", 1),
    ("Armed men clubbed two herders to death in Zamfara state.", 2),
])
def test_a_killing_by_blows_is_an_attack(text, dead):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Violence against civilians", "Attack")
    assert inc.fatalities == dead


@pytest.mark.parametrize("text, dead", [
    ("Soldiers clubbed two protesters to death in Harare.", 2),
    ("Riot police beat three marchers to death as they broke up a rally in Conakry.", 3),
    ("Police clubbed a student to death during a march over fees in Kampala.", 1),
])
def test_demonstrators_killed_by_blows_met_deadly_force(text, dead):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert inc.fatalities == dead


@pytest.mark.parametrize("text", [
    "Protesters killed a policeman in Conakry.",
    "Protesters in Conakry beat a policeman to death.",
    "Demonstrators lynched a tax collector in Bukavu during a protest over new levies.",
])
def test_a_crowd_that_kills_is_a_riot(text):
    assert main(text).event_type == "Riots"


def test_a_killing_the_crowd_reacted_to_is_not_its_own():
    # the death is what the residents protest against: they killed no one
    inc = main("Market women in Kumasi protested after a lorry ran over and killed a pedestrian.")
    assert inc.event_type == "Protests"
