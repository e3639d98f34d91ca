"""The gazetteer's cache file (geo.gazetteer.tables): what is written is what is read."""

import pickle
import zlib

import pytest

from geo.gazetteer import Gazetteer
from geo.gazetteer.cache import read_cache, write_cache
from geo.gazetteer.tables import TableFile, write_tables


def small_gazetteer() -> Gazetteer:
    gz = Gazetteer()
    rows = (("Alderbrook", ["Alderbrook", "Alder Brook"], 4_000_001, "US", "WA", "PPL", 9000, 47.1, -122.5),
            ("Washington", ["Washington"], None, "US", "WA", "ADM1", 7_000_000, 47.4, -120.5),
            ("Ferngate", ["Ferngate", "Fern-gate"], 4_000_003, "US", "WA", "PPLC", 50_000, 47.0, -122.9),
            ("Şarkîy", ["Şarkîy", "Sharkiy"], 4_000_004, "TR", "34", "PPL", 0, 40.9, 29.1),
            ("Washington", ["Washington"], 4_000_005, "GB", "ENG", "PPL", 67_000, 54.9, -1.5))
    for name, names, geonameid, cc, a1, fc, population, lat, lon in rows:
        gz.add(names, geonameid=geonameid, name=name, latitude=lat, longitude=lon, country_code=cc,
               feature_code=fc, population=population, admin1_code=a1, admin2_code="")
    gz.index = {k: tuple(v) for k, v in gz.index.items()}
    gz.country_names = {"US": "United States", "TR": "Turkey"}
    gz.admin1_by_code = {("US", "WA"): 1}
    gz.common_words = frozenset({"the", "post"})
    return gz


def test_a_cache_file_gives_back_every_field(tmp_path):
    gz = small_gazetteer()
    write_cache(gz, tmp_path / "g.gztable")
    back = read_cache(tmp_path / "g.gztable")
    for field in Gazetteer.__dataclass_fields__:
        if field == "index":
            assert dict(back.index) == gz.index and list(back.index) == list(gz.index)
        elif isinstance(getattr(gz, field), (set, frozenset, dict)):
            assert getattr(back, field) == getattr(gz, field), field  # (a set's order is the hash seed's)
        else:  # (the number columns come back as packed arrays: compared as lists)
            assert list(getattr(back, field)) == list(getattr(gz, field)), field
    assert back.geonameid[1] is None and isinstance(back.population[0], int)
    assert back.country_code[0] is back.country_code[1]  # one string per distinct code
    assert [p.name for p in back.lookup("washington")] == ["Washington", "Washington"]
    assert back.lookup("Sarkiy")[0].country_code == "TR"  # a non-ASCII name, by its key
    assert back.lookup("Nowhere") == [] and "nowhere" not in back.index


def test_keys_whose_slots_collide_are_all_found(tmp_path):
    # Thirty keys in a table of 64 slots: several share a slot and probe onwards.
    mapping = {f"town {i}": (i, i + 100) for i in range(30)}
    slots = [zlib.crc32(k.encode()) & 63 for k in mapping]
    assert len(set(slots)) < len(slots)
    write_tables(tmp_path / "t", {"geonameid": [], "name": [], "latitude": [], "longitude": [],
                                  "population": [], "country_code": [], "feature_code": [],
                                  "admin1_code": [], "admin2_code": []}, {"index": mapping}, {})
    table = TableFile(tmp_path / "t").key_table("index")
    assert {k: table[k] for k in mapping} == mapping
    assert table.get("town 30") is None and "town 30" not in table
    with pytest.raises(KeyError):
        table["town 99"]
    assert len(table) == 30 and sorted(table) == sorted(mapping)


def test_names_added_to_a_loaded_index_are_found_and_travel_in_a_pickle(tmp_path):
    write_cache(small_gazetteer(), tmp_path / "g.gztable")
    gz = read_cache(tmp_path / "g.gztable")
    row = gz.add(["Kettle Ford", "Ferngate"], geonameid=None, name="Kettle Ford", latitude=1.0, longitude=2.0,
                 country_code="US", feature_code="PPL", population=10, admin1_code="WA", admin2_code="")
    assert [p.name for p in gz.lookup("Kettle Ford")] == ["Kettle Ford"]
    assert [p.name for p in gz.lookup("Ferngate")] == ["Ferngate", "Kettle Ford"]
    assert len(gz.index) == len(small_gazetteer().index) + 1
    again = pickle.loads(pickle.dumps(gz.index))
    assert again["kettle ford"] == [row] and again["alder brook"] == (0,)


def test_a_foreign_file_is_refused(tmp_path):
    (tmp_path / "g.gztable").write_bytes(b"not a table at all" * 10)
    with pytest.raises(ValueError):
        TableFile(tmp_path / "g.gztable")


