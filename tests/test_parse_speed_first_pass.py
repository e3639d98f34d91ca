"""Guards of the first-pass speed-ups (names a process meets for the first time): each
fast path answers what the plain code it replaced answers."""

import random
from difflib import SequenceMatcher

import pytest

from geo.gazetteer import Gazetteer
from geo.gazetteer.cache import read_cache, write_cache
from geo.gazetteer.names import normalize_name, spelt_alike


def _gazetteer() -> Gazetteer:
    gz = Gazetteer()
    rows = (("Port Mirela", ["Port Mirela", "Mirela"], 5_100_001, "SO", "12", "PPL", 41_000, 2.1, 45.3),
            ("Kasai Hills", ["Kasai Hills"], None, "CD", "08", "ADM1", 900_000, -5.0, 21.4),
            ("Dar es Gamra", ["Dar es Gamra", "Dar-es-Gamra"], 5_100_003, "SD", "03", "PPLC", 120_000, 15.5, 32.5),
            ("Tal Afrim", ["Tal Afrim"], 5_100_004, "IQ", "15", "PPL", 30_000, 36.4, 42.4),
            ("Nová Dubrava", ["Nová Dubrava"], 5_100_005, "UA", "09", "PPL", 8_000, 48.6, 37.9))
    for name, names, geonameid, cc, a1, fc, population, lat, lon in rows:
        gz.add(names, geonameid=geonameid, name=name, latitude=lat, longitude=lon, country_code=cc,
               feature_code=fc, population=population, admin1_code=a1, admin2_code="")
    gz.index = {k: tuple(v) for k, v in gz.index.items()}
    return gz


@pytest.fixture()
def loaded(tmp_path):
    """The same gazetteer as built (a dict index) and as read from its cache file."""
    built = _gazetteer()
    write_cache(built, tmp_path / "g.gztable")
    return built, read_cache(tmp_path / "g.gztable")


@pytest.mark.parametrize("pair", [("hodeidah", "hudaydah"), ("kharkov", "kharkiv"), ("bentiu", "bantay"),
                                  ("mogadishu", "muqdisho"), ("uvira", "ouvira"), ("aleppo", "halab"),
                                  ("tal afar", "tall afar"), ("x", "xxxxxxxxxxxx"), ("", ""), ("", "kabul")])
@pytest.mark.parametrize("threshold", [0.0, 0.5, 0.6, 0.75, 1.0])
def test_spelt_alike_is_the_matchers_ratio_against_the_threshold(pair, threshold):
    a, b = pair
    assert spelt_alike(a, b, threshold) == (SequenceMatcher(None, a, b, autojunk=False).ratio() >= threshold)


def test_spelt_alike_on_random_keys_of_many_lengths():
    rng = random.Random(7)
    for _ in range(400):
        a = "".join(rng.choice("aiukmnrst ") for _ in range(rng.randint(0, 14)))
        b = "".join(rng.choice("aiukmnrst ") for _ in range(rng.randint(0, 14)))
        assert spelt_alike(a, b, 0.6) == (SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.6), (a, b)


def test_main_name_keys_and_facts_read_from_the_file_are_those_worked_out(loaded):
    built, back = loaded
    assert back.file_row_facts is not None
    for row in range(len(built)):
        assert back.primary_key(row) == built.primary_key(row) == normalize_name(built.name[row])
        assert back.facts(row) == built.facts(row)
    # A row added after the file was read is worked out from its columns.
    row = back.add(["Qardho East"], geonameid=5_100_009, name="Qardho East", latitude=9.5, longitude=49.1,
                   country_code="SO", feature_code="PPL", population=12_000, admin1_code="12", admin2_code="")
    assert back.primary_key(row) == "qardho east"
    assert back.facts(row).primary_key == "qardho east" and back.facts(row).where[0] == "SO"


@pytest.mark.parametrize("words", [("Port", "Mirela"), ("Mirela",), ("Kasai", "Hills", "Tal", "Afrim"),
                                   ("Dar", "es", "Gamra"), ("The", "Dar", "es", "Gamra", "Market"),
                                   ("Nová", "Dubrava"), ("Nova", "Dubrava"), ("Port",), ("mirela",),
                                   ("Kasai", "Port", "Mirela", "Road")])
def test_name_spans_from_the_file_index_are_those_of_the_built_index(loaded, words):
    built, back = loaded
    assert back.name_spans(words) == built.name_spans(words)
    assert back.name_spans(words) == back.name_spans(words)  # (the second answer from the memo)


def test_name_spans_see_a_key_added_to_the_file_index(loaded):
    _built, back = loaded
    assert back.name_spans(("Sanaag", "Valley")) == ()
    back._name_spans.clear()
    back.add(["Sanaag Valley"], geonameid=5_100_010, name="Sanaag Valley", latitude=3.5, longitude=42.2,
             country_code="SO", feature_code="PPL", population=0, admin1_code="", admin2_code="")
    assert back.name_spans(("Sanaag", "Valley")) == ((0, 2),)
    assert back.name_spans(("Sanaag",)) == ()


def _refuse(*args, **kwargs):
    raise AssertionError("the slow path was taken")


def test_keys_of_very_different_lengths_build_no_matcher(monkeypatch):
    import difflib

    monkeypatch.setattr(difflib.SequenceMatcher, "__init__", _refuse)
    assert not spelt_alike("uvira", "mogadishu airport", 0.6)
    from geo.places.name_senses import one_name

    assert not one_name("galkayo", "garowe new market district")


def test_name_spans_ask_the_file_index_without_its_in_operator(loaded, monkeypatch):
    from geo.gazetteer.tables import KeyTable

    _built, back = loaded
    monkeypatch.setattr(KeyTable, "__contains__", _refuse)
    assert back.name_spans(("Tal", "Afrim", "Market")) == ((0, 2),)
    assert back.name_spans(("Mirela",)) == ((0, 1),)


def test_main_name_keys_are_decoded_without_the_row_strings_getitem(loaded, monkeypatch):
    from geo.gazetteer.tables import RowStrings

    _built, back = loaded
    monkeypatch.setattr(RowStrings, "__getitem__", _refuse)
    assert [back.primary_key(r) for r in range(len(back))] == \
        ["port mirela", "kasai hills", "dar es gamra", "tal afrim", "nova dubrava"]
