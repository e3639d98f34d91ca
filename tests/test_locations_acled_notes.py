"""Where an incident happened, read from reports in the style of ACLED's own notes (a place
with its admin chain in brackets, smallest first), from conflicts all over the world; and
the country of an incident whose place the gazetteer does not know. Sentences written for
these tests; none is taken from an ACLED note.
"""

from __future__ import annotations

import unicodedata

import pytest

from geo.gazetteer import haversine_km
from geo.incidents import extract_incidents_from_text


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
    assert inc.country in (country, "Palestinian Territory" if country == "Palestine" else country), (text, inc.country)
    assert inc.geo_precision == precision, (text, inc.location, inc.geo_precision)


# --- "Town (District, Region)": the town, inside the region the bracket names ----------
# The bracket says where the first name lies, so a namesake elsewhere is not it and the
# next name of the bracket (a district that is also a town) does not take its place.

@pytest.mark.parametrize("text, location, country", [
    ("On 14 February 2023, Wagner Group forces shelled Bakhmut (Bakhmutskyi, Donetsk). 1 civilian was killed.",
     "Bakhmut", "Ukraine"),
    ("On 1 July 2022, Ukrainian forces shelled Donetsk city (Donetskyi, Donetsk). 1 civilian was killed.", "Donetsk", "Ukraine"),
    ("On 21 August 2022, Houthi forces shelled Taiz city (Al Qahirah, Taizz). 2 children were killed.", "Taiz", "Yemen"),
    ("On 9 January 2022, AQAP militants ambushed a checkpoint in Zinjibar (Abyan). 5 fighters were killed.", "Zinjibar", "Yemen"),
    ("On 11 August 2021, ISWAP fighters attacked a military base in Rann (Kala/Balge, Borno). 6 soldiers were killed.",
     "Rann", "Nigeria"),
    ("On 17 October 2020, unidentified gunmen killed a village chief in Djibo (Soum, Sahel). 1 fatality.", "Djibo", "Burkina Faso"),
    ("On 4 March 2022, Taliban forces arrested two former soldiers in Jalalabad (Jalalabad, Nangarhar).",
     "Jalalabad", "Afghanistan"),
    ("On 15 August 2023, CJNG members shot dead two municipal police officers in Celaya (Celaya, Guanajuato).",
     "Celaya", "Mexico"),
    ("On 2 February 2022, ELN guerrillas clashed with FARC dissidents in Arauquita (Arauquita, Arauca). 4 fatalities.",
     "Arauquita", "Colombia"),
    ("On 11 November 2023, Syrian regime forces shelled Sarmin (Idleb, Idleb). 3 civilians were killed.", "Sarmin", "Syria"),
    ("On 29 October 2022, Russian forces shelled Nikopol (Nikopolskyi, Dnipropetrovsk). No casualties.", "Nikopol", "Ukraine"),
    ("On 10 March 2022, Fano militia clashed with the ENDF in Lalibela (North Wollo, Amhara). Fatalities unknown.",
     "Lalibela", "Ethiopia"),
])
def test_a_town_with_its_admin_chain_in_brackets_is_the_town(text, location, country):
    _assert_place(text, location, country, 1)


@pytest.mark.parametrize("text, location, country", [
    ("On 18 July 2022, Boko Haram militants abducted 5 farmers near Konduga (Konduga, Borno).", "Konduga", "Nigeria"),
    ("On 8 February 2023, al Shabaab militants attacked SNA forces in the outskirts of Baidoa (Baidoa, Bay). 3 fatalities.",
     "Baidoa", "Somalia"),
    ("On 2 April 2022, Russian forces shelled the outskirts of Mykolaiv (Mykolaivskyi, Mykolaiv). No casualties reported.",
     "Mykolaiv", "Ukraine"),
    ("On 22 June 2022, the NPA ambushed soldiers near Catarman (Catarman, Northern Samar). 2 soldiers were killed.",
     "Catarman", "Philippines"),
])
def test_near_or_on_the_outskirts_of_a_bracketed_town_is_precision_2(text, location, country):
    _assert_place(text, location, country, 2)


# --- A first name the gazetteer lacks: the bracket's district, at geo_precision 2 --------

