"""The shortcuts a first pass over new texts takes answer what the general path answers:
the tokeniser's opening lookahead, the spans of a run of several words with an
abbreviation spelt out only where one opens the key, and the word counts skipped for a
name that is its whole run."""

import re
import sys

import pytest

from geo.gazetteer import Gazetteer
from geo.gazetteer.index import MAX_NAME_WORDS
from geo.gazetteer.names import LEADING_ABBREVIATIONS, expand_leading_abbreviation, word_key
from geo.places import find
from geo.places.text import TOKEN, _TOKEN_SPLIT, Text

# Our own sentences, with what the tokeniser treats specially: dotted abbreviations,
# "St." before a name, apostrophes inside words and before "s"/"re", digits glued to
# words, underscores, non-Latin letters and digits, punctuation runs.
SENTENCES = [
    "The U.S. envoy met officials in St. Ambrose and Ft. Calder on 12 May, 2031.",
    "Residents of Sana'a and Tal\u2019afar said they're safe; the mayor's office didn't agree.",
    "A__b 3rd-floor flats at No.7, R2D2 and x86_64 were hit -- twice!!",
    "Şarkîy, Łódź and Ærøskøbing: \u0661\u0662 Syrians (and 4,500 others) fled.",
    "Mt. Ossa? ST. ELMO! Ste. Odile... A.B.c and Q.R.S. talks\u2014continued \u201cquietly\u201d.",
    "",
    "   \n\t",
    "'s 're ' \u2019 _ __ 9 9a a9",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_guarded_split_tokenises_as_the_token_pattern_alone(text):
    plain = re.compile(f"({TOKEN.pattern})")
    assert _TOKEN_SPLIT.split(text) == plain.split(text)


def _gazetteer(names: list[str]) -> Gazetteer:
    gz = Gazetteer()
    for k, name in enumerate(names):
        gz.add([name], geonameid=8_000_000 + k, name=name, latitude=1.0 + k, longitude=2.0, country_code="ZZ",
               feature_code="PPL", population=1000, admin1_code="01", admin2_code="")
    return gz


def _spans_spelling_out_every_key(gz: Gazetteer, words: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """``name_spans`` as it was: every key tried passed through expand_leading_abbreviation."""
    index = gz.index
    longest_from = getattr(index, "longest_name_from", None)
    keys = [word_key(w) for w in words]
    out, a, n = [], 0, len(words)
    while a < n:
        top = min(n, a + MAX_NAME_WORDS)
        if longest_from is not None and top > a + 1:
            lead = keys[a].partition(" ")[0]
            top = min(top, a + max(1, longest_from(LEADING_ABBREVIATIONS.get(lead, lead))))
        for b in range(top, a, -1):
            if words[b - 1][:1].isupper() and expand_leading_abbreviation(" ".join(keys[a:b])) in index:
                out.append((a, b))
                a = b
                break
        else:
            a += 1
    return tuple(out)


RUNS = [
    ("St.", "Odo", "Quillmoor"), ("St", "Odo"), ("Mt.", "Brae", "Lake"), ("Ft.", "Calder", "Ft.", "Calder"),
    ("Quillmoor", "Road"), ("North", "Quillmoor", "Heights"), ("Q.R.S.", "Quillmoor"), ("Isle", "of", "Brae"),
    ("Isle", "of"), ("Saint", "Odo"), ("Sainte", "Odile", "Brae"), ("New", "Harrow", "Mt.", "Brae"),
]


@pytest.mark.parametrize("words", RUNS)
def test_the_spans_of_a_run_are_those_of_spelling_out_every_key(words):
    gz = _gazetteer(["Quillmoor", "Saint Odo", "Mount Brae Lake", "Fort Calder", "North Quillmoor", "Q.R.S.",
                     "Isle of Brae", "Sainte Odile", "Brae", "New Harrow", "Mount Brae"])
    expected = _spans_spelling_out_every_key(gz, words)
    assert gz.name_spans(words) == expected
    assert gz.name_spans(words) == expected  # and once more, from the memo


def test_some_run_above_has_a_spelt_out_name_so_the_check_can_fail():
    gz = _gazetteer(["Saint Odo", "Mount Brae Lake"])
    assert gz.name_spans(("St.", "Odo")) == ((0, 2),)
    assert gz.name_spans(("Mt.", "Brae", "Lake")) == ((0, 3),)


TEXTS = [
    "Quillmoor Harbour Authority staff met in Quillmoor on Monday.",
    "North Quillmoor residents and Brae Valley Roofing Corp. workers marched to Fort Calder.",
    "Fort Calder.",
    "The Isle of Brae ferry left New Harrow for Quillmoor Road, police said.",
    "They drove from Fort Calder via Saint Odo to Sainte Odile and Mount Brae in Quillmoor-Brae.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_runs_that_are_one_name_find_what_their_word_counts_find(text, monkeypatch):
    gz = _gazetteer(["Quillmoor", "North Quillmoor", "Fort Calder", "Brae", "Isle of Brae", "New Harrow",
                     "Sainte Odile", "Saint Odo", "Mount Brae"])
    fast = [(m.start, m.end, m.text, m.rows, m.kind, m.hint) for m in find.find_mentions(text, gz)]
    shortcuts = []

    def counts_of_the_run(n):
        # The general path: the counts of the run's own words (the caller's run_words),
        # where the shortcut answers zeros.
        run_words = sys._getframe(1).f_locals["run_words"]
        assert len(run_words) == n
        shortcuts.append(run_words)
        return find._word_counts(gz, run_words)

    monkeypatch.setattr(find, "_no_counts", counts_of_the_run)
    # (and runs of one word through the general path too, not ``_mentions_of_one_word``)
    general = find._mentions_in_run
    monkeypatch.setattr(find, "_mentions_in_run",
                        lambda t, i, j, gz, one_word_shortcut=True: general(t, i, j, gz, one_word_shortcut=False))
    slow = [(m.start, m.end, m.text, m.rows, m.kind, m.hint) for m in find.find_mentions(text, gz)]
    assert fast == slow
    assert fast  # every text names some place
    assert shortcuts  # and some run was a whole name, so the shortcut was taken


def test_the_word_counts_around_a_name_that_is_its_run_are_zero():
    gz = _gazetteer(["Quillmoor"])
    for words in [("Quillmoor",), ("Harbour", "Authority", "Roofing", "Corp")]:
        n = len(words)
        for counts in find._word_counts(gz, words):
            assert counts[0] + counts[n] - counts[n] == 0
            assert counts[0] == 0
        zeros = find._no_counts(n)
        assert all(c[0] == 0 and c[n] == 0 for c in zeros)


def test_text_tokens_keep_their_offsets():
    t = Text(SENTENCES[0] + " " + SENTENCES[1])
    assert [t.text[a:b] for a, b in zip(t.starts, t.ends)] == t.words
