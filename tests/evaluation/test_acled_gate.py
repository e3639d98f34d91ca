"""Gate: incidents from ACLED's own event notes (500 events, Africa, June-July 2016,
older schema), read from ../shared at test time (never copied into the repo).

Each event's ``notes`` go through the batch interface's extract handler with the event
date standing in for the publication date; the first (main) incident is compared with
the coded event (geo.evaluation.evaluate_incidents): location within 25 km >= 0.75,
event type (older types mapped to today's) >= 0.70, fatalities exactly right >= 0.85.
The location threshold is not met yet: that test is a strict expected failure, next to
a floor that keeps today's figure from sliding.

Issue 13 adds the second check file, Benin 2009-2022 (current schema), and its targets:
event type >= 0.85 on both files, fatalities >= 0.92 on rows without the coder's own
remarks, actor1 >= 0.65. Those not met yet are strict expected failures next to floors at
today's figures; those met are gates.
"""

import re

import pytest

from geo.evaluation import evaluate_incidents, load_acled

pytestmark = pytest.mark.evaluation

ACLED = "data/eval/acled_2016_africa_sample.csv"
BENIN = "data/eval/acled_benin_2009_2022.csv"
# "Fatalities coded as 0 (the source reported 3)": the coder's remark, not text evidence.
_REMARK = re.compile(r"\bcoded\b|\bunknown fatalit|\bfatalit\w*\s+(?:unknown|estimated|not known)", re.I)


@pytest.fixture(scope="module")
def scores(shared_file):
    rows = load_acled(shared_file(ACLED))
    assert len(rows) >= 450, f"the ACLED sample looks truncated: {len(rows)} events"
    return evaluate_incidents(rows)


def _report(scores):
    # Figures only: these are check files, whose individual errors nobody reads (protocol).
    return f"\n{scores.format()}"


@pytest.mark.xfail(
    strict=True,
    reason="issue 4, open: 0.492 measured. Half the coded locations are villages missing from "
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


def test_africa_event_type_accuracy_at_least_0_85(scores):
    accuracy = scores.type_accuracy
    assert accuracy >= 0.85, f"type accuracy {accuracy:.3f} < 0.85{_report(scores)}"


@pytest.fixture(scope="module")
def benin(shared_file):
    rows = load_acled(shared_file(BENIN))
    assert len(rows) >= 750, f"the Benin file looks truncated: {len(rows)} events"
    return evaluate_incidents(rows)


def _without_remarks(scores) -> float:
    cases = [c for c in scores.cases if not _REMARK.search(c.row.notes)]
    return sum(c.fatalities_ok for c in cases) / len(cases)


def test_benin_event_type_does_not_fall_below_0_80(benin):
    """Issue 13 measured 0.815 (from 0.641); a floor, not the target."""
    assert benin.type_accuracy >= 0.80, f"type accuracy {benin.type_accuracy:.3f} < 0.80{_report(benin)}"


@pytest.mark.xfail(strict=True, reason="issue 13, open: 0.815 measured; riots read as attacks or clashes and "
                   "strategic developments without a trigger remain.")
def test_benin_event_type_at_least_0_85(benin):
    assert benin.type_accuracy >= 0.85, f"type accuracy {benin.type_accuracy:.3f} < 0.85{_report(benin)}"


def test_benin_fatalities_without_remarks_do_not_fall_below_0_90(benin):
    """Issue 13 measured 0.944 (from 0.895); a floor, not the target."""
    exact = _without_remarks(benin)
    assert exact >= 0.90, f"fatalities exact (no remarks) {exact:.3f} < 0.90{_report(benin)}"


def test_benin_fatalities_without_remarks_at_least_0_92(benin):
    """Issue 13's target, met on Benin at 0.93 (deaths written "shot X to death", "burned
    alive", "one death", victims named by their role; no deaths from road accidents, none
    for a peaceful protest)."""
    exact = _without_remarks(benin)
    assert exact >= 0.92, f"fatalities exact (no remarks) {exact:.3f} < 0.92{_report(benin)}"


@pytest.mark.xfail(strict=True, reason="issue 13, open: 0.901 on the Africa sample measured (Benin's is met above).")
def test_africa_fatalities_without_remarks_at_least_0_92(scores):
    exact = _without_remarks(scores)
    assert exact >= 0.92, f"fatalities exact (no remarks) {exact:.3f} < 0.92{_report(scores)}"


def test_actor1_does_not_fall_below_today(scores, benin):
    """0.440 on the Africa sample and 0.619 on Benin measured (Benin from 0.570 once actors took
    ACLED's own spellings of group names; Africa 0.450 before the round-6 actor rules, which
    moved 5 of its 500 events away while raising the actor pair on both check files);
    floors, not the target, with a margin of noise as the other floors have."""
    assert scores.actor1_accuracy >= 0.43, f"actor1 {scores.actor1_accuracy:.3f} < 0.43{_report(scores)}"
    assert benin.actor1_accuracy >= 0.60, f"actor1 {benin.actor1_accuracy:.3f} < 0.60{_report(benin)}"


@pytest.mark.xfail(strict=True, reason="issue 13, open: actor1 0.440 (Africa) and 0.619 (Benin) measured; incidents "
                   "without a place name no country for their actors, riots read as attacks name the wrong side.")
def test_actor1_at_least_0_65_on_both_check_files(scores, benin):
    for s in (scores, benin):
        assert s.actor1_accuracy >= 0.65, f"actor1 {s.actor1_accuracy:.3f} < 0.65{_report(s)}"


def test_actor1_with_the_source_country_does_not_fall_below_today(shared_file):
    """Each note given its event's country as the record's ``country`` (what a user reading
    one country's press knows; ``geo eval acled --country-hint``): 0.558 on the Africa
    sample (0.568 before the round-6 actor rules) and 0.673 on Benin measured; floors, not the target."""
    for path, floor in ((ACLED, 0.54), (BENIN, 0.60)):
        hinted = evaluate_incidents(load_acled(shared_file(path)), country_hint=True)
        assert hinted.actor1_accuracy >= floor, f"actor1 {hinted.actor1_accuracy:.3f} < {floor}{_report(hinted)}"
