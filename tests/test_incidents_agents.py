"""Event types by who did what to whom (ACLED's codebook logic), and the actors that
follow from it. Every sentence is the team's own, three or more per rule family."""

import pytest

from geo.incidents import classify_event
from incident_helpers import first_incident


def main_incident(text, published="2022-05-10"):
    return first_incident(text, published)


# -- both sides fire: a battle, whatever the weapon ---------------------------------------

@pytest.mark.parametrize("text", [
    "Government forces and rebels exchanged artillery fire along the front line on Monday.",
    "The two armies traded rocket fire across the river for several hours.",
    "Mortar shells fell on both sides as troops and insurgents clashed near the dam.",
])
def test_fire_exchanged_by_two_armed_sides_is_a_battle(text):
    assert classify_event(text) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "Insurgents fired on the positions of the army outside the town on Sunday.",
    "Militiamen fired at a police checkpoint at dawn; two officers were wounded.",
    "Soldiers fired upon rebel trenches north of the airport.",
])
def test_firing_on_positions_is_a_battle(text):
    assert classify_event(text) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "Artillery shelled the village overnight, destroying four houses.",
    "A grenade was thrown into a bar, wounding six customers.",
    "Missiles hit a residential block in the city centre.",
])
def test_one_sided_fire_from_afar_stays_remote_violence(text):
    assert classify_event(text)[0] == "Explosions/Remote violence"


# -- people without arms: mob violence -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Relatives of a patient who died beat two nurses at the district hospital.",
    "Two rival groups of party supporters clashed with sticks and rods in the market square.",
    "On Friday, members of the ruling party's youth wing assaulted a rival candidate outside his office.",
    "Villagers lynched a suspected cattle thief on Monday.",
])
def test_violence_by_unarmed_people_is_mob_violence(text):
    assert classify_event(text) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text, expected", [
    ("Gunmen shot dead two villagers at a water point.", "Violence against civilians"),
    ("Unknown assailants stabbed a trader to death in the night.", "Violence against civilians"),
    ("Members of the two clans clashed over grazing land, leaving three dead.", "Battles"),
])
def test_armed_or_communal_agents_are_not_a_mob(text, expected):
    assert classify_event(text)[0] == expected


def test_the_mob_is_the_rioters_not_the_civilians():
    inc = main_incident("Angry residents of Kisumu beat a suspected thief to death on Tuesday.")
    assert (inc.event_type, inc.actor1) == ("Riots", "Rioters (Kenya)")


# -- who was hit: soldiers out of combat, civilians ambushed -------------------------------

@pytest.mark.parametrize("text", [
    "An off-duty soldier was shot dead by militants at his home.",
    "A retired police officer was killed by gunmen on his farm.",
    "Insurgents abducted and killed an unarmed soldier visiting his family.",
])
def test_a_soldier_out_of_combat_is_a_civilian_target(text):
    assert classify_event(text)[0] == "Violence against civilians"


@pytest.mark.parametrize("text", [
    "Bandits ambushed a bus carrying traders and killed three passengers.",
    "Gunmen ambushed farmers returning from the fields.",
    "Militants ambushed villagers travelling to a wedding near the river.",
])
def test_an_ambush_on_civilians_is_violence_against_civilians(text):
    assert classify_event(text)[0] == "Violence against civilians"


def test_an_ambush_on_soldiers_is_a_battle():
    assert classify_event("Rebels ambushed an army patrol on the road to the mine.")[0] == "Battles"


# -- strategic developments ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Reinforcements arrived in the garrison town on Thursday.",
    "The army fortified its positions around the airport.",
    "Hundreds of troops were deployed to the border district after the elections.",
    "Rebel units arrived in the valley and dug trenches.",
])
def test_movements_and_fortifications_are_strategic_developments(text):
    assert classify_event(text) == ("Strategic developments", "Other")


# -- actors: the agent acts, civilians never do in political violence ---------------------

