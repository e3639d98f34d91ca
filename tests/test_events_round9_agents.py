"""Who acted in a passive clause, named after "by" a few words on ("was burnt with a hot
iron by a soldier", "was beaten with sticks by neighbours"): the agent, unless "by" names
who leads or backs a group ("a clan led by a chief"), what caused a fight ("clashes
sparked by a dispute") or belongs to a later clause. And people burnt are people
attacked, not property destroyed (ACLED's codebook: an attack, or mob violence when a
crowd did it). Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "On 5 June 2020, a fisherman near Tonga was burnt with a hot iron by a soldier.",
    "On 5 June 2020, two women were burnt with cigarettes by militiamen near Kindu.",
    "On 5 June 2020, a young herder was burnt on his arms and back by gendarmes in a cell in Maroua.",
])
def test_people_burnt_by_armed_men_are_attacked(text):
    assert classify_event(text) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "On 5 June 2020, a man was beaten and killed with clubs by neighbours in a village near Kurunegala after a quarrel over a field.",
    "On 5 June 2020, a pastor was beaten and killed with sticks by worshippers after a dispute in Lubumbashi.",
    "On 5 June 2020, a driver was attacked and killed with stones by passengers near Chiclayo after an accident.",
    "On 5 June 2020, a trader was assaulted and killed with iron rods by rival traders at a market in Onitsha.",
])
def test_people_killed_with_blows_by_a_crowd_are_mob_violence(text):
    assert classify_event(text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    "On 5 June 2020, a thief was clubbed to death by a crowd before his body was taken away by police in Mbarara.",
    "On 5 June 2020, clashes between rival traders sparked by a dispute over stalls left two injured in Onitsha.",
])
def test_by_of_another_clause_or_a_cause_names_no_agent(text):
    assert classify_event(text)[0] == "Riots"
