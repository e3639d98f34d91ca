"""Runs of one capitalised word (half the runs a text has) take a shortcut through
recognition (``find._mentions_of_one_word``) that must answer what the general path
(``_mentions_in_run`` without the shortcut) answers, for each kind of one-word run:
a place, a dateline, a demonym, a person's surname after a title, a word spelt like a
well-known place, a common word, a surname met before."""

import pytest

from geo.places import find
from geo.places.text import Text

SENTENCES = [
    "Gunmen attacked a checkpoint near Maiduguri on Sunday, police said.",
    "KANDAHAR, Afghanistan (AP) - A roadside bomb hit a patrol.",
    "Sudanese troops crossed into Chad after the raid on Geneina.",
    "Governor Okafor visited Kaduna; Okafor said the roads were closed.",
    "Drones struck Hodeidah and the port of Mokha overnight.",
    "Police in Mosul said the curfew would last until Friday.",
    "Reading about the raid, Maria Lopez of Culiacan wept; Lopez said she would leave Sinaloa.",
    "Officials in Kharkiv and Mariupol reported shelling; Kyiv condemned it.",
    "The Brazilian envoy met President Ruto in Nairobi, then flew to Kampala.",
    "Bath and Reading saw protests, while Mobile residents stayed home.",
]


def _mentions(text, gz, shortcut):
    t = Text(text)
    out = []
    for i, j in t.runs:
        found = find._mentions_in_run(t, i, j, gz, one_word_shortcut=shortcut)
        out.extend((m.start, m.end, m.text, m.rows, m.kind, m.hint) for m in found)
    return out, sorted(t.surnames), sorted(t.person_tokens)


@pytest.mark.parametrize("text", SENTENCES)
def test_one_word_runs_answer_as_the_general_path_does(text, gz):
    t = Text(text)
    assert any(j - i == 1 for i, j in t.runs)
    assert _mentions(text, gz, True) == _mentions(text, gz, False)


def test_the_shortcut_finds_places_and_leaves_people_and_words_out(gz):
    found, surnames, _ = _mentions("Governor Okafor visited Kaduna; Okafor said the roads were closed.", gz, True)
    assert [m[2] for m in found] == ["Kaduna"]
    assert "Okafor" in surnames
