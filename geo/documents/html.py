"""HTML pages: title, publication date and the visible paragraph text.

Dates scraped from HTML metadata are best effort: an unreadable one is ignored (unlike a
date the analyst supplies, see ``parse_date``).
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

from geo.documents.model import Document, UnreadableDocument, document_id, parse_date


class _ArticleParser(HTMLParser):
    """Collect title, publication date and paragraph text; skip what is not shown."""

    # <head> is deliberately not here: its end tag may be omitted, which would hide the
    # whole page; the only text in it is <title>, which is read on its own.
    _HIDDEN = {"script", "style", "noscript", "template", "svg"}
    _BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div",
               "section", "article", "br", "tr", "td", "th", "pre"}
    _DATE_META = {"article:published_time", "datepublished", "date", "pubdate"}

    # <title> holds text only, as browsers read it (RCDATA): a "<!--" or "<p>" in a title
    # must not swallow the page after it. Its character references are decoded below.
    CDATA_CONTENT_ELEMENTS = (*HTMLParser.CDATA_CONTENT_ELEMENTS, "title")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.h1 = ""  # the first <h1>, the title when there is no <title>
        self.dates: list[str] = []  # candidates, in document order
        self.paragraphs: list[str] = []  # text of each <p>
        self.blocks: list[str] = []  # all visible text, for pages without <p>
        self._hidden = 0
        self._in_title = self._in_h1 = self._in_p = False
        self._paragraph: list[str] = []
        self._block: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {name: value or "" for name, value in attrs}
        if tag == "meta":
            key = attr.get("property") or attr.get("name") or attr.get("itemprop") or ""
            if key.lower() in self._DATE_META:
                self.dates.append(attr.get("content", ""))
        elif tag == "time" and attr.get("datetime"):
            self.dates.append(attr["datetime"])
        elif tag == "title":
            self._in_title = True
        elif tag in self._HIDDEN:
            self._hidden += 1
        if tag in self._BLOCKS:
            self._end_block()
        if tag == "h1" and not self.h1:
            self._in_h1 = True
        elif tag == "p":
            self._end_paragraph()
            self._in_p = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._HIDDEN and self._hidden:
            self._hidden -= 1
        elif tag == "h1":
            self._in_h1 = False
        elif tag == "p":
            self._end_paragraph()
        if tag in self._BLOCKS:
            self._end_block()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += html.unescape(data)
        elif not self._hidden:
            if self._in_h1:
                self.h1 += data
            if self._in_p:
                self._paragraph.append(data)
            self._block.append(data)

    def close(self) -> None:
        super().close()
        self._end_paragraph()
        self._end_block()

    def _end_paragraph(self) -> None:
        if text := " ".join("".join(self._paragraph).split()):
            self.paragraphs.append(text)
        self._paragraph = []
        self._in_p = False

    def _end_block(self) -> None:
        if text := " ".join("".join(self._block).split()):
            self.blocks.append(text)
        self._block = []


def read_html(html: str, source: str) -> Document:
    parser = _ArticleParser()
    parser.feed(html)
    parser.close()
    title = " ".join(parser.title.split()) or " ".join(parser.h1.split())
    # Paragraphs are the article; pages without any <p> fall back to all visible text.
    blocks = parser.paragraphs or [b for b in parser.blocks if b != title]
    text = "\n\n".join(blocks)
    if not text:
        raise UnreadableDocument(source, "no visible text in the HTML")
    date = None
    for candidate in parser.dates:
        try:
            date = parse_date(candidate)
        except ValueError:
            continue  # scraped metadata: best effort, see the module docstring
        if date:
            break
    return Document(document_id(text), title, date, text, source)
