"""Event typing by ACLED's codebook logic — who acted, on whom, armed or not — and the
fatality readings that go with it. Sentences written for these tests; each rule family
has three that it must decide and at least one near miss it must leave alone."""

import pytest

from geo.incidents.events import classify_event
from geo.incidents.fatalities import count_fatalities

BATTLES, VAC, RIOTS, PROTESTS, STRATEGIC = (
    "Battles", "Violence against civilians", "Riots", "Protests", "Strategic developments")


def _type(text: str) -> str | None:
    found = classify_event(text)
    return found[0] if found else None


# -- a crowd's destructive acts, in any tense and any sentence of the incident, make a riot
@pytest.mark.parametrize("text", [
    "Market vendors light fires on the main avenue to protest a new levy.",
    "Nursing students demonstrate over unpaid stipends. Rocks were thrown at the gate of the ministry.",
    "Farmers protesting maize prices set a tractor alight outside the county offices.",
])
def test_crowd_destruction_makes_a_riot(text):
    assert classify_event(text) == (RIOTS, "Violent demonstration")


def test_a_grievance_about_an_earlier_clash_is_still_a_protest():
    # the clash is what they protest against, not what they do
    assert _type("Teachers staged a sit-in against the clash between two unions last week.") == PROTESTS


# -- the crowd as the one who hurts or wrecks at a demonstration (active voice only)
@pytest.mark.parametrize("text", [
    "Residents who were demonstrating over water shortages beat up a council clerk.",
    "Protesters destroyed a toll booth while demonstrating against fuel prices.",
    "Voters protesting a delayed count chased an election officer from the hall.",
])
def test_crowd_violence_at_a_demonstration_is_a_riot(text):
    assert _type(text) == RIOTS


@pytest.mark.parametrize("text", [
    "Police beat up protesters marching against the new tax.",
    "Two demonstrators were injured by police during a protest over fees.",
])
def test_violence_done_to_the_crowd_is_no_riot(text):
    assert _type(text) == PROTESTS


# -- state forces against armed criminals or members of a named armed group: two armed sides
@pytest.mark.parametrize("text", [
    "Police shot dead three suspected gang members near the bus terminal.",
    "Two robbers were killed by police after a raid on a bank in the town.",
    "Soldiers intervened, killing four of the cattle raiders.",
])
def test_state_forces_fighting_armed_criminals_is_a_battle(text):
    assert classify_event(text) == (BATTLES, "Armed clash")


@pytest.mark.parametrize("text", [
    "Police shot dead a hawker who refused to pay a bribe.",
    "Police killed a suspected thief in the market.",
])
def test_state_forces_killing_an_unarmed_person_is_violence_against_civilians(text):
    assert _type(text) == VAC


# -- the state's forces as those hurt: an attack on armed forces is a battle
@pytest.mark.parametrize("text", [
    "A police officer was hacked to death by sand diggers in a dispute over a quarry.",
    "Raiders attacked a settlement at dawn. Two police reservists were killed in the raid.",
    "Three soldiers were wounded when gunmen attacked the market.",
])
def test_state_forces_hit_make_a_battle(text):
    assert _type(text) == BATTLES


def test_a_soldier_who_fires_is_no_soldier_hit():
    assert _type("A soldier shot and killed a motorcycle taxi rider outside the barracks.") == VAC


# -- mob justice: violence by people not organised as an armed group
@pytest.mark.parametrize("text", [
    "A mob lynches a man accused of stealing a phone.",
    "Two suspected burglars were beaten to death in the estate.",
    "Villagers stoned an elderly woman to death, accusing her of witchcraft.",
])
def test_mob_justice_is_mob_violence(text):
    assert classify_event(text) == (RIOTS, "Mob violence")


@pytest.mark.parametrize("text", [
    "Gunmen killed two men accused of witchcraft.",
    "Police shot dead a suspected burglar in the estate.",
])
def test_armed_men_or_police_are_no_mob(text):
    assert _type(text) != RIOTS


# -- strategic developments: weapons found or never used, security stepped up, forces seen moving
@pytest.mark.parametrize("text, sub", [
    ("Soldiers discover an explosive device on the bridge and disarm it.", "Disrupted weapons use"),
    ("Children find an unexploded mortar shell in a field near the school.", "Disrupted weapons use"),
    ("Security has been beefed up along the lake shore ahead of the referendum.", "Other"),
])
def test_weapons_disrupted_and_security_measures(text, sub):
    assert classify_event(text) == (STRATEGIC, sub)


def test_a_bomb_that_went_off_is_no_disruption():
    assert _type("A bomb exploded at a bus stop, killing three commuters.") == "Explosions/Remote violence"


# -- armed sides in the present tense, stoning, election violence, bodies found
@pytest.mark.parametrize("text, expected", [
    ("Police battle a cattle-rustling gang in the hills.", BATTLES),
    ("Soldiers engaged insurgents near the river crossing.", BATTLES),
    ("Post-election violence left homes burnt in the valley.", RIOTS),
    ("The body of a shopkeeper was found in a drainage ditch.", VAC),
])
def test_present_tense_battles_and_weak_cues(text, expected):
    assert _type(text) == expected


def test_a_crowd_engaging_police_in_running_battles_is_a_riot():
    assert _type("Hawkers engaged police in running battles over the eviction.") == RIOTS


# -- fatalities: lynching in every tense, bare nouns, ages, a second verb, killings not done
@pytest.mark.parametrize("text, n", [
    ("Residents lynch a suspected cattle thief at the market.", 1),
    ("Mob kills man suspected of stealing a bicycle.", 1),
    ("Police shot dead a 17-year-old near the stadium.", 1),
    ("A crowd lynched and burned two men accused of robbery.", 2),
    ("A vigilante group lynches and burns a suspected burglar.", 1),
])
def test_deaths_read(text, n):
    assert count_fatalities([text]) == n


@pytest.mark.parametrize("text", [
    "The crowd tried to lynch the driver but officers rescued him.",
    "Youths threatened to kill the chief over the land sale.",
    "Residents beat up and nearly lynched a pickpocket.",
    "Gunmen killed and wounded several people at the bar.",
])
def test_no_death_read_where_none_happened_or_none_is_counted(text):
    expected = 0 if "wounded" not in text else count_fatalities(["Gunmen wounded several people at the bar."])
    assert count_fatalities([text]) == expected


# -- crude, cocktail and petrol bombs thrown by supporters or men unnamed: rioters' weapons
@pytest.mark.parametrize("text", [
    "Supporters of a losing candidate threw cocktail bombs at the winner's victory procession.",
    "Unknown men exploded three crude bombs outside the student union office.",
    "Youths protesting the vote count hurled petrol bombs at the tally centre.",
])
def test_crude_bombs_of_unorganised_people_are_riots(text):
    assert _type(text) == RIOTS


@pytest.mark.parametrize("text", [
    "Insurgents hurled petrol bombs at an army outpost.",
    "A roadside bomb struck a patrol vehicle near the border.",
])
def test_bombs_of_armed_groups_stay_remote_violence(text):
    assert _type(text) == "Explosions/Remote violence"
