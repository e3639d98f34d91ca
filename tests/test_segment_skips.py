"""A sentence with no event that follows none is left out of every incident without being
read for statistics or other years (most of a long article's sentences)."""

from datetime import date

from geo.incidents import segment
from geo.incidents.model import Sentence


def _sentences(*texts):
    out, at = [], 0
    for t in texts:
        out.append(Sentence(at, at + len(t), t))
        at += len(t) + 1
    return out


def test_an_eventless_sentence_after_no_event_is_not_read_for_statistics(monkeypatch):
    asked = []
    real = segment.is_statistic
    monkeypatch.setattr(segment, "is_statistic", lambda text: asked.append(text) or real(text))
    texts = ("The city council met to discuss the budget for parks.",
             "Armed men opened fire on a police post in Lagos on Monday.",
             "The weather was mild.")
    drafts, main = segment.group_sentences(_sentences(*texts), date(2020, 5, 6))
    assert texts[0] not in asked  # no event before it, none in it: not read
    assert texts[1] in asked and texts[2] in asked  # an event, and the sentence after one
    assert [s.text for s in main.sentences][0] == texts[1]
