"""A report's places and country are not taken from a word or a far namesake:

- an English exonym opening a sentence ("Kiev", "Cologne") stays the city, although
  GeoNames gives it only as an alternate name, like a foreign word for a country
  ("Grenade" for Grenada), which is why such words are not dropped as words;
- hyphenated names with a short lower-case particle ("Port-au-Prince") are places;
- a small town abroad found by a lone name does not name the actors' country over the
  report's own clues (its peoples, leaders, institutions);
- a named armed group's home country names its actors only when nothing else says where.

Every sentence is written for these tests.
"""

import pytest

from geo.incidents import extract_incidents_from_text
from geo.places import parse_places


def found(text):
    """Surface -> (place name, country) of the places found in ``text``."""
    return {m.text: (m.place.name, m.place.country_code) for m in parse_places(text) if m.place}


# -- an alternate name opening a sentence ---------------------------------------------------

# A rule that read a frequent English word opening a sentence as the word wherever it
# named big places only by an alternate name ("Grenade" for Grenada) also dropped the
# English names of cities that GeoNames spells natively: we keep the city.
@pytest.mark.parametrize("text, surface, country", [
    ("Kiev was shelled again overnight, the mayor said.", "Kiev", "UA"),
    ("Cologne saw two marches on Saturday.", "Cologne", "DE"),
    ("Bombay police arrested three men at the docks.", "Bombay", "IN"),
])
def test_an_english_exonym_opening_a_sentence_is_the_city(text, surface, country):
    assert found(text)[surface][1] == country


@pytest.mark.parametrize("text, surface, country", [
    # near misses: the text capitalises the word inside a sentence, or puts it after "in"
    ("Grenade police held two men. Officers in Grenade said more arrests would follow.", "Grenade", "GD"),
    # a short form that is a word of the region's own name, not a translation
    ("Crimea was tense after the vote, observers said.", "Crimea", "UA"),
    # a country's main name opening a sentence
    ("Grenada police arrested two men on Sunday.", "Grenada", "GD"),
])
def test_a_name_the_text_treats_as_a_place_stays_a_place(text, surface, country):
    assert found(text)[surface][1] == country


# -- hyphenated names with a lower-case particle --------------------------------------------

@pytest.mark.parametrize("text, surface, country", [
    ("Traffic in Port-au-Prince stopped as crowds gathered outside the ministry.", "Port-au-Prince", "HT"),
    ("Three people drowned in Pont-à-Mousson after the river burst its banks.", "Pont-à-Mousson", "FR"),
    ("Shops in Rostov-na-Donu closed early on the day of the march.", "Rostov-na-Donu", "RU"),
    ("The Port-au-Prince mayor asked for calm.", "Port-au-Prince", "HT"),
    ("Veterans rallied in Mazar-i-Sharif over unpaid pensions.", "Mazar-i-Sharif", "AF"),
])
def test_a_hyphenated_name_with_a_particle_is_one_place(text, surface, country):
    assert found(text)[surface][1] == country


def test_an_english_word_between_hyphens_joins_two_names_not_one():
    # near miss: "to" joins two towns; it is no particle of one name
    assert set(found("The Mombasa-to-Nairobi highway reopened on Monday after the floods.")) == {"Mombasa", "Nairobi"}


def test_a_gang_attack_in_port_au_prince_is_placed_in_haiti():
    incidents = extract_incidents_from_text("Gang members shot dead two traders in Port-au-Prince on Sunday.",
                                            "2022-03-07")
    assert incidents and incidents[0].country == "Haiti"
    assert incidents[0].location == "Port-au-Prince"


# -- a rarer word written in lower case too, opening a sentence ------------------------------

@pytest.mark.parametrize("text, word", [
    ("Boda boda riders blocked the highway after a colleague was beaten.", "Boda"),
    ("Nyamata traders say the nyamata stalls were torn down at night.", "Nyamata"),
])
def test_a_word_the_text_also_writes_in_lower_case_does_not_open_a_sentence_as_a_place(text, word):
    assert word not in found(text)


def test_a_rare_name_opening_a_sentence_and_never_in_lower_case_stays_a_place():
    # near miss: nothing in the text writes the name as a word
    assert found("Ruhango was calm on Monday after the storm.")["Ruhango"][1] == "RW"


# -- a small town abroad against the report's own country clues -----------------------------

