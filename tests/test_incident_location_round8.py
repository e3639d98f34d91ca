"""Where an incident happened, round 8: names of clans and tribes listed before one group
word, a trip's end, datelines, and the speakers for a whole state seated in its capital.
Sentences are the team's own, three or more per rule, about places world-wide."""

import pytest

from incident_helpers import first_incident


def main_incident(text, published="2023-03-10"):
    return first_incident(text, published)


@pytest.mark.parametrize("text, name", [
    ("A clash between the Baka and Avukaya clans left two dead.", "Baka"),
    ("The Hamar and Dasanech tribes clashed at a watering point, killing three.", "Hamar"),
    ("Members of the Bor and Twic clans clashed over cattle, killing nine.", "Bor"),
    ("Clashes between the Panyijiar and Leer clans left four dead.", "Leer"),
])
def test_names_listed_before_a_kinship_word_are_groups_not_places(text, name):
    # a gazetteer row shares each of these names (abroad, or a town far from the groups'
    # lands): the report names no place of events at all
    assert main_incident(text).location != name


@pytest.mark.parametrize("text, name", [
    ("Gunmen from the Leer clan raided a cattle camp, killing two herders.", "Leer"),
    ("Fighters of the Bor lineage attacked a cattle camp, killing six.", "Bor"),
    ("Youths of the Hamar tribes torched huts, killing one.", "Hamar"),
])
def test_a_name_before_a_kinship_word_is_no_place(text, name):
    assert main_incident(text).location != name


@pytest.mark.parametrize("text, location", [
    ("Clashes between the Baka and Avukaya clans near Yei left two dead.", "Yei"),
    ("Hamar and Dasanech youths clashed near Turmi, killing three.", "Turmi"),
    ("Fighting between the Dir and Hawiye clans near Galkayo left six dead.", "Galkayo"),
])
def test_the_place_named_beside_listed_groups_stands(text, location):
    assert main_incident(text).location == location


@pytest.mark.parametrize("text, location", [
    ("A convoy on its way to Kidal was struck by a roadside bomb in Gao.", "Gao"),
    ("Gunmen killed two traders on their way to Maiduguri in Konduga.", "Konduga"),
    ("Bandits attacked farmers returning to Gusau in Tsafe, killing four.", "Tsafe"),
])
def test_a_trips_end_is_not_where_the_travellers_were_struck(text, location):
    assert main_incident(text).location == location


@pytest.mark.parametrize("text, location", [
    ("SANAA, Yemen (AFP) - Houthi fighters attacked government positions in Marib province, killing six.", "Marib"),
    ("KABUL, Afghanistan (Reuters) - Taliban fighters stormed a police post in Ghazni province on Monday, killing four.",
     "Ghazni"),
    ("BAMAKO, Mali - Jihadists attacked an army camp in Mopti region, killing eight soldiers.", "Mopti"),
    ("NIAMEY, Niger (AFP) - Gunmen killed twelve villagers in Tillaberi region on Saturday.", "Tillaberi"),
])
def test_a_dateline_at_home_gives_way_to_the_region_the_report_names(text, location):
    assert main_incident(text).location == location


def test_a_dateline_alone_still_places_the_report():
    incident = main_incident("BANGUI, Central African Republic - Rebels attacked a village on Sunday, killing nine.")
    assert incident.country == "Central African Republic"


@pytest.mark.parametrize("text, country", [
    ("A military spokesman in Bamako said soldiers killed ten militants in central Mali.", "Mali"),
    ("An army spokesman in Abuja said troops killed six insurgents in northeastern Nigeria.", "Nigeria"),
    ("Gunmen killed two soldiers, the defence ministry in Kyiv said.", "Ukraine"),
    ("Militants killed four soldiers, army headquarters in Abuja said.", "Nigeria"),
    ("Rebels ambushed a patrol and killed three soldiers, the interior ministry in Bamako said.", "Mali"),
])
def test_a_states_speakers_in_the_capital_do_not_place_events_there(text, country):
    incident = main_incident(text)
    assert (incident.location, incident.country, incident.geo_precision) == (country, country, 3)


@pytest.mark.parametrize("text, location", [
    ("Rebels killed seven civilians overnight, officials in Goma said.", "Goma"),
    ("Gunmen killed a trader, police officials in Kaduna said.", "Kaduna"),
    ("Protesters marched in Blantyre on Monday, police said.", "Blantyre"),
])
def test_local_speakers_and_events_in_a_city_still_place_it(text, location):
    assert main_incident(text).location == location


@pytest.mark.parametrize("text, location", [
    ("Gunmen killed a trader in Jhalakathi municipality on Sunday.", "Jhalakathi"),
    ("Activists formed a line of protest in Jhalakathi town on Monday.", "Jhalakathi"),
    ("Students marched in Jhalakathi district town on Sunday demanding safer roads.", "Jhalakathi"),
    ("Police used tear gas on marchers in Rawalpindi district town.", "Rawalpindi"),
])
def test_a_town_named_as_such_is_the_town_itself_though_the_gazetteer_holds_its_district(text, location):
    # (the gazetteer holds Jhalakathi only as its district's row, at the town's point)
    incident = main_incident(text)
    assert (incident.location, incident.geo_precision) == (location, 1)