@pytest.mark.parametrize("text, actor1, actor2", [
    ("Two traders were killed by unknown men in Garissa on Monday.",
     "Unidentified Armed Group (Kenya)", "Civilians (Kenya)"),
    ("A farmer was shot dead in Garissa on Monday.", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)"),
    ("A local councillor was shot dead outside his house in Culiacan, Sinaloa, on Sunday.",
     "Unidentified Armed Group (Mexico)", "Civilians (Mexico)"),
])
def test_an_unnamed_perpetrator_is_an_unidentified_armed_group(text, actor1, actor2):
    inc = main_incident(text)
    assert (inc.actor1, inc.actor2) == (actor1, actor2)


@pytest.mark.parametrize("text, actor1", [
    ("A Russian missile strike on Odesa killed four civilians on Tuesday.", "Military Forces of Russia"),
    ("An Israeli drone strike hit a car near Tyre, killing two men.", "Military Forces of Israel"),
    ("Pakistani shelling killed three villagers near Kotli on Friday.", "Military Forces of Pakistan"),
])
def test_a_strike_named_after_a_state_is_its_military_not_the_victims(text, actor1):
    assert main_incident(text).actor1 == actor1


@pytest.mark.parametrize("text, actor1", [
    ("Members of the Grand Ravine gang killed three people in Cap-Haitien on Monday.", "Grand Ravine Gang"),
    ("Gunmen from the Red Valley cartel killed two police officers in Guadalajara.", "Red Valley Cartel"),
    ("The Red Rock gang abducted five bus passengers near Tegucigalpa.", "Red Rock Gang"),
])
def test_a_gang_named_in_the_text_is_read_from_it(text, actor1):
    assert main_incident(text).actor1 == actor1


@pytest.mark.parametrize("text", [
    "An al-Qaeda-linked group attacked a village in central Mali, killing ten civilians.",
    "Islamic State-affiliated fighters ambushed farmers in Niger's Tillaberi region.",
    "Al-Shabaab-allied militiamen raided a village near Baidoa.",
])
def test_a_group_linked_to_a_named_one_is_not_that_group(text):
    actor1 = main_incident(text).actor1
    assert actor1.startswith("Unidentified Armed Group"), actor1


# -- a demonstration turns into a riot when the crowd uses violence, police or not --------

@pytest.mark.parametrize("text", [
    "Hundreds of students protested over fees in Eldoret on Monday. Police fired tear gas after some of them "
    "stoned passing vehicles.",
    "Traders demonstrated against new market levies in Kisumu. Police dispersed them; earlier the traders had "
    "torched a council office.",
    "Residents protested against water shortages in Nakuru. Police arrested six after the crowd vandalized a "
    "pumping station.",
])
def test_a_protest_whose_crowd_turns_violent_is_a_riot_even_with_police_intervening(text):
    assert main_incident(text).event_type == "Riots"


# -- members of an armed group are fighters; members of a party are civilians -------------

@pytest.mark.parametrize("text", [
    "In a dawn raid near Nakuru, two Mungiki followers died when police opened fire on them.",
    "Police shot dead three Al Shabaab members near Garissa.",
    "Soldiers killed four members of Boko Haram outside Maiduguri.",
])
def test_members_of_an_armed_group_killed_by_state_forces_is_a_battle(text):
    assert classify_event(text)[0] == "Battles"


@pytest.mark.parametrize("text", [
    "Two BNP members were shot dead by police in Dhaka.",
    "Police shot dead an ODM supporter in Kisumu.",
    "Soldiers killed three members of the ruling party in the village.",
])
def test_members_of_a_party_are_civilians(text):
    assert classify_event(text)[0] == "Violence against civilians"


@pytest.mark.parametrize("text, expected", [
    ("Residents engaged police in running battles over a land dispute.", ("Riots", "Violent demonstration")),
    ("Both ministers put their names to a memorandum of understanding over fishing rights.",
     ("Strategic developments", "Agreement")),
    ("Insurgents overtook a village near the river; no violence was reported.",
     ("Strategic developments", "Non-violent transfer of territory")),
    ("Militants erected roadblocks on the highway to extort money from drivers.", ("Strategic developments", "Other")),
    ("Local militias are said to be re-arming ahead of the elections.", ("Strategic developments", "Other")),
])
def test_crowds_battling_police_and_non_violent_moves(text, expected):
    assert classify_event(text) == expected