@pytest.mark.parametrize("text", [
    "Matatu drivers protested in Ruhango on Monday over new fares.",
    "Angry matatu operators blocked the road at Ruhango after police seized two vehicles.",
    "The upazila chairman was attacked by a mob at Ruhango bazar.",
])
def test_a_small_town_abroad_does_not_place_a_report_whose_clues_point_home(text):
    incidents = extract_incidents_from_text(text, "2020-02-03")
    assert incidents and incidents[0].country != "Rwanda"


def test_without_clues_the_only_town_named_places_the_report():
    # near miss: nothing says where the report is from
    incidents = extract_incidents_from_text("Rioters torched a bus in Ruhango and threw stones at police.", "2020-02-03")
    assert incidents[0].country == "Rwanda" and incidents[0].location == "Ruhango"


# -- a named armed group that fights across borders ----------------------------------------

@pytest.mark.parametrize("text", [
    "Police killed a suspected al-Shabaab courier in a shootout on Monday.",
    "Boko Haram fighters raided a village at dawn, killing six farmers.",
    "Suspected Taliban gunmen ambushed a police patrol on Friday night.",
])
def test_a_cross_border_group_does_not_place_the_event_in_its_home_country(text):
    incidents = extract_incidents_from_text(text, "2019-06-10")
    assert incidents and incidents[0].country in ("", None) and incidents[0].latitude is None


@pytest.mark.parametrize("text, country", [
    ("Police killed a suspected al-Shabaab courier in a shootout on Monday.", "Somalia"),
    ("Boko Haram fighters raided a village at dawn, killing six farmers.", "Nigeria"),
])
def test_with_nothing_else_the_group_names_the_unnamed_actors(text, country):
    incident = extract_incidents_from_text(text, "2019-06-10")[0]
    assert f"({country})" in f"{incident.actor1} {incident.actor2}" or f"of {country}" in f"{incident.actor1} {incident.actor2}"


def test_a_place_named_places_the_cross_border_group_there():
    incident = extract_incidents_from_text("Fighters of al-Shabaab overran a police post in Mandera on Tuesday, "
                                           "and four officers died.", "2019-06-10")[0]
    assert incident.country == "Kenya" and "Kenya" in incident.actor2


def test_a_group_that_fights_at_home_only_still_places_the_event_in_its_country():
    # near miss: a group of one country only keeps placing its events there
    incident = extract_incidents_from_text("Islamic State Mozambique Province fighters raided a village at dawn, "
                                           "killing six farmers.", "2020-06-10")[0]
    assert incident.country == "Mozambique"


# -- a kind or compass word closing a longer name is no place of its own --------------------

@pytest.mark.parametrize("text, wrong", [
    ("Gunmen shot dead a trader who was walking home in Kolowa Valley.", "Anguilla"),
    ("A body was found in Mbuyu South on Monday.", "Lebanon"),
    ("Youths in Kipsigo North stoned a lorry driver, leaving him badly hurt.", "France"),
])
def test_the_last_word_of_a_longer_name_does_not_place_the_report_abroad(text, wrong):
    incident = extract_incidents_from_text(text, "2018-04-04")[0]
    assert incident.country != wrong and wrong not in incident.actor1


def test_a_known_town_before_a_compass_word_still_places_the_report():
    # near miss: the town of the longer name is in the gazetteer
    incident = extract_incidents_from_text("Raiders drove off 150 sheep at Kabarnet East on Sunday.", "2018-04-04")[0]
    assert incident.country == "Kenya" and incident.location == "Kabarnet"


# -- a party's alias ending a longer name ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Members of the Progressive Democratic Alliance rallied outside the press club on Friday.",
    "Activists of the Progressive Democratic Alliance marched to the district office.",
    "Supporters of the Rural Democratic Alliance protested on the highway against fuel prices.",
])
def test_an_alias_ending_a_longer_name_is_not_that_party(text):
    from geo.incidents.aliases import actor_hits
    assert not any(h.actor.name == "DA: Democratic Alliance" for h in actor_hits(text))
    incident = extract_incidents_from_text(text, "2023-07-07")[0]
    assert "South Africa" not in incident.actor1 and incident.country != "South Africa"


@pytest.mark.parametrize("text, name", [
    # near misses: the alias alone, after a demonym, or at a sentence's start
    ("Members of the Democratic Alliance rallied outside the city hall.", "DA: Democratic Alliance"),
    ("Police said Somali Al Shabaab militants raided the camp.", "Al Shabaab"),
    ("Democratic Alliance members rallied outside the city hall.", "DA: Democratic Alliance"),
])
def test_an_alias_on_its_own_is_still_the_group(text, name):
    from geo.incidents.aliases import actor_hits
    assert any(h.actor.name == name for h in actor_hits(text))
