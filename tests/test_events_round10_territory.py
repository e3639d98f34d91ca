"""A place taken over, named by its name ("took over Oldtown") or a post of the state's
("took over a police station"), and a place taken over or taken control of with no act of
violence told at all: ACLED's codebook calls a transfer of territory without a violent
act a non-violent transfer (a strategic development); fighting or deaths told make it a
battle. Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event

NON_VIOLENT = ("Strategic developments", "Non-violent transfer of territory")


@pytest.mark.parametrize("text", [
    "On 7 July 2020, jihadists took over Boulkessi after the army left.",
    "On 7 July 2020, rebels took over Bunagana and addressed the residents at the market.",
    "On 7 July 2020, armed men of a militia took over a rural police station in Maniema and raised their flag.",
    "On 7 July 2020, insurgents took control of a district centre in Badakhshan; residents stayed in their homes.",
])
def test_a_place_taken_with_no_violence_told_is_a_non_violent_transfer(text):
    assert classify_event(text) == NON_VIOLENT


@pytest.mark.parametrize("text", [
    "On 7 July 2020, rebels took over Kamanyola after heavy fighting with the army.",
    "On 7 July 2020, militants took control of the town, killing three soldiers.",
    "On 7 July 2020, insurgents took over a district police station in Cabo Delgado after clashes with police.",
])
def test_a_place_taken_by_fighting_stays_a_battle(text):
    assert classify_event(text)[0] == "Battles"


def test_a_company_or_a_role_taken_over_is_no_event():
    assert classify_event("On 7 July 2020, the general took over Acme Holdings as chairman.") is None