@pytest.mark.parametrize("text, location, country", [
    ("On 6 February 2022, al Shabaab militants attacked Bulo Qwerty (Afgooye, Lower Shabelle). 2 fatalities.",
     "Afgooye", "Somalia"),
    ("On 18 March 2022, ADF militants killed 8 civilians in Qwertumba (Beni, Nord-Kivu).", "Beni",
     "Democratic Republic of the Congo"),
    ("On 14 January 2024, Israeli forces shelled Qwertaroun (Bint Jbeil, Nabatieh). No fatalities.", "Bint Jbeil", "Lebanon"),
    ("On 22 November 2022, unidentified gunmen killed a farmer in Tungan Qwerty (Zurmi, Zamfara).", "Zurmi", "Nigeria"),
])
def test_an_unknown_town_is_placed_at_the_bracketed_district(text, location, country):
    _assert_place(text, location, country, 2)


def test_a_bracketed_place_people_came_from_is_not_the_place():
    inc = _first("On 9 April 2023, people displaced from Bakhmut (Bakhmutskyi, Donetsk) protested in Dnipro"
                 " (Dniprovskyi, Dnipropetrovsk) over housing.")
    assert _key("Dnipro") in _key(inc.location), inc.location


def test_a_namesake_in_the_region_far_from_the_bracketed_district_is_not_the_place():
    # The bracket's district says where: a town of the same name elsewhere in the region is another place.
    inc = _first("On 3 May 2023, villagers clashed over land in Salem block (Madurai, Tamil Nadu). 2 were injured.")
    assert inc.location == "Madurai" and inc.geo_precision == 2


def test_a_bracket_that_names_a_group_is_no_place_chain():
    inc = _first("On 5 May 2023, Amhara militia (Fano) fighters attacked a police station in Gondar. 3 police were killed.")
    assert _key("Gondar") in _key(inc.location) and inc.country == "Ethiopia"


# --- "X province" where the gazetteer knows X only as a town -----------------------------

@pytest.mark.parametrize("text, location, country", [
    ("Clashes between Druze gunmen and Bedouin tribes in Sweida province killed 30 people on Sunday.", "Suwayda", "Syria"),
    ("Gunmen killed four farmers in Daraa province on Friday.", "Daraa", "Syria"),
    ("A roadside bomb killed three soldiers in Diyala province on Tuesday.", "Diyala", "Iraq"),
])
def test_a_province_named_by_its_capitals_name_is_the_region(text, location, country):
    _assert_place(text, location, country, 3)


# --- No place known: not the country of a foreign army ----------------------------------
# ACLED places an event where it happened; an army named by its demonym fights abroad as
# often as at home, so when the report names another country, that one places the event.

@pytest.mark.parametrize("text, country", [
    ("Turkish troops shelled Umm Qwertal village on Tuesday, killing two Kurdish fighters in northern Syria.", "Syria"),
    ("Israeli troops shot dead a Palestinian man in Qwertaba village on Monday, the Palestinian health ministry said.",
     "Palestinian Territory"),
    ("Rwandan troops backing M23 rebels attacked Qwertanga village on Friday, killing four civilians, Congolese officials said.",
     "Democratic Republic of the Congo"),
    ("Russian artillery shelled Qwertivka village on Monday, wounding three civilians, the Ukrainian regional governor said.",
     "Ukraine"),
])
def test_an_unknown_village_is_not_placed_in_a_foreign_armys_country(text, country):
    assert _first(text).country == country


def test_an_army_at_home_still_places_its_event():
    # Only the army's country named: it places the event.
    assert _first("Nigerian troops killed 12 insurgents in Qwertari village on Tuesday.").country == "Nigeria"


@pytest.mark.parametrize("text, country", [
    ("BAMAKO, March 4 (Reuters) - Suspected jihadists killed 20 civilians in a village near the border with Niger,"
     " local officials said.", "Mali"),
    ("OUAGADOUGOU (Reuters) - Gunmen killed nine gendarmes at a post close to the frontier with Mali on Sunday,"
     " security sources said.", "Burkina Faso"),
    ("N'DJAMENA (Reuters) - Boko Haram fighters killed six soldiers on an island near the border with Nigeria on Monday.",
     "Chad"),
])
def test_a_country_named_only_as_a_border_does_not_place_the_event(text, country):
    # "near the border with X" says where the event lay from X, not that it lay in X.
    assert _first(text).country == country


def test_an_army_that_reports_the_event_speaks_from_home():
    # "the Somali army said": the army at home; the Ugandan troops are the foreign force.
    inc = _first("Ugandan troops of the African Union mission killed 15 al-Shabaab militants in Qwertalow on Tuesday,"
                 " the Somali army said.")
    assert inc.country == "Somalia"


# --- "the Somali capital": the capital, when no other place is named -------------------

