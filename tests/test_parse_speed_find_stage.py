"""The find stage's fast paths answer what the plain ones answer: the key table's public
pair of probes (``KeyTable.probes``, which ``name_spans`` loops with instead of reading
the table's memo privately) and the letter-count bound ``spelt_alike`` asks before it
builds a matcher (geo.gazetteer.names)."""

from difflib import SequenceMatcher

import pytest
from call_records import record_calls

from geo.gazetteer import names as names_module
from geo.gazetteer.names import spelt_alike
from geo.gazetteer.tables import LEADS_SUFFIX, TableFile, lead_words, write_tables

_NO_COLUMNS = {"geonameid": [], "name": [], "latitude": [], "longitude": [], "population": [],
               "country_code": [], "feature_code": [], "admin1_code": [], "admin2_code": []}


def _table(tmp_path, mapping):
    write_tables(tmp_path / "t", _NO_COLUMNS, {"index": mapping, f"index{LEADS_SUFFIX}": lead_words(mapping)}, {})
    return TableFile(tmp_path / "t").key_table("index")


def test_the_probes_answer_a_key_first_from_the_file_then_from_the_memo(tmp_path):
    table = _table(tmp_path, {"mambasa": (3,), "lubero": (4, 5), "mahagi port": (6,)})
    asked, look_up = table.probes()
    assert asked("lubero") is None  # not asked yet
    assert look_up("lubero") == (4, 5) and asked("lubero") == (4, 5)  # asked once: kept
    assert look_up("mahagi port") == (6,) and asked("mahagi port") == (6,)
    assert look_up("komanda") == () and asked("komanda") == ()  # a key the file lacks: kept as none
    assert table.get("mambasa") == (3,) and asked("mambasa") == (3,)  # the same memo as ``get``'s


def test_the_probes_stay_valid_when_the_memo_is_emptied(tmp_path):
    table = _table(tmp_path, {"gorom": (1,), "djibo": (2,)})
    asked, look_up = table.probes()
    look_up("gorom")
    table._memo.clear()  # (as a long-running process empties it)
    assert asked("gorom") is None and look_up("gorom") == (1,) and asked("gorom") == (1,)
    table.setdefault("titao", []).append(9)  # a key added after loading
    assert look_up("titao") == [9]


def test_name_spans_of_a_loaded_table_uses_the_public_probes(tmp_path, monkeypatch):
    from geo.gazetteer.index import DerivedIndexes
    from geo.gazetteer.tables import KeyTable

    table = _table(tmp_path, {"kirkuk": (1,), "abu ghraib": (2,), "sinjar": (3,)})
    calls = record_calls(monkeypatch, KeyTable, "probes")

    class Holder(DerivedIndexes):
        index = table

    spans = Holder().name_spans(("Abu", "Ghraib", "Sinjar"))
    assert spans == ((0, 2), (2, 3)) and calls == [table]


_APART = [("potiskum", "kotonkafe", 0.6), ("damaturu", "hawul", 0.6), ("hodeidah", "berbera", 0.5),
          ("zamfara", "sokotoh", 0.75), ("jalalabad", "kunduzkhan", 0.6)]
_ALIKE = [("kandahar", "qandahar", 0.6), ("herat", "heraat", 0.6), ("fallujah", "faluja", 0.6)]


@pytest.mark.parametrize("a, b, threshold", _APART)
def test_letters_apart_need_no_matcher(a, b, threshold, monkeypatch):
    built = []

    class Counting(SequenceMatcher):
        def __init__(self, *args, **kwargs):
            built.append(args)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(names_module, "SequenceMatcher", Counting)
    assert SequenceMatcher(None, a, b, autojunk=False).quick_ratio() < threshold  # (the bound decides)
    assert 2.0 * min(len(a), len(b)) / (len(a) + len(b)) >= threshold  # (but not the length bound)
    assert spelt_alike(a, b, threshold) is False
    assert built == []


@pytest.mark.parametrize("a, b, threshold", _ALIKE + _APART)
def test_the_answer_is_the_matchers_ratio(a, b, threshold):
    assert spelt_alike(a, b, threshold) == (SequenceMatcher(None, a, b, autojunk=False).ratio() >= threshold)
    assert spelt_alike(b, a, threshold) == (SequenceMatcher(None, b, a, autojunk=False).ratio() >= threshold)
