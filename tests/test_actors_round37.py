"""Actors, round 37: who acted in violence against civilians when a political party is
named only as the victims' side, with sentences of our own. Names are compared as
``geo eval acled`` compares them (``actor_key``)."""

from __future__ import annotations

import pytest

from incident_helpers import first_incident, same_actor as _same


def _main(text, gz, published="2019-02-01"):
    return first_incident(text, published, gz)


# -- A party named as the victims' ("a party councillor was shot dead", "attacked the home
#    of a party official"): the party did not act; the attacker the report leaves unnamed
#    is ACLED's unidentified armed group, not the party's supporters rioting.
PARTY_OF_VICTIMS = [
    ("In Durban, two children were hurt when an unknown man shot at the house of an ANC councillor.",
     "Unidentified Armed Group (South Africa)"),
    ("A ZANU-PF councillor was shot dead outside his house in Bulawayo.", "Unidentified Armed Group (Zimbabwe)"),
    ("A PTI district official was stabbed to death at his shop in Peshawar.", "Unidentified Armed Group (Pakistan)"),
]


@pytest.mark.parametrize("text,actor1", PARTY_OF_VICTIMS)
def test_party_named_only_as_the_victims_side_is_no_actor(text, actor1, gz):
    inc = _main(text, gz)
    assert inc.event_type == "Violence against civilians" and _same(inc.actor1, actor1), (text, inc.event_type, inc.actor1)


# Guard (behaviour that must not change): people of no armed group named as the attackers
# of a party's member ("rivals stabbed a party leader") stay a crowd.
def test_party_member_attacked_by_rivals_stays_with_the_crowd(gz):
    text = "On 4 May, rivals stabbed and killed a local ANC leader in Durban after an argument."
    inc = _main(text, gz)
    assert inc.actor1.startswith("Rioters"), (inc.event_type, inc.actor1)


# -- A member of a force who shoots his colleagues ("shot dead two colleagues"): the force
#    is both sides of the battle (ACLED's codebook), not an unidentified group.
def test_an_officer_shooting_colleagues_fights_his_own_force(gz):
    inc = _main("A police officer shot dead two colleagues at a station in Kisumu.", gz)
    assert _same(inc.actor1, "Police Forces of Kenya") and _same(inc.actor2, "Police Forces of Kenya"), (inc.actor1, inc.actor2)
