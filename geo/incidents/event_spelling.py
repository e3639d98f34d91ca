"""Trigger words misspelt in a note ("asaulted", "ambusshed", "protetsed"): when no trigger
matched in a sentence, its words one slip away from a trigger word (a letter left out, one
too many, two swapped; see respellings.toml) are spelled right and the sentence read again
(``triggers.sentence_triggers`` asks it). Asked of sentences without a trigger only."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from functools import cache
from importlib.resources import files

_MIN_TYPED = 7  # shorter slips are too often real words ("stored" for "stormed")
_WORD = re.compile(r"[A-Za-z]{%d,}" % _MIN_TYPED)


@cache
def _vocabulary() -> tuple[frozenset[str], dict[str, str]]:
    words = tomllib.loads((files("geo") / "data" / "lexicons" / "respellings.toml").read_text("utf-8"))["words"]
    vocab = frozenset(w.lower() for w in words)
    # each word with one letter left out, for the slips that drop a letter
    dropped = {w[:i] + w[i + 1 :]: w for w in sorted(vocab) for i in range(len(w))}
    return vocab, dropped


@cache
def _slips() -> dict[str, str]:
    """Every word one slip away from a trigger word, with the word it means: the answer of
    ``_right_spelling_of`` for each word it does not leave alone. Built once (~25,000 words),
    so that a sentence costs one set intersection of its long words (asked of every sentence
    without a trigger: most of a long article's)."""
    vocab, dropped = _vocabulary()
    letters = "abcdefghijklmnopqrstuvwxyz"
    added: dict[str, tuple[int, str]] = {}  # the lowest place of the extra letter wins, as below
    swapped: dict[str, tuple[int, str]] = {}
    for right in sorted(vocab):
        for i in range(len(right) + 1):
            for c in letters:
                typed = right[:i] + c + right[i:]
                if typed not in added or i < added[typed][0]:
                    added[typed] = (i, right)
        for i in range(len(right) - 1):
            typed = right[:i] + right[i + 1] + right[i] + right[i + 2 :]
            if typed not in swapped or i < swapped[typed][0]:
                swapped[typed] = (i, right)
    slips = {typed: right for typed, (_, right) in swapped.items()}
    slips.update((typed, right) for typed, (_, right) in added.items())
    slips.update(dropped)
    for right in vocab:
        slips.pop(right, None)
    return slips


def _right_spelling(typed: str) -> str | None:
    return _slips().get(typed.lower())


def _right_spelling_of(word: str) -> str | None:
    """The rule ``_slips`` tabulates, word by word (tests hold the table to it)."""
    vocab, dropped = _vocabulary()
    if word in vocab:
        return None
    if word in dropped:
        return dropped[word]  # a letter left out: "asaulted"
    for i in range(len(word)):
        if word[:i] + word[i + 1 :] in vocab:
            return word[:i] + word[i + 1 :]  # a letter too many: "attacckers"
    for i in range(len(word) - 1):
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if swapped in vocab:
            return swapped  # two letters swapped: "protetsed"
    return None


def respelled(sentence: str) -> str:
    """The sentence with its misspelt trigger words spelled right (the same text if none)."""
    return _WORD.sub(lambda m: _right_spelling(m.group()) or m.group(), sentence)


def respelled_triggers(sentence: str, read) -> tuple:
    """The triggers ``read`` finds in the sentence once its misspelt trigger words are spelled
    right, their offsets carried back to the sentence as written (none if no word was
    misspelt). ``read``: the trigger reader of a sentence."""
    if _slips().keys().isdisjoint(map(str.lower, _WORD.findall(sentence))):
        return ()
    edits = []  # (start, end) as written, (start, end) respelled
    parts, at, shift = [], 0, 0
    for m in _WORD.finditer(sentence):
        right = _right_spelling(m.group())
        if right is None:
            continue
        parts += [sentence[at : m.start()], right]
        edits.append((m.start(), m.end(), m.start() + shift, m.start() + shift + len(right)))
        shift += len(right) - (m.end() - m.start())
        at = m.end()
    if not edits:
        return ()
    text = "".join(parts) + sentence[at:]

    def written(pos: int, end: bool) -> int:
        moved = 0
        for start, stop, new_start, new_stop in edits:
            if pos >= new_stop:
                moved = stop - new_stop
            elif pos > new_start or (end and pos == new_stop):
                return stop if end else start  # inside a respelled word: the word as written
            else:
                break
        return pos + moved

    return tuple(replace(t, start=written(t.start, False), end=written(t.end, True)) for t in read(text))
