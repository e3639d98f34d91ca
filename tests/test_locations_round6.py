"""Where an incident happened, round 6: a place named for an office held there is the
official's seat, and a town the text names as a town is the place. Every sentence is
written for these tests (no place or wording from the evaluation files)."""

from __future__ import annotations

import pytest

from geo.gazetteer import haversine_km, load_gazetteer
from geo.incidents import extract_incidents_from_text


def _place(text: str) -> tuple[str, str]:
    incidents = extract_incidents_from_text(text, "2024-03-05")
    assert incidents, text
    return incidents[0].location, incidents[0].country


# --- An office named after a place is the official's seat, not the scene -------------------
# "the Hill governor", "the senator for Hill", "the Oldtown mayor": the place the official
# holds office for; the event happened where the text says it did.

@pytest.mark.parametrize("text, location, country", [
    ("Youths in Zaria rioted at a rally of the Kano governor and burned two cars.", "Zaria", "Nigeria"),
    ("Traders in Gombe attacked the car of the senator for Bauchi after the vote.", "Gombe", "Nigeria"),
    ("Youths in Mubi rioted at an event of the Yola mayor and burned a car.", "Mubi", "Nigeria"),
    ("Youths in Jalalabad attacked the campaign office of the Kabul MP.", "Jalalabad", "Afghanistan"),
    ("A crowd in Bukavu stoned the motorcade of the Uvira mayor on Friday.", "Bukavu", "Democratic Republic of the Congo"),
])
def test_office_seat_is_not_the_scene(text, location, country):
    assert _place(text) == (location, country)


@pytest.mark.parametrize("text, location", [
    ("Gunmen shot dead the Kebbi governor's aide on Monday.", "Kebbi"),
    ("Protesters stoned a residence belonging to the mayor of Bukavu.", "Bukavu"),
    ("Gunmen ambushed the convoy of the Zamfara governor overnight, killing two guards.", "Zamfara"),
])
def test_office_seat_stands_when_no_other_place(text, location):
    # (officials often act at home: with no other place the seat is the best guess)
    assert _place(text)[0] == location


# --- "Oldtown town": a town named as such beats a place named only as a destination ---------

@pytest.mark.parametrize("text, location, country", [
    ("Residents of Kaduna town barricaded the road and seized a lorry carrying timber to Abuja.", "Kaduna", "Nigeria"),
    ("Angry residents of Mopti town attacked a bus bound for Bamako.", "Mopti", "Mali"),
    ("Residents of Sokoto town blocked the highway and turned back trucks heading to Gusau.", "Sokoto", "Nigeria"),
    ("Party members marched through Mardan city, condemning the bombing of Gaza.", "Mardan", "Pakistan"),
    ("In Bama trading center, traders barricaded the Maiduguri-Bama road to protest a new levy.", "Bama", "Nigeria"),
])
def test_town_named_as_town(text, location, country):
    assert _place(text) == (location, country)


def test_town_people_set_out_from_is_no_scene():
    # "from Oldtown town": where marchers set out, not where they arrived and protested
    assert _place("Farmers marched from Gusau town to Sokoto to protest against new levies.")[0] == "Sokoto"


# --- Of two names of a chain in two countries, the one outside the report's is a namesake ---
# "Oldtown town in Eastern Province" in a report on Oldtown's country: a province of that name
# the gazetteer lacks there, not the one abroad; "Bigcity in Oldtown": a quarter of the town
# named after a city abroad.

@pytest.mark.parametrize("text, location, country", [
    ("Ghanaian police said residents of Tamale town in Eastern Province rioted over land.", "Tamale", "Ghana"),
    ("Somali police said traders in Baidoa town in Eastern Province protested over taxes.", "Baidoa", "Somalia"),
    ("Malian soldiers said gunmen attacked Mopti town in Eastern Province.", "Mopti", "Mali"),
    ("Ugandan police said residents of Gulu town in Eastern Province rioted over land.", "Gulu", "Uganda"),
])
def test_region_namesake_abroad_after_a_town(text, location, country):
    assert _place(text) == (location, country)


@pytest.mark.parametrize("text, location, country", [
    ("A cleric was shot dead at Bethlehem in Goma on Sunday.", "Goma", "Democratic Republic of the Congo"),
    ("Youths clashed with police at Dallas in Kismayo on Friday.", "Kismayo", "Somalia"),
    ("Soldiers raided homes at Medina in Beledweyne overnight.", "Beledweyne", "Somalia"),
])
def test_quarter_named_after_a_city_abroad(text, location, country):
    assert _place(text) == (location, country)


