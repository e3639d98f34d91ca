"""A party's partisans who attack or fight others with firearms: supporters, activists or
cadres of a party, of a candidate or of a politician are no armed organisation (ACLED's
codebook: a party is no militia unless an armed wing of it is named), so their violence
is a riot, mob violence: even when they shoot, and in a fight with another side even
when someone dies (a killing they set out to do on their own is left to the other
rules). Gunmen, a named armed group or the state's forces stay attackers. Sentences
written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "On 9 May 2022, supporters of a ruling party candidate shot and injured three supporters of his rival in Mardan after an argument over posters.",
    "On 9 May 2022, a local party leader and his accomplices shot and wounded a rival in Sialkot over control of a market.",
    "On 9 May 2022, activists of the opposition party opened fire on a campaign office in Port Harcourt, wounding two clerks.",
    "On 9 May 2022, PDP supporters shot a ward chairman of the rival party in Jos during a quarrel over ballot boxes.",
])
def test_partisans_who_shoot_riot(text):
    assert classify_event(text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    "On 9 May 2022, members of the ruling party's youth wing attacked a rival camp in Gujranwala with guns and iron rods, injuring eleven.",
    "On 9 May 2022, cadres of two rival parties fought a gun battle over a market lease in Larkana; five were hurt.",
    "On 9 May 2022, followers of a former mayor fired shots at the supporters of a councillor in Comayagua, injuring one.",
])
def test_partisans_who_fight_with_guns_riot(text):
    assert classify_event(text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    "On 9 May 2022, gunmen shot dead a ruling party councillor in Karachi.",
    "On 9 May 2022, ISWAP fighters attacked APC supporters in Damboa, killing three.",
    "On 9 May 2022, police shot dead two opposition supporters in Harare.",
    "On 9 May 2022, hired gunmen loyal to a party candidate shot a journalist dead in Cebu.",
])
def test_armed_men_and_the_state_stay_attackers(text):
    assert classify_event(text)[0] == "Violence against civilians"
