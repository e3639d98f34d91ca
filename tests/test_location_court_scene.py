"""A court one protests at, outside or storms is the scene of the event, as an embassy is
("outside the court in Oldtown"); a court that rules ("a court in Oldtown sentenced …")
stays a mere seat. Sentences are the team's own."""

import pytest

from incident_helpers import first_incident


@pytest.mark.parametrize("text, location", [
    ("Police dispersed protesters outside the court in Nairobi.", "Nairobi"),
    ("Lawyers staged a sit-in at the high court in Lagos on Monday.", "Lagos"),
    ("Supporters of the jailed activist stormed the magistrate's court in Harare.", "Harare"),
])
def test_a_court_protested_at_is_the_scene(text, location):
    assert first_incident(text, "2024-05-02").location == location


def test_a_court_that_rules_stays_a_seat():
    """Guards behaviour that must not change: the court's seat is not where the riots were."""
    inc = first_incident("A court in Lusaka sentenced two men over the riots in Ndola.", "2024-05-02")
    assert inc.location == "Ndola"
