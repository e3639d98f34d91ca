"""A pattern opening with a long alternation is tried at a word with only the alternatives
that word's first letters may open (``geo.incidents.pattern_alternatives``): the same
matches as the pattern's own ``finditer``, in fewer of ``re``'s steps."""

import re

from geo.incidents.pattern_alternatives import MIN_ALTERNATIVES, Alternatives, alternatives_of, split_alternatives
from geo.incidents.prefilter import KeyedPatterns

# Invented vocabulary: twenty-odd alternatives of several shapes (a look-behind, a word
# gap, an optional tail, a class holding "|" and ")"), more than MIN_ALTERNATIVES.
_WORDS = ["zorbled", "zarking", "quenched", "quibbl(?:ed|ing)", "(?<!un)flarped", "mov(?:ed|ing) (?:\\w+ ){0,2}?sideways",
          "glimmer\\w*", "trundl(?:ed|ing) off", "wob(?:bled|bling)", "sn[|)]ark", "plinth(?:s)?", "vex(?:ed|ing)",
          "hooted at", "yawped", "kerfuffl(?:e|ed)", "blat(?:ted|ting)", "drizzl(?:ed|ing) on", "fizzed",
          "grommet(?:s|ed)", "humph(?:ed)?", "jostl(?:ed|ing)", "lumbered", "a (?:\\w+ )?mess"]
PATTERN = re.compile(r"\b(?:" + "|".join(_WORDS) + r")\b", re.I)
TEXTS = [
    "The crowd zorbled and then moved very slowly sideways before it trundled off.",
    "Nobody unflarped the plinths; a man flarped twice and Hooted At the guards.",
    "It was A Big Mess: they jostled, vexed the clerk, and the rain drizzled on.",
    "Sn|ark and sn)ark are spelled oddly; GROMMETED wobbling lumbered along.",
    "Nothing of note here at all, only plain words.",
]


def test_the_alternatives_are_split_at_the_top_level_only():
    alternatives, rest = split_alternatives(PATTERN.pattern)
    assert alternatives == _WORDS and rest == "\\b"
    assert split_alternatives(r"\b(?:a|b)+c") is None  # a repeated group: not split
    assert split_alternatives(r"(?:a|b)c") is None  # no opening \b
    assert split_alternatives(r"\b(?:a|b)c|d") is None  # "d" ranks after every alternative: not split
    assert split_alternatives(r"\b(?:a|[|)]b|c(?:d|e))\b") == (["a", "[|)]b", "c(?:d|e)"], "\\b")


def test_each_word_is_tried_with_the_alternatives_it_may_open_and_matches_are_the_patterns():
    found = alternatives_of(PATTERN)
    assert isinstance(found, Alternatives) and len(_WORDS) >= MIN_ALTERNATIVES
    assert len(found.match_for("zor")) == 1  # only "zorbled" opens with "zor"
    assert found.match_for("qqq") == ()  # no alternative opens there
    scan = KeyedPatterns([PATTERN])
    for text in TEXTS:
        got = scan.finditer_each(text)[0]
        assert [(m.span(), m.group()) for m in got] == [(m.span(), m.group()) for m in PATTERN.finditer(text)], text
    assert isinstance(scan._alternatives[0], Alternatives)  # (tried by its alternatives)


def test_a_pattern_with_groups_or_few_alternatives_is_tried_whole():
    assert alternatives_of(re.compile(r"\b(?:(zorbled)|" + "|".join(_WORDS[1:]) + r")\b", re.I)) is None
    assert alternatives_of(re.compile(r"\b(?:zorbled|quenched)\b", re.I)) is None
