"""Reports in the style of ACLED's own notes (issue 13, round 2): the coder's short
sentence, the place chain in brackets, remarks such as "Fatalities unknown" or
"[size=no report]", and actors often written in ACLED's own names. Sentences are our
own, written from general knowledge of conflicts the tune files never show."""

import pytest

from geo.incidents import extract_incidents_from_text


def main(text: str):
    return extract_incidents_from_text(text, "2023-06-01")[0]


# -- Actors written in ACLED's own names are those actors, each with its own country:
#    "Military Forces of Russia" in a note placed in Ukraine is Russia's army, not Ukraine's.
@pytest.mark.parametrize("text, actor1, actor2", [
    ("On 14 June 2023, Military Forces of Ukraine clashed with Military Forces of Russia near Robotyne "
     "(Polohivskyi, Zaporizhzhia). Fatalities unknown, coded as 0.",
     "Military Forces of Ukraine", "Military Forces of Russia"),
    ("On 2 May 2021, Military Forces of Azerbaijan (2003-) and Military Forces of Armenia (2018-) exchanged fire "
     "near Sotk (Vardenis, Gegharkunik). 1 fatality.",
     "Military Forces of Azerbaijan", "Military Forces of Armenia"),
    ("On 9 October 2022, Police Forces of the Democratic Republic of Congo clashed with Military Forces of Rwanda "
     "near Kibumba (Nyiragongo, North Kivu). No fatalities.",
     "Police Forces of the Democratic Republic of Congo", "Military Forces of Rwanda"),
])
def test_forces_named_acleds_way_keep_their_country(text, actor1, actor2):
    inc = main(text)
    assert (inc.actor1, inc.actor2) == (actor1, actor2)


# -- Territory taken in fighting: the state whose country it is (with its allies)
#    regains it; a foreign state's forces, like a non-state group, overtake it.
@pytest.mark.parametrize("text, sub", [
    ("On 25 May 2022, Russian forces took control of the town of Lyman (Kramatorskyi, Donetsk) after fighting "
     "with Ukrainian forces. Fatalities unknown.", "Non-state actor overtakes territory"),
    ("On 28 November 2020, Eritrean troops took control of the town of Axum (Central, Tigray) after fighting "
     "with TPLF forces.", "Non-state actor overtakes territory"),
    ("On 20 August 2022, Ukrainian forces regained control of the village of Vysokopillia (Beryslavskyi, Kherson) "
     "from Russian forces.", "Government regains territory"),
    ("On 8 August 2021, Rwandan and Mozambican forces recaptured Mocimboa da Praia (Mocimboa da Praia, "
     "Cabo Delgado) from insurgents.", "Government regains territory"),
])
def test_territory_taken_by_whom(text, sub):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Battles", sub)


# -- Forces or armed groups who burn or loot and hurt nobody destroy property (ACLED's
#    strategic development), they neither riot nor attack anyone.
@pytest.mark.parametrize("text", [
    "On 30 June 2023, RSF forces looted the market of Nyala (Nyala, South Darfur) and burned shops. No fatalities reported.",
    "On 12 January 2023, the Myanmar military torched houses in a village of Kani township (Kani, Sagaing). Property destruction.",
    "On 8 March 2022, CODECO militiamen looted houses in Djugu (Djugu, Ituri). No casualties.",
])
def test_armed_men_destroying_property(text):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Strategic developments", "Looting/property destruction")


def test_soldiers_who_burn_people_alive_attack_them():
    inc = main("On 2 March 2023, soldiers burned alive three villagers in a village of Yinmarbin (Yinmarbin, Sagaing).")
    assert (inc.event_type, inc.sub_event_type) == ("Violence against civilians", "Attack")


# -- A party's or an armed group's supporters who kill demonstrators are a mob on a
#    demonstration (ACLED: mob violence, rioters against protesters); without deaths
#    the demonstration is one with intervention.
@pytest.mark.parametrize("text, n", [
    ("On 14 October 2021, Hezbollah supporters attacked protesters in Tayouneh (Beirut, Beirut). 7 fatalities.", 7),
    ("Sadrist supporters attacked protesters in Nasiriyah, killing three.", 3),
    ("On 5 June 2022, supporters of the ruling party attacked protesters in Harare (Harare, Harare). "
     "2 fatalities.", 2),
])
def test_supporters_killing_demonstrators_are_a_mob(text, n):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Riots", "Mob violence")
    assert inc.actor1.startswith("Rioters") and inc.actor2.startswith("Protesters")
    assert inc.fatalities == n


