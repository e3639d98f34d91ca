"""Place-name parsing throughput: ours (``python -m geo parse``) next to a baseline
revision of ours and geotext, in one run.

    python bench/bench_parse.py [--lgl ../shared/data/eval/lgl.xml] [--repeat 5] [--rounds 3]
                                [--baseline main] [--cold] [--diff]

Each engine runs in a fresh Python process over the LGL articles repeated ``--repeat``
times, ``--rounds`` times with the engines taking turns, in the reverse order every other
round (the machine is shared: the median of each figure is printed, and each ratio
below as the median and min–max of its rounds' ratios), and reports:

Times are CPU seconds of the engine's process (``time.process_time``): the machine is
shared, and another process's load must not count as ours.

- start-up: from before the engine's import to the end of its first call (ours: the
  gazetteer load, from its on-disk cache when there is one, plus the first parse);
- docs/s after start-up (all passes; the first pass alone; the later ones, which see
  the same texts again and profit from warm caches), and mentions found per document (not an accuracy figure —
  geotext gives neither offsets nor coordinates; ``python -m geo eval lgl`` measures ours);
- peak RSS (``resource.getrusage``), and RSS before the engine was loaded (the corpus
  text itself), both in MiB;
- the machine's load average before and after the runs.

Ours is driven through the batch interface's handler (``geo.batch.parse_record``), the
code ``python -m geo parse`` runs; ``geo@baseline`` is the same for the revision
``--baseline`` (exported with ``git archive``; ``--baseline ''`` leaves it out). Each tree
of ours has its own cache folder, WARM unless ``--cold``: seeded with a copy of every file
of the user's (``GEO_CACHE_DIR``, only read), then one untimed run over the corpus builds
whatever it lacks; the output names any cache file a timed run still wrote. Printed after
the table: this checkout's figures as ratios of the baseline's, each round's pair (run
back to back) giving one ratio, with their median and min–max, and geotext's docs/s as a
multiple of ours. Our trees' modules are compiled to bytecode first, as
in ``bench_extract.py`` (``--source-start`` does not: see there). ``--diff`` also says whether this
checkout's output (every mention's JSON, as ``geo parse`` writes it) is the baseline's on
every article, from one more untimed pass of each. Needs
``pip install -r bench/requirements.txt``. Prints figures; not a test.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import statistics
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


def worker(engine: str, lgl: str, repeat: int, tree: str, diff: bool = False) -> dict:
    sys.path.insert(0, tree)
    from geo.evaluation import load_lgl

    texts = [a.text for a in load_lgl(lgl)]
    before = _rss_mib()
    t0 = time.process_time()
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
    startup = time.process_time() - t0
    mentions = docs = 0
    passes = []
    for _ in range(repeat):
        t1 = time.process_time()
        for text in texts:
            mentions += run(text)
            docs += 1
        passes.append(time.process_time() - t1)
    elapsed = sum(passes)
    later = passes[1:] or passes
    digests = None
    if diff and engine == "geo":  # untimed: each article's output, hashed
        digests = [hashlib.sha256(json.dumps(handle({"id": "", "text": text}), sort_keys=True).encode()).hexdigest()[:16]
                   for text in texts]
    return {"output_digests": digests, "engine": engine, "docs": docs, "chars": sum(map(len, texts)) * repeat, "seconds": elapsed,
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
    ap.add_argument("--rounds", type=int, default=3, help="runs of each engine, taking turns (default 3)")
    ap.add_argument("--baseline", default="main", help="git revision to run beside this checkout ('' for none)")
    ap.add_argument("--diff", action="store_true", help="compare this checkout's parse output with the baseline's")
    ap.add_argument("--source-start", action="store_true",
                    help="do not compile the trees' bytecode first (with PYTHONDONTWRITEBYTECODE set and no "
                         "__pycache__, start-up then includes compiling every module's source)")
    ap.add_argument("--worker", choices=ENGINES, help=argparse.SUPPRESS)
    ap.add_argument("--tree", default=str(ROOT), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.lgl, args.repeat, args.tree, args.diff)))
        return 0
    if not Path(args.lgl).exists():
        print(f"no LGL file at {args.lgl} (it lives outside the repo: --lgl PATH)", file=sys.stderr)
        return 2
    args.lgl = str(Path(args.lgl).resolve())  # the baseline's worker runs in its own folder

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from baseline_tree import (EVERY_FILE, cache_files, cache_kinds, compile_bytecode, count_written, export_tree,
                               seed_cache, spread, user_cache_dir, written_line)

    work = tempfile.TemporaryDirectory(prefix="geo-bench-parse-")
    engines = [(name, name, str(ROOT)) for name in args.engines.split(",")]
    baseline_commit = None
    if args.baseline and "geo" in args.engines.split(","):
        tree = Path(work.name) / "baseline"
        baseline_commit = export_tree(args.baseline, tree)
        engines.insert(1, ("geo@baseline", "geo", str(tree)))
    if not args.source_start:
        for label, engine, tree in engines:
            if engine == "geo":
                compile_bytecode(tree)
    # Each tree of ours its own cache folder, this checkout's too (the user's is only read).
    caches = {label: Path(work.name) / f"cache-{k}" for k, (label, engine, _) in enumerate(engines) if engine == "geo"}

    def run(label: str, engine: str, tree: str, repeat: int, diff: bool):
        env = dict(os.environ)
        if label in caches:
            env["GEO_CACHE_DIR"] = str(caches[label])
        return subprocess.run([sys.executable, __file__, "--worker", engine, "--lgl", args.lgl, "--repeat",
                               str(repeat), "--tree", tree, *(["--diff"] if diff else [])],
                              capture_output=True, text=True, cwd=tree, env=env)

    seeded = {}
    if not args.cold:  # one untimed run per tree builds whatever its cache lacks
        for label, engine, tree in engines:
            if label in caches:
                seeded[label] = cache_files(seed_cache(caches[label], EVERY_FILE))
                out = run(label, engine, tree, 1, False)
                if out.returncode != 0:
                    print(f"{label} warm-up: failed\n{out.stderr.strip()}", file=sys.stderr)
    runs: dict[str, dict[int, dict]] = {}
    rewritten: dict[str, dict[str, int]] = {label: {} for label in caches}
    load_before = os.getloadavg()  # CPU times and ratios hold under load; absolute figures less so
    for round_ in range(args.rounds):
        # Taking turns, in the reverse order every other round: load that drifts over a
        # round weighs on each engine in turn.
        for label, engine, tree in engines if round_ % 2 == 0 else engines[::-1]:
            if args.cold and label in caches:  # an empty cache: the gazetteer index is built from scratch
                caches[label] = Path(tempfile.mkdtemp(prefix="cold-", dir=work.name))
            before = cache_files(caches[label]) if label in caches else {}
            out = run(label, engine, tree, args.repeat, args.diff)
            if label in caches:
                count_written(rewritten[label], before, cache_files(caches[label]))
            if out.returncode != 0:
                print(f"{label}: failed\n{out.stderr.strip()}", file=sys.stderr)
                continue
            runs.setdefault(label, {})[round_] = json.loads(out.stdout.strip().splitlines()[-1])
    results = []
    for label, by_round in runs.items():
        got = list(by_round.values())
        median = {k: statistics.median(r[k] for r in got) for k, v in got[0].items() if isinstance(v, (int, float))
                  and not isinstance(v, bool)}
        results.append({**got[0], **median, "engine": label, "docs": got[0]["docs"]})

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
    print("(docs/s of CPU time after start-up; the first pass sees each text once, later passes repeat it and "
          "profit from warm caches)")
    for r in results:
        if r["warm_gazetteer_cache"] is not None:
            print(f"({r['engine']}: gazetteer index {'loaded from the on-disk cache' if r['warm_gazetteer_cache'] else 'built from scratch (no cache yet)'})")
    if args.cold:
        print("caches: COLD (--cold): each run of ours starts from an empty cache folder")
    elif caches:
        print(f"caches: WARM: each tree of ours its own folder, seeded with every file of {user_cache_dir()} ("
              + cache_kinds(next(iter(seeded.values()))) + ") and warmed by one untimed run over the corpus")
        for label, files in rewritten.items():
            print(written_line(label, len(runs.get(label, {})), files))
    print("bytecode: " + ("modules' source compiled by each process unless a __pycache__ holds them (--source-start)"
                          if args.source_start else "compiled beforehand in our trees (compileall), as an installed "
                          "package has it"))
    print("load average (1, 5, 15 min): before " + ", ".join(f"{x:.2f}" for x in load_before)
          + "; after " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    by_engine = {r["engine"]: r for r in results}
    print(f"command: python bench/bench_parse.py --repeat {args.repeat} --rounds {args.rounds} "
          f"--baseline {args.baseline!r}{' --cold' if args.cold else ''}{' --source-start' if args.source_start else ''}{' --diff' if args.diff else ''}; medians of {args.rounds} rounds")
    ours = by_engine.get("geo")
    if ours and "geo@baseline" in by_engine:
        pairs = [(runs["geo"][k], runs["geo@baseline"][k]) for k in sorted(runs["geo"]) if k in runs["geo@baseline"]]
        print(f"this checkout / baseline {args.baseline} ({baseline_commit[:10]}), the ratio of each round's pair "
              "(run back to back), median [min–max]:")
        for name, key in (("docs/s all", "docs_per_s"), ("docs/s first pass", "first_pass_docs_per_s"),
                          ("start-up", "startup_s"), ("peak RSS", "peak_rss_mib")):
            print(f"  {name:<17} {spread([a[key] / b[key] for a, b in pairs])}")
    if args.diff and ours and "geo@baseline" in by_engine:
        mine, theirs = ours["output_digests"], by_engine["geo@baseline"]["output_digests"]
        differ = sum(a != b for a, b in zip(mine, theirs))
        print(f"output: {'identical to the baseline' if not differ else f'{differ} of {len(mine)} articles differ from the baseline'}"
              f" on all {len(mine)} articles")
    for label in ("geo", "geo@baseline"):
        if label in runs and "geotext" in runs:
            pairs = [(runs["geotext"][k], runs[label][k]) for k in sorted(runs[label]) if k in runs["geotext"]]
            print(f"geotext / {label}: docs/s all {spread([a['docs_per_s'] / b['docs_per_s'] for a, b in pairs])}, "
                  f"first pass {spread([a['first_pass_docs_per_s'] / b['first_pass_docs_per_s'] for a, b in pairs])}")
    work.cleanup()
    return 0 if results else 1


if __name__ == "__main__":
    sys.exit(main())
