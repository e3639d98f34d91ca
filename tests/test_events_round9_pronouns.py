"""An event sentence opening with a pronoun ("They killed two farmers") names its actors
in the sentence before ("Armed men entered the village."); and a first sentence that only
tells a movement ("Soldiers arrived in a village.") yields to the next one when that one
tells, with a pronoun, the violence the movers did. ACLED's codebook types an event by
who acted on whom. Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text, kind", [
    ("On 4 March 2021, a group of armed men entered the village of Mokolo near Maroua. They killed two farmers and took away cattle.",
     "Violence against civilians"),
    ("On 4 March 2021, soldiers arrived in a village near Djibo after an attack on their convoy. They rounded up and executed eleven men.",
     "Violence against civilians"),
    ("On 4 March 2021, the police carried out a search for opposition activists in Kasese. They broke into houses and beat the occupants.",
     "Violence against civilians"),
    ("On 4 March 2021, suspected militants crossed the river near Tillaberi. They attacked a gendarmerie patrol, killing two gendarmes.",
     "Battles"),
])
def test_the_pronoun_is_read_as_the_previous_subject(text, kind):
    assert classify_event(text)[0] == kind


@pytest.mark.parametrize("text, kind", [
    ("On 4 March 2021, residents of a village near Mzuzu caught a man they accused of stealing a goat. They beat him to death.", "Riots"),
    ("On 4 March 2021, rebels entered the town of Pinga without a fight after the army withdrew. They raised their flag over the market.",
     "Strategic developments"),
])
def test_others_stay(text, kind):
    assert classify_event(text)[0] == kind
