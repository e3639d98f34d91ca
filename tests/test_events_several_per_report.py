"""Several events in one report (issue 13): ACLED codes one event per place and day, so a
sentence that says it tells of another event ("Separately, …", "In another incident, …")
or opens with a place the first event sentence does not name ("In Batumi, …") starts an
incident of its own, on the main incident's day. Reports written for these tests."""

from datetime import date

import pytest

from geo.incidents.events import classify_event
from geo.incidents.segment import group_sentences
from geo.incidents.sentences import split_sentences
from geo.taxonomy import PROTESTS


def _drafts(text: str) -> list[list[str]]:
    drafts, _ = group_sentences(split_sentences(text), date(2024, 5, 13))
    return [[s.text for s in d.sentences] for d in drafts]


@pytest.mark.parametrize("text, second", [
    ("Al-Shabaab militants attacked a military base in Beledweyne on Friday, killing four soldiers. "
     "Separately, a roadside bomb killed two civilians in Afgoye.", "Separately"),
    ("Gunmen shot dead a trader in Maiduguri on Monday. In another incident, bandits abducted six travellers near Gusau.",
     "In another incident"),
    ("Thousands of people demonstrated in Tbilisi on Sunday against the bill. In Batumi, hundreds rallied outside the city hall.",
     "In Batumi"),
    ("Russian drones struck Kharkiv overnight, wounding three. Elsewhere in the region, shelling damaged a school in Kupiansk.",
     "Elsewhere"),
])
def test_a_sentence_telling_of_another_event_is_an_incident_of_its_own(text, second):
    drafts = _drafts(text)
    assert len(drafts) == 2
    assert drafts[1][0].startswith(second)


@pytest.mark.parametrize("text", [
    # the same place again, or a word that is no place
    "Protesters rallied in Tbilisi on Sunday. In Tbilisi, police later detained five of them.",
    "Gunmen attacked a police post in Kulgam on Monday. In response, troops cordoned off the area.",
    "Soldiers clashed with militants near Bannu on Friday. In total, six fighters were killed.",
])
def test_a_follow_up_of_the_same_event_stays_with_it(text):
    assert len(_drafts(text)) == 1


def test_what_happened_in_another_city_does_not_type_the_first_protest():
    text = ("Thousands of people demonstrated in Tbilisi on Sunday against the bill. "
            "In Kutaisi, police detained five protesters.")
    first, second = _drafts(text)
    assert classify_event(" ".join(first)) == (PROTESTS, "Peaceful protest")
    assert classify_event(" ".join(second)) == (PROTESTS, "Protest with intervention")


@pytest.mark.parametrize("text", [
    "Supporters of the opposition protested in Lahore against the arrest of their leader.",
    "Lawyers demonstrated in Karachi over the detention of a colleague.",
    "Hundreds marched in Kolkata to condemn the arrest of three activists.",
])
def test_an_arrest_the_crowd_protests_is_no_intervention(text):
    assert classify_event(text) == (PROTESTS, "Peaceful protest")


def test_an_arrest_of_the_protesters_is_an_intervention():
    assert classify_event("Workers rallied in Lima against the arrest of their leader; police arrested 20 of them.") == (
        PROTESTS, "Protest with intervention")
