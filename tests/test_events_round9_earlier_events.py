"""What happened at another time, told in a clause after the victims ("a day after armed
men abducted them", "after militants attacked their post", "following an ambush by
insurgents"): an earlier event, whose armed men are not those hit in this one. ACLED's
codebook types an event by its own sides: armed men who shot a man are attackers of a
civilian, whoever attacked them the day before. Sentences written for these tests, about
places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text", [
    "On 4 March 2021, soldiers shot dead a man after militants attacked their post near Gao.",
    "On 4 March 2021, police shot a young man near Bamako after bandits robbed a bus on the same road.",
    "On 4 March 2021, two men were found dead with gunshot wounds near Dosso, a day after armed men abducted them.",
    "On 4 March 2021, the army killed two men near Diffa following an ambush by insurgents the day before.",
])
def test_armed_men_of_an_earlier_event_are_not_the_victims(text):
    assert classify_event(text)[0] == "Violence against civilians"


@pytest.mark.parametrize("text", [
    "On 4 March 2021, gunmen shot dead two soldiers after storming their post near Djibo.",
    "On 4 March 2021, three gendarmes were killed after militants overran their post near Arbinda.",
])
def test_armed_victims_of_this_event_still_make_a_battle(text):
    assert classify_event(text)[0] == "Battles"


@pytest.mark.parametrize("text", [
    "On 4 March 2021, three traders are dead after an attack by bandits near Gusau.",
    "On 4 March 2021, four herders were dead after an attack by militiamen near Djugu.",
    "On 4 March 2021, two traders are dead after an attack by gunmen near Gusau.",
])
def test_civilians_told_dead_after_an_attack_by_armed_men_were_attacked(text):
    # the armed men named after "by" are the attackers, not among the dead
    assert classify_event(text)[0] == "Violence against civilians"


@pytest.mark.parametrize("text", [
    "On 4 March 2021, three soldiers are dead after an attack by ISWAP near Monguno.",
    "On 4 March 2021, six gendarmes are dead after an attack by jihadists in the Sahel region.",
    "On 4 March 2021, two soldiers died in an attack by Shabaab gunmen against their camp near Afmadow.",
])
def test_forces_told_dead_after_an_attack_make_a_battle(text):
    # the trigger names those who died: the state's forces were hit, they did not act
    assert classify_event(text)[0] == "Battles"