def test_spelling_variants_from_the_cache_file_are_those_built_in_process(tmp_path):
    gz = small_gazetteer()
    for name, cc, population in (("Kharkiv", "UA", 1_400_000), ("Mykolaiv", "UA", 470_000), ("Qandahar", "AF", 400_000)):
        gz.add([name], geonameid=None, name=name, latitude=48.0, longitude=36.0, country_code=cc,
               feature_code="PPL", population=population, admin1_code="", admin2_code="")
    gz.index = {k: tuple(v) for k, v in gz.index.items()}
    write_cache(gz, tmp_path / "g.gztable")
    loaded = read_cache(tmp_path / "g.gztable")
    assert loaded.variant_table is not None
    built = read_cache(tmp_path / "g.gztable")
    built.variant_table = None  # as with layers attached: indexes built in the process
    for spelling, countries in (("Kharkov", ("UA",)), ("Kandahar", ("AF",)), ("Mikolayiv", ("UA",)),
                                ("Kharkov", ("*",)), ("Ferngait", ("US",)), ("Nowhere", ("UA", "US"))):
        from_file = [p.name for p in loaded.variant_lookup(spelling, countries)]
        assert from_file == [p.name for p in built.variant_lookup(spelling, countries)]
    assert [p.name for p in loaded.variant_lookup("Kandahar", ("AF",))] == ["Qandahar"]
    assert loaded.variant_lookup("Kharkov", ("AF",)) == []


def test_lead_words_bound_the_spans_tried_and_name_spans_finds_what_it_found_without_them(tmp_path):
    from geo.gazetteer.tables import MAX_WORDS, lead_words

    gz = small_gazetteer()
    for names in (["Port Alder Brook Landing"], ["Saint Fern"], ["Alder"], ["U S Ridge"]):
        gz.add(names, geonameid=None, name=names[0], latitude=47.0, longitude=-122.0, country_code="US",
               feature_code="PPL", population=100, admin1_code="WA", admin2_code="")
    gz.index = {k: tuple(v) for k, v in gz.index.items()}
    assert lead_words(gz.index) == {"alder": [2], "port": [4], "fern": [2], "saint": [2], "u": [3]}
    write_cache(gz, tmp_path / "g.gztable")
    loaded = read_cache(tmp_path / "g.gztable")
    table = loaded.index
    assert table.longest_name_from("port") == 4 and table.longest_name_from("ferngate") == 0
    # A file written without the table: no bound at all.
    assert TableFile(tmp_path / "g.gztable").key_table("variants").longest_name_from("port") == MAX_WORDS
    plain = read_cache(tmp_path / "g.gztable")
    plain.index = dict(gz.index)  # no lead words: every span up to the longest name is tried
    runs = [("Port", "Alder", "Brook", "Landing", "Ferngate"), ("St.", "Fern", "Alder", "Brook"),
            ("Alder", "Brook", "Post", "Ferngate"), ("U.S.", "Ridge", "Washington"), ("Fern", "Gate", "Alder")]
    for words in runs:
        assert loaded.name_spans(words) == plain.name_spans(words)
    assert loaded.name_spans(runs[0]) == ((0, 4), (4, 5)) and loaded.name_spans(runs[1]) == ((0, 2), (2, 4))
    # A name added to the loaded index is a lead word's longest too.
    loaded.add(["Ferngate Creek Mill"], geonameid=None, name="Ferngate Creek Mill", latitude=1.0, longitude=2.0,
               country_code="US", feature_code="PPL", population=1, admin1_code="WA", admin2_code="")
    assert table.longest_name_from("ferngate") == 3
    assert loaded.name_spans(("Ferngate", "Creek", "Mill")) == ((0, 3),)
    assert pickle.loads(pickle.dumps(table)).longest_name_from("ferngate") == 3


def test_each_rows_prior_and_main_name_key_are_read_from_the_file(tmp_path):
    from geo.gazetteer.model import feature_prior

    gz = small_gazetteer()
    write_cache(gz, tmp_path / "g.gztable")
    back = read_cache(tmp_path / "g.gztable")
    stored = back.file_row_facts
    assert stored is not None and stored.rows == len(gz) and len(stored.primary_key) == len(gz)
    assert list(stored.primary_key) == ["alderbrook", "washington", "ferngate", "sarkiy", "washington"]
    assert list(stored.prior) == [feature_prior(fc, p) for fc, p in zip(gz.feature_code, gz.population)]
    assert back.facts(3).primary_key == "sarkiy" and back.prior(1) == gz.prior(1)
    # A row added after loading is not in the file: its facts are worked out as asked.
    row = back.add(["Oakhollow"], geonameid=None, name="Oak-Hollow", latitude=1.0, longitude=2.0, country_code="US",
                   feature_code="PPLC", population=10, admin1_code="WA", admin2_code="")
    assert back.primary_key(row) == "oak hollow" and back.prior(row) == feature_prior("PPLC", 10)
