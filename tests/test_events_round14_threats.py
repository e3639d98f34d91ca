"""Violence threatened, vowed or planned ("threatened to lynch the driver", "vowed to attack
schools") is no act: ACLED records events that happened, not threats or intentions. Near
misses: an attempt is an act, and a threat told beside an act keeps the act. Sentences
are the team's own."""

import pytest

from geo.incidents.events import classify_event
from geo.taxonomy import RIOTS, VAC


@pytest.mark.parametrize("text, not_kind", [
    ("Angry traders threatened to burn the tax office in Tabora.", RIOTS),
    ("Militants vowed to attack any school that stays open in Katsina.", VAC),
    ("Residents threatened to lynch the driver after the crash in Mbarara.", RIOTS),
])
def test_violence_threatened_or_vowed_is_no_act(text, not_kind):
    kind = classify_event(text)
    assert kind is None or kind[0] != not_kind


@pytest.mark.parametrize("text", [
    "Gunmen attempted to kill a councillor in Damaturu but he escaped.",
    "Gunmen who had threatened to attack the village shot dead two farmers in Zamfara.",
])
def test_near_miss_attempts_and_acts_beside_threats_stay_attacks(text):
    assert classify_event(text)[0] == VAC
