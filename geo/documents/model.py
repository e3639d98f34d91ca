"""What a reader gives: a ``Document`` (or a ``DocumentError`` saying why not), the
stable document id, and the one rule for dates the analyst supplies."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    id: str  # stable: see ``document_id``, or the record's own id for JSON input
    title: str
    date: str | None  # publication date, ISO YYYY-MM-DD, when known
    text: str  # the body the pipeline reads (no title, no byline)
    source: str  # the report's URL when given, else the path (and line/row) it came from
    byline: str = ""  # authors and datelines: kept apart, their places are not events
    # What the reader changed or decided about this report (a NUL byte blanked, an id
    # already used for another text…): worth telling the analyst, not worth refusing it.
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentError:
    """A report that could not be read: where it is, and why."""

    source: str  # the path, with " line N" / " row N" for multi-document files
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class UnreadableDocument(ValueError):
    """Raised inside the readers; ``read_documents`` turns it into ``DocumentError``."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.error = DocumentError(source, reason)


# Texts longer than this (in characters) are hashed piece by piece (see ``document_id``).
ID_CHUNK_CHARS = 1 << 20
_ASCII = re.compile(r"[\x00-\x7f]")


def document_id(text: str, chunk_chars: int = ID_CHUNK_CHARS) -> str:
    """First 16 hex digits of the SHA-256 of the normalised text.

    Normalised means Unicode NFC with all runs of whitespace made one space, so the same
    report saved with CRLF line ends or re-wrapped paragraphs keeps its id, and
    re-ingesting it is a no-op.

    A long text is normalised and hashed ``chunk_chars`` at a time, giving the same id:
    splitting a 100 MB text into words at once took 1.6 GB. Pieces are cut just before an
    ASCII character, which NFC never joins to what precedes it, and a word cut in two is
    hashed as one (no space goes between pieces unless the text had whitespace there).
    """
    if len(text) <= chunk_chars:
        normalised = " ".join(unicodedata.normalize("NFC", text).split())
        return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]
    digest = hashlib.sha256()
    wrote_any = space_pending = False
    start = 0
    while start < len(text):
        cut = _ASCII.search(text, start + chunk_chars) if start + chunk_chars < len(text) else None
        end = cut.start() if cut else len(text)
        piece = unicodedata.normalize("NFC", text[start:end])
        words = piece.split()
        if words:
            joined = " ".join(words)
            if wrote_any and (space_pending or piece[0].isspace()):
                joined = " " + joined
            digest.update(joined.encode("utf-8"))
            wrote_any = True
            space_pending = piece[-1].isspace()
        elif piece:
            space_pending = True  # whitespace only
        start = end
    return digest.hexdigest()[:16]


# Publication dates outside these years are typing slips (or hostile input): relative
# dates are counted from them, and date arithmetic near year 1 or 9999 overflows.
EARLIEST_YEAR, LATEST_YEAR = 1800, 2200


def parse_date(value: object, what: str = "date") -> str | None:
    """An ISO date (or date-time) -> ``YYYY-MM-DD``; empty -> None; else ``ValueError``.

    Every reader uses it for the dates an analyst supplies (the seed ``date`` line, a
    ``date`` field or column): those anchor relative expressions ("overnight into
    Monday"), so a date that is not ISO is refused rather than guessed at.
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    shown = text if len(text) <= 40 else text[:40] + "…"
    try:
        date = dt.date.fromisoformat(text)
    except ValueError:
        try:
            # A timestamp keeps the date as written: the local publication day is what
            # relative expressions in the report count from.
            date = dt.datetime.fromisoformat(text).date()
        except ValueError:
            raise ValueError(f"invalid {what} {shown!r}, expected YYYY-MM-DD") from None
    if not EARLIEST_YEAR <= date.year <= LATEST_YEAR:
        raise ValueError(
            f"{what} {shown!r} is out of range (expected a year from {EARLIEST_YEAR} to {LATEST_YEAR})"
        )
    return date.isoformat()
