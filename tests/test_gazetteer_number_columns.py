"""A loaded gazetteer keeps its number columns as packed arrays (a quarter of the memory
of lists of float objects) and still reads back every value as it was given."""

from array import array

from geo.gazetteer import Gazetteer
from geo.gazetteer.cache import read_cache, write_cache


def _gazetteer() -> Gazetteer:
    gz = Gazetteer()
    gz.add(["Copperfield"], geonameid=7_000_001, name="Copperfield", latitude=12.5, longitude=-3.25,
           country_code="ZZ", feature_code="PPL", population=4200, admin1_code="01", admin2_code="")
    gz.add(["Saltmarsh"], geonameid=7_000_002, name="Saltmarsh", latitude=-8.0, longitude=30.75,
           country_code="ZZ", feature_code="ADM1", population=0, admin1_code="02", admin2_code="")
    gz.index = {k: tuple(v) for k, v in gz.index.items()}
    return gz


def test_the_number_columns_of_a_loaded_gazetteer_are_arrays_with_the_same_values(tmp_path):
    write_cache(_gazetteer(), tmp_path / "g.gztable")
    back = read_cache(tmp_path / "g.gztable")
    assert isinstance(back.latitude, array) and isinstance(back.population, array)
    assert list(back.latitude) == [12.5, -8.0] and list(back.longitude) == [-3.25, 30.75]
    assert back.population[0] == 4200 and type(back.population[0]) is int
    place = back.place(1)
    assert (place.latitude, place.longitude, place.population) == (-8.0, 30.75, 0)


def test_rows_an_array_would_alter_turn_the_column_into_a_list(tmp_path):
    write_cache(_gazetteer(), tmp_path / "g.gztable")
    back = read_cache(tmp_path / "g.gztable")
    back.add_rows([(7_000_003, "Brinehollow", 1.5, 2.5, "ZZ", "PPL", None, "01", ""),
                   (7_000_004, "Mossvale", 3, 4.0, "ZZ", "PPL", 10, "01", "")])
    assert back.population[2] is None and back.population[3] == 10  # None kept: a list now
    assert isinstance(back.population, list)
    assert back.latitude[3] == 3 and type(back.latitude[3]) is int  # an int stays an int
    assert isinstance(back.longitude, array) and list(back.longitude) == [-3.25, 30.75, 2.5, 4.0]
    row = back.add([], geonameid=None, name="Reedmouth", latitude=5.5, longitude=6.5, country_code="ZZ",
                   feature_code="PPL", population=7, admin1_code="", admin2_code="")
    assert back.place(row).longitude == 6.5 and len(back.longitude) == len(back.name) == 5


def test_geonames_ids_are_packed_with_none_for_rows_without_one(tmp_path):
    gz = _gazetteer()
    gz.add(["Tidewater"], geonameid=None, name="Tidewater", latitude=1.0, longitude=2.0, country_code="ZZ",
           feature_code="RGN", population=0, admin1_code="", admin2_code="")
    write_cache(gz, tmp_path / "g.gztable")
    back = read_cache(tmp_path / "g.gztable")
    assert type(back.geonameid).__name__ == "GeonameIds"
    assert list(back.geonameid) == [7_000_001, 7_000_002, None] and back.geonameid[2] is None
    assert back.place(0).geonameid == 7_000_001 and back.place(2).geonameid is None
    back.add_rows([(None, "Fogbank", 0.5, 0.5, "ZZ", "PPL", 3, "", ""), (7_000_009, "Gull Rock", 0.1, 0.2, "ZZ", "PPL", 4, "", "")])
    assert list(back.geonameid)[3:] == [None, 7_000_009] and type(back.geonameid).__name__ == "GeonameIds"
    back.add_rows([("gn-77", "Kelpness", 0.3, 0.4, "ZZ", "PPL", 5, "", "")])  # no int: the column becomes a list
    assert isinstance(back.geonameid, list) and back.geonameid[5] == "gn-77" and back.geonameid[2] is None
