"""Event typing, round 4 (issue 13): families of ACLED's codebook read from who did what to
whom, each with sentences written for this test (wire style and ACLED-note style, from
conflicts and protests world-wide), and a world-wide probe of all six event types whose
cases pass today, so a later change cannot silently break them.

The codebook's logic these tests hold:
- demonstrators who destroy, burn, loot, storm or hurt make a violent demonstration (a
  riot), whatever the tense, and also when they are named only as a passive's agent; how a
  crowd protested ("by setting fire to …", ", burning tyres") is its conduct, not its
  grievance;
- a peaceful demonstration said so ("no reports of violence"), symbols burnt (effigies,
  flags, coffins) and streets "stormed" by marchers stay protests;
- shots fired into the air warn a crowd and hit no one: no attack;
- violence "between" two armed sides is an armed clash, between the police and a crowd
  a riot;
- the state's forces named as victims before a bare participle ("Police constable shot
  dead while guarding a bank") were attacked: a battle.
"""

import pytest

from geo.incidents.background import background_spans
from geo.incidents.events import classify_event
from geo.taxonomy import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC, VAC


def _type(text: str) -> str | None:
    kind = classify_event(text)
    return kind[0] if kind else None


# -- how a crowd protested is its conduct, not what it protests
@pytest.mark.parametrize("text", [
    "Hundreds of farmers in Amritsar protested against the new procurement rules by setting fire to a toll booth on the highway.",
    "Students of a college in Hyderabad, Sindh, protesting a fee rise, burn the principal's office and a bus.",
    "On 2 October 2022, residents of Les Cayes (Sud) protested against fuel prices and torched the customs office. [size=no report]",
    "Taxi drivers in La Paz demonstrated over fuel shortages by lighting fires at major junctions on Monday.",
    "Mourners protested the death of a teenager in custody, blocking the road to Tripoli with burning tyres.",
])
def test_the_crowds_own_act_after_its_grievance_makes_a_riot(text):
    assert _type(text) == RIOTS


def test_the_grievance_ends_where_the_crowds_act_begins():
    text = "Traders protested against new levies by setting fire to the market office."
    (start, end), = background_spans(text)
    assert text[start:end].strip() == "new levies"


# -- the crowd's violence in any tense, as a passive's agent, or a crowd called unruly
@pytest.mark.parametrize("text", [
    "Protesters in Kirkuk destroy the office of the electoral commission after the results were announced.",
    "A district official was beaten by demonstrators outside the town hall in Kumasi on Tuesday during a protest over a land sale.",
    "Police used tear gas on Monday to disperse an unruly crowd of traders protesting against the relocation of a market in Lusaka.",
    "On 9 March 2024, supporters of a defeated candidate demonstrated in Kananga (Kasai-Central) and looted the offices of the "
    "election commission. [size=no report]",
    "Youths protesting power cuts in Karachi's Orangi Town ransack a K-Electric office on Wednesday.",
])
def test_demonstrators_who_wreck_or_hurt_riot(text):
    assert classify_event(text) == (RIOTS, "Violent demonstration")


# -- peaceful, said so; symbols burnt; streets "stormed" by marchers
@pytest.mark.parametrize("text", [
    "Demonstrators torched coffins outside parliament in Kampala on Thursday to protest lawmakers' pay rises.",
    "Thousands of opposition supporters marched through Lusaka on Saturday, with no violence or clashes reported.",
    "Protesters burned flags of the United States outside the embassy in Baghdad on Friday.",
    "Demonstrators burned an effigy of the governor in Kano on Friday to protest fuel prices.",
    "Thousands stormed the streets of Caracas on Saturday waving flags and demanding the release of political prisoners.",
    "Traders staged a sit-in outside the town hall in Kumasi, demanding punishment for those involved in looting their stalls.",
    "Supporters of the new president took to the streets of Monrovia to celebrate; the gatherings were devoid of clashes or running battles.",
])
def test_peaceful_demonstrations_stay_protests(text):
    assert _type(text) == PROTESTS


# -- warning shots hit no one
@pytest.mark.parametrize("text, expected", [
    ("Police in Lahore fired into the air on election day to disperse a rowdy crowd outside a polling station.", RIOTS),
    ("Soldiers fired warning shots into the air to disperse hundreds of protesters in Mandalay on Friday.", PROTESTS),
    ("Gendarmes fired shots in the air as a crowd of traders protesting new taxes gathered outside the prefecture in Bamako.", PROTESTS),
])
def test_shots_into_the_air_are_no_attack(text, expected):
    assert _type(text) == expected


