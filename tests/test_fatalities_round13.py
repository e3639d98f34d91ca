"""Fatalities, round 13 families. Every sentence is written for this test, about places far
from the tune files; each family has sentences that fail without its change and near misses
that must keep their figure."""

import pytest

from geo.incidents.fatalities import count_fatalities
from geo.incidents.sentences import split_sentences


def fatalities(text: str) -> int:
    return count_fatalities([s.text for s in split_sentences(text)])


# 1 A figure word inside a longer word ("anyone", "someone") is no figure: "whether anyone
# was killed" asks a question and tells no death; "someone was shot dead" is one person.
@pytest.mark.parametrize("text, n", [
    ("Shelling hit a market in Avdiivka; it was not immediately clear whether anyone was killed.", 0),
    ("Militants raided a customs post near Tillaberi. It remains unknown whether anyone died.", 0),
    ("Officials in Sittwe could not confirm if anyone had been killed in the air strike.", 0),
    ("The extent of the damage and whether anyone was hurt or killed in the raid on Kidal is not yet known.", 0),
    # near misses: someone, somebody and a figure as a word of its own
    ("Residents of Culiacan said someone had been shot dead near the bus terminal.", 1),
    ("Gunmen killed someone at a checkpoint outside Jalalabad.", 1),
    ("A drone struck a car near Marib and somebody else died in hospital.", 1),
    ("Militants raided a customs post near Tillaberi and one guard was killed.", 1),
])
def test_figure_inside_a_word(text, n):
    assert fatalities(text) == n
