"""Who was hit (ACLED's codebook: violence on unarmed people is violence against civilians,
on the state's forces or fighters a battle): a party's officials are civilians; a word of
the forces used as a modifier ("a police informant") names a civilian; victims named
before a bare participle or a passive with its place before "by" did not act. Sentences
written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event

ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Senior PTI organiser Ali Khan was shot dead in Peshawar.",
    "Veteran ANC treasurer Sipho Dlamini was shot dead in Durban.",
    "A ZANU-PF secretary was shot dead in Mutare.",
    "A PDP ward secretary was gunned down in Enugu.",
])
def test_a_partys_officials_are_civilians(text):
    assert classify_event(text) == ATTACK


@pytest.mark.parametrize("text", [
    "A police informant was gunned down by militants in Mogadishu.",
    "An army informant was shot dead in Gao.",
    "A military contractor was gunned down by militants in Mosul.",
])
def test_a_forces_word_before_a_civilian_names_whom_they_serve(text):
    assert classify_event(text) == ATTACK


@pytest.mark.parametrize("text", [
    "Aid worker and interpreter killed at a checkpoint near Kandahar.",
    "A village chief killed in Tillaberi district by unknown gunmen.",
    "A trader killed in Kidal region by armed men.",
])
def test_victims_before_a_participle_and_its_place_are_no_agents(text):
    assert classify_event(text) == ATTACK


def test_a_police_camp_attacked_is_still_a_battle():
    assert classify_event("Al-Shabaab fighters raided a police camp near Mandera.")[0] == "Battles"
