"""The towns of each region, written into the gazetteer's cache file, read back as the
mapping the columns give (same regions in the same order, same rows most populous
first), and worked out from the columns again once rows were added."""

from geo.gazetteer.cache import read_cache, write_cache
from geo.gazetteer.index import RegionTowns

from tests.test_gazetteer_tables import small_gazetteer


def _with_towns():
    gz = small_gazetteer()
    for name, cc, a1, fc, population in (("Millbrook", "US", "WA", "PPL", 120_000), ("Eastmere", "US", "OR", "PPL", 3_000),
                                         ("Kettlewick", "GB", "ENG", "PPLC", 500_000), ("Stonehollow", "US", "WA", "ADM2", 90_000)):
        gz.add([name], geonameid=None, name=name, latitude=45.0, longitude=-120.0, country_code=cc,
               feature_code=fc, population=population, admin1_code=a1, admin2_code="")
    gz.index = {k: tuple(v) for k, v in gz.index.items()}
    return gz


def test_the_cache_file_gives_back_the_towns_of_each_region(tmp_path):
    gz = _with_towns()
    write_cache(gz, tmp_path / "g.gztable")
    loaded = read_cache(tmp_path / "g.gztable")
    towns = loaded.towns_by_region
    assert isinstance(towns, RegionTowns)
    built = gz.region_towns()
    assert list(towns) == list(built)
    assert {region: list(rows) for region, rows in towns.items()} == built
    assert [loaded.name[r] for r in towns[("US", "WA")]] == ["Millbrook", "Ferngate", "Alderbrook"]
    assert towns.get(("US", "ZZ")) is None and towns.get(("US", "ZZ"), ()) == ()
    assert loaded.region_capital(loaded.place(1)).name == "Millbrook"  # Washington (ADM1): its largest town


def test_rows_added_after_loading_are_counted_in(tmp_path):
    write_cache(_with_towns(), tmp_path / "g.gztable")
    loaded = read_cache(tmp_path / "g.gztable")
    loaded.add(["Newhaven"], geonameid=None, name="Newhaven", latitude=45.0, longitude=-120.0, country_code="US",
               feature_code="PPL", population=1_000_000, admin1_code="WA", admin2_code="")
    towns = loaded.towns_by_region
    assert not isinstance(towns, RegionTowns)
    assert [loaded.name[r] for r in towns[("US", "WA")]][:2] == ["Newhaven", "Millbrook"]


def test_columns_read_once_are_released_and_still_read_back(tmp_path):
    from geo.gazetteer.cache import COLUMNS
    from geo.gazetteer.tables import TableFile

    gz = _with_towns()
    write_cache(gz, tmp_path / "g.gztable")
    table_file = TableFile(tmp_path / "g.gztable")
    before = table_file.columns()
    table_file.release([*COLUMNS, "small"])
    assert table_file.columns() == before  # the pages come back when read again
    assert read_cache(tmp_path / "g.gztable").name == gz.name
