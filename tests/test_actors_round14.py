"""Actors, round 14: who the second side of a crowd's violence is, and how an actor is
named, with sentences of our own. Names are compared as ``geo eval acled`` compares them
(``actor_key``: case-folded, the period in brackets dropped)."""

from __future__ import annotations

import pytest

from incident_helpers import first_incident, same_actor as _same


def _main(text, gz, published="2019-02-01"):
    return first_incident(text, published, gz)


# -- "at" after a crowd's own act names the act's target ("threw stones at police") or its
#    place, not the grievance the crowd protests ("protested at police brutality"): the
#    force the crowd hit is the riot's second side (ACLED's codebook: the rioters first,
#    the side they fought second).
CROWD_ACT_AT_FORCE = [
    ("In Kano, opposition demonstrators threw stones at police.", "Rioters (Nigeria)", "Police Forces of Nigeria"),
    ("Demonstrators hurled rocks at soldiers guarding the fuel depot in Port-au-Prince.", "Rioters (Haiti)",
     "Military Forces of Haiti"),
    ("During a demonstration over fuel prices in Multan, youths threw petrol bombs at police vans.",
     "Rioters (Pakistan)", "Police Forces of Pakistan"),
    ("Demonstrators in Uvira threw stones at police officers outside the governor's office.",
     "Rioters (Democratic Republic of Congo)", "Police Forces of the Democratic Republic of Congo"),
]


@pytest.mark.parametrize("text,actor1,actor2", CROWD_ACT_AT_FORCE)
def test_force_a_crowd_throws_at_is_the_second_side(text, actor1, actor2, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1) and _same(inc.actor2, actor2), (text, inc.actor1, inc.actor2)


# What a crowd protests "at" stays its grievance: police named only there are no side.
PROTESTED_AT_FORCE = [
    "Students in Peshawar protested at police brutality after a classmate died in custody.",
    "Traders in Sokoto marched in anger at soldiers' extortion at checkpoints.",
    "Residents of Cap-Haitien demonstrated peacefully at the town hall against police abuses.",
]


@pytest.mark.parametrize("text", PROTESTED_AT_FORCE)
def test_force_named_as_grievance_is_no_side(text, gz):
    inc = _main(text, gz)
    assert inc.actor1.startswith("Protesters") and not inc.actor2, (text, inc.actor1, inc.actor2)


# -- A force that threatens or injures a peaceful crowd, or does so in a clause of its own
#    ("the police, who confiscated their banners"), stepped in on it: ACLED's second actor of
#    a protest is the force that intervened, even where the crowd stayed peaceful.
FORCE_STEPS_IN = [
    ("Nurses tried to hold a peaceful march in Lahore but were threatened by riot police, who confiscated their banners.",
     "Protesters (Pakistan)", "Police Forces of Pakistan"),
    ("Teachers in Sokoto held a sit-in at their education office; police injured two of them.",
     "Protesters (Nigeria)", "Police Forces of Nigeria"),
    ("Farmers staged a peaceful march in Bogota; soldiers, who confiscated their placards, followed them to the square.",
     "Protesters (Colombia)", "Military Forces of Colombia"),
]


@pytest.mark.parametrize("text,actor1,actor2", FORCE_STEPS_IN)
def test_force_stepping_in_on_peaceful_crowd_is_second_actor(text, actor1, actor2, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1) and _same(inc.actor2, actor2), (text, inc.actor1, inc.actor2)


# Police who only report the injured or watch are no side.
FORCE_ONLY_REPORTS = [
    "Nurses held a peaceful march in Lahore; police reported that nobody was injured.",
    "Teachers in Sokoto held a sit-in at their education office as police looked on.",
    "Farmers staged a peaceful march in Bogota, police said.",
]


@pytest.mark.parametrize("text", FORCE_ONLY_REPORTS)
def test_force_only_reporting_is_no_side(text, gz):
    inc = _main(text, gz)
    assert inc.actor1.startswith("Protesters") and not inc.actor2, (text, inc.actor1, inc.actor2)


# -- A force named only as the author of the harm a crowd reacts to ("after the killing of a
#    student by police", "over police brutality") is the riot's cause, not its second side:
#    ACLED's second actor of a demonstration is one the crowd engaged or that stepped in.
FORCE_ONLY_CAUSE = [
    "Students in Multan rioted in protest of the beating of a classmate by police.",
    "Traders in Peshawar burned tyres and blocked roads to show their anger at continued police harassment.",
    "Residents of Cap-Haitien barricaded streets with burning tyres over police brutality.",
    "Youths in Kano set fire to a bus station in anger at the arrest of their leader by soldiers.",
]


@pytest.mark.parametrize("text", FORCE_ONLY_CAUSE)
def test_force_named_only_as_cause_is_no_side(text, gz):
    inc = _main(text, gz)
    assert inc.actor1.startswith(("Rioters", "Protesters")) and not inc.actor2.startswith(("Police", "Military")), \
        (text, inc.actor1, inc.actor2)


