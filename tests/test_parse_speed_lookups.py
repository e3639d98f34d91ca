"""Recognition's fast paths answer what the plain ones answer: the key table's probe
written out in ``_look_up`` (geo.gazetteer.tables), the tokens of the possessive token
pattern (geo.places.text) and the one-pass check for a given name before the person
finder walks a run (geo.places.people)."""

import re

from geo.gazetteer import Gazetteer
from geo.gazetteer.tables import LEADS_SUFFIX, TableFile, lead_words, write_tables
from geo.places import text as text_module
from geo.places.people import find_people
from geo.places.text import Text

_NO_COLUMNS = {"geonameid": [], "name": [], "latitude": [], "longitude": [], "population": [],
               "country_code": [], "feature_code": [], "admin1_code": [], "admin2_code": []}


def _table(tmp_path, mapping):
    write_tables(tmp_path / "t", _NO_COLUMNS, {"index": mapping, f"index{LEADS_SUFFIX}": lead_words(mapping)}, {})
    return TableFile(tmp_path / "t").key_table("index")


def test_the_written_out_probe_finds_what_the_file_holds(tmp_path):
    # Forty keys in 128 slots, some sharing a slot, of one word and of several, with
    # letters beyond ASCII: each found with its rows, first asked and asked again.
    mapping = {f"kasr {i}": (i,) for i in range(20)}
    mapping.update({"maiduguri": (40, 41), "dar es salaam": (42,), "şanlıurfa": (43,), "sittwe": (44,)})
    mapping.update({f"port {i} east": (50 + i,) for i in range(16)})
    table = _table(tmp_path, mapping)
    for key, rows in mapping.items():
        assert table._file_rows(key) == rows
        assert key in table and table.get(key) == rows and table[key] == rows  # asked again: from the memo
    for missing in ("kasr 20", "maidugur", "dar es", "", "port 3"):
        assert missing not in table and table.get(missing) is None and table._file_rows(missing) == ()
    assert table.get(("kasr 1",)) is None  # (not a string: no key)


def test_keys_added_after_loading_win_over_the_file(tmp_path):
    table = _table(tmp_path, {"goma": (1,), "bukavu": (2,)})
    assert table.setdefault("goma", []) == [1]  # a key the file has: its rows, as a list
    table.setdefault("new kisangani", []).append(7)
    table._memo.clear()  # as when the memo is emptied: the added keys come back first
    assert table.get("new kisangani") == [7] and "new kisangani" in table and table.get("bukavu") == (2,)


def test_the_longest_name_from_a_lead_word(tmp_path):
    table = _table(tmp_path, {"ras al ain": (1,), "ras kamboni": (2,), "kismayo": (3,)})
    assert table.longest_name_from("ras") == 3  # "ras al ain"
    assert table.longest_name_from("kismayo") == 0  # no name of several words opens with it
    assert table.longest_name_from("tal") == 0
    table.setdefault("kismayo port east", []).append(9)
    assert table.longest_name_from("kismayo") == 3  # an added key counts too


# The token pattern before its letters were taken possessively: the tokens must not move.
_GREEDY_TOKEN = re.compile(text_module.TOKEN.pattern.replace("++", "+").replace(")*+", ")*"))


def test_possessive_tokens_are_the_greedy_ones():
    assert _GREEDY_TOKEN.pattern != text_module.TOKEN.pattern
    sentences = ("Militants shelled Sana'a and N'Djamena's outskirts, but we're told they'd fled.",
                 "The U.S. envoy flew from St. Louis to Ft. Meade on 12 May; Mt. Fuji's slopes burned.",
                 "Gunmen in Côte d\u2019Ivoire\u2019s north and O'Brien's men in Donets'k clashed at 4 a.m.",
                 "Troops 'rock'n'roll' sang in Mazar-i-Sharif; ISIS' fighters said 'tis over.")
    for sentence in sentences:
        split = text_module._TOKEN_SPLIT.pattern.replace(text_module.TOKEN.pattern, _GREEDY_TOKEN.pattern)
        assert re.split(split, sentence) == text_module._TOKEN_SPLIT.split(sentence)
        assert [m.group() for m in _GREEDY_TOKEN.finditer(sentence)] == Text(sentence).words
    assert Text(sentences[0]).words[2:6] == ["Sana'a", "and", "N'Djamena", "s"]
    assert Text(sentences[1]).words[:3] == ["The", "U.S.", "envoy"]


def _gazetteer(given_names):
    gz = Gazetteer()
    gz.add(["Kaduna"], geonameid=1, name="Kaduna", latitude=10.5, longitude=7.4, country_code="NG",
           feature_code="PPL", population=760_000, admin1_code="18", admin2_code="")
    gz.given_names = frozenset(given_names)
    return gz


def test_runs_without_a_given_name_mark_nobody_and_with_one_a_person():
    gz = _gazetteer({"tariq", "amina"})
    for sentence, person in (("Villagers near Kaduna Road Junction fled.", set()),
                             ("Reporters met Tariq Bashir in Kaduna.", {"Tariq", "Bashir"}),
                             ("Aid reached Upper Nile Basin Camp before Amina Yusuf spoke.", {"Amina", "Yusuf"})):
        t = Text(sentence)
        for i, j in t.runs:
            find_people(t, i, j, gz)
        assert {t.words[k] for k in t.person_tokens} == person, sentence
