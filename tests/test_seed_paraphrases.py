"""Paraphrases of the seed report, in the team's own words, must give its incidents.

../shared/seeds/README.md says what a careful reader takes from the seed report: US air
strikes near Albu Kamal, Syria, on 28 June 2021 (7 fighters killed), a second struck site
in Iraq whose place is not named (an incident at country precision), and the earlier
February strikes as an incident of their own, dated to the month; Washington, Baghdad
and Tehran are no incident's place. Each report below tells the same story differently;
three of them carry wordings that once broke the reading (a weekday night instead of
"overnight", the split of the sites between the two countries put another way, and an
aside that counts villages in two other countries).
"""

import math

import pytest

from geo.incidents import extract_incidents_from_text

PUBLISHED = "2021-06-28"  # a Monday


def strike_dates(name):
    """"On Sunday night" names the night that ran into Monday: either day dates it (the
    reader keeps the weekday); every other paraphrase says Monday."""
    return {"2021-06-27", PUBLISHED} if name == "sunday_night" else {PUBLISHED}

PARAPHRASES = {
    "sunday_night": """American jets bombed three sites used by Iran-backed militias along the Syrian-Iraqi frontier on Sunday night, killing at least seven fighters, a war monitor reported.

Two of the sites were in Syria and one was in Iraq, the Pentagon said in Washington. Politicians in Baghdad called the raid a breach of sovereignty, and Tehran warned of consequences.

According to the monitor, the planes hit an ammunition store and an army post near Albu Kamal. Kataeb Hezbollah and Kataeb Sayyid al-Shuhada had used both.

In February, American strikes on militia bases in eastern Syria left more than 20 fighters dead.""",

    "sites_split_otherwise": """The United States carried out air strikes overnight into Monday on militia facilities straddling the border between Syria and Iraq, and at least seven fighters were killed, according to a monitoring group.

Of the three targets, a spokesman told reporters in Washington, the first two lay inside Syria while the third lay inside Iraq. Iraqi officials in Baghdad protested.

A weapons depot near Albu Kamal was among the targets, the monitor said. The depot belonged to Kataeb Hezbollah, an Iran-backed faction.

In February, US strikes on facilities in eastern Syria killed more than 20 fighters.""",

    "recruits_from_villages": """US warplanes struck militia positions near Albu Kamal, on Syria's border with Iraq, overnight into Monday, killing at least seven fighters, a monitor said.

The Pentagon said in Washington that it had hit two sites in Syria and one in Iraq, all used by Kataeb Hezbollah and allied Iran-backed groups.

Many of the men stationed at the depot had been recruited from two villages in Niger and one in Chad, the monitor added.

In February, earlier US strikes on facilities in eastern Syria killed more than 20 fighters.""",

    "monitor_first": """At least seven pro-Iran fighters died when US aircraft bombed a weapons store and a military post near Albu Kamal in eastern Syria overnight into Monday, a Britain-based monitor said.

Washington said its strikes had hit three facilities, two in Syria and one in Iraq, used by Kataeb Hezbollah and Kataeb Sayyid al-Shuhada. Leaders in Tehran and Baghdad condemned them.

In February, US strikes on militia facilities in eastern Syria left more than 20 fighters dead.""",

    "short_wire": """US air strikes near Albu Kamal in Syria killed seven Iran-backed fighters early on Monday.

The strikes hit two targets in Syria and one in Iraq used by Kataeb Hezbollah, officials said in Washington.

In February, US strikes in eastern Syria killed more than 20 fighters.""",
}


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module", params=sorted(PARAPHRASES))
def read(request):
    return request.param, extract_incidents_from_text(PARAPHRASES[request.param], PUBLISHED)


def test_the_main_incident_is_the_strike_near_albu_kamal(read):
    name, incidents = read
    main = incidents[0]
    assert main.country == "Syria"
    assert km(main.latitude, main.longitude, 34.45226, 40.91854) <= 25
    assert main.event_date in strike_dates(name)
    assert (main.event_type, main.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert main.fatalities == 7
    assert main.actor1 == "Military Forces of the United States"
    assert "Kataib Hezbollah" in [main.actor2, *main.assoc_actors] or "Iran-backed" in main.actor2


def test_the_unnamed_iraqi_site_is_an_incident_at_country_precision(read):
    name, incidents = read
    iraq = [i for i in incidents if i.country == "Iraq"]
    assert len(iraq) == 1
    assert iraq[0].geo_precision == 3 and iraq[0].event_date == incidents[0].event_date
    assert iraq[0].event_type == "Explosions/Remote violence"


def test_the_february_strikes_are_a_separate_incident_dated_to_the_month(read):
    _, incidents = read
    february = [i for i in incidents if (i.event_date or "").startswith("2021-02")]
    assert len(february) == 1
    assert february[0].time_precision == 3 and february[0].country == "Syria" and february[0].fatalities == 20


def test_no_other_incidents(read):
    name, incidents = read
    assert len(incidents) == 3
    assert not {"Washington", "Baghdad", "Tehran"} & {i.location for i in incidents}
    assert {i.country for i in incidents} == {"Syria", "Iraq"}
    assert sum(i.fatalities for i in incidents if i.event_date in strike_dates(name)) == 7
