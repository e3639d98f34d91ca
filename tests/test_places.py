"""Finding and resolving place names in running text."""

from geo.places import find_mentions, parse_places, resolve_spans


def names(text):
    return [(m.text, m.place.country_code if m.place else None) for m in parse_places(text)]


def test_towns_countries_and_capitals_resolve_in_context():
    text = "Militants attacked a checkpoint near Albu Kamal in eastern Syria, officials in Damascus said."
    found = dict(names(text))
    assert found["Albu Kamal"] == "SY"
    assert found["Syria"] == "SY"
    assert found["Damascus"] == "SY"


def test_people_titles_months_and_acronyms_are_not_places():
    text = ("US President Joe Biden met spokesman John Kirby on Monday in May. "
            "Syria's SANA news agency said Kirby was right.")
    found = [t for t, _ in names(text)]
    for not_a_place in ("Joe Biden", "Biden", "John Kirby", "Kirby", "Monday", "May", "SANA"):
        assert not_a_place not in found
    assert "Syria" in found


def test_organisations_named_after_places_are_not_places():
    text = "The Syrian Observatory for Human Rights said Kataeb Hezbollah fighters died."
    assert [t for t, _ in names(text)] == []


def test_demonyms_used_as_places():
    found = names("Strikes hit the Syrian-Iraqi border.")
    assert ("Syrian", "SY") in found and ("Iraqi", "IQ") in found


def test_a_qualifying_region_picks_the_right_namesake():
    assert dict(names("Clashes in Paris, Texas."))["Paris"] == "US"
    assert dict(names("Clashes in Paris, France."))["Paris"] == "FR"


def test_frequent_words_at_the_start_of_a_sentence_are_not_towns():
    assert names("Police said the Mobile phones were seized.") == []


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


# -- recognition -------------------------------------------------------------------------

def test_the_place_that_leads_an_institutions_name_is_a_place():
    found = [t for t, _ in names("The Texas Department of Transportation and the Ohio Supreme Court "
                                 "met at the Paris Public Library.")]
    assert found == ["Texas", "Ohio", "Paris"]


def test_a_place_an_institution_is_of_is_a_place_but_not_an_organisations_name():
    assert [t for t, _ in names("She studies at the University of Georgia.")] == ["Georgia"]
    assert [t for t, _ in names("Fighters of the Islamic State of Iraq retreated.")] == []


def test_newspaper_abbreviations_of_states():
    found = names("CHARLESTON, W.Va. -- Officials in Topeka, Kan., and Springfield, IL 62701 said "
                  "Rep. Jim Clyburn, D-S.C., would ride to D.C. next week.")
    assert [t for t, _ in found] == ["CHARLESTON", "W.Va.", "Topeka", "Kan.", "Springfield", "IL", "S.C.", "D.C."]
    assert all(cc == "US" for _, cc in found)


def test_abbreviations_need_a_town_before_them():
    assert names("It was fine, OK. He spoke of Ga. and 300 B.C. times.") == []


def test_saint_mount_and_fort_names_are_read_whole():
    found = [m.text for m in parse_places("Flights from St. Louis to Ft. Worth stopped on St. Patrick's Day.")]
    assert found == ["St. Louis", "Ft. Worth"]  # a saint's day is not a town


def test_demonyms_stand_for_their_country_but_not_inside_a_name():
    found = names("American troops and Sri Lankan officials met Russian President Vladimir Putin; "
                  "the Syrian Observatory for Human Rights said so.")
    assert found == [("American", "US"), ("Sri Lankan", "LK"), ("Russian", "RU")]
    assert all(m.kind == "demonym" for m in parse_places("Palestinians and Israelis talked."))


def test_a_demonym_that_is_a_language_is_a_place_only_before_a_place_noun():
    assert names("She speaks French and likes French cooking.") == []
    assert names("They reached the French border.") == [("French", "FR")]


def test_people_are_not_places_even_when_their_names_are():
    # "Tom Baker" makes "Baker" the man's name for the rest of the text; "Paris Hilton"
    # starts with a given name; "Kirby said" is a speaker.
    text = "Tom Baker met Paris Hilton in Dayton. Later Baker left, Kirby said."
    assert [t for t, _ in names(text)] == ["Dayton"]


def test_frequent_words_are_places_only_when_the_text_treats_them_as_names():
    assert [t for t, _ in names("Vandals targeted cars in Oxford. Police in Oxford said more.")] == ["Oxford", "Oxford"]
    assert names("The Clean Air Act and the Mobile phones rule passed.") == []