@pytest.mark.parametrize("text", [
    "Students battled police outside the campus gates after fees were raised.",
    "Hawkers fought running battles with municipal police over the closure of the market.",
    "Youths clashed with police after a local football match.",
])
def test_a_crowd_fighting_police_is_a_riot(text):
    assert classify_event(text)[0] == "Riots"


@pytest.mark.parametrize("text, actor1", [
    ("ELN guerrillas attacked a military base in Arauca, killing two soldiers.", "ELN: National Liberation Army"),
    ("Gunmen of the Sinaloa Cartel clashed with rivals in Zacatecas; six were killed.", "Sinaloa Cartel"),
    ("Fighters of al-Qaeda in the Arabian Peninsula ambushed a checkpoint in Abyan.",
     "AQAP: Al Qaeda in the Arabian Peninsula"),
    ("Ukrainian forces shelled Russian positions near Bakhmut.", "Military Forces of Ukraine"),
])
def test_groups_of_todays_conflicts_are_known_by_their_acled_names(text, actor1):
    assert main_incident(text).actor1 == actor1


# -- the country of unnamed actors when no place is found ------------------------------------

@pytest.mark.parametrize("text, actor1", [
    ("Zambian teachers marched to demand three months of unpaid wages.", "Protesters (Zambia)"),
    ("Ghanaian nurses staged a sit-in over delayed allowances.", "Protesters (Ghana)"),
    ("Malawian doctors protested against a cut in hospital budgets.", "Protesters (Malawi)"),
])
def test_a_demonym_names_the_country_of_a_crowd_without_a_place(text, actor1):
    inc = main_incident(text)
    assert inc.actor1 == actor1
    assert inc.country == ""  # a demonym names the actors' country, not where it happened


@pytest.mark.parametrize("text", [
    "Unknown assailants stabbed a shopkeeper in Xq-Zvelt village.",
    "A trader was shot dead by gunmen in Qoxa-Bilt village.",
    "Gunmen killed a herder near Ytre-Vomka village.",
])
def test_no_country_is_invented_for_unnamed_actors(text):
    assert main_incident(text).actor1 == "Unidentified Armed Group"


# -- a demonstration the report calls violent is a riot (ACLED: violent demonstration) ---------

@pytest.mark.parametrize("text", [
    "Students at the polytechnic in Kumasi protested violently against a fee increase.",
    "Traders in Lusaka held a violent demonstration after the council closed their market.",
    "A march by taxi drivers in Blantyre turned violent on Friday.",
])
def test_a_violent_demonstration_is_a_riot(text):
    inc = main_incident(text)
    assert (inc.event_type, inc.sub_event_type) == ("Riots", "Violent demonstration")
    assert inc.actor1.startswith("Rioters (")


@pytest.mark.parametrize("text", [
    "Teachers in Kumasi held a non-violent protest over unpaid salaries.",
    "Nurses in Lusaka marched peacefully to the health ministry.",
    "Farmers in Blantyre protested against low maize prices.",
])
def test_a_peaceful_demonstration_stays_a_protest(text):
    assert main_incident(text).event_type == "Protests"


# -- arrests: the state arrests; the one held is the second actor -------------------------------

