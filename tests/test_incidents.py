"""Reading ACLED-style incidents from report text.

Every sentence here is the team's own: invented reports about real places, written to
exercise one rule each (at least three per rule family).
"""

import json
import math
import re
from datetime import date
from importlib.resources import files

import pytest

from geo.incidents import (
    classify_event,
    count_fatalities,
    extract_incidents_from_text,
    find_dates,
    is_statistic,
    split_sentences,
)
from geo.incidents.lexicon import nouns, trigger_rules
from geo.taxonomy import EVENT_TYPE_OF
from incident_helpers import first_incident

MONDAY = date(2021, 6, 28)


def fatalities(text):
    return count_fatalities([s.text for s in split_sentences(text)])


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def main_incident(text, published="2019-03-14"):
    return first_incident(text, published)


# -- dates ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Rebels shelled the camp overnight into Monday.", date(2021, 6, 28)),
        ("Raiders burned the granary on Thursday.", date(2021, 6, 24)),
        ("A patrol was ambushed last Monday.", date(2021, 6, 21)),
        ("Three miners drowned yesterday.", date(2021, 6, 27)),
        ("The depot was looted on 14 May.", date(2021, 5, 14)),
        ("Two guards were shot on June 3, 2020.", date(2020, 6, 3)),
        ("The bridge was blown up two days ago.", date(2021, 6, 26)),
    ],
)
def test_dates_resolve_against_the_publication_date(sentence, expected):
    assert find_dates(sentence, MONDAY)[0].day == expected


def test_a_month_alone_dates_to_the_month_and_the_past():
    (d,) = find_dates("In March, shells fell on the market.", MONDAY)
    assert (d.day, d.precision) == (date(2021, 3, 1), 3)
    (d,) = find_dates("In October, gunmen raided the mine.", MONDAY)
    assert d.day.year == 2020  # October had not yet come in June 2021


def test_may_the_verb_is_not_a_month():
    assert find_dates("Fighting may spread to the coast.", MONDAY) == []


def test_without_a_publication_date_only_explicit_dates_resolve():
    assert find_dates("The convoy was hit on Friday.", None) == []
    assert find_dates("The convoy was hit on 9 April 2020.", None)[0].day == date(2020, 4, 9)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A herder was shot near the well on 21/05.", date(2016, 5, 21)),
        ("Clashes went on over 11-13 June.", date(2016, 6, 11)),
        ("The two clans fought between June.8-9 over grazing land.", date(2016, 6, 8)),
    ],
)
def test_numeric_dates_and_spans_of_days(sentence, expected):
    assert find_dates(sentence, date(2016, 6, 30))[0].day == expected


