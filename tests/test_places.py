"""Finding and resolving place names in running text.

Every sentence here is written for these tests. Each recognition and resolution rule is
shown on several sentences of its own, so that a rule that only fits one text shows.
"""

import pytest

from geo.places import find_mentions, parse_places, resolve_spans


def names(text, **kwargs):
    return [(m.text, m.place.country_code if m.place else None) for m in parse_places(text, **kwargs)]


def texts(text):
    return [m.text for m in parse_places(text)]


def places(text, **kwargs):
    return {m.text: m.place for m in parse_places(text, **kwargs)}


def test_towns_countries_and_capitals_resolve_in_context():
    text = "Militants attacked a checkpoint near Albu Kamal in eastern Syria, officials in Damascus said."
    found = dict(names(text))
    assert found["Albu Kamal"] == "SY"
    assert found["Syria"] == "SY"
    assert found["Damascus"] == "SY"


def test_mentions_keep_offsets_score_and_alternatives():
    text = "Fighting in Homs."
    (m,) = parse_places(text)
    assert text[m.start:m.end] == "Homs"
    assert 0.0 <= m.score <= 1.0
    assert m.to_json()["feature_code"] in ("PPL", "PPLC", "ADM1")


def test_gold_spans_are_resolved_in_order_and_unknown_names_fall_back_coarsely():
    text = "From Qwxzzy to Kidal, Mali."
    out = resolve_spans(text, [(5, 11), (15, 20)])
    assert [m.text for m in out] == ["Qwxzzy", "Kidal"]
    assert out[1].place.country_code == "ML"
    # A name the gazetteer lacks (a street, a camp) is placed at the document's main
    # place, with a score that says how coarse that is.
    assert out[0].place == out[1].place and out[0].score < 0.1


def test_a_span_with_nothing_to_go_on_stays_unresolved():
    (m,) = resolve_spans("Qwxzzy.", [(0, 6)])
    assert m.place is None and m.to_json()["lat"] is None


def test_find_mentions_alone_does_not_rank():
    (m,) = find_mentions("Rockets hit Homs.")
    assert m.place is None and len(m.candidates) >= 1


def test_gold_spans_accept_abbreviations_demonyms_and_county_shorthand():
    text = "Topeka, Kan. Palestinians in Kern Co. met."
    spans = [(8, 12), (13, 25), (29, 37)]
    found = resolve_spans(text, spans)
    assert [m.place.name for m in found] == ["Kansas", "Palestinian Territory", "Kern County"]


# -- recognition: people and titles ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kenyan President Austin Troy met spokesman Jack Sutton in Tulsa on Monday in May.",
    "Governor Ann Reyes toured Tulsa.",
    "Sgt. Preston Holt said the road to Tulsa was closed.",
    "Chester Lincoln, 52, of Tulsa, was hurt.",
    "Police said Mrs. Denton met Gen. Whitfield at the R. T. Camden Funeral Home in Tulsa.",
])
def test_people_named_like_places_are_people(text):
    # Troy, Sutton, Preston, Holt, Chester, Lincoln, Denton, Whitfield and Camden are all
    # towns somewhere; after a title or an initial, as a given name and surname, or before
    # an age, they are people.
    assert [t for t, _ in names(text) if t != "Kenyan"] == ["Tulsa"]


def test_a_surname_met_once_stays_the_persons():
    text = "Jack Sutton met Austin Reed in Tulsa. Later Sutton left, Okafor said."
    assert texts(text) == ["Tulsa"]
    assert texts("Later Sutton left.") == ["Sutton"]  # alone, the town


@pytest.mark.parametrize("text", [
    "The fee was set, according to Florence K. Whitman, of Tulsa, a board member.",  # a middle initial
    "Denton, 52, of Tulsa, was hurt.",  # an age after the name
    "Mensah Lincoln said the road to Tulsa was closed.",  # a speaker
    "Preston said the road to Tulsa was closed.",
])
def test_what_follows_a_name_can_make_it_a_persons(text):
    assert texts(text) == ["Tulsa"]


@pytest.mark.parametrize("text, expected", [
    ("The prize went to J. R. Whitfield in Tulsa.", ["Tulsa"]),
    ("Letters from A. Holt and T. Whitfield arrived.", []),
    ("We thank H. Denton and K. Preston.", []),
])
def test_a_name_after_an_initial_is_a_persons(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text", [
    "Kovac Whitfield, 61, won. Whitfield is an attorney.",
    "Kovac Whitfield said he won. Whitfield is an attorney.",
    "Ines Moreau Holt, 45, was elected. Holt is a lawyer.",
])
def test_a_persons_surname_is_known_once_the_person_speaks_or_is_aged(text):
    assert texts(text) == []


