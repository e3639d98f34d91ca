"""Where an incident happened, round 10. Sentences are the team's own, three or more per
rule, about places world-wide."""

import pytest

from geo.gazetteer import load_gazetteer
from geo.incidents.context import report_context
from geo.places import parse_places
from incident_helpers import first_incident


def main_incident(text, published="2023-03-10"):
    return first_incident(text, published)


# A town named before one person's role ("a Bigcity trader", "the Hill ward councillor") is
# that person's home or seat: the town whose people marched is the place of the protest.
@pytest.mark.parametrize("text, location, country", [
    ("Scores of Jos youths barricaded roads, angered by the murder of a Bauchi trader.", "Jos", "Nigeria"),
    ("Kano traders staged a sit-in on the highway after police held a Katsina businessman.", "Kano", "Nigeria"),
    ("Angry Gombe youths burned tyres after police detained a Jalingo cleric.", "Gombe", "Nigeria"),
])
def test_a_town_naming_a_persons_home_is_not_the_place_of_events(text, location, country):
    incident = main_incident(text)
    assert (incident.location, incident.country) == (location, country)


@pytest.mark.parametrize("text, location, country", [
    ("Hundreds of Mubi youths marched after soldiers arrested the Michika ward councillor.", "Mubi", "Nigeria"),
    ("Angry Maroua youths blocked roads after gendarmes detained the Mokolo councillor.", "Maroua", "Cameroon"),
    ("Angry Bourem youths blocked roads after soldiers detained the Ansongo village chief.", "Bourem", "Mali"),
])
def test_a_local_office_names_its_seat_not_the_place_of_events(text, location, country):
    incident = main_incident(text)
    assert (incident.location, incident.country) == (location, country)


@pytest.mark.parametrize("text, location", [
    ("Gunmen shot dead a Potiskum trader on Monday.", "Potiskum"),
    ("Gunmen killed a Kano businessman in Katsina on Monday.", "Katsina"),
    ("Unknown attackers kidnapped the Bama chief on Sunday night.", "Bama"),
])
def test_a_persons_home_stays_the_place_when_no_other_is_named(text, location):
    assert main_incident(text).location == location


# A country's name called a village ("Ruritania village", "the village of Ruritania") is a
# village's name: the report is not about that country, and the town named beside it places
# the event.
@pytest.mark.parametrize("text, country", [
    ("Gunmen killed two herders in the village of Malawi, near Gashua.", "MW"),
    ("Militiamen burned huts in Zambia village, near Isiro.", "ZM"),
    ("In the hamlet of Rwanda, near Soba, bandits killed two farmers.", "RW"),
])
def test_a_country_named_as_a_village_is_no_country_of_the_report(text, country):
    gz = load_gazetteer()
    context = report_context(text, gz, parse_places(text, gz))
    assert country not in context.strong


@pytest.mark.parametrize("text, location", [
    ("Gunmen killed a pastor in Libya village, near Doma.", "Doma"),
    ("Bandits burned houses in Cyprus village, near Ikara, on Sunday.", "Ikara"),
    ("Gunmen killed two herders in Syria village, near Doma.", "Doma"),
])
def test_a_country_named_as_a_village_yields_to_the_town_beside_it(text, location):
    incident = main_incident(text)
    assert (incident.location, incident.country, incident.geo_precision) == (location, "Nigeria", 2)


# A distance and bearing measured off a town ("15 km south of Oldtown") puts the event by
# that town (geo_precision 2), as "near Oldtown" does: stronger than a town named as where
# people came from or as the scene of earlier events. A bare bearing ("north of Oldtown")
# may lie far off and stays weak.
@pytest.mark.parametrize("text, location, country", [
    ("Clashes between herders from Segou and farmers took place in a village 15 km south of Niono.", "Niono", "Mali"),
    ("Fighters from Bourem attacked a checkpoint some 30 kilometres north of Ansongo.", "Ansongo", "Mali"),
    ("Gunmen killed two traders in a village about 12km west of Isiro, after clashes in Lubero.", "Isiro",
     "Democratic Republic of the Congo"),
])
def test_a_measured_bearing_off_a_town_places_the_event_by_it(text, location, country):
    incident = main_incident(text)
    assert (incident.location, incident.country, incident.geo_precision) == (location, country, 2)


# A report whose only countries are those of big places named by a name other countries
# share ("Valencia area", "Hyderabad market": quarters of a town named alike) has no firm country:
# a town of one country only, named as the gazetteer writes it, is no namesake abroad.
@pytest.mark.parametrize("text, location, country", [
    ("Crowds of traders in Isiro town marched through the streets over the stabbing of a man at Valencia area on "
     "Saturday night.", "Isiro", "Democratic Republic of the Congo"),
    ("Many youths in Kalemie town marched through the streets over the stabbing of a trader at Hyderabad market on "
     "Friday.", "Kalemie", "Democratic Republic of the Congo"),
    ("Crowds of farmers in Mubi town marched through the streets over a herder's beating at Valencia area on "
     "Monday.", "Mubi", "Nigeria"),
    ("Many residents in Ouahigouya town marched through the streets over the stabbing of a trader at Merida area on "
     "Friday.", "Ouahigouya", "Burkina Faso"),
])
def test_a_big_place_named_by_a_shared_name_makes_no_town_a_namesake(text, location, country):
    incident = main_incident(text)
    assert (incident.location, incident.country) == (location, country)


# A town's people opening a sentence as the subject of its event ("Crowds of Harbour youths
# blocked roads …"): the town is a place of events like any other named, not only a
# fallback, so a place named in what set them off ("after an ambush near Oldtown") does not
# take its place. Where the event itself is placed elsewhere, that place still wins.
@pytest.mark.parametrize("text, location, country", [
    ("Dozens of angry Isiro youths burned tyres after a killing in Beni.", "Isiro", "Democratic Republic of the Congo"),
    ("Crowds of Bourem youths blocked roads after an ambush near Ansongo.", "Bourem", "Mali"),
    ("Potiskum youths held a rally and urged the army to stop Boko Haram recruiting in Niger.", "Potiskum", "Nigeria"),
])
def test_a_towns_people_as_the_subject_place_the_event_in_their_town(text, location, country):
    incident = main_incident(text)
    assert (incident.location, incident.country) == (location, country)


def test_a_place_the_event_is_said_to_happen_in_beats_the_subjects_town():
    assert main_incident("Kano youths attacked herders in Jos, killing two.").location == "Jos"


@pytest.mark.parametrize("text, location", [
    ("Gunmen attacked Kafanchan, a town about 20 km south of Keffi, killing eight people.", "Kafanchan"),
    ("Fighters from Bourem attacked a checkpoint some 300 kilometres north of Ansongo.", "Bourem"),
])
def test_a_long_or_descriptive_bearing_does_not_place_the_event_by_its_town(text, location):
    # (a step describing the town named before it; a step too long to be "near")
    assert main_incident(text).location == location
