"""Second round of codebook rules (issue 13): death expressions in the present tense and
with the victim between verb and "to death", bodies found, and event typing by what the
codebook says makes a demonstration violent. Sentences written for these tests; each
rule family has three that it must decide and a near miss it must leave alone."""

import pytest

from geo.incidents.fatalities import count_fatalities
from geo.incidents.sentences import split_sentences


def _deaths(text: str) -> int:
    return count_fatalities([s.text for s in split_sentences(text)])


# -- "die"/"dies": notes written in the present tense
@pytest.mark.parametrize("text, n", [
    ("Four people die as two clans fight over a borehole.", 4),
    ("A night guard dies after raiders storm the depot.", 1),
    ("Seven die in hospital from wounds received in the fighting.", 7),
])
def test_present_tense_deaths(text, n):
    assert _deaths(text) == n


def test_a_wish_to_die_is_no_death():
    assert _deaths("The hunger striker said he was ready to die for the cause.") == 0


# -- any beating, stoning or hacking verb, any tense, with the victim before "to death"
@pytest.mark.parametrize("text, n", [
    ("Villagers stone two suspected burglars to death.", 2),
    ("An unknown assailant hacks a shopkeeper to death near the ferry.", 1),
    ("Youths slashed a herdsman to death at the watering point.", 1),
])
def test_victim_before_to_death(text, n):
    assert _deaths(text) == n


def test_a_charge_for_a_killing_is_not_the_killing():
    # the reason for an arrest or a reprisal is an earlier event, not this one's deaths
    assert _deaths("Residents burned the shop of a man wanted for stabbing a neighbour to death.") == 0


# -- a body found: one death, whoever's body it is
@pytest.mark.parametrize("text", [
    "A teacher went missing on Friday. Her body was found in a quarry on Tuesday.",
    "The cook's body was on Sunday evening recovered from the lake.",
    "A mutilated body is discovered behind the slaughterhouse.",
])
def test_a_body_found_is_one_death(text):
    assert _deaths(text) == 1


def test_a_body_of_work_or_a_found_weapon_is_no_death():
    assert _deaths("Police found a rifle near the body shop on the highway.") == 0


# -- "causes/leads to the death of N"
@pytest.mark.parametrize("text, n", [
    ("A feud over grazing land causes the death of three herders.", 3),
    ("The ambush on the convoy leads to the deaths of two drivers.", 2),
    ("A quarrel at the bar caused the death of one patron.", 1),
])
def test_caused_deaths(text, n):
    assert _deaths(text) == n


# -- a demonstration the report says went violent, or whose crowd held someone captive
from geo.incidents.events import classify_event  # noqa: E402

RIOT = ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "A march of cattle traders against the new market levy descended into violence by noon.",
    "The nurses' protest became violent once the ministry gates were locked.",
    "Miners protesting unpaid bonuses held two company managers hostage overnight.",
])
def test_a_demonstration_gone_violent_is_a_riot(text):
    assert classify_event(text) == RIOT


def test_a_peaceful_march_stays_a_protest():
    assert classify_event("Nurses marched peacefully to the ministry to demand their arrears.") == (
        "Protests", "Peaceful protest")


# -- what the crowd protests (earlier violence, named as a thing) is not its conduct
@pytest.mark.parametrize("text", [
    "Shopkeepers staged a sit-in against the prior vandalism of their stalls by unknown youths.",
    "Students held a rally condemning the looting of the campus library last month.",
    "Party women staged a protest over the earlier clashes between rival youth wings.",
])
def test_the_grievance_is_not_the_crowds_conduct(text):
    assert classify_event(text)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "Students protested against the fee rise and stoned the bursar's office.",
    "Hawkers protested the market closure, burning tyres at the main junction.",
    "Workers demonstrated over unpaid wages, and clashed with guards at the gate.",
])
def test_the_crowds_own_acts_after_its_grievance_still_make_a_riot(text):
    assert classify_event(text)[0] == "Riots"


# -- an effigy burnt is a symbolic act: no violence, no destruction of others' property
@pytest.mark.parametrize("text", [
    "Opposition youths protesting the budget burned an effigy of the finance minister.",
    "Students marched through the campus and burnt effigies of the vice-chancellor.",
    "Farmers protesting land seizures set fire to an effigy of the governor.",
])
def test_burning_an_effigy_is_a_peaceful_protest(text):
    assert classify_event(text)[0] == "Protests"


def test_burning_a_vehicle_at_a_protest_is_still_a_riot():
    assert classify_event("Students protesting the fee rise burned a police vehicle.") == RIOT


# -- party members or supporters clashing: no armed organisation, a riot
@pytest.mark.parametrize("text", [
    "Two factions of the People's Democratic Party clashed with guns and machetes at the ward office.",
    "Pro-All Progressives Congress and pro-People's Democratic Party lawyers clashed in the court yard.",
    "Rival camps of the All Progressives Congress clashed using pistols after the primaries.",
])
def test_party_members_clashing_is_a_riot(text):
    assert classify_event(text)[0] == "Riots"


def test_soldiers_clashing_with_militants_stay_a_battle():
    assert classify_event("Soldiers clashed with militants near the border post.")[0] == "Battles"


# -- property wrecked by a crowd: burnt down, damaged, windows or gates broken, stones
# thrown at people, a way forced in (no other trigger needed)
@pytest.mark.parametrize("text", [
    "Pupils of a boarding school burnt down the bursar's store over cancelled half-term leave.",
    "Fans of the losing club damaged three parked cars outside the stadium.",
    "Supporters of a losing aspirant forced their way into the tallying hall.",
])
def test_a_crowd_wrecking_property_is_a_riot(text):
    assert classify_event(text)[0] == "Riots"


