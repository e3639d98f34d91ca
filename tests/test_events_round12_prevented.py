"""Event type, round 12: two readings of what did NOT happen.

- An explosive device told first and what was done to it later in the sentence ("a bomb
  planted under the bridge was defused", "before it could go off"): its use was
  disrupted (ACLED's codebook: disrupted weapons use, a strategic development).
- An act others kept from happening ("barred the officials from entering the village"):
  the verb after "from" is an intent, so its trigger makes no event.

Sentences are our own, about places the tune files never show."""

import pytest

from geo.incidents.events import classify_event
from geo.incidents.event_prevented import prevented_spans

DISRUPTED = ("Strategic developments", "Disrupted weapons use")


@pytest.mark.parametrize("text", [
    "Suspected militants planted an explosive device that was defused by the army near Mopti.",
    "A bomb hidden in a cart at the cattle market in Baidoa was defused by police on Monday.",
    "Two landmines buried on the road to Mogok were disarmed by army engineers.",
    "A mortar bomb lodged in the roof of a school in Aleppo was deactivated by civil defence workers.",
])
def test_device_defused_later_in_the_sentence_is_disrupted(text):
    assert classify_event(text) == DISRUPTED


@pytest.mark.parametrize("text", [
    "Soldiers shot a woman at a checkpoint in Maiduguri before she could detonate her explosive vest.",
    "Guards tackled a man carrying a grenade at the gate of a mosque in Peshawar before it could explode.",
    "Police overpowered a man wearing a suicide belt outside a stadium in Kabul before he could blow himself up.",
])
def test_weapon_stopped_before_it_went_off_is_disrupted(text):
    assert classify_event(text) == DISRUPTED


@pytest.mark.parametrize("text", [
    "A bomb planted near the bus station in Quetta went off before police could defuse it, killing three.",
    "A roadside bomb exploded under a minibus near Kandahar, killing four passengers.",
    "An explosive device planted by insurgents killed two soldiers on patrol near Gao.",
])
def test_device_that_went_off_stays_an_explosion(text):
    assert classify_event(text)[0] == "Explosions/Remote violence"


@pytest.mark.parametrize("text", [
    "Residents blocked the governor's convoy from entering the village in Sindh.",
    "Soldiers prevented the rebels from entering the town of Kalehe.",
    "Youths barred health workers from entering a village near Kano, accusing them of spreading disease.",
])
def test_entry_prevented_is_no_transfer_of_territory(text):
    assert classify_event(text) != ("Strategic developments", "Non-violent transfer of territory")


@pytest.mark.parametrize("text", [
    "Soldiers stopped a crowd from looting a warehouse in Port-au-Prince.",
    "Police prevented the gang from torching the shop in Medellin.",
    "Traders stopped council officials from demolishing their stalls in Lusaka.",
])
def test_prevented_act_makes_no_event(text):
    assert classify_event(text) is None


@pytest.mark.parametrize("text, inside", [
    ("Police prevented the gang from torching the shop in Medellin.", "torching the shop in Medellin"),
    ("The fighters were stopped from crossing the river by the army.", "crossing the river by the army"),
    ("Traders kept inspectors from closing the market, chanting slogans.", "closing the market"),
])
def test_prevented_span_is_the_act_after_from(text, inside):
    spans = prevented_spans(text)
    assert [text[a:b] for a, b in spans] == ["from " + inside]


@pytest.mark.parametrize("text", [
    "Gunmen stopped a bus from Kunming and robbed the passengers.",
    "Soldiers came from Goma and fired on the crowd.",
    "Militants from the Sahel attacked a police post in Kaya, killing two officers.",
])
def test_from_a_place_is_no_prevented_act(text):
    assert prevented_spans(text) == []


@pytest.mark.parametrize("text", [
    "Police barred hundreds of people from attending an opposition rally in Harare.",
    "Soldiers stopped the students from marching to the parliament in Yangon.",
    "Gendarmes prevented the teachers from holding a sit-in outside the ministry in Niamey.",
])
def test_demonstration_prevented_is_still_a_protest(text):
    assert classify_event(text)[0] == "Protests"