def test_shots_at_people_still_are():
    assert _type("Soldiers fired on a crowd of villagers in Kachin State on Friday, killing three.") == VAC


# -- violence between two sides
@pytest.mark.parametrize("text, expected", [
    ("Violence between Dinka and Nuer militias in Jonglei left 12 people dead on Sunday.", BATTLES),
    ("Violence between rival factions of the Arakan Army and the Myanmar military in Kyauktaw killed four soldiers.", BATTLES),
    ("Violence between police and supporters of the opposition in Conakry left two people injured on Thursday.", RIOTS),
])
def test_violence_between_two_sides(text, expected):
    assert _type(text) == expected


def test_violence_feared_between_two_sides_is_none():
    text = "Diplomats warned of a new round of violence between Armenia and Azerbaijan after the talks in Brussels collapsed."
    assert classify_event(text) is None


# -- armed attackers who kill and then burn: the subject of the first act decides
@pytest.mark.parametrize("text", [
    "The raiders, armed with rifles and machetes, struck before dawn, killing people in their homes and setting fire to houses.",
    "Gunmen on motorcycles stormed the village of Solhan, killing residents and burning the market.",
    "ADF militia raid a village near Oicha, killing nine people and setting huts ablaze.",
])
def test_armed_attackers_who_kill_and_burn_attack_civilians(text):
    assert classify_event(text) == (VAC, "Attack")


# -- the state's forces as victims told headline-style
@pytest.mark.parametrize("text, expected", [
    ("Police constable shot dead while patrolling market in Bannu; attackers unknown.", BATTLES),
    ("Soldier killed near the border with Afghanistan in North Waziristan; militants blamed.", BATTLES),
    ("Police constable shot dead while guarding a school in Gao.", BATTLES),
    ("Gunmen shot and killed a police officer in Culiacan on Sunday.", BATTLES),
    # active voice: the police acted
    ("Police shot and killed a robbery suspect in Manila on Sunday.", VAC),
])
def test_state_forces_named_before_a_bare_participle_were_attacked(text, expected):
    assert _type(text) == expected


