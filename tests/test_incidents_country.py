"""The country that unnamed actors are named after: from the text first, else from the
country the caller says the report's source covers (the record's ``country``); and the
unidentified side of violence the report calls ethnic, clan or communal. Sentences are
our own."""

import json

import pytest

from geo.batch import extract_record
from geo.gazetteer import load_gazetteer
from geo.incidents import extract_incidents_from_text
from geo.incidents.actors import country_code_of

NO_PLACE = [
    ("Nurses marched through the town centre on Monday demanding unpaid allowances.", "KE", "Protesters (Kenya)"),
    ("Unknown gunmen shot dead a shopkeeper at his stall on Friday night.", "Democratic Republic of Congo",
     "Unidentified Armed Group (Democratic Republic of Congo)"),
    ("Youths burned tyres and hurled stones at passing cars on Tuesday, angry over a power cut.", "bj", "Rioters (Benin)"),
]


@pytest.mark.parametrize("text, country, actor1", NO_PLACE)
def test_source_country_names_the_unnamed_actors_of_a_report_without_a_place(text, country, actor1):
    main = extract_incidents_from_text(text, "2024-03-04", country=country)[0]
    assert main.actor1 == actor1
    # The source's country names actors only: it never places the incident.
    assert main.latitude is None and main.country == ""


@pytest.mark.parametrize("text, country, actor1", NO_PLACE)
def test_without_a_source_country_such_actors_stay_without_one(text, country, actor1):
    main = extract_incidents_from_text(text, "2024-03-04")[0]
    assert main.actor1 == actor1.split(" (")[0]


@pytest.mark.parametrize("text, country, actor1", [
    ("Nurses marched through the centre of Kampala on Monday demanding unpaid allowances.", "Kenya", "Protesters (Uganda)"),
    ("Ugandan soldiers opened fire on a boat near the shore on Sunday, killing two fishermen.", "KE",
     "Military Forces of Uganda"),
    ("Police in Nairobi dispersed traders who were protesting new market fees on Wednesday.", "TZ", "Protesters (Kenya)"),
])
def test_a_country_the_text_names_wins_over_the_source_country(text, country, actor1):
    assert extract_incidents_from_text(text, "2024-03-04", country=country)[0].actor1 == actor1


def test_the_batch_record_carries_the_source_country():
    record = {"id": 1, "text": NO_PLACE[0][0], "date": "2024-03-04", "country": "Kenya"}
    assert extract_record(record)[0]["actor1"] == "Protesters (Kenya)"
    with pytest.raises(ValueError):
        extract_record({**record, "country": 404})
    json.dumps(extract_record(record))  # still plain JSON


@pytest.mark.parametrize("value, iso", [
    ("KE", "KE"), ("ke", "KE"), ("Kenya", "KE"), ("Democratic Republic of Congo", "CD"), ("Beninese", "BJ"),
    ("", ""), (None, ""), ("Nowhereland", ""),
])
def test_country_code_of_reads_codes_names_and_demonyms(value, iso):
    assert country_code_of(value, load_gazetteer()) == iso


@pytest.mark.parametrize("text, country, actor1", [
    ("Two herders died in tribal clashes over grazing land on Sunday.", "KE", "Unidentified Ethnic Militia (Kenya)"),
    ("Five people were killed when fighting broke out between two clans over a water point.", "Somalia",
     "Unidentified Clan Militia (Somalia)"),
    ("Three villagers were hacked to death in an inter-communal attack overnight.", "NG",
     "Unidentified Communal Militia (Nigeria)"),
])
def test_unnamed_side_of_identity_violence_is_its_unidentified_militia(text, country, actor1):
    assert extract_incidents_from_text(text, "2024-03-04", country=country)[0].actor1 == actor1


@pytest.mark.parametrize("text, country, actor1", [
    # A group active in several countries: the source's country, not the first of its list.
    ("Fulani herders attacked a farmer whose field their cattle had entered, wounding him.", "BJ",
     "Fulani Ethnic Militia (Benin)"),
    # A foreigner among the victims says nothing of where the attackers come from.
    ("Gunmen kidnapped a French aid worker on the road out of town on Thursday.", "NE", "Unidentified Armed Group (Niger)"),
    # A demonym before an actor noun still names the actor's country.
    ("Nigerian traders protested on Monday against the closure of the border market.", "BJ", "Protesters (Nigeria)"),
])
def test_source_country_comes_before_weak_hints_in_the_text(text, country, actor1):
    assert extract_incidents_from_text(text, "2024-03-04", country=country)[0].actor1 == actor1
