"""Unnamed sides of identity violence named ACLED's way. Cattle raiding and rustling are
fought between pastoral peoples: their unnamed raiders are an "Unidentified Ethnic
Militia", while gunmen with no such word stay an unidentified armed group. Sentences are
our own; places and peoples in them are invented."""

import pytest

from geo.incidents import extract_incidents_from_text


def main(text: str):
    return extract_incidents_from_text(text, "2021-05-03")[0]


@pytest.mark.parametrize("text", [
    "Cattle raiders shot dead two herdsmen and drove off some 300 cows at dawn on Sunday.",
    "Three villagers were killed when livestock rustlers struck a remote settlement overnight.",
    "A herder was shot dead by raiders who made off with his goats near a dry riverbed.",
])
def test_raiders_of_herds_are_an_ethnic_militia(text):
    assert main(text).actor1.startswith("Unidentified Ethnic Militia")


@pytest.mark.parametrize("text", [
    "Gunmen shot dead two shopkeepers at dawn on Sunday.",
    "Three villagers were killed when unknown attackers struck a remote settlement overnight.",
    "A teacher was stabbed to death by assailants on his way home.",
])
def test_gunmen_without_a_herd_stay_an_armed_group(text):
    assert main(text).actor1.startswith("Unidentified Armed Group")