def test_supporters_who_only_break_up_a_protest_intervene():
    inc = main("Hezbollah supporters attacked protesters in Beirut on Saturday.")
    assert (inc.event_type, inc.sub_event_type) == ("Protests", "Protest with intervention")


# -- A gang, cartel or insurgents clashing with the police are an armed side: a battle,
#    not a riot, although "members" may also name a crowd.
@pytest.mark.parametrize("text", [
    "On 2 July 2023, the Haitian police clashed with Ti Makak gang members in Delmas (Port-au-Prince, Ouest). 2 gang members killed.",
    "On 3 May 2022, police clashed with cartel members in Fresnillo (Fresnillo, Zacatecas). Fatalities unknown.",
    "Police clashed with members of a bandit group in Tsafe on Monday.",
])
def test_outlaws_clashing_with_police_fight_a_battle(text):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Battles", "Armed clash")


# -- A bombardment from aircraft is an air strike, not shelling.
@pytest.mark.parametrize("text", [
    "On 9 February 2021, the Nigerian Air Force bombarded a bandit camp in Birnin Gwari (Birnin-Gwari, Kaduna). 20 bandits killed.",
    "On 4 May 2023, SAF warplanes bombed RSF positions in Khartoum Bahri (Khartoum North, Khartoum). Fatalities unknown.",
    "Military helicopters bombarded rebel positions near Lashio on Sunday.",
])
def test_bombardment_from_the_air_is_an_air_strike(text):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


def test_artillery_bombardment_stays_shelling():
    inc = main("Russian artillery bombarded Kupiansk (Kupianskyi, Kharkiv) overnight. No casualties.")
    assert inc.sub_event_type == "Shelling/artillery/missile attack"


# -- A demonstration broken up in a sentence of its own ("Police used tear gas to
#    disperse them."): a protest with intervention.
@pytest.mark.parametrize("text", [
    "On 4 March 2022, protesters took to the streets in Omdurman (Omdurman, Khartoum) against the military coup. "
    "Police used tear gas to disperse them.",
    "On 8 June 2022, residents demonstrated in Basra city (Basrah, Basrah) against power cuts. Security forces dispersed the crowd.",
    "On 2 April 2023, students rallied in Dakar (Dakar, Dakar) against fee hikes. Police fired tear gas at them. [size=hundreds]",
])
def test_intervention_told_in_its_own_sentence(text):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Protests", "Protest with intervention")
    assert inc.actor1.startswith("Protesters") and inc.actor2.startswith(("Police Forces", "Military Forces"))


# -- Disrupted weapons use: who used the weapon first, who disrupted it second.
@pytest.mark.parametrize("text, actor1, actor2", [
    ("On 2 February 2023, a Russian drone was shot down by Ukrainian air defence over Mykolaiv city "
     "(Mykolaivskyi, Mykolaiv). No casualties.", "Military Forces of Russia", "Military Forces of Ukraine"),
    ("On 19 March 2022, Saudi air defences intercepted a Houthi missile over Jizan (Jizan, Jizan).",
     "Military Forces of Yemen Houthi", "Military Forces of Saudi Arabia"),
    ("On 7 August 2022, Israeli air defence intercepted rockets fired by Palestinian Islamic Jihad over Sderot.",
     None, "Military Forces of Israel"),
])
def test_disrupted_weapon_its_user_first(text, actor1, actor2):
    inc = main(text)
    assert inc.sub_event_type == "Disrupted weapons use"
    assert inc.actor2 == actor2
    if actor1:
        assert inc.actor1 == actor1


# -- A device that went off named as the subject, a group named after it as what it hit:
#    the group is the target, whoever planted the device unnamed (or named after "by").
@pytest.mark.parametrize("text, actor1, actor2", [
    ("On 15 November 2019, an IED exploded targeting a vehicle of the SDF in Al-Busayrah (Deir-ez-Zor, Deir-ez-Zor). "
     "2 SDF members were killed.", "Unidentified Armed Group (Syria)", "QSD: Syrian Democratic Forces"),
    ("A landmine exploded under a vehicle of the Arakan Army in Paletwa, killing 2 fighters.",
     "Unidentified Armed Group (Myanmar)", "ULA/AA: United League of Arakan/Arakan Army"),
    ("A roadside bomb planted by the Taliban hit a police vehicle in Kandahar, killing 3 policemen.",
     "Taliban", "Police Forces of Afghanistan"),
])
def test_a_device_hitting_a_named_group(text, actor1, actor2):
    inc = main(text)
    assert (inc.actor1, inc.actor2) == (actor1, actor2)


