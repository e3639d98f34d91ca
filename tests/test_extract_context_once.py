"""A report's context is worked out once for its text and merged again only when its
place mentions add a country (``context.report_context``); and the keyed scanner's
matches are exactly ``pattern.finditer``'s, in the text's order, on sentences whose
words of several keys repeat and interleave (a guard for any change to how a scanner
collects its candidates).
"""

from __future__ import annotations

import random
import re

import pytest

from geo.gazetteer import load_gazetteer
from geo.incidents.context import report_context
from geo.incidents.prefilter import KeyedPatterns
from geo.places import parse_places

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


@pytest.fixture(scope="module")
def gz():
    return load_gazetteer()


def test_mentions_that_add_no_country_leave_the_texts_context(gz):
    # Small places and no country named: the mentions add nothing, the text's own
    # context (the demonym's country) is the answer, worked out once.
    for text in ("Nigerian troops clashed with gunmen near a village outside Gusau on Friday.",
                 "Sudanese police dispersed protesters in a market of Wad Madani.",
                 "Somali soldiers killed two militants at a checkpoint in Afgooye."):
        alone = report_context(text, gz)
        mentions = [m for m in parse_places(text, gz) if m.place is not None and not m.place.is_country
                    and m.place.population < 500_000 and not m.place.is_admin1 and m.place.feature_code != "PPLC"]
        assert mentions, text
        assert report_context(text, gz, mentions) is alone
        assert alone.strong or alone.weak


def test_mentions_that_add_a_country_are_merged_in(gz):
    for text, country in (("Militants attacked a base near Mopti; Malian officials said.", "ML"),
                          ("Fighting in Aleppo and Idlib left many dead, monitors said.", "SY"),
                          ("Shelling hit Kharkiv and nearby villages overnight.", "UA")):
        mentions = parse_places(text, gz)
        with_places = report_context(text, gz, mentions)
        assert country in with_places.all, text
        assert report_context(text, gz, list(mentions)) is with_places  # the same share: worked out once
