"""One walk over a parsed pattern (``pattern_openings.walk``) read two ways: the word keys
a match may open with (``pattern_keys``) and its openings, every character counted
(``pattern_openings.openings``). The readings differ only where they must: a word
boundary, a space ending a word, an optional part (cut short for keys, grown both ways
for openings). Patterns and expected answers of our own."""

from __future__ import annotations

import re

from geo.incidents.pattern_keys import _start_keys, start_keys
from geo.incidents.pattern_openings import openings

RAIDED = re.compile(r"\b(?:raid(?:ed|s)?|stormed) (?:the )?(?:camp|base)\b", re.I)
SHELLED = re.compile(r"\b(?:shell(?:ed|ing)|bomb(?:ed|ing)) (?:\w+ )?(?:near|outside) Goma\b", re.I)
DIGITS = re.compile(r"\b\d+ (?:fighters|soldiers)\b")


def test_keys_stop_at_the_third_letter_and_openings_go_on():
    assert start_keys(RAIDED) == {"rai", "sto"}
    assert openings(RAIDED) == {"raided t", "raided c", "raided b", "raids th", "raids ca", "raids ba",
                                "raid the", "raid cam", "raid bas", "stormed "}


def test_an_optional_part_grows_the_openings_both_ways():
    # "raid(?:ed|s)?": openings with and without the ending; a category ("\w") cuts them short
    found = openings(SHELLED)
    assert "shelled " in found and "shelling" in found and "bombed " in found and "bombing " in found
    assert all(len(o) <= 8 for o in found)
    assert start_keys(SHELLED) == {"she", "bom"}


def test_a_space_after_a_short_word_ends_its_key_and_digits_read_as_ascii():
    keys, ascii_digits = _start_keys(re.compile(r"\b(?:at|in) (?:Bor|Jos)\b", re.I), exact=True)
    assert keys == {"at ", "in "} and not ascii_digits
    keys, ascii_digits = _start_keys(DIGITS, exact=True)
    assert ascii_digits and keys == set("0123456789")
    assert openings(DIGITS) is None  # a digit ends the opening at once: nothing to tell
    # read as the ASCII digits, a digit opens; a repeat of many rounds ends the opening after one
    assert openings(DIGITS, ascii_digits=True) == set("0123456789")
    assert openings(re.compile(r"\b\d (?:fighters|soldiers)\b"), ascii_digits=True) >= {"7 fighte", "0 soldie"}
