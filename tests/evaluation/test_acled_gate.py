"""Gate: incidents from ACLED's own event notes (500 events, Africa, June-July 2016,
older schema), read from ../shared at test time (never copied into the repo).

Each event's ``notes`` go through the batch interface's extract handler with the event
date standing in for the publication date; the first (main) incident is compared with
the coded event (geo.evaluation.evaluate_incidents): location within 25 km >= 0.75,
event type (older types mapped to today's) >= 0.70, fatalities exactly right >= 0.85.
The location threshold is not met yet: that test is a strict expected failure, next to
a floor that keeps today's figure from sliding.
"""

import pytest

from geo.evaluation import evaluate_incidents, load_acled

pytestmark = pytest.mark.evaluation

ACLED = "data/eval/acled_2016_africa_sample.csv"


@pytest.fixture(scope="module")
def scores(shared_file):
    rows = load_acled(shared_file(ACLED))
    assert len(rows) >= 450, f"the ACLED sample looks truncated: {len(rows)} events"
    return evaluate_incidents(rows)


def _report(scores):
    return f"\n{scores.format()}\n{scores.format_cases(3)}"


@pytest.mark.xfail(
    strict=True,
    reason="issue 4, open: 0.488 measured. Half the coded locations are villages missing from "
    "GeoNames cities500 (our offline gazetteer); see the floor below. Strict: passing fails "
    "this marker, so it must then be removed.",
)
def test_location_within_25_km_at_least_0_75(scores):
    loc25 = scores.loc25
    assert loc25 >= 0.75, f"loc@25 {loc25:.3f} < 0.75{_report(scores)}"


def test_location_within_25_km_does_not_fall_below_0_45(scores):
    """What the offline gazetteer reaches today; a regression guard, not the target."""
    loc25 = scores.loc25
    assert loc25 >= 0.45, f"loc@25 {loc25:.3f} < 0.45{_report(scores)}"


def test_event_type_accuracy_at_least_0_70(scores):
    accuracy = scores.type_accuracy
    assert accuracy >= 0.70, f"type accuracy {accuracy:.3f} < 0.70{_report(scores)}"


def test_fatalities_exact_at_least_0_85(scores):
    exact = scores.fatalities_exact
    assert exact >= 0.85, f"fatalities exact {exact:.3f} < 0.85{_report(scores)}"
