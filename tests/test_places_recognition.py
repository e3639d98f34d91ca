"""Names a reader recognises as places although they hide: demonyms that a small town
shares, short forms, places that lead longer names, possessives and compounds, country
names that are also frequent words, datelines in capitals, long official names,
landmarks, and namesakes abroad when the text names the right country.

Every sentence is written for these tests, three for each class of name.
"""

import pytest

from geo.places import parse_places, resolve_spans


def found(text):
    """Surface -> (country, feature code) of the places found in ``text``."""
    return {m.text: (m.place.country_code, m.place.feature_code) for m in parse_places(text) if m.place}


def place_of(text, surface):
    return next(m.place for m in parse_places(text) if m.text == surface)


# Demonyms a town shares: Canadian (Texas), Spanish (Ontario), Indian (a few hamlets).


@pytest.mark.parametrize("text, surface, country", [
    ("Canadian engineers finished the bridge before the rains came.", "Canadian", "CA"),
    ("Patrol boats met the migrants in Spanish waters at dawn.", "Spanish", "ES"),
    ("An Indian convoy reached the border post late on Friday.", "Indian", "IN"),
])
def test_a_demonym_is_its_country_not_a_town_of_that_name(text, surface, country):
    assert found(text)[surface] == (country, "PCLI")


@pytest.mark.parametrize("text, surface, country", [
    ("Canadian troops handed the base over in spring.", "Canadian", "CA"),
    ("The Spanish embassy issued a travel warning.", "Spanish", "ES"),
    ("Indian diplomats asked for the talks to resume.", "Indian", "IN"),
])
def test_a_gold_span_demonym_is_its_country(text, surface, country):
    start = text.index(surface)
    (m,) = resolve_spans(text, [(start, start + len(surface))])
    assert (m.place.country_code, m.place.feature_code) == (country, "PCLI")


@pytest.mark.parametrize("text, surface, expected", [
    ("Chechen volunteers guarded the pass.", "Chechen", ("RU", "ADM1")),
    ("A Tibetan nun was detained near the monastery.", "Tibetan", ("CN", "ADM1")),
    ("Three Texan ranchers lost cattle in the flood.", "Texan", ("US", "ADM1")),
])
def test_a_region_demonym_is_its_region(text, surface, expected):
    assert found(text)[surface] == expected


def test_a_language_demonym_alone_is_no_place():
    assert "Spanish" not in found("She teaches Spanish at the night school.")


# Short forms and acronyms.


@pytest.mark.parametrize("text, surface, expected", [
    ("Floods cut roads across western NSW on Monday.", "NSW", ("AU", "ADM1")),
    ("The DPRK fired two missiles into the sea, Seoul said.", "DPRK", ("KP", "PCLI")),
    ("Wildfires forced evacuations in B.C. this week.", "B.C.", ("CA", "ADM1")),
    ("Investors from the UAE bought the port.", "UAE", ("AE", "PCLI")),
    ("Rebels seized two mines in eastern DRC.", "DRC", ("CD", "PCLI")),
    ("A U.S. delegation landed in the capital.", "U.S.", ("US", "PCLI")),
])
def test_short_forms_name_their_places(text, surface, expected):
    assert found(text)[surface] == expected


def test_a_dotted_short_form_after_a_number_is_a_date():
    assert "B.C." not in found("The fort was built around 200 B.C. by the local kings.")


@pytest.mark.parametrize("text", [
    "The code XNSW7 was printed on the crate.",  # inside a longer word
    "Parcels marked ANSW went astray.",
    "The part number was KT-NSW, not KT-DRC.",  # after a hyphen
    "Its file name ended in .DPRK on the server.",  # after a dot
    "They called the robot DRC2 in the lab.",
])
def test_a_short_form_inside_a_longer_word_or_code_is_none(text):
    from geo.gazetteer import load_gazetteer
    from geo.places.abbreviations import short_form_mentions

    assert short_form_mentions(text, load_gazetteer()) == []


