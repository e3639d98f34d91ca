"""The words before a place are read for an event word (a trigger) as a whole sentence's
are, but without the background clauses: those only choose among the triggers found; a
sentence that names no place is not read for them at all."""

import pytest

from geo.incidents import triggers
from geo.incidents.locations import _holds_trigger
from geo.incidents.sentences import split_sentences
from call_records import record_calls
from incident_helpers import first_incident


def test_the_words_before_a_place_are_not_read_for_background_clauses(monkeypatch):
    text = "On Monday unknown gunmen opened fire on shoppers in Lyon, killing three people."
    asked = record_calls(monkeypatch, triggers, "background_spans")
    triggers.sentence_triggers.cache_clear()
    triggers.all_triggers.cache_clear()
    incident = first_incident(text, "2024-05-06")
    assert incident.location == "Lyon"
    sentences = {s.text for s in split_sentences(text)}
    assert [t for t in asked if t not in sentences] == []  # (no window of words before the place)


@pytest.mark.parametrize("words", [
    "soldiers opened fire on protesters near the",
    "following an earlier bombing, residents gathered in",
    "a quiet meeting of the council was held in",
    "militnats ambushed a convoy outside",  # a misspelt trigger word
])
def test_a_window_holds_a_trigger_as_its_sentence_triggers_say(words):
    """Guards behaviour that must not change: the answer is the truth of
    ``sentence_triggers`` (this test passes on the code before the change, but for the
    function's name)."""
    assert _holds_trigger(words) == bool(triggers.sentence_triggers(words))


def test_a_sentence_naming_no_place_is_not_read_for_background_clauses(monkeypatch):
    from geo.incidents import locations
    asked = record_calls(monkeypatch, locations, "background_spans")
    text = "Gunmen shot dead two night guards in Lyon on Monday. The attackers escaped on foot across the fields."
    assert first_incident(text, "2024-05-06").location == "Lyon"
    assert "The attackers escaped on foot across the fields." not in asked
