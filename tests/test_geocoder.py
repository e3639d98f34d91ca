"""OfflineGeoNames is a geopy geocoder: code written for geopy works unchanged."""

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo.gazetteer import OfflineGeoNames


def test_it_is_a_geopy_geocoder():
    assert isinstance(OfflineGeoNames(), Geocoder)


def test_geocode_returns_a_location_with_geonames_raw():
    loc = OfflineGeoNames().geocode("Albu Kamal")
    assert isinstance(loc, Location)
    assert (round(loc.latitude, 2), round(loc.longitude, 2)) == (34.45, 40.92)
    assert loc.raw["geonameid"] == 174448
    assert loc.raw["countrycode"] == "SY"
    assert "Syria" in loc.address


def test_a_qualifier_after_a_comma_narrows_the_search():
    geocoder = OfflineGeoNames()
    assert geocoder.geocode("Paris").raw["countrycode"] == "FR"
    assert geocoder.geocode("Paris, Texas").raw["admin1code"] == "TX"


def test_country_codes_filter_like_nominatim():
    loc = OfflineGeoNames().geocode("Washington", country_codes=["GB"])
    assert loc.raw["countrycode"] == "GB"


def test_exactly_one_false_gives_ranked_list_and_unknown_gives_none():
    geocoder = OfflineGeoNames()
    many = geocoder.geocode("Springfield", exactly_one=False, limit=5)
    assert len(many) == 5 and all(isinstance(x, Location) for x in many)
    assert geocoder.geocode("Qwxzzy Nowhereville") is None


def test_reverse_gives_the_nearest_town():
    assert "Kamāl" in OfflineGeoNames().reverse("34.45, 40.92").address


def test_a_newspaper_abbreviation_qualifies_like_a_state_name():
    assert OfflineGeoNames().geocode("Springfield, Ill.").raw["admin1code"] == "IL"


def test_counties_geocode_with_their_admin_codes():
    loc = OfflineGeoNames().geocode("Kern County")
    assert loc.raw["feature_code"] == "ADM2" and loc.raw["admin1code"] == "CA" and loc.raw["admin2code"]


def test_seas_and_continents_outrank_namesake_villages():
    geocoder = OfflineGeoNames()
    assert geocoder.geocode("Africa").raw["feature_code"] == "CONT"
    assert geocoder.geocode("Middle East").raw["feature_class"] == "L"


def test_a_county_qualifies_a_town():
    assert OfflineGeoNames().geocode("Moscow, Latah County").raw["admin1code"] == "ID"
    assert OfflineGeoNames().geocode("Rome").raw["countrycode"] == "IT"
    assert OfflineGeoNames().geocode("Rome, Floyd County").raw["admin1code"] == "GA"


def test_the_old_import_path_still_works():
    from geo.gazetteer import OfflineGeoNames as from_package
    from geo.gazetteer import OfflineGeoNames as from_shim

    assert from_package is from_shim is OfflineGeoNames
