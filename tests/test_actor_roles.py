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


# The group a report holds responsible is actor1, not an unidentified one (ACLED codes
# suspected and claiming perpetrators). Sentences are our own.
@pytest.mark.parametrize("text, group", [
    ("Gunmen shot dead a village chief near Maiduguri; the attackers were believed to be members of Boko Haram.",
     "Boko Haram"),
    ("Unknown gunmen killed two traders at a market in Mopti, in an attack blamed on JNIM.", "JNIM"),
    ("Armed men suspected to be linked to Al Shabaab abducted three teachers near Mandera.", "Al Shabaab"),
])
def test_the_group_held_responsible_is_the_perpetrator(text, group):
    assert main(text).actor1.startswith(group)


@pytest.mark.parametrize("text", [
    "Gunmen killed two traders at a market in Mopti. JNIM denied any role in the attack.",
    "A trader thought to be a fighter of Boko Haram was shot dead by gunmen near Maiduguri.",
    "Gunmen shot dead two shopkeepers in Mandera; police said they had no suspects.",
])
def test_a_group_named_otherwise_leaves_the_gunmen_unidentified(text):
    assert main(text).actor1.startswith("Unidentified Armed Group")


# A state's weapon named after the state strikes for its military, and the civilians hit
# are never the perpetrator. Sentences are our own.
@pytest.mark.parametrize("text, force", [
    ("A Russian missile slammed into an apartment block in Kharkiv before dawn, killing four residents.",
     "Military Forces of Russia"),
    ("An Israeli missile hit a car in southern Lebanon on Tuesday, killing two men.", "Military Forces of Israel"),
    ("A Saudi missile destroyed a market stall in Saada, wounding six shoppers.", "Military Forces of Saudi Arabia"),
])
def test_a_missile_named_after_a_state_is_its_military(text, force):
    incident = main(text)
    assert incident.actor1.startswith(force)
    assert not incident.actor1.startswith("Civilians")


# A group named only by its ties ("an al-Qaeda-linked group") is an unidentified armed
# group that acts, not the group it is tied to, and not the forces it attacked.
@pytest.mark.parametrize("text", [
    "An al-Qaeda-linked group attacked a gendarmerie post near the border, killing two gendarmes.",
    "Islamic State-affiliated fighters stormed an army outpost at dawn and killed three soldiers.",
    "Dozens of al-Shabaab-aligned militants overran a police station overnight, killing one officer.",
])
def test_a_group_named_by_its_ties_is_unidentified(text):
    assert main(text).actor1.startswith("Unidentified Armed Group")


# Civilians are named by their own country when the report gives it ("a Ruritanian
# village"), whoever attacked them. Sentences are our own.
@pytest.mark.parametrize("text, victims", [
    ("Raiders from across the border attacked a Kenyan village near Lokichoggio, killing two herders.",
     "Civilians (Kenya)"),
    ("Kenyan police shot dead two Somali traders at a checkpoint outside Garissa.", "Civilians (Somalia)"),
    ("Gunmen killed three Chinese workers at a gold mine in western Mali.", "Civilians (China)"),
])
def test_civilians_take_the_country_of_their_demonym(text, victims):
    assert main(text).actor2 == victims


def test_civilians_without_a_demonym_take_the_incident_country():
    assert main("Gunmen killed three workers at a gold mine near Kayes in western Mali.").actor2 == "Civilians (Mali)"
