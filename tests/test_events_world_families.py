"""Rule families found by the world-wide probe (issue 13), three sentences each, written
for these tests, with a near miss each family must leave alone. The codebook reading each
encodes is named in its test."""

import pytest

from geo.incidents.events import classify_event
from geo.incidents.fatalities import count_fatalities
from geo.taxonomy import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC, VAC


def _kind(text: str) -> tuple[str, str]:
    kind = classify_event(text)
    assert kind is not None, text
    return kind


# -- fatalities ------------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("Twenty-three civilians were killed when a missile hit a shopping centre in Kremenchuk.", 23),
    ("Thirty-one people died in the fighting around Bhamo.", 31),
    ("Gunmen killed forty five villagers in a raid on a hamlet near Mopti.", 45),
])
def test_a_tens_and_unit_number_in_words_is_one_number(text, n):
    # not the range "twenty to three", read as its lowest figure
    assert count_fatalities([text]) == n


def test_a_real_range_in_words_still_gives_its_lowest_figure():
    assert count_fatalities(["Between twenty and thirty fighters were killed near Marib."]) == 20


@pytest.mark.parametrize("text, n", [
    ("The death toll from Sunday's bombing of a mosque in Peshawar rose to 84, officials said.", 84),
    ("The wounded guard later died in hospital, raising the toll of Monday's attack in Quetta to three.", 3),
    ("A second soldier died of his wounds, bringing the death toll of the ambush near Tessit to seven.", 7),
])
def test_a_risen_death_toll_is_the_total(text, n):
    assert count_fatalities([text]) == n


@pytest.mark.parametrize("text, n", [
    ("A suicide bomber killed himself and four policemen at a checkpoint in Mogadishu.", 5),
    ("The attacker killed himself and two worshippers at a mosque in Kunduz.", 3),
    ("A militant blew up his vest, killing himself and six soldiers near Bannu.", 7),
])
def test_the_attackers_own_death_is_counted(text, n):
    assert count_fatalities([text]) == n


def test_a_suicide_told_of_a_victim_is_no_fatality_of_the_event():
    assert count_fatalities(["Students protested over the death of a classmate who recorded a message before killing herself."]) == 0


@pytest.mark.parametrize("text, n", [
    ("Suspected cartel gunmen killed a family of five in their home in Guanajuato.", 5),
    ("Militiamen massacred a family of seven near Bunia.", 7),
    ("A drone strike killed a family of four in Khan Younis.", 4),
])
def test_a_family_of_n_counts_its_members(text, n):
    assert count_fatalities([text]) == n


@pytest.mark.parametrize("text, n", [
    ("An angry crowd beat a man accused of witchcraft to death in Mogadishu.", 1),
    ("A crowd in Sindh province burned alive a man accused of blasphemy.", 1),
    ("Villagers stoned two men suspected of stealing goats to death near Jos.", 2),
])
def test_a_longer_victim_phrase_before_to_death_or_after_burned_alive(text, n):
    assert count_fatalities([text]) == n


# -- strategic developments ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Russian air defence intercepted 12 Ukrainian drones over Belgorod overnight.",
    "Ukrainian air defence shot down 25 Shahed drones over the Kyiv region.",
    "The Israeli army said it intercepted a rocket fired from Gaza toward Sderot.",
])
def test_weapons_brought_down_before_they_struck_are_disrupted(text):
    assert _kind(text) == (STRATEGIC, "Disrupted weapons use")


def test_a_missile_that_struck_stays_a_missile_attack():
    assert _kind("A Russian missile struck a residential building in Odesa, killing three.") == (
        EXPLOSIONS, "Shelling/artillery/missile attack")


@pytest.mark.parametrize("text", [
    "Al-Shabaab militants established a new base in a village in Lower Shabelle.",
    "The rebels set up a training camp near the border with Uganda.",
    "ISWAP fighters built a permanent base on an island of Lake Chad.",
])
def test_a_new_base_of_an_armed_group(text):
    assert _kind(text) == (STRATEGIC, "Headquarters or base established")


def test_camps_for_the_displaced_are_no_base():
    assert classify_event("Aid agencies built new camps for displaced families near Goma.") != (
        STRATEGIC, "Headquarters or base established")


@pytest.mark.parametrize("text", [
    "Russia and Ukraine agreed a prisoner exchange on Friday.",
    "The army and the rebels swapped 40 prisoners of war near the front line.",
    "The two militias agreed to a humanitarian pause in the city.",
])
def test_exchanges_and_agreed_truces_are_agreements(text):
    assert _kind(text) == (STRATEGIC, "Agreement")


