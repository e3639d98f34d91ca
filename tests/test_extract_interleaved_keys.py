"""The keyed scanner's matches are exactly ``pattern.finditer``'s, in the text's order,
on sentences whose words of several keys repeat and interleave (a guard for any change
to how a scanner collects its candidates).
"""

from __future__ import annotations

import random
import re

import pytest

from geo.incidents.prefilter import KeyedPatterns

SENTENCES = [
    "Troops shelled Kharkiv on Monday, bombed Izium at dawn and shelled Kupiansk again before a raid on Vovchansk.",
    "Gunmen raided a market in Maiduguri; soldiers repelled the raiders and raided two camps near Bama the next day.",
    "Protesters in Port-au-Prince blocked roads, burned tyres and blocked the airport road for a second day.",
    "Militants ambushed a convoy near Kismayo \u2013 al-Shabaab said it ambushed it \u2018twice\u2019.",
    "Police in Medell\u00edn arrested 12 suspects; officers arrested three more in Bogot\u00e1.",
    "KILLED: five civilians in \u00c7orum, two in \u0130zmir (\u212alimovo residents said).",
    "Rebels seized Goma. The M23 rebels seized Bunagana earlier and seized Rutshuru after clashes.",
    "",
]


PATTERNS = [
    re.compile(r"\b(?:shell(?:ed|ing)?|bomb(?:ed|ing)?|raid(?:ed|ers?)?)\b", re.I),
    re.compile(r"\b(?:seized|ambushed|arrested)\s+\w+", re.I),
    re.compile(r"\bblocked\s+(?:the\s+)?\w+(?:\s+road)?", re.I),
    re.compile(r"\b(?:in|near|on)\s+[A-Z]\w+", re.I),
]


def _spans(found):
    return [[m.span() for m in ms] for ms in found]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_scanner_finds_what_finditer_finds_in_the_texts_order(text):
    scan = KeyedPatterns(PATTERNS)
    assert _spans(scan.finditer_each(text)) == [[m.span() for m in p.finditer(text)] for p in PATTERNS]


def test_a_scanner_on_texts_whose_keys_repeat_and_interleave():
    # Words of several keys in every order: each pattern's candidates come key by key and
    # must be tried in the text's order (a match hides the overlapping ones after it).
    words = ["shelled", "Bombed", "raid", "raiders", "seized", "ambushed", "arrested", "blocked", "the", "road",
             "in", "near", "on", "Goma", "Sana'a", "Mosul", "shelling", "bomb", "Raided", "and", "again", "\u00c7orum"]
    rng = random.Random(32)
    scan = KeyedPatterns(PATTERNS)
    several = 0
    for _ in range(1500):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 14)))
        expected = [[m.span() for m in p.finditer(text)] for p in PATTERNS]
        several += any(len(spans) > 1 for spans in expected)
        assert _spans(scan.finditer_each(text)) == expected, text
    assert several > 500  # most texts hold several matches of one pattern
