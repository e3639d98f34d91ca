"""Actors of reports from today's conflicts, named the way ACLED's codebook names them:
unnamed raiders as communal militias, both sides of a battle, a hired or foreign force
beside a state's army, groups of the actor dictionary by their current names. Sentences
are our own, written from general knowledge of those conflicts (wire style and the
coder's note style); none comes from an evaluation file."""

import pytest

from geo.evaluation.acled import actor_key
from geo.incidents import extract_incidents_from_text


def main(text: str, published: str = "2023-06-01"):
    return extract_incidents_from_text(text, published)[0]


# -- Raiders of herds and herders fighting farmers are local, communal militias in ACLED's
#    naming since 2015 (its older data called unnamed raiders an ethnic militia); violence
#    the report itself calls ethnic or tribal keeps the ethnic name.
@pytest.mark.parametrize("text", [
    "On 11 April 2024, cattle raiders attacked a cattle camp in Tonj North county (Warrap). 6 herders were killed.",
    "Livestock rustlers shot dead three herdsmen and drove off their camels near a well in the Sool region.",
    "Herders clashed with farmers over grazing land near Mopti on Saturday; three people were killed.",
])
def test_unnamed_raiders_are_a_communal_militia(text):
    assert main(text).actor1.startswith("Unidentified Communal Militia")


def test_the_older_naming_of_raiders_follows_the_event_date():
    text = "Cattle raiders attacked a cattle camp near Tonj and killed six herders."
    assert main(text, "2010-03-02").actor1.startswith("Unidentified Ethnic Militia")
    assert main(text, "2022-03-02").actor1.startswith("Unidentified Communal Militia")


def test_violence_called_tribal_keeps_the_ethnic_name():
    assert main("Tribal clashes over farmland near Kadugli left nine people dead.").actor1.startswith(
        "Unidentified Ethnic Militia")


# -- A battle is fought by two armed sides: a report naming one unnamed kind only ("two
#    clans", "gunmen exchanged fire") or one group fighting within itself gives ACLED's
#    same actor on both sides.
@pytest.mark.parametrize("text, side", [
    ("On 18 May 2023, two rival clans fought over a water point near Dhusamareb (Galguduud). 4 people were killed.",
     "Unidentified Clan Militia (Somalia)"),
    ("On 5 July 2022, gunmen exchanged fire with each other in Cite Soleil, Port-au-Prince (Ouest). 3 killed.",
     "Unidentified Armed Group (Haiti)"),
    ("On 4 May 2024, Pashtun tribesmen clashed with each other over land in Kurram district (Khyber Pakhtunkhwa). 7 killed.",
     "Pashtun Ethnic Militia (Pakistan)"),
])
def test_one_kind_of_fighter_is_both_sides(text, side):
    inc = main(text)
    assert inc.event_type == "Battles"
    assert (inc.actor1, inc.actor2) == (side, side)


# -- Two peoples named together as militias, groups or tribesmen are the two sides.
@pytest.mark.parametrize("text, first, second", [
    ("Hema and Lendu militias clashed near Bunia in Ituri province; 12 people were killed.",
     "Hema Ethnic Militia", "Lendu Ethnic Militia"),
    ("On 27 July 2023, tribal clashes broke out between Hausa and Nuba groups in Kadugli (South Kordofan). 10 killed.",
     "Hausa Ethnic Militia", "Nuba Ethnic Militia"),
    ("Rizeigat and Salamat tribesmen clashed in Um Dafuq (South Darfur) on 5 May 2023, leaving 15 dead.",
     "Rizeigat Ethnic Militia", "Salamat Ethnic Militia"),
])
def test_two_peoples_named_together_are_the_two_sides(text, first, second):
    inc = main(text)
    assert inc.actor1.startswith(first) and inc.actor2.startswith(second)


def test_creeds_named_together_are_no_peoples():
    inc = main("Christian and Muslim militias clashed in Bangui's PK5 district, leaving six dead.")
    assert "Christian Ethnic" not in inc.actor1 + inc.actor2


# -- A hired or foreign force acting beside the home state's forces is their associated
#    actor: ACLED lists the state's forces first.
@pytest.mark.parametrize("text, actor1, assoc", [
    ("On 25 August 2023, Wagner Group and FAMa soldiers killed 20 civilians in Moura (Djenne, Mopti).",
     "Military Forces of Mali", "Wagner Group"),
    ("Wagner mercenaries and Malian soldiers killed twelve villagers near a well outside Moura on Sunday.",
     "Military Forces of Mali", "Wagner Group"),
    ("AMISOM and Somali troops attacked Al Shabaab positions near Jilib, killing 14 militants.",
     "Military Forces of Somalia", "AMISOM: African Union Mission in Somalia"),
])
def test_a_foreign_force_beside_the_home_army_is_associated(text, actor1, assoc):
    inc = main(text)
    assert inc.actor1 == actor1
    assert assoc in inc.assoc_actors


def test_ground_troops_do_not_make_their_victims_foreign():
    # "Moura" also names a Portuguese town: villagers killed by Malian soldiers are Malian.
    inc = main("Malian soldiers killed twelve villagers near a well outside Moura on Sunday.")
    assert inc.actor2 == "Civilians (Mali)"


