"""Actors, round 10: families written with our own sentences, each with the rule it
documents. Names are compared as ``geo eval acled`` compares them (``actor_key``:
case-folded, the period in brackets dropped)."""

from __future__ import annotations

import pytest

from incident_helpers import first_incident, same_actor as _same


def _main(text, gz, published="2016-06-01"):
    return first_incident(text, published, gz)


# -- A crowd named by its own people ("Malians marched", "Sudanese students demonstrated")
#    is of that people's country when no place of the report lies in the country the crowd
#    would otherwise be named after: that country came from a word only, often the one the
#    crowd decries ("against French troops", "a Koran burnt in Sweden").
CROWD_PEOPLE = [
    ("Malians marched against the presence of French troops.", "Protesters (Mali)"),
    ("Pakistanis rallied outside a mosque to denounce a Koran burnt in Sweden.", "Protesters (Pakistan)"),
    ("Haitians protested against the arrival of a Kenyan police mission.", "Protesters (Haiti)"),
    ("Nigerians protested against xenophobic attacks in South Africa.", "Protesters (Nigeria)"),
    ("Venezuelans marched against the deportation of migrants from the United States.", "Protesters (Venezuela)"),
]


@pytest.mark.parametrize("text,actor1", CROWD_PEOPLE)
def test_a_crowd_named_by_its_people_is_of_their_country(text, actor1, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)


# A place of the report in a country names the crowd after it, whoever the crowd is said
# to be ("Afghan traders" in a Pakistani city are its rioters); people acted
# on are no crowd.
CROWD_PEOPLE_KEPT = [
    ("Afghan traders rioted in Peshawar after policemen raided their shops.", "Rioters (Pakistan)"),
    ("Ethiopians beaten by Kenyan fishermen in a row over nets.", "Rioters (Kenya)"),
]


@pytest.mark.parametrize("text,actor1", CROWD_PEOPLE_KEPT)
def test_a_crowd_people_never_overrides_a_place_or_victims(text, actor1, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)


# -- Civilians named by their nation alone, after a verb of harm and a count ("kidnapped
#    three Ugandans", "abduct 16 Chadians"), are civilians of that nation (ACLED names
#    civilians by their own country), whoever attacked them and wherever the attackers came
#    from; also in a headline's present tense.
VICTIMS_BY_NATION = [
    ("Suspected ADF gunmen killed two Ugandans who were fetching water near the border with Congo.",
     "ADF: Allied Democratic Forces", "Civilians (Uganda)"),
    ("Chadian soldiers abducted 12 Nigerians and later released them at the border.",
     "Military Forces of Chad", "Civilians (Nigeria)"),
    ("Sudanese soldiers abduct 16 Chadians and later free them at the border.",
     "Military Forces of Sudan", "Civilians (Chad)"),
    ("A mob beat two Venezuelans accused of theft at a market in Cucuta.", "Rioters (Colombia)", "Civilians (Venezuela)"),
]


@pytest.mark.parametrize("text,actor1,actor2", VICTIMS_BY_NATION)
def test_victims_named_by_their_nation_are_its_civilians(text, actor1, actor2, gz):
    inc = _main(text, gz)
    assert _same(inc.actor1, actor1), (text, inc.actor1)
    assert _same(inc.actor2, actor2), (text, inc.actor2)


# -- Rioters who strike people, their homes or their shops have those people as the second
#    actor: civilians (ACLED's codebook), as a mob's victims are; stones at passing cars,
#    tyres burnt, or rioters themselves beaten name no one.
RIOT_BLOWS = [
    "Students rioted over fees in Tamale and beat two traders who refused to close their stalls.",
    "Rioters in Mosul torched three homes owned by a local official.",
    "Angry villagers in Gulu rioted and pelted the visiting mayor with stones.",
    "Youths protesting a power cut in Multan rioted and looted shops near the bazaar.",
    "Rioters in Beni burned down the houses of a councillor accused of graft.",
]


@pytest.mark.parametrize("text", RIOT_BLOWS)
def test_rioters_striking_people_or_homes_hit_civilians(text, gz):
    inc = _main(text, gz)
    assert inc.event_type == "Riots", (text, inc.event_type)
    assert inc.actor1.startswith("Rioters"), (text, inc.actor1)
    assert inc.actor2.startswith("Civilians ("), (text, inc.actor2)


RIOTS_HITTING_NO_ONE = [
    "Youths protesting power cuts in Karachi rioted, stoned passing cars and burned tyres.",
    "Rioters in Kananga were beaten by rival supporters and fled.",
    "Villagers in Jos rioted and blocked the road after a teacher was killed as farmers fought.",
]


@pytest.mark.parametrize("text", RIOTS_HITTING_NO_ONE)
def test_rioters_hitting_no_one_have_no_civilian_side(text, gz):
    inc = _main(text, gz)
    assert not (inc.actor2 or "").startswith("Civilians"), (text, inc.actor2)


# -- A device thrown or planted at a state's forces, its planter unnamed: whichever side is
#    listed first, the other is the unidentified group that planted or threw it, not the
#    civilians a device hitting no armed side would strike.
DEVICE_AT_FORCES = [
    "An IED targeted an army truck near Bourem, killing two soldiers.",
    "A roadside IED targeted a gendarmerie pickup near Dosso.",
    "Someone lobbed a grenade towards a police van in Bosaso; no officer was hurt.",
    "An IED exploded under a military truck near Tillaberi, killing one soldier.",
]


@pytest.mark.parametrize("text", DEVICE_AT_FORCES)
def test_a_device_at_state_forces_has_an_unidentified_planter(text, gz):
    inc = _main(text, gz)
    sides = {inc.actor1.split(" (")[0].split(" of ")[0], (inc.actor2 or "").split(" (")[0].split(" of ")[0]}
    assert inc.event_type == "Explosions/Remote violence", (text, inc.event_type)
    assert sides == {"Unidentified Armed Group", "Military Forces"} or sides == {"Unidentified Armed Group", "Police Forces"}, \
        (text, inc.actor1, inc.actor2)
