"""Splitting a document into sentences (with their offsets)."""

from __future__ import annotations

import re

from geo.incidents.model import Sentence

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018(\u2013\u2014-]*[A-Z0-9])|\n\s*\n|\n(?=\s*[\u2013\u2014-]\s)")
_ABBREVIATIONS = ("Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Col.", "Lt.", "St.", "U.S.", "U.K.", "No.", "Sgt.", "Capt.",
                  "Maj.", "Gov.", "Sen.", "Rep.", "Brig.", "Cpl.", "Pvt.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.",
                  "Nov.", "Dec.", "Jun.", "Jul.", "approx.", "Prof.", "Rev.", "Hon.")


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text``: a full stop before a capital or a digit ends one, unless
    it ends a title or an abbreviation ("Gen.", "U.S."); so do blank lines and a line
    opening with a dash."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        head = text[start : m.start() + 1]
        if head.rstrip().endswith(_ABBREVIATIONS):
            continue
        _append_sentence(out, text, start, m.start() + (1 if text[m.start()] in "\"'\u201d\u2019" else 0))
        start = m.end()
    _append_sentence(out, text, start, len(text))
    return out


def _append_sentence(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        out.append(Sentence(start + lead, start + lead + len(stripped), stripped))
