"""A layer name with thousands of namesakes (a full GeoNames dump is full of them) costs a
bounded lookup: its most important and its most populous places, never all of them.
Made-up names only."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from geo.gazetteer import layers
from geo.gazetteer.cache import load_base_gazetteer
from geo.gazetteer.layer_index import POPULOUS_FROM, LayerIndex, LayerPlace, build_layer_index, place_rank
from geo.places import parse_places

NAME = "Quorvale"


def namesakes(count: int, town_at: int) -> list[LayerPlace]:
    """``count`` places called NAME: unpeopled streams and hills first (a stream's prior
    is a river's), hamlets, and one town of 40,000 people at position ``town_at``."""
    places = []
    for n in range(count):
        if n == town_at:
            places.append(LayerPlace(NAME, 10.0, 20.0, "KE", "PPL", population=40_000, geonameid=70_000_000 + n))
        elif n % 3 == 0:
            places.append(LayerPlace(NAME, 1.0 + n / 1000, 30.0, "TZ", "STM", geonameid=70_000_000 + n))
        elif n % 3 == 1:
            places.append(LayerPlace(NAME, 2.0 + n / 1000, 31.0, "UG", "HLL", geonameid=70_000_000 + n))
        else:
            places.append(LayerPlace(NAME, 3.0 + n / 1000, 32.0, "UG", "PPL", population=n % 7,
                                     geonameid=70_000_000 + n))
    return places


def read_whole(index: LayerIndex, key: str) -> list[tuple]:
    return index.places_for_key(key)


def test_a_lookup_with_a_limit_reads_the_most_important_and_the_most_populous(tmp_path):
    build_layer_index(namesakes(900, town_at=850), tmp_path / "x")
    index = LayerIndex(tmp_path / "x")
    every = read_whole(index, NAME.lower())
    assert len(every) == 900
    cut = index.places_for_key(NAME.lower(), 60)
    assert len(cut) <= 120
    by_rank = sorted(every, key=lambda v: (place_rank(v[6], v[7]), every.index(v)))[:60]
    by_population = sorted(every, key=lambda v: (-v[7], every.index(v)))[:60]
    assert set(cut) == set(by_rank) | set(by_population)
    assert [v[1] for v in cut] == sorted(v[1] for v in cut)  # still in the order the names were added
    assert any(v[7] == 40_000 for v in cut)  # the town, buried under 300 streams by prior alone
    assert index.places_for_key(NAME.lower(), 1000) == every  # a limit above the count: all of them
    index.close()


def test_a_layer_built_before_the_ranked_tables_is_cut_the_same_way(tmp_path):
    build_layer_index(namesakes(400, town_at=390), tmp_path / "new")
    shutil.copytree(tmp_path / "new", tmp_path / "old")
    db = sqlite3.connect(tmp_path / "old" / "places.sqlite")  # the clustered table layers had before
    db.executescript("""CREATE TABLE name_by_key (key TEXT, seq INTEGER, place INTEGER, PRIMARY KEY (key, seq)) WITHOUT ROWID;
        INSERT INTO name_by_key SELECT key, seq, place FROM name_by_rank ORDER BY key, seq;
        DROP TABLE name_by_rank; DROP TABLE populous_by_key;""")
    db.close()
    new, old = LayerIndex(tmp_path / "new"), LayerIndex(tmp_path / "old")
    for limit in (POPULOUS_FROM, 100, None):
        assert new.places_for_key(NAME.lower(), limit) == old.places_for_key(NAME.lower(), limit)
    new.close()
    old.close()


@pytest.fixture
def layer_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(layers, "layers_dir", lambda: tmp_path / "layers")
    return tmp_path / "layers"


def test_the_layered_index_adds_a_bounded_number_of_rows_and_the_town_still_wins(layer_dir, monkeypatch):
    layers.add_layer(namesakes(3000, town_at=2500), "many", "made up", "geonames")
    gz = load_base_gazetteer()
    layers.attach_enabled_layers(gz)
    size = len(gz)
    mentions = parse_places(f"Gunmen attacked a market in {NAME}, Kenya, on Sunday, residents said.", gz)
    assert len(gz) - size <= 2 * layers.LAYER_CANDIDATES
    assert [(m.text, m.place.country_code, m.place.population) for m in mentions if m.text == NAME] \
        == [(NAME, "KE", 40_000)]


def test_lead_words_are_answered_from_the_map_as_sqlite_answers_them(tmp_path):
    names = ["Upper Quorvale Mill", "Upper Dunmere", "Quorvale", "Lower Quorvale", "Saint Brannoc Upon Tees"]
    build_layer_index([LayerPlace(name, 50.0, 5.0, "NL") for name in names], tmp_path / "x")
    index = LayerIndex(tmp_path / "x")
    words = ["upper", "lower", "quorvale", "saint", "brannoc", "mill", "nowhere"]
    from_map = [index.longest_name_from(w) for w in words]
    index._leads = None  # as a layer built without the map: one SQLite query a word
    assert from_map == [index.longest_name_from(w) for w in words] == [3, 2, 0, 4, 0, 0, 0]
    index.close()