# -- A state's ground attacks named by its demonym are its forces; a foreign army fighting
#    with no other side named fights the home army.
@pytest.mark.parametrize("text, actors", [
    ("The Ukrainian General Staff said its forces repelled 20 Russian assaults near Avdiivka on Monday.",
     {"Military Forces of Russia", "Military Forces of Ukraine"}),
    ("Russian assaults on Ukrainian positions near Bakhmut continued overnight, with heavy losses on both sides.",
     {"Military Forces of Russia", "Military Forces of Ukraine"}),
    ("A Russian offensive near Kupiansk was halted on Tuesday, officials in Kharkiv said.",
     {"Military Forces of Russia", "Military Forces of Ukraine"}),
])
def test_a_foreign_armys_battle_is_with_the_home_army(text, actors):
    inc = main(text)
    assert inc.event_type == "Battles"
    assert {actor_key(inc.actor1), actor_key(inc.actor2)} == {actor_key(a) for a in actors}


# -- Groups by the names ACLED gives them today.
@pytest.mark.parametrize("text, name", [
    ("OLA fighters attacked a police station in Nekemte, East Welega, killing four officers.",
     "OLA: Oromo Liberation Army"),
    ("Members of the Oromo Liberation Front held a rally in Addis Ababa to demand the release of detained leaders.",
     "OLF: Oromo Liberation Front"),
    ("On 19 November 2023, Al Shabaab fired mortars at the AUSSOM base in Baidoa (Bay). No casualties reported.",
     "AUSSOM: African Union Support and Stabilization Mission in Somalia"),
    ("ATMIS troops repelled an Al Shabaab attack on their base in Hiraan on Monday.",
     "ATMIS: African Union Transition Mission in Somalia"),
    ("On 2 January 2024, the Tatmadaw clashed with the KIA near Bhamo, Kachin. Fatalities unknown.",
     "KIO/KIA: Kachin Independence Organization/Kachin Independence Army"),
    ("On 8 August 2023, Dozo hunters killed four Fulani herders near Niono (Segou).",
     "Dozo Communal Militia (Mali)"),
    ("On 7 March 2023, unidentified militants ambushed VDP members near Djibo (Soum, Sahel). 5 VDP killed.",
     "VDP: Volunteers for the Defense of the Homeland"),
])
def test_groups_by_their_current_names(text, name):
    inc = main(text)
    assert name in (inc.actor1, inc.actor2, *inc.assoc_actors)


def test_the_political_front_is_not_the_armed_wing():
    inc = main("Members of the Oromo Liberation Front held a rally in Addis Ababa to demand the release of detained leaders.")
    assert "OLA: Oromo Liberation Army" not in (inc.actor1, inc.actor2, *inc.assoc_actors)


# -- Two peoples' men on the two sides of a clash are the peoples' militias, farmers
#    included: men who fight are a side, not victims.
@pytest.mark.parametrize("text, first, second", [
    ("Fulani herders clashed with Bachama farmers in Numan, Adamawa state, leaving eight people dead.",
     "Fulani Ethnic Militia", "Bachama Ethnic Militia"),
    ("Tiv youths fought with Jukun militiamen near Wukari in Taraba state; 11 were killed.",
     "Tiv Ethnic Militia", "Jukun Ethnic Militia"),
    ("Misseriya herders clashed with Dinka farmers near Abyei town on Friday, leaving five dead.",
     "Misseriya Ethnic Militia", "Dinka Ethnic Militia"),
])
def test_two_peoples_men_in_a_clash_are_the_two_sides(text, first, second):
    inc = main(text)
    assert inc.event_type == "Battles"
    assert inc.actor1.startswith(first) and inc.actor2.startswith(second)


def test_farmers_only_attacked_stay_civilians():
    inc = main("Fulani gunmen attacked Berom farmers in Riyom, Plateau state, killing nine.")
    assert inc.actor2.startswith("Civilians")


# -- A battle's side the report names by the post attacked: the post's force.
@pytest.mark.parametrize("text, actor2", [
    ("On 26 March 2024, BLA militants attacked the naval air station in Turbat (Kech, Balochistan). 4 militants killed.",
     "Military Forces of Pakistan"),
    ("On 11 January 2024, 3R rebels attacked an army checkpoint near Bocaranga (Ouham-Pende). The attackers were repelled.",
     "Military Forces of the Central African Republic"),
    ("ELN guerrillas attacked a police station in Tame, Arauca, on Sunday night; the assault lasted two hours.",
     "Police Forces of Colombia"),
])
def test_the_attacked_posts_force_is_the_other_side(text, actor2):
    inc = main(text)
    assert inc.event_type == "Battles"
    assert inc.actor2 == actor2


# -- A named group's men called again by the same noun are that group, not a second,
#    unidentified one; a state's positions named by whose they are.
@pytest.mark.parametrize("text, actor1, actor2", [
    ("On 26 March 2024, BLA militants attacked the naval air station in Turbat (Kech, Balochistan). 4 militants killed.",
     "BLA: Balochistan Liberation Army", "Military Forces of Pakistan"),
    ("On 7 February 2024, Houthi forces shelled government positions in Hays district (Al Hudaydah). No casualties reported.",
     "Military Forces of Yemen Houthi", "Military Forces of Yemen"),
    ("Maoist insurgents killed a village head in Bijapur district of Chhattisgarh, accusing him of being a police informer.",
     "CPI (Maoist): Communist Party of India (Maoist)", "Civilians (India)"),
])
def test_a_groups_men_and_a_states_positions(text, actor1, actor2):
    inc = main(text)
    assert (inc.actor1, inc.actor2) == (actor1, actor2)