# --- "the Bigcity estate in Oldtown town": a quarter, even of a small town named as one -------

@pytest.mark.parametrize("text, location, country", [
    ("Gunmen killed a shopkeeper at the Houston estate in Jowhar town.", "Jowhar", "Somalia"),
    ("A grenade was thrown into a bar at the Chicago area in Damboa town.", "Damboa", "Nigeria"),
    ("Soldiers arrested ten men at the Cairo area in Dinsor town.", "Dinsor", "Somalia"),
])
def test_quarter_of_a_town_named_as_a_town(text, location, country):
    assert _place(text) == (location, country)


# --- Where people live: a weak place, better than their country alone ------------------------
# "refugees living in Oldtown protested": people mostly act where they live; the town is
# taken only when the report names no other (a seat of a monitor stays no place at all).

@pytest.mark.parametrize("text, location, country", [
    ("Somali traders living in Kampala marched to their embassy, complaining of police raids.", "Kampala", "Uganda"),
    ("Ugandan police said gunmen killed a trader who lives in Gulu.", "Gulu", "Uganda"),
    ("Eritrean refugees living in Khartoum marched to protest their arrests.", "Khartoum", "Sudan"),
])
def test_residence_when_no_other_place(text, location, country):
    assert _place(text) == (location, country)


def test_residence_loses_to_the_scene():
    assert _place("Sudanese traders living in Kampala were beaten by a crowd in Jinja.")[0] == "Jinja"


def test_monitor_seat_is_still_no_place():
    assert _place("A Kampala-based rights group said police shot dead two men in Gulu.")[0] == "Gulu"


# --- A region named as a region places the report in its country, however short its name ----
# "across Gao region": a small namesake abroad of a village there ("near Loro") is no place
# of the report; the region (at its capital) is.

@pytest.mark.parametrize("text, country", [
    ("Bandits raided cattle near Loro, causing panic across Gao region.", "Mali"),
    ("Raiders stole goats near Gamba, the elders of Sool region said.", "Somalia"),
    ("Gunmen killed a herder near Loro, spreading fear across Gedo region.", "Somalia"),
    ("Gunmen killed a herder near Loro, spreading fear across Sila province.", "Chad"),
])
def test_short_region_named_as_region_gives_the_country(text, country):
    assert _place(text)[1] == country


# --- A people named as such: its homeland only when the report names no other place ---------
# "Koro raiders", "between Koro and Dala groups", "the Koro": a people (homelands.toml),
# not the town or region of that name when the report names the scene; with no other
# place named, their home region is where ACLED codes their raid.

@pytest.mark.parametrize("text, location, country", [
    ("Afar raiders stole cattle and killed two herders.", "Afar", "Ethiopia"),
    ("Sidama youths burned shops and blocked roads.", "Sidama", "Ethiopia"),
    ("Salamat herders torched a village and stole cattle.", "Salamat", "Chad"),
    ("Ashanti youths attacked a convoy and burned two trucks.", "Ashanti", "Ghana"),
])
def test_people_homeland_when_no_other_place(text, location, country):
    assert _place(text) == (location, country)


def test_people_named_like_a_town_is_no_scene():
    text = "Three men died in fighting between Konso and Gedeo groups. LOCATION: a village near Jinka."
    assert _place(text) == ("Jinka", "Ethiopia")


# --- A place the gazetteer lacks, known only by its district: the district's own centre -----
# "in Oldvillage, Oldblock (Hill, Northern)" with neither village nor block known: the
# district Hill at geo_precision 2, at the district's centre (nearer a place somewhere in it
# than the district town, which often lies at its edge) where the gazetteer holds the unit.

@pytest.mark.parametrize("text, district", [
    ("Two farmers were shot dead in Zorvanpur Khurd village, Zorvan tehsil (Kasur, Punjab) over a land dispute.", "Kasur"),
    ("Gunmen torched a bus at Qelmani Bazar area, Qelmani tehsil (Gwadar, Balochistan) overnight.", "Gwadar"),
    ("Villagers clashed with police at Zirkhedi village, Zirkhed block (Vidisha, Madhya Pradesh) over a land dispute.",
     "Vidisha"),
])
def test_unknown_place_at_its_district_centre(text, district):
    incidents = extract_incidents_from_text(text, "2024-03-05")
    inc = incidents[0]
    unit = next(p for p in load_gazetteer().lookup(district) if getattr(p, "is_admin2", False))
    assert inc.geo_precision == 2
    assert haversine_km(inc.latitude, inc.longitude, unit.latitude, unit.longitude) < 1.0, (inc.location, inc.latitude)