def test_short_forms_stand_alone_at_the_start_end_and_after_punctuation():
    from geo.gazetteer import load_gazetteer
    from geo.places.abbreviations import short_form_mentions

    text = "NSW (DRC) and 'DPRK', then Britain."
    assert [m.text for m in short_form_mentions(text, load_gazetteer())] == ["NSW", "DRC", "DPRK", "Britain"]


# Places that lead longer names.


@pytest.mark.parametrize("text, surface, expected", [
    ("The Kentucky State Police closed the highway overnight.", "Kentucky", ("US", "ADM1")),
    ("Toronto police arrested two men after the robbery.", "Toronto", ("CA", "PPL")),
    ("Acting U.S. Attorney Dana Pruitt filed the charges.", "U.S.", ("US", "PCLI")),
    ("Nine Florida Highway Patrol cars blocked the ramp.", "Florida", ("US", "ADM1")),
])
def test_a_place_that_leads_an_institution_or_office_counts(text, surface, expected):
    assert found(text)[surface] == expected


@pytest.mark.parametrize("text, surface", [
    ("Gunmen raided a market in Kano State at dawn.", "Kano"),
    ("Floods hit farms across Borno State this week.", "Borno"),
    ("Police in Bauchi State arrested nine men.", "Bauchi"),
])
def test_a_name_before_state_is_the_state(text, surface):
    (state,) = [place for name, place in found(text).items() if name.startswith(surface)]
    assert state == ("NG", "ADM1")


@pytest.mark.parametrize("text, surface, code", [
    ("A barge sank in the Ohio River near the lock.", "Ohio River", "STM"),
    ("Tankers waited in the Persian Gulf for a week.", "Persian Gulf", "GULF"),
    ("Herders crossed the Sahara with their camels.", "Sahara", "DSRT"),
])
def test_landmarks_the_gazetteer_knows_are_found_whole(text, surface, code):
    assert found(text)[surface][1] == code


@pytest.mark.parametrize("text, surface", [
    ("Jo Marsh, 41, of Columbia, was hurt in the crash.", "Columbia"),
    ("Ray Tull, 19, of Lancaster, was charged on Monday.", "Lancaster"),
    ("Police named the driver as Kim Ode, aged 63, of Gainesville.", "Gainesville"),
])
def test_a_home_town_after_a_persons_age_is_a_place(text, surface):
    assert surface in found(text)


@pytest.mark.parametrize("text, surface", [
    ("Aid Convoy Finally Reaches Somalia. Trucks carried flour.", "Somalia"),
    ("Senior Officials From Kenya Meet Rebel Leaders. The talks began.", "Kenya"),
    ("New Report Says Honduras Prisons Are Full. It was published.", "Honduras"),
])
def test_a_place_in_a_title_case_headline_is_found(text, surface):
    assert surface in found(text)


# Possessives and compounds.


@pytest.mark.parametrize("text, surface, country", [
    ("Britain's navy sent a frigate to the strait.", "Britain", "GB"),
    ("A Britain-based charity paid for the clinic.", "Britain", "GB"),
    ("The Pakistan-backed group denied the claim.", "Pakistan", "PK"),
])
def test_possessives_and_hyphenated_compounds_keep_the_place(text, surface, country):
    assert found(text)[surface][0] == country


def test_a_major_city_named_for_a_saint_keeps_its_possessive():
    places = found("Ferries left St. Petersburg's harbour while St. Mary's School stayed shut.")
    assert places["St. Petersburg"][0] == "RU"
    assert not any(name.startswith("St. Mary") for name in places)


@pytest.mark.parametrize("text, pair", [
    ("Egyptian-Iranian contacts resumed after a decade.", ("Egyptian", "Iranian")),
    ("The Russian-Georgian ceasefire held through the night.", ("Russian", "Georgian")),
    ("Turkish-Syrian border crossings reopened on Sunday.", ("Turkish", "Syrian")),
])
def test_two_demonyms_joined_by_a_hyphen_are_two_countries(text, pair):
    places = found(text)
    assert all(places[d][1] == "PCLI" for d in pair)


# Country names that are also frequent English words.


