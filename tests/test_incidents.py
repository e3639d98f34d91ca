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