# -- a world-wide probe of the six types (ACLED-note and wire style): all pass today
PROBE = [
    # Riots
    ("On 4 June 2023, supporters of the opposition protested the arrest of their leader in Dakar (Dakar). Demonstrators threw "
     "stones at police and set a supermarket on fire. [size=hundreds]", RIOTS, "Violent demonstration"),
    ("Hundreds of residents demonstrated in Kirkuk on Sunday against power cuts, blocking the main road with burning tyres; "
     "police fired tear gas.", RIOTS, "Violent demonstration"),
    ("Protesters stormed the provincial council building in Basra on Tuesday over unpaid salaries, breaking windows before "
     "security forces pushed them back.", RIOTS, "Violent demonstration"),
    ("On 12 July 2021, rioters looted shops and burned a warehouse in Durban (eThekwini, KwaZulu-Natal) during unrest "
     "following the jailing of Jacob Zuma.", RIOTS, "Violent demonstration"),
    ("Villagers angry over a road death blocked the highway near Lahore on Friday and pelted passing vehicles with stones.",
     RIOTS, "Violent demonstration"),
    ("Demonstrators in Port-au-Prince erected barricades and attacked a police station on Monday, demanding the prime "
     "minister's resignation.", RIOTS, "Violent demonstration"),
    ("Students protesting fee hikes in Ibadan clashed with police on Wednesday; several officers were injured by stones.",
     RIOTS, "Violent demonstration"),
    ("A mob lynched a man accused of blasphemy in Sialkot on Friday and set his body on fire.", RIOTS, "Mob violence"),
    ("On 3 March 2024, a crowd beat to death a suspected motorbike thief in Goma (Nord-Kivu). 1 fatality.", RIOTS, "Mob violence"),
    ("Villagers in Jharkhand's Gumla district beat two men to death on Sunday on suspicion of cattle theft.", RIOTS, "Mob violence"),
    ("Supporters of two rival candidates fought with sticks and stones in a village near Multan on election day, injuring "
     "15 people.", RIOTS, "Mob violence"),
    # Protests
    ("Thousands of people marched peacefully through Tbilisi on Saturday against a draft law on foreign agents.",
     PROTESTS, "Peaceful protest"),
    ("On 18 October 2019, students staged a sit-in outside the governorate building in Nasiriyah (Dhi Qar) demanding jobs. "
     "[size=around 200]", PROTESTS, "Peaceful protest"),
    ("Police used tear gas and water cannon to disperse hundreds of teachers rallying in Lima on Tuesday over pay.",
     PROTESTS, "Protest with intervention"),
    ("Security forces opened fire on protesters in Mandalay on Saturday, killing two demonstrators.",
     PROTESTS, "Excessive force against protesters"),
    ("Doctors held a demonstration in front of the health ministry in Khartoum on Monday; police arrested five of them.",
     PROTESTS, "Protest with intervention"),
    # Battles
    ("On 14 August 2023, JNIM militants attacked a Malian army post in Boni (Douentza, Mopti). The soldiers repelled the "
     "attack. 4 soldiers and 9 militants were killed.", BATTLES, "Armed clash"),
    ("Al-Shabaab fighters attacked an AMISOM base near Baidoa on Thursday, sparking a two-hour gunfight.", BATTLES, "Armed clash"),
    ("Members of the Jalisco New Generation Cartel and the Sinaloa Cartel engaged in a shootout in Frontera Comalapa, "
     "Chiapas, leaving six gunmen dead.", BATTLES, "Armed clash"),
    ("ELN guerrillas and FARC dissidents fought in rural Arauca on Tuesday, killing at least nine combatants.", BATTLES, "Armed clash"),
    ("Fano militiamen attacked Ethiopian National Defence Force troops in Debre Markos on Monday; heavy gunfire was heard "
     "for hours.", BATTLES, "Armed clash"),
    ("Gang members of Viv Ansanm attacked a police station in Mirebalais, killing two officers.", BATTLES, "Armed clash"),
    ("On 21 May 2022, ISWAP fighters ambushed a convoy of Nigerian soldiers near Damboa (Borno). 7 soldiers were killed.",
     BATTLES, "Armed clash"),
    ("Unidentified gunmen killed a police officer at a checkpoint in Peshawar on Wednesday.", BATTLES, "Armed clash"),
    ("Rival clan militias clashed over grazing land near Galkayo on Sunday, leaving 11 dead.", BATTLES, "Armed clash"),
    ("Dozo hunters fought Islamist militants near Djenne, killing several of them.", BATTLES, "Armed clash"),
    ("Ukrainian troops repelled a Russian assault near Avdiivka on Friday, the general staff said.", BATTLES, "Armed clash"),
    ("A soldier was killed and two wounded when Naxal rebels opened fire on a CRPF patrol in Bijapur, Chhattisgarh.",
     BATTLES, "Armed clash"),
    ("Unknown gunmen shot and wounded two police constables at a checkpoint in Quetta on Tuesday.", BATTLES, "Armed clash"),
    ("Bandits attacked a police outpost in Tsafe, Zamfara, killing two officers.", BATTLES, "Armed clash"),
    ("Militants ambushed an army vehicle in Lakki Marwat, leaving three soldiers dead.", BATTLES, "Armed clash"),
    # Violence against civilians
    ("Gunmen on motorbikes killed 14 villagers in an attack on Kadiogo village in Burkina Faso on Sunday.", VAC, "Attack"),
    ("On 7 February 2024, RSF fighters killed 20 civilians in Wad Madani (Al Jazirah). 20 fatalities.", VAC, "Attack"),
    ("ADF rebels hacked to death 11 farmers in their fields near Beni on Tuesday.", VAC, "Attack"),
    ("Soldiers shot dead a fuel vendor at a checkpoint in Sittwe, Rakhine State, on Friday.", VAC, "Attack"),
    ("Police in Manila shot dead a suspected drug dealer during an operation on Monday.", VAC, "Attack"),
    ("Unknown gunmen shot dead a journalist outside his home in Tijuana on Sunday.", VAC, "Attack"),
    ("Gunmen abducted 30 students from a school in Kuriga, Kaduna state, on Thursday.", VAC, "Abduction/forced disappearance"),
    ("Israeli settlers attacked Palestinian farmers near Nablus, injuring three.", VAC, "Attack"),
    ("A group of armed Fulani herders attacked farmers in Benue state on Saturday, killing seven.", VAC, "Attack"),
    ("An off-duty police officer was shot dead by gunmen while shopping in Kandahar on Tuesday.", VAC, "Attack"),
    ("Taliban fighters flogged two men publicly in Ghazni province on Wednesday.", VAC, "Attack"),
    ("Wagner Group personnel and Malian soldiers executed dozens of civilians in Moura.", VAC, "Attack"),
    # Strategic developments, remote violence
    ("On 2 June 2023, police arrested 15 members of an opposition party in Harare (Harare). [size=no report]", STRATEGIC, "Arrests"),
    ("Ukrainian forces shot down 12 Russian drones over Kyiv region overnight. No damage was reported.",
     STRATEGIC, "Disrupted weapons use"),
    ("The army deployed additional troops to Kidal on Monday after reports of militant movements.", STRATEGIC, "Other"),
    ("Houthi forces launched a missile at a commercial ship in the Red Sea on Tuesday; it missed.",
     EXPLOSIONS, "Shelling/artillery/missile attack"),
]


