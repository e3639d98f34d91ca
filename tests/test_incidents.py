"""Reading ACLED-style incidents from report text."""

from datetime import date

import pytest

from geo.incidents import (
    classify_event,
    count_fatalities,
    extract_incidents_from_text,
    find_dates,
    split_sentences,
)

MONDAY = date(2021, 6, 28)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Fighters were killed overnight into Monday.", date(2021, 6, 28)),
        ("Gunmen attacked the village on Thursday.", date(2021, 6, 24)),
        ("The convoy was hit last Monday.", date(2021, 6, 21)),
        ("Two people died yesterday.", date(2021, 6, 27)),
        ("Troops were ambushed on 14 May.", date(2021, 5, 14)),
        ("Troops were ambushed on June 3, 2020.", date(2020, 6, 3)),
    ],
)
def test_dates_resolve_against_the_publication_date(sentence, expected):
    assert find_dates(sentence, MONDAY)[0].day == expected


def test_a_month_alone_dates_to_the_month_and_the_past():
    (d,) = find_dates("In February, strikes hit the area.", MONDAY)
    assert (d.day, d.precision) == (date(2021, 2, 1), 3)
    (d,) = find_dates("In November, strikes hit the area.", MONDAY)
    assert d.day.year == 2020  # November had not yet come in June 2021


def test_may_the_verb_is_not_a_month():
    assert find_dates("Talks may resume soon.", MONDAY) == []