@pytest.mark.parametrize("text", [
    "Wagner forces withdrew from Bakhmut and handed their positions to the regular army without fighting.",
    "Al-Shabaab took control of Mahaas after Ethiopian troops left, without a fight.",
    "The militia pulled out of the town and the army moved in with no clashes reported.",
])
def test_territory_handed_over_without_fighting(text):
    assert _kind(text) == (STRATEGIC, "Non-violent transfer of territory")


def test_territory_taken_in_fighting_stays_a_battle():
    assert _kind("M23 rebels captured the town of Rubaya after heavy fighting with the army.")[0] == BATTLES


# -- battles, explosions, violence against civilians -----------------------------------

@pytest.mark.parametrize("text", [
    "Houthi fighters and government forces shelled each other's positions in Hays district.",
    "The two armies fired artillery at one another across the border.",
    "Rival rebel factions fired mortars at each other in the camp.",
])
def test_sides_firing_at_each_other_fight(text):
    assert _kind(text) == (BATTLES, "Armed clash")


@pytest.mark.parametrize("text", [
    "Syrian forces were accused of using chlorine gas in an attack on Douma.",
    "A chemical attack on the town killed dozens of residents.",
    "Inspectors confirmed sarin gas was used against the village.",
])
def test_chemical_agents_as_weapons(text):
    assert _kind(text) == (EXPLOSIONS, "Chemical weapon")


def test_tear_gas_on_a_crowd_is_no_chemical_weapon():
    assert _kind("Police fired tear gas at protesters in Lima.")[0] == PROTESTS


@pytest.mark.parametrize("text", [
    "The bodies of five men were found near Tillaberi, two days after jihadists abducted them.",
    "Bodies of three farmers were found in a ditch near Konna after an attack by militants.",
    "The body of a teacher was found near Gao on Monday, after rebels had taken him.",
])
def test_bodies_found_are_an_attack(text):
    assert _kind(text) == (VAC, "Attack")


def test_bodies_of_soldiers_found_are_a_battle():
    assert _kind("The bodies of two soldiers were found near the outpost after the militants withdrew.")[0] == BATTLES


@pytest.mark.parametrize("text", [
    "A Pakistani army captain was assassinated by TTP militants in Dera Ismail Khan.",
    "An army colonel was gunned down by gunmen outside his home in Bamako.",
    "A police sergeant was shot dead by suspected militants in Kulgam.",
])
def test_officers_by_rank_hit_make_a_battle(text):
    assert _kind(text)[0] == BATTLES


def test_an_off_duty_officer_stays_a_civilian_target():
    assert _kind("An off-duty policeman was shot dead by gunmen at a market in Kirkuk.") == (VAC, "Attack")


@pytest.mark.parametrize("text", [
    "A gang set fire to houses in Mirebalais and shot dead three residents.",
    "Cartel gunmen torched a bus and killed its driver in Sinaloa.",
    "Gangsters burned a police station and killed two guards in Port-au-Prince.",
])
def test_arson_by_armed_gangs_is_no_demonstration(text):
    assert _kind(text)[0] in (VAC, BATTLES)


@pytest.mark.parametrize("text", [
    "Russian forces dropped guided aerial bombs on Vovchansk, killing an elderly man.",
    "Government aircraft dropped barrel bombs on a market in the rebel-held town.",
    "Glide bombs hit the outskirts of Kharkiv overnight.",
])
def test_bombs_dropped_from_the_air_are_air_strikes(text):
    assert _kind(text) == (EXPLOSIONS, "Air/drone strike")


@pytest.mark.parametrize("text", [
    "A man was killed when a mine planted on a rural road exploded under his motorcycle near Tal Afar.",
    "A device hidden in a cart went off in the market of Kabul, wounding six.",
    "Two herders died when a landmine buried near a well exploded north of Kidal.",
])
def test_a_planted_device_that_went_off_is_an_ied(text):
    assert _kind(text) == (EXPLOSIONS, "Remote explosive/landmine/IED")


@pytest.mark.parametrize("text", [
    "Fulani militia attacked farmers in Kajuru, killing two people and abducting four.",
    "Jihadists kidnapped a village chief near Djibo and killed his two sons.",
    "Gunmen abducted and killed a lawyer in Culiacan.",
])
def test_an_abduction_with_deaths_is_an_attack(text):
    assert _kind(text) == (VAC, "Attack")


