"""A report that opens with its background: when every trigger of the first event sentence
lies in a clause recalling other events ("since clashes in January", "in retaliation for
an earlier attack"), a later sentence with an event of its own is the report's event.
Sentences written for these tests, about places world-wide."""

import pytest

from geo.incidents import classify_event


@pytest.mark.parametrize("text, event_type", [
    ("Tensions have been high in the area since clashes between herders and farmers in January. "
     "On 3 March 2021, armed men killed two farmers in their field near Segou.", "Violence against civilians"),
    ("Fear has spread in the district since an earlier ambush on a convoy. "
     "On 3 March 2021, hundreds of traders marched on the prefect's residence in Koudougou to demand protection.", "Protests"),
    ("Calm had returned to the camp after the previous week's riots. "
     "On 3 March 2021, gunmen abducted two aid workers near its gate in Gashua.", "Violence against civilians"),
])
def test_the_first_sentence_with_an_event_of_its_own_is_the_event(text, event_type):
    assert classify_event(text)[0] == event_type


def test_a_first_sentence_with_its_own_event_stays_the_event():
    text = ("On 3 March 2021, soldiers clashed with militants near Segou. "
            "Residents later marched through its streets and denounced the violence.")
    assert classify_event(text)[0] == "Battles"
