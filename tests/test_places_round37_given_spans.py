"""Resolving given spans (``parse --gold-spans``), round 37: a span the finder also reads
as a name keeps the finder's reading (its candidates, as a town's name in capitals in a
dateline narrows them, and its kind), so that it resolves as the same name found in the
text would. Every sentence is written for these tests.
"""

import pytest

from geo.places import parse_places, resolve_spans


def _places(mentions):
    return [(m.start, m.end, m.place.country_code, m.place.latitude, m.place.longitude) if m.place
            else (m.start, m.end, None, None, None) for m in mentions]


@pytest.mark.parametrize("text", [
    "Bristol council to approve new budget. BRISTOL — The City Council will vote today on a loan.",
    "Crews from Manchester and nearby towns fought the blaze. MANCHESTER (AP) — A warehouse burned.",
    "Newport council to approve new budget. NEWPORT — The City Council will vote today on a loan.",
])
def test_a_given_span_resolves_as_the_same_name_found(text):
    found = parse_places(text)
    assert found
    given = resolve_spans(text, [(m.start, m.end) for m in found])
    assert _places(given) == _places(found)


def test_a_span_the_finder_reads_as_no_name_is_still_resolved():
    """Guards behaviour that must not change (passes before and after): a given span the
    finder does not read as a place is still resolved from its own words."""
    text = "Volunteers repainted the old Kenya Road bus shelter."
    start = text.index("Kenya")
    given = resolve_spans(text, [(start, start + len("Kenya"))])
    assert given[0].place is not None and given[0].place.country_code == "KE"
