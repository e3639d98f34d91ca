"""Where an incident happened, more rules: chains written with settlement words and
names the gazetteer lacks, people named after their town, places that speak or are
raided, foreign victims. Sentences are the team's own, three per rule."""

import pytest

from incident_helpers import first_incident


def main_incident(text, published="2023-03-10"):
    return first_incident(text, published)


@pytest.mark.parametrize("text, location", [
    ("On Sunday students set fire to a bus, two shops and several motorbikes in Kushtia town, Kushtia Sadar (Khulna) "
     "after a road death.", "Kushtia"),
    ("Party members vandalized the office of a rival leader and several shops in Pabna village, Pabna Sadar upazila "
     "(Rajshahi) on Friday.", "Pabna"),
    ("Party workers vandalized the office of a rival leader and several shops in Sherpur town, Sherpur Sadar "
     "(Mymensingh) on Friday.", "Sherpur"),
])
def test_a_chain_through_a_settlement_word_and_an_unknown_name_ends_at_its_first_place(text, location):
    assert main_incident(text).location == location


@pytest.mark.parametrize("text, location", [
    ("Thousands of supporters in Kinshasa protested against the election results on Monday.", "Kinshasa"),
    ("On Tuesday nurses in Nairobi protested over unpaid salaries.", "Nairobi"),
    ("Students in Lima protested against the new education law on Thursday.", "Lima"),
])
def test_a_capital_after_in_is_a_place_not_a_government_speaking(text, location):
    assert main_incident(text).location == location


@pytest.mark.parametrize("text, location", [
    ("Gunmen raided his home in Maiduguri on Sunday night and killed him.", "Maiduguri"),
    ("Armed robbers attacked a family at their home in Kaduna, killing the father.", "Kaduna"),
    ("A mob burned down the home in Kisumu of a man accused of theft.", "Kisumu"),
])
def test_a_home_attacked_is_a_place_of_events(text, location):
    assert main_incident(text).location == location


@pytest.mark.parametrize("text, location", [
    ("Kano youths burned tyres on Monday to protest the fuel price rise.", "Kano"),
    ("Enugu traders clashed with council officials over new levies on Tuesday.", "Enugu"),
    ("Zaria youths blocked the highway on Friday, demanding the release of detained men.", "Zaria"),
])
def test_a_town_named_by_its_people_is_the_place_when_no_other_is_named(text, location):
    assert main_incident(text).location == location


def test_a_town_named_by_its_people_gives_way_to_the_place_named_with_in():
    inc = main_incident("Kano youths clashed with police in Kaduna on Monday.")
    assert inc.location == "Kaduna"


@pytest.mark.parametrize("text, location", [
    ("Armed men abducted two Italian aid workers in Malindi on Tuesday.", "Malindi"),
    ("Gunmen kidnapped three Chinese engineers in Maiduguri on Friday.", "Maiduguri"),
    ("Bandits robbed a group of German tourists in Naivasha on Sunday.", "Naivasha"),
])
def test_foreign_victims_do_not_move_the_place_abroad(text, location):
    assert main_incident(text).location == location
