"""Measure the pipeline on third-party corpora: ``python -m geo eval lgl|acled PATH``.

Two harnesses (``lgl``, ``acled``), both driving the functions the batch interface runs
(``geo.batch.parse_record`` and ``geo.batch.extract_record``, i.e. ``python -m geo parse
[--gold-spans]`` and ``python -m geo extract``), in process, and scoring only what that
interface outputs. The runtime never imports this package.

The corpora are research data that must not be shipped: they are read from wherever
the caller says (the team keeps them in ``../shared/data/eval/``), never from the repo.
Every result keeps its per-item cases, so ``worst_cases`` / ``format_cases`` /
``common_failures`` show a developer what went wrong, not just how often.
"""

from geo.evaluation.acled import ACLEDRow, IncidentCase, IncidentScores, acled_date, evaluate_incidents, load_acled
from geo.evaluation.lgl import GeoparseScores, GoldToponym, LGLArticle, PlaceCase, evaluate_geoparser, load_lgl
from geo.evaluation.scoring import ACC_KM, LOCAL_KM, match_spans

__all__ = [
    "ACC_KM", "LOCAL_KM",
    "ACLEDRow", "GeoparseScores", "GoldToponym", "IncidentCase", "IncidentScores", "LGLArticle", "PlaceCase",
    "acled_date", "evaluate_geoparser", "evaluate_incidents", "load_acled", "load_lgl", "match_spans",
]
