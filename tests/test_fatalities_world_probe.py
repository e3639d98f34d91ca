"""Fatalities, a world-wide probe (issue 13): ACLED-note and wire-style reports written for
this test from general knowledge of today's conflicts (no place, name or wording from the
evaluation files), each with the figure ACLED's codebook gives: the conservative (lowest)
reported figure, the deaths of the event only (attackers included), 0 when none is
reported, "dozens" 12. Every case passes; a change that breaks one changes how reports
from regions we never tuned on are counted. The rule families have their own tests, with
near misses, in test_fatalities_families.py."""

import pytest

from geo.incidents.fatalities import count_fatalities
from geo.incidents.sentences import split_sentences

PROBE = [
    # 1 ACLED-note style, explicit
    ("On 3 March 2023, Russian forces shelled Kherson city (Khersonskyi, Kherson). 2 civilians were killed and 5 injured. [size=no report]", 2),
    ("On 14 June 2022, JNIM militants attacked a gendarmerie post in Djibo (Soum, Sahel). 11 gendarmes were killed. [size=no report]", 11),
    ("On 2 August 2021, Houthi forces fired a missile at a market in Marib city (Marib). 4 civilians, including 2 children, were killed. [size=no report]", 4),
    ("On 9 May 2023, clashes between the RSF and the Sudanese Armed Forces took place in El Obeid (North Kordofan). Fatalities unknown. [size=no report]", 0),
    ("On 21 January 2024, unidentified gunmen shot and killed a trader in Culiacan (Sinaloa). [size=no report]", 1),
    ("On 5 April 2022, Taliban forces arrested three former soldiers in Kandahar city (Kandahar). [size=no report]", 0),
    ("On 17 October 2023, an Israeli air strike hit a house in Khan Younis (Gaza Strip). 12 people were killed, including 5 children. [size=no report]", 12),
    ("On 11 February 2023, al Shabaab militants ambushed a Somali army convoy near Jowhar (Middle Shabelle). 7 soldiers and 3 militants were killed. [size=no report]", 10),
    # 2 adverbials/dates between the auxiliary and the verb (passive)
    ("A Syrian army officer was on Tuesday evening shot dead by gunmen in Daraa.", 1),
    ("A village chief in Ituri was overnight hacked to death by ADF fighters.", 1),
    ("Two policemen were early on Sunday killed in an ambush near Zamfara's Gusau.", 2),
    ("A cleric in Peshawar was on Friday gunned down outside a mosque.", 1),
    # 3 "along with / together with" companions
    ("A Haitian police inspector was shot dead in Croix-des-Bouquets along with his two bodyguards.", 3),
    ("Gunmen killed a local councilor in Guerrero together with his driver.", 2),
    ("A commander of the Popular Mobilization Forces was killed in a drone strike near Al-Qaim along with three of his aides.", 4),
    # 4 nominal killing: "the killing of N", "the deaths of N"
    ("ISWAP claimed responsibility for the killing of 14 soldiers at a base in Borno State.", 14),
    ("The army announced the deaths of six soldiers in a landmine blast near Mopti.", 6),
    ("Islamic State claimed the killing of two Syrian Democratic Forces members in Deir ez-Zor.", 2),
    # 5 people set on fire / burned (lynching) -- set alight means burnt to death
    ("A mob in Port-au-Prince set two alleged gang recruits on fire.", 2),
    ("Residents of a village near Bunia set a suspected thief alight.", 1),
    ("Vigilantes in Michoacan set ablaze three suspected kidnappers.", 3),
    # 6 death toll sentence with long span
    ("The death toll from Friday's bombing of a mosque in the Afghan city of Kunduz has risen to 46.", 46),
    ("The death toll in the attack on a market by Russian missiles in the eastern town of Kostiantynivka rose to 17.", 17),
    # 7 counts of wounded/arrested not deaths
    ("Police in Lahore arrested 40 protesters after clashes near the Punjab assembly.", 0),
    ("A grenade blast wounded twelve shoppers at a market in Imphal.", 0),
    ("Security forces wounded five protesters in Sanandaj on Sunday.", 0),
    # 8 "N including M"
    ("Twelve militants including two commanders were killed in an army operation in North Waziristan.", 12),
    ("At least 20 people, among them three children, died when a car bomb exploded in Mogadishu.", 20),
    # 9 numbers as words
    ("Thirty-two civilians were massacred by armed men in the village of Solhan.", 32),
    ("Fighting between Fano militia and the Ethiopian army in Gondar left twenty-one fighters dead.", 21),
    # 10 bodies found
    ("The bodies of five men were found in a ditch outside Zacatecas on Monday.", 5),
    ("Police recovered three bodies with gunshot wounds near Tijuana.", 3),
    # 11 later deaths
    ("A soldier wounded in a Houthi attack near Hodeidah died in hospital on Thursday.", 1),
    ("A protester shot by security forces in Khartoum later succumbed to his injuries.", 1),
    # 12 attackers killed too
    ("Two suicide bombers blew themselves up at a checkpoint in Maiduguri, killing four vigilantes.", 4),
    ("Soldiers repelled an attack on their base in Menaka, killing 15 assailants; two soldiers also died.", 17),
    # 13 victim pronoun objects / "N of them"
    ("Police opened fire on a crowd of demonstrators in Mandalay and killed three of them.", 3),
    # 14 period totals / other events
    ("Since January, more than 300 people have been killed in gang violence in Port-au-Prince. On Tuesday, gang members set fire to a police station in Delmas.", 0),
    ("Gunmen attacked a bus near Kaduna, wounding seven passengers. Last month, 12 people were killed in a similar attack on the same road.", 0),
    # 15 name appositive subject
    ("Ahmed Sultani, a journalist working for a local radio, was shot dead in Jalalabad.", 1),
    ("The mayor of a town in Oaxaca, Juan Carlos Lopez, was found dead in his car.", 1),
    # 16 present tense headline
    ("Gunmen kill five worshippers in attack on church in Ondo", 5),
    ("Drone strike kills senior Hezbollah commander in south Lebanon", 1),
    ("Two die as police fire on protesters in Lagos", 2),
    # 17 quoted verbs / scare quotes
    ("A police informer in Cauca was \"executed\" by FARC dissidents, the army said.", 1),
    # 18 died following / in clashes
    ("Four people have died following clashes between Dinka and Nuer youths in Malakal.", 4),
    ("One person died in the fighting between two factions of the Arakan Army.", 1),
    ("At least one death was reported after police dispersed a rally in Kampala.", 1),
    # 19 counts of wounded/captured in the same list
    ("Nine soldiers injured and one policeman killed in twin explosions in Quetta.", 1),
    ("15 villagers abducted and 2 killed by bandits in Katsina State.", 2),
    ("Fighting in Bakhmut left 30 Ukrainian soldiers wounded and four killed, the military said.", 4),
    # 20 appositive: one victim named twice
    ("Gunmen in Zamfara killed the village head, a retired teacher, on Monday.", 1),
    ("Militants abducted two engineers in Balochistan after killing their guard, a Levies soldier.", 1),
    # 21 an aside between the subject and its verb
    ("A shopkeeper, not involved in the fighting, was shot dead in Tal Afar.", 1),
    ("Five soldiers, on patrol near the border, were killed by an IED in Kunar.", 5),
    # 22 age before the noun
    ("On 12 May 2023, a 17 year old market porter was killed by a stray bullet in Goma (Nyiragongo, North Kivu). [size=no report]", 1),
    # 23 further dead in a later sentence
    ("On 4 June 2022, police fired on protesters in Kassala city (Kassala). 1 student was killed. 2 other persons were also killed.", 3),
    ("A Rohingya camp leader was shot dead in Sittwe. One other man was also killed in the attack.", 2),
    # 24 the accused / suspect as victim
    ("Mexican police shot and killed the suspect in Ciudad Juarez.", 1),
    # 25 more ACLED-note and wire wording
    ("On 8 July 2023, Israeli forces raided Jenin camp (Jenin) and killed 3 Palestinian militants. [size=no report]", 3),
    ("On 19 March 2022, a Russian drone strike hit a car near Izium (Izium, Kharkiv), killing the driver. [size=no report]", 1),
    ("On 2 October 2021, gunmen killed a man and his son in Kajuru (Kaduna). [size=no report]", 2),
    ("On 25 June 2023, ADF militants attacked Mukondwe village (Beni, North Kivu), killing a woman and her two children.", 3),
    ("On 6 September 2022, a civilian was wounded by sniper fire in Avdiivka (Donetsk). The victim later died of his injuries.", 1),
    ("On 14 April 2024, an IED exploded under a military vehicle near Gao (Gao). 2 soldiers killed, 4 injured. [size=no report]", 2),
    ("On 1 May 2023, clashes between two gangs in Cite Soleil (Port-au-Prince, Ouest) resulted in 6 fatalities. [size=no report]", 6),
    ("On 30 November 2022, Boko Haram militants killed 4 farmers and abducted 7 others near Damboa (Borno).", 4),
    ("On 11 August 2023, Pakistani security forces killed 6 TTP militants during an operation in Tank district (Khyber Pakhtunkhwa). 2 soldiers were also killed.", 8),
    ("On 5 March 2024, Myanmar military airstrikes hit Hpakant (Kachin), leaving at least 9 people dead.", 9),
    ("On 21 February 2023, unidentified gunmen shot and injured a local politician in Ecatepec (Mexico). No fatalities were reported.", 0),
    ("On 9 January 2024, Fano militia and ENDF clashed in Debre Markos (Amhara). Dozens were reportedly killed on both sides.", 12),
    ("On 17 May 2022, al Shabaab militants executed 2 men accused of spying for the government in Jilib (Middle Juba).", 2),
    ("A rocket fired by Hezbollah killed two civilians in the northern Israeli town of Metula, the army said. Israeli strikes later killed three Hezbollah fighters in Aitaroun.", 2),
    ("Armed men killed at least seven worshippers, including a priest, when they stormed a church in Owo on Sunday.", 7),
    ("Between 12 and 15 villagers were massacred by Fulani gunmen in Bokkos, local officials said.", 12),
    ("The army said it had neutralised 23 terrorists in the Sahel region of Burkina Faso, and lost four soldiers.", 27),
    ("Security forces fired tear gas at protesters in Lahore; one protester died after being hit by a canister.", 1),
    ("A suicide bomber blew himself up at a police checkpoint in Mogadishu, killing three officers.", 3),
    ("The bodies of 11 migrants were recovered from the desert near the border town of Agadez.", 11),
    # 26 more regions in ACLED-note style (India, Colombia, Mozambique, the Philippines, Lebanon, Syria,
    # Iraq, Yemen, Sudan, Ethiopia, Cameroon, the Sahel, CAR, South Sudan, Libya, Myanmar, Pakistan,
    # Ukraine, Russia, Somalia, Haiti, Mexico); two sources' figures in one sentence: the lowest
    ('On 4 May 2023, Kuki and Meitei militias clashed in Churachandpur (Manipur). 3 people were killed and several houses were torched. [size=no report]', 3),
    ('On 16 January 2022, FARC dissidents killed a social leader in Tumaco (Narino). [size=no report]', 1),
    ('On 8 October 2022, Islamic State Mozambique militants beheaded 2 civilians in Ancuabe district (Cabo Delgado). [size=no report]', 2),
    ('On 27 August 2023, NPA rebels and the Philippine army clashed in Lapinig (Northern Samar), resulting in the death of 1 soldier. [size=no report]', 1),
    ('On 13 November 2023, an Israeli drone strike targeted a car in Bint Jbeil (Nabatieh), killing 2 Hezbollah members. [size=no report]', 2),
    ('On 21 March 2022, unidentified gunmen assassinated a former opposition commander in Tafas (Daraa). [size=no report]', 1),
    ('On 9 June 2022, ISIS militants attacked a PMF checkpoint near Tuz Khurmatu (Salah al-Din), killing 3 PMF members and wounding 2. [size=no report]', 3),
    ('On 2 February 2023, Houthi snipers shot and killed a child in Taizz city (Taizz). [size=no report]', 1),
    ('On 11 June 2023, RSF militiamen killed the governor of West Darfur in El Geneina (West Darfur). [size=no report]', 1),
    ('On 20 August 2022, OLA fighters killed at least 15 Amhara civilians in Kiramu (East Welega, Oromia). [size=no report]', 15),
    ('On 6 November 2022, Ambazonian separatists abducted and later killed a teacher in Bamenda (Mezam, Nord-Ouest). [size=no report]', 1),
    ('On 26 June 2022, JNIM militants attacked Seytenga (Seno, Sahel) and killed 86 civilians. [size=no report]', 86),
    ('On 3 April 2023, CPC rebels attacked a FACA position in Bossangoa (Ouham). 2 soldiers killed. Casualties among the rebels unknown. [size=no report]', 2),
    ('On 18 July 2023, clashes between Lou Nuer youth and Murle militia in Pibor (Greater Pibor) left 7 people dead. [size=no report]', 7),
    ('On 26 August 2023, armed clashes broke out in Tripoli between the Special Deterrence Force and the 444th Brigade. At least 55 people were killed. [size=no report]', 55),
    ('On 7 December 2023, the Myanmar military shelled Kawlin (Sagaing), killing a monk and two novices. [size=no report]', 3),
    ('On 19 May 2024, Indian security forces killed 2 Maoist militants in an encounter in Bijapur (Chhattisgarh). [size=no report]', 2),
    ('On 30 September 2022, TTP militants opened fire on a police van in Lakki Marwat (Khyber Pakhtunkhwa). 1 policeman died on the spot, and another succumbed to his wounds in hospital. [size=no report]', 2),
    ('On 22 April 2023, a man was lynched by a mob in Ouagadougou (Kadiogo, Centre) after being accused of theft. [size=no report]', 1),
    ('On 5 January 2024, Russian missiles struck Pokrovsk (Donetsk), killing 11 civilians, including 5 children. [size=no report]', 11),
    ('On 14 February 2024, Ukrainian drones struck an oil depot in Klintsy (Bryansk). No casualties were reported. [size=no report]', 0),
    ('On 28 October 2022, al Shabaab detonated two car bombs at the education ministry in Mogadishu, killing at least 100 people. [size=no report]', 100),
    ('On 1 March 2023, gang members killed 3 police officers in Liancourt (Artibonite) and burned their bodies. [size=no report]', 3),
    ('On 12 September 2022, a CJNG cell attacked National Guard troops in Tepalcatepec (Michoacan); 4 gunmen and 1 guardsman died. [size=no report]', 5),
    ('On 24 March 2022, police fired on protesters in Omdurman (Khartoum), killing 1 protester. [size=no report]', 1),
    ('On 2 May 2023, Cameroonian soldiers killed several separatist fighters in Batibo (Momo, Nord-Ouest). [size=no report]', 10),
    ('On 9 September 2023, Wagner and FAMa forces were ambushed near Bamba (Gao). The army reported 15 soldiers killed; JNIM claimed 64 killed. [size=no report]', 15),
]


@pytest.mark.parametrize("text, expected", PROBE)
def test_world_probe_fatalities(text, expected):
    assert count_fatalities([s.text for s in split_sentences(text)]) == expected, text
