"""Tenth round: ranking a name's candidates. Every sentence here is written for these
tests, about places chosen for them."""

import pytest

from geo.places import parse_places, resolve_spans


def found(text):
    return {m.text: m for m in parse_places(text)}


def given(text, *words):
    spans = []
    for word in words:
        start = text.index(word)
        spans.append((start, start + len(word)))
    return {m.text: m.place for m in resolve_spans(text, spans)}


# A city abroad that has the name only as another language's or an old name (Zimbabwe's
# capital was Salisbury, Guangzhou is Canton in old English, Augsburg is Augusta in Latin, Jaipur and
# Changchun have romanisations close to other cities' names) is no rival for a real town
# whose own name it is, when nothing in the text points to the city's country.
@pytest.mark.parametrize("text, name, country", [
    ("The Salisbury council approved a new car park.", "Salisbury", "GB"),
    ("Heavy rain flooded roads in Canton overnight.", "Canton", "US"),
    ("Traders in Man reopened the market after the clashes.", "Man", "CI"),
    ("The factory in Augusta hired 200 workers.", "Augusta", "US"),
    ("Tourists flocked to Cancun for the holidays.", "Cancun", "MX"),
    ("Rebels attacked a convoy near Jayapura.", "Jayapura", "ID"),
])
def test_a_city_known_by_the_name_only_abroad_yields_to_the_town_of_the_name(text, name, country):
    assert found(text)[name].place.country_code == country


# ... but the document's places in the city's country still lift it.
@pytest.mark.parametrize("text, name, country", [
    ("A trade fair in Canton drew buyers from Beijing and Shanghai.", "Canton", "CN"),
    ("Zimbabwean soldiers guarded the parliament in Salisbury.", "Salisbury", "ZW"),
])
def test_a_city_known_by_the_name_abroad_with_its_country_named(text, name, country):
    assert found(text)[name].place.country_code == country


# A spelling or short form of a city's own name is still its name (the city of millions
# beats a smaller town that bears the spelling).
@pytest.mark.parametrize("text, word, country", [
    ("Grain ships left Odessa at dawn.", "Odessa", "UA"),
    ("The ballet season opened in Petersburg.", "Petersburg", "RU"),
])
def test_a_spelling_of_a_citys_own_name_stays_the_city(text, word, country):
    assert given(text, word)[word].country_code == country


# A North American phone number leans, when nothing else in the text says where it is, to
# the namesake in the state its area code serves ...
@pytest.mark.parametrize("text, name", [
    ("For details on the Mansfield book sale, call 419-555-0187.", "Mansfield"),
    ("Volunteers in San Pedro can sign up at (213) 555-0164.", "San Pedro"),
])
def test_a_phone_number_leans_to_the_american_town(text, name):
    assert found(text)[name].place.country_code == "US"


# ... but times as "9 p.m." and sums as "$40" say nothing of the country: wire reports
# from everywhere write them so.
@pytest.mark.parametrize("text, name, country", [
    ("Police in Athens said a man stole $300 from a shop at 11 p.m.", "Athens", "GR"),
    ("Donors meeting in Paris pledged $5 million on Tuesday at 9 p.m.", "Paris", "FR"),
    ("Volunteer crews doused a kitchen blaze in Athens by 9:40 p.m. Friday.", "Athens", "GR"),
    ("Georgia pledged $50 million for new schools.", "Georgia", "GE"),
])
def test_clock_times_and_dollar_sums_are_no_country(text, name, country):
    assert found(text)[name].place.country_code == country


# Any place the text names outweighs a phone number, which says nothing of a name read as
# a country (an American report on Georgia is about the country).
@pytest.mark.parametrize("text, name, country", [
    ("Protesters marched in Athens and Thessaloniki; call (206) 555-0190 for details.", "Athens", "GR"),
])
def test_named_places_and_countries_outweigh_a_phone_number(text, name, country):
    assert found(text)[name].place.country_code == country


@pytest.mark.parametrize("text, country", [
    ("Call (206) 555-0148 to book a seat.", "US"),
    ("Volunteers can call 519-555-0133 for a shift.", "CA"),
    ("Library quiz night opens 10:45 a.m. sharp.", None),
    ("Entry costs $ 5 for adults.", None),
    ("Toll-free help: 800-555-0100.", None),
    ("Ring 020 7946 0321 to book a seat.", None),
    ("The 1990-2005 war left the town in ruins.", None),
])
def test_country_of_a_texts_phone_numbers(text, country):
    from geo.places.rank_locale import written_for

    assert written_for(text) == country


# A North American phone number's area code names the state or province its towns are in.
@pytest.mark.parametrize("text, name, country, region", [
    ("Jordan library volunteers meet on Mondays; call 952-555-0110 to sign up.", "Jordan", "US", "MN"),
    ("The Mansfield food bank needs drivers; call (419) 555-0172.", "Mansfield", "US", "OH"),
    ("Tickets for the Springfield fair are sold at (217) 555-0199.", "Springfield", "US", "IL"),
    ("Volunteers in Stratford can call 519-555-0133 for a shift.", "Stratford", "CA", "08"),
])
def test_an_area_code_names_the_state(text, name, country, region):
    place = found(text)[name].place
    assert (place.country_code, place.admin1_code) == (country, region)


def test_area_codes_of_a_text():
    from geo.places.rank_locale import phone_regions

    text = "Call (860) 555-0180 or 952-555-0111; toll-free 800-555-0100; again (860)555-0181."
    assert phone_regions(text) == [("US", "CT"), ("US", "MN")]


# A hamlet of unknown population that bears a region's name is not the seat the region
# is named after: the bare name is the region.
@pytest.mark.parametrize("text, name", [
    ("Officials in Xinjiang announced new rules for mosques.", "Xinjiang"),
    ("Floods hit Pingtung after the typhoon made landfall.", "Pingtung"),
    ("Cattle thieves were arrested in Cojedes.", "Cojedes"),
    ("Border guards in Chuy seized smuggled fuel.", "Chuy"),
])
def test_a_hamlet_is_no_seat_of_the_region_of_its_name(text, name):
    assert found(text)[name].place.feature_code == "ADM1"


# World regions, islands and seas of world-wide news are answered at their own point, not
# at the continent's, a country's that has the name as an alternate, or a village's.
@pytest.mark.parametrize("text, word, code, country, lat, lon", [
    ("Tensions rose across Eastern Europe after the pipeline closed.", "Eastern Europe", "RGN", "", 50, 28),
    ("Drought spread across Southern Africa and East Asia.", "Southern Africa", "RGN", "", -24, 25),
    ("Drought spread across Southern Africa and East Asia.", "East Asia", "RGN", "", 35, 115),
    ("Trade routes across South Asia were disrupted.", "South Asia", "RGN", "", 22, 78),
    ("Monsoon storms churned over the Bay of Bengal.", "Bay of Bengal", "BAY", "", 15, 88),
    ("Volcanic ash closed airports across Java.", "Java", "ISL", "ID", -7.5, 110),
    ("Fishermen in Somaliland repaired their boats.", "Somaliland", "RGN", "SO", 9.5, 45.5),
    ("Oil workers in Cyrenaica went on strike.", "Cyrenaica", "RGN", "LY", 31, 22),
    ("Exports from Korea rose sharply.", "Korea", "PCLI", "KR", 37, 127.5),
])
def test_world_regions_islands_and_seas(text, word, code, country, lat, lon):
    place = given(text, word)[word]
    assert (place.feature_code, place.country_code) == (code, country)
    assert abs(place.latitude - lat) < 1 and abs(place.longitude - lon) < 1
