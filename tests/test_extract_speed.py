"""The extractor's fast scans find exactly what the plain regex scans find, and faster.

``geo.incidents.prefilter`` tries a pattern only at the words its matches can start at;
the actor dictionary tries, at each word, only the aliases that open with its letters.
Both must give ``finditer``'s matches, whatever the text: these tests compare them on
hand-written sentences, on texts made of the patterns' own words in odd cases and
spacing, and on random text (hypothesis).
"""

from __future__ import annotations

import functools
import random
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.incidents import background
from geo.incidents.aliases import actor_dictionary
from geo.incidents.lexicon import generic_actors, trigger_rules
from geo.incidents.prefilter import KeyedPatterns, fold, required_factors, start_keys, word_starts

SENTENCES = [
    "Gunmen opened fire on a bus near the market, killing three passengers.",
    "Troops clashed with rebels overnight; two soldiers were wounded.",
    "Nurses went on strike on Monday over unpaid wages, and teachers joined the walk-out.",
    "Jets launched air strikes on the hills after an earlier ambush on a convoy.",
    "Protesters marched to the governor's office to demand the release of detained students.",
    "Soldiers marched into the town and set up a checkpoint.",
    "Police arrested 12 people suspected of looting shops during the riots.",
    "More than 40 attacks were recorded this year in the province.",
    "A roadside bomb exploded under a truck; the bodies of two drivers were recovered.",
    "The ceasefire agreement was signed in the capital.",
    "Two trucks were burned and weapons were seized by the militia.",
    "İSTANBUL: ſtrikes by ıdle workers (KELVIN sign: \u212a) — a strike over pay.",
    "Rebels overran the base and took control of the district; hostages were taken.",
    "A mob lynched a suspected thief; Mr. Okoro was beaten to death.",
    "",
    "strike",
    "Air-strikes, airstrikes and AIR STRIKES hit the Ruritanian-led coalition's depots.",
]


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


_SCANNERS: dict[tuple, KeyedPatterns] = {}


def _same_as_finditer(patterns, text: str) -> None:
    scanner = _SCANNERS.get(tuple(patterns))
    if scanner is None:
        scanner = _SCANNERS[tuple(patterns)] = KeyedPatterns(patterns)
    scanned = scanner.finditer_each(text)
    for pattern, found in zip(patterns, scanned):
        assert _spans(found) == _spans(pattern.finditer(text)), (pattern.pattern[:80], text)


@functools.cache
def _lexicon_patterns() -> list[re.Pattern]:
    return ([r.pattern for r in trigger_rules()] + [g.pattern.regex for g in generic_actors()]
            + [background._BACKGROUND_CUE.regex, background._PROTEST_OBJECT.regex, background._STATISTIC.regex])


def _pattern_words() -> list[str]:
    """Words the lexicon's patterns are made of (their literal runs), for texts that hit them."""
    words: set[str] = set()
    for p in _lexicon_patterns():
        words.update(w for w in re.findall(r"[A-Za-z]{2,}", p.pattern) if w not in ("w", "b", "s", "d"))
    return sorted(words)


@pytest.mark.parametrize("text", SENTENCES)
def test_lexicon_patterns_find_what_finditer_finds(text):
    _same_as_finditer(_lexicon_patterns(), text)


def test_lexicon_patterns_on_texts_of_their_own_words():
    rng = random.Random(7)
    words = _pattern_words()
    cases = (str.lower, str.upper, str.title, lambda w: w)
    seps = (" ", " ", " ", ", ", "-", " the ", ". ", "'s ", " \u2014 ")
    patterns = _lexicon_patterns()
    for _ in range(300):
        text = "".join(rng.choice(cases)(rng.choice(words)) + rng.choice(seps) for _ in range(rng.randint(1, 25)))
        _same_as_finditer(patterns, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["strike", "on", "were", "seized", "air", "to", "demand", "Ruritanian", "İ", "ı", "ſ",
                                 "\u212a", "K", "-", " ", ",", ".", "40", "attacks", "this", "year", "killed", "gunmen",
                                 "ab", "é", "_", "stun", "grenade", "march", "ed"]), max_size=30))
def test_lexicon_patterns_on_random_text(parts):
    _same_as_finditer(_lexicon_patterns(), "".join(parts))