# -- fatalities: ACLED's conservative rule ---------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Drone strikes killed at least nine militants.", 9),
        ("The ambush killed four police officers and wounded six.", 4),
        ("The shelling left more than 30 people dead.", 30),
        ("Eight guards died, the governor said. A hospital later put the toll at 11 guards.", 8),
        ("Bandits killed two drivers and three passengers.", 5),
        ("Nobody was hurt in the explosion.", 0),
        ("Nine pupils were injured.", 0),
        ("The 40-year-old trader was shot 12 km from the border.", 0),
        # verbs and objects
        ("Four soldiers were killed according to a local official.", 4),
        ("Gunmen shot dead a village elder on Tuesday.", 1),
        ("Robbers stopped a lorry and shot its driver dead.", 1),
        ("Unknown attackers assassinate a district councillor near his farm.", 1),
        ("Militants killed a retired army colonel as he left church.", 1),
        ("The raiders shot three herders in the legs.", 0),
        # subjects
        ("Attackers stabbed a nurse at the clinic. She died two days later.", 1),
        ("Raiders wounded a herder at the well. He died in hospital on Friday.", 1),
        ("A militia commander, Paul Odera, was killed in the fighting.", 1),
        ("No one was killed in the blast.", 0),
        ("The clash resulted in a policeman and a rebel killed.", 2),
        ("At least 14 fighters of the Northern (Lion) battalion were killed in the raid.", 14),
        ("A driver and two mechanics were wounded when a mine (a small one) went off under their truck.", 0),
        ("Officials said at least 5 fatalities were recorded among the raiders.", 5),
    ],
)
def test_fatalities_follow_acleds_conservative_rule(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one victim, no numeral
        ("A prison guard was killed and another hurt.", 1),
        ("Another fisherman was killed.", 1),
        ("Trader killed in the market.", 1),
        ("Men on a motorbike kill a teacher outside the school.", 1),
        ("A driver who owed money to the gang was beaten to death.", 1),
        # the figure at the end of the sentence, and the list of victims
        ("Jets bombed the ridge near the town, killing 12.", 12),
        ("Rangers killed three and wounded two.", 3),
        ("Three gunmen on horseback killed four herders and wounded a boy.", 4),
        ("At least 3 guards and 11 miners killed in the raid, including 2 foremen.", 14),
        ("A fight over cattle resulted in 9 killed and 15 wounded.", 9),
        # ranges and alternatives: the lowest figure
        ("Between 4-7 raiders were killed.", 4),
        ("Three or four guards died in the attack.", 3),
        ("Between ten and twelve miners were killed when the shaft was shelled.", 10),
        ("Either two or three herders were shot dead at the river.", 2),
        # ACLED's codes for unknown numbers
        ('The jets killed "fighters and civilians."', 10),
        ("The shelling killed an unknown number of villagers.", 10),
        ('Troops retook the ridge, killing "several".', 10),
        ("Many rebels were killed in the battle, but no figure was given.", 10),
        ("Dozens of miners were killed.", 12),
        ("Rockets struck the camp, causing casualties of unknown number.", 10),
        # suicide bombers count
        ("Three suicide bombers blew themselves up at a checkpoint, killing only themselves.", 3),
        # not deaths
        ("Pupils marched against the killing of their teacher.", 0),
        ("Casualties not known.", 0),
    ],
)
def test_fatalities_follow_acleds_coding_rules(text, expected):
    assert fatalities(text) == expected


# -- event types: ACLED's taxonomy, read from who did what to whom ------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("French jets bombed a rebel camp.", ("Explosions/Remote violence", "Air/drone strike")),
        ("A landmine killed two herders.", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("A suicide bomber blew himself up at a bus station.", ("Explosions/Remote violence", "Suicide bomb")),
        ("Artillery shelling hit the outskirts.", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("Troops clashed with rebels near the river.", ("Battles", "Armed clash")),
        ("Raiders killed six farmers in their fields.", ("Violence against civilians", "Attack")),
        ("Bandits kidnapped eleven traders on the highway.", ("Violence against civilians", "Abduction/forced disappearance")),
        ("Hundreds of nurses marched peacefully to the ministry.", ("Protests", "Peaceful protest")),
        ("Police used water cannon to disperse demonstrators.", ("Protests", "Protest with intervention")),
        ("Demonstrators set a bank on fire.", ("Riots", "Violent demonstration")),
        ("Aircraft struck a fuel depot near the airport.", ("Explosions/Remote violence", "Air/drone strike")),
    ],
)
def test_event_types_follow_acleds_taxonomy(text, expected):
    assert classify_event(text) == expected


@pytest.mark.parametrize(
    "text, expected_type",
    [
        ("UFLA bomb the barracks. 3 soldiers died.", "Explosions/Remote violence"),
        ("Party youths kill a rival candidate in the township.", "Violence against civilians"),
        ("Herder killed near the dam.", "Violence against civilians"),
        ("Raiders stormed the hamlet and abducted 7 girls.", "Violence against civilians"),
        ("Rebels takes control of the border post after heavy fighting.", "Battles"),
        ("Nurses picketed outside the hospital.", "Protests"),
        ("Police detaining opposition activists outside parliament.", "Strategic developments"),
        ("The rebels declare a ceasefire for the holidays.", "Strategic developments"),
    ],
)
def test_triggers_cover_every_tense(text, expected_type):
    assert classify_event(text)[0] == expected_type


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers go on strike over unpaid overtime.",
        "Lecturers on strike over delayed salaries.",
        "Court clerks announced a 72-hour strike.",
        "Medical students went on a week-long strike to demand their stipends.",
    ],
)
def test_a_labour_strike_is_a_protest_not_an_air_strike(text):
    assert classify_event(text)[0] == "Protests"


