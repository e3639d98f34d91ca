"""Actor roles, round 12: the side that acted is actor1 and the side it hit actor2 where the
report tells the hit side first or names the attacker only in a cause clause or a later
sentence. ACLED's codebook: the side that initiated a clash, and in remote explosive,
landmine or IED events the side that planted the device, is the first actor. Own sentences
about places far from the tune files; names compared as ``geo eval acled`` compares them."""

from __future__ import annotations

import pytest

from incident_helpers import first_incident, same_actor as _same


def _main(text, gz, published="2021-06-01"):
    return first_incident(text, published, gz)


# -- "Soldiers were wounded in/after/following an attack by gunmen": the unnamed attackers
#    of the cause clause act, the forces hit are the second side.
ATTACK_BY_UNNAMED = [
    ("On 3 May 2021, three gendarmes were badly wounded following an attack by bandits on motorbikes in Tillaberi, Niger.",
     "Unidentified Armed Group (Niger)", "Police Forces of Niger"),
    ("On 3 May 2021, five Malian soldiers died after an attack by unidentified gunmen on their checkpoint near Douentza.",
     "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
    ("On 3 May 2021, two Chadian soldiers were killed following an attack by gunmen on their post near Bol.",
     "Unidentified Armed Group (Chad)", "Military Forces of Chad"),
]


@pytest.mark.parametrize("text,actor1,actor2", ATTACK_BY_UNNAMED)
def test_unnamed_attackers_of_the_cause_clause_act(text, actor1, actor2, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), inc
    assert _same(inc.actor2, actor2), inc


# -- A force's vehicle that sets off a device, or one that goes off under it, is hit; with
#    no group named to have planted it, an unidentified armed group acts.
DEVICE_STRUCK_BY_FORCE = [
    ("On 12 October 2021, a convoy of Malian soldiers hit an improvised explosive device near Hombori. "
     "Three soldiers were killed.", "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
    ("On 9 September 2020, two Somali soldiers died after their truck rolled over a landmine near Garowe.",
     "Unidentified Armed Group (Somalia)", "Military Forces of Somalia"),
    ("On 7 January 2022, a Nigerien army vehicle struck a landmine near Tillaberi, killing four soldiers.",
     "Unidentified Armed Group (Niger)", "Military Forces of Niger"),
    ("On 19 July 2022, a mine planted by militants exploded under a Nigerien army vehicle near Tillaberi, killing four soldiers.",
     "Unidentified Armed Group (Niger)", "Military Forces of Niger"),
]


@pytest.mark.parametrize("text,actor1,actor2", DEVICE_STRUCK_BY_FORCE)
def test_force_that_set_off_a_device_is_hit(text, actor1, actor2, gz):
    inc = _main(text, gz)
    assert inc.event_type == "Explosions/Remote violence", inc
    assert _same(inc.actor1, actor1), inc
    assert _same(inc.actor2, actor2), inc


# -- "Four soldiers were killed. Gunmen ambushed their patrol": a first sentence that tells
#    only who was hit leaves the agent to the next one.
ATTACKER_IN_NEXT_SENTENCE = [
    ("Four Nigerien soldiers were killed on Sunday near Tillaberi. Gunmen on motorcycles ambushed their patrol at dawn.",
     "Unidentified Armed Group (Niger)", "Military Forces of Niger"),
    ("Five Colombian soldiers were wounded in Cauca on Tuesday. ELN rebels opened fire on their unit from a hillside.",
     "ELN: National Liberation Army", "Military Forces of Colombia"),
    ("Two Burkinabe gendarmes were killed on Saturday near Djibo. JNIM fighters attacked their post at night.",
     "JNIM: Group for Support of Islam and Muslims", "Police Forces of Burkina Faso"),
]


@pytest.mark.parametrize("text,actor1,actor2", ATTACKER_IN_NEXT_SENTENCE)
def test_attacker_named_after_a_hit_only_sentence_acts(text, actor1, actor2, gz):
    inc = _main(text, gz, published="2021-05-03")
    assert _same(inc.actor1, actor1), inc
    assert _same(inc.actor2, actor2), inc


def test_force_answering_in_a_later_sentence_is_no_perpetrator(gz):
    # The later sentence's force only answers (arrests): the unnamed killer acts.
    inc = _main("A shopkeeper was shot dead in Kano on Monday. Police arrested two suspects later.", gz)
    assert inc.event_type == "Violence against civilians", inc
    assert inc.actor1.startswith("Unidentified Armed Group"), inc


# -- "Soldiers were killed in a gunfight with bandits who ambushed them": fighting that tells
#    no initiator, and a relative clause naming who attacked the forces: that side initiated.
RELATIVE_CLAUSE_ATTACKER = [
    ("On 4 April 2021, three Nigerian soldiers were killed in a gunfight with bandits who ambushed their convoy in Zamfara.",
     "Unidentified Armed Group (Nigeria)", "Military Forces of Nigeria"),
    ("On 4 April 2021, two Afghan police officers died in a firefight with Taliban fighters who attacked their checkpoint in Kunduz.",
     "Taliban", "Police Forces of Afghanistan"),
    ("On 4 April 2021, four Malian soldiers were killed during a clash with jihadists who attacked their base near Sevare.",
     "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
]


@pytest.mark.parametrize("text,actor1,actor2", RELATIVE_CLAUSE_ATTACKER)
def test_side_a_relative_clause_says_attacked_initiated(text, actor1, actor2, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), inc
    assert _same(inc.actor2, actor2), inc


def test_forces_acting_first_keep_their_place(gz):
    # The soldiers' own act comes first: the relative clause only tells the militants' past.
    inc = _main("On 4 April 2021, Indian soldiers shot dead two militants who had attacked their camp in Kupwara.", gz)
    assert _same(inc.actor1, "Military Forces of India"), inc
