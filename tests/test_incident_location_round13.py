"""Where an incident happened, round 13: the country of a report that names no place when
its attackers come from one country and the people they struck belong to another.
Sentences are the team's own, three or more per rule."""

import pytest

from incident_helpers import first_incident


def main_incident(text, published="2024-04-18"):
    return first_incident(text, published)


@pytest.mark.parametrize("text, country", [
    ("Chadian raiders attacked Cameroonian herders at dawn and drove off 200 cattle.", "Cameroon"),
    ("Sudanese militiamen killed four Chadian villagers in a raid across the frontier.", "Chad"),
    ("Burundian rebels abducted three Congolese fishermen on Thursday night.", "Democratic Republic of the Congo"),
    ("Somali gunmen shot dead two Ethiopian police officers on Monday.", "Ethiopia"),
    ("Gunmen from neighbouring Burkina Faso killed three Ivorians and burned their granaries.", "Ivory Coast"),
    ("Suspected Malian bandits killed a Nigerien, then fled with his camels.", "Niger"),
])
def test_raiders_named_by_one_country_strike_people_of_another_at_home(text, country):
    assert main_incident(text).country == country


@pytest.mark.parametrize("text, country", [
    # the attackers' country is all the report names
    ("Nigerian bandits kidnapped ten travellers on Saturday.", "Nigeria"),
    # a state's forces fire at home as often as abroad: no clue against their country
    ("Congolese soldiers killed two Rwandan civilians during a search operation.", "Democratic Republic of the Congo"),
    # the attackers' country is named otherwise too: its officials speak of events at home
    ("Rwandan rebels killed four Congolese civilians, Rwandan officials said on Friday.", "Rwanda"),
    # foreigners struck far from home: no raid across a border
    ("Sudanese raiders abducted three Norwegian aid workers on Tuesday.", "Sudan"),
    ("Chadian rebels kidnapped two French tourists at an oasis.", "Chad"),
    ("Malian jihadists abducted a German priest from his parish.", "Mali"),
    ("Nigerian gunmen kidnapped three Chinese workers at a quarry.", "Nigeria"),
])
def test_the_attackers_country_stays_when_nothing_says_they_crossed(text, country):
    assert main_incident(text).country == country


@pytest.mark.parametrize("text, country, capital", [
    ("Gunmen killed three villagers in Ouelessebougou cercle, Mali.", "Mali", "Bamako"),
    ("Militants attacked a girls' school in Spinwam tehsil, Pakistan, on Monday.", "Pakistan", "Islamabad"),
    ("Shelling damaged a school in Zolochivskyi raion, Ukraine, on Sunday.", "Ukraine", "Kyiv"),
    ("Gunmen killed five traders in Seytenga commune, Burkina Faso.", "Burkina Faso", "Ouagadougou"),
])
def test_a_unit_named_by_any_admin_word_of_the_lexicon_withholds_the_capital(text, country, capital):
    # a cercle, tehsil, raion or commune the gazetteer lacks: somewhere in the country,
    # not at its capital
    inc = main_incident(text)
    assert inc.country == country and inc.location != capital


@pytest.mark.parametrize("text, capital", [
    ("Members of the Nurses Union marched in Uganda over unpaid allowances.", "Kampala"),
    ("Supporters of a Msasani ward candidate clashed with police in Tanzania.", "Dodoma"),
    ("Fighting broke out at the Red Zone checkpoint in Haiti, killing two.", "Port-au-Prince"),
])
def test_a_small_unit_or_a_union_does_not_withhold_the_capital(text, capital):
    assert main_incident(text).location == capital


@pytest.mark.parametrize("text, country", [
    ("ADDIS ABABA, Ethiopia (Reuters) - Gunmen killed 12 villagers in western Ethiopia overnight, police said.", "Ethiopia"),
    ("BAMAKO, Mali (AP) - Jihadists killed eight soldiers in central Mali on Sunday, the army said.", "Mali"),
    ("KHARTOUM, Sudan (AP) - Paramilitary fighters shelled camps in western Sudan, killing 30, aid workers said.", "Sudan"),
    ("ABUJA, Nigeria (Reuters) - Bandits abducted 40 pupils in northwest Nigeria on Friday, officials said.", "Nigeria"),
])
def test_a_dateline_takes_no_weight_from_its_country_named_again_as_the_place_of_events(text, country):
    # the capital it was filed from is no place of events in a part of the country
    inc = main_incident(text)
    assert inc.country == country and inc.location == country and inc.geo_precision == 3


@pytest.mark.parametrize("text, location", [
    ("ZARIA, Nigeria (AP) - Gunmen killed five worshippers in Zaria on Sunday, police said.", "Zaria"),
    ("UVIRA, Congo (Reuters) - Rebels shelled the outskirts of Uvira on Tuesday.", "Uvira"),
    ("MOGADISHU, Somalia (AP) - A car bomb killed seven people at a checkpoint in Mogadishu on Saturday.", "Mogadishu"),
])
def test_a_dateline_town_named_again_as_the_place_of_events_stays(text, location):
    assert main_incident(text).location.lower() == location.lower()
