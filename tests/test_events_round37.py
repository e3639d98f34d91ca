"""Event types, round 37: battles or violence against civilians, with sentences written
for these tests about places world-wide (ACLED's codebook: a battle is fought by two armed
sides; violence against civilians is one-sided, on people who cannot answer)."""

import pytest

from geo.incidents import classify_event


# -- An ambush whose target the report leaves unsaid ("laid an ambush near the market"),
#    with only people of no armed side hurt: one-sided, violence against civilians.
@pytest.mark.parametrize("text", [
    "A man was shot dead and another wounded when gunmen laid an ambush near Maiduguri on Friday.",
    "An armed group attacked and killed three civilians in an ambush outside Bunia.",
    "Four traders were killed when bandits staged an ambush on the road to Zinder.",
])
def test_an_ambush_on_people_alone_is_violence_against_civilians(text):
    assert classify_event(text) == ("Violence against civilians", "Attack")


# Guard (behaviour that must not change): armed men among those hit, or none named as
# hit, keep the ambush a battle.
@pytest.mark.parametrize("text", [
    "Two soldiers were killed when militants laid an ambush near Maiduguri.",
    "Militants laid an ambush near Maiduguri, killing two.",
    "A man and a police officer were killed when gunmen laid an ambush near Bunia.",
])
def test_an_ambush_with_armed_men_hit_stays_a_battle(text):
    assert classify_event(text)[0] == "Battles"


# -- A policeman called a "cop" is an armed man: among those an ambush hit, with a
#    civilian beside him, he makes it a battle (a fight with the state's forces).
@pytest.mark.parametrize("text", [
    "Unknown assailants ambushed a senior cop and his driver in Karachi.",
    "Gunmen ambushed two cops and a shopkeeper near a market in Lagos.",
    "A traffic cop and a passer-by were wounded when gunmen laid an ambush outside Kano.",
])
def test_an_ambush_on_a_cop_is_a_battle(text):
    assert classify_event(text)[0] == "Battles"


# -- Two named peoples fighting (ACLED's communal or ethnic militias) is a battle when it
#    wounds people, as when it kills them or burns homes; a capitalised "Clans" names the
#    sides as well as "clans".
@pytest.mark.parametrize("text", [
    "Five people were injured in renewed clashes between Hutu and Tutsi groups near Goma.",
    "Dozens of huts were torched near Bor in a clash between the Dinka and Nuer Clans.",
    "Six people were hurt when Tiv and Jukun groups clashed over farmland near Wukari.",
])
def test_named_peoples_fighting_with_wounded_is_a_battle(text):
    assert classify_event(text) == ("Battles", "Armed clash")


# Guard (behaviour that must not change): crowds of no people named who clash and wound
# stay rioters.
def test_rival_supporters_clashing_with_wounded_stay_a_riot():
    assert classify_event("Six people were hurt when rival supporters clashed over a rally near Wukari.")[0] == "Riots"


# -- A soldier or officer out of combat (off duty) named with his service between
#    ("an off-duty intelligence service officer"): a civilian target, as "an off-duty
#    officer" is (ACLED's codebook: violence against civilians).
@pytest.mark.parametrize("text", [
    "A senior off-duty intelligence service officer was shot dead by two gunmen in Mombasa.",
    "Gunmen killed an off-duty border patrol officer outside his home in Kano.",
    "Militants shot dead a retired air force captain at his farm near Peshawar.",
])
def test_an_off_duty_officer_named_with_his_service_is_a_civilian_target(text):
    assert classify_event(text) == ("Violence against civilians", "Attack")


# Guard (behaviour that must not change): the words after "off-duty" stop at "and": the
# officers named beside an off-duty civilian stay armed men.
def test_off_duty_does_not_reach_past_and():
    assert classify_event("An off-duty driver and two police officers were shot dead by gunmen in Kano.")[0] == "Battles"


# -- A member of a force who shoots his colleagues, named with or without "his": the force
#    fighting itself, a battle (ACLED's codebook), both sides that force.
@pytest.mark.parametrize("text", [
    "A police officer shot dead two colleagues at a station in Kisumu.",
    "A soldier shot dead two of his comrades at a barracks near Gulu.",
    "A constable killed three colleagues at a police post in Lahore.",
])
def test_an_officer_shooting_his_colleagues_is_a_battle(text):
    assert classify_event(text) == ("Battles", "Armed clash")


# -- Victims named back by "them" ("chased the bandits, killing four of them"): armed or
#    not as the people named before the verb.
@pytest.mark.parametrize("text", [
    "Soldiers chased the bandits into the hills near Isiolo, killing four of them.",
    "Police pursued cattle rustlers near Moroto and shot two of them dead.",
    "Troops tracked the kidnappers to a forest near Kaduna, killing three of them.",
])
def test_armed_men_named_back_by_them_make_a_battle(text):
    assert classify_event(text) == ("Battles", "Armed clash")


# Guard (behaviour that must not change): civilians named back by "them" stay civilians.
def test_civilians_named_back_by_them_stay_civilians():
    assert classify_event("Gunmen rounded up villagers near Kaduna, killing four of them.")[0] == "Violence against civilians"
