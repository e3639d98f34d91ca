"""The command line: `python -m geo ingest | parse | extract`, as the README shows it."""

import json
import subprocess
import sys

import pytest

from geo.layer import read_layer

REPORT = """date 2021-03-02 Gunmen kill villagers in Nigeria's Zamfara

Illustrative test report

Gunmen killed nine villagers in an attack on Kaura Namoda, Zamfara, on Sunday, police said.
"""


def geo(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "geo", *args], input=stdin, capture_output=True, text=True)


def lines(*records):
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def test_extract_answers_each_line_in_order_and_reports_bad_lines():
    out = geo("extract", stdin=lines(
        {"id": "a", "text": "Gunmen killed nine villagers in Kaura Namoda, Nigeria, on Sunday.", "date": "2021-02-28"},
        "{not json",
        {"id": "c"},
        {"id": "d", "text": "Nothing happened."},
    ))
    assert out.returncode == 0, out.stderr
    a, b, c, d = [json.loads(x) for x in out.stdout.splitlines()]
    assert a["id"] == "a"
    (inc,) = a["incidents"]
    assert inc["event_date"] == "2021-02-28" and inc["fatalities"] == 9
    assert inc["country"] == "Nigeria" and inc["event_type"] == "Violence against civilians"
    assert b["id"] is None and "invalid JSON" in b["error"]
    assert c["id"] == "c" and "text" in c["error"]
    assert d == {"id": "d", "incidents": []}


def test_parse_finds_places_and_gold_spans_resolves_exactly_those():
    text = "Clashes near Albu Kamal and in Homs."
    out = geo("parse", stdin=lines({"id": "p", "text": text}))
    places = json.loads(out.stdout)["places"]
    assert [p["text"] for p in places] == ["Albu Kamal", "Homs"]
    assert places[0]["geonameid"] == 174448 and places[0]["country_code"] == "SY"
    gold = geo("parse", "--gold-spans", stdin=lines({"id": "g", "text": text, "spans": [{"start": 31, "end": 35}]}))
    (only,) = json.loads(gold.stdout)["places"]
    assert (only["start"], only["end"], only["text"]) == (31, 35, "Homs")


def test_a_bad_span_is_an_error_for_that_line_only():
    out = geo("parse", "--gold-spans", stdin=lines(
        {"id": "x", "text": "Homs", "spans": [{"start": 0, "end": 99}]},
        {"id": "y", "text": "Homs", "spans": [{"start": 0, "end": 4}]},
    ))
    x, y = [json.loads(v) for v in out.stdout.splitlines()]
    assert "outside the text" in x["error"]
    assert y["places"][0]["text"] == "Homs"


def test_ingest_appends_once_and_names_bad_documents(tmp_path):
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    store = tmp_path / "store.parquet"
    first = geo("ingest", str(tmp_path), "--store", str(store))
    assert first.returncode == 0, first.stderr
    assert "empty.txt" in first.stderr and "empty file" in first.stderr
    layer = read_layer(store)
    assert len(layer) == 1 and layer.iloc[0]["location"] == "Kaura Namoda"
    assert str(layer.iloc[0]["event_date"].date()) == "2021-02-28"
    again = geo("ingest", str(tmp_path), "--store", str(store))
    assert again.returncode == 0
    assert len(read_layer(store)) == 1  # the same report twice adds nothing


@pytest.mark.parametrize("args", [[], ["nonsense"]])
def test_an_unusable_invocation_fails(args):
    assert geo(*args).returncode != 0