@pytest.mark.parametrize("text, surface, country", [
    ("Exports from Britain fell for a third month.", "Britain", "GB"),
    ("He returned to America after the war.", "America", "US"),
    ("Tulip growers in Holland expect a poor harvest.", "Holland", "NL"),
])
def test_country_names_that_are_frequent_words_are_places(text, surface, country):
    assert found(text)[surface] == (country, "PCLI")


def test_a_continent_keeps_its_whole_name():
    places = found("Coffee prices rose across South America and Central America.")
    assert "America" not in places
    assert places["South America"][1] == "CONT"


# Datelines in capitals.


@pytest.mark.parametrize("text, surface, country", [
    ("KABUL, Afghanistan \u2014 A roadside bomb hit a bus on Tuesday.", "KABUL", "AF"),
    ("NAIROBI (Reuters) - Police fired tear gas at traders.", "NAIROBI", "KE"),
    ("MOSUL, Iraq (AP) \u2014 Engineers cleared the old bridge.", "MOSUL", "IQ"),
])
def test_an_all_caps_dateline_is_a_place(text, surface, country):
    assert found(text)[surface][0] == country


@pytest.mark.parametrize("text, surface, town", [
    ("NEW YORK (Reuters) - Shares slipped at the open.", "NEW YORK", "New York City"),
    ("KABUL, Afghanistan \u2014 Schools reopened after the holiday.", "KABUL", "Kabul"),
    ("QUEBEC (AP) \u2014 Snow closed the old town.", "QUEBEC", None),
])
def test_a_dateline_is_a_town_where_a_region_shares_its_name(text, surface, town):
    place = place_of(text, surface)
    assert place.feature_code in ("PPL", "PPLC")
    assert town is None or place.name == town


@pytest.mark.parametrize("text, surface, country", [
    ("DOHA \u2014 Talks resumed late.", "DOHA", "QA"),
    ("LAGOS \u2014 Fuel queues grew.", "LAGOS", "NG"),
    ("The UK envoy left.", "UK", "GB"),
])
def test_a_gold_span_in_capitals_is_a_town_or_a_country(text, surface, country):
    start = text.index(surface)
    (m,) = resolve_spans(text, [(start, start + len(surface))])
    assert m.place.country_code == country


def test_capitals_that_are_no_dateline_stay_acronyms():
    places = found("NATO and the WHO met in Geneva.")
    assert "NATO" not in places and "WHO" not in places
    assert places["Geneva"][0] == "CH"


# Long official names.


@pytest.mark.parametrize("text, surface, country", [
    ("Aid flights to Democratic Republic of Congo resumed.", "Democratic Republic of Congo", "CD"),
    ("Elections in Republic of Congo were delayed again.", "Republic of Congo", "CG"),
    ("Refugees from Bosnia settled in the town.", "Bosnia", "BA"),
])
def test_long_and_short_official_names_of_countries(text, surface, country):
    assert found(text)[surface] == (country, "PCLI")


# Namesakes abroad when the text names the right country or region.


@pytest.mark.parametrize("text, surface, country", [
    ("A factory in London, Ontario, laid off 300 workers.", "London", "CA"),
    ("Missiles fell near Odessa overnight, officials in Ukraine said.", "Odessa", "UA"),
    ("Tanks shelled Gaza as Israel closed the crossings.", "Gaza", "PS"),
])
def test_namesakes_follow_the_country_the_text_names(text, surface, country):
    assert place_of(text, surface).country_code == country


def test_a_namesake_in_a_named_state_stays_there():
    assert place_of("Oil rigs near Odessa, Texas, shut down.", "Odessa").country_code == "US"


# Airports and landmarks a gazetteer layer knows (made-up rows in GeoNames' format).

_LANDMARK_ROWS = [
    # id, name, ascii, alternates, lat, lon, class, code, country, admin-1, population
    (9800001, "Velmoor", "Velmoor", "", 52.61, 5.07, "P", "PPL", "NL", "07", 24000),
    (9800002, "Velmoor Regional Airport", "Velmoor Regional Airport", "Velmoor Airport",
     52.66, 5.19, "S", "AIRP", "NL", "07", 0),
    (9800003, "Brakkenburg Castle", "Brakkenburg Castle", "Kasteel Brakkenburg",
     51.93, 4.48, "S", "CSTL", "NL", "11", 0),
]


