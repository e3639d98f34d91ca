"""Fatalities, round 14 families. Every sentence is written for this test, about places far
from the tune files; each family has sentences that fail without its change and near misses
that must keep their figure."""

import pytest

from geo.incidents.fatalities import count_fatalities, fatality_statements
from geo.incidents.numbers import NUM, TIMES_OF_DAY_RX
from geo.incidents.sentences import split_sentences


def fatalities(text: str) -> int:
    return count_fatalities([s.text for s in split_sentences(text)])


# 1 "AS" in capitals (al-Shabaab, as Somali reports abbreviate it) is a name before the
# victims' noun, not the conjunction "as" that ends a noun phrase: "4 AS militants were
# killed" counts four, not an unknown number of militants (10), and a list naming them
# first counts them too.
@pytest.mark.parametrize("text, n", [
    ("4 AS militants were killed during a joint operation near Jilib.", 4),
    ("Two AS militants died when their own explosives went off early in Marka.", 2),
    ("Fighting broke out at a checkpoint near Baidoa; 2 AS fighters and a policeman were killed.", 3),
    ("Government troops and AS clashed outside Bulo Burde. 3 AS were killed in the exchange.", 3),
    ("Raiders stormed the base at Bardhere. 5 AS militants and 2 soldiers were killed.", 7),
    # near misses: the conjunction in lower case, and a headline written in capitals
    ("Two soldiers were killed as militants attacked a base outside Gao.", 2),
    ("Three villagers died as fighting spread to Tillaberi.", 3),
    ("TWO KILLED AS GUNMEN RAID VILLAGE IN ZAMFARA", 2),
])
def test_as_in_capitals_is_an_abbreviation(text, n):
    assert fatalities(text) == n


def test_as_in_capitals_keeps_the_noun():
    assert fatality_statements("6 AS fighters were killed in an air strike near Kunyo Barrow.") == [(6, "fighters")]


# Leftovers folded (one definition each): the parts of a day and the dozens NUM reads.
def test_times_of_day_one_list():
    import re
    assert re.fullmatch(TIMES_OF_DAY_RX, "evening") and re.fullmatch(TIMES_OF_DAY_RX, "night")
    assert fatalities("A district official was on Tuesday evening shot dead in Herat.") == 1


@pytest.mark.parametrize("words", ["several dozen", "a few dozen", "half a dozen", "two dozen", "a dozen"])
def test_dozens_read_by_num(words):
    import re
    assert re.fullmatch(NUM, words, re.I)
