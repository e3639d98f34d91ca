"""A building set on fire by a crowd, its name three words long or with a possessive ("set
the police station on fire", "set the chief's palace on fire"): destruction by rioters
(ACLED's codebook: a riot). An effigy burnt stays a symbol. Sentences written for these
tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "On 4 March 2021, residents set the police station on fire after a motorcyclist died in custody in Iquitos.",
    "On 4 March 2021, an angry crowd set the chief's palace on fire in Kumasi.",
    "On 4 March 2021, youths set the district office ablaze in Bafoussam over a disputed land sale.",
])
def test_a_building_set_on_fire_by_a_crowd_is_a_riot(text):
    assert classify_event(text)[0] == "Riots"


def test_an_effigy_set_on_fire_is_no_riot():
    text = "On 4 March 2021, students protested in Kano and set an effigy of the vice chancellor on fire."
    assert classify_event(text)[0] == "Protests"
