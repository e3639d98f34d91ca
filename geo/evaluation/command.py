"""``python -m geo eval lgl|acled PATH``: the harnesses on the command line.

Wired into ``geo.cli``, which imports this module only to add the ``eval`` subcommand;
nothing here imports ``geo.cli`` back.
"""

from __future__ import annotations

import argparse


def add_eval_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """``eval lgl|tud PATH [--gold-spans]`` and ``eval acled PATH`` (wired into ``geo.cli``)."""
    p_eval = sub.add_parser("eval", help="measure against a third-party corpus (LGL place names, ACLED incidents)")
    corpora = p_eval.add_subparsers(dest="corpus", required=True)
    p_lgl = corpora.add_parser("lgl", help="LGL XML: place names found and resolved (precision, recall, F1, acc@161)")
    p_lgl.add_argument("path", help="the LGL XML file (e.g. ../shared/data/eval/lgl.xml)")
    p_lgl.add_argument("--gold-spans", action="store_true", help="resolve the gold spans (resolution only)")
    # TUD-Loc-2013 is a check corpus: its figure only, so no --show-errors.
    p_tud = corpora.add_parser("tud", help="TUD-Loc-2013 zip: place names found and resolved, scored as LGL")
    p_tud.add_argument("path", help="the corpus zip (e.g. ../shared/data/eval/tud_loc_2013.zip)")
    p_tud.add_argument("--gold-spans", action="store_true", help="resolve the gold spans (resolution only)")
    p_tud.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N documents")
    p_acled = corpora.add_parser("acled", help="ACLED CSV: main incident of each event's notes (location, type, fatalities)")
    p_acled.add_argument("path", help="an ACLED CSV export with a notes column")
    p_acled.add_argument("--country-hint", action="store_true",
                         help="give each note its event's country as the record's 'country' (the source's country)")
    for p in (p_lgl, p_acled):
        p.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N documents/events")
        p.add_argument("--show-errors", type=int, default=0, metavar="N",
                       help="also list up to N failures of each kind and the N most common failures")
    return p_eval


def run_eval(args: argparse.Namespace) -> int:
    from geo.evaluation.acled import evaluate_incidents, load_acled
    from geo.evaluation.lgl import evaluate_geoparser, load_lgl

    limit = args.limit if args.limit is None or args.limit >= 0 else None
    if args.corpus == "lgl":
        articles = load_lgl(args.path)[:limit]
        scores = evaluate_geoparser(articles, gold_spans=args.gold_spans)
    elif args.corpus == "tud":
        from geo.evaluation.tud import load_tud

        scores = evaluate_geoparser(load_tud(args.path)[:limit], gold_spans=args.gold_spans)
    else:
        scores = evaluate_incidents(load_acled(args.path)[:limit], country_hint=args.country_hint)
    print(f"{args.path}\n")
    print(scores.format())
    if getattr(args, "show_errors", 0):
        print(scores.format_cases(args.show_errors))
    return 0