def _alias_text(rng: random.Random, aliases: list[str]) -> str:
    cases = (str.lower, str.upper, lambda w: w, lambda w: w)
    parts = []
    for _ in range(rng.randint(1, 12)):
        alias = rng.choice(aliases)
        if rng.random() < 0.3:
            alias = alias[: rng.randint(1, len(alias))]  # a prefix: may or may not be another alias
        parts.append(rng.choice(cases)(alias))
        parts.append(rng.choice([" ", " and ", "-", "s ", ", ", "'s ", "", " linked ", "_"]))
    return "".join(parts)


def test_alias_scan_finds_what_the_big_alternation_finds():
    dictionary = actor_dictionary()
    aliases = sorted({a for actor in dictionary.actors for a in actor.aliases})
    rng = random.Random(11)
    for text in SENTENCES + [_alias_text(rng, aliases) for _ in range(2000)]:
        fast = dictionary.hits(text)
        slow = [(m.start(), m.end(), m.group()) for m in dictionary.pattern.finditer(text)
                if dictionary.actor_of(m.group()) is not None]
        assert [(h.start, h.end, h.text) for h in fast] == slow, text


def test_start_keys_read_where_matches_open():
    assert start_keys(re.compile(r"\b(?:clash(?:es)?|fight(?:ing)?)\b", re.I)) == {"cla", "fig"}
    assert start_keys(re.compile(r"\b(?:a (?:bomb|mine)|in custody)\b", re.I)) == {"a", "in"}
    assert start_keys(re.compile(r"\b(?:(?<!stun )grenades?)\b", re.I)) == {"gre"}
    # No opening \b: a match may start inside a word ("blast" in "airblast").
    assert start_keys(re.compile(r"blast", re.I)) is None
    assert start_keys(re.compile(r"\bclash|blast", re.I)) is None
    # An opening class or an optional word: any word may open a match.
    assert start_keys(re.compile(r"\b\w+ strikes\b")) is None
    # A digit class opens words of the ten ASCII digits (text of other digits is scanned whole).
    assert start_keys(re.compile(r"\b(?:more than )?\d+ attacks\b")) == {"mor", *"0123456789"}
    assert required_factors(re.compile(r"\b(?:more than )?\d+ (?:attacks|raids)\b")) == {"attacks", "raids"}


def test_fold_is_the_case_folding_of_re_ignorecase():
    # Each character re.IGNORECASE takes for an ASCII letter folds to that letter.
    assert fold("İSTANBUL ſ ı \u212a") == "istanbul s i k"
    assert fold("Ünïcode") == "ünïcode"
    assert word_starts("Al-Shabaab, al  QAEDA")[0] == ((0, "al"), (3, "sha"), (12, "al"), (16, "qae"))


def _cpu(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def test_scans_cost_less_cpu_than_the_plain_regex_scans():
    """The point of it all, as a ratio of CPU times in one process: the trigger rules and
    the alias alternation over a few hundred sentences."""
    rng = random.Random(3)
    words = _pattern_words() + ["the", "a", "of", "in", "town", "village", "on", "Monday", "people", "said"] * 30
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(8, 30))) + "." for _ in range(300)]
    rules = [r.pattern for r in trigger_rules()]
    scanner = KeyedPatterns(rules)
    dictionary = actor_dictionary()
    big = dictionary.pattern

    def plain():
        for t in texts:
            for p in rules:
                list(p.finditer(t))
            list(big.finditer(t))

    def fast():
        word_starts.cache_clear()
        for t in texts:
            scanner.finditer_each(t)
            dictionary.hits(t)

    fast()  # compile the per-prefix alternations first
    assert _cpu(fast) * 2 < _cpu(plain)


def test_sentences_read_their_aliases_from_the_scan_of_the_whole_text():
    from geo.incidents import aliases
    from geo.incidents.sentences import split_sentences

    dictionary = actor_dictionary()
    names = sorted({a for actor in dictionary.actors for a in actor.aliases})
    rng = random.Random(5)
    for _ in range(300):
        text = " ".join(_alias_text(rng, names) + rng.choice([". ", "! ", ".\n\n", " "]) + rng.choice(["The ", "A ", "3 ", ""])
                        for _ in range(rng.randint(1, 5)))
        sentences = split_sentences(text)
        aliases._SCANS.clear()
        aliases.share_alias_hits(text, [(s.start, s.end) for s in sentences])
        for s in sentences:
            shared = aliases.alias_hits(s.text)
            assert [(h.start, h.end, h.text) for h in shared] == [(h.start, h.end, h.text) for h in dictionary.hits(s.text)]
