"""Parse speed (issue 11): what the hot paths keep and how they read the cache file, with
the answers they gave before (``python -m geo parse`` output must not move)."""

from difflib import SequenceMatcher

import pytest

from geo.gazetteer import Gazetteer
from geo.gazetteer.cache import read_cache, write_cache
from geo.gazetteer.index import _StoredKeyMemo, region_key
from geo.gazetteer.tables import TableFile, write_tables
from geo.places import model as mention_model
from geo.places.model import Mention
from geo.places.name_senses import one_name

_EMPTY_COLUMNS = {"geonameid": [], "name": [], "latitude": [], "longitude": [], "population": [],
                  "country_code": [], "feature_code": [], "admin1_code": [], "admin2_code": []}


def _gazetteer() -> Gazetteer:
    gz = Gazetteer()
    rows = (("Kadugli", "SD", "13", "001", "PPL", 88_000, 11.0, 29.7),
            ("Dilling", "SD", "13", "002", "PPL", 50_000, 12.0, 29.6),
            ("South Kordofan", "SD", "13", "", "ADM1", 1_400_000, 11.2, 29.9),
            ("Sudan", "SD", "", "", "PCLI", 45_000_000, 15.0, 30.0),
            ("Mopti", "ML", "7", "", "PPL", 120_000, 14.5, -4.2),
            ("Ségou", "ML", "4", "", "PPL", 130_000, 13.4, -6.3))
    for name, cc, a1, a2, fc, population, lat, lon in rows:
        gz.add([name], geonameid=None, name=name, latitude=lat, longitude=lon, country_code=cc,
               feature_code=fc, population=population, admin1_code=a1, admin2_code=a2)
    gz.index = {k: tuple(v) for k, v in gz.index.items()}
    return gz


def _loaded(tmp_path) -> Gazetteer:
    write_cache(_gazetteer(), tmp_path / "g.gztable")
    return read_cache(tmp_path / "g.gztable")


# -- row facts and main-name keys: memo lookups, worked out once per row --------------------

def test_a_rows_main_name_key_is_worked_out_once_however_often_asked(tmp_path, monkeypatch):
    gz = _loaded(tmp_path)
    asked = []
    # (a row of the file is decoded by the memo's own miss, ``_StoredKeyMemo``)
    work_out = _StoredKeyMemo.__missing__
    monkeypatch.setattr(_StoredKeyMemo, "__missing__", lambda self, row: asked.append(row) or work_out(self, row))
    assert [gz.primary_key(5), gz.primary_key(5), gz.primary_key(0), gz.primary_key(5)] == \
        ["segou", "segou", "kadugli", "segou"]
    assert asked == [5, 0]


def test_a_rows_facts_are_worked_out_once_and_read_the_files_prior_and_key(tmp_path, monkeypatch):
    gz = _loaded(tmp_path)
    asked = []
    work_out = type(gz)._work_out_facts
    monkeypatch.setattr(type(gz), "_work_out_facts", lambda self, row: asked.append(row) or work_out(self, row))
    first = gz.facts(1)
    assert gz.facts(1) is first and asked == [1]
    assert first.prior == gz.prior(1) and first.primary_key == "dilling"
    assert first.where[0] == "SD" and first.where[3:] == (12.0, 29.6)


def test_rows_added_after_loading_get_their_facts_from_the_columns(tmp_path):
    gz = _loaded(tmp_path)
    row = gz.add(["Kauda"], geonameid=None, name="Kauda-Town", latitude=11.1, longitude=30.5, country_code="SD",
                 feature_code="PPL", population=0, admin1_code="13", admin2_code="")
    assert gz.primary_key(row) == "kauda town" and gz.facts(row).primary_key == "kauda town"
    assert gz.facts(row).where[1] == gz.facts(0).where[1]


# -- whereabouts keyed by one string per region -------------------------------------------

def test_rows_of_one_region_share_one_region_key_object(tmp_path):
    gz = _loaded(tmp_path)
    kadugli, dilling, region = gz.facts(0).where, gz.facts(1).where, gz.facts(2).where
    assert kadugli[1] == region_key("SD", "13")
    assert kadugli[1] is dilling[1] is region[1]  # interned: its hash is kept, lookups compare by identity
    assert kadugli[2] != dilling[2] and kadugli[2].startswith(kadugli[1])  # two districts of one region
    assert region[2] is None  # a region without an admin-2 code has no district


def test_a_country_and_a_town_without_admin_codes_have_no_region_key(tmp_path):
    gz = _loaded(tmp_path)
    assert gz.facts(3).where == ("SD", None, None, None, None)  # a country: no point says where in it
    mopti, segou = gz.facts(4).where, gz.facts(5).where
    assert mopti[1] != segou[1] and mopti[2] is None  # two regions of Mali, no districts