def test_an_air_strike_stays_an_air_strike():
    assert classify_event("Jets launched air strikes on rebel positions.") == ("Explosions/Remote violence", "Air/drone strike")
    assert classify_event("French strikes on depots used by the rebels.") == ("Explosions/Remote violence", "Air/drone strike")
    assert classify_event("Russian strikes in the north killed nine fighters.") == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize(
    "text, expected",
    [
        # what was done to the crowd
        ("Soldiers opened fire on students who were protesting, killing three.", ("Protests", "Excessive force against protesters")),
        ("Teachers rallied outside the ministry; police dispersed them with batons.", ("Protests", "Protest with intervention")),
        # what the crowd did
        ("Protesters burned tyres and blocked the main road.", ("Riots", "Violent demonstration")),
        ("Market vendors and municipal police clashed at the bus park.", ("Riots", "Violent demonstration")),
        ("A mob beat a suspected thief.", ("Riots", "Mob violence")),
    ],
)
def test_demonstrations_are_coded_by_what_happened_at_them(text, expected):
    assert classify_event(text) == expected


@pytest.mark.parametrize(
    "text, expected_type",
    [
        ("Rebel fighters attacked army soldiers, killing four soldiers.", "Battles"),
        ("Soldiers opened fire on villagers queueing for water.", "Violence against civilians"),
        ("Militia attack Kombo over two nights. 4 killed, 6 wounded.", "Violence against civilians"),  # a village attacked
        ("A border guard was killed by unknown gunmen.", "Battles"),
        ("Unknown gunmen kill a tax official.", "Violence against civilians"),
        ("Al Shabaab attack and kill a security official.", "Battles"),
        ("Eleven people died on both sides of the fighting between the clans.", "Battles"),
    ],
)
def test_an_attack_is_a_battle_or_violence_against_civilians_by_who_was_hit(text, expected_type):
    assert classify_event(text)[0] == expected_type


def test_a_weapon_in_the_background_does_not_decide_the_type():
    text = ("A guard, hurt in an earlier grenade attack, was hurt again when the truck carrying him to the clinic "
            "was ambushed by rebels. A second guard was killed.")
    assert classify_event(text) == ("Battles", "Armed clash")
    assert classify_event("Police arrested three men suspected of being behind the bombing of a bar.")[0] == \
        "Strategic developments"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Soldiers defused a bomb hidden under a bridge.", ("Strategic developments", "Disrupted weapons use")),
        ("Police found an arms cache in an abandoned farmhouse.", ("Strategic developments", "Disrupted weapons use")),
        ("A splinter group of former rebels has been formed in the hills.", ("Strategic developments", "Change to group/activity")),
        ("Police arrested two men in connection with the killing of a trader.", ("Strategic developments", "Arrests")),
        ("Soldiers foiled an ambush and killed a rebel commander.", ("Battles", "Armed clash")),
    ],
)
def test_strategic_developments(text, expected):
    assert classify_event(text) == expected


def test_a_takeover_without_a_fight_is_a_strategic_development():
    assert classify_event("Rebels took control of the town after the army withdrew. No reported violence.") == \
        ("Strategic developments", "Non-violent transfer of territory")
    assert classify_event("Government forces recaptured the port from the rebels.") == ("Battles", "Government regains territory")
    assert classify_event("Troops retook the hill after two days of fighting.") == ("Battles", "Government regains territory")


# -- background and statistics --------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "More than 60 attacks have hit the region this year.",
        "Kidnappings have risen since 2018.",
        "The road has been repeatedly attacked by bandits.",
    ],
)
def test_statistics_are_not_events(sentence):
    assert is_statistic(sentence)
    assert extract_incidents_from_text(sentence, "2019-03-14") == []


def test_a_count_of_a_few_events_still_reports_them():
    assert not is_statistic("Two clashes broke out between the rival militias.")


