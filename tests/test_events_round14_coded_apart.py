"""ACLED's notes mark violence told beside the note's own event as "(coded separately)",
"(coded as a separate event)": the violence of that clause is another event's, not the
conduct of the crowd the note is about. Near misses: the crowd's own destruction told
outside the marked clause keeps the riot; a mark with no clause of its own marks nothing.
Sentences are the team's own."""

import pytest

from geo.incidents.events import classify_event
from geo.taxonomy import PROTESTS, RIOTS


@pytest.mark.parametrize("text", [
    "Teachers staged a sit-in in front of the ministry in Abuja, amid clashes between students and police (coded separately).",
    "Traders marched in Goma, following clashes between two gangs at the market the day before (coded separately).",
    "Lawyers held a rally in Harare in support of a strike, following clashes with police during an earlier march (coded as a separate event).",
])
def test_violence_marked_as_coded_apart_is_not_the_crowds(text):
    assert classify_event(text)[0] == PROTESTS


def test_near_miss_the_crowds_own_burning_stays_a_riot():
    text = "Students protested in Jos and burned tyres on the main road, amid clashes between two gangs (coded separately)."
    assert classify_event(text)[0] == RIOTS
