"""Trigger words misspelt in a note: a letter left out, one too many, or two swapped. A
sentence in which no trigger matched is read again with such words spelled right, so the
report still yields its event; short real words and words a slip away from other real
words ("stored", "braided") are never taken for triggers. Sentences (and slips) written
for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text, event_type", [
    ("On 5 May 2023, nurses protetsed outside the health ministry in Chipata.", "Protests"),
    ("On 5 May 2023, students demonstarted against a rise in fees in Yaounde.", "Protests"),
    ("On 5 May 2023, soldiers asaulted two journalists at a checkpoint in Torit.", "Violence against civilians"),
    ("On 5 May 2023, militants ambusshed an army patrol near Tillaberi.", "Battles"),
])
def test_a_misspelt_trigger_word_still_makes_the_event(text, event_type):
    assert classify_event(text)[0] == event_type


@pytest.mark.parametrize("text", [
    "On 5 May 2023, the shipment was stored at the port of Tema.",
    "On 5 May 2023, she braided her daughter's hair before school in Sunyani.",
    "On 5 May 2023, the minister visited a new clinic in Mzuzu.",
])
def test_real_words_are_not_respelled_into_triggers(text):
    assert classify_event(text) is None


def test_the_respelled_trigger_keeps_the_offsets_of_the_words_as_written():
    from geo.incidents.triggers import sentence_triggers
    sentence = "In Uvira, traders protetsed, then left."
    (trigger,) = sentence_triggers(sentence)
    assert sentence[trigger.start : trigger.end] == "protetsed"


def test_the_table_of_slips_answers_as_the_word_by_word_rule():
    """The slips are tabulated once for speed; every slip of every trigger word (and a few
    real words) must get the answer the rule gives word by word."""
    from geo.incidents.event_spelling import _right_spelling, _right_spelling_of, _vocabulary

    vocab, _dropped = _vocabulary()
    words = {"stormed", "braided", "ministry", "shipment"} | set(vocab)
    for right in vocab:
        for i in range(len(right)):
            words.add(right[:i] + right[i + 1 :])  # a letter left out
            words.add(right[:i] + "x" + right[i:])  # one too many
            if i < len(right) - 1:
                words.add(right[:i] + right[i + 1] + right[i] + right[i + 2 :])  # two swapped
    words = {w for w in words if len(w) >= 7}  # (shorter words are never asked)
    assert any(_right_spelling(w) for w in words)
    assert [w for w in words if _right_spelling(w) != _right_spelling_of(w)] == []