# The same force stepping in on the crowd, or hit by it, is its second side.
FORCE_CAUSE_AND_SIDE = [
    ("Students in Lahore blocked the main road after the shooting of a fellow student by police; police fired tear gas to scatter them.",
     "Police Forces of Pakistan"),
    ("Residents of Cap-Haitien barricaded streets over police brutality and hurled stones at police officers.",
     "Police Forces of Haiti"),
    ("Youths in Kano set fire to a bus station in anger at the arrest of their leader by soldiers, who then shot two of them.",
     "Military Forces of Nigeria"),
]


@pytest.mark.parametrize("text,actor2", FORCE_CAUSE_AND_SIDE)
def test_force_cause_that_also_acts_is_second_side(text, actor2, gz):
    inc = _main(text, gz)
    assert inc.actor1.startswith(("Rioters", "Protesters")) and _same(inc.actor2, actor2), (text, inc.actor1, inc.actor2)


# -- Mob violence: the mob's victims are the second side (ACLED's codebook); police who
#    only rescue the victim, take over a suspect or recover a body afterwards are no side.
#    Police the mob hits, or that step in to break it up, still are.
MOB_VICTIM_NOT_POLICE = [
    "A mob in Sokoto beat a suspected pickpocket unconscious; police later rescued him and took him to hospital.",
    "A mob near Gonaives stoned a suspected cattle thief to death. Police recovered the body.",
    "A crowd in a Peshawar suburb beat two alleged kidnappers and handed them over to the police.",
]


@pytest.mark.parametrize("text", MOB_VICTIM_NOT_POLICE)
def test_mob_victims_not_police_who_came_after(text, gz):
    inc = _main(text, gz)
    assert inc.actor1.startswith("Rioters") and inc.actor2.startswith("Civilians"), (text, inc.actor1, inc.actor2)


MOB_FACES_POLICE = [
    ("A mob in Sokoto attacked and threw rocks at police officers who tried to arrest a motorcyclist.", "Police Forces of Nigeria"),
    ("A mob in Gonaives pelted police officers with stones after they detained a local man.", "Police Forces of Haiti"),
    ("A mob tried to lynch a suspected thief in Peshawar before police dispersed it with tear gas.", "Police Forces of Pakistan"),
]


@pytest.mark.parametrize("text,actor2", MOB_FACES_POLICE)
def test_mob_hitting_or_dispersed_by_police_faces_police(text, actor2, gz):
    inc = _main(text, gz)
    assert inc.actor1.startswith("Rioters") and _same(inc.actor2, actor2), (text, inc.actor1, inc.actor2)


# -- A force that stayed out of the crowd ("the police did not intervene", "no clashes with
#    police were reported"), one named for what it had done before the crowd gathered
#    ("after soldiers had raided the market"), or the object of the crowd's feelings ("anger
#    at the police") is no side of the demonstration either.
FORCE_STAYED_OUT = [
    "Traders blocked the main road in Sokoto with burning tyres. The police did not intervene.",
    "Supporters of the opposition marched through Lahore. There were no reports of clashes with police.",
    "Youths burned tyres in Gonaives after soldiers had raided the fish market.",
    "Residents of Peshawar blocked roads with burning tyres in frustration with the police over cattle thefts.",
]


@pytest.mark.parametrize("text", FORCE_STAYED_OUT)
def test_force_staying_out_or_named_as_cause_is_no_side(text, gz):
    inc = _main(text, gz)
    assert inc.actor1.startswith(("Rioters", "Protesters")) and not inc.actor2.startswith(("Police", "Military")), \
        (text, inc.actor1, inc.actor2)


# -- Herders who fight a state's forces are armed for their community: ACLED's unidentified
#    communal militia (an ethnic one in its data before 2015), not an unidentified armed group.
HERDERS_FIGHT_FORCES = [
    ("Armed herders shot and injured a police officer near Damaturu after he confronted them.", "2019-02-01",
     "Unidentified Communal Militia (Nigeria)"),
    ("Two police officers were badly hurt in a clash with spear-wielding herders near Bauchi.", "2019-02-01",
     "Unidentified Communal Militia (Nigeria)"),
    ("Soldiers exchanged fire with pastoralists grazing cattle inside a forest reserve near Tillaberi.", "2012-02-01",
     "Unidentified Ethnic Militia (Niger)"),
]


@pytest.mark.parametrize("text,published,actor2", HERDERS_FIGHT_FORCES)
def test_herders_fighting_forces_are_communal_militia(text, published, actor2, gz):
    inc = _main(text, gz, published)
    assert _same(inc.actor2, actor2), (text, inc.actor1, inc.actor2)
