"""Who is suspected, told in a clause of its own after a semicolon ("…; insurgents are
blamed"), names the perpetrators, not those hit: a man shot or a body found stays
violence against civilians, not a battle with the armed group named as suspect.
Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "The decapitated body of a young man was discovered in a bush near Eringeti; ADF rebels are suspected.",
    "Attackers shot a man dead on the road to Mueda; insurgents are blamed.",
    "Two men were shot dead at a bus stop in Galkayo; Al Shabaab fighters are suspected.",
    "Gunmen killed a man in his field near Titao; jihadists were blamed.",
])
def test_the_suspects_clause_names_no_victims(text):
    assert classify_event(text) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Militants ambushed an army convoy near Douentza; soldiers returned fire.",
    "Gunmen killed two soldiers at a checkpoint near Titao; jihadists were blamed.",
    "Two policemen were shot dead at a bus stop in Galkayo; Al Shabaab fighters are suspected.",
])
def test_armed_men_hit_stay_a_battle(text):
    assert classify_event(text)[0] == "Battles"
