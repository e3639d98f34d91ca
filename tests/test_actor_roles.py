"""Who did it when the report does not say: state forces that only answer or speak
("police said", "troops rushed to the scene", "according to the army") are not the
perpetrator of an unclaimed killing or blast — ACLED's unidentified armed group is;
forces that act keep actor1. Sentences are our own."""

import pytest

from geo.incidents import extract_incidents_from_text


def main(text: str):
    return extract_incidents_from_text(text, "2022-02-14")[0]


@pytest.mark.parametrize("text", [
    "A shopkeeper was shot dead at his kiosk on Friday night; police said they were investigating.",
    "A bomb went off near a busy market and police rushed to the scene. Two people died.",
    "Two farmers were hacked to death in their field, according to the army, which has opened an inquiry.",
])
def test_forces_that_only_answer_are_not_the_perpetrator(text):
    assert main(text).actor1.startswith("Unidentified Armed Group")


@pytest.mark.parametrize("text", [
    "Police shot dead two robbery suspects on Friday night.",
    "A hawker was shot dead by police on Friday night.",
    "Soldiers beat three traders to death at a roadblock, a witness said.",
])
def test_forces_that_act_stay_the_perpetrator(text):
    assert main(text).actor1.startswith(("Police Forces", "Military Forces"))
