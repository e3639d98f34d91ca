"""Armed keepers of property, borders or wildlife as those attacked: watchmen and night
guards, game and park wardens, customs agents. ACLED's codebook names them as private
security or as the state's forces, an armed side, so an attack on them is a battle, not
violence against civilians. Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "On 4 March 2021, bandits killed a watchman at a construction site near Gusau.",
    "On 4 March 2021, armed robbers killed a night watchman and looted a shop in Kano.",
    "On 4 March 2021, a watchman was killed by raiders at a cattle ranch near Yopal.",
])
def test_an_attack_on_watchmen_is_a_battle(text):
    assert classify_event(text)[0] == "Battles"


@pytest.mark.parametrize("text", [
    "On 4 March 2021, poachers shot dead a game warden in the Selous reserve.",
    "On 4 March 2021, gunmen wounded two park wardens near the gate of the Zakouma park.",
    "On 4 March 2021, militants attacked customs agents at a border post near Cucuta, killing one agent.",
    "On 4 March 2021, smugglers opened fire on customs personnel near the frontier at Torkham, wounding one.",
])
def test_an_attack_on_wardens_or_customs_is_a_battle(text):
    assert classify_event(text)[0] == "Battles"


@pytest.mark.parametrize("text", [
    "On 4 March 2021, bandits killed a shopkeeper at a construction site near Gusau.",
    "On 4 March 2021, customs agents beat a trader at the border post near Cucuta.",
])
def test_others_stay_civilians(text):
    assert classify_event(text)[0] == "Violence against civilians"