@pytest.mark.parametrize("text, location, country", [
    ("Al-Shabaab fighters stormed a hotel in the Somali capital on Friday, killing 21 people.", "Mogadishu", "Somalia"),
    ("Gang members burned a police station in the Haitian capital on Tuesday, killing two officers.", "Port-au-Prince", "Haiti"),
    ("Police fired tear gas at thousands of protesters in Sudan's capital on Thursday.", "Khartoum", "Sudan"),
])
def test_a_capital_named_by_its_country_is_the_capital(text, location, country):
    _assert_place(text, location, country, 1)


def test_a_capital_of_a_province_is_not_the_countrys():
    inc = _first("Gunmen killed four traders in the provincial capital of Qwertistan province on Monday, Afghan police said.")
    assert inc.location != "Kabul", inc.location


# --- The probe: notes from conflicts around the world, placed within 25 km ----------------
# (coordinates from general knowledge of the towns; each note written for this test)

@pytest.mark.parametrize("text, latitude, longitude", [
    # a region written as its capital is ("Al Hasakeh"), the town spelled otherwise ("Tal Tamer")
    ('On 3 May 2022, Turkish forces shelled Tal Tamer (Ras Al Ain, Al Hasakeh). No fatalities.',
     36.65, 40.37),
    ('On 6 June 2022, SNA factions clashed in Al Bab (Al Bab, Aleppo). 2 killed.',
     36.37, 37.52),
    ("On 8 July 2022, unidentified gunmen shot dead a man in Dar'a city (Dar'a, Dar'a).",
     32.62, 36.10),
    ('On 2 August 2022, IS militants attacked SDF forces in Al Busayrah (Deir-ez-Zor, Deir-ez-Zor). 2 killed.',
     35.16, 40.43),
    ('On 20 March 2022, Russian forces bombed Mariupol (Mariupolskyi, Donetsk). 12 killed.',
     47.10, 37.55),
    ('On 4 April 2023, Russian forces shelled Avdiivka (Pokrovskyi, Donetsk). 2 killed.',
     48.14, 37.74),
    ('On 1 March 2023, the KIA clashed with military forces in Hpakant (Hpakant, Kachin). 3 killed.',
     25.61, 96.31),
    ('On 12 May 2023, RSF forces looted the market in El Fasher (El Fasher, North Darfur). No fatalities.',
     13.63, 25.35),
    ('On 3 June 2023, SAF and RSF clashed in El Obeid (Sheikan, North Kordofan). 6 fatalities.',
     13.18, 30.22),
    ('On 7 June 2023, RSF fighters attacked Geneina (El Geneina, West Darfur), killing 20 civilians.',
     13.45, 22.44),
    ('On 20 April 2022, IS militants attacked an Iraqi army checkpoint near Kirkuk (Kirkuk, Kirkuk). 2 soldiers killed.',
     35.47, 44.39),
    ('On 14 September 2022, police clashed with protesters in Srinagar (Srinagar, Jammu and Kashmir). No fatalities.',
     34.08, 74.8),
    ('On 2 March 2023, Kuki and Meitei militias clashed in Churachandpur (Churachandpur, Manipur). 3 killed.',
     24.33, 93.68),
    ('On 17 January 2023, BLA militants attacked an FC post in Turbat (Kech, Balochistan). 4 soldiers killed.',
     26.0, 63.04),
    ('On 22 April 2022, Military forces of Pakistan killed 3 militants in Bannu (Bannu, Khyber Pakhtunkhwa).',
     32.99, 70.6),
    ('On 28 June 2023, the Ti Makak gang clashed with police in Petion-Ville (Port-au-Prince, Ouest). 2 killed.',
     18.51, -72.29),
    ('On 16 August 2022, Abu Sayyaf militants clashed with soldiers in Patikul (Sulu, Bangsamoro). 1 soldier killed.',
     6.07, 121.1),
    ('On 30 July 2022, the Sinaloa Cartel clashed with rivals in Culiacan (Culiacan, Sinaloa). 5 killed.',
     24.8, -107.39),
    ('On 19 March 2022, the Clan del Golfo killed a social leader in Tarazá (Taraza, Antioquia).',
     7.58, -75.4),
    ('On 5 October 2022, Israeli forces raided Nablus (Nablus, West Bank), killing one Palestinian.',
     32.22, 35.25),
    ('On 12 December 2023, Hezbollah fired anti-tank missiles at Israeli positions near Metula (Northern, Israel). No fatalities.',
     33.28, 35.58),
    ('On 23 November 2022, Russian forces shelled Kherson city (Khersonskyi, Kherson). 4 civilians killed.',
     46.64, 32.61),
    ('On 6 May 2023, Ukrainian drones struck an oil depot in Novorossiysk (Novorossiysk, Krasnodar). No casualties.',
     44.72, 37.77),
    ('On 8 August 2023, Ukrainian forces shelled Shebekino (Shebekinskiy, Belgorod). 2 civilians killed.',
     50.41, 36.89),
    ('On 10 October 2022, Russian forces launched missiles at Kyiv city (Kyiv, Kyiv City). 8 civilians killed.',
     50.45, 30.52),
    ('On 14 April 2022, Ansaroul Islam militants killed 6 VDP in Titao (Loroum, Nord).',
     13.76, -2.07),
    ('On 2 January 2022, ISGS militants killed 12 civilians near Tillaberi (Tillaberi, Tillaberi).',
     14.21, 1.45),
    ('On 25 August 2022, al Shabaab militants attacked a hotel in Mogadishu - Hodan (Banadir, Banadir). 20 killed.',
     2.04, 45.34),
    ('On 30 September 2021, ISCAP militants attacked Macomia town (Macomia, Cabo Delgado). 3 killed.',
     -12.24, 40.12),
    ('On 11 May 2023, PDF fighters attacked a police station in Kalay (Kale, Sagaing). 4 killed.',
     23.19, 94.05),
    ('On 22 September 2022, members of the CODECO militia killed 7 civilians in Djugu (Djugu, Ituri).',
     1.92, 30.5),
    ('On 1 November 2022, Taliban forces clashed with NRF fighters in Panjshir (Panjshir). 5 killed.',
     35.31, 69.52),
    ('On 15 March 2023, protesters rallied in Tbilisi (Tbilisi) against the foreign agents law.',
     41.69, 44.83),
    ('On 2 July 2022, the military junta dispersed protesters in Khartoum (Khartoum, Khartoum). 9 killed.',
     15.55, 32.53),
    ('On 17 September 2022, SDF forces arrested 12 IS suspects in Raqqa (Ar-Raqqa, Ar-Raqqa).',
     35.95, 39.01),
    ('On 27 April 2023, Syrian regime forces shelled Deir ez-Zor city (Deir-ez-Zor, Deir-ez-Zor). 1 killed.',
     35.34, 40.14),
    ('On 3 May 2023, unidentified gunmen shot dead a trader in Maiduguri (Maiduguri, Borno).',
     11.85, 13.16),
    ('On 4 October 2022, Rioters burnt tires in Cap-Haitien (Cap-Haitien, Nord).',
     19.76, -72.2),
    ('On 12 October 2023, Israeli forces airstruck Jabalia camp (North Gaza, Gaza Strip). 20 killed.',
     31.53, 34.48),
    ('On 20 July 2022, Bandits killed 7 vigilantes in Gusau (Gusau, Zamfara).',
     12.17, 6.66),
    ('On 9 June 2023, al Shabaab militants attacked SNA forces in Jowhar and Mahaday (Jowhar, Middle Shabelle). 4 killed.',
     2.78, 45.5),
    ('On 9 April 2023, people displaced from Bakhmut (Bakhmutskyi, Donetsk) protested in Dnipro (Dniprovskyi, Dnipropetrovsk).',
     48.46, 35.04),
    ('On 14 July 2023, Russian forces shelled Kupiansk (Kupianskyi, Kharkiv) and Vovchansk (Chuhuivskyi, Kharkiv). 2 killed.',
     49.71, 37.61),
    ('On 1 June 2022, al Shabaab militants attacked Kenyan troops in Kismayo (Kismayo, Lower Juba). 2 killed.',
     -0.36, 42.55),
    ('On 10 February 2023, a suicide bomber attacked a police compound in Peshawar (Peshawar, Khyber Pakhtunkhwa). 100 killed.',
     34.01, 71.58),
    ('On 13 June 2022, Abu Sayyaf militants kidnapped 2 fishermen off Jolo (Sulu, Bangsamoro).',
     6.05, 121.0),
    ('On 3 March 2023, ISWAP fighters attacked Rann and Gajiram (Kala/Balge, Borno). 6 soldiers killed.',
     12.22, 14.46),
    ('On 21 January 2024, Israeli forces shelled the area between Aita al-Shaab and Ramyeh (Bint Jbeil, Nabatieh).',
     33.1, 35.4),
])
def test_note_probe(text, latitude, longitude):
    inc = _first(text)
    assert inc.latitude is not None, text
    assert haversine_km(latitude, longitude, inc.latitude, inc.longitude) <= 25, (text, inc.location, inc.country)