def test_months_weekdays_and_acronyms_are_not_places():
    text = "On Monday in May the SANA news agency and NATO said Chad was calm."
    assert texts(text) == ["Chad"]


@pytest.mark.parametrize("text, expected", [
    ("The PTA met on Friday.", []),  # not Pretoria
    ("Two NGO workers left Tulsa.", ["Tulsa"]),  # not Ngo, Congo
    ("The UAE and the DRC signed a deal.", ["UAE", "DRC"]),  # acronyms that name countries
])
def test_an_acronym_names_a_country_or_nothing(text, expected):
    assert texts(text) == expected


def test_a_capital_speaks_for_its_government():
    # "<name> said" makes a name a speaker, unless it is a country or a large capital.
    for text, capital in (("Moscow said the talks would go on.", "RU"), ("Beijing warned the ships.", "CN"),
                          ("Kabul said the road was open.", "AF")):
        assert names(text) == [(text.split()[0], capital)]
    assert names("Reyes said the road was open.") == []


# -- recognition: institutions and firms ---------------------------------------------------

def test_the_place_that_leads_an_institutions_name_is_a_place():
    assert texts("The Iowa Department of Health and the Nevada Supreme Court met at the Reno Public "
                 "Library.") == ["Iowa", "Nevada", "Reno"]
    assert texts("The Tulsa Police Department answered.") == ["Tulsa"]


def test_a_place_an_institution_or_a_person_is_of_is_a_place():
    assert texts("Teachers from the University of Kansas and the University of Oregon marched.") == ["Kansas", "Oregon"]
    assert texts("Lena Ortiz of the Iowa Bar Association spoke.") == ["Iowa"]
    assert texts("Tom Ruiz of the Nevada Medical Society spoke.") == ["Nevada"]
    assert texts("Fighters of the Islamic State of Iraq retreated.") == []  # an organisation's name


def test_organisations_whose_names_contain_places_are_not_places():
    assert texts("The Chadian Observatory for Press Freedom said Ahrar al-Sham fighters died.") == []
    assert texts("The White House and the Red Cross said aid would reach Haiti.") == ["Haiti"]


@pytest.mark.parametrize("text", [
    "She cheered for the Oregon Ospreys.",
    "He parked his Toyota Sequoia outside.",
    "The Nevada Wolfpack won again.",
])
def test_a_place_followed_by_a_name_of_its_own_leads_that_name(text):
    # A team, a car model: the word after the place is no English word, place word or
    # institution's word, so the two make one name.
    assert texts(text) == []


def test_firms_named_after_small_towns_are_firms():
    assert texts("Fairview Roofing Corp. won the contract.") == []
    assert texts("A crew from Milton Paving Inc. left for Chicago.") == ["Chicago"]
    assert texts("Shares of Ashland Holdings Ltd. fell in Chicago.") == ["Chicago"]
    assert texts("Bills from Dallas Power Co. rose.") == ["Dallas"]  # a major city's name still counts


def test_a_saints_day_or_school_is_not_a_town():
    assert texts("Trains from St. Louis to Ft. Worth stopped on St. Andrew's Day.") == ["St. Louis", "Ft. Worth"]
    assert texts("Tickets for St. Mary's Hospital gala sold out in Boston.") == ["Boston"]
    assert texts("We met near St. Jude's Church in Memphis.") == ["Memphis"]


# -- recognition: ordinary words -----------------------------------------------------------

def test_frequent_words_are_places_only_when_the_text_treats_them_as_names():
    assert names("Police said the Mobile units had left.") == []
    assert texts("Thieves broke into sheds in Bath. Police in Bath said more.") == ["Bath", "Bath"]
    assert texts("The Mobile Home Park rule passed.") == []


def test_a_given_name_is_a_town_only_after_in_at_or_from_unless_it_is_a_citys():
    assert texts("He handed the keys to Marion.") == []
    assert texts("The fair opened in Marion.") == ["Marion"]
    assert texts("They drove to Tyler for the game.") == ["Tyler"]  # a city of 100,000


