"""The evaluation harness's arithmetic (geo/evaluation/), on tiny made-up corpora.

No ../shared data: each test writes its own LGL-format XML or ACLED-format CSV into
tmp_path. Most tests drive the scorers with a stub handler (the batch interface's
per-record function) so that the expected figures follow from the scoring rules alone.
"""

import csv
import subprocess
import sys

import pytest

from geo.evaluation import (
    ACLEDRow,
    evaluate_geoparser,
    evaluate_incidents,
    load_acled,
    load_lgl,
    match_spans,
)
from geo.gazetteer import haversine_km
from geo.taxonomy import current_types as acled_types

# Made-up local news, offsets counted below by the test itself.
TEXT_A = "Flooding closed roads between Springfield and Millbrook on Tuesday, the Hartley County sheriff said."
TEXT_B = "A fire at a barn near Paris was put out by crews from Oak Ridge."


def _span(text, phrase, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _toponym(text, phrase, lat=None, lon=None, gid=None, fcode="PPL"):
    start, end = _span(text, phrase)
    tag = ""
    if lat is not None:
        tag = (f'<gaztag geonameid="{gid or 1}"><name>{phrase}</name><fclass>P</fclass><fcode>{fcode}</fcode>'
               f"<lat>{lat}</lat><lon>{lon}</lon><country geonameid=\"6252001\">United States</country></gaztag>")
    return f"<toponym><start>{start}</start><end>{end}</end><phrase>{phrase}</phrase>{tag}</toponym>"


@pytest.fixture
def lgl_file(tmp_path):
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="a1"><title>Floods</title><text><![CDATA[{TEXT_A}]]></text>
    <toponyms count="3">
      {_toponym(TEXT_A, "Springfield", 39.80, -89.64, 4250542)}
      {_toponym(TEXT_A, "Millbrook", 32.48, -86.36, 4074000)}
      {_toponym(TEXT_A, "Hartley County")}
    </toponyms>
  </article>
  <article docid="b2"><title>Barn fire</title><text><![CDATA[{TEXT_B}]]></text>
    <toponyms count="2">
      {_toponym(TEXT_B, "Paris", 33.66, -95.56, 4717560)}
      {_toponym(TEXT_B, "Oak Ridge", 36.01, -84.27, 4646571)}
    </toponyms>
  </article>
</articles>
"""
    path = tmp_path / "mini_lgl.xml"
    path.write_text(xml, "utf-8")
    return path


def place(text, phrase, lat, lon, name=None):
    start, end = _span(text, phrase)
    return {"start": start, "end": end, "text": phrase, "name": name or phrase, "lat": lat, "lon": lon,
            "geonameid": None, "country_code": "US", "feature_code": "PPL", "score": 0.5}


def stub(outputs):
    """A handler answering each document id with canned places; records what it got."""
    seen = []

    def handle(record):
        seen.append(record)
        return outputs[record["id"]](record) if callable(outputs[record["id"]]) else outputs[record["id"]]

    handle.seen = seen
    return handle


# -- loading and matching ---------------------------------------------------------------

def test_load_lgl_keeps_located_toponyms_as_gold_and_the_rest_apart(lgl_file):
    a1, b2 = load_lgl(lgl_file)
    assert (a1.id, b2.id) == ("a1", "b2")
    assert a1.text == TEXT_A
    assert [g.phrase for g in a1.toponyms] == ["Springfield", "Millbrook"]
    assert [a1.text[g.start:g.end] for g in a1.toponyms] == ["Springfield", "Millbrook"]
    assert a1.toponyms[0].lat == pytest.approx(39.80) and a1.toponyms[0].geonameid == 4250542
    assert a1.toponyms[0].country == "United States"
    assert a1.unlocated == [_span(TEXT_A, "Hartley County")]
    assert len(b2.toponyms) == 2 and b2.unlocated == []


def test_spans_match_on_overlap_one_to_one_and_adjacent_spans_do_not():
    gold = [(0, 10), (20, 30), (40, 45)]
    predicted = [(0, 3), (5, 12), (30, 35), (42, 45), (40, 44)]
    # (0,10)~(0,3) shares 3 chars, ~(5,12) 5: the larger overlap wins; (30,35) only
    # touches (20,30) (end exclusive); (40,45) gets one of its two overlaps, the larger.
    assert match_spans(gold, predicted) == [(0, 1), (2, 4)]
    # one prediction over two gold spans matches one of them only
    assert match_spans([(0, 4), (5, 9)], [(0, 9)]) == [(0, 0)]
    assert match_spans([(0, 5)], [(0, 5)]) == [(0, 0)]  # exact is an overlap too
    assert match_spans([(0, 5)], [(5, 9)]) == []


def test_haversine_is_in_kilometres():
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.2, abs=0.2)
    assert haversine_km(10, 10, 10, 10) == 0


# -- LGL scoring -------------------------------------------------------------------------

def test_gold_span_scoring_counts_unresolved_as_a_miss(lgl_file):
    articles = load_lgl(lgl_file)
    handler = stub({
        # Springfield 1 degree of latitude off (~111 km: a hit), Millbrook unresolved.
        "a1": [place(TEXT_A, "Springfield", 40.80, -89.64), place(TEXT_A, "Millbrook", None, None)],
        # Paris resolved to France (a miss, ~7,700 km), Oak Ridge exact.
        "b2": [place(TEXT_B, "Paris", 48.85, 2.35), place(TEXT_B, "Oak Ridge", 36.01, -84.27)],
    })
    s = evaluate_geoparser(articles, gold_spans=True, handler=handler)
    # The located gold spans were sent, in order, and nothing else.
    assert handler.seen[0]["spans"] == [dict(zip(("start", "end"), _span(TEXT_A, p))) for p in ("Springfield", "Millbrook")]
    assert s.gold == 4 and s.resolved == 3 and s.within_161 == 2
    assert s.acc161 == pytest.approx(2 / 4)
    paris = haversine_km(33.66, -95.56, 48.85, 2.35)
    assert s.median_km == pytest.approx(haversine_km(39.80, -89.64, 40.80, -89.64))
    assert s.mean_km == pytest.approx((haversine_km(39.80, -89.64, 40.80, -89.64) + paris + 0) / 3)
    assert s.precision is None and s.recall is None and s.f1 is None
    kinds = sorted(c.kind for c in s.worst_cases(10))
    assert kinds == ["mis-resolved", "unresolved"]
    assert s.worst_cases(1)[0].text == "Millbrook"  # no distance ranks before any distance
    assert "acc@161" in s.format() and "50.0 %" in s.format()


def test_end_to_end_precision_recall_f1_and_accuracy_over_matched_pairs(lgl_file):
    articles = load_lgl(lgl_file)
    sp, sp_end = _span(TEXT_A, "Springfield")
    handler = stub({
        "a1": [
            # a partial overlap still matches, and resolves 200+ km off: a miss at 161 km
            {**place(TEXT_A, "Springfield", 39.80, -87.00), "start": sp, "end": sp + 6, "text": "Spring"},
            # a spurious span
            place(TEXT_A, "Tuesday", 10.0, 10.0),
            # on "Hartley County", which has no coordinates in the gold: ignored
            place(TEXT_A, "Hartley", 35.0, -101.0),
        ],
        # Millbrook and Paris missed; Oak Ridge found and right.
        "b2": [place(TEXT_B, "Oak Ridge", 36.02, -84.27)],
    })
    s = evaluate_geoparser(articles, gold_spans=False, handler=handler)
    assert "spans" not in handler.seen[0]
    assert (s.gold, s.predicted, s.matched, s.ignored) == (4, 3, 2, 1)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(2 / 4)
    assert s.f1 == pytest.approx(2 * (2 / 3) * (1 / 2) / (2 / 3 + 1 / 2))
    assert s.acc161 == pytest.approx(1 / 2)  # of the matched pairs
    assert s.within_161 == 1 and s.resolved == 2
    assert s.median_km == pytest.approx((haversine_km(39.80, -89.64, 39.80, -87.00) + haversine_km(36.01, -84.27, 36.02, -84.27)) / 2)
    kinds = sorted(c.kind for c in s.cases if c.kind != "ok")
    assert kinds == ["mis-resolved", "missed", "missed", "spurious"]
    common = dict(((k, g), n) for (k, g, _), n in s.common_failures(10))
    assert common[("spurious", "Tuesday")] == 1 and common[("missed", "Paris [PPL]")] == 1
    text = s.format()
    assert "66.7 %" in text and "50.0 %" in text and "F1" in text


def test_a_document_the_handler_fails_on_counts_all_its_gold_as_missed(lgl_file):
    def handler(record):
        if record["id"] == "b2":
            raise ValueError("boom")
        return [place(TEXT_A, "Springfield", 39.80, -89.64), place(TEXT_A, "Millbrook", 32.48, -86.36)]

    s = evaluate_geoparser(load_lgl(lgl_file), gold_spans=False, handler=handler)
    assert s.failed_docs == 1 and s.matched == 2 and s.recall == pytest.approx(0.5) and s.precision == 1.0


def test_real_parser_on_a_made_up_article(tmp_path):
    text = "Protesters gathered in Homs, Syria, on Friday."
    xml = (f'<articles><article docid="x"><text><![CDATA[{text}]]></text><toponyms>'
           f'{_toponym(text, "Homs", 34.72682, 36.72339, 169577)}{_toponym(text, "Syria", 35.0, 38.0, 163843, "PCLI")}'
           "</toponyms></article></articles>")
    path = tmp_path / "one.xml"
    path.write_text(xml, "utf-8")
    s = evaluate_geoparser(load_lgl(path), gold_spans=True)  # the real `parse --gold-spans` handler
    assert s.gold == 2 and s.resolved == 2 and s.docs_per_s > 0
    homs = next(c for c in s.cases if c.text == "Homs")
    assert homs.kind == "ok" and homs.error_km < 25


# -- ACLED scoring -----------------------------------------------------------------------

def test_old_acled_types_map_to_current_ones():
    assert acled_types("Riots/Protests") == {"Protests", "Riots"}
    assert acled_types("Battle-No change of territory") == {"Battles"}
    assert acled_types("Battle-Government regains territory") == {"Battles"}
    assert acled_types("Battle-Non-state actor overtakes territory") == {"Battles"}
    assert acled_types("Remote violence") == {"Explosions/Remote violence"}
    assert acled_types("Strategic development") == {"Strategic developments"}
    assert acled_types("Non-violent transfer of territory") == {"Strategic developments"}
    assert acled_types("Violence against civilians") == {"Violence against civilians"}
    assert acled_types("Protests") == {"Protests"}  # today's types stand for themselves
    with pytest.raises(ValueError):
        acled_types("Picnic")


ACLED_HEADER = ["", "data_id", "event_id_cnty", "event_date", "event_type", "actor1", "actor2", "country",
                "location", "latitude", "longitude", "geo_precision", "notes", "fatalities"]


@pytest.fixture
def acled_file(tmp_path):
    rows = [
        ["0", "11", "E1", "2016-06-05", "Riots/Protests", "Protesters", "", "Kenya", "Town A", "-1.0", "36.0", "1",
         "Traders marched in Town A on Sunday.", "0"],
        ["1", "12", "E2", "2016-06-04", "Battle-No change of territory", "Army", "Rebels", "Chad", "Town B", "12.0",
         "15.0", "2", "Soldiers clashed with rebels near Town B, killing three.", "3"],
        ["2", "13", "E3", "2016-06-03", "Remote violence", "Air force", "", "Chad", "Town C", "13.0", "16.0", "1",
         "Jets bombed Town C.", "5"],
        ["3", "14", "E4", "2016-06-02", "Violence against civilians", "Gunmen", "Civilians", "Chad", "Town D",
         "14.0", "17.0", "1", "Something happened near Town D.", "0"],
        ["4", "15", "E5", "2016-06-02", "Strategic development", "", "", "Chad", "Town E", "14.0", "17.0", "3",
         "   ", "0"],  # no notes: skipped
    ]
    path = tmp_path / "mini_acled.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(ACLED_HEADER)
        w.writerows(rows)
    return path


def incident(event_type, lat, lon, fatalities=0, date="2016-06-05", precision=1, country="Chad"):
    return {"event_date": date, "event_type": event_type, "sub_event_type": "x", "latitude": lat, "longitude": lon,
            "fatalities": fatalities, "geo_precision": precision, "country": country, "location": "L"}


def test_load_acled_reads_the_columns_and_skips_rows_without_notes(acled_file):
    rows = load_acled(acled_file)
    assert [r.id for r in rows] == ["E1", "E2", "E3", "E4"]
    assert rows[1] == ACLEDRow("E2", "Soldiers clashed with rebels near Town B, killing three.", "2016-06-04",
                               "Battle-No change of territory", 12.0, 15.0, 3, 2, "Town B", "Chad", "Army", "Rebels")


def test_incident_scoring(acled_file):
    rows = load_acled(acled_file)
    answers = {
        # E1: 10 km off, Riots (counts for Riots/Protests), right date, fatalities 0 = 0.
        "E1": [incident("Riots", -1.0 + 10 / 111.2, 36.0, date="2016-06-05", country="Kenya"),
               incident("Battles", 50.0, 50.0)],  # only the first incident is scored
        # E2: 100 km off (161 but not 25), Explosions for a Battle, 2 of 3 killed, other date.
        "E2": [incident("Explosions/Remote violence", 12.0 + 100 / 111.2, 15.0, fatalities=2, date="2016-06-01",
                        precision=2)],
        # E3: an incident without coordinates.
        "E3": [incident("Explosions/Remote violence", None, None, fatalities=5, date="2016-06-03")],
        # E4: nothing found: location and type miss, but fatalities 0 = gold 0.
        "E4": [],
    }
    sent = []

    def handler(record):
        sent.append(record)
        return answers[record["id"]]

    s = evaluate_incidents(rows, handler=handler)
    assert sent[0] == {"id": "E1", "text": "Traders marched in Town A on Sunday.", "date": "2016-06-05"}
    assert s.rows == 4
    assert s.loc25 == pytest.approx(1 / 4)
    assert s.loc161 == pytest.approx(2 / 4)
    assert s.type_accuracy == pytest.approx(2 / 4)  # E1 (Riots), E3 (Explosions)
    assert s.fatalities_exact == pytest.approx(3 / 4)  # E1 0=0, E3 5=5, E4 0=0
    assert s.date_exact == pytest.approx(2 / 4)  # E1, E3
    assert s.precision_agreement == pytest.approx(3 / 4)  # E1 1=1, E2 2=2, E3 1=1; E4 nothing
    assert (s.no_incident, s.no_location) == (1, 1)
    e2 = s.cases[1]
    assert e2.distance_km == pytest.approx(100, abs=0.5) and e2.loc161 and not e2.loc25
    assert e2.failed() == ["location", "type", "fatalities"]
    assert s.worst_cases(1)[0].row.id == "E2"  # fails the most criteria
    assert [c.row.id for c in s.worst_cases(5, "type")] == ["E4", "E2"]  # isolated failures first
    reasons = dict(s.common_failures(20))
    assert reasons[("location", "no incident")] == 1
    assert reasons[("location", "incident without a location")] == 1
    assert reasons[("location", "right country, 25-161 km")] == 1
    assert reasons[("fatalities", "predicted fewer")] == 1
    text = s.format()
    for figure in ("25.0 %", "50.0 %", "75.0 %"):
        assert figure in text
    assert "Protests or Riots" in text and "notes/s" in text


def test_no_incident_predicts_zero_fatalities():
    row = ACLEDRow("X", "Five people were killed somewhere.", "2016-06-01", "Violence against civilians", 1.0, 1.0, 5)
    s = evaluate_incidents([row, ACLEDRow("Y", "Nothing.", "2016-06-01", "Protests", 1.0, 1.0, 0)],
                           handler=lambda record: [])
    assert [c.fatalities_ok for c in s.cases] == [False, True]
    assert s.type_accuracy == 0 and s.loc161 == 0 and s.date_exact == 0


# -- the command line --------------------------------------------------------------------

def test_eval_commands_print_the_figures_and_exit_0(lgl_file, acled_file):
    run = lambda *a: subprocess.run([sys.executable, "-m", "geo", "eval", *a], capture_output=True, text=True)  # noqa: E731
    out = run("lgl", str(lgl_file), "--gold-spans")
    assert out.returncode == 0, out.stderr
    assert "acc@161" in out.stdout and "median error" in out.stdout and "docs/s" in out.stdout
    out = run("lgl", str(lgl_file), "--limit", "1", "--show-errors", "3")
    assert out.returncode == 0, out.stderr
    for label in ("precision", "recall", "F1", "acc@161", "mean error", "most common failures"):
        assert label in out.stdout
    assert "documents               1" in out.stdout
    out = run("acled", str(acled_file), "--show-errors", "2")
    assert out.returncode == 0, out.stderr
    for label in ("location within 25 km", "location within 161 km", "event type accuracy", "fatalities exact",
                  "notes/s", "most common failures"):
        assert label in out.stdout
    assert "events (notes)                4" in out.stdout


def test_actor_names_compare_without_case_and_acleds_period_in_brackets():
    from geo.evaluation.acled import actor_key

    assert actor_key("Military Forces of Ruritania (2019-2024)") == actor_key("military forces of ruritania")
    assert actor_key("Police Forces of Ruritania (2021-)") == "police forces of ruritania"
    # a country in brackets is part of the name, not a period
    assert actor_key("Protesters (Ruritania)") == "protesters (ruritania)"
    assert actor_key("Protesters (Ruritania)") != actor_key("Protesters")


def test_a_coders_remark_on_the_toll_is_told_apart_from_the_report():
    from geo.evaluation.acled import ACLEDRow

    def row(notes):
        return ACLEDRow(id="x", notes=notes, event_date="2020-01-01", event_type="Battles",
                        latitude=None, longitude=None, fatalities=0)

    assert row("Gunmen raided a farm near the river. Fatalities coded as 3.").coder_remark
    assert row("Two patrols exchanged fire (unknown fatalities coded as 10).").coder_remark
    assert not row("Two patrols exchanged fire and four fighters were killed.").coder_remark
    assert not row("The strike code was coded in red on the map.").coder_remark