@pytest.mark.parametrize("text, event_type, sub_event_type", PROBE)
def test_world_probe(text, event_type, sub_event_type):
    assert classify_event(text) == (event_type, sub_event_type)


# -- refugees, inmates and journalists are unarmed crowds when they clash; attacked, victims
@pytest.mark.parametrize("text, expected", [
    ("Inmates rioted at La Esperanza prison in Ecuador on Sunday, clashing with guards; five prisoners were killed.", RIOTS),
    ("Sudanese refugees and Chadian police clashed at a camp near Adre on Tuesday, leaving two refugees dead.", RIOTS),
    ("Prisoners clashed with wardens during a break-out attempt at a jail in Kinshasa on Monday.", RIOTS),
    ("Gunmen shot dead two journalists in Ciudad Juarez on Monday.", VAC),
    ("Soldiers assaulted journalists covering the funeral of a Palestinian fighter in Jenin on Friday.", VAC),
])
def test_unarmed_groups_who_clash_riot_and_when_attacked_are_victims(text, expected):
    assert _type(text) == expected


# -- a crowd's punishment: people accused of witchcraft, a suspect taken from the police
@pytest.mark.parametrize("text, expected", [
    ("A suspected kidnapper was pulled out of a police van by villagers and stoned to death in Bukavu on Monday.", RIOTS),
    ("A shopkeeper was dragged from his shop by residents and then hacked to death in Beni after a quarrel.", RIOTS),
    ("An elderly woman was killed over witchcraft claims in a village near Tamale on Monday.", RIOTS),
    ("Two elders were attacked over witchcraft allegations in Kasese district on Friday.", RIOTS),
    ("Guests at a wedding in Multan were roughed up by angry youths on Saturday; nobody was seriously hurt.", RIOTS),
    # an armed group's killing of the accused stays its attack
    ("Al-Shabaab militants executed a woman over witchcraft claims in Jilib on Monday.", VAC),
])
def test_mob_punishment_is_mob_violence(text, expected):
    assert _type(text) == expected


# -- schools, halls, places of worship burnt by armed men who hurt nobody: the destruction
# of property (ACLED's codebook), not an attack; "fighters" names who acted, no fighting
@pytest.mark.parametrize("text", [
    "Unidentified gunmen torched a school in Tillaberi region on Monday; nobody was hurt.",
    "Suspected JNIM militants burned a town hall in Djibo on Friday; no casualties were reported.",
    "Al-Shabaab fighters burned a mosque and a clinic in a village near Bardhere on Sunday. No one was hurt.",
])
def test_armed_men_who_burn_buildings_destroy_property(text):
    assert classify_event(text) == (STRATEGIC, "Looting/property destruction")



# -- demonstrations and brawls told in other words
@pytest.mark.parametrize("text, expected", [
    ("Thousands of Imran Khan's supporters poured into the streets of Rawalpindi on Friday after his arrest.",
     (PROTESTS, "Peaceful protest")),
    ("Opposition supporters held demos in Harare and Bulawayo on Saturday over the election results.", (PROTESTS, "Peaceful protest")),
    ("Police lobbed tear gas to disperse several hundred ruling party supporters outside the stadium in Kampala on Sunday.",
     (PROTESTS, "Protest with intervention")),
    ("Rival groups of students came to blows at a university campus in Lahore on Tuesday; five were hurt.", (RIOTS, "Mob violence")),
    ("A brawl between supporters of two candidates at a polling station in Bihar left six people injured.", (RIOTS, "Mob violence")),
    ("Herders from two Dinka sections fought over grazing land in Warrap on Sunday, leaving four dead.", (BATTLES, "Armed clash")),
    ("Gunmen sprayed the car of a local mayor in Michoacan with bullets on Friday night; he survived.", (VAC, "Attack")),
])
def test_events_told_in_other_words(text, expected):
    assert classify_event(text) == expected



