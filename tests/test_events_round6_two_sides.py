"""Round 6: an attack or a fight with two armed sides is a battle (ACLED's codebook: an
armed clash is two armed, organised sides in contact; violence against civilians is
one-sided). Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents.events import classify_event

BATTLE = ("Battles", "Armed clash")


# -- the state's forces among those the attackers killed or wounded ----------------------
@pytest.mark.parametrize("sentence", [
    "Gunmen raided a market town in Borno, killing four traders and two soldiers.",
    "Militants stormed a village near Mopti, killing two herders and five gendarmes.",
    "Insurgents attacked a convoy of lorries in Cabo Delgado, wounding a driver and six police officers.",
    "Suspected jihadists attacked a school in Burkina Faso, killing a teacher and wounding two soldiers.",
    "Armed men attacked worshippers in a mosque near Sokoto, killing five and wounding a policeman.",
])
def test_forces_among_the_victims_make_a_battle(sentence):
    assert classify_event(sentence) == BATTLE


@pytest.mark.parametrize("sentence", [
    # the forces named after a preposition or in another clause are no victims
    "Gunmen attacked a bus near Kidal, killing two passengers before soldiers arrived.",
    "A farmer was wounded in Kaduna after a police officer beat him at a checkpoint.",
    "Police shot dead a man in Port-au-Prince who had killed two officers last month.",
    "Insurgents killed a farmer accused of being a police informer near Kunduz.",
])
def test_forces_not_among_the_victims_leave_it_one_sided(sentence):
    assert classify_event(sentence) == ("Violence against civilians", "Attack")


# -- those who answered the attack fought the attackers -----------------------------------
@pytest.mark.parametrize("sentence", [
    "Bandits attacked a village in Zamfara on Sunday. Vigilantes clashed with the bandits near the river.",
    "Cattle raiders attacked herders near Kapoeta. Local guards fought the raiders until dawn.",
    "Gunmen opened fire on a bus near Kidal. Soldiers engaged the gunmen outside the town.",
])
def test_defenders_fighting_the_attackers_make_a_battle(sentence):
    assert classify_event(sentence) == BATTLE


# -- communities fighting to the death are communal militias ------------------------------
@pytest.mark.parametrize("sentence", [
    "Fighting between two communities in Jonglei left six people dead.",
    "Youths of two rival communities clashed over a fishing pond in Plateau, and four of them died.",
    "Three people died when two neighbouring communities fought over a boundary in Ebonyi.",
    "Clashes between two communities over a fishing ground in Bayelsa left two men dead.",
])
def test_deadly_fights_between_communities_are_battles(sentence):
    assert classify_event(sentence) == BATTLE


@pytest.mark.parametrize("sentence", [
    # no deaths, no homes burned: a brawl of neighbours stays mob violence
    "Youths of rival communities fought with sticks after a football match in Bamenda.",
    "Fishermen of two neighbouring communities clashed about nets on the shore of Lake Chad.",
    "Two neighbouring villages clashed over a farmland boundary in Sindh, injuring five.",
])
def test_fights_between_communities_without_deaths_stay_mob_violence(sentence):
    assert classify_event(sentence) == ("Riots", "Mob violence")


# -- attackers driven back by those who answered them ------------------------------------
@pytest.mark.parametrize("sentence", [
    "Gunmen attacked two villages near Mandera. Soldiers pushed back the gunmen after an hour.",
    "Armed raiders stormed a cattle post near Moroto; the herders drove back the raiders.",
    "Bandits raided a hamlet in Katsina. Vigilantes forced back the bandits towards the forest.",
])
def test_attackers_driven_back_make_a_battle(sentence):
    assert classify_event(sentence) == BATTLE


# -- the forces shooting their own comrades ----------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Policemen in Quetta opened fire on their own colleagues after a dispute over pay.",
    "A police sergeant in Lahore shot his colleague after a quarrel over duty rosters.",
    "Two policemen in Jos shot dead their superior after an argument.",
])
def test_forces_shooting_their_comrades_fight_a_battle(sentence):
    assert classify_event(sentence) == BATTLE


def test_a_civilians_colleague_is_no_comrade_of_the_police():
    assert classify_event("Police shot dead a shopkeeper and his colleague in Lagos during a raid.") == (
        "Violence against civilians", "Attack")


# -- an armed organisation named by what it is -------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Police in Karachi shot dead two members of a terrorist cell.",
    "Gendarmes killed the leader of an armed group near Kidal.",
    "Police in Guayaquil shot dead three men said to belong to a criminal network.",
])
def test_forces_killing_members_of_an_armed_organisation_fight_a_battle(sentence):
    assert classify_event(sentence) == BATTLE


# -- fire exchanged around a bombing or a grenade ----------------------------------------
@pytest.mark.parametrize("sentence", [
    "A roadside bomb struck a convoy near Kunduz, and a gun battle followed between the troops and the Taliban.",
    "Insurgents hurled grenades at a police post in Manipur. The police then opened fire on the attackers.",
    "Soldiers clashed with fighters burying a landmine beside the Gao highway.",
])
def test_fire_exchanged_around_a_blast_makes_a_battle(sentence):
    assert classify_event(sentence) == BATTLE


@pytest.mark.parametrize("sentence", [
    "A bomb exploded at a market in Maiduguri, near the site of an earlier clash between vigilantes.",
    "A roadside bomb killed four soldiers near Gao.",
    "A grenade thrown into a bar in Bujumbura wounded six drinkers.",
])
def test_blasts_nobody_answered_stay_remote_violence(sentence):
    assert classify_event(sentence)[0] == "Explosions/Remote violence"


# -- an ambush on travellers' vehicles is one-sided ---------------------------------------
@pytest.mark.parametrize("sentence", [
    "Armed men ambushed a minibus outside Kidal and killed two passengers.",
    "Bandits ambushed a minibus on the Kaduna road. They robbed and shot three passengers.",
    "Militants ambushed a truck near Beledweyne, killing four civilians.",
])
def test_an_ambush_on_travellers_is_violence_against_civilians(sentence):
    assert classify_event(sentence) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("sentence", [
    "Militants ambushed a truck near Beledweyne, killing four soldiers.",
    "Rebels ambushed a convoy of soldiers near Beni.",
    "Armed men ambushed a minibus outside Kidal; its escort returned fire and two passengers died.",
])
def test_an_ambush_on_armed_men_or_answered_stays_a_battle(sentence):
    assert classify_event(sentence) == BATTLE


# -- named peoples fighting to the death are identity militias ---------------------------
@pytest.mark.parametrize("sentence", [
    "Three men died when Dinka and Nuer groups clashed over cattle near Bor.",
    "Rival Fulani groups fought over a grazing corridor in Plateau, leaving two dead.",
    "A farmer and his son died in fighting between Hema and Lendu groups near Bunia.",
])
def test_deadly_fights_between_named_peoples_are_battles(sentence):
    assert classify_event(sentence) == BATTLE


@pytest.mark.parametrize("sentence", [
    "Rival Fulani groups fought over a grazing corridor in Plateau.",
    "Awami League and BNP groups clashed in Feni, leaving one dead.",
])
def test_peoples_without_deaths_or_party_factions_stay_mob_violence(sentence):
    assert classify_event(sentence) == ("Riots", "Mob violence")