# --- A town named only in a road's name weighs less than a town named as a place -------------
# "the Bigcity highway", "the Bigcity-Othercity railway at Oldtown": a road that may run far
# from the town it is named after; the town the text puts the people or the event in wins.

@pytest.mark.parametrize("text, location, country", [
    ("Several hundred Gulu residents barricaded the Kampala highway, angry over potholes.", "Gulu", "Uganda"),
    ("Angry Lira residents barricaded the Kampala highway for hours over potholes.", "Lira", "Uganda"),
    ("Students blocked the Karachi-Peshawar railway at Khanewal to protest fees.", "Khanewal", "Pakistan"),
    ("Motorcyclists from Arua barricaded the Kampala highway, angry over fuel prices.", "Arua", "Uganda"),
])
def test_road_named_after_a_town_is_no_scene(text, location, country):
    assert _place(text) == (location, country)


def test_road_alone_still_places_the_first_town():
    # (with nothing else named, the road's first town stays the best guess)
    assert _place("Traders blocked the Kitgum-Pader road with burning tyres over a new levy.") == ("Kitgum", "Uganda")


@pytest.mark.parametrize("text, district", [
    ("Jihadists burned a school in Qwixobaga village, Qwixo commune (Segou).", "Ségou"),
    ("Miners clashed with gendarmes in Qwambeta village, Qwambe commune (Boke).", "Boké"),
    ("Youths burned tyres in Qworiko village, Qwori commune (Mamou).", "Mamou"),
])
def test_unknown_block_before_a_region_named_like_its_district(text, district):
    # "(Hill)": both a region and its district; the block before it unknown: the district's centre
    inc = extract_incidents_from_text(text, "2024-03-05")[0]
    unit = next(p for p in load_gazetteer().lookup(district) if getattr(p, "is_admin2", False))
    assert inc.geo_precision == 2
    assert haversine_km(inc.latitude, inc.longitude, unit.latitude, unit.longitude) < 1.0, (inc.location, inc.latitude)


def test_town_named_before_the_bracket_stays():
    # "in Oldtown city, Oldtown block (Hill)": the town the text names
    inc = extract_incidents_from_text("Students protested in Mamou city, Qwori commune (Mamou).", "2024-03-05")[0]
    town = next(p for p in load_gazetteer().lookup("Mamou") if p.feature_code.startswith("PPL"))
    assert haversine_km(inc.latitude, inc.longitude, town.latitude, town.longitude) < 1.0


# --- An embassy protested at is the scene, not a diplomat's seat -----------------------------

@pytest.mark.parametrize("text, location, country", [
    ("Sudanese students demonstrated at the Egyptian embassy in Khartoum against the detention of traders in Cairo.",
     "Khartoum", "Sudan"),
    ("Hundreds rallied in front of the French embassy in Niamey, condemning strikes in Mali.", "Niamey", "Niger"),
    ("Protesters marched towards the US embassy in Islamabad to condemn the bombing of Gaza.", "Islamabad", "Pakistan"),
    ("Malian students picketed the French embassy in Bamako over raids in Kidal.", "Bamako", "Mali"),
])
def test_embassy_protested_at_is_the_scene(text, location, country):
    assert _place(text) == (location, country)


def test_embassy_speaking_is_still_a_seat():
    assert _place("The Egyptian embassy in Khartoum said two traders were killed in Cairo.") == ("Cairo", "Egypt")


@pytest.mark.parametrize("text, location, country", [
    ("About forty Kano based reporters marched, calling for a jailed colleague to be freed.", "Kano", "Nigeria"),
    ("A group of Lagos-based traders marched against new levies imposed in Nigeria.", "Lagos", "Nigeria"),
    ("Dozens of Peshawar-based drivers protested over a colleague's detention.", "Peshawar", "Pakistan"),
])
def test_people_based_in_a_town_act_there(text, location, country):
    assert _place(text) == (location, country)


def test_monitor_based_in_a_town_is_no_place():
    assert _place("A Kampala-based rights group said soldiers killed two herders in Uganda.") == ("Uganda", "Uganda")


# --- "Bigcity village": a village of that name, not the big city nor the country ------------

@pytest.mark.parametrize("text, location, country", [
    ("Fighters clashed in Kano village, about 10 km north of Gumel town.", "Gumel", "Nigeria"),
    ("Militants burned houses in Paris village near Mopti town on Sunday.", "Mopti", "Mali"),
    ("Gunmen raided Lagos village, 20 km east of Ilorin, killing two farmers.", "Ilorin", "Nigeria"),
])
def test_village_named_like_a_city(text, location, country):
    assert _place(text) == (location, country)
