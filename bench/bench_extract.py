"""Incident extraction throughput (``python -m geo extract``) over ACLED event notes.

    python bench/bench_extract.py [--acled ../shared/data/eval/acled_2016_africa_sample.csv] [--repeat 5]

Runs in this (fresh) process: start-up = from before importing the extractor to the end
of its first call (gazetteer load, from its on-disk cache when there is one, plus one
extraction); then reports/s over the notes repeated ``--repeat`` times, each with its
event date as publication date, through the batch interface's handler
(``geo.batch.extract_record``); peak RSS from ``resource.getrusage``. Prints figures; not
a test.
"""

from __future__ import annotations

import argparse
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ACLED = ROOT.parent / "shared" / "data" / "eval" / "acled_2016_africa_sample.csv"


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--acled", default=str(DEFAULT_ACLED), help=f"ACLED CSV (default {DEFAULT_ACLED})")
    ap.add_argument("--repeat", type=int, default=5, help="passes over the notes (default 5)")
    args = ap.parse_args()
    if not Path(args.acled).exists():
        print(f"no ACLED file at {args.acled} (it lives outside the repo: --acled PATH)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from geo.evaluation import load_acled

    records = [{"id": r.id, "text": r.notes, "date": r.event_date} for r in load_acled(args.acled)]
    before = _rss_mib()
    t0 = time.perf_counter()
    from geo.gazetteer import cache_path

    warm = cache_path().exists()
    from geo.batch import extract_record

    extract_record(records[0])
    startup = time.perf_counter() - t0

    reports = incidents = 0
    passes = []
    for _ in range(args.repeat):
        t1 = time.perf_counter()
        for record in records:
            incidents += len(extract_record(record))
            reports += 1
        passes.append(time.perf_counter() - t1)
    elapsed = sum(passes)
    later = passes[1:] or passes

    print(f"ACLED notes extract throughput: {args.acled}, {args.repeat} passes; Python {platform.python_version()}, "
          f"{platform.machine()}; one process, one thread")
    rows = [
        ("reports", f"{reports} ({len(records)} notes x {args.repeat}, mean {sum(len(r['text']) for r in records) / len(records):.0f} chars)"),
        ("reports/s", f"{reports / elapsed:,.1f} ({elapsed:.2f} s); first pass {len(records) / passes[0]:,.1f}, "
                      f"later passes {len(records) * len(later) / sum(later):,.1f} (same texts again: warm caches)"),
        ("incidents/report", f"{incidents / reports:.2f}"),
        ("start-up", f"{startup:.2f} s (gazetteer {'from the on-disk cache' if warm else 'built from scratch'} + first call)"),
        ("peak RSS", f"{_rss_mib():.1f} MiB ({before:.1f} MiB before the extractor was loaded)"),
    ]
    for k, v in rows:
        print(f"{k:<17} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
