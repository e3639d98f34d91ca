"""Place-name parsing throughput: ours (``python -m geo parse``) next to geotext.

    python bench/bench_parse.py [--lgl ../shared/data/eval/lgl.xml] [--repeat 5] [--cold]

Each engine runs in a fresh Python process over the LGL articles repeated ``--repeat``
times, and reports:

- start-up: from before the engine's import to the end of its first call (ours: the
  gazetteer load, from its on-disk cache when there is one, plus the first parse);
- docs/s after start-up (all passes; the first pass alone; the later ones, which see
  the same texts again and profit from warm caches), and mentions found per document (not an accuracy figure —
  geotext gives neither offsets nor coordinates; ``python -m geo eval lgl`` measures ours);
- peak RSS (``resource.getrusage``), and RSS before the engine was loaded (the corpus
  text itself), both in MiB.

Ours is driven through the batch interface's handler (``geo.batch.parse_record``), the
code ``python -m geo parse`` runs. Needs ``pip install -r bench/requirements.txt``.
Prints figures; not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_LGL = ROOT.parent / "shared" / "data" / "eval" / "lgl.xml"
ENGINES = ("geo", "geotext")


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def worker(engine: str, lgl: str, repeat: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from geo.evaluation import load_lgl

    texts = [a.text for a in load_lgl(lgl)]
    before = _rss_mib()
    t0 = time.perf_counter()
    if engine == "geo":
        from geo.gazetteer import cache_path

        warm_cache = cache_path().exists()
        from geo.batch import parse_record

        handle = parse_record(False)

        def run(text: str) -> int:
            return len(handle({"id": "", "text": text}))
    else:
        warm_cache = None
        from geotext import GeoText

        def run(text: str) -> int:
            g = GeoText(text)
            return len(g.cities) + len(g.countries)

    run(texts[0])
    startup = time.perf_counter() - t0
    mentions = docs = 0
    passes = []
    for _ in range(repeat):
        t1 = time.perf_counter()
        for text in texts:
            mentions += run(text)
            docs += 1
        passes.append(time.perf_counter() - t1)
    elapsed = sum(passes)
    later = passes[1:] or passes
    return {"engine": engine, "docs": docs, "chars": sum(map(len, texts)) * repeat, "seconds": elapsed,
            "docs_per_s": docs / elapsed, "first_pass_docs_per_s": len(texts) / passes[0],
            "later_passes_docs_per_s": len(texts) * len(later) / sum(later),
            "startup_s": startup, "mentions_per_doc": mentions / docs,
            "peak_rss_mib": _rss_mib(), "rss_before_engine_mib": before, "warm_gazetteer_cache": warm_cache}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lgl", default=str(DEFAULT_LGL), help=f"LGL XML (default {DEFAULT_LGL})")
    ap.add_argument("--repeat", type=int, default=5, help="passes over the corpus (default 5)")
    ap.add_argument("--engines", default=",".join(ENGINES), help="comma-separated: geo,geotext")
    ap.add_argument("--cold", action="store_true",
                    help="ours starts without its gazetteer cache (built from the installed packages, as on a first run)")
    ap.add_argument("--worker", choices=ENGINES, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.lgl, args.repeat)))
        return 0
    if not Path(args.lgl).exists():
        print(f"no LGL file at {args.lgl} (it lives outside the repo: --lgl PATH)", file=sys.stderr)
        return 2

    results = []
    cold = tempfile.TemporaryDirectory(prefix="geo-bench-cache-") if args.cold else None
    for engine in args.engines.split(","):
        env = dict(os.environ)
        if cold is not None and engine == "geo":
            env["GEO_CACHE_DIR"] = cold.name  # empty: the gazetteer index is built from scratch
        out = subprocess.run([sys.executable, __file__, "--worker", engine, "--lgl", args.lgl,
                              "--repeat", str(args.repeat)], capture_output=True, text=True, cwd=ROOT, env=env)
        if out.returncode != 0:
            print(f"{engine}: failed\n{out.stderr.strip()}", file=sys.stderr)
            continue
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))

    print(f"LGL parse throughput: {args.lgl}, {args.repeat} passes; Python {platform.python_version()}, "
          f"{platform.machine()}, {platform.processor() or platform.platform()}; one process, one thread each")
    header = (f"{'engine':<9} {'docs':>6} {'docs/s all':>10} {'1st pass':>9} {'later':>9} {'start-up s':>10} "
              f"{'mentions/doc':>12} {'peak RSS MiB':>12} {'(corpus only)':>13}")
    print(header)
    print("-" * len(header))
    for r in results:
        print(f"{r['engine']:<9} {r['docs']:>6} {r['docs_per_s']:>10,.1f} {r['first_pass_docs_per_s']:>9,.1f} "
              f"{r['later_passes_docs_per_s']:>9,.1f} {r['startup_s']:>10.2f} "
              f"{r['mentions_per_doc']:>12.2f} {r['peak_rss_mib']:>12.1f} {r['rss_before_engine_mib']:>13.1f}")
    print("(docs/s after start-up; the first pass sees each text once, later passes repeat it and "
          "profit from warm caches)")
    for r in results:
        if r["warm_gazetteer_cache"] is not None:
            print(f"({r['engine']}: gazetteer index {'loaded from the on-disk cache' if r['warm_gazetteer_cache'] else 'built from scratch (no cache yet)'})")
    if cold is not None:
        cold.cleanup()
    return 0 if results else 1


if __name__ == "__main__":
    sys.exit(main())
