"""Incidents in ACLED's schema, read from one document.

The reading is rule-based and explainable: every field comes from a sentence kept as
evidence. Stages (one module each): ``sentences`` -> ``triggers`` / ``background`` (event
sentences, and what is only background or statistics) -> ``segment`` (grouping by time
anchor) -> per incident ``events`` (type), ``dates``, ``locations`` (with ``context``,
``mentions``, ``variants``), ``actors`` (``aliases``: the actor dictionary) and
``fatalities``; ``pipeline`` runs them. Word lists live in ``geo/data/lexicons/`` and
the actor dictionary in ``geo/data/actors.json`` (``lexicon`` and ``aliases`` load them).
"""

from geo.incidents.aliases import Actor, actor_hits, alias_hits, load_actors
from geo.incidents.background import background_spans, is_statistic
from geo.incidents.context import context_countries
from geo.incidents.dates import EventDate, find_dates
from geo.incidents.events import classify_event
from geo.incidents.fatalities import count_fatalities, fatality_statements
from geo.incidents.model import Incident, Sentence
from geo.incidents.pipeline import CountryExtractor, extract_incidents, extract_incidents_from_text
from geo.incidents.sentences import split_sentences
from geo.incidents.triggers import event_triggers

__all__ = [
    "Actor", "EventDate", "Incident", "Sentence", "actor_hits", "alias_hits", "background_spans", "classify_event",
    "CountryExtractor", "context_countries", "count_fatalities", "event_triggers", "extract_incidents", "extract_incidents_from_text",
    "fatality_statements", "find_dates", "is_statistic", "load_actors", "split_sentences",
]