def test_what_a_sentence_only_recalls_is_background():
    # The arrest is the event; the bombing is what the men are accused of.
    assert classify_event("Police arrested four men accused of bombing a bus.")[0] == "Strategic developments"
    # The protest is the event; the killing is what it was about.
    assert classify_event("Students protested against the shooting of a classmate.")[0] == "Protests"
    # Deaths recalled from an earlier attack are not this incident's.
    assert fatalities("Troops patrolled the village, in retaliation for an earlier attack that killed nine.") == 0


def test_text_without_events_has_no_incidents():
    assert extract_incidents_from_text("The minister flew to Lisbon for trade talks.", "2021-06-28") == []
    assert extract_incidents_from_text("The governor met elders to plan the harvest.", "2016-06-20") == []


def test_a_date_is_not_a_count_of_events():
    (main,) = extract_incidents_from_text("Five soldiers were killed on 4 August in clashes with rebels.", "2016-08-04")
    assert main.event_type == "Battles" and main.fatalities == 5 and main.event_date == "2016-08-04"


# -- segmentation: incidents by their time anchors ------------------------------------------

def test_an_earlier_month_is_an_incident_of_its_own():
    text = ("Rebels shelled a market near Kidal on Sunday, killing four traders. "
            "In March, rebels shelled the same market, killing two.")
    incidents = extract_incidents_from_text(text, "2019-06-17")
    assert [i.event_date for i in incidents] == ["2019-06-16", "2019-03-01"]
    assert [i.time_precision for i in incidents] == [1, 3]
    assert [i.fatalities for i in incidents] == [4, 2]


def test_an_undated_sentence_goes_on_about_the_event_before_it():
    text = "A roadside bomb hit a bus near Gao on Friday. Six passengers were killed."
    (main,) = extract_incidents_from_text(text, "2019-06-17")
    assert main.event_date == "2019-06-14" and main.fatalities == 6


def test_a_sentence_about_another_year_is_background():
    text = "Gunmen raided a village near Mopti on Tuesday, killing five. The army had declared the area safe in 2015."
    incidents = extract_incidents_from_text(text, "2019-06-17")
    assert len(incidents) == 1 and incidents[0].fatalities == 5


# -- locations --------------------------------------------------------------------------

def test_a_town_beats_the_region_it_lies_in():
    main = main_incident("Two soldiers were killed by a landmine in the town of Ansongo in the Gao region.")
    assert main.country == "Mali" and main.geo_precision == 1 and main.location == "Ansongo"


def test_near_a_town_is_precision_2():
    main = main_incident("Rebels ambushed a patrol near Kidal, killing three soldiers.")
    assert main.country == "Mali" and main.geo_precision == 2


def test_a_region_alone_stands_for_its_capital_at_precision_3():
    main = main_incident("Gunmen attacked a convoy in Kano State, killing two.")
    assert main.country == "Nigeria" and main.geo_precision == 3
    assert km(main.latitude, main.longitude, 12.00, 8.52) < 60  # Kano, the state's capital


def test_datelines_seats_and_speaking_capitals_are_not_places_of_events():
    main = main_incident("Officials in Nairobi said troops killed six al Shabaab fighters near Kismayo.")
    assert main.country == "Somalia"
    main = main_incident("Rebels shelled Goma on Friday, killing two. Kinshasa condemned the attack.")
    assert main.location == "Goma"


def test_the_actors_countries_choose_among_namesakes():
    main = main_incident("Somali troops clashed with al Shabaab fighters in Afgooye.")
    assert main.country == "Somalia"
    main = main_incident("Nigerian soldiers repelled a Boko Haram attack on Bama, killing six militants.")
    assert main.country == "Nigeria"


def test_a_place_spelled_differently_is_found_in_the_actors_countries():
    main = main_incident("Nigerian troops repelled a Boko Haram raid near Maidugri, killing nine militants.")
    assert main.country == "Nigeria" and km(main.latitude, main.longitude, 11.85, 13.16) < 25  # Maiduguri


