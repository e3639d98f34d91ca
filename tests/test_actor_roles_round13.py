"""Actor roles, round 13: one reader of a passive's agent for the event typing and the
actors (``actor_roles_passive``), and one reading of the nation a crowd is named by
(``actor_crowds._subjects``): people abroad named in a headline's passive ("migrants
attacked by a mob") are hit, not the crowd. Own sentences about places far from the tune
files; names compared as ``geo eval acled`` compares them."""

from __future__ import annotations

import pytest

from incident_helpers import first_incident, same_actor as _same

from geo.incidents import actor_agent, event_agents
from geo.incidents.actor_roles_passive import by_agent, joined_passive_agent, undergone_source


# -- The one reader: its agent after "by", none where "by" names a leader, a backer or a cause.
BY_AGENTS = [
    (" near the border by JNIM fighters on motorbikes", "JNIM fighters "),
    (" at a checkpoint outside Mosul by gunmen who fled", "gunmen "),
    (" by members of a Shan militia, witnesses said", "members of a Shan militia"),
]


@pytest.mark.parametrize("after,who", BY_AGENTS)
def test_by_agent_reads_the_agent_past_a_place(after, who):
    assert by_agent(after) == who


NOT_AGENTS = [
    " at a rally led by the governor of Sindh",
    " during a march organised by the opposition in Kinshasa",
    " in protests sparked by a police killing in Port-au-Prince",
]


@pytest.mark.parametrize("after", NOT_AGENTS)
def test_by_naming_a_leader_or_a_cause_is_no_agent(after):
    assert by_agent(after) is None


CAUSE_ATTACKS = [
    (" following a dawn assault by Boko Haram fighters on Konduga", "Boko Haram fighters "),
    (" after a night raid by Fano militiamen on their camp", "Fano militiamen "),
    (" after an ambush by FARC dissidents in Cauca", "FARC dissidents "),
]


@pytest.mark.parametrize("after,who", CAUSE_ATTACKS)
def test_attacker_of_a_cause_clause_is_read_for_the_actors_only(after, who):
    assert by_agent(after) is None  # the event typing: no agent of the verb itself
    assert by_agent(after, through_cause=True) == who


FROM_SOURCES = [
    (" heavy fire from Houthi fighters near Marib", "Houthi fighters "),
    (" attack from al-Shabaab militants at dawn", "al-Shabaab militants "),
    (" mortar fire from rebels positioned on a hill", "rebels positioned "),
]


@pytest.mark.parametrize("after,who", FROM_SOURCES)
def test_undergone_source_reads_who_fired(after, who):
    assert undergone_source(after) == who


JOINED = [
    (" and his rifle seized by bandits near Zamfara", "bandits "),
    (" and their truck torched by militants in Niassa", "militants "),
    (" and the village looted by RSF fighters", "RSF fighters"),
]


@pytest.mark.parametrize("after,who", JOINED)
def test_joined_passive_agent(after, who):
    assert joined_passive_agent(after) == who


def test_event_typing_and_actors_share_the_reader():
    # One definition: both readers of who acted take the passive's agent from one module.
    assert event_agents.by_agent is by_agent
    assert actor_agent.by_agent is by_agent
    assert not hasattr(actor_agent, "_UNDER_FROM") and not hasattr(event_agents, "_BY_AGENT")


# -- People abroad named in a headline's passive ("Ethiopian migrants attacked by residents"):
#    they were hit; the rioters are the people of the place, not of the victims' nation.
HIT_PEOPLE_ABROAD = [
    ("Mozambican migrants attacked by residents in Polokwane as riots over jobs spread.", "Rioters (South Africa)"),
    ("Malawian nationals assaulted by a mob in Kimberley during riots over jobs.", "Rioters (South Africa)"),
    ("Afghan refugees stoned by local youths in Peshawar during riots after a murder.", "Rioters (Pakistan)"),
    ("Syrian refugees attacked by rioters in Kayseri as crowds torched shops.", "Rioters (Turkey)"),
]


@pytest.mark.parametrize("text,actor1", HIT_PEOPLE_ABROAD)
def test_people_abroad_hit_in_a_headline_passive_are_no_crowd(text, actor1, gz):
    inc = first_incident(text, "2021-09-02", gz)
    assert inc.event_type == "Riots", inc
    assert _same(inc.actor1, actor1), inc

