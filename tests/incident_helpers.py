"""What the incident tests share: a report's main incident, and actor names compared as
``geo eval acled`` compares them."""

from geo.evaluation.acled import actor_key
from geo.incidents import extract_incidents_from_text


def first_incident(text, published=None, gazetteer=None):
    """The report's main incident (the first); the test fails when it yields none."""
    incidents = extract_incidents_from_text(text, published=published, gazetteer=gazetteer)
    assert incidents, text
    return incidents[0]


def same_actor(got, want):
    """Whether two actor names are one (no case, no period in brackets)."""
    return actor_key(got) == actor_key(want)
