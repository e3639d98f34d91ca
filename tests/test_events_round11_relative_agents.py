"""Who did what a relative clause tells ("police dispersed traders who had blocked the
road"): the people the clause hangs on, not the subject of the main clause. A crowd's
road blocks or stone throwing told so make a riot, the police who dispersed it no
attackers. Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event
from geo.incidents.event_agents import agent_phrase
from geo.incidents.triggers import sentence_triggers


@pytest.mark.parametrize("text", [
    "Police dispersed hundreds of traders who had blocked the main road into Beni with burning tyres.",
    "Police fired tear gas at residents of a slum in Lahore who had barricaded the highway.",
    "Soldiers chased away youths who had hurled stones at a convoy in Buea.",
])
def test_a_crowds_acts_in_a_relative_clause_make_a_riot(text):
    assert classify_event(text)[0] == "Riots"


@pytest.mark.parametrize("text, verb, who", [
    ("Police dispersed hundreds of traders who had blocked the road to Beni.", "blocked", "traders"),
    ("Police chased students who pelted a patrol car with stones in Karachi.", "pelted", "students"),
    ("Police arrested ten youths who had looted shops in Polokwane.", "looted", "youths"),
])
def test_the_agent_of_a_relative_clause_is_its_antecedent(text, verb, who):
    trigger = next(t for t in sentence_triggers(text) if t.text.lower().startswith(verb))
    agent = agent_phrase(text, trigger)
    assert who in agent and "Police" not in agent