@pytest.fixture
def landmark_gazetteer(tmp_path, monkeypatch):
    from geo.gazetteer import layers
    from geo.gazetteer.cache import load_base_gazetteer
    from geo.cli import main

    monkeypatch.setattr(layers, "layers_dir", lambda: tmp_path / "layers")
    dump = tmp_path / "XL.txt"
    dump.write_text("".join(
        "\t".join([str(gid), name, ascii_name, alternates, str(lat), str(lon), fclass, code, cc, "", admin1,
                   "", "", "", str(pop), "", "5", "Europe/Amsterdam", "2024-01-01"]) + "\n"
        for gid, name, ascii_name, alternates, lat, lon, fclass, code, cc, admin1, pop in _LANDMARK_ROWS),
        encoding="utf-8")
    assert main(["gazetteer", "add", str(dump), "--name", "landmarks"]) == 0
    gz = load_base_gazetteer()
    layers.attach_enabled_layers(gz)
    return gz


@pytest.mark.parametrize("text, surface, code", [
    ("The cargo plane landed at Velmoor Regional Airport after the storm.", "Velmoor Regional Airport", "AIRP"),
    ("Protesters blocked the road to Velmoor Airport on Monday.", "Velmoor Airport", "AIRP"),
    ("Tourists queued outside Brakkenburg Castle in the rain.", "Brakkenburg Castle", "CSTL"),
])
def test_airports_and_landmarks_of_a_layer_are_found_whole(landmark_gazetteer, text, surface, code):
    places = {m.text: m.place for m in parse_places(text, landmark_gazetteer) if m.place}
    assert places[surface].feature_code == code and places[surface].layer == "landmarks"


# A word that only a hamlet's variant spelling matches is a place only where the text
# puts something there.


def _hamlet_variants(count=3):
    """Words that only an alternate spelling of a small place matches, and that are no
    English word nor given name (taken from the gazetteer, whichever it is)."""
    from geo.gazetteer import load_gazetteer

    gz = load_gazetteer()
    out = []
    for key in gz.index:
        if not (key.isalpha() and key.isascii() and 6 <= len(key) <= 9) or key in gz.given_names or key in gz.word_ranks:
            continue
        rows = gz.rows_for_key(key)
        if rows and all(gz.primary_key(r) != key and gz.feature_code[r] == "PPL" and gz.population[r] < 5_000
                        for r in rows):
            out.append(key.capitalize())
            if len(out) == count:
                return out
    return out


@pytest.mark.parametrize("index", range(3))
def test_a_hamlet_variant_is_a_place_only_after_a_locative(index):
    word = _hamlet_variants()[index]
    assert word not in found(f"Lawyers for {word} supporters filed the appeal on Monday.")
    assert word in found(f"Families fled to {word} after the floods on Monday.")


def _hamlet_names(count=3):
    """Main names of small places only (no town, region or country shares them), no
    English word nor given name (taken from the gazetteer, whichever it is)."""
    from geo.gazetteer import load_gazetteer

    gz = load_gazetteer()
    out = []
    for key in gz.index:
        if not (key.isalpha() and key.isascii() and 6 <= len(key) <= 9) or key in gz.given_names or key in gz.word_ranks:
            continue
        rows = gz.rows_for_key(key)
        if rows and all(gz.primary_key(r) == key and gz.feature_code[r] == "PPL" and gz.population[r] < 5_000
                        for r in rows):
            out.append(key.capitalize())
            if len(out) == count:
                return out
    return out


@pytest.mark.parametrize("index", range(3))
def test_a_hamlet_leading_an_organisations_name_is_no_place_but_its_school_is_there(index):
    word = _hamlet_names()[index]
    assert word not in found(f"Donors said the {word} Party Foundation paid for the well.")
    assert word in found(f"The {word} Primary School pupils planted trees on Monday.")
    assert word in found(f"Nurses said the {word} District Hospital was full on Monday.")
