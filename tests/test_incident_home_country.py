"""An incident that names no place of its own lies in the main incident's country, not in
the country the report names most often (a report on one country that quotes another's
leaders and troops). Every report here is written for these tests."""

from geo.incidents import extract_incidents_from_text

# A protest in Niger, Saturday's march elsewhere in Niger, then a sentence about
# demonstrations in general whose only date is another month; France named more often
# than Niger.
_REPORT = (
    "Several thousand people rallied in Niamey on Friday to demand that French troops leave Niger. "
    "\"France promised security and brought none,\" said a teacher at the rally. "
    "On Saturday, hundreds of people marched through Zinder against rising food prices. "
    "French officials said France would keep a smaller presence in the region. "
    "The demonstrations come after the army took power in late July."
)


def test_an_incident_without_a_place_lies_in_the_main_incidents_country():
    incidents = extract_incidents_from_text(_REPORT, "2023-09-04")
    assert incidents[0].location == "Niamey"
    assert incidents and all(i.country == "Niger" for i in incidents), [(i.location, i.country) for i in incidents]


def test_its_unnamed_actors_take_that_country_too():
    incidents = extract_incidents_from_text(_REPORT, "2023-09-04")
    assert all("France" not in i.actor1 for i in incidents), [i.actor1 for i in incidents]


def test_an_incident_naming_its_own_place_abroad_keeps_it():
    # near miss: the second incident names its own place, in another country
    text = ("Hundreds of people rallied in Niamey on Friday against fuel prices. "
            "On Saturday, students marched in Lyon, France, in support of the rally.")
    incidents = extract_incidents_from_text(text, "2023-09-04")
    assert [i.country for i in incidents][:2] == ["Niger", "France"], [(i.location, i.country) for i in incidents]
