"""Round three of the actor rules: what a careful reader knows of a report's country
when it names no place the gazetteer holds — a country's own institutions, units and
vehicles for hire (``country_clues.toml``), more heads of state and rivals
(``homelands.toml``). Sentences are our own."""

import tomllib
from collections import Counter
from importlib.resources import files

import pytest

from geo.incidents import extract_incidents_from_text
from geo.incidents.actor_country import clue_country


def main(text: str):
    return extract_incidents_from_text(text, "2021-06-07")[0]


# A country's own institutions name its unnamed actors; they never place the incident.
@pytest.mark.parametrize("text, actor1", [
    ("Matatu drivers blocked the highway with burning tyres after a colleague was beaten.", "Rioters (Kenya)"),
    ("A kebele administrator was shot dead by unknown gunmen on his way home.", "Unidentified Armed Group (Ethiopia)"),
    ("Gunmen abducted two barangay officials on their way to the market.", "Unidentified Armed Group (Philippines)"),
    ("Zemidjan drivers blocked the main road to protest a new tax.", "Protesters (Benin)"),
    ("Youths beat a shopkeeper with sticks outside the upazila office over a debt of 2,000 taka.", "Rioters (Bangladesh)"),
])
def test_a_countrys_own_institutions_give_the_country_of_unnamed_actors(text, actor1):
    inc = main(text)
    assert inc.actor1 == actor1
    assert inc.country == ""  # a clue names actors, it does not place the incident


@pytest.mark.parametrize("text, iso", [
    ("The upazila chairman said three were hurt.", "BD"),
    ("Two MCAs were arrested at the assembly.", "KE"),
    ("Officials of the woreda met the elders.", "ET"),
    ("A hromada head was detained.", "UA"),
])
def test_clue_words_and_their_country(text, iso):
    assert clue_country(text) == iso


@pytest.mark.parametrize("text", [
    "Rangers shot a poacher near the park gate.",  # rangers serve in many countries
    "Traders met at the taxi rank to discuss the new levy.",
    "Mr Tkachenko and a mca of the club spoke.",  # inside another word; an acronym in the wrong case
    "A crowd blocked the bridge for an hour.",
])
def test_words_many_countries_share_tell_no_country(text):
    assert clue_country(text) == ""


def test_unnamed_actors_keep_no_country_without_a_clue():
    assert main("Unknown gunmen killed two farmers and stole their goats.").actor1 == "Unidentified Armed Group"


# Heads of state and leading rivals further afield give their country the same way.
@pytest.mark.parametrize("text, actor1", [
    ("Supporters of Raila clashed with police outside the stadium, leaving four injured.", "Rioters (Kenya)"),
    ("Crowds burned tyres after Bukele announced new arrests.", "Rioters (El Salvador)"),
    ("Traders marched against the levy announced by Zelensky's government.", "Protesters (Ukraine)"),
])
def test_more_leaders_give_the_country_of_unnamed_actors(text, actor1):
    assert main(text).actor1 == actor1


def test_each_clue_word_belongs_to_one_country():
    data = tomllib.loads((files("geo") / "data" / "lexicons" / "country_clues.toml").read_text("utf-8"))
    counts = Counter(word.casefold() for words in data["words"].values() for word in {w.casefold() for w in words})
    assert [w for w, k in counts.items() if k > 1] == []
    assert all(len(iso) == 2 and iso.isupper() for iso in data["words"])


# A state force hit by a bomb is the second actor; whoever planted or threw it, unnamed,
# the first (ACLED's codebook: the perpetrator acts).
@pytest.mark.parametrize("text, actor1, actor2", [
    ("A roadside bomb struck an army truck outside Garissa, killing two soldiers.",
     "Unidentified Armed Group (Kenya)", "Military Forces of Kenya"),
    ("Three policemen were wounded when their patrol car ran over a landmine near Maiduguri.",
     "Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria"),
    ("A grenade was thrown at a police post in Mombasa; two officers were hurt.",
     "Unidentified Armed Group (Kenya)", "Police Forces of Kenya"),
])
def test_forces_hit_by_a_bomb_are_the_second_actor(text, actor1, actor2):
    inc = main(text)
    assert (inc.actor1, inc.actor2) == (actor1, actor2)


