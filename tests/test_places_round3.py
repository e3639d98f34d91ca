"""Third round of place rules, for newswire in general. Every sentence and name here is
written for these tests."""

import pytest

from geo.gazetteer import haversine_km
from geo.places import parse_places, resolve_spans


def spans_of(text, surfaces):
    return [(text.index(s), text.index(s) + len(s)) for s in surfaces]


def resolved(text, surfaces):
    return {m.text: m for m in resolve_spans(text, spans_of(text, surfaces))}


def found(text):
    return {m.text: m for m in parse_places(text)}


# A lake, river or mountain the gazetteer lacks, known only by the towns of its name.
FEATURES_ABROAD = [
    ("Two fishermen drowned when their boat capsized on Lake Lyon, a few kilometres from "
     "Kisumu, police in Kenya said.", "Lake Lyon", "Lyon", ["Kisumu", "Kenya"], "KE"),
    ("Herders crossed the Geneva River near Maiduguri in Borno State, Nigeria, residents said.",
     "Geneva River", "Geneva", ["Maiduguri", "Borno State", "Nigeria"], "NG"),
    ("Climbers were stranded on Mount Vienna above Cusco, Peru, for two days.",
     "Mount Vienna", "Vienna", ["Cusco", "Peru"], "PE"),
]


@pytest.mark.parametrize("text, span, name, others, country", FEATURES_ABROAD)
def test_a_feature_named_like_a_far_town_is_where_the_report_is(text, span, name, others, country):
    # the gold span of the feature
    mention = resolved(text, [span, *others])[span]
    assert mention.place.country_code == country
    # and the name found in running text
    assert found(text)[name].place.country_code == country


def test_the_name_alone_is_still_the_far_town():
    # near miss: no feature word beside it, so Lyon is the French city
    text = "Two fishermen from Lyon drowned a few kilometres from Kisumu, police in Kenya said."
    assert found(text)["Lyon"].place.country_code == "FR"


@pytest.mark.parametrize("text, span, others, place, country", [
    ("Fishermen on Lake Nakuru said the water had risen near Naivasha, Kenya.",
     "Lake Nakuru", ["Naivasha", "Kenya"], "Nakuru", "KE"),
    ("Floods along the Kano River cut roads in Kano State, Nigeria.",
     "Kano River", ["Kano State", "Nigeria"], "Kano", "NG"),
    ("Boats left Ontario Bay for Toronto, Canada.", "Ontario Bay", ["Toronto", "Canada"], "Ontario", "CA"),
])
def test_a_feature_named_after_a_place_of_the_report_keeps_that_place(text, span, others, place, country):
    # near miss: the town or region the feature is named after is where the report is
    mention = resolved(text, [span, *others])[span]
    assert (mention.place.name, mention.place.country_code) == (place, country)


def test_a_feature_abroad_is_answered_near_the_reports_places():
    text = FEATURES_ABROAD[0][0]
    mentions = resolved(text, ["Lake Lyon", "Kisumu", "Kenya"])
    lake, town = mentions["Lake Lyon"].place, mentions["Kisumu"].place
    assert haversine_km(lake.latitude, lake.longitude, town.latitude, town.longitude) < 200


# A town named by its people or its authorities: the word before is the town's name,
# whatever else it means ("Oxford" shoes, "Reading" a book, "Bath" a tub).
@pytest.mark.parametrize("text, name, country", [
    ("The winner was Anna Brooks of Oxford, who took home a trophy.", "Oxford", "GB"),
    ("The letter was written by Maria Santos of Bath after the vote.", "Bath", "GB"),
    ("Judges praised Peter Kamau of Oxford for his design.", "Oxford", "GB"),
    ("The award went to Grace Wanjiru of Bath last year.", "Bath", "GB"),
])
def test_a_persons_home_town_after_of_is_a_place(text, name, country):
    assert found(text)[name].place.country_code == country


@pytest.mark.parametrize("text, name", [
    ("Trenton police are looking for the driver of a blue van.", "Trenton"),
    ("The Oxford City Council voted against the plan on Monday.", "Oxford"),
    ("Reading firefighters put out the blaze within an hour.", "Reading"),
    ("Columbus police arrested two men after the robbery.", "Columbus"),
    ("The Bath City Council approved the new car park.", "Bath"),
])
def test_a_town_before_its_police_or_council_is_a_place(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "He wore a pair of Oxford shoes to the hearing.",  # "of" after no person
    "The motion was opposed by Vice Mayor Ann Lee.",  # an office, not a town's mayor
    "The Transit Police said the station would reopen.",  # no town called so
])
def test_near_misses_of_home_towns_and_authorities(text):
    assert found(text) == {}