# -- New institutions, leaders or campaigns of a group: a change to the group or its
#    activity (a strategic development), not "no event".
@pytest.mark.parametrize("text", [
    "The RSF announced the formation of a parallel government in Nyala on Saturday.",
    "Al Shabaab launched a recruitment drive in villages around Jilib.",
    "On 11 July 2022, the Boko Haram (JAS) faction announced the appointment of a new commander in Sambisa forest (Borno).",
    "On 2 March 2023, the Islamic State named a new leader in Syria.",
])
def test_a_groups_new_institutions_or_campaigns(text):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Strategic developments", "Change to group/activity")
    assert inc.fatalities == 0


# -- The dead listed after a source's verb ("Police said three bandits and an officer
#    died") are all counted; "reported to have been killed" is no source's verb.
@pytest.mark.parametrize("text, n", [
    ("Police said 3 bandits and a police officer died in a gunfight in Gusau on Monday.", 4),
    ("The army said two soldiers and five militants were killed near Bannu.", 7),
    ("Residents said a man and his son died in the attack on Kalehe.", 2),
    ("Thirty fighters are reported to have died near Beledweyne after the clashes.", 30),
])
def test_the_dead_after_a_source_verb(text, n):
    from geo.incidents.fatalities import count_fatalities
    assert count_fatalities([text]) == n


# -- "X militiamen known as Y": one actor, the group named, not a second identity militia.
@pytest.mark.parametrize("text, actor1, actor2", [
    ("Amhara militiamen known as Fano attacked a police station in Gondar, killing two officers.",
     "Fano Militia", "Police Forces of Ethiopia"),
    ("Amhara militiamen, locally known as Fano, clashed with the Ethiopian army in Debre Markos.",
     "Fano Militia", "Military Forces of Ethiopia"),
    ("Somali fighters known as Al Shabaab ambushed Somali soldiers near Jowhar.",
     "Al Shabaab", "Military Forces of Somalia"),
])
def test_a_group_known_by_a_name_is_that_group_once(text, actor1, actor2):
    inc = main(text)
    assert (inc.actor1, inc.actor2) == (actor1, actor2)
    assert not any("Ethnic Militia" in a for a in inc.assoc_actors)


# -- Territory left "without a fight": a non-violent transfer, although the group that
#    took it is named by a word like "fighters".
@pytest.mark.parametrize("text", [
    "On 20 June 2021, Taliban fighters took control of Imam Sahib district centre (Kunduz) after the Afghan forces "
    "withdrew without a fight.",
    "On 17 June 2022, Al Shabaab fighters took control of a village near Bulo Burto (Bulo Burto, Hiraan) after SNA forces withdrew.",
    "On 2 May 2023, JNIM fighters took over the town of Lere after the army abandoned its positions without resistance.",
])
def test_territory_left_without_a_fight(text):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")


# -- Airports, barracks and garrisons seized in fighting are territory taken; burned
#    equipment, lorries or schools are property destroyed.
@pytest.mark.parametrize("text, sub", [
    ("On 16 April 2023, RSF forces seized the airport of Merowe (Merowe, Northern) after clashes with the SAF. 4 fatalities.",
     "Non-state actor overtakes territory"),
    ("Rebels of the Arakan Army seized the garrison of Paletwa after days of fighting.", "Non-state actor overtakes territory"),
])
def test_installations_taken_in_fighting(text, sub):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Battles", sub)


@pytest.mark.parametrize("text", [
    "On 9 June 2021, NPA rebels burned construction equipment in Las Navas (Northern Samar, Eastern Visayas). "
    "Property destruction, no casualties.",
    "Al Shabaab militants burned two lorries carrying khat near Beledweyne. No casualties.",
    "ISWAP fighters burned a school in Damboa on Monday. No one was hurt.",
])
def test_armed_men_burning_equipment_or_buildings(text):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Strategic developments", "Looting/property destruction")


