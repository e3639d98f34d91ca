"""Parse speed (issue 11): reading an ASCII text's capitalised runs off its tokens asks
the two questions most runs answer at once in line — does anything join the word after
it, does the run open with a function word — and calls the full readers only where the
answer is yes; the runs are the same as the regex ``_ASCII_RUN`` finds."""

import pytest

from geo.places import text as text_module
from geo.places.text import _ASCII_RUN, Text
from geo.places.words import FUNCTION_WORDS

SENTENCES = [
    "Gunmen torched a market in Bourem on Sunday, and Malian troops later reached Tessalit.",
    "Police in Minna said a convoy bound for Zaria was ambushed; Ilorin sent reinforcements.",
    "The militia shelled Isiro. In Beni, residents fled toward Lubero and Mahagi.",
    "Drone strikes hit Marib and Shabwa, a spokesman in Aden told reporters.",
    "A bomb exploded in Quetta; Karachi and Peshawar raised their alert levels.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_run_opener_is_asked_only_of_runs_that_open_with_a_function_word(sentence, monkeypatch):
    asked = []
    real = Text._run_opening

    def opening(self, i, j):
        asked.append(self.words[i])
        return real(self, i, j)

    monkeypatch.setattr(Text, "_run_opening", opening)
    t = Text(sentence)
    assert asked and all(w.casefold() in FUNCTION_WORDS for w in asked) or not asked
    assert len(asked) < len(t.runs)  # (each sentence has runs that open with a name)
    assert t.runs == t._capitalised_runs(_ASCII_RUN)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_joiner_is_asked_only_after_a_word_followed_by_a_joining_character(sentence, monkeypatch):
    asked = []
    real = text_module._joined_through

    def joined(words, parts, e):
        asked.append(e)
        return real(words, parts, e)

    monkeypatch.setattr(text_module, "_joined_through", joined)
    t = Text(sentence)
    assert len(asked) < len(t.runs)  # (names before a comma, a full stop, a semicolon)
    assert t.runs == t._capitalised_runs(_ASCII_RUN)


@pytest.mark.parametrize("sentence", [
    "The Sudanese army and the RSF fought in Omdurman. On Friday, Al Fashir was shelled.",
    "In Deir ez-Zor, fighters from Port-au-Prince? No: from the Isle of Man.",
    "As Hargeisa braced, The Hague court ruled; At Galkayo, As-Suwayda residents waited.",
])
def test_runs_that_open_with_a_function_word_or_join_words_are_read_in_full(sentence):
    t = Text(sentence)
    assert t.runs == t._capitalised_runs(_ASCII_RUN)
