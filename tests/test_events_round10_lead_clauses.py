"""A lead clause of cause before the subject ("Following a driver's death in police
custody, riders burned …", "In response to the arrest of their leader by soldiers, youths
…"): the forces it names acted in the earlier event, not in this one, so the crowd that
follows is who acted (ACLED's codebook: a crowd's destruction is a riot). Sentences written
for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "On 9 June 2021, following a motorcycle taxi driver's death in police custody, angry riders burned down the police station in Tamale.",
    "Amid a police crackdown on street vendors, traders set fire to a municipal office in Ibadan on 9 June 2021.",
    "Following the arrest of two students at a police checkpoint, their classmates smashed the windows of the police post in Bouake on 9 June 2021.",
])
def test_the_crowd_after_a_lead_clause_is_who_acted(text):
    assert classify_event(text)[0] == "Riots"


def test_forces_who_burn_in_the_main_clause_still_attack():
    text = "On 9 June 2021, following an ambush on their convoy, soldiers set fire to houses and beat residents in Kayes."
    assert classify_event(text)[0] == "Violence against civilians"
