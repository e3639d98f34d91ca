"""Fatalities, round 12 (issue 13): rule families checked with sentences of our own about
places world-wide (three or more each, failing without the rule), and near misses that
keep the old reading. ACLED's rule: the lowest credible figure for the event, every death
of the event (the perpetrators' included), 0 when no death is reported."""

import pytest

from geo.incidents.fatalities import count_fatalities
from geo.incidents.sentences import split_sentences


def fatalities(text, causes_excluded=False):
    return count_fatalities([s.text for s in split_sentences(text)], causes_excluded=causes_excluded)


# -- A bomber who blew himself up died in the attack, and ACLED counts the perpetrators'
# deaths: where the report tells no other death, "blew himself up" is one dead and "two
# bombers blew themselves up" two. A figure of the dead told by the report stands as it is.
@pytest.mark.parametrize("text, expected", [
    ("A suicide bomber blew himself up near a police post outside Kabul on Sunday.", 1),
    ("Three female bombers blew themselves up at the entrance of a camp near Monguno.", 3),
    ("A teenage girl blew herself up at a checkpoint in Amchide, wounding four vigilantes.", 1),
    ("Two men wearing explosive belts blew themselves up at the gate of an army base near Gao. Nine soldiers were wounded.", 2),
    ("A suicide bomber blows himself up outside a courthouse in Mogadishu, injuring several guards.", 1),
])
def test_a_bomber_who_blew_himself_up_is_counted_where_no_other_death_is_told(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the report's own figure of the dead stands
    ("A suicide bomber blew himself up at a mosque in Mubi, killing six worshippers.", 6),
    ("A bomber blew himself up at a bus stop in Jalingo, killing ten people including himself.", 10),
    ("A suicide bomber blew himself up in a crowded market in Baghdad, killing himself and five others.", 6),
    ("A suicide bomber blew himself up at a market in Kabul. Seven people were killed.", 7),
    ("A bomber blew himself up near a church in Mosul, killing several people.", 10),
    # no such death: the bomb was stopped, or only tried
    ("Soldiers shot dead a female suicide bomber before she blew herself up at a checkpoint in Mokolo.", 1),
    ("Police arrested a man who tried to blow himself up at a church in Kano.", 0),
    # a bomber's death told as a death is read as before
    ("A suicide bomber drove into a checkpoint in Bosaso, killing four soldiers. The bomber was also killed.", 5),
])
def test_a_figure_of_the_dead_or_a_foiled_bomb_stands(text, expected):
    assert fatalities(text) == expected


# -- A sentence that sets the event's dead beside a period's total or an earlier event's
# dead in a clause of its own (after a semicolon, "…, adding that …", "…, the deadliest …"):
# the event's own clause is counted, the other clause is background.
@pytest.mark.parametrize("text, expected", [
    ("Four villagers were killed in an attack near Djibo; it was the deadliest raid since March, when 40 people died.", 4),
    ("Suspected herders killed seven people in Zamfara, police said, adding that 30 people had been killed in the state in the past month.", 7),
    ("Two soldiers died when their truck hit a mine near Kidal, the worst loss since January, when 12 peacekeepers were killed.", 2),
    ("Gang members shot dead five bus passengers in Port-au-Prince; more than 300 people have been killed in the capital since January.", 5),
    ("Gunmen killed three soldiers near Ansongo, bringing the number of soldiers killed in the past month to 20.", 3),
])
def test_the_events_own_clause_beside_a_period_total(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a period's total alone, or the clause of the event's dead is itself of another time
    ("Since January, more than 300 people have been killed in gang violence in Port-au-Prince.", 0),
    ("In the past month, gunmen killed 30 people in Zamfara; the governor called for calm.", 0),
    ("Last month, 12 people died in a similar attack near Funtua, residents said.", 0),
])
def test_a_period_total_alone_stays_background(text, expected):
    assert fatalities(text) == expected


# -- A toll told as a spread of figures ("estimates of the dead ranged from 5 to 20", "the
# death toll varies between 8 and 30"): ACLED's conservative rule takes the lowest.
@pytest.mark.parametrize("text, expected", [
    ("Estimates of the dead ranged from 5 to 20 after militants attacked Malam Fatori.", 5),
    ("Reports of the death toll vary between 6 and 20 after the attack on a village near Bama.", 6),
    ("The death toll varied from 7 to 30 depending on the source, after gunmen raided Tillaberi.", 7),
    ("Estimates of the deaths range between 14 and 40 after the shelling of a market in Kharkiv.", 14),
])
def test_a_spread_of_tolls_gives_the_lowest(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a spread of tolls over a period stays background
    ("Estimates of the dead in the past month range from 50 to 80 in Tshopo.", 0),
    # a spread of other figures than the dead
    ("Estimates of the crowd ranged from 500 to 2,000 at the march in Sikasso.", 0),
])
def test_a_spread_of_other_figures_is_no_toll(text, expected):
    assert fatalities(text) == expected