# -- who was hit: the head noun, not a relative clause about it; soldiers on leave are civilians
@pytest.mark.parametrize("text, expected", [
    ("Army troops shot dead a man who failed to stop at a checkpoint in Rakhine State on Thursday.", VAC),
    ("Police shot dead a motorcyclist who drove past a roadblock near Kaduna on Sunday.", VAC),
    ("Unidentified gunmen shot dead a soldier who was on leave in his home village in Kasai on Sunday.", VAC),
    ("Militants killed a police officer guarding a polio vaccination team in Bajaur on Wednesday, police said.", BATTLES),
])
def test_the_victim_is_the_head_noun(text, expected):
    assert _type(text) == expected


# -- villagers who fight armed outlaws are an armed side, not a mob
@pytest.mark.parametrize("text, expected", [
    ("Villagers' self-defence group fought off bandits who attacked their village in Katsina, killing five of the attackers.", BATTLES),
    ("Residents took up arms and fought kidnappers who raided their village near Zaria on Sunday night.", BATTLES),
    # a party's dissidents are no rebels: their clash is a riot
    ("Members of the ruling party's youth wing clashed with rebel members of the wing at a rally in Lusaka on Saturday.", RIOTS),
])
def test_villagers_who_fight_armed_outlaws(text, expected):
    assert _type(text) == expected


