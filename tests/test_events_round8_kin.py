"""The kin, friends or comrades of another event's victims, named by a participle after
them ("relatives of a trader killed by soldiers"), who demonstrate: the participle tells
who they are, the demonstration is the event (ACLED's codebook: what a crowd protests is
not its conduct). An active verb with its object stays the event; what the kin do, or
what is done to them, still decides the demonstration's sub-event. Sentences written for
these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "On 5 May 2022, the families of three miners killed in a police raid held a rally outside parliament in Harare.",
    "On 5 May 2022, classmates of a student shot dead at a checkpoint held a vigil in Port-au-Prince, demanding justice.",
    "On 5 May 2022, the widow of a journalist murdered last year rallied with supporters outside the court in Islamabad.",
    "On 5 May 2022, parents of schoolgirls abducted by bandits protested on the Gusau road, demanding their release.",
])
def test_kin_of_victims_who_demonstrate_hold_a_protest(text):
    assert classify_event(text) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "On 7 July 2020, colleagues of a driver beheaded by militants near Galkayo protested in Bosaso, asking that the killers be caught.",
    "On 7 July 2020, friends of a boy stabbed by a guard held a march in Accra.",
    "On 7 July 2020, neighbours of a shopkeeper hacked by robbers staged a sit-in in Harare.",
])
def test_kin_of_victims_of_blades_or_fire_who_demonstrate_hold_a_protest(text):
    assert classify_event(text) == ("Protests", "Peaceful protest")


def test_supporters_who_stab_and_injure_are_the_event():
    text = "On 7 July 2020, four backers of a councillor stabbed and wounded a grocer in Sialkot."
    assert classify_event(text)[0] != "Protests"


def test_kin_who_march_past_the_force_that_killed_their_own_still_march():
    text = "On 5 May 2022, relatives of a trader killed by soldiers marched in Maiduguri; soldiers opened fire and killed two marchers."
    assert classify_event(text) == ("Protests", "Excessive force against protesters")


def test_kin_who_burn_a_police_post_riot():
    text = "On 5 May 2022, relatives of a trader killed by soldiers protested in Maiduguri and torched a police post."
    assert classify_event(text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    "On 5 May 2022, sons of the village chief killed two herders near Wukari.",
    "On 5 May 2022, relatives of the victims were killed by gunmen near Wukari.",
])
def test_kin_who_kill_or_are_killed_are_the_event(text):
    assert classify_event(text)[0] == "Violence against civilians"


def test_soldiers_on_the_march_are_no_demonstration():
    assert classify_event("On 5 May 2022, soldiers marched into the town of Kidal.") is None
