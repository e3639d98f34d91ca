"""A place occupied by people of no armed group (students, workers, landless farmers) is a
demonstration, a sit-in (ACLED's codebook keeps the non-violent transfer of territory for
armed actors who take ground without a fight). Near misses: rebels or militants who
occupy a town keep the transfer. Sentences are the team's own."""

import pytest

from geo.incidents.events import classify_event
from geo.taxonomy import PROTESTS, STRATEGIC


@pytest.mark.parametrize("text", [
    "Students occupied the rectorate in Yaoundé for two days over unpaid grants.",
    "Dismissed workers occupied the cement factory in Mtwara to demand their severance pay.",
    "Landless farmers occupied an estate claimed by a senator near Chimoio.",
])
def test_an_occupation_by_civilians_is_a_protest(text):
    assert classify_event(text) == (PROTESTS, "Peaceful protest")


@pytest.mark.parametrize("text", [
    "Rebels occupied the town of Paoua after government troops withdrew.",
    "Militants occupied two villages near Ménaka without a fight.",
])
def test_near_miss_armed_groups_who_occupy_take_territory(text):
    assert classify_event(text) == (STRATEGIC, "Non-violent transfer of territory")
