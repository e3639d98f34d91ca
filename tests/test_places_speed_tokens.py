"""The ASCII shortcut of tokenising (``geo.places.text``): a text whose letters and
digits are all ASCII is split and its capitalised runs found by patterns that test
[A-Za-z] instead of Unicode categories, and they must find what the general patterns
find; a text with any other letter or digit takes the general patterns."""

import pytest

from geo.places import text as text_module
from geo.places.text import Text

SENTENCES = [
    "Gunmen stormed a market in Maiduguri on Tuesday, officials said.",
    "\u201cWe fled at night,\u201d a farmer from Gao told reporters \u2014 the third raid this month.",
    "Troops left Mazar-i-Sharif for the Deir ez-Zor front after the U.S. envoy\u2019s visit.",
    "The convoy reached St. Louis and Ft. Worth before O'Leary's team flew to N\u2019Djamena.",
    "Shelling hit Port-au-Prince; 12 died, 3rd_party figures \u2013 still unconfirmed \u2026",
    "SANAA, Yemen (AP) - Houthi drones struck Ma'rib, and we're told they'll strike again.",
]


def _general(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    parts = text_module._TOKEN_SPLIT.split(text)
    return parts, [m.span() for m in text_module._RUN.finditer(text)]


def _ascii(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    parts = text_module._ASCII_TOKEN_SPLIT.split(text)
    return parts, [m.span() for m in text_module._ASCII_RUN.finditer(text)]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_ascii_patterns_find_the_tokens_and_runs_the_general_ones_find(sentence):
    assert text_module._ascii_words(sentence)
    assert _ascii(sentence) == _general(sentence)


@pytest.mark.parametrize("sentence", [
    "Fighting spread from G\u00f6ttingen to the outskirts of Kharkiv.",  # a Latin letter with a diaeresis
    "Aid reached \u00c7anakkale and Bogot\u00e1 by sea.",
    "The count rose to \uff11\uff12 in Sittwe.",  # full-width digits are digits to \d
    "Rainfall of 40 mm\u00b2 was recorded near Kassala.",  # a superscript two is a digit to \w
])
def test_a_text_with_another_letter_or_digit_takes_the_general_patterns(sentence):
    assert not text_module._ascii_words(sentence)
    t = Text(sentence)
    assert t.words == _general(sentence)[0][1::2]
    assert t.runs == t._capitalised_runs(text_module._RUN)


def test_quotes_and_dashes_alone_keep_the_ascii_shortcut():
    sentence = "\u201cThey came from Kidal\u201d \u2014 a trader in Mopti said \u2018twice\u2019."
    assert text_module._ascii_words(sentence)
    assert Text(sentence).words == _general(sentence)[0][1::2]
