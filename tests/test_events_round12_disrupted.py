"""Event type, round 12: an explosive device told first and what was done to it later in
the sentence ("a bomb planted under the bridge was defused", "before it could go off"):
its use was disrupted (ACLED's codebook: disrupted weapons use, a strategic development).

Sentences are our own, about places the tune files never show."""

import pytest

from geo.incidents.events import classify_event

DISRUPTED = ("Strategic developments", "Disrupted weapons use")


@pytest.mark.parametrize("text", [
    "Suspected militants planted an explosive device that was defused by the army near Segou.",
    "A bomb hidden in a cart at the cattle market in Bosaso was defused by police on Monday.",
    "Two landmines buried on the road to Mogok were disarmed by army engineers.",
    "A mortar bomb lodged in the roof of a school in Aleppo was deactivated by civil defence workers.",
])
def test_device_defused_later_in_the_sentence_is_disrupted(text):
    assert classify_event(text) == DISRUPTED


@pytest.mark.parametrize("text", [
    "Soldiers shot a woman at a checkpoint in Monguno before she could detonate her explosive vest.",
    "Guards tackled a man carrying a grenade at the gate of a mosque in Peshawar before it could explode.",
    "Police overpowered a man wearing a suicide belt outside a stadium in Kabul before he could blow himself up.",
])
def test_weapon_stopped_before_it_went_off_is_disrupted(text):
    assert classify_event(text) == DISRUPTED


@pytest.mark.parametrize("text", [
    "A bomb planted near the bus station in Sukkur went off before police could defuse it, killing three.",
    "A roadside bomb exploded under a minibus near Kandahar, killing four passengers.",
    "An explosive device planted by insurgents killed two soldiers on patrol near Gao.",
])
def test_device_that_went_off_stays_an_explosion(text):
    assert classify_event(text)[0] == "Explosions/Remote violence"