def test_contractions_are_not_towns():
    assert names("We're sure I've seen it, they'll say.") == []


def test_a_directional_word_leads_into_the_place():
    assert [t for t, _ in names("Two Northeast Georgia counties grew; Western Pennsylvania did not.")] == [
        "Georgia", "Pennsylvania"]


# -- resolution --------------------------------------------------------------------------

def test_the_documents_region_picks_the_local_namesake():
    # Local news: the Gainesville of a report about Florida is Florida's.
    found = {m.text: m.place for m in parse_places(
        "Gainesville police met Alachua County officials on Tuesday; Florida lawmakers came too.")}
    assert found["Gainesville"].admin1_code == "FL"
    assert found["Alachua County"].feature_code == "ADM2"


def test_a_town_and_the_county_it_lies_in_support_each_other():
    found = {m.text: m.place for m in parse_places("Paris and Henry County are rich in history.")}
    assert found["Henry County"].admin1_code == found["Paris"].admin1_code == "TN"


def test_a_state_is_the_state_not_a_namesake_town():
    found = {m.text: m.place for m in parse_places("Farmers in Texas and Ontario protested.")}
    assert found["Texas"].feature_code == "ADM1" and found["Texas"].country_code == "US"
    assert found["Ontario"].feature_code == "ADM1" and found["Ontario"].country_code == "CA"


def test_a_country_the_caller_knows_about_counts_like_a_named_one():
    (m,) = parse_places("Gunmen attacked Bama overnight.")
    (n,) = parse_places("Gunmen attacked Bama overnight.", context_countries=["NG"])
    assert n.place.country_code == "NG"
    assert n.score >= m.score or m.place.country_code == "NG"


def test_names_in_a_county_list_are_counties():
    found = {m.text: m.place for m in parse_places("Barrow, Jackson and Oconee counties in Georgia grew.")}
    assert all(found[n].feature_code == "ADM2" and found[n].admin1_code == "GA" for n in ("Barrow", "Jackson", "Oconee"))


def test_rivers_seas_and_regions_resolve():
    found = {m.text: m.place for m in parse_places("Strikes hit villages along the Euphrates in the West Bank "
                                                    "and near the Red Sea, in Darfur and across Africa.")}
    assert found["Euphrates"].feature_code == "STM"
    assert found["West Bank"].country_code == "PS"
    assert found["Red Sea"].feature_code == "SEA"
    assert found["Darfur"].country_code == "SD"
    assert found["Africa"].feature_code == "CONT"


def test_the_town_not_the_governorate_named_after_it():
    found = {m.text: m.place for m in parse_places("Shelling hit Homs and Derna.")}
    assert found["Homs"].feature_code == "PPL" and found["Derna"].feature_code == "PPL"


def test_one_name_keeps_one_sense_through_a_document():
    places = [m.place for m in parse_places("Paris, Texas, was quiet. Later Paris mourned.")
              if m.text == "Paris"]
    assert len(places) == 2 and places[0] == places[1] and places[0].country_code == "US"


def test_gold_spans_accept_abbreviations_demonyms_and_county_shorthand():
    text = "Topeka, Kan. Palestinians in Loudon Co. met."
    spans = [(8, 12), (13, 25), (29, 39)]
    found = resolve_spans(text, spans)
    assert [m.place.name for m in found] == ["Kansas", "Palestinian Territory", "Loudon County"]


def test_names_in_a_list_of_states_are_states():
    found = {m.text: m.place for m in parse_places("Gunmen struck villages in Zamfara and Katsina states.")}
    assert found["Katsina"].feature_code == "ADM1" and found["Katsina"].country_code == "NG"


def test_streets_and_unknown_rivers_fall_back_to_the_documents_main_place():
    found = {m.text: m for m in parse_places("A car bomb exploded on Haifa Street in Baghdad. Baghdad police "
                                              "said the Neches River was calm.")}
    assert "Haifa" not in found  # a street named after a city is not the city
    street = found["Haifa Street"]
    assert street.kind == "fallback" and street.place == found["Baghdad"].place and street.score < 0.1
    assert found["Neches River"].kind == "fallback"


def test_titles_initials_and_firms_mark_names_that_are_not_places():
    text = ("Police said Mrs. Parsons met Gen. Cartwright at the H. L. Snyder Funeral Home; the McDaniel "
            "Construction Corp. won the bid. Later Parsons moved to Dayton.")
    assert [t for t, _ in names(text)] == ["Dayton"]
