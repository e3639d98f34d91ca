"""Fatalities: any victim noun with any death expression, ACLED's conservative rule kept.
Sentences are the team's own, three or more per rule family."""

import pytest

from geo.incidents import count_fatalities, extract_incidents_from_text, split_sentences


def fatalities(text):
    return count_fatalities([s.text for s in split_sentences(text)])


@pytest.mark.parametrize("text, expected", [
    ("A councilor was shot dead in Culiacan on Sunday.", 1),
    ("A trader was shot to death outside his shop.", 1),
    ("Two nurses were bludgeoned to death in their quarters.", 2),
    ("Gunmen attacked a farmer on the road; the victim died in hospital.", 1),
    ("A suspected robber is lynched by angry traders behind the market.", 1),
])
def test_any_victim_noun_with_any_death_expression(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police fired on the crowd, resulting in his death.", 1),
    ("The gunmen opened fire on the bus, resulting in the death of a student.", 1),
    ("The explosion caused the deaths of three miners.", 3),
])
def test_a_death_that_results_from_the_event(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Twelve militants including two commanders were killed in an army operation.", 12),
    ("12 militants, including 2 commanders, were killed.", 12),
    ("Troops killed nine insurgents, among them a senior commander.", 9),
    ("Gunmen killed 12 people including 2 children.", 12),
])
def test_a_part_named_inside_the_whole_is_not_counted_again(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The bodies of three herders were found near the river.", 3),
    ("Fishermen discovered the bodies of two women along the shore.", 2),
    ("Rescuers recovered two bodies from the river.", 2),
])
def test_bodies_found_are_fatalities(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A policeman was arrested after shooting dead Amos Kiprono, a local trader.", 1),
    ("Gunmen killed Amos Kiprono and a trader.", 2),
    ("Raiders killed Peter Lomuria, a herder, near the border.", 1),
])
def test_a_person_named_and_described_is_one(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text", [
    "Three soldiers were wounded in the clash.",
    "A sailor was injured when the boat capsized.",
    "The councilor survived the attack.",
])
def test_no_death_no_fatality(text):
    assert fatalities(text) == 0


@pytest.mark.parametrize("text, expected", [
    ("Unknown men shot the shopkeeper to death near the bus stage.", 1),
    ("Robbers stabbed a night guard's brother to death at the gate.", 1),
    ("Attackers hacked an old farmer to death in his maize field.", 1),
])
def test_an_active_verb_with_to_death_after_its_object(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A judge's bodyguard was shot dead outside the court.", 1),
    ("Burglars killed the caretaker of a school in the night.", 1),
    ("Two motorists were killed when gunmen sprayed the highway with bullets.", 2),
])
def test_victims_named_by_their_occupation_or_role(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The raid on the depot left one death and several injuries.", 1),
    ("Medics confirmed one fatality at the scene of the blast.", 1),
    ("The clash caused two deaths among the herders.", 2),
])
def test_a_count_of_deaths_or_fatalities_in_the_singular_too(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A crowd caught a goat thief and burned him alive at the roadside.", 1),
    ("Two suspected burglars were burnt alive by residents of the estate.", 2),
    ("Villagers caught a man with a stolen goat and then killed him.", 1),
])
def test_burned_alive_and_a_pronoun_object_are_deaths(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text", [
    "Residents torched a lorry near the market in Thika after the lorry killed two pedestrians.",
    "Riders burned tyres on the bypass after a colleague was killed by a speeding bus.",
    "Two passengers died in a road accident when their car overturned on the escarpment.",
])
def test_deaths_on_the_road_are_no_fatalities_of_the_event(text):
    assert fatalities(text) == 0


@pytest.mark.parametrize("text, expected", [
    ("Gunmen in a car killed two traders outside the bank.", 2),
    ("Men on a motorbike shot dead a shopkeeper at dusk.", 1),
    ("Three soldiers were killed by a roadside bomb near the camp.", 3),
])
def test_killers_in_a_vehicle_still_kill(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text", [
    "Nurses protested in Nyeri after two colleagues died of an infection caught on the ward.",
    "Parents demonstrated outside a school in Kisii after a pupil died of food poisoning.",
    "Workers picketed a tannery gate in Thika after two colleagues died from toxic fumes.",
])
def test_deaths_a_peaceful_protest_is_about_are_not_its_own(text):
    incident = extract_incidents_from_text(text, "2021-03-02")[0]
    assert (incident.event_type, incident.sub_event_type) == ("Protests", "Peaceful protest")
    assert incident.fatalities == 0


def test_deaths_at_a_protest_fired_on_remain():
    incident = extract_incidents_from_text(
        "Police opened fire on demonstrators in Kisumu, killing two protesters.", "2021-03-02")[0]
    assert incident.sub_event_type == "Excessive force against protesters"
    assert incident.fatalities == 2