def test_without_a_publication_date_only_explicit_dates_resolve():
    assert find_dates("Clashes erupted on Monday.", None) == []
    assert find_dates("Clashes erupted on 3 March 2021.", None)[0].day == date(2021, 3, 3)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("US air strikes killed at least seven fighters.", 7),
        ("The attack killed two soldiers and injured five.", 2),
        ("Strikes left more than 20 fighters dead.", 20),
        ("Seven fighters had been killed, a monitor said. A later report said 12 fighters were killed.", 7),
        ("Gunmen killed three villagers and two soldiers.", 5),
        ("No casualties were reported.", 0),
        ("Six people were wounded.", 0),
        ("The 25-year-old was killed 30 km from the town.", 0),
        # verbs and objects
        ("Two officers were killed according to the army.", 2),
        ("Gunmen gunned down a village chief on Sunday.", 1),
        ("Bandits stopped a bus and shot the driver dead.", 1),
        ("Unknown men assassinate a local councillor outside his home.", 1),
        ("Militants killed retired police commander as he left a mosque.", 1),
        ("Attackers shot two farmers in the leg.", 0),
        # subjects
        ("Raiders wounded a herder in the market. He died in hospital two days later.", 1),
        ("A rebel commander, Jean Mbala, was killed in the raid.", 1),
        ("No one was killed in the blast.", 0),
        ("The ambush resulted in a soldier and a militiaman killed.", 2),
        ("At least 12 fighters from the Tigers (Eastern Front) brigade were killed in the clash.", 12),
        ("A guard and three workers were wounded when a bomb (an IED) exploded near their truck.", 0),
        ("Police said at least 3 fatalities were counted among the attackers.", 3),
    ],
)
def test_fatalities_follow_acleds_conservative_rule(text, expected):
    assert count_fatalities([s.text for s in split_sentences(text)]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("US air strikes hit a depot.", ("Explosions/Remote violence", "Air/drone strike")),
        ("A roadside bomb killed four soldiers.", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("A suicide bomber blew himself up at a market.", ("Explosions/Remote violence", "Suicide bomb")),
        ("Mortar shelling hit the town.", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("Soldiers clashed with militants for hours.", ("Battles", "Armed clash")),
        ("Gunmen killed nine villagers in a raid on their homes.", ("Violence against civilians", "Attack")),
        ("Gunmen kidnapped 30 students.", ("Violence against civilians", "Abduction/forced disappearance")),
        ("Thousands of protesters marched peacefully.", ("Protests", "Peaceful protest")),
        ("Police fired tear gas to disperse protesters.", ("Protests", "Protest with intervention")),
        ("Protesters torched a police station.", ("Riots", "Violent demonstration")),
    ],
)
def test_event_types_follow_acleds_taxonomy(text, expected):
    assert classify_event(text) == expected


RETELLING = """US warplanes struck sites used by Iran-backed militias near the Syria-Iraq border overnight into Monday, killing at least seven fighters, a monitor said.

The Pentagon said in Washington that two of the sites were in Syria and one in Iraq. Officials in Baghdad condemned the raid.

The strikes targeted a weapons depot near Albu Kamal, the Syrian Observatory for Human Rights said. Kataeb Hezbollah and Kataeb Sayyid al-Shuhada used the sites.

In February, US strikes in eastern Syria killed more than 20 fighters."""


@pytest.fixture(scope="module")
def retold():
    return extract_incidents_from_text(RETELLING, "2021-06-28")


def test_the_main_incident_is_the_strike_near_albu_kamal(retold):
    main = retold[0]
    assert main.location == "Albu Kamal" and main.country == "Syria"
    assert abs(main.latitude - 34.45) < 0.1 and abs(main.longitude - 40.92) < 0.1
    assert main.geo_precision == 2  # "near" the town
    assert main.event_date == "2021-06-28"
    assert (main.event_type, main.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert main.fatalities == 7
    assert main.actor1 == "Military Forces of the United States"
    assert {main.actor2, *main.assoc_actors} >= {"Kataib Hezbollah", "Kataib Sayyid al-Shuhada"}
    assert "Albu Kamal" in main.evidence


def test_datelines_and_spokespeople_seats_are_not_incidents(retold):
    assert not {"Washington", "Baghdad"} & {i.location for i in retold}


def test_the_unnamed_iraqi_site_is_an_incident_at_country_precision(retold):
    iraq = [i for i in retold if i.country == "Iraq"]
    assert len(iraq) == 1 and iraq[0].geo_precision == 3 and iraq[0].event_date == "2021-06-28"


def test_the_february_strikes_are_a_separate_earlier_incident(retold):
    february = [i for i in retold if i.event_date and i.event_date.startswith("2021-02")]
    assert len(february) == 1
    assert february[0].time_precision == 3 and february[0].fatalities == 20
    assert february[0].country == "Syria"


def test_text_without_events_has_no_incidents():
    assert extract_incidents_from_text("The minister visited Paris to discuss trade.", "2021-06-28") == []


# -- what counts as an event -------------------------------------------------------------
# ACLED notes are written in every tense and often without a subject; news reports still
# need a verb of violence, protest or a strategic move before a sentence is an event.

@pytest.mark.parametrize(
    "text, expected_type",
    [
        ("SAF bomb Deribat. 2 farmers died.", "Explosions/Remote violence"),
        ("Suspected cadres kill a party member in Chongwe.", "Violence against civilians"),
        ("Farmer killed in Selea.", "Violence against civilians"),
        ("Gunmen raided the village and abducted 12 women.", "Violence against civilians"),
        ("Rebels takes control of the town after a day of fighting.", "Battles"),
        ("Journalists picketed outside the broadcaster's offices.", "Protests"),
        ("Police arresting opposition supporters outside the court.", "Strategic developments"),
        ("Bashir declares a unilateral ceasefire in two states.", "Strategic developments"),
    ],
)
def test_triggers_cover_every_tense(text, expected_type):
    assert classify_event(text)[0] == expected_type


def test_sentences_without_an_event_verb_are_not_incidents():
    assert extract_incidents_from_text("The governor met elders to discuss the harvest.", "2016-06-20") == []
    assert extract_incidents_from_text("More than 40 attacks have hit the province this year.", "2016-06-20") == []


def test_a_date_is_not_a_count_of_events():
    (main,) = extract_incidents_from_text("Three government troops were killed on 2 July in clashes with militants.", "2016-07-02")
    assert main.event_type == "Battles" and main.fatalities == 3 and main.event_date == "2016-07-02"


# -- event types: ACLED's taxonomy, read from who did what to whom ------------------------

@pytest.mark.parametrize(
    "text",
    [
        "University of Zambia workers go on strike over payment of June salaries.",
        "Teachers on strike over unpaid salaries.",
        "Members of the judicial police announced a 24-hour strike.",
        "University students went on a 48 hour strike to demand payment of scholarships.",
    ],
)
def test_a_labour_strike_is_a_protest_not_an_air_strike(text):
    assert classify_event(text)[0] == "Protests"


def test_an_air_strike_stays_an_air_strike():
    assert classify_event("Jets launched air strikes on militant positions.") == ("Explosions/Remote violence", "Air/drone strike")
    assert classify_event("US strikes on facilities used by militias.") == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize(
    "text, expected",
    [
        # what was done to the crowd (ACLED's current sub-event types)
        ('Police open fire on "mostly peaceful" protesters, killing five.', ("Protests", "Excessive force against protesters")),
        ("The march was momentarily interrupted by police.", ("Protests", "Protest with intervention")),
        # what the crowd did
        ("Protesters burnt tyres and blocked roads in the city centre.", ("Riots", "Violent demonstration")),
        ("Traffic police and boda boda riders clashed in the market.", ("Riots", "Violent demonstration")),
        ("A mob beat a man accused of theft.", ("Riots", "Mob violence")),
    ],
)
def test_demonstrations_are_coded_by_what_happened_at_them(text, expected):
    assert classify_event(text) == expected


@pytest.mark.parametrize(
    "text, expected_type",
    [
        ("OLA fighters attacked government soldiers, killing nine soldiers.", "Battles"),
        ("Soldiers opened fire on villagers who had gathered at the well.", "Violence against civilians"),
        ("Militia attack Tur over two days. 5 killed, 8 wounded.", "Violence against civilians"),  # a village attacked
        ("A peacekeeper was killed by unidentified armed assailants.", "Battles"),
        ("Unidentified gunmen kill a government official.", "Violence against civilians"),
        ("Al Shabaab attack and kill a security official.", "Battles"),
    ],
)
def test_an_attack_is_a_battle_or_violence_against_civilians_by_who_was_hit(text, expected_type):
    assert classify_event(text)[0] == expected_type


def test_a_weapon_in_the_background_does_not_decide_the_type():
    text = ("A soldier wounded by an earlier bomb blast was wounded again when an ambulance taking him to hospital "
            "was ambushed by militants. Another soldier was killed.")
    assert classify_event(text) == ("Battles", "Armed clash")
    assert classify_event("Police arrested two men suspected of being behind attacks on a mosque.")[0] == "Strategic developments"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police defused an IED planted near the market.", ("Strategic developments", "Disrupted weapons use")),
        ("Security forces found a weapons cache in the forest.", ("Strategic developments", "Disrupted weapons use")),
        ("A new rebel group of former M23 fighters has been formed.", ("Strategic developments", "Change to group/activity")),
        ("Police arrested three men in connection with the killing of a chief.", ("Strategic developments", "Arrests")),
        ("Police thwarted an attack and killed a wanted fighter.", ("Battles", "Armed clash")),
    ],
)
def test_strategic_developments(text, expected):
    assert classify_event(text) == expected


