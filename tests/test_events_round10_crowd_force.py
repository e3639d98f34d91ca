"""What a crowd did or had done to it, told in words the triggers missed: people of no
armed group who chase someone away or out (ACLED's codebook: a crowd's act of force, a
riot), and a gathering told as dispersed by the police further from its crowd's noun, or
as tear-gassed (a protest with intervention). Armed men chased by villagers are no riot.
Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "On 12 August 2021, angry residents chased a district officer out of a village near Kasese.",
    "On 12 August 2021, traders chased tax collectors from the main market in Kano.",
    "On 12 August 2021, the mayor of a small town was chased away by voters outside a polling booth in Oaxaca.",
])
def test_a_crowd_that_chases_someone_away_riots(text):
    assert classify_event(text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    "On 12 August 2021, students who occupied the rector's office in Kaolack were eventually dispersed by gendarmes.",
    "On 12 August 2021, opposition supporters were tear-gassed in Mbarara by the police.",
    "On 12 August 2021, police tear-gassed nurses outside the health ministry in Mutare.",
])
def test_a_gathering_dispersed_or_tear_gassed_is_a_protest_with_intervention(text):
    assert classify_event(text) == ("Protests", "Protest with intervention")


@pytest.mark.parametrize("text", [
    "On 12 August 2021, villagers chased the bandits into the forest near Gusau.",
    "On 12 August 2021, soldiers chased the militants out of the town near Palma.",
])
def test_armed_men_chased_make_no_riot(text):
    assert classify_event(text) is None or classify_event(text)[0] != "Riots"
