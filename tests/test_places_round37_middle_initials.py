"""Place recognition, round 37: a name followed by a middle initial and a surname
("Marlow J. Benton") is a person's, whatever else its first word names: English writes
people so, never places. Every sentence is written for these tests.
"""

import pytest

from geo.places import parse_places


def found(text):
    return {m.text: (m.place.country_code if m.place else None) for m in parse_places(text)}


@pytest.mark.parametrize("text, word", [
    ("The grant was signed by Marlow J. Benton on Tuesday.", "Marlow"),
    ("Two passengers, Savannah R. Lane and her son, were unhurt.", "Savannah"),
    ("The new principal, Brighton M. Ward, starts in the autumn.", "Brighton"),
    ("The award went to Lisbon D. Carter of the parish council.", "Lisbon"),
])
def test_a_name_before_a_middle_initial_and_a_surname_is_a_person(text, word):
    assert word not in found(text)


@pytest.mark.parametrize("text, name", [
    # (guards: these pass with and without the rule) a place before a letter that ends
    # a sentence or a name, and a place inside an office before the person's name
    ("Supplies reached Camp B. Police said the road was clear.", "Camp B"),
    ("He lives in Washington, D. C. and works there.", "Washington"),
    ("Flights resumed at John F. Kennedy International Airport.", "John F. Kennedy International Airport"),
    ("Toledo Circuit Judge Ann B. Lee ruled on Monday.", "Toledo"),
])
def test_places_beside_initials_stay_places(text, name):
    """Guards behaviour that must not change (passes before and after)."""
    assert name in found(text)