def test_a_takeover_without_a_fight_is_a_strategic_development():
    assert classify_event("Al Shabaab takes control of the town after AU forces withdrew. No reported violence.") == \
        ("Strategic developments", "Non-violent transfer of territory")
    assert classify_event("Government forces recaptured the town from rebels.") == ("Battles", "Government regains territory")


# -- fatalities: ACLED's rules --------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        # one victim, no numeral
        ("A police officer was killed and another wounded.", 1),
        ("Another soldier was killed.", 1),
        ("Farmer killed in Selea.", 1),
        ("Unknown group on motorcycles kill a man in the market.", 1),
        ("A man accused of stealing 11 goats was beaten to death.", 1),
        # the figure at the end of the sentence, and the list of victims
        ("Air forces launch attacks near the village, killing 15.", 15),
        ("Troops killed two and wounded one.", 2),
        ("Two armed men on motorcycles killed two gendarmes and wounded a soldier.", 2),
        ("At least 4 police and 39 civilians killed during fighting, including 10 traders.", 43),
        ("Clashes between herders and militiamen resulted in 16 killed and 20 wounded.", 16),
        # alternatives and ranges: the lowest
        ("Reports said either 6 soldiers or a single major were killed.", 1),
        ("Between 6-8 assailants were killed.", 6),
        # ACLED's codes for unknown numbers
        ('The strikes killed "militants and civilians."', 10),
        ("The bombardment killed an unknown number of pastoralists.", 10),
        ('Military forces dislodge the rebels, killing "several".', 10),
        ("Many fighters were killed during the day, but no numbers have been given.", 10),
        ("Dozens of people were killed.", 12),
        ("Mortar shells hit the base, causing casualties of unknown number.", 10),
        # suicide bombers count
        ("Two suicide bombers detonate at a mosque, killing only themselves.", 2),
        # not deaths
        ("Students protested against the killing of their classmate.", 0),
        ("Casualties not known.", 0),
    ],
)
def test_fatalities_follow_acleds_coding_rules(text, expected):
    assert count_fatalities([s.text for s in split_sentences(text)]) == expected


# -- dates --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Two are killed during a raid on the village on 18/06.", date(2016, 6, 18)),
        ("Fighting took place over 24-26 June.", date(2016, 6, 24)),
        ("Militiamen fought between June.27-28 over a mining site.", date(2016, 6, 27)),
    ],
)
def test_numeric_dates_and_spans_of_days(sentence, expected):
    assert find_dates(sentence, date(2016, 6, 30))[0].day == expected


