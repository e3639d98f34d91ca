"""Seventh round of place recognition, for newswire in general. Every sentence and name
here is written for these tests."""

import pytest

from geo.places import parse_places
from geo.places.find import find_mentions


def found(text):
    return {m.text: m for m in parse_places(text)}


def spans(text):
    return [m.text for m in find_mentions(text)]


# An office "of" a place ("the Mayor of Mosul"): the title opens no person's name, and
# the place after "of" is a place.
@pytest.mark.parametrize("text, name, country", [
    ("The Mayor of Mosul said the bridge over the river would reopen next week.", "Mosul", "IQ"),
    ("The Emir of Kano called for calm after the clashes on Friday.", "Kano", "NG"),
    ("The President of Colombia flew to the border town on Tuesday.", "Colombia", "CO"),
    ("The Governor of Herat told reporters that the road was safe again.", "Herat", "AF"),
])
def test_the_place_of_an_office_is_a_place(text, name, country):
    assert found(text)[name].place.country_code == country


@pytest.mark.parametrize("text", [
    "The Minister of Defence said more troops would be sent.",  # no place after "of"
    "Mayor Austin Reed cut the ribbon on the new market.",  # a title before a person still names him
])
def test_near_misses_of_an_office_of_a_place(text):
    assert spans(text) == []


# Places joined by a hyphen ("the Gulu-Kitgum road"): each is a place, as plain as the
# pair; the other name beside one is no sign of a firm's or team's name.
@pytest.mark.parametrize("text, names", [
    ("Gunmen stopped a bus on the Gulu-Kitgum road and robbed the passengers.", ["Gulu", "Kitgum"]),
    ("The Kaduna-Abuja highway was closed after travellers were kidnapped.", ["Kaduna", "Abuja"]),
    ("Heavy rain flooded parts of Tororo-Mbale overnight, officials said.", ["Tororo", "Mbale"]),
])
def test_places_joined_by_a_hyphen_are_both_places(text, names):
    assert all(name in spans(text) for name in names)


@pytest.mark.parametrize("text", [
    "He drove a Mercedes-Benz to the market.",  # a maker's name
    "Workers left the Coca-Cola bottling plant at noon.",  # English words that name only hamlets
])
def test_near_misses_of_places_joined_by_a_hyphen(text):
    assert spans(text) == []


# A name in a list of regions ("Hyde and Tyrrell counties") is a region of the list's
# kind, also where the gazetteer holds it only with the kind's word ("Tyrrell County").
@pytest.mark.parametrize("text, names", [
    ("Storms downed power lines in Hyde and Tyrrell counties.", ["Hyde", "Tyrrell"]),
    ("Drought has hit farmers in Garfield, Petroleum and Judith Basin counties.",
     ["Garfield", "Petroleum", "Judith Basin"]),
    ("Floods swept Slope and Golden Valley counties after the thaw.", ["Slope", "Golden Valley"]),
])
def test_names_in_a_list_of_counties_are_counties(text, names):
    places = found(text)
    assert all(places[name].place.feature_code == "ADM2" for name in names)


@pytest.mark.parametrize("text", [
    "Slope and valley farms were flooded after the thaw.",  # no list of regions
    "Petroleum and gas prices rose in the counties.",  # "counties" ends no list of names
])
def test_near_misses_of_names_in_a_list_of_regions(text):
    assert spans(text) == []


# A name the gazetteer lacks that the text calls a village or town ("the village of
# Kpalgu", "the villages of A, B and C") is a place all the same, placed coarsely.
@pytest.mark.parametrize("text, names", [
    ("Gunmen on motorcycles raided the village of Dabnoga before dawn, residents said.", ["Dabnoga"]),
    ("Soldiers shelled the villages of Ngolo, Bakassa and Tindimbo near the border.",
     ["Ngolo", "Bakassa", "Tindimbo"]),
    ("A roadside bomb went off in the town of Zizaruk, police said.", ["Zizaruk"]),
])
def test_a_name_the_text_calls_a_village_is_a_place(text, names):
    assert all(name in spans(text) for name in names)


@pytest.mark.parametrize("text", [
    "Residents of Elmwick Court complained about the noise.",  # people live in buildings too
    "The story of Zizaruk moved the jury to tears.",  # no settlement's word before "of"
    "In the port of Mombasa, Zizaruk found a buyer for the cargo.",  # a person after the port's name
])
def test_near_misses_of_a_name_the_text_calls_a_village(text):
    assert all(name not in spans(text) for name in ("Elmwick Court", "Zizaruk"))


def test_a_village_the_gazetteer_lacks_is_left_unplaced():
    # not at the report's main town: the text may say where it lies ("30 km from …")
    text = "Rebels burned the village of Dabnoga, some 30 km from Garissa, officials said."
    village = found(text)["Dabnoga"]
    assert village.place is None