def test_a_word_the_text_also_writes_in_lower_case_is_that_word():
    assert texts("Read our Guide to Pool Safety: keep the pool gate shut.") == []
    assert texts("Tips on Reading Glasses: wear them for reading.") == []
    assert texts("Our Mobile Clinic will visit you; call the mobile team.") == []


@pytest.mark.parametrize("text, expected", [
    ("Viewers of The Island liked it.", []),  # not Iceland
    ("Judges in the West Region heard the case.", []),
    ("The Federal District Court in Tulsa ruled.", ["Tulsa"]),
])
def test_ordinary_words_that_only_an_alternate_name_matches_are_not_places(text, expected):
    assert texts(text) == expected


def test_a_country_is_a_country_even_where_its_name_is_also_a_word():
    assert names("She packed the china before leaving China.") == [("China", "CN")]
    assert names("We ate turkey while Turkey voted.") == [("Turkey", "TR")]
    assert [cc for _, cc in names("Guinea pigs were sold in Guinea.")][-1] == "GN"


def test_contractions_are_not_towns():
    assert names("We're sure I've seen it, they'll say.") == []


def test_a_sentences_first_word_or_a_compass_word_leads_into_the_place():
    assert texts("Several West Texas towns grew; Northern Nevada did not.") == ["Texas", "Nevada"]
    assert texts("Many Ohio farms flooded.") == ["Ohio"]
    assert texts("New York grew.") == ["New York"]  # but a name's own first word stays


@pytest.mark.parametrize("text, expected", [
    ("A Dallas-Houston rail line was proposed.", ["Dallas", "Houston"]),
    ("Talks on the Canada-Mexico border resumed.", ["Canada", "Mexico"]),
    ("Traffic in the Minneapolis-St. Paul area grew.", ["Minneapolis", "St. Paul"]),
])
def test_places_joined_by_a_hyphen_are_each_a_place(text, expected):
    assert texts(text) == expected


# -- recognition: newspaper abbreviations ("Town, ST") -----------------------------------

def test_newspaper_abbreviations_of_states():
    found = names("BURLINGTON, Vt. -- Officials in Topeka, Kan., and Peoria, IL 61602 said Rep. Dana Whitlow, "
                  "D-S.C., would fly to D.C. next week.")
    assert [t for t, _ in found] == ["BURLINGTON", "Vt.", "Topeka", "Kan.", "Peoria", "IL", "S.C.", "D.C."]
    assert all(cc == "US" for _, cc in found)


@pytest.mark.parametrize("text, town, state", [
    ("Flooding closed schools in Salina, Kan., on Friday.", "Salina", "KS"),
    ("The plant in Joliet, IL 60431 shut down.", "Joliet", "IL"),
    ("A storm hit Lebanon, Tenn., overnight.", "Lebanon", "TN"),
])
def test_a_state_abbreviation_after_a_town_places_the_town(text, town, state):
    found = places(text)
    assert found[town].admin1_code == state and found[town].country_code == "US"


def test_a_party_letter_before_a_state_or_home_town():
    assert names("Sen. Ada Holt, R-Tenn., objected.") == [("Tenn.", "US")]
    assert texts("Rep. Dana Whitlow, D-Tacoma, voted no.") == ["Tacoma"]
    assert texts("Rep. Lou Park, I-Vt., abstained.") == ["Vt."]


def test_abbreviations_need_a_town_before_them():
    assert names("It was fine, OK. He spoke of Ga. and 300 B.C. times.") == []


def test_saint_mount_and_fort_names_are_read_whole():
    assert texts("Flights from St. Louis to Mt. Shasta stopped.") == ["St. Louis", "Mt. Shasta"]


# -- recognition: demonyms -------------------------------------------------------------------

def test_demonyms_stand_for_their_country_but_not_inside_a_name():
    found = names("Chadian troops and Sri Lankan officials met Ghanaian President Kofi Mensah; "
                  "the Chadian Observatory for Press Freedom said so.")
    assert found == [("Chadian", "TD"), ("Sri Lankan", "LK"), ("Ghanaian", "GH")]
    assert all(m.kind == "demonym" for m in parse_places("Palestinians and Israelis talked."))


@pytest.mark.parametrize("text, expected", [
    ("Chadian troops crossed into Sudan.", [("Chadian", "TD"), ("Sudan", "SD")]),
    ("Officials closed the Malian border.", [("Malian", "ML")]),
    ("Strikes hit the Malian-Nigerien border.", [("Malian", "ML"), ("Nigerien", "NE")]),
    ("Uruguayans voted on Sunday.", [("Uruguayans", "UY")]),
])
def test_demonyms_used_as_places(text, expected):
    assert names(text) == expected


