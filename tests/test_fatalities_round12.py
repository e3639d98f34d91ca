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
    ("Three female bombers blew themselves up at the entrance of a camp near Dikwa.", 3),
    ("A teenage girl blew herself up at a checkpoint in Kolofata, wounding four vigilantes.", 1),
    ("Two men wearing explosive belts blew themselves up at the gate of an army base near Gao. Nine soldiers were wounded.", 2),
    ("A suicide bomber blows himself up outside a courthouse in Mogadishu, injuring several guards.", 1),
])
def test_a_bomber_who_blew_himself_up_is_counted_where_no_other_death_is_told(text, expected):
    assert fatalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the report's own figure of the dead stands
    ("A suicide bomber blew himself up at a mosque in Maiduguri, killing six worshippers.", 6),
    ("A bomber blew himself up at a bus stop in Yola, killing ten people including himself.", 10),
    ("A suicide bomber blew himself up in a crowded market in Baghdad, killing himself and five others.", 6),
    ("A suicide bomber blew himself up at a market in Kabul. Seven people were killed.", 7),
    ("A bomber blew himself up near a church in Mosul, killing several people.", 10),
    # no such death: the bomb was stopped, or only tried
    ("Soldiers shot dead a female suicide bomber before she blew herself up at a checkpoint in Mora.", 1),
    ("Police arrested a man who tried to blow himself up at a church in Kano.", 0),
    # a bomber's death told as a death is read as before
    ("A suicide bomber drove into a checkpoint in Baidoa, killing four soldiers. The bomber was also killed.", 5),
])
def test_a_figure_of_the_dead_or_a_foiled_bomb_stands(text, expected):
    assert fatalities(text) == expected
