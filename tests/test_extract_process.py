"""What the extractor does once per process or before reading places: the batch
interface settles the collector after its first record (``geo.batch.settle_process``),
and a report with no event sentence is answered before its places are parsed."""

from __future__ import annotations

import gc

import pytest

from geo import batch
from geo.incidents import pipeline
from geo.incidents.model import inside


@pytest.fixture
def fresh_collector(monkeypatch):
    """A process whose collector the batch interface has not settled yet; the real
    collector's state is put back afterwards."""
    before = gc.get_threshold()
    monkeypatch.setattr(batch, "_settled", False)
    frozen = []
    monkeypatch.setattr(batch.gc, "freeze", lambda: frozen.append(True))
    yield frozen
    gc.set_threshold(*before)


def test_settling_freezes_once_and_raises_the_first_threshold(fresh_collector):
    gc.set_threshold(700, 10, 10)
    batch.settle_process()
    assert fresh_collector == [True]
    assert gc.get_threshold() == (batch.YOUNG_OBJECTS_BEFORE_COLLECTION, 10, 10)
    gc.set_threshold(700, 10, 10)
    batch.settle_process()  # once per process: a later call changes nothing
    assert fresh_collector == [True] and gc.get_threshold() == (700, 10, 10)


def test_settling_keeps_a_higher_threshold_and_a_collector_turned_off(fresh_collector, monkeypatch):
    gc.set_threshold(50_000, 5, 5)
    batch.settle_process()
    assert gc.get_threshold() == (50_000, 5, 5)
    monkeypatch.setattr(batch, "_settled", False)
    gc.set_threshold(0, 10, 10)  # automatic collection off: left off
    batch.settle_process()
    assert gc.get_threshold()[0] == 0


def test_the_first_record_settles_the_process_and_answers_as_before(fresh_collector):
    from geo.gazetteer import load_gazetteer

    load_gazetteer()  # its own load freezes what it made (geo.gazetteer.cache): not counted here
    fresh_collector.clear()
    gc.set_threshold(700, 10, 10)
    record = {"id": "r1", "text": "Gunmen shot dead two herders in Mandera on Tuesday.", "date": "2019-05-08"}
    first = batch.extract_record(record)
    assert fresh_collector == [True] and gc.get_threshold()[0] == batch.YOUNG_OBJECTS_BEFORE_COLLECTION
    assert batch.extract_record(record) == first and first and first[0]["fatalities"] == 2


def test_a_report_with_no_event_is_answered_without_parsing_places(monkeypatch):
    def no_parse(*args, **kwargs):
        raise AssertionError("places parsed for a report with no event")

    monkeypatch.setattr(pipeline, "parse_places", no_parse)
    assert pipeline.extract_incidents_from_text("The council met in Nakuru to discuss the budget.", "2019-05-08") == []
    assert pipeline.extract_incidents_from_text("", None) == []
    with pytest.raises(AssertionError):  # an event report still reads its places
        pipeline.extract_incidents_from_text("Rebels attacked a police post in Garissa, killing three officers.",
                                             "2019-05-08")


def test_an_event_report_is_read_in_full_after_the_early_look():
    found = pipeline.extract_incidents_from_text(
        "Police arrested 12 traders in Kisumu on Monday. The county assembly later debated the budget.", "2019-05-08")
    assert found and found[0].location == "Kisumu" and found[0].event_date == "2019-05-06"


@pytest.mark.parametrize(("pos", "spans", "expected"), [
    (5, [], False), (5, [(0, 5)], False), (5, [(5, 6)], True), (5, [(0, 2), (4, 9)], True), (0, [(1, 3), (3, 4)], False),
])
def test_inside_is_half_open(pos, spans, expected):
    assert inside(pos, spans) is expected
