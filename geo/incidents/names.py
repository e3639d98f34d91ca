"""Capitalised words that are not names of places or peoples."""

from __future__ import annotations

# Pronouns and feasts: capitalised in a quotation or a date, never a place.
NOT_NAMES = frozenset("we us i it he she they you me him her them our its his their this that ramadan eid christmas easter "
                      "sabbath lent advent diwali hajj ashura".split())
# Words that open a sentence before a name ("In Oldtown, …", "After the raid on …").
LEADING_WORDS = frozenset("in at near outside around from into on the a an and but after before during while when".split())
