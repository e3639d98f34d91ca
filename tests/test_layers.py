"""Gazetteer layers: places an analyst adds to the base gazetteer (GeoNames dumps, place
lists), built from our own made-up fixture rows under tests/fixtures/."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.cli import main
from geo.gazetteer import haversine_km, layers
from geo.gazetteer.cache import load_base_gazetteer
from geo.gazetteer.geonames_dump import looks_like_dump, read_dump
from geo.gazetteer.layer_index import LayerIndex, build_layer_index
from geo.gazetteer.place_list import ColumnMap, read_place_list
from geo.places import parse_places, resolve_spans

FIXTURES = Path(__file__).parent / "fixtures"
DUMP = FIXTURES / "geonames" / "XN.txt"


@pytest.fixture
def layer_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(layers, "layers_dir", lambda: tmp_path / "layers")
    return tmp_path / "layers"


def with_layers():
    gz = load_base_gazetteer()
    layers.attach_enabled_layers(gz)
    return gz


def test_dump_rows_become_places_of_the_kinds_news_names():
    assert looks_like_dump(DUMP) and not looks_like_dump(FIXTURES / "places" / "villages.csv")
    places = list(read_dump(DUMP))
    assert [p.name for p in places] == ["Wolderkamp", "Heggerum", "Wolderkamp", "Friesland"]  # no road
    assert places[0].alternate_names[:2] == ("Wolderkamp", "Wolderkaamp") and places[1].population == 850
    assert [p.country_code for p in read_dump(DUMP, frozenset({"BE"}))] == ["BE"]


def test_layer_index_answers_names_and_only_those(tmp_path):
    build_layer_index(read_dump(DUMP), tmp_path / "x")
    index = LayerIndex(tmp_path / "x")
    assert len(index) == 4
    assert index.has_key("wolderkaamp") and not index.has_key("wolderkam")
    assert sorted(r[5] for r in index.places_for_key("wolderkamp")) == ["BE", "NL"]
    assert index.places_for_key("nowhere at all") == []
    index.close()


def test_cli_adds_lists_and_removes_a_layer(layer_dir, capsys):
    assert main(["gazetteer", "add", str(DUMP), "--name", "villages", "--countries", "NL"]) == 0
    assert main(["gazetteer", "list"]) == 0
    listed = capsys.readouterr().out
    assert "villages\t3 places" in listed and "NL" in listed
    assert main(["gazetteer", "add", str(DUMP), "--name", "base"]) == 1  # the embedded gazetteer's label
    assert main(["gazetteer", "remove", "villages"]) == 0
    assert not (layer_dir / "villages").exists() and layers.read_manifest() == []
    assert main(["gazetteer", "remove", "villages"]) == 1


def test_a_village_from_a_layer_is_found_in_running_text_and_says_its_layer(layer_dir):
    text = "Farmers in Wolderkamp, a village in Friesland, blocked a road with tractors on Tuesday."
    before = {m.text: m.place for m in parse_places(text, load_base_gazetteer())}
    assert "Wolderkamp" not in before and before["Friesland"].country_code == "NL"  # works without the layer
    main(["gazetteer", "add", str(DUMP), "--name", "villages"])
    found = {m.text: m for m in parse_places(text, with_layers())}
    village = found["Wolderkamp"].place
    assert village.layer == "villages" and village.country_code == "NL"  # the Friesland one, not Belgium's
    assert haversine_km(village.latitude, village.longitude, 53.2412, 5.8123) < 1
    assert found["Wolderkamp"].to_json()["layer"] == "villages"
    # A layer entry with a GeoNames id the base has is the base's place, not a second one.
    assert found["Friesland"].place.layer == "base"
    assert sum(p.name == "Friesland" and p.feature_code == "ADM1" for p in
               [with_layers().place(r) for r in with_layers().index.get("friesland")]) == 1


def test_alternate_names_of_a_layer_resolve_given_spans(layer_dir):
    main(["gazetteer", "add", str(DUMP), "--name", "villages"])
    text = "Water rose around Wolderkaamp overnight."
    (m,) = resolve_spans(text, [(18, 29)], with_layers())
    assert m.place is not None and m.place.name == "Wolderkamp" and m.place.layer == "villages"


def test_place_lists_map_columns_names_and_drop_repeats(layer_dir):
    gz = load_base_gazetteer()
    places = list(read_place_list(FIXTURES / "places" / "villages.csv",
                                  ColumnMap(name="village_name", alternate_names="aliases"), gazetteer=gz))
    assert [p.name for p in places] == ["Kitoburi", "Marumbeni"]  # the repeated row once
    assert places[0].country_code == "KE" and places[0].alternate_names == ("Kitobouri", "Kitoburi Centre")
    nakuru = [p for p in gz.lookup("Nakuru") if p.feature_code == "ADM1"]
    assert nakuru and places[0].admin1_code == nakuru[0].admin1_code
    (well,) = read_place_list(FIXTURES / "places" / "wells.geojson", ColumnMap(), gazetteer=gz)
    assert (well.latitude, well.longitude, well.country_code) == (52.3456, 5.1234, "NL")


def test_a_place_list_layer_places_a_listed_village(layer_dir):
    assert main(["gazetteer", "add", str(FIXTURES / "places" / "villages.csv"), "--name", "camps",
                 "--name-column", "village_name", "--alternate-names-column", "aliases"]) == 0
    text = "Herders clashed near Kitobouri in Nakuru County, Kenya, leaving two people injured."
    found = {m.text: m.place for m in parse_places(text, with_layers())}
    assert found["Kitobouri"].layer == "camps"
    assert haversine_km(found["Kitobouri"].latitude, found["Kitobouri"].longitude, -0.4021, 36.2017) < 1


def test_a_geonames_layer_moves_regions_to_geonames_own_point_and_keeps_the_centre(layer_dir):
    base = load_base_gazetteer()
    (row,) = [p.index for p in base.lookup("Friesland") if p.feature_code == "ADM1"]
    centre = (base.latitude[row], base.longitude[row])
    assert centre != (53.1, 5.8)  # the fixture's point is not the base's
    main(["gazetteer", "add", str(DUMP), "--name", "villages"])
    gz = with_layers()
    assert (gz.place(row).latitude, gz.place(row).longitude) == (53.1, 5.8)
    assert gz.drawing_point(row) == centre
    other = [p.index for p in gz.lookup("Gelderland") if p.feature_code == "ADM1"][0]
    assert gz.drawing_point(other) == (gz.latitude[other], gz.longitude[other])  # not in the layer: as it was


@pytest.mark.parametrize("text, name, region", [
    ("Farmers in Friesland blocked roads near Leeuwarden and Utrecht.", "Utrecht", "Friesland"),
    ("Bus drivers from Friesland struck on Monday; services in Eindhoven and Leeuwarden stopped too.",
     "Eindhoven", "Friesland"),
    ("Traders in Nakuru closed their shops after a clash in Narok County, Kenya.", "Nakuru", "Narok"),
])
def test_an_unpeopled_hamlet_does_not_take_a_towns_name_from_the_region_a_report_names(layer_dir, text, name, region):
    main(["gazetteer", "add", str(FIXTURES / "geonames" / "hamlets.txt"), "--name", "hamlets"])
    gz = with_layers()
    candidates = gz.lookup(name)
    assert any(p.layer == "hamlets" for p in candidates)  # the hamlet is a candidate
    place = {m.text: m.place for m in parse_places(text, gz)}[name]
    assert place.layer == "base" and place.population >= 10_000


def test_a_qualifier_still_places_the_hamlet(layer_dir):
    main(["gazetteer", "add", str(FIXTURES / "geonames" / "hamlets.txt"), "--name", "hamlets"])
    place = {m.text: m.place for m in parse_places("Farmers blocked roads in Utrecht, Friesland, on Monday.",
                                                   with_layers())}["Utrecht"]
    assert place.layer == "hamlets" and haversine_km(place.latitude, place.longitude, 53.01, 5.91) < 1


def test_the_locations_of_an_acled_export_become_a_layer_once_each(layer_dir):
    places = list(read_place_list(FIXTURES / "places" / "acled_export.csv", ColumnMap(), gazetteer=load_base_gazetteer()))
    assert [(p.name, p.country_code) for p in places] == [("Olmerani Springs", "KE"), ("Kariobangi West", "KE")]
    assert places[0].admin1_code and places[0].admin1_code != places[1].admin1_code


def test_alternate_names_from_a_separate_file_join_their_places_by_geonames_id(tmp_path):
    # alternateNamesV2 rows: id, geonameid, language, name; "link" rows are not names.
    alternates = [(9900002, "Heggerumveen"), (9900002, "Wolderkamp"), (12345678, "Nowhere In The Layer")]
    build_layer_index(read_dump(DUMP), tmp_path / "x", alternate_names=iter(alternates))
    index = LayerIndex(tmp_path / "x")
    assert [r[2] for r in index.places_for_key("heggerumveen")] == ["Heggerum"]
    assert sorted(r[2] + r[5] for r in index.places_for_key("wolderkamp")) == ["HeggerumNL", "WolderkampBE", "WolderkampNL"]
    assert index.places_for_key("nowhere in the layer") == []
    index.close()


def test_alternate_name_rows_that_are_links_or_codes_are_left_out(tmp_path):
    from geo.gazetteer.geonames_dump import iter_alternate_names

    path = tmp_path / "alternateNamesV2.txt"
    path.write_text("1\t9900002\ten\tHeggerum Lake\t\t\t\t\t\t\n2\t9900002\tlink\thttps://example.org/x\t\t\t\t\t\t\n",
                    encoding="utf-8")
    assert list(iter_alternate_names(path)) == [(9900002, "Heggerum Lake")]


def test_a_layer_finds_its_hashes_from_any_search_window(tmp_path):
    import bisect

    from geo.gazetteer.layer_index import LayerPlace, key_hash

    names = [f"Stead{n:03d}" for n in range(300)]
    build_layer_index([LayerPlace(name, 50.0, 5.0, "NL") for name in names], tmp_path / "x")
    index = LayerIndex(tmp_path / "x")
    table = index._hashes
    asked = [n.lower() for n in names] + [f"stead{n:03d}x" for n in range(300)]
    for window in (1, 3, 10_000):  # a window too narrow for its hash widens to the whole table
        index._window = window
        for key in asked:
            h = key_hash(key)
            i = bisect.bisect_left(table, h)
            assert index.has_key(key) == (i < len(table) and table[i] == h) == (not key.endswith("x"))
    index.close()


def test_the_layered_index_remembers_answers_and_forgets_a_name_added_to_it(layer_dir):
    layers.add_layer(read_dump(DUMP), "xn", str(DUMP), "geonames")
    gz = with_layers()
    index = gz.index
    assert "wolderkamp" in index and "wolderkamp" in index._known
    assert "no such stead" not in index and index._known["no such stead"] is False
    assert index.get("no such stead") is None
    index.setdefault("no such stead", []).append(0)
    assert "no such stead" in index and index.get("no such stead") == (0,)


def test_a_layer_reads_a_names_places_in_order_and_so_does_one_built_before_its_names_were_clustered(tmp_path):
    import shutil
    import sqlite3

    from geo.gazetteer.layer_index import LayerPlace
    from geo.gazetteer.tables import MAX_WORDS

    places = [LayerPlace("Brookfield", 50.0 + n / 100, 5.0, "NL", "PPL", population=n, geonameid=9_000_000 + n,
                         alternate_names=("Brook Field Upper",) if n % 3 else ())
              for n in range(12)] + [LayerPlace("Upper Brookfield Mill", 51.0, 6.0, "NL", "PPL", geonameid=9_100_000)]
    build_layer_index(places, tmp_path / "new", alternate_names=[(9_000_004, "Brookfield"), (9_100_000, "Brookfield")])
    shutil.copytree(tmp_path / "new", tmp_path / "old")
    (tmp_path / "old" / "leads.u64").unlink()
    db = sqlite3.connect(tmp_path / "old" / "places.sqlite")  # as layers were written before
    db.executescript("""CREATE TABLE name (key TEXT, place INTEGER);
        INSERT INTO name SELECT key, place FROM name_by_rank ORDER BY key, seq;
        DROP TABLE name_by_rank; DROP TABLE lead_word; CREATE INDEX name_key ON name (key);""")
    db.close()
    new, old = LayerIndex(tmp_path / "new"), LayerIndex(tmp_path / "old")
    found = new.places_for_key("brookfield")
    assert [row[1] for row in found] == [9_000_000 + n for n in range(12)] + [9_100_000]  # once each, in order
    assert found == old.places_for_key("brookfield")
    assert new.places_for_key("brook field upper") == old.places_for_key("brook field upper") != []
    assert (new.longest_name_from("brook"), new.longest_name_from("upper"), new.longest_name_from("mill")) == (3, 3, 0)
    assert old.longest_name_from("brook") == MAX_WORDS  # no table of lead words: no bound
    new.close()
    old.close()


def test_lead_words_of_the_layers_bound_the_spans_the_layered_index_tries(layer_dir):
    layers.add_layer(read_dump(DUMP), "xn", str(DUMP), "geonames")
    gz = with_layers()
    base = load_base_gazetteer()
    for word in ("new", "wolderkamp", "saint"):
        assert gz.index.longest_name_from(word) >= base.index.longest_name_from(word)
    words = ("New", "York", "Wolderkamp", "Heggerum")
    assert gz.name_spans(words) == ((0, 2), (2, 3), (3, 4))