def test_armed_men_burning_down_homes_are_no_crowd():
    assert classify_event("Gunmen burnt down homes in a hamlet near the forest.")[0] != "Riots"


# -- people accused of a crime, named by the crime: the victims of mob justice
@pytest.mark.parametrize("text", [
    "Night patrol volunteers beat a herdsman over suspected theft of a goat.",
    "A woman was attacked over alleged witchcraft in the hills.",
    "Two men were wounded by a vigilante group over suspected burglary at the market.",
])
def test_attacks_over_an_alleged_crime_are_mob_violence(text):
    assert classify_event(text) == ("Riots", "Mob violence")


# -- strategic developments with no violence: accords signed, recruitment, alerts issued,
# armed men sighted
@pytest.mark.parametrize("text, sub", [
    ("Elders of the two valleys signed grazing accords at the chief's camp.", "Agreement"),
    ("The interior ministry says it will recruit 2,000 reservists for the border counties.", "Other"),
    ("The embassy issued a terror alert for the coastal resorts over the holidays.", "Other"),
    ("Insurgents were reportedly sighted along the river south of the market town.", "Other"),
])
def test_non_violent_strategic_developments(text, sub):
    assert classify_event(text) == ("Strategic developments", sub)


def test_insurgents_sighted_then_attacking_is_no_sighting():
    assert classify_event("Insurgents sighted near the river later attacked a police post.")[0] != "Strategic developments"


# -- a list of victims holds noun phrases only: a clause before it ("40 raiders stole
# cattle, 2 herders killed") counts no one
@pytest.mark.parametrize("text, n", [
    ("Sixty raiders drove off the herd, 3 herdsmen killed.", 3),
    ("About 500 families were displaced in the valley, 4 people killed and two injured.", 4),
    ("Twelve attackers stormed the depot at night, one watchman killed.", 1),
])
def test_a_clause_before_the_victims_counts_no_one(text, n):
    assert _deaths(text) == n


def test_a_long_list_of_victims_is_still_added_up():
    assert _deaths("Four heavily armed police reservists and a driver were killed in the ambush.") == 5


# -- a named rebel group or militia clashing is an armed side: a battle, not a riot
@pytest.mark.parametrize("text", [
    "Boko Haram members clashed with police outside the grain market.",
    "Youths of al-Shabaab clashed with police at a roadblock near the border.",
    "A shoot out followed when police cornered cattle rustlers; two rustlers were killed.",
])
def test_an_organised_armed_side_makes_a_battle(text):
    assert classify_event(text)[0] == "Battles"


def test_a_protest_about_a_raid_on_a_group_stays_a_riot():
    text = "Traders clashed with police in protest at the raid on Boko Haram suspects the night before."
    assert classify_event(text)[0] == "Riots"


# -- violence against civilians told inside a demonstration: what the crowd protests, or
# the state's force used on the protesters (codebook: protest events)
@pytest.mark.parametrize("text", [
    "Nurses marched to the county offices to protest the abduction of a colleague.",
    "Hundreds of residents demonstrated in the square demanding justice for a boy who was beaten to death.",
    "Students staged a sit-in after a lecturer was assaulted on campus.",
])
def test_violence_a_crowd_protests_is_a_protest(text):
    assert classify_event(text)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "A marcher was shot dead by police during the protest over fuel prices.",
    "Police shot and killed a teacher at a demonstration over unpaid salaries.",
    "Two protesters were killed by soldiers as the rally moved towards the palace.",
])
def test_lethal_force_on_protesters_is_excessive_force(text):
    assert classify_event(text) == ("Protests", "Excessive force against protesters")


def test_gunmen_killing_villagers_stays_an_attack_on_civilians():
    assert classify_event("Gunmen killed three villagers in an overnight raid.")[0] == "Violence against civilians"


# -- a device found in any tense or destroyed on purpose by those who found it: its use
# was disrupted (codebook: strategic development)
@pytest.mark.parametrize("text", [
    "Two explosive devices are discovered under a footbridge near the market.",
    "Army engineers destroyed the landmine in a controlled explosion.",
    "A bomb squad safely detonated the device outside the bus station.",
])
def test_devices_found_or_destroyed_are_disrupted_weapons_use(text):
    assert classify_event(text) == ("Strategic developments", "Disrupted weapons use")


def test_a_bomb_that_hit_its_target_is_remote_violence():
    assert classify_event("A bomb exploded under a police truck, killing four officers.")[0] == "Explosions/Remote violence"


# -- forces sent somewhere, violence named only as their purpose or a fear: a movement of
# forces (strategic development), not a battle
@pytest.mark.parametrize("text", [
    "The government deployed troops along the border over fears of attacks by militants.",
    "Extra police units were deployed in the district to hunt down cattle raiders.",
    "Soldiers were deployed to the islands ahead of feared attacks on fishing villages.",
])
def test_a_deployment_against_feared_violence_is_a_strategic_development(text):
    assert classify_event(text) == ("Strategic developments", "Other")


def test_deployed_troops_that_fought_fought_a_battle():
    assert classify_event("Troops deployed in the forest clashed with militants on Sunday.")[0] == "Battles"


def test_police_who_shoot_strikers_use_excessive_force():
    # the present tense "shoot" is lethal force as much as "shot"
    assert classify_event("Police shoot protesting dockers in the harbour; three deaths.") == (
        "Protests", "Excessive force against protesters")


def test_a_class_of_people_said_to_die_is_no_count():
    assert _deaths('"Farmers die every season while the state looks away," an elder said.') == 0