# -- the cache file's key tables, read from the map -----------------------------------------

def _table(tmp_path, mapping):
    write_tables(tmp_path / "t", _EMPTY_COLUMNS, {"index": mapping}, {})
    return TableFile(tmp_path / "t").key_table("index")


def test_keys_of_the_same_length_in_one_probe_chain_are_told_apart(tmp_path):
    # Forty keys of six letters in a table of 128 slots: probe chains meet keys as long as
    # the one asked for, which only their bytes tell apart.
    mapping = {f"wadi{i:02d}": (i,) for i in range(40)}
    table = _table(tmp_path, mapping)
    assert {k: table.get(k) for k in mapping} == mapping
    assert table.get("wadi40") is None and "wadi99" not in table and "wadi0" not in table


def test_long_rows_and_non_ascii_keys_come_back_whole(tmp_path):
    mapping = {"ségou": (5,), "tal afar": tuple(range(1000, 1300)), "ḥama": (7, 3, 9), "x": (2_000_000_000,)}
    table = _table(tmp_path, mapping)
    assert {k: table[k] for k in mapping} == mapping
    assert table.get("segou") is None  # the key as stored, not a spelling of it
    assert table.get("tal afar") == tuple(range(1000, 1300))  # (and once more, from the memo)


def test_a_lone_surrogate_key_is_looked_up_without_error(tmp_path):
    table = _table(tmp_path, {"idlib": (1,)})
    assert table.get("id\ud800lib") is None and "\udfff" not in table


# -- the batch output: kept forms, copied -----------------------------------------------------

def test_a_mentions_batch_object_has_its_fields_in_order_and_rounded_scores(tmp_path):
    gz = _loaded(tmp_path)
    m = Mention(10, 17, "Kadugli", (0,), place=gz.place(0), score=0.83349,
                alternatives=[(gz.place(1), 0.1234567), (gz.place(2), 0.0)])
    out = m.to_json()
    assert list(out) == ["start", "end", "text", "name", "lat", "lon", "geonameid", "country_code",
                         "feature_code", "layer", "score", "alternatives"]
    assert (out["start"], out["end"], out["text"], out["name"], out["score"]) == (10, 17, "Kadugli", "Kadugli", 0.833)
    assert [(a["name"], a["score"]) for a in out["alternatives"]] == [("Dilling", 0.123), ("South Kordofan", 0.0)]
    assert list(out["alternatives"][0]) == ["name", "lat", "lon", "geonameid", "country_code", "feature_code",
                                            "layer", "score"]
    unplaced = Mention(0, 5, "Kauda").to_json()
    assert unplaced["name"] is None and unplaced["score"] == 0.0 and "alternatives" not in unplaced
    assert list(unplaced)[:3] == ["start", "end", "text"] and unplaced["text"] == "Kauda"


def test_a_places_batch_form_is_built_once_and_each_mention_gets_its_own_copy(tmp_path, monkeypatch):
    gz = _loaded(tmp_path)
    built = []
    fields = mention_model.place_fields
    monkeypatch.setattr(mention_model, "place_fields", lambda place: built.append(place.name) or fields(place))
    first = Mention(0, 4, "Mopti", (4,), place=gz.place(4), score=0.9).to_json()
    second = Mention(40, 45, "Mopti", (4,), place=gz.place(4), score=0.5).to_json()
    assert built == ["Mopti"]
    first["name"] = "changed"
    assert second["name"] == "Mopti" and second["start"] == 40 and second["score"] == 0.5
    assert Mention(60, 65, "Mopti", (4,), place=gz.place(4), score=0.5).to_json()["name"] == "Mopti"


# -- one name spelt two ways: the cheap bound first ---------------------------------------

def test_names_far_apart_are_told_apart_without_the_full_comparison(monkeypatch):
    def refuse(self):
        raise AssertionError("ratio() asked for names whose letters already differ too much")

    monkeypatch.setattr(SequenceMatcher, "ratio", refuse)
    assert not one_name("kadugli", "zwbpqx")
    assert not one_name("mopti", "abeche")


@pytest.mark.parametrize(("key", "other", "same"), [
    ("kharkov", "kharkiv", True),  # a transliteration: same name
    ("dilling", "dillingh", True),
    ("kadugli", "kaduqli", True),
    ("segou", "niono", False),
    ("mosul", "nineveh", False),
    ("idlib", "idlib city", True),  # a shared word
])
def test_one_name_answers_as_the_full_comparison_does(key, other, same):
    assert one_name(key, other) is same
