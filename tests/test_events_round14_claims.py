"""What a demonstrating crowd claims others did ("…, claiming that the ruling party's youths
burned their office") is the others' act, the reason it gathered, not its own conduct
(ACLED's codebook types a demonstration by what its members did). Near miss: the crowd's
own burning told in its own clause keeps the riot. Sentences are the team's own."""

import pytest

from geo.incidents.events import classify_event
from geo.taxonomy import PROTESTS, RIOTS


@pytest.mark.parametrize("text", [
    "Opposition supporters marched in Lusaka, claiming that ruling party youths had torched their office.",
    "Students held a rally in Zaria, alleging that rival groups were rioting on campus every night.",
    "Traders protested in Mzuzu, claiming that council guards looted their stalls and smashed their scales.",
])
def test_what_a_crowd_claims_others_did_is_not_its_conduct(text):
    assert classify_event(text)[0] == PROTESTS


def test_near_miss_the_crowds_own_burning_stays_a_riot():
    text = "Traders protested in Mzuzu and burned tyres, claiming that council guards looted their stalls."
    assert classify_event(text)[0] == RIOTS