# -- a second world-wide probe, wire reports and ACLED notes of other conflicts: all pass today
PROBE_WIRE = [
    ('KHARTOUM, Sudan (AP) — Sudanese security forces fired tear gas at thousands of protesters marching toward the presidential palace on Thursday, activists said. Protesters threw stones and burned tires.',
     RIOTS, 'Violent demonstration'),
    ('Angry residents in Kaduna set fire to a police station on Sunday after officers allegedly shot a motorcyclist at a checkpoint, police said.',
     RIOTS, 'Violent demonstration'),
    ("Supporters of former Prime Minister Imran Khan stormed the army's corps commander house in Lahore on Tuesday, setting it on fire.",
     RIOTS, 'Violent demonstration'),
    ('Hundreds of Haitians marched in Port-au-Prince on Monday demanding the resignation of the prime minister; the march was peaceful.',
     PROTESTS, 'Peaceful protest'),
    ('In Colombia, members of the Clan del Golfo clashed with army troops in rural Antioquia, leaving three soldiers dead, the defence ministry said.',
     BATTLES, 'Armed clash'),
    ('Two soldiers were killed when suspected ADF rebels attacked an army position near Beni in eastern Congo on Wednesday.',
     BATTLES, 'Armed clash'),
    ('Gunmen killed 12 worshippers at a mosque in a village in northern Burkina Faso on Friday, security sources said.',
     VAC, 'Attack'),
    ('Suspected Fulani militants attacked the village of Yelwata in Benue state overnight, killing dozens of residents.',
     VAC, 'Attack'),
    ('A Russian drone struck a bus in Kherson on Saturday, killing one passenger.',
     EXPLOSIONS, 'Air/drone strike'),
    ('Israeli troops shot dead a Palestinian man during a raid in the Jenin refugee camp on Tuesday, the health ministry said.',
     VAC, 'Attack'),
    ('Pakistani security forces killed six militants in a shootout in North Waziristan on Sunday, the military said.',
     BATTLES, 'Armed clash'),
    ('Police in Lima fired tear gas at demonstrators who hurled rocks and fireworks near Congress on Thursday.',
     RIOTS, 'Violent demonstration'),
    ('On 14 May 2024, residents of Nouméa (Sud) rioted, burning businesses and cars and looting shops after the vote on electoral reform. [size=hundreds]',
     RIOTS, 'Violent demonstration'),
    ('On 22 April 2023, a mob in Port-au-Prince (Ouest) stoned and burned to death 13 suspected gang members. 13 fatalities.',
     RIOTS, 'Mob violence'),
    ('On 11 June 2023, Mexican National Guard troops exchanged fire with presumed cartel gunmen in Apatzingan (Michoacan). 2 gunmen were killed.',
     BATTLES, 'Armed clash'),
    ('On 3 August 2023, unidentified gunmen shot and killed a municipal councilor in Acapulco (Guerrero). 1 fatality.',
     VAC, 'Attack'),
    ('On 18 January 2024, Indian security forces and Maoists exchanged fire in a forest near Sukma (Chhattisgarh). No casualties reported.',
     BATTLES, 'Armed clash'),
    ('On 5 September 2023, Manipur police fired tear gas at a crowd of women who tried to breach a barricade in Bishnupur (Manipur). Several were injured.',
     RIOTS, 'Violent demonstration'),
    ('On 7 March 2024, teachers held a sit-in outside the education ministry in Baghdad (Baghdad) demanding permanent contracts. [size=dozens]',
     PROTESTS, 'Peaceful protest'),
    ('On 9 October 2023, Hamas militants clashed with Israeli forces in Sderot. Several soldiers and militants were killed.',
     BATTLES, 'Armed clash'),
    ('On 15 April 2023, RSF and SAF fighters clashed at the presidential palace in Khartoum (Khartoum). Fatalities unknown.',
     BATTLES, 'Armed clash'),
    ('On 2 July 2023, youths in Nanterre (Hauts-de-Seine) torched cars and threw fireworks at police for a sixth night after the killing of a teenager. [size=no report]',
     RIOTS, 'Violent demonstration'),
    ('On 10 May 2023, PTI supporters clashed with police in Peshawar after the arrest of Imran Khan; 4 protesters were killed. [size=thousands]',
     RIOTS, 'Violent demonstration'),
    ("Militants attacked a checkpoint in Balochistan's Kech district on Friday, killing four Frontier Corps personnel, the army said.",
     BATTLES, 'Armed clash'),
    ('A landmine planted by suspected Houthi fighters killed two children in Taiz on Monday.',
     EXPLOSIONS, 'Remote explosive/landmine/IED'),
    ('Armed men abducted 15 passengers from a bus on the Kaduna-Abuja highway on Thursday.',
     VAC, 'Abduction/forced disappearance'),
    ('Myanmar junta troops torched more than 100 houses in a village in Sagaing region, residents said. No one was reported killed.',
     STRATEGIC, 'Looting/property destruction'),
    ('Al-Shabaab militants publicly executed a man accused of spying for the government in Jilib on Saturday.',
     VAC, 'Attack'),
    ('Vigilantes lynched two suspected kidnappers in a village near Puebla on Sunday.',
     RIOTS, 'Mob violence'),
]


PROBE_WIRE += [
    ("On 4 March 2024, the Sudanese army sent reinforcements to El Fasher (North Darfur). [no fatalities]", STRATEGIC, "Other"),
    ("M23 rebels withdrew from the town of Kibumba on Friday and handed it over to East African Community troops without a fight.",
     STRATEGIC, "Non-violent transfer of territory"),
    ("The Houthis and the Saudi-led coalition agreed to a truce in Hodeidah on Tuesday, UN envoy said.", STRATEGIC, "Agreement"),
    ("Haitian police arrested 12 members of the 400 Mawozo gang in Croix-des-Bouquets on Monday.", STRATEGIC, "Arrests"),
    ("On 8 August 2023, JNIM militants looted cattle and burned granaries in a village near Bandiagara (Mopti). No casualties "
     "reported.", STRATEGIC, "Looting/property destruction"),
    ("Ukrainian air defence intercepted 20 Russian drones over Odesa region overnight, with no damage reported.",
     STRATEGIC, "Disrupted weapons use"),
    ("Pakistani troops set up a new base in the Tirah valley of Khyber district on Saturday.",
     STRATEGIC, "Headquarters or base established"),
    ("Islamic State militants took control of the town of Mocimboa da Praia after the army withdrew.",
     STRATEGIC, "Non-violent transfer of territory"),
]


@pytest.mark.parametrize("text, event_type, sub_event_type", PROBE_WIRE)
def test_world_probe_wire(text, event_type, sub_event_type):
    assert classify_event(text) == (event_type, sub_event_type)
