"""Armed keepers as those attacked, named in more ways: rangers of parks, reserves and
forests (even with a village or a camp named near them), guards named after the site they
keep ("a school guard", "the mine guards"), and guards told as killed by a heavy verb
("hacked to death", "stabbed to death"). ACLED's codebook names such
keepers as private security or state forces, an armed side: an attack on them is a battle.
Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "On 9 May 2022, armed men shot dead a park ranger near a camp in the Chinko reserve.",
    "On 9 May 2022, gunmen shot two rangers near a village in the Garamba park.",
    "On 9 May 2022, bandits shot a ranger near the market of a town bordering the Yankari park.",
])
def test_an_attack_on_rangers_is_a_battle(text):
    assert classify_event(text)[0] == "Battles"


@pytest.mark.parametrize("text", [
    "On 9 May 2022, bandits killed a school guard in a village near Sokoto.",
    "On 9 May 2022, armed men shot two mine guards at a gold site near Kidal.",
    "On 9 May 2022, gunmen wounded a hospital guard at the gate in Beni.",
])
def test_a_guard_named_after_his_site_is_armed(text):
    assert classify_event(text)[0] == "Battles"


@pytest.mark.parametrize("text", [
    "On 9 May 2022, three guards were brutally hacked to death at a timber yard near Mambasa.",
    "On 9 May 2022, two guards were beheaded by militants at a farm near Palma.",
    "On 9 May 2022, a night watchman was stabbed to death at a warehouse in the port of Mtwara by burglars.",
])
def test_guards_killed_by_a_heavy_verb_make_a_battle(text):
    assert classify_event(text)[0] == "Battles"


@pytest.mark.parametrize("text", [
    "On 9 May 2022, bandits killed a village school teacher near Sokoto.",
    "On 9 May 2022, armed men shot two market traders at a fair near Kidal.",
    "On 9 May 2022, three farmers were hacked to death at a field near Mambasa.",
])
def test_civilians_named_after_a_site_stay_civilians(text):
    assert classify_event(text)[0] == "Violence against civilians"
