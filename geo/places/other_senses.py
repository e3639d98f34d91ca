"""What recognition drops after it has found the text's names: names that stand for
something else there than the place. Things named after places ("Lassa fever", "Grad
rockets", "Nokia": ``named_things``), titles of works ("the film Casablanca":
``titles_of_works``) and web addresses ("www.….com/Nairobi": ``web_addresses``)."""

from __future__ import annotations

from geo.gazetteer import Gazetteer
from geo.places.model import Mention
from geo.places.named_things import without_named_things
from geo.places.text import Text
from geo.places.titles_of_works import without_titles_of_works
from geo.places.web_addresses import without_web_addresses


def without_other_senses(t: Text, mentions: list[Mention], gz: Gazetteer) -> list[Mention]:
    """``mentions`` less things named after places, titles of works and addresses."""
    text = t.text
    return without_web_addresses(text, without_titles_of_works(text, without_named_things(t, mentions, gz)))