@pytest.mark.parametrize("text, actor1, actor2", [
    ("A senior al-Shabaab commander was arrested in Garissa on Tuesday.", "Police Forces of Kenya", "Al Shabaab"),
    ("Two suspected ADF collaborators were detained in Beni.",
     "Police Forces of the Democratic Republic of Congo", "ADF: Allied Democratic Forces"),
    ("Three Boko Haram suppliers were arrested at a market in Maiduguri.",
     "Police Forces of Nigeria", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
])
def test_an_arrest_without_a_named_arrester_is_by_the_police(text, actor1, actor2):
    inc = main_incident(text)
    assert inc.sub_event_type == "Arrests"
    assert (inc.actor1, inc.actor2) == (actor1, actor2)


@pytest.mark.parametrize("text, actor1", [
    ("Congolese soldiers arrested two suspected ADF collaborators in Beni.",
     "Military Forces of the Democratic Republic of Congo"),
    ("M23 rebels detained a village chief in Rutshuru.", "M23: March 23 Movement"),
    ("Nigerian troops arrested four Boko Haram fighters near Maiduguri.", "Military Forces of Nigeria"),
])
def test_an_arrest_by_a_named_side_keeps_it_as_actor1(text, actor1):
    assert main_incident(text).actor1 == actor1


# -- who acted first: the initiator is actor1 --------------------------------------------------

@pytest.mark.parametrize("text, actor1", [
    ("Bandits raided a village near Marsabit and were driven off by police.", "Unidentified Armed Group (Kenya)"),
    ("Militants attacked an army post near Bunia and were repulsed by soldiers.",
     "Unidentified Armed Group (Democratic Republic of Congo)"),
    ("Insurgents ambushed a convoy near Garissa and were later pursued by soldiers.", "Unidentified Armed Group (Kenya)"),
])
def test_the_attacker_not_the_side_that_answered_is_actor1(text, actor1):
    assert main_incident(text).actor1 == actor1


@pytest.mark.parametrize("text", [
    "Two reservists were shot and their guns seized by unknown gunmen near Marsabit.",
    "A soldier was wounded and his vehicle burned by gunmen near Garissa.",
    "Three guards were shot and their post looted by unidentified attackers near Wajir.",
])
def test_the_agent_of_a_joined_passive_verb_acted(text):
    assert main_incident(text).actor1 == "Unidentified Armed Group (Kenya)"


@pytest.mark.parametrize("text, actor1", [
    ("Police and gunmen exchanged fire for an hour in Garissa.", "Police Forces of Kenya"),
    ("Fighting between al-Shabaab and soldiers was reported near Mandera.", "Military Forces of Kenya"),
    ("Clashes between rebels and the army left four dead near Kidal.", "Military Forces of Mali"),
])
def test_with_no_initiator_named_the_state_forces_come_first_in_a_clash(text, actor1):
    inc = main_incident(text)
    assert inc.event_type == "Battles"
    assert inc.actor1 == actor1


# -- countries as ACLED names them inside actor names --------------------------------------------

@pytest.mark.parametrize("text, actor1", [
    ("Students protested in Kinshasa against a rise in university fees.", "Protesters (Democratic Republic of Congo)"),
    ("Taxi drivers protested in Brazzaville against new fuel prices.", "Protesters (Republic of Congo)"),
    ("Shopkeepers protested in Ramallah against a new sales tax.", "Protesters (Palestine)"),
])
def test_crowds_carry_acled_country_names(text, actor1):
    assert main_incident(text).actor1 == actor1


# -- unnamed sides of violence between peoples, clans, communities -----------------------

@pytest.mark.parametrize("text, actor1", [
    ("Gunmen killed three villagers near Marsabit in a renewed bout of ethnic violence.",
     "Unidentified Ethnic Militia (Kenya)"),
    ("Attackers shot dead two elders near Wajir as an inter-clan feud flared again.",
     "Unidentified Clan Militia (Kenya)"),
    ("Armed men killed a farmer near Jos in a fresh wave of communal violence.",
     "Unidentified Communal Militia (Nigeria)"),
])
def test_an_unnamed_side_of_identity_violence_is_named_by_its_identity(text, actor1):
    assert main_incident(text).actor1 == actor1


@pytest.mark.parametrize("text, actor1", [
    ("Turkana raiders drove off two hundred goats near Lodwar and shot a herdsman.", "Turkana Ethnic Militia (Kenya)"),
    ("Gabra warriors attacked a manyatta near Maralal, killing an old man.", "Gabra Ethnic Militia (Kenya)"),
    ("Gunmen shot a shopkeeper dead in Lodwar.", "Unidentified Armed Group (Kenya)"),
])
def test_raiders_and_warriors_of_a_people_are_its_militia(text, actor1):
    assert main_incident(text).actor1 == actor1


@pytest.mark.parametrize("text, actor2", [
    ("A mob beat a suspected cattle thief to death in Kitale.", "Civilians (Kenya)"),
    ("Angry residents lynched two men accused of stealing a motorbike in Eldoret.", "Civilians (Kenya)"),
    ("A mob attacked a police officer who had arrested a hawker in Nakuru.", "Police Forces of Kenya"),
])
def test_the_victims_of_a_mob_are_its_second_actor(text, actor2):
    incident = main_incident(text)
    assert (incident.event_type, incident.sub_event_type) == ("Riots", "Mob violence")
    assert incident.actor2 == actor2