def test_forces_that_fire_stay_the_first_actor():
    assert main("Soldiers shelled rebel positions outside Gao, killing six fighters.").actor1 == "Military Forces of Mali"


@pytest.mark.parametrize("text, hit", [
    ("a police constable was gunned down on night duty", True),
    ("gunmen ambushed a police patrol", True),
    ("the blast injured four soldiers", True),
    ("police shot two robbers", False),
    ("troops fired on the crowd", False),
])
def test_a_force_is_hit_or_acts(text, hit):
    from geo.incidents.force_roles import forces_only_hit

    assert forces_only_hit(text) is hit


# Police who step in on a protest are its second actor, even where it stayed peaceful;
# police the crowd only speaks of, or who stand by, are not.
@pytest.mark.parametrize("text", [
    "Nurses marched peacefully to the ministry in Nairobi; police blocked the road and turned them back.",
    "Teachers staged a sit-in outside the governor's office in Kisumu until they were dispersed by police.",
    "Pensioners gathered peacefully outside the treasury in Nakuru and police arrested four of them.",
])
def test_police_stepping_in_on_a_protest_are_the_second_actor(text):
    inc = main(text)
    assert inc.actor1 == "Protesters (Kenya)" and inc.actor2 == "Police Forces of Kenya"


@pytest.mark.parametrize("text", [
    "Residents of Nakuru marched peacefully to demand justice for a boy killed by police last month.",
    "Students protested in Kisumu against police brutality.",
    "Farmers held a peaceful march in Eldoret while police looked on from across the road.",
])
def test_police_only_spoken_of_are_no_actor_of_a_peaceful_protest(text):
    inc = main(text)
    assert inc.actor1 == "Protesters (Kenya)" and inc.actor2 == ""


# Forces that fight only abroad tell nothing of where an event happened: a report naming
# them and a state's soldiers is about the state's country, not their home's.
@pytest.mark.parametrize("text, actor2", [
    ("Wagner mercenaries and Malian soldiers killed twelve villagers near a well outside Moura on Sunday.", "Civilians (Mali)"),
    ("Barkhane troops and Nigerien soldiers killed nine militants in a raid near the border.", ""),
])
def test_a_force_abroad_does_not_give_its_home_country(text, actor2):
    inc = main(text)
    assert inc.country not in ("Russia", "France")
    if actor2:
        assert inc.actor2 == actor2


# A named armed group that attacks people acts as itself, even where the attack reads as a
# riot; its members or supporters rioting or demonstrating are a crowd.
@pytest.mark.parametrize("text, actor1", [
    ("Members of the G9 gang set fire to houses in Delmas, Haiti.", "G9 Family and Allies"),
    ("Mungiki members hacked a shopkeeper and torched two kiosks in Nairobi.", "Mungiki Militia"),
    ("Imbonerakure youths beat two traders and burned their stalls in Ngozi.", "Imbonerakure"),
])
def test_a_named_armed_group_that_attacks_is_the_first_actor(text, actor1):
    assert main(text).actor1 == actor1


@pytest.mark.parametrize("text", [
    "Mungiki members rioted in Nairobi, burning tyres and blocking roads.",
    "Supporters of the Mungiki sect threw stones at cars in Nairobi.",
])
def test_an_armed_groups_crowd_rioting_is_rioters(text):
    assert main(text).actor1 == "Rioters (Kenya)"


# The subject of a sentence does what its "after", "while" or "for" clause says it did,
# even when the sentence tells first what was done to it: "a constable was suspended after
# beating a hawker" — the constable beat. Policemen, constables and prison guards are the
# police.
@pytest.mark.parametrize("text, actor1", [
    ("A policeman was arrested after shooting dead a local trader in Nakuru.", "Police Forces of Kenya"),
    ("A constable was suspended after beating a hawker in Nakuru.", "Police Forces of Kenya"),
    ("Two inmates were wounded by a prison guard in Londiani on Tuesday.", "Police Forces of Kenya Prison Guards"),
])
def test_the_subject_does_what_its_gerund_clause_says(text, actor1):
    inc = main(text)
    assert inc.actor1 == actor1 and inc.actor2 == "Civilians (Kenya)"


def test_a_clause_with_its_own_subject_keeps_it():
    assert main("A trader was shot dead after gunmen stormed his shop in Nakuru.").actor1 == "Unidentified Armed Group (Kenya)"
