"""Find place names in running text and resolve them against the offline gazetteer.

- ``find_mentions(text)`` (``find``; with ``people``, ``demonyms``, ``abbreviations``,
  ``text`` and the word lists of ``words``): spans that name places, with their
  gazetteer candidates;
- ``resolve_mentions(text, mentions)`` (``resolve``): the place of each mention, chosen
  by what the whole document says about where it is;
- ``parse_places(text)`` does both; ``resolve_spans`` resolves given spans (``api``);
- ``Mention`` (``model``): a span, its candidates, its place, score and runners-up.
"""

from geo.places.api import parse_places, resolve_spans
from geo.places.find import find_mentions
from geo.places.model import Mention
from geo.places.resolve import resolve_mentions

__all__ = ["Mention", "find_mentions", "parse_places", "resolve_mentions", "resolve_spans"]