def test_an_abduction_without_deaths_stays_an_abduction():
    assert _kind("Armed men kidnapped a priest and his driver in Kaduna State.") == (VAC, "Abduction/forced disappearance")


@pytest.mark.parametrize("sentences, n", [
    (["ISWAP fighters ambushed a convoy near Monguno, killing 5 soldiers.", "12 insurgents were also killed."], 17),
    (["A roadside bomb killed two soldiers in Kech district.", "A passer-by also died in the blast."], 3),
    (["Gunmen killed a trader in Zinder.", "His two sons were also shot dead."], 3),
])
def test_the_dead_a_later_sentence_says_are_also_killed_are_added(sentences, n):
    assert count_fatalities(sentences) == n


def test_a_later_sentence_giving_a_lower_figure_for_the_same_dead_is_not_added():
    assert count_fatalities(["Militants killed 12 soldiers near Menaka.", "Other sources said 9 soldiers were killed."]) == 9


@pytest.mark.parametrize("text, n", [
    ("Residents staged a protest against the killing of a young man by police; police fired live bullets, killing 2 protesters.", 2),
    ("Workers marched over the death of a colleague; security forces shot dead three of them.", 3),
    ("Students rallied against the murder of a classmate; police opened fire and killed one student.", 1),
])
def test_what_a_crowd_protests_ends_at_a_semicolon(text, n):
    assert count_fatalities([text], causes_excluded=True) == n
    assert _kind(text) == (PROTESTS, "Excessive force against protesters")


@pytest.mark.parametrize("text, n", [
    ("Two soldiers were martyred when terrorists opened fire on a security post in Khyber district.", 2),
    ("Three Indian soldiers lost their lives in an encounter with militants in Rajouri.", 3),
    ("The defence ministry said its forces eliminated 40 enemy servicemen near Avdiivka.", 40),
])
def test_deaths_in_the_words_other_wires_use(text, n):
    assert _kind(text)[0] == BATTLES
    assert count_fatalities([text]) == n


def test_martyrs_day_is_no_killing():
    assert classify_event("Party members laid wreaths at the monument on martyrs day.") is None


@pytest.mark.parametrize("text", [
    "Two policemen were wounded in an encounter with terrorists in Kupwara.",
    "Security forces killed a militant in a gun encounter in Shopian.",
    "An encounter between police and dacoits near Jhansi left one officer wounded.",
])
def test_an_encounter_with_armed_men_is_a_gunfight(text):
    assert _kind(text) == (BATTLES, "Armed clash")


@pytest.mark.parametrize("text", [
    "A HIMARS strike on a troop gathering in Donetsk region killed at least 20 soldiers.",
    "Russia launched Iskander missiles at an airfield near Myrhorod.",
    "Grad rockets hit the outskirts of Tripoli overnight.",
])
def test_rocket_and_missile_systems_named_are_shelling(text):
    assert _kind(text) == (EXPLOSIONS, "Shelling/artillery/missile attack")


@pytest.mark.parametrize("text, n", [
    ("An FPV drone hit an armoured vehicle near Tokmak, killing its crew of three.", 3),
    ("A shell struck a house in Ariha, killing a household of six.", 6),
    ("Gunmen killed a family of four on the road to Culiacan.", 4),
])
def test_a_crew_or_household_of_n_counts_its_members(text, n):
    assert count_fatalities([text]) == n


@pytest.mark.parametrize("text", [
    "Police used batons to break up a march of opposition activists in Baku and detained 40 people.",
    "Riot police broke up a march of teachers in Santiago.",
    "Gendarmes broke up a sit-in of students in Conakry.",
])
def test_a_march_the_forces_broke_up_is_a_demonstration(text):
    assert _kind(text) == (PROTESTS, "Protest with intervention")


@pytest.mark.parametrize("text", [
    "Israeli settlers uprooted olive trees and burned a car in the village of Huwara.",
    "Men of a rival family torched three houses in a village near Multan.",
    "Neighbours set fire to the home of a man they blamed for a theft in the town of Larkana.",
])
def test_destruction_with_no_demonstration_is_mob_violence(text):
    assert _kind(text) == (RIOTS, "Mob violence")


def test_destruction_by_demonstrators_stays_a_violent_demonstration():
    assert _kind("Protesters burned tyres and smashed shop windows in Dakar.") == (RIOTS, "Violent demonstration")