def test_a_demonym_that_is_a_language_is_a_place_only_before_a_place_noun():
    assert names("She speaks French and likes French cooking.") == []
    assert names("They reached the French border.") == [("French", "FR")]
    assert names("Dutch farmers and German lorries crowded the Dutch border.") == [("Dutch", "NL")]


# -- recognition: names the gazetteer lacks ------------------------------------------------

def test_streets_and_unknown_rivers_fall_back_to_the_documents_main_place():
    found = {m.text: m for m in parse_places("A bomb went off on Cairo Street in Baghdad. Baghdad police said "
                                              "the Blackthorn River was calm.")}
    assert "Cairo" not in found  # a street named after a city is not the city
    street = found["Cairo Street"]
    assert street.kind == "fallback" and street.place == found["Baghdad"].place and street.score < 0.1
    assert found["Blackthorn River"].kind == "fallback"


# -- resolution: qualifiers ------------------------------------------------------------------

@pytest.mark.parametrize("text, name, country, region", [
    ("Clashes in Paris, Texas.", "Paris", "US", "TX"),
    ("Clashes in Paris, France.", "Paris", "FR", None),
    ("Protesters gathered in Moscow, Idaho.", "Moscow", "US", "ID"),
    ("Rain fell on Springfield (Missouri) all day.", "Springfield", "US", "MO"),
    ("Farmers in Cordoba province, Argentina, protested.", "Cordoba", "AR", None),
])
def test_a_qualifying_region_picks_the_right_namesake(text, name, country, region):
    place = places(text)[name]
    assert place.country_code == country
    assert region is None or place.admin1_code == region


def test_a_town_and_the_county_it_lies_in_support_each_other():
    found = places("Moscow and Latah County are rich in history.")
    assert found["Latah County"].admin1_code == found["Moscow"].admin1_code == "ID"


@pytest.mark.parametrize("text, name, country", [
    ("Aid reached Santa Fe province, Argentina, from Albuquerque and Taos.", "Santa Fe", "AR"),
    ("Aid reached Cordoba province, Spain, from Buenos Aires and Rosario.", "Cordoba", "ES"),
    ("Aid reached Bolivar state, Venezuela, from Bogota and Cartagena.", "Bolivar", "VE"),
    ("Officials in Tbilisi and Batumi thanked donors in Georgia state, US.", "Georgia", "US"),
])
def test_a_region_typed_and_qualified_by_its_country(text, name, country):
    # "<region> province, <country>": the country qualifies the region, over the
    # document's other places.
    assert places(text)[name].country_code == country


@pytest.mark.parametrize("text, town, county", [
    ("Officials in Floyd County said Georgetown was calm.", "Georgetown", "Floyd County"),
    ("Officials in Sarasota County said Plantation was calm.", "Plantation", "Sarasota County"),
    ("Officials in Howard County said Riverside was calm.", "Riverside", "Howard County"),
])
def test_the_county_named_beside_a_town_picks_the_namesake_in_it(text, town, county):
    found = places(text)
    assert (found[town].admin1_code, found[town].admin2_code) == (found[county].admin1_code,
                                                                 found[county].admin2_code)


@pytest.mark.parametrize("text, state", [
    ("Springfield and Peoria sent aid.", "IL"),
    ("Bloomington and Peoria sent aid.", "IL"),
    ("Valdosta and Macon sent aid.", "GA"),
])
def test_towns_named_together_pick_namesakes_in_one_state(text, state):
    assert {p.admin1_code for p in places(text).values()} == {state}


# -- resolution: the document's country and region -----------------------------------------

def test_the_documents_region_picks_the_local_namesake():
    # Without context Rome is Italy's capital; a report about Georgia means Georgia's.
    assert places("Rome voted.")["Rome"].country_code == "IT"
    found = places("Rome police met Floyd County officials on Tuesday; Georgia lawmakers came too.")
    assert found["Rome"].admin1_code == "GA"
    assert found["Floyd County"].feature_code == "ADM2"


@pytest.mark.parametrize("text, name, country", [
    ("After the vote in Scotland, crowds filled Perth.", "Perth", "GB"),
    ("Police in Jamaica said Spanish Town and Kingston were calm.", "Kingston", "JM"),
    ("Gunmen from Nigeria attacked Kaga overnight.", "Kaga", "NG"),
])
def test_a_country_named_in_the_text_picks_its_namesake(text, name, country):
    assert places(text)[name].country_code == country