# -- locations --------------------------------------------------------------------------

def km(lat1, lon1, lat2, lon2):
    import math

    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def main_incident(text, published="2016-06-20"):
    incidents = extract_incidents_from_text(text, published)
    assert incidents, text
    return incidents[0]


def test_a_town_beats_the_region_it_lies_in():
    main = main_incident("Two army conscripts were killed by an IED in the city of Sheikh Zuweid in North Sinai's Arish district.")
    assert main.country == "Egypt" and main.geo_precision == 1


def test_a_region_alone_stands_for_its_capital_at_precision_3():
    main = main_incident("Unidentified gunmen attacked a village in Borno State, killing four.")
    assert main.country == "Nigeria" and main.geo_precision == 3
    assert km(main.latitude, main.longitude, 11.85, 13.16) < 60  # Maiduguri, Borno's capital


def test_the_actors_countries_choose_among_namesakes():
    # Leer is a town in South Sudan and in Germany; the SPLA-IO fights in South Sudan.
    main = main_incident("Government forces attack SPLA-IO positions in Payak near Leer. 2 soldiers killed.")
    assert main.country == "South Sudan"
    # ANC members riot at home: a Barcelona abroad is not the place.
    main = main_incident("Two buses were torched and cars stoned in Barcelona, Ward 40, by ANC members.")
    assert main.country == "South Africa"


def test_a_place_spelled_differently_is_found_in_the_actors_countries():
    main = main_incident("Five Kenyan policemen were killed when al Shabaab fighters ambushed their convoy near Elwak.")
    assert main.country == "Kenya" and km(main.latitude, main.longitude, 2.81, 40.94) < 25  # El Wak


def test_a_place_named_only_inside_an_organisation_or_as_a_region_is_still_read():
    main = main_incident("Scores of residents of Lagos State staged a peaceful protest to the state House of Assembly.")
    assert main.country == "Nigeria"
    main = main_incident("A missile landed outside Benghazi Medical Centre, shattering windows.")
    assert main.country == "Libya" and main.location == "Benghazi"


def test_names_of_armed_groups_are_not_places():
    main = main_incident("Al Shabab fighters clashed with AU troops near Mahadaay. Two AMISOM soldiers were killed.")
    assert main.country != "Iran"  # "Shabab" is also a village in Iran


def test_without_any_place_the_incident_is_in_its_actors_country_coarsely():
    main = main_incident("Kenyan forces kill four members of al Shabaab and recover weapons.")
    assert main.country == "Kenya" and main.geo_precision == 3


# -- actors -----------------------------------------------------------------------------

def test_actor1_acts_and_actor2_is_acted_on():
    main = main_incident("Kenyan forces repel an al Shabaab attack at Dhobley after hours of heavy fighting.")
    assert (main.actor1, main.actor2) == ("Military Forces of Kenya", "Al Shabaab")
    main = main_incident("A peacekeeper was killed by unidentified armed assailants in Bangui.")
    assert main.actor1 == "Unidentified Armed Group (Central African Republic)"


def test_unnamed_actors_are_named_the_acled_way():
    main = main_incident("Police fired tear gas to disperse protesters in Nairobi.")
    assert (main.actor1, main.actor2) == ("Protesters (Kenya)", "Police Forces of Kenya")
    main = main_incident("Abala militia attacked farmers in Nyala, killing five.")
    assert main.actor1 == "Abala Ethnic Militia (Sudan)" and main.actor2 == "Civilians (Sudan)"
    main = main_incident("Islamic State fighters attacked a checkpoint in Sirte, killing two soldiers.")
    assert "Islamic State (Libya)" in (main.actor1, main.actor2)


def test_the_actor_dictionary_is_well_formed():
    import json
    import re
    from pathlib import Path

    data = json.loads((Path(__file__).resolve().parents[1] / "data" / "actors.json").read_text("utf-8"))
    seen = {}
    for a in data["actors"]:
        assert a["name"] and a["aliases"], a
        assert 0 <= a["inter"] <= 8
        assert re.fullmatch(r"[A-Z]{2}|", a["country"]), a
        assert all(re.fullmatch(r"[A-Z]{2}", c) for c in a.get("countries", []))
        for alias in a["aliases"]:
            assert alias not in seen, f"{alias!r} names both {seen[alias]} and {a['name']}"
            seen[alias] = a["name"]
    assert len(data["actors"]) >= 200
