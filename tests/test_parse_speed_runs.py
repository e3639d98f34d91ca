"""Parse speed (issue 11): the capitalised runs of an ASCII text read off its tokens
(``Text._ascii_runs``) must be the runs the regex ``_ASCII_RUN`` finds, and the memos of
recognition (keys of several tokens, a lone word's lookups, two-word demonyms) must
answer what the lookups they replace answer."""

import random

import pytest

from geo.places import run_parts, text as text_module
from geo.places.demonyms import demonym_rows
from geo.places.run_parts import two_word_demonym, word_may_name
from geo.places.text import _ASCII_RUN, Text

SENTENCES = [
    "Militants from Deir ez-Zor crossed into Anbar, officials in Baghdad said.",
    "The convoy left Port-au-Prince for Cap-Haitien on Monday.",
    "Shelling along the Kharkiv-to-Izium road killed two civilians.",
    "Troops from the Isle of Man and the Bank of the Nile were not involved.",
    "Fighting near Mazar-i-Sharif spread to Sheberghan \u2013 Jowzjan province.",
    "U.S.-backed forces entered Raqqa; the U.S. envoy met St. Louis officials.",
    "In Goma, residents fled to Sake. The Sudanese army shelled El Fasher.",
    "Sri Lankan and South Sudanese peacekeepers patrolled Abyei.",
    "KANO (Reuters) - Gunmen attacked Dan-Gulbi village near Gusau in Zamfara State.",
    "Rebels held Bunia  and  Mahagi; Ste. Agathe and Mt. Kinabalu were calm.",
    "The NEW YORK-based group said Abu Dhabi and Ras al-Khaimah sent aid.",
    "Clashes in Culiacan--Sinaloa's capital--left 3 dead; Jalisco's police said.",
]


def _regex_runs(t: Text) -> list[tuple[int, int]]:
    return t._capitalised_runs(_ASCII_RUN)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_runs_read_off_the_tokens_are_the_regexs(sentence):
    t = Text(sentence)
    assert t.runs and t.runs == _regex_runs(t)


def test_an_ascii_text_finds_its_runs_without_the_run_regex(monkeypatch):
    class NoScan:
        pattern = _ASCII_RUN.pattern

        def finditer(self, *args):
            raise AssertionError("the run regex scanned the text")

    monkeypatch.setattr(text_module, "_ASCII_RUN", NoScan())
    t = Text("Gunmen from Deir ez-Zor struck Port-au-Prince and the Isle of Man.")
    assert [" ".join(t.words[i:j]) for i, j in t.runs] == ["Gunmen", "Deir ez Zor", "Port au Prince", "Isle of Man"]


def _takes_the_regex(sentence, monkeypatch) -> bool:
    taken = []
    real = Text._capitalised_runs
    monkeypatch.setattr(Text, "_capitalised_runs", lambda self, pattern: taken.append(pattern) or real(self, pattern))
    Text(sentence)
    return bool(taken)


@pytest.mark.parametrize("sentence", [
    "Troops from Cote d'Ivoire Defence Ministry units reached Bouake.",
    "Fighters of al'Shabaab Amniyat struck Baidoa.",
])
def test_a_capital_after_an_apostrophe_inside_a_small_word_keeps_the_regex(sentence, monkeypatch):
    assert _takes_the_regex(sentence, monkeypatch)
    t = Text(sentence)
    assert t.runs == _regex_runs(t)


@pytest.mark.parametrize("sentence", [
    "KABUL'S governor met HERAT'S elders.",  # a possessive: a word of its own
    "Captain O'Neill and Sgt. Ba'Ath reached N'Djamena from U.S. bases.",  # inside a capitalised word
])
def test_other_capitals_after_an_apostrophe_or_a_dot_keep_the_token_path(sentence, monkeypatch):
    assert not _takes_the_regex(sentence, monkeypatch)
    t = Text(sentence)
    assert t.runs == _regex_runs(t)


@pytest.mark.parametrize("seed", range(4))
def test_fuzzed_texts_give_the_regexs_runs(seed):
    rng = random.Random(seed)
    pieces = ["Aden", "State", "of", "the", "de", "al", "ez", "Zor", "Port", "au", "to", "Sud", "U.S.", "U.S",
              "St.", "Mt.", "Ste.", "St", "A.", "x", "abcd", "upon", "and", "In", "The", "d'Ivoire", "O'Neill",
              "Aleppo's", "SANA'A", "We're", "NEW", "5", "3M", "iPad", "van", "Der", "la"]
    seps = [" ", " ", "-", "\u2013", "\u2010", "\u2011", "--", ", ", ". ", "  ", "", "'", "\u2019", "\n", " - ", "("]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 10)))
        t = Text(text)
        assert t.runs == _regex_runs(t), text


def test_keys_of_several_tokens_are_worked_out_once_per_text(monkeypatch):
    asked = []
    real = text_module.word_key
    monkeypatch.setattr(text_module, "word_key", lambda w: asked.append(w) or real(w))
    t = Text("Officials in Mt. Kenya and Sri Lanka met.")
    first = t.key(2, 4)
    assert first == "mount kenya" and asked == ["Mt.", "Kenya"]
    assert t.key(2, 4) == first and asked == ["Mt.", "Kenya"]
    assert t.key(5, 7) == "sri lanka"


@pytest.mark.parametrize("word, expected", [
    ("Kandahar", True),  # a name's key
    ("Yemeni", True),  # a demonym
    ("Hodeidah", True),  # a well-known place spelt otherwise
    ("Yesterday", False),
    ("Spokesman", False),
])
def test_a_lone_word_may_name_a_place_as_its_three_lookups_say(gz, word, expected):
    assert word_may_name(gz, word) is expected


def test_a_two_word_demonym_is_found_and_other_pairs_cost_no_key(gz, monkeypatch):
    demonyms = demonym_rows(gz)
    t = Text("Sri Lankan and Costa Rican medics reached Juba with Aid Workers.")
    assert two_word_demonym(t, 0, demonyms) and two_word_demonym(t, 3, demonyms)
    asked = []
    monkeypatch.setattr(Text, "key", lambda self, a, b: asked.append((a, b)) or "")
    assert not two_word_demonym(t, 9, demonyms)  # "Aid Workers": no demonym ends with "workers"
    assert asked == []
    assert run_parts._demonym_last_words(demonyms) is run_parts._demonym_last_words(demonyms)