def test_a_country_the_caller_knows_about_counts_like_a_named_one():
    (m,) = parse_places("Gunmen attacked Kaga overnight.")
    (n,) = parse_places("Gunmen attacked Kaga overnight.", context_countries=["NG"])
    assert m.place.country_code == "JP"  # the larger namesake, without context
    assert n.place.country_code == "NG"


@pytest.mark.parametrize("text, name, country", [
    ("American diplomats toured Tripoli and Sidon before leaving Lebanon.", "Tripoli", "LB"),
    ("Brazilian pilgrims visited Acre and Haifa in Israel.", "Acre", "IL"),
    ("Chinese engineers inspected Tripoli and Tyre in Lebanon.", "Tripoli", "LB"),
])
def test_a_demonym_says_less_about_where_a_report_is_than_a_place(text, name, country):
    # The visitors' country is named, but the report is about where they went.
    assert places(text)[name].country_code == country


@pytest.mark.parametrize("name", ["Dikwa", "Gwoza", "Kaura Namoda"])
def test_a_bare_name_is_the_town_more_often_than_the_district_named_after_it(name):
    assert places(f"Gunmen attacked {name}.")[name].feature_code == "PPL"


@pytest.mark.parametrize("name", ["Manhattan", "Visakhapatnam", "Sagamihara"])
def test_a_places_own_name_outweighs_another_places_alternate_name(name):
    # GeoNames lists these names among the alternate names of larger neighbours too.
    assert places(f"Rain fell on {name} all week.")[name].name == name


def test_a_state_is_the_state_not_a_namesake_town():
    found = places("Farmers in Texas and Ontario protested.")
    assert found["Texas"].feature_code == "ADM1" and found["Texas"].country_code == "US"
    assert found["Ontario"].feature_code == "ADM1" and found["Ontario"].country_code == "CA"


# -- resolution: the kind of place the text implies ----------------------------------------

def test_names_in_a_list_of_regions_are_regions_of_that_kind():
    found = places("Marin, Napa and Sonoma counties in California grew.")
    assert all(found[n].feature_code == "ADM2" and found[n].admin1_code == "CA" for n in ("Marin", "Napa", "Sonoma"))
    found = places("Gunmen struck villages in Zamfara and Katsina states.")
    assert found["Katsina"].feature_code == "ADM1" and found["Katsina"].country_code == "NG"


def test_the_town_not_the_region_named_after_it():
    found = places("Shelling hit Homs and Idlib.")
    assert found["Homs"].feature_code == "PPL" and found["Idlib"].feature_code == "PPL"
    assert places("Shelling hit Homs province.")["Homs"].feature_code == "ADM1"


@pytest.mark.parametrize("text, name, feature", [
    ("Fishing boats sank in the Red Sea.", "Red Sea", "SEA"),
    ("Migrants waded across the Rio Grande.", "Rio Grande", "STM"),
    ("Climbers were stranded in the Andes.", "Andes", "MTS"),
])
def test_a_sea_river_or_range_is_not_the_region_named_after_it(text, name, feature):
    assert places(text)[name].feature_code == feature


def test_rivers_seas_regions_and_continents_resolve():
    found = places("Strikes hit villages along the Euphrates, on the West Bank, near the Red Sea, in Darfur "
                   "and across Africa.")
    assert found["Euphrates"].feature_code == "STM"
    assert found["West Bank"].country_code == "PS"
    assert found["Red Sea"].feature_code == "SEA"
    assert found["Darfur"].country_code == "SD"
    assert found["Africa"].feature_code == "CONT"


# -- resolution: one sense per name ----------------------------------------------------------

@pytest.mark.parametrize("text, name, country, region", [
    ("Paris, Texas, was quiet. Later Paris mourned.", "Paris", "US", "TX"),
    ("Rome, Georgia, held a parade. Rome was loud all night.", "Rome", "US", "GA"),
    ("Perth, Scotland, voted. Perth then celebrated.", "Perth", "GB", None),
])
def test_one_name_keeps_one_sense_through_a_document(text, name, country, region):
    found = [m.place for m in parse_places(text) if m.text == name]
    assert len(found) == 2 and found[0] == found[1] and found[0].country_code == country
    assert region is None or found[0].admin1_code == region