@pytest.mark.parametrize("text, location", [
    ("Farmers protested in Jhalakathi district on Sunday over fertiliser prices.", "Jhalakathi"),
    ("Gunmen killed a trader near Jhalakathi town on Sunday.", "Jhalakathi"),
    ("Bandits raided villages in Rawalpindi district, killing two.", "Rawalpindi"),
])
def test_a_district_or_the_land_near_a_town_stays_geo_precision_2(text, location):
    incident = main_incident(text)
    assert (incident.location, incident.geo_precision) == (location, 2)


@pytest.mark.parametrize("text, location", [
    ("Police clashed with protesters in Nimba County on Monday.", "Nimba County"),
    ("Villagers attacked a mining camp in Grand Gedeh county, injuring four.", "Grand Gedeh"),
    ("Youths burned a police station in Lofa County after a death in custody.", "Lofa County"),
    ("Unknown gunmen killed two farmers in the county of Bong on Saturday.", "Bong"),
])
def test_a_county_is_a_unit_around_its_seat_at_geo_precision_2(text, location):
    incident = main_incident(text)
    assert (incident.location, incident.geo_precision) == (location, 2)


@pytest.mark.parametrize("text, location", [
    ("Gunmen attacked a village in Kano state, killing five.", "Kano"),
    ("Police clashed with protesters in Nimba on Monday.", "Nimba"),
    ("Rebels attacked an army post in Ituri province, killing four.", "Ituri"),
])
def test_a_state_a_province_or_a_bare_region_stays_geo_precision_3(text, location):
    incident = main_incident(text)
    assert (incident.location, incident.geo_precision) == (location, 3)


@pytest.mark.parametrize("text, location", [
    ("Fighters clashed in the Maiduguri outskirts on Sunday.", "Maiduguri"),
    ("Militias burned huts on the Bunia outskirts, killing three.", "Bunia"),
    ("Gunmen attacked a village in the vicinity of Djibo.", "Djibo"),
    ("Soldiers clashed with rebels in the surroundings of Bunia.", "Bunia"),
    ("An attack took place in the environs of Mopti.", "Mopti"),
    ("Protesters gathered on the periphery of Kisangani on Monday.", "Kisangani"),
])
def test_the_land_around_a_town_is_near_it(text, location):
    incident = main_incident(text)
    assert (incident.location, incident.geo_precision) == (location, 2)


@pytest.mark.parametrize("text, location", [
    ("Protesters blocked the Zakho and Amadiya roads on Monday in Dohuk.", "Dohuk"),
    ("Gunmen attacked travellers on the Bama and Gwoza roads near Konduga.", "Konduga"),
    ("Protesters barricaded the Ejisu and Konongo highways in Kumasi on Friday.", "Kumasi"),
])
def test_towns_listed_in_the_names_of_roads_are_not_the_place(text, location):
    assert main_incident(text).location == location


@pytest.mark.parametrize("text, location", [
    ("Jihadists attacked the village of Ogossagou in Bankass cercle.", "Bankass"),
    ("Gunmen killed six herders in a hamlet of Djenne cercle on Sunday.", "Djenne"),
    ("Soldiers clashed with militants in Niono cercle, killing two.", "Niono"),
    ("Militants attacked Diafarabe in Tenenkou cercle, killing five.", "Tenenkou"),
])
def test_a_cercle_is_the_unit_around_its_town(text, location):
    incident = main_incident(text)
    assert (incident.location, incident.geo_precision) == (location, 2)


@pytest.mark.parametrize("text, location", [
    ("Militants attacked a police post about 40 km from the northern town of Gao.", "Gao"),
    ("Gunmen killed two herders 15 kilometres east of the town of Konduga.", "Konduga"),
    ("Jihadists ambushed a patrol some 30 miles from the border town of Djibo.", "Djibo"),
])
def test_a_distance_from_a_town_named_as_such_is_near_it(text, location):
    incident = main_incident(text)
    assert (incident.location, incident.geo_precision) == (location, 2)


@pytest.mark.parametrize("text, location", [
    ("Protesters marched to Tiananmen Square in Lhasa.", "Lhasa"),
    ("Hundreds gathered at Tiananmen Square in Chengdu on Sunday, clashing with police.", "Chengdu"),
    ("Crowds rallied at Red Square in Kazan on Sunday, clashing with police.", "Kazan"),
])
def test_a_square_named_like_a_famous_one_lies_in_the_town_named_next(text, location):
    # the gazetteer reads each square as the capital it is best known in, in the same country
    assert main_incident(text).location == location


@pytest.mark.parametrize("text, location", [
    ("Hundreds rallied at Trafalgar Square in Ibadan on Saturday.", "Ibadan"),
    ("Protesters gathered at Tahrir Square in Basra on Friday.", "Basra"),
    ("Students rallied at Tahrir Square in Sulaymaniyah, demanding salaries.", "Sulaymaniyah"),
])
def test_a_site_in_a_town_is_coded_at_the_town_itself(text, location):
    incident = main_incident(text)
    assert (incident.location, incident.geo_precision) == (location, 1)