# -- The coder's own label opening a note names the sub-event ("Defusal: …",
#    "Property destruction: …", "HQ established: …"); the same words elsewhere are no label.
@pytest.mark.parametrize("text, sub", [
    ("Defusal: On 11 May 2023, Ukrainian sappers defused a Russian anti-tank mine in Izium (Iziumskyi, Kharkiv).",
     "Disrupted weapons use"),
    ("Property destruction: On 7 June 2023, Russian forces blew up the Kakhovka dam in Nova Kakhovka (Kakhovskyi, Kherson).",
     "Looting/property destruction"),
    ("Looting: On 2 May 2023, RSF fighters looted homes in Khartoum city (Khartoum, Khartoum).", "Looting/property destruction"),
    ("HQ established: On 4 September 2022, Al Shabaab established a base in Ceel Buur (Ceel Buur, Galgaduud).",
     "Headquarters or base established"),
    ("Non-violent activity: On 9 October 2022, JNIM militants held a meeting with villagers in Diafarabe (Tenenkou, Mopti) "
     "and threatened those who refused to pay zakat.", "Other"),
    ("Movement of forces: On 3 March 2023, Wagner troops were deployed to Menaka (Menaka, Menaka) after clashes nearby.",
     "Change to group/activity"),
])
def test_a_coders_label_names_the_sub_event(text, sub):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Strategic developments", sub)


def test_label_words_inside_a_sentence_are_no_label():
    inc = main("Rebels shelled the town of Ariha; looting: shops were emptied afterwards, residents said.")
    assert inc.event_type == "Explosions/Remote violence"


def test_property_destroyed_by_no_one_named_is_an_unidentified_groups():
    inc = main("Property destruction: On 4 May 2023, shops were set alight in Kalehe (Kalehe, South Kivu). "
               "The perpetrators are not known.")
    assert inc.actor1 == "Unidentified Armed Group (Democratic Republic of Congo)"


# -- A coder's remark ("Fatalities coded as 10") is no text evidence (the evaluation
#    protocol: the coder's decision, not what the report says): the report's own words decide.
@pytest.mark.parametrize("text, n", [
    ("On 19 January 2023, soldiers killed 15 civilians in a village near Djenne (Djenne, Mopti). [casualties coded as 40]", 15),
    ("On 4 May 2023, two people died in a shooting in Culiacan (Culiacan, Sinaloa). Casualties coded as zero as the deaths "
     "could not be tied to the clash.", 2),
    ("On 3 June 2022, gunmen attacked a checkpoint in Kafr Nabudah (Suqaylabiyah, Hama). Fatalities coded as 10.", 0),
])
def test_a_coders_remark_is_not_read(text, n):
    assert main(text).fatalities == n


# -- Vigils and human chains held for a cause are demonstrations.
@pytest.mark.parametrize("text", [
    "On 12 January 2023, residents of Jaramana (Markaz Rif Dimashq, Rural Damascus) held a vigil demanding the release "
    "of detainees. [size=no report]",
    "On 9 March 2022, women held a candlelight vigil in Kyiv (Kyiv, Kyiv) for the victims of the war. [size=dozens]",
    "On 1 May 2023, students formed and held a human chain in Lahore (Lahore, Punjab) against fee hikes.",
])
def test_vigils_and_human_chains_are_protests(text):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Protests", "Peaceful protest")


# -- Two actors joined before "clashed with" stand on one side: the one after "with" is
#    the other; joined before a bare "clashed" they fought each other.
@pytest.mark.parametrize("text, actor1, actor2, assoc", [
    ("On 11 February 2023, Military Forces of Russia (2000-) and Wagner Group clashed with Military Forces of Ukraine "
     "(2019-) in Bakhmut (Bakhmutskyi, Donetsk). Fatalities unknown.",
     "Military Forces of Russia", "Military Forces of Ukraine", ["Wagner Group"]),
    ("Soldiers and police clashed with bandits in Gusau on Monday.",
     "Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)", ["Police Forces of Nigeria"]),
    ("Military Forces of Azerbaijan and Military Forces of Armenia exchanged fire with each other near Sotk.",
     "Military Forces of Azerbaijan", "Military Forces of Armenia", []),
])
def test_sides_joined_before_clashed_with(text, actor1, actor2, assoc):
    inc = main(text)
    assert (inc.actor1, inc.actor2, inc.assoc_actors) == (actor1, actor2, assoc)