# "the town of X", "the port of X", "the mayor of X": the text calls X a place.
@pytest.mark.parametrize("text, name", [
    ("Troops entered the town of Marion on Friday.", "Marion"),
    ("A bomb exploded in the city of Bath.", "Bath"),
    ("The city of Marion approved a new budget.", "Marion"),
    ("The mayor of Hamilton said the roads were closed.", "Hamilton"),  # the mayor speaks, not Hamilton
])
def test_a_name_the_text_calls_a_town_is_a_place(text, name):
    assert name in found(text)


def test_the_port_named_in_a_report_about_its_country_is_there():
    text = "Shelling hit the port of Odessa overnight, Ukrainian officials said."
    assert found(text)["Odessa"].place.country_code == "UA"


@pytest.mark.parametrize("text", [
    "The story of Marion moved the jury to tears.",  # no settlement's word before "of"
    "She read the book of Hope to the children.",
])
def test_near_misses_of_a_name_after_of(text):
    assert found(text) == {}


# A name the gazetteer lacks (a street, a ridge) is placed at the document's main town
# before its region: it is nearer the town the report is about than the region's centre.
def every_span(text, surfaces):
    spans = []
    for s in surfaces:
        k = text.find(s)
        while k >= 0:
            spans.append((k, k + len(s)))
            k = text.find(s, k + len(s))
    return {m.text: m for m in resolve_spans(text, sorted(spans))}


@pytest.mark.parametrize("text, names, unknown, town", [
    ("Texas officials said the storm was the worst in Texas for years. Across Texas, roads "
     "closed. In Tyler, a tree fell on Quarry Lane.", ["Texas", "Tyler", "Quarry Lane"], "Quarry Lane", "Tyler"),
    ("Clashes in Nakuru County left two dead, Nakuru County police said. Houses burned at "
     "Kiboko Ridge near Njoro.", ["Nakuru County", "Njoro", "Kiboko Ridge"], "Kiboko Ridge", "Njoro"),
    ("Kano State police said the market in Kano State's capital was shut; traders in Wudil "
     "moved to Gidan Yari Street.", ["Kano State", "Wudil", "Gidan Yari Street"], "Gidan Yari Street", "Wudil"),
])
def test_an_unknown_name_is_placed_at_the_main_town_before_its_region(text, names, unknown, town):
    assert every_span(text, names)[unknown].place.name == town


def test_an_unknown_name_in_a_report_naming_only_a_region_is_at_the_region():
    # near miss: no town settled
    text = "Flooding hit Ohio again. Ohio emergency crews said Bellmont Creek burst its banks."
    assert every_span(text, ["Ohio", "Bellmont Creek"])["Bellmont Creek"].place.name == "Ohio"


# "Idjwi Island": a run whose only gazetteer names are its kind words (a hamlet called
# "Island") is a place the gazetteer lacks, found all the same.
@pytest.mark.parametrize("text, name", [
    ("Storms battered the Andaman Islands on Monday.", "Andaman Islands"),
    ("Rebels seized Idjwi Island on Monday, Congolese officials said.", "Idjwi Island"),
    ("Fishermen were rescued off Belunga Island at dawn.", "Belunga Island"),
])
def test_an_island_the_gazetteer_lacks_is_still_a_place(text, name):
    assert found(text)[name].kind == "fallback"


def test_a_named_place_before_a_kind_word_is_not_replaced():
    # near miss: "Canary Islands" is a gazetteer name, and stays one
    assert found("The Canary Islands received 500 migrants.")["Canary Islands"].place.country_code == "ES"


# "Ann Lee of New York City": a given name and a surname before "of" make the place
# after it a person's home, even where the surname is also a town's ("Lee").
@pytest.mark.parametrize("text, name", [
    ("The grandchildren are Ann Lee of New York City and Bob Tan of Boston.", "New York City"),
    ("Survivors include Grace Hill of Kansas City and two sons.", "Kansas City"),
    ("The prize went to Mary Lee of San Antonio last year.", "San Antonio"),
])
def test_a_place_after_a_persons_name_and_of_is_their_home(text, name):
    assert name in found(text)


def test_an_organisation_before_of_is_not_a_person():
    # near miss: no given name before the surname-like word
    assert "Oldham Road" not in found("The Friends of Oldham Road met on Monday.")


# A landmark the gazetteer lacks ("Azadi Stadium") is a place, placed at the main one.
@pytest.mark.parametrize("text, name", [
    ("Fans packed Tarvo Stadium in Nairobi on Sunday.", "Tarvo Stadium"),
    ("Protesters filled Belunga Square in Mombasa.", "Belunga Square"),
    ("Guards closed Oskari Palace after the shooting in Kampala.", "Oskari Palace"),
])
def test_a_landmark_the_gazetteer_lacks_is_a_place(text, name):
    mention = found(text)[name]
    assert mention.kind == "fallback" and mention.place is not None


def test_a_landmark_word_opening_a_name_is_no_landmark():
    # near miss: a body named after a stadium
    assert found("The Stadium Authority met on Monday.") == {}
