"""Where an incident happened, on reports from conflicts all over the world (sentences
written for these tests, in the style of a wire report or an ACLED note).

Each family of rules reads like a line of ACLED's codebook; the probe at the end keeps
every probe sentence that is placed right, so a later change cannot silently move them.
"""

from __future__ import annotations

import unicodedata

import pytest

from geo.incidents import extract_incidents_from_text

# The gazetteer names the Palestinian territories so; ACLED writes "Palestine".
_COUNTRY_NAMES = {"Palestine": ("Palestine", "Palestinian Territory")}


def _key(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("-", " ").replace("'", "")


def _first(text: str):
    incidents = extract_incidents_from_text(text, "2024-03-05")
    assert incidents, text
    return incidents[0]


def _assert_place(text: str, location: str, country: str, precision: int) -> None:
    inc = _first(text)
    named = _key(inc.location) if precision < 3 else _key(inc.location + " " + inc.admin1)
    assert _key(location) in named, (text, inc.location, inc.admin1, inc.country)
    assert inc.country in _COUNTRY_NAMES.get(country, (country,)), (text, inc.country)
    assert inc.geo_precision == precision, (text, inc.location, inc.geo_precision)


# --- The attacker's nationality does not place a strike --------------------------------
# An air strike, a missile or shelling is named after the state that fired it; the place
# the text says was hit is where the event happened, in whatever country it lies. The
# attacker's country still chooses among namesakes, it does not make the town one.

@pytest.mark.parametrize("text, location, country", [
    ("An Israeli air strike hit a house in Rafah on Tuesday, killing seven people, according to the Gaza health ministry.",
     "Rafah", "Palestine"),
    ("Israeli strikes on the Shuja'iyya neighbourhood of Gaza City killed 15 people on Sunday.", "Gaza", "Palestine"),
    ("Israeli air strikes hit a school in Khan Younis on Saturday, killing 12 people sheltering there.",
     "Khan Younis", "Palestine"),
    ("Turkish drones struck a car in Manbij on Sunday, killing two SDF fighters.", "Manbij", "Syria"),
])
def test_a_strike_lies_where_it_hit_not_in_the_attackers_country(text, location, country):
    _assert_place(text, location, country, 1)


def test_a_strike_with_no_place_named_is_not_put_in_the_attackers_country():
    # A town the gazetteer may not know (spelled otherwise): never the attacker's country.
    inc = _first("Turkish drones struck a car in Qamishli on Sunday, killing two SDF fighters.")
    assert inc.country != "Turkey"


@pytest.mark.parametrize("text, abroad", [
    ("Nigerian jets bombed insurgent camps in Baga on Tuesday, killing dozens of fighters.", ("Spain", "India")),
    ("Sudanese warplanes bombed Golo on Monday, killing six civilians.", ("Guinea-Bissau",)),
])
def test_a_hamlet_abroad_stays_a_namesake_of_a_village_at_home(text, abroad):
    # The attacker's country still weighs against small namesakes the gazetteer holds abroad.
    assert _first(text).country not in abroad


# --- Near a town, at sea off it, on a road from it: geo_precision 2 --------------------

@pytest.mark.parametrize("text, location, country", [
    ("Houthi forces fired a missile at a commercial vessel in the Red Sea off Aden on Monday.", "Aden", "Yemen"),
    ("A cargo ship was attacked by a drone boat off Mocha on Wednesday, a maritime security firm said.", "Mocha", "Yemen"),
    ("Somali pirates hijacked a fishing vessel off the coast of Eyl on Thursday.", "Eyl", "Somalia"),
    ("ISWAP fighters attacked troops on the road from Maiduguri to Damboa on Saturday.", "Maiduguri", "Nigeria"),
    ("Gunmen attacked a bus on the road from Gao to Ansongo on Sunday, killing six passengers.", "Gao", "Mali"),
    ("Fighters of the Islamic State ambushed soldiers south of Mosul on Friday.", "Mosul", "Iraq"),
    ("Protesters blocked a highway 15 kilometers north of Tegucigalpa on Monday.", "Tegucigalpa", "Honduras"),
    ("Venezuelan troops clashed with Colombian ELN guerrillas near the border town of Guasdualito on Sunday.",
     "Guasdualito", "Venezuela"),
    ("Russian forces shelled villages near the town of Vovchansk on Tuesday, killing one man.", "Vovchansk", "Ukraine"),
    ("Gunmen attacked a police post near the city of Cucuta on Friday, wounding two officers.", "Cucuta", "Colombia"),
])
def test_a_place_by_a_town_is_at_the_town_with_precision_2(text, location, country):
    _assert_place(text, location, country, 2)


def test_off_after_a_verb_is_no_sea_word():
    # "sealed off X": the town itself.
    inc = _first("Soldiers sealed off Kidal on Monday after gunmen killed two traders in the market.")
    assert _key("Kidal") in _key(inc.location) and inc.geo_precision == 1


# --- A region named by its capital's name is the capital --------------------------------
# "strikes on Zaporizhzhia" is the city; "Zaporizhzhia region" (or province, oblast) the
# region, at its capital with geo_precision 3.

@pytest.mark.parametrize("text, location, country", [
    ("An Israeli drone strike hit a car in Nabatieh in southern Lebanon on Saturday, killing two Hezbollah members.",
     "Nabatieh", "Lebanon"),
    ("Russian forces dropped glide bombs on Zaporizhzhia on Monday, killing two people.", "Zaporizhzhia", "Ukraine"),
    ("Israeli forces raided Jenin in the occupied West Bank on Wednesday, killing three Palestinians.", "Jenin", "Palestine"),
    ("Israeli warplanes struck targets in Deir el-Balah on Thursday, killing six people, Palestinian medics said.",
     "Deir el-Balah", "Palestine"),
])
def test_a_bare_name_shared_by_a_region_and_its_capital_is_the_capital(text, location, country):
    _assert_place(text, location, country, 1)


@pytest.mark.parametrize("text, location, country", [
    ("A Ukrainian drone attack set fire to an oil refinery in Russia's Krasnodar region on Friday.", "Krasnodar", "Russia"),
    ("A Pakistani airstrike hit a house in Khost province of Afghanistan on Monday, killing eight people.",
     "Khost", "Afghanistan"),
    ("Russian drones struck Kherson region overnight, wounding two farmers.", "Kherson", "Ukraine"),
])
def test_a_region_called_a_region_stays_the_region(text, location, country):
    _assert_place(text, location, country, 3)


# --- Town, District, Region: the smallest unit the gazetteer knows ---------------------

@pytest.mark.parametrize("text, location, country, precision", [
    ("ADF rebels killed 15 civilians in Beni territory, North Kivu province, on Thursday.", "Beni",
     "Democratic Republic of the Congo", 2),
    ("Militias killed 20 civilians in Djugu territory of Ituri province on Sunday.", "Djugu",
     "Democratic Republic of the Congo", 2),
    ("Al-Shabaab fighters killed five soldiers in Baardheere district of Gedo region on Monday.", "Baardheere", "Somalia", 2),
    ("Maoist rebels killed three policemen in Bijapur district of Chhattisgarh on Tuesday.", "Bijapur", "India", 2),
    # a town the gazetteer does not hold: the region, at geo_precision 3
    ("Soldiers and Arakan Army fighters clashed near Minbya in Rakhine State on Friday, killing four soldiers.",
     "Rakhine", "Myanmar", 3),
])
def test_a_chain_ends_at_its_smallest_known_unit(text, location, country, precision):
    _assert_place(text, location, country, precision)


# --- A neighbourhood of a city is the city ----------------------------------------------

@pytest.mark.parametrize("text, location, country", [
    ("Russian strikes hit the Saltivka district of Kharkiv overnight, wounding nine residents.", "Kharkiv", "Ukraine"),
    ("Police dispersed protesters in the Kilburn district of London on Saturday.", "London", "United Kingdom"),
    ("Gunmen killed four people in the Dharkenley district of Mogadishu on Tuesday.", "Mogadishu", "Somalia"),
    ("Gang members killed four people in the Martissant district of Port-au-Prince on Monday, police said.",
     "Port-au-Prince", "Haiti"),
])
def test_a_district_of_a_city_is_the_city(text, location, country):
    _assert_place(text, location, country, 1)


# --- Places of flight, origin and later events are not the place -----------------------

@pytest.mark.parametrize("text, location, country, precision", [
    ("Armed men from Chad crossed the border and attacked a village near Geneina on Saturday, killing nine people.",
     "Geneina", "Sudan", 2),
    ("Raiders from South Sudan killed 12 herders near Kadugli on Tuesday.", "Kadugli", "Sudan", 2),
    ("Clashes between Sudanese army and RSF broke out in Wad Madani on Sunday; fighting later spread to Sennar and Kosti.",
     "Wad Madani", "Sudan", 1),
    ("Clashes between rival militias erupted in Zawiya on Monday and later spread to Sabratha.", "Zawiya", "Libya", 1),
    ("Sudanese army aircraft bombed a market in Nyala, South Darfur, killing 30 civilians, a UN spokesman said in Geneva.",
     "Nyala", "Sudan", 1),
])
def test_where_people_came_from_went_or_spoke_is_not_the_place(text, location, country, precision):
    _assert_place(text, location, country, precision)


@pytest.mark.parametrize("text, location, country, precision", [
    # "Sweida province": the region (the gazetteer holds the name as its capital's), at precision 3
    ("Clashes erupted between Druze gunmen and Bedouin tribesmen in Sweida province on Sunday, leaving 30 dead. Government"
     " troops were deployed from Damascus.", "Suwayda", "Syria", 3),
    ("Fighting between the army and Fano militiamen broke out in the town of Debre Markos on Monday after troops were sent"
     " from Bahir Dar.", "Debre Markos", "Ethiopia", 1),
    ("Armed men who came from Gao attacked a market in Menaka on Sunday, killing five traders.", "Menaka", "Mali", 1),
])
def test_where_troops_or_attackers_set_out_from_is_not_the_place(text, location, country, precision):
    _assert_place(text, location, country, precision)


@pytest.mark.parametrize("text, location, country, precision", [
    ("Thousands fled to Adre after RSF fighters attacked El Geneina on Tuesday.", "Geneina", "Sudan", 1),
    ("Thousands of people fled to Chad's Adre after the RSF attacked villages in West Darfur on Tuesday.",
     "West Darfur", "Sudan", 3),
    ("Villagers fled across the border to Adre after RSF fighters burned their homes on Tuesday, killing 12 people in Sudan.",
     "Sudan", "Sudan", 3),
    # at home, the town people fled to is often the nearest one: a coarse clue when nothing else is known
    ("Hundreds of families fled to Goma after M23 rebels attacked Kibumba on Monday.", "Goma",
     "Democratic Republic of the Congo", 1),
])
def test_a_refuge_abroad_is_not_the_place_of_what_people_fled(text, location, country, precision):
    _assert_place(text, location, country, precision)


@pytest.mark.parametrize("text, location, country, precision", [
    ("DAKAR (Reuters) - Jihadists killed 12 soldiers in central Mali on Sunday, the Malian army said.", "Mali", "Mali", 3),
    ("NAIROBI (Reuters) - Islamist militants killed seven soldiers in an attack on a base in Baidoa, Somali officials said.",
     "Baidoa", "Somalia", 1),
    ("BAMAKO, Mali - Gunmen killed 20 villagers in Bankass on Sunday, local officials said.", "Bankass", "Mali", 1),
])
def test_a_dateline_abroad_is_where_the_report_was_filed(text, location, country, precision):
    _assert_place(text, location, country, precision)


# --- The probe: reports from around the world, placed right -----------------------------

PROBE = [
    ("Russian missiles hit Kharkiv overnight, killing three civilians, the regional governor said.", "Kharkiv", "Ukraine", 1),
    ("Pakistani shelling in Kunar province killed two children on Wednesday, Afghan officials said.", "Kunar", "Afghanistan", 3),
    ("US strikes near Albu Kamal killed 12 members of Kataib Hezbollah on Friday.", "Albu Kamal", "Syria", 2),
    ("Rwandan troops and M23 rebels clashed with Congolese soldiers in Goma on Monday.", "Goma",
     "Democratic Republic of the Congo", 1),
    ("Iranian drones attacked a US base near Erbil on Thursday, wounding three soldiers.", "Erbil", "Iraq", 2),
    ("Ukrainian drones struck an oil depot in Belgorod on Saturday, the regional governor said.", "Belgorod", "Russia", 1),
    ("Saudi-led coalition air strikes hit a market in Saada, killing 10 civilians.", "Saada", "Yemen", 1),
    ("The RSF shelled the Karari district of Omdurman on Tuesday, killing 20 civilians.", "Omdurman", "Sudan", 1),
    ("Gunmen killed five people in El Fasher on Monday; survivors fled to Chad.", "El Fasher", "Sudan", 1),
    ("Militants attacked a checkpoint 30 km from Kidal on Sunday, killing four Malian soldiers.", "Kidal", "Mali", 2),
    ("JNIM fighters ambushed a convoy between Djibo and Arbinda on Thursday, killing 12 soldiers.", "Djibo", "Burkina Faso", 2),
    ("Al-Shabaab militants attacked a military base on the outskirts of Mogadishu on Monday.", "Mogadishu", "Somalia", 2),
    ("Boko Haram fighters raided Konduga in Borno State on Friday night, killing eight farmers.", "Konduga", "Nigeria", 1),
    ("Gunmen killed three people in the Carrefour-Feuilles neighbourhood of Port-au-Prince on Wednesday.",
     "Port-au-Prince", "Haiti", 1),
    ("Members of the Jalisco New Generation Cartel killed six people in Celaya, Guanajuato, on Sunday.", "Celaya", "Mexico", 1),
    ("ELN guerrillas attacked a military post in Saravena, Arauca, on Monday, killing two soldiers.", "Saravena", "Colombia", 1),
    ("Militants attacked a police post in Bannu district of Khyber Pakhtunkhwa on Sunday, killing four policemen.",
     "Bannu", "Pakistan", 2),
    ("Gunmen who had travelled from Kabul attacked a mosque in Jalalabad on Friday, killing six worshippers.",
     "Jalalabad", "Afghanistan", 1),
    ("Fighting between the army and Fano militia erupted in Gondar in Amhara region on Wednesday.", "Gondar", "Ethiopia", 1),
    ("Insurgents beheaded five villagers near Mocimboa da Praia in Cabo Delgado province on Sunday.",
     "Mocimboa da Praia", "Mozambique", 2),
    ("Abu Sayyaf gunmen killed two soldiers in Patikul, Sulu, on Saturday.", "Patikul", "Philippines", 1),
    ("Hezbollah fired rockets at Kiryat Shmona on Tuesday, the Israeli army said.", "Kiryat Shmona", "Israel", 1),
    ("Russian shelling killed four civilians in Kherson on Sunday, Ukrainian officials said in Kyiv.", "Kherson", "Ukraine", 1),
    ("Protesters marched in Mandalay on Sunday against the military junta.", "Mandalay", "Myanmar", 1),
    ("Syrian government forces shelled the town of Ariha in Idlib province on Monday, killing three civilians.",
     "Ariha", "Syria", 1),
    ("Al-Qaeda in the Arabian Peninsula fighters attacked a checkpoint in Shabwah province on Friday, killing four soldiers.",
     "Shabwah", "Yemen", 3),
    ("Popular Mobilisation Forces fighters clashed with Islamic State militants near Tuz Khurmatu, Salahuddin, on Tuesday.",
     "Tuz Khurmatu", "Iraq", 2),
    ("An explosive device went off near a bus in Quetta, Balochistan, on Monday, killing five people.", "Quetta", "Pakistan", 1),
    ("Indian and Pakistani troops exchanged fire along the Line of Control in Poonch district on Thursday.",
     "Poonch", "India", 2),
    ("Two Somali soldiers were killed when al-Shabaab fighters attacked a base in Beledweyne, Hiraan region, on Sunday.",
     "Beledweyne", "Somalia", 1),
    ("US forces conducted an air strike near Jilib in Middle Juba region, killing three al-Shabaab fighters, AFRICOM said.",
     "Jilib", "Somalia", 2),
    ("Gang members set fire to houses in Croix-des-Bouquets on Tuesday, and hundreds of families fled to Port-au-Prince.",
     "Croix-des-Bouquets", "Haiti", 1),
    ("French troops killed ten jihadists in an air strike near Menaka in northeastern Mali.", "Menaka", "Mali", 2),
    ("FARC dissidents attacked a police station in Jamundi, Valle del Cauca, on Tuesday.", "Jamundi", "Colombia", 1),
    ("Military aircraft bombed a village in Sagaing region on Tuesday, killing 11 people, according to a resident who fled"
     " to Thailand.", "Sagaing", "Myanmar", 3),
    ("Russian troops shelled Kupiansk in Kharkiv region on Friday, killing an elderly woman.", "Kupiansk", "Ukraine", 1),
    ("Ethiopian troops clashed with al-Shabaab militants in Bakool region of Somalia on Wednesday.", "Bakool", "Somalia", 3),
    ("Chadian soldiers repelled a Boko Haram attack on an army post near Bol in the Lake Chad region on Sunday.",
     "Bol", "Chad", 2),
    ("Iranian Revolutionary Guards fired missiles at targets in Idlib on Tuesday.", "Idlib", "Syria", 1),
    ("Burundian troops fighting alongside the Congolese army clashed with M23 rebels near Sake on Monday.", "Sake",
     "Democratic Republic of the Congo", 2),
    ("Unknown gunmen shot dead a village chief in Tillaberi region, Niger, on Saturday, a local official said from Niamey.",
     "Tillaberi", "Niger", 3),
    ("Egyptian border guards clashed with smugglers near Rafah on the Sinai border on Sunday.", "Rafah", "Egypt", 2),
    ("Sudanese refugees from Darfur clashed with Chadian police in Adre on Tuesday.", "Adre", "Chad", 1),
    ("RSF fighters stormed a village 20 kilometres south of El Obeid on Sunday, killing 12 villagers.", "El Obeid", "Sudan", 2),
    ("Gunmen ambushed a bus outside Kaduna on Tuesday, kidnapping 30 passengers.", "Kaduna", "Nigeria", 2),
    ("Residents who fled to Herat said Taliban fighters had burned houses in Ghor province on Monday.", "Ghor", "Afghanistan", 3),
    ("A senior Hamas official said in Doha that Israeli strikes had killed 40 people in Khan Younis on Sunday.",
     "Khan Younis", "Palestine", 1),
    ("Protesters gathered in Lahore on Friday to denounce the arrest of Imran Khan, while smaller rallies took place in"
     " Karachi and Peshawar.", "Lahore", "Pakistan", 1),
    ("A Russian drone struck a residential building in Sumy on Wednesday, killing two people, before another attack on"
     " Kharkiv hours later.", "Sumy", "Ukraine", 1),
    ("Wagner fighters and Malian soldiers killed dozens of civilians in Moura, in the Mopti region, witnesses who fled to"
     " Mauritania said.", "Mopti", "Mali", 3),
    ("Israeli artillery shelled the outskirts of Tyre in southern Lebanon on Monday.", "Tyre", "Lebanon", 2),
    ("An American drone strike killed a senior al-Shabaab commander near Bu'aale on Friday, the US military said.",
     "Bu'aale", "Somalia", 2),
    ("Turkish warplanes bombed PKK positions near Sinjar in northern Iraq on Tuesday.", "Sinjar", "Iraq", 2),
    ("Russian missiles struck Lviv on Thursday, killing four residents, Ukrainian officials said.", "Lviv", "Ukraine", 1),
    ("Ukrainian shelling killed two civilians in Donetsk city on Monday, Russian-installed officials said.",
     "Donetsk", "Ukraine", 1),
    ("Eritrean troops killed dozens of civilians in Axum, in Ethiopia's Tigray region.", "Axum", "Ethiopia", 1),
    ("Indian troops killed two militants in an encounter in the Kupwara district of Jammu and Kashmir on Sunday.",
     "Kupwara", "India", 2),
    ("Gunmen opened fire on worshippers in the Kalakan area on the outskirts of Kabul on Friday.", "Kabul", "Afghanistan", 2),
    ("Unidentified gunmen shot dead a journalist in Culiacan, Sinaloa, on Wednesday, the state prosecutor said in a statement"
     " from Mexico City.", "Culiacan", "Mexico", 1),
    ("Hundreds of families fled to Mauritania after jihadists attacked Nampala in central Mali on Monday.", "Mali", "Mali", 3),
    ("Two days after arriving from Kandahar, a suicide bomber blew himself up in a mosque in Kunduz, killing 40 worshippers.",
     "Kunduz", "Afghanistan", 1),
    ("Israeli troops shot dead a Palestinian man near Nablus on Thursday, the Palestinian health ministry said in Ramallah.",
     "Nablus", "Palestine", 2),
    ("Kachin Independence Army fighters attacked a military outpost near Bhamo in Kachin State on Saturday.",
     "Bhamo", "Myanmar", 2),
    ("Ukrainian forces struck a Russian command post in occupied Melitopol on Monday, the Ukrainian army said.",
     "Melitopol", "Ukraine", 1),
    ("Colombian soldiers clashed with Clan del Golfo members in the rural area of Taraza, Antioquia, on Tuesday.",
     "Taraza", "Colombia", 2),
    ("A landmine planted by Maoists killed two paramilitary troopers in Dantewada district of Chhattisgarh on Friday.",
     "Dantewada", "India", 2),
    ("Pakistani Taliban fighters attacked a security post in North Waziristan on Sunday, killing three soldiers.",
     "North Waziristan", "Pakistan", 2),
    ("NPA rebels ambushed an army patrol in the mountains of Samar on Thursday, killing two soldiers.", "Samar",
     "Philippines", 2),
    ("Fulani militants killed 15 villagers in Bokkos, Plateau State, on Christmas Eve.", "Bokkos", "Nigeria", 1),
    ("Gunmen killed a Catholic priest on the road between Gao and Ansongo on Monday.", "Gao", "Mali", 2),
    ("A Saudi air strike hit a prison in Saada province on Friday, killing dozens of detainees, Houthi officials said in"
     " Sanaa.", "Saada", "Yemen", 3),
    ("Azerbaijani and Armenian troops exchanged fire on the border near Jermuk on Tuesday.", "Jermuk", "Armenia", 2),
    ("Hezbollah drones hit a military base near Safed in northern Israel on Sunday.", "Safed", "Israel", 2),
    ("Russian shelling hit a hospital in Mariupol on Wednesday, killing three people.", "Mariupol", "Ukraine", 1),
    ("Ukrainian drones hit an airfield in Kursk on Sunday, the Russian defence ministry said.", "Kursk", "Russia", 1),
    ("Gunmen who had crossed from Niger attacked farmers in Sokoto on Friday, killing nine people.", "Sokoto", "Nigeria", 1),
    ("Fighting broke out in Bentiu on Friday before spreading to Rubkona, local officials said.", "Bentiu", "South Sudan", 1),
    ("Israeli strikes hit Tulkarm on Tuesday, killing four people.", "Tulkarm", "Palestine", 1),
]


@pytest.mark.parametrize("text, location, country, precision", PROBE)
def test_world_probe(text, location, country, precision):
    _assert_place(text, location, country, precision)