def test_a_place_named_only_inside_an_organisation_or_as_a_region_is_still_read():
    main = main_incident("Hundreds of traders from Kano State staged a peaceful protest over market fees.")
    assert main.country == "Nigeria"
    main = main_incident("A rocket landed outside Tripoli University, breaking windows.")
    assert main.country == "Libya" and main.location == "Tripoli"


def test_names_of_armed_groups_are_not_places():
    main = main_incident("Al Shabab fighters attacked an army base near Baidoa. Two soldiers were killed.")
    assert main.country == "Somalia"  # "Shabab" is also a village in Iran


def test_without_any_place_the_incident_is_in_its_actors_country_coarsely():
    main = main_incident("Malian soldiers killed five jihadists and seized their weapons.")
    assert main.country == "Mali" and main.geo_precision == 3


def test_sites_counted_in_another_country_are_an_incident_there():
    text = "Jets struck three depots near Gao on Sunday, two in Mali and one in Niger, killing four militants."
    incidents = extract_incidents_from_text(text, "2019-06-17")
    assert [i.country for i in incidents] == ["Mali", "Niger"]
    assert incidents[1].geo_precision == 3 and incidents[1].fatalities == 0
    text = "Malian jets struck rebel camps near Gao on Sunday. The pilots had trained at two schools in France and one in Italy."
    assert [i.country for i in extract_incidents_from_text(text, "2019-06-17")] == ["Mali"]


# -- actors -----------------------------------------------------------------------------

def test_actor1_acts_and_actor2_is_acted_on():
    main = main_incident("Somali troops repel an al Shabaab attack at Baidoa after hours of fighting.")
    assert (main.actor1, main.actor2) == ("Military Forces of Somalia", "Al Shabaab")
    main = main_incident("A soldier was killed by unknown gunmen in Bangui.")
    assert main.actor1 == "Unidentified Armed Group (Central African Republic)"
    main = main_incident("Six fighters died when French jets bombed a camp near Kidal.")
    assert main.actor1 == "Military Forces of France"


def test_unnamed_actors_are_named_the_acled_way():
    main = main_incident("Police fired tear gas at protesters marching through Nairobi.")
    assert (main.actor1, main.actor2) == ("Protesters (Kenya)", "Police Forces of Kenya")
    main = main_incident("Koro militia attacked farmers in Jos, killing three.")
    assert main.actor1 == "Koro Ethnic Militia (Nigeria)" and main.actor2 == "Civilians (Nigeria)"
    main = main_incident("Islamic State fighters attacked a checkpoint in Sirte, killing two soldiers.")
    assert "Islamic State (Libya)" in (main.actor1, main.actor2)


def test_the_actor_dictionary_is_well_formed():
    data = json.loads((files("geo") / "data" / "actors.json").read_text("utf-8"))
    seen = {}
    for a in data["actors"]:
        assert a["name"] and a["aliases"], a
        assert 0 <= a["inter"] <= 8
        assert re.fullmatch(r"[A-Z]{2}|", a["country"]), a
        assert all(re.fullmatch(r"[A-Z]{2}", c) for c in a.get("countries", []))
        for alias in a["aliases"]:
            # An alias two actors share ("NAF", "SNA") must tell them apart by their home
            # countries: the dictionary takes the one of the incident's country.
            other = seen.get(alias)
            assert other is None or (other[1] and a["country"] and other[1] != a["country"]), \
                f"{alias!r} names both {other[0]} and {a['name']}"
            seen[alias] = (a["name"], a["country"])
    assert len(data["actors"]) >= 200


# -- the word lists -----------------------------------------------------------------------

def test_triggers_name_acleds_types():
    rules = trigger_rules()
    assert rules and all(EVENT_TYPE_OF[r.sub_event_type] == r.event_type for r in rules)


def test_noun_classes_are_read_once_and_used_by_the_rules():
    assert "villagers" in nouns("civilians") and "soldier" in nouns("armed", "singular")
    # a word added to a class counts wherever the class is used: victims of an attack
    assert classify_event("Gunmen attacked a group of pastoralists.")[0] == "Violence against civilians"
    assert classify_event("Gunmen attacked a group of peacekeepers.")[0] == "Battles"
