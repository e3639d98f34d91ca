"""Actor roles, round 11: who acted (actor1) and who was acted on (actor2), read from the
sentence's voice. Own sentences about places far from the tune files; names compared as
``geo eval acled`` compares them (``actor_key``: case-folded, the period in brackets
dropped)."""

from __future__ import annotations

import pytest

from geo.evaluation.acled import actor_key
from incident_helpers import first_incident, same_actor as _same


def _main(text, gz, published="2021-06-01"):
    return first_incident(text, published, gz)


# -- "X came under attack / fire from Y": the subject was hit, the side after "from" fired
#    or attacked (ACLED's codebook: the initiator of a clash, the side that fired in
#    remote violence, is the first actor), as a passive's agent after "by".
UNDER_FIRE_FROM = [
    ("A Malian army convoy came under attack from jihadists near Douentza.",
     "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
    ("A police post in Tillaberi came under attack from armed men on Sunday.",
     "Unidentified Armed Group (Niger)", "Police Forces of Niger"),
    ("An Iraqi army checkpoint came under mortar fire from Islamic State militants near Tikrit.",
     "Islamic State (Iraq)", "Military Forces of Iraq"),
    ("Ukrainian positions near Bakhmut came under fire from Russian artillery.",
     "Military Forces of Russia", "Military Forces of Ukraine"),
]


@pytest.mark.parametrize("text,actor1,actor2", UNDER_FIRE_FROM)
def test_side_after_came_under_fire_from_acts(text, actor1, actor2, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), inc
    assert _same(inc.actor2, actor2), inc


# -- A party's members who act are the crowd: rioters of the party's country.
PARTY_ACTING = [
    ("PTI supporters attacked a PML-N office in Lahore.", "Rioters (Pakistan)"),
    ("BJP workers beat up two shopkeepers in Kannur.", "Rioters (India)"),
]


@pytest.mark.parametrize("text,actor1", PARTY_ACTING)
def test_party_members_acting_stay_rioters(text, actor1, gz):
    assert _same(_main(text, gz).actor1, actor1)


# -- A riot's second side is one its crowd engaged: a group the crowd hit or fought. A
#    group named only as the riot's cause ("rioted after an X attack", "blaming X for a
#    fire") or as a victim's tie ("a cleric with links to X") is none (ACLED's codebook:
#    the actors of an event are those who took part in it).
RIOT_CAUSE_ONLY = [
    ("Angry residents rioted in Monguno after a Boko Haram attack on a nearby village.", "Rioters (Nigeria)"),
    ("Youths burned tyres and blocked roads in Goma in anger at the killing of villagers by ADF rebels.",
     "Rioters (Democratic Republic of Congo)"),
    ("Rioting broke out in Bosaso after a cleric accused of links to al-Shabaab was shot dead.", "Rioters (Somalia)"),
    ("Traders rioted in Segou, blaming JNIM fighters for a market fire.", "Rioters (Mali)"),
    ("Youths rioted in Beni against ADF killings of civilians.", "Rioters (Democratic Republic of Congo)"),
    ("Angry traders rioted in Biu against Boko Haram extortion.", "Rioters (Nigeria)"),
]


@pytest.mark.parametrize("text,actor1", RIOT_CAUSE_ONLY)
def test_group_named_only_as_riot_cause_is_no_side(text, actor1, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), inc
    assert inc.actor2 == "", inc


RIOT_ENGAGED = [
    ("A crowd in Bosaso beat two al-Shabaab recruits to death.", "Al Shabaab"),
    ("Angry villagers clashed with Mai-Mai militiamen in Uvira, burning their camp.", "Mai-Mai Militia"),
    ("Villagers in Beni lynched four alleged members of the ADF.", "ADF: Allied Democratic Forces"),
    ("Villagers fought against Mai-Mai militiamen in Uvira, burning their camp.", "Mai-Mai Militia"),
]


@pytest.mark.parametrize("text,actor2", RIOT_ENGAGED)
def test_group_the_crowd_hit_or_fought_is_the_riots_second_side(text, actor2, gz):
    assert _same(_main(text, gz).actor2, actor2)


# -- Two crowds fighting one another (rival camps, one side's supporters against
#    another's, a crowd clashing with another crowd) are both the riot's sides: ACLED's
#    codebook codes them rioters against rioters; police who step in to part them take
#    no side. A crowd clashing with the police still faces the police.
TWO_CROWDS = [
    "Followers of two competing candidates fought in Zaria until police lobbed tear gas at both camps.",
    "Students clashed with local youths in Karachi before police dispersed both sides.",
    "APC and PDP supporters clashed in Ibadan, and police arrested ten people.",
    "Supporters of the mayor clashed with those of his challenger in Jos; police lobbed tear gas at them.",
]


@pytest.mark.parametrize("text", TWO_CROWDS)
def test_two_crowds_fighting_are_both_rioters(text, gz):
    inc = _main(text, gz)
    assert actor_key(inc.actor1).startswith("rioters"), inc
    assert _same(inc.actor2, inc.actor1), inc


CROWD_AGAINST_POLICE = [
    ("Protesters clashed with police in Khartoum.", "Police Forces of Sudan"),
    ("Police and PDP supporters clashed in Port Harcourt when officers blocked a rally.", "Police Forces of Nigeria"),
]


@pytest.mark.parametrize("text,actor2", CROWD_AGAINST_POLICE)
def test_crowd_clashing_with_police_faces_the_police(text, actor2, gz):
    assert _same(_main(text, gz).actor2, actor2)
