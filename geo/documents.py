"""Read news reports into ``Document`` objects."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    id: str  # stable: sha256 of the text (first 16 hex digits)
    title: str
    date: str | None  # publication date, ISO YYYY-MM-DD, when known
    text: str  # the body the pipeline reads (title + body for the seed format)
    source: str  # path (and line/row for multi-document files) it came from
    byline: str = ""