# An English word that names only hamlets is the word (a club, a paper, a rocket) unless
# the text says it is a place: after "in", "at" …, "the town of", before "police".
@pytest.mark.parametrize("text, word", [
    ("Everton fans clashed with police outside the stadium in Liverpool.", "Everton"),
    ("The Tribune reported that gunmen attacked a bus near Quetta.", "Tribune"),
    ("The Apollo crew trained for months before the launch.", "Apollo"),
    ("Penguin published her memoir about the war in Darfur.", "Penguin"),
])
def test_an_english_word_naming_only_hamlets_is_the_word(text, word):
    assert word not in spans(text)


@pytest.mark.parametrize("text, word", [
    ("Gunmen attacked a farm in Reliance on Sunday, police said.", "Reliance"),
    ("Two men were arrested by Tribune police after the robbery.", "Tribune"),
])
def test_an_english_word_the_text_calls_a_place_is_a_place(text, word):
    assert word in spans(text)


# A later name of a list after "in", "at" … ("in Bristol, Clifton and Milton") follows
# the preposition as much as the first: a given name that is also a town's is the town.
@pytest.mark.parametrize("text, names", [
    ("Storms knocked out power in Bristol, Clifton and Milton overnight.", ["Clifton", "Milton"]),
    ("Schools closed in Peshawar and Beverly after the threats.", ["Beverly"]),
    ("Snow fell in Leeds, Eugene and Lafayette on Tuesday.", ["Eugene", "Lafayette"]),
])
def test_later_names_of_a_list_after_a_locative_are_places(text, names):
    assert all(name in spans(text) for name in names)


@pytest.mark.parametrize("text, name", [
    ("They met in Nakuru, Grace said.", "Grace"),  # a comma, and no list goes on
    ("Officials in Kisumu and Beverly Odhiambo disagreed.", "Beverly"),  # a person's full name
])
def test_near_misses_of_names_listed_after_a_locative(text, name):
    assert name not in spans(text)


# A street's name ("Peter Lodwar Road") names no person: the town in it is still the
# town where the text names it alone.
@pytest.mark.parametrize("text, name", [
    ("Workers repaired Peter Lodwar Road last week. Prices in Lodwar rose.", "Lodwar"),
    ("Gunmen blocked Ahmed Baidoa Road at dawn. Later they entered Baidoa.", "Baidoa"),
    ("Police closed Old Mary Kitale Road on Monday. Traders in Kitale said the bridge was unsafe.", "Kitale"),
])
def test_a_town_in_a_street_name_is_no_surname(text, name):
    assert name in spans(text)


def test_a_person_named_like_a_town_is_still_the_person():
    assert spans("Mary Kitale said the bridge was unsafe. Later Kitale left.") == []


# An admin-1 region of a few thousand people (an island's parish) does not make a
# frequent word that opens a sentence a name: "Forest fires …" are fires.
@pytest.mark.parametrize("text, word", [
    ("Forest fires spread across the hills near Kigali.", "Forest"),
    ("Store owners closed early in Kisumu.", "Store"),
    ("Michael thanked the nurses at the clinic in Kisumu.", "Michael"),
])
def test_a_frequent_word_naming_a_small_admin_region_is_the_word(text, word):
    assert word not in spans(text)


def test_a_large_admin_region_still_opens_a_sentence():
    assert "Florida" in spans("Florida was hit by a storm on Sunday.")


# A legislator's party and home town ("Sen. Ruth Okoro, D-Eugene", "(DFL-Quincy)"): the
# party's letters may be more than one, and the name after them is a home town.
@pytest.mark.parametrize("text, name", [
    ("Senate leader Tom Bakke, DFL-Hibbing, said the cuts were coming.", "Hibbing"),
    ("Rep. Joy Amani, D-Eugene, voted against the bill.", "Eugene"),
    ("Rep. Ann Okello (DFL-Quincy) backed the plan.", "Quincy"),
])
def test_a_legislators_home_town_after_the_party_is_a_place(text, name):
    assert name in spans(text)


def test_near_miss_of_a_party_before_a_home_town():
    assert "Eugene" not in spans("The D-Eugene ticket won the primary.")  # no comma nor bracket before


# "The", "On", "To" are given names somewhere; capitalised in mid-sentence (a headline
# run on, a title) they open no person's name, so the town after them stays a town.
@pytest.mark.parametrize("text", [
    "Crime rose over the last months The Kitale Police Department is asking for help. Traders in Kitale are worried.",
    "Repairs begin soon On Kitale roads, crews are ready. Shops in Kitale stayed open.",
    "The Welcome To Kitale festival opened on Friday. Hotels in Kitale are full.",
])
def test_a_function_word_opens_no_persons_name(text):
    assert "Kitale" in spans(text)


