"""Plain-text reports: the seed format (``date YYYY-MM-DD headline``, a blank line, a
byline, a blank line, the body) or plain text (title = first line)."""

from __future__ import annotations

import re

from geo.documents.model import Document, UnreadableDocument, document_id, parse_date

# "date 2021-06-28 Headline". The token after "date" has to be date-shaped, so a plain
# report that starts with the word "Date" is not taken for the seed format, while a
# mistyped date ("28/06/2021", "2021-13-01") is caught and reported.
_SEED_FIRST_LINE = re.compile(
    r"date[ \t]+(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\S*)(?:[ \t]+(.*))?", re.IGNORECASE
)


def parse_text_report(text: str, source: str) -> Document:
    """A plain-text report: the seed format (``date YYYY-MM-DD headline``, byline, body)
    when its first line says so, otherwise title = first line and text = everything."""
    text = text.strip()
    first_line, _, rest = text.partition("\n")
    seed = _SEED_FIRST_LINE.fullmatch(first_line.strip())
    if seed is None:
        title = first_line.strip().lstrip("#").strip()
        return Document(document_id(text), title, None, text, source)

    try:
        date = parse_date(seed.group(1), "date in the first line")
    except ValueError as exc:
        raise UnreadableDocument(source, str(exc)) from None
    title = (seed.group(2) or "").strip()
    blocks = [b.strip() for b in re.split(r"\n[ \t]*\n", rest.strip()) if b.strip()]
    byline = blocks.pop(0) if len(blocks) > 1 and _looks_like_byline(blocks[0]) else ""
    body = "\n\n".join(blocks)
    if not body:
        raise UnreadableDocument(source, "no text after the date line")
    return Document(document_id(body), title, date, body, source, byline)


def _looks_like_byline(block: str) -> bool:
    """A byline is one short line that is not a sentence ("By X", "X with Y in Baghdad")."""
    if "\n" in block or len(block) > 150:
        return False
    return block.startswith("By ") or not block.endswith((".", "!", "?", '"', "”", "'", "’"))