@pytest.mark.parametrize("text", [
    "Syrian government forces conducted a search operation in Daraa al-Balad without incident.",
    "The Iraqi army carried out a sweep of villages in the Hamrin mountains.",
    "Houthi forces imposed a siege on the town of Al Abdiyah, blocking food supplies.",
])
def test_searches_sweeps_and_sieges_without_a_fight_are_strategic(text):
    assert _kind(text) == (STRATEGIC, "Other")


def test_a_search_that_ends_in_a_gunfight_is_a_battle():
    assert _kind("During a search operation in Shopian, troops exchanged fire with militants, killing two.")[0] == BATTLES


@pytest.mark.parametrize("text", [
    "Al-Shabaab militants set up a checkpoint on the road to Burhakaba and collected taxes from drivers.",
    "JNIM fighters erected roadblocks around the town of Djibo.",
    "Gang members mounted checkpoints on the main road out of Port-au-Prince.",
])
def test_checkpoints_set_up_are_a_movement_not_territory_changing_hands(text):
    assert _kind(text) == (STRATEGIC, "Other")


@pytest.mark.parametrize("text", [
    "A group of 40 FDLR ex-combatants handed in their weapons to MONUSCO in Goma.",
    "Two hundred fighters of the militia laid down their arms in Bunia.",
    "Three hundred former rebels were disarmed and demobilised in Bambari.",
])
def test_arms_handed_in_change_a_group(text):
    assert _kind(text) == (STRATEGIC, "Change to group/activity")


@pytest.mark.parametrize("text, n", [
    ("Half a dozen soldiers were killed in the ambush near Palma.", 6),
    ("Two dozen villagers were massacred near Beni.", 24),
    ("Jets killed three dozen fighters near Marib.", 36),
])
def test_dozens_counted_in_words(text, n):
    assert count_fatalities([text]) == n


@pytest.mark.parametrize("text, n", [
    ("Both attackers were killed by the guards at the gate in Kabul.", 2),
    ("Gunmen killed both guards of the bank in Zinder.", 2),
    ("Militants killed up to 15 soldiers in the raid near Diffa.", 15),
])
def test_both_and_up_to(text, n):
    assert count_fatalities([text]) == n


def test_dead_on_both_sides_are_not_two():
    assert count_fatalities(["Nine fighters were killed on both sides."]) == 9


@pytest.mark.parametrize("text", [
    "Al-Shabaab militants extorted money from traders at a market in Jowhar.",
    "JNIM fighters ordered residents of two villages near Djibo to leave within 72 hours.",
    "Jihadists distributed leaflets warning women in Menaka to wear the veil.",
])
def test_an_armed_groups_rule_without_violence_is_strategic(text):
    assert _kind(text) == (STRATEGIC, "Other")


@pytest.mark.parametrize("text", [
    "Militants sabotaged an oil pipeline near Kirkuk, causing a fire.",
    "Rebels sabotaged a railway line north of Mandalay.",
    "Unknown men sabotaged power lines feeding the port of Aden.",
])
def test_sabotage_is_property_destruction(text):
    assert _kind(text) == (STRATEGIC, "Looting/property destruction")


@pytest.mark.parametrize("text", [
    "The wounded policeman later died in hospital, raising the toll of Monday's attack in Quetta to three.",
    "A soldier hurt in the ambush near Tessit died of his wounds on Tuesday.",
    "Two gendarmes succumbed to injuries from the attack on their post in Tahoua.",
])
def test_forces_who_die_of_their_wounds_were_hit_in_a_battle(text):
    assert _kind(text)[0] == BATTLES


@pytest.mark.parametrize("sentences, n", [
    (["Fulani herders killed 5 people in Kaura.", "Another 3 people died later in hospital."], 8),
    (["A car bomb killed 12 people in Mogadishu.", "A further two victims died overnight."], 14),
    (["Shelling killed four civilians in Ariha.", "An additional 2 people died of their wounds."], 6),
])
def test_a_further_count_adds_to_the_first(sentences, n):
    assert count_fatalities(sentences) == n


@pytest.mark.parametrize("sentences, n", [
    (["Three workers were killed by an IED near Kismayo.", "Another source reported dozens of fatalities."], 3),
    (["A mob lynched a man in Cap-Haitien.", "Another suspected thief was killed there days earlier."], 1),
])
def test_another_source_or_another_event_adds_nothing(sentences, n):
    assert count_fatalities(sentences) == n