# "a Quincy-based contractor": something is based there; a given name or a frequent word
# that is a town's name is the town.
@pytest.mark.parametrize("text, name", [
    ("A Quincy-based contractor won the tender.", "Quincy"),
    ("A Lafayette-based charity sent blankets to the camps.", "Lafayette"),
    ("The Milton-based firm denied the charges.", "Milton"),
])
def test_a_town_something_is_based_in_is_a_place(text, name):
    assert name in spans(text)


def test_near_miss_of_based_in():
    assert spans("The Hope-based group was fined.") == []  # a word too frequent for any town


# A river of ordinary words that the gazetteer holds only as other names of regions or
# towns ("the Salt River": a town's other name) is a river the gazetteer lacks, placed
# coarsely where the report is.
@pytest.mark.parametrize("text, name", [
    ("Two fishermen drowned in the Crow River on Friday.", "Crow River"),
    ("Two boys drowned in the Grand River on Saturday.", "Grand River"),
    ("Police searched the Salt River after the flood.", "Salt River"),
])
def test_a_river_of_ordinary_words_is_a_place(text, name):
    assert found(text)[name].kind == "fallback"


# "Mount Elgon", "Wadi Howar", "Cape Guardafui": a mountain, valley or cape the
# gazetteer lacks, as "Willow Creek" is.
@pytest.mark.parametrize("text, name", [
    ("Tourists climbed Mount Elgon on the Uganda border last year.", "Mount Elgon"),
    ("Rebels hid in Wadi Howar for weeks, Sudanese officials said.", "Wadi Howar"),
    ("Ships anchored off Cape Guardafui after the attack.", "Cape Guardafui"),
])
def test_a_mountain_wadi_or_cape_the_gazetteer_lacks_is_a_place(text, name):
    assert name in spans(text)


# A demonym that is also a language stands for its country before a state's noun or
# title ("Spanish police", "German President …", "a French engineering firm").
@pytest.mark.parametrize("text, name, country", [
    ("Spanish police arrested three men in Ceuta.", "Spanish", "ES"),
    ("French troops left Gao on Monday.", "French", "FR"),
    ("Portuguese authorities seized the boat off Bissau.", "Portuguese", "PT"),
    ("German President Ada Roth met the Kenyan leader.", "German", "DE"),
    ("A Dutch engineering firm will build the port.", "Dutch", "NL"),
])
def test_a_language_demonym_before_a_states_noun_is_the_country(text, name, country):
    assert found(text)[name].place.country_code == country


@pytest.mark.parametrize("text", [
    "She speaks French and likes French cooking.",
    "An English teacher was kidnapped on the road.",
    "The Spanish class of Ann Lee met the police.",  # a name ends the noun phrase first
])
def test_near_misses_of_a_language_demonym(text):
    assert not any(m.kind == "demonym" for m in parse_places(text))


# A compass word and a name that the gazetteer holds only as a region's other name
# ("Central Java": Jawa Tengah, "Lower Dir": Lower Dir District) is that region, not
# ordinary words that only an alternate name matches.
@pytest.mark.parametrize("text, name, country", [
    ("Floods hit Central Java on Monday.", "Central Java", "ID"),
    ("Militants attacked a checkpoint in Lower Dir overnight.", "Lower Dir", "PK"),
    ("Protests spread in Western Azerbaijan province.", "Western Azerbaijan", "IR"),
])
def test_a_compass_word_and_a_name_that_are_a_regions_other_name(text, name, country):
    assert found(text)[name].place.country_code == country


# One sense per report: a given name or frequent word that is a town's name, opening a
# sentence, is the town where the text puts something in it elsewhere ("in Quincy").
@pytest.mark.parametrize("text, name", [
    ("Quincy voters went to the polls on Tuesday. Turnout in Quincy was high.", "Quincy"),
    ("Eugene schools closed after the storm. Roads in Eugene were flooded.", "Eugene"),
    ("Lafayette residents protested the new tax. Shops in Lafayette stayed shut.", "Lafayette"),
])
def test_a_town_opening_a_sentence_is_the_town_the_text_puts_things_in(text, name):
    assert spans(text).count(name) == 2


def test_near_miss_of_one_sense_per_report():
    assert spans("Grace thanked the nurses. She later moved to Nairobi.") == ["Nairobi"]


# "sub-Saharan Africa": the continent, in either case of its prefix.
@pytest.mark.parametrize("text", [
    "Hunger is rising across sub-Saharan Africa, the agency warned.",
    "Sub-Saharan Africa received less aid than last year.",
    "Food prices in sub-Saharan Africa rose by a third.",
])
def test_sub_saharan_africa_is_the_continent(text):
    mentions = [m for m in parse_places(text) if m.text.endswith("Africa")]
    assert len(mentions) == 1 and mentions[0].place.feature_code == "CONT"
