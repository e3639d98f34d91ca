"""Capitalised runs that an English preposition joined: the run pattern lets particles
of foreign names sit inside a run ("Deir ez-Zor", "Ma'arrat an Nu'man"), and some of
those particles are English words too ("at", "as", "an"). Where no place's name spans
such a word, the run is two names and an English word ("Flights at Kandahar", "Staff at
Mercy Hospital"), and each name is read on its own."""

from __future__ import annotations

from geo.gazetteer import Gazetteer
from geo.places.text import Text
from geo.places.words import JOINING_PREPOSITIONS


def split_at_prepositions(t: Text, runs: list[tuple[int, int]], gz: Gazetteer) -> list[tuple[int, int]]:
    """``runs`` with each run that an English preposition joins, and that no gazetteer
    name spans across it, cut in two at the preposition (the words after it start at
    the next capitalised one)."""
    words, text = t.words, t.text
    if not any(not JOINING_PREPOSITIONS.isdisjoint(words[i + 1 : j - 1]) for i, j in runs if j - i > 2):
        return runs  # (most texts: no run holds one)
    out: list[tuple[int, int]] = []
    for i, j in runs:
        while j - i > 2:  # (most runs are shorter: nothing to cut)
            k = next((k for k in range(i + 1, j - 1) if words[k] in JOINING_PREPOSITIONS
                      and text[t.ends[k - 1] : t.starts[k]] == " " == text[t.ends[k] : t.starts[k + 1]]), None)
            if k is None or any(a < k - i < b - 1 for a, b in gz.name_spans(tuple(words[i:j]))):
                break
            out.append((i, k))
            i = k + 1
            while i < j and not words[i][:1].isupper():  # "at the Kandahar …": past the article
                i += 1
        if i < j:
            out.append((i, j))
    return out
