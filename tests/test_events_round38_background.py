"""Background and statistics, round 38: an earlier event told by the hours since it
("hours after"), and one attacker's repeated blows on a named victim, which are one
event, not a statistic of many (sentences written for these tests)."""

import pytest

from geo.incidents import background_spans, is_statistic
from incident_helpers import first_incident


# -- "N hours after" an earlier death: that death is background, like "days after".
@pytest.mark.parametrize("text, earlier", [
    ("Youths rioted in Lusaka just 24 hours after a trader was killed by robbers.", "a trader was killed"),
    ("Gunmen shot dead a chief near Kaduna a few hours after two herders died in a raid.", "two herders died"),
    ("Students burned tyres in Accra, hours after a classmate was found dead.", "a classmate was found dead"),
])
def test_hours_after_opens_background(text, earlier):
    start = text.index(earlier)
    assert any(a <= start < b for a, b in background_spans(text)), background_spans(text)


@pytest.mark.parametrize("text, dead", [
    ("A farmer was hacked to death by bandits outside Kano, barely 12 hours after one man was killed nearby.", 1),
    ("Two guards were shot dead at a bank in Lagos some hours after three people were killed in a robbery.", 2),
    ("Soldiers killed a herder near Mopti a few hours after four villagers had died in an attack.", 1),
])
def test_deaths_hours_before_are_not_counted(text, dead):
    assert first_incident(text).fatalities == dead


# -- "repeatedly hit/attacked" followed by its object: one attacker's blows, one event.
@pytest.mark.parametrize("text", [
    "Unknown men repeatedly hit a shopkeeper with clubs in Kampala and killed him.",
    "A gang repeatedly attacked the headman with machetes near Harare until he died.",
    "Two men repeatedly hit their neighbour with an iron bar in Dodoma, killing him.",
])
def test_repeated_blows_on_one_victim_are_an_event(text):
    assert not is_statistic(text)
    assert first_incident(text).fatalities == 1


# Guard (behaviour that must not change): a place hit again and again is a statistic.
@pytest.mark.parametrize("text", [
    "The camp has been repeatedly shelled.",
    "Villages in the valley are frequently attacked.",
    "The convoy route was routinely targeted.",
])
def test_a_place_hit_again_and_again_stays_a_statistic(text):
    assert is_statistic(text)