# -- The weapon named after a generic verb decides the sub-event: drones are air/drone
#    strikes ("attacked the city with Shahed drones", "dropped explosives from a drone").
@pytest.mark.parametrize("text", [
    "On 8 August 2023, Russian forces attacked Kherson city (Khersonskyi, Kherson) with Shahed drones. No casualties reported.",
    "On 12 March 2023, Russian forces dropped explosives from a drone on a car in Beryslav (Beryslavskyi, Kherson). "
    "1 civilian injured.",
    "On 18 July 2023, Ukrainian forces targeted the Crimean Bridge with sea drones near Kerch (Kerch, Crimea). "
    "2 civilians killed.",
])
def test_drones_named_after_a_generic_verb(text):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


def test_a_view_from_a_drone_is_no_strike():
    from geo.incidents.events import classify_event
    assert classify_event("Footage taken from a drone showed the damage.") is None


# -- Groups of today's conflicts named by their own names; "KIA" stays "killed in action".
@pytest.mark.parametrize("text, actor1", [
    ("On 3 May 2023, the Kachin Independence Army ambushed a military convoy near Bhamo (Bhamo, Kachin).",
     "KIO/KIA: Kachin Independence Organization/Kachin Independence Army"),
    ("MNDAA fighters attacked junta troops in Laukkai on Sunday.", "MNTJP/MNDAA: Myanmar National Truth and Justice Party/Myanmar National Democratic Alliance Army"),
    ("On 3 May 2023, the Islamic Resistance in Iraq launched a drone at a US base in Ain al-Asad (Hit, Anbar).",
     "Islamic Resistance in Iraq"),
])
def test_groups_named_by_their_names(text, actor1):
    assert main(text).actor1 == actor1


def test_kia_is_killed_in_action():
    inc = main("Gunmen attacked a police post near Bannu. Two officers KIA.")
    assert "Kachin" not in inc.actor1 + inc.actor2 + " ".join(inc.assoc_actors)


# -- Checkposts and garrisons are armed forces' places: an attack on them is a battle.
@pytest.mark.parametrize("text", [
    "On 3 May 2023, the BLA attacked a FC checkpost in Turbat (Kech, Balochistan). 2 fatalities.",
    "Militants attacked a police checkpost in Dera Ismail Khan overnight, killing one.",
    "Insurgents attacked the garrison of Tessit on Monday.",
])
def test_attacks_on_checkposts_and_garrisons_are_battles(text):
    assert main(text).event_type == "Battles"


# -- Drones or missiles launched and all brought down (a later sentence says so, nobody
#    hurt, nothing hit): disrupted weapons use, the launcher first; if some struck, a strike.
@pytest.mark.parametrize("text, actor1, actor2", [
    ("On 3 July 2023, Ukrainian drones attacked Moscow city (Moscow, Moscow). The drones were shot down by Russian "
     "air defences. No casualties.", "Military Forces of Ukraine", "Military Forces of Russia"),
    ("On 3 July 2023, Russian forces launched Shahed drones at Kyiv city (Kyiv, Kyiv). All 20 drones were intercepted "
     "by Ukrainian air defence.", "Military Forces of Russia", "Military Forces of Ukraine"),
    ("On 9 April 2023, Houthi forces launched drones at Jizan (Jizan, Jizan). Saudi air defences intercepted them.",
     "Military Forces of Yemen Houthi", "Military Forces of Saudi Arabia"),
])
def test_strikes_all_brought_down_are_disrupted(text, actor1, actor2):
    inc = main(text)
    assert (inc.event_type, inc.sub_event_type) == ("Strategic developments", "Disrupted weapons use")
    assert (inc.actor1, inc.actor2) == (actor1, actor2)


@pytest.mark.parametrize("text", [
    "On 3 July 2023, Russian forces launched Shahed drones at Kyiv city (Kyiv, Kyiv). 15 drones were intercepted; "
    "debris damaged a house.",
    "On 3 July 2023, Russian forces launched missiles at Lviv city (Lvivskyi, Lviv). Air defence intercepted 5 missiles, "
    "2 civilians were killed.",
])
def test_strikes_that_landed_stay_strikes(text):
    assert main(text).event_type == "Explosions/Remote violence"
