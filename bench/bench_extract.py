"""Incident extraction throughput (``python -m geo extract``) over ACLED event notes and
LGL news articles: this checkout beside a baseline revision, in one run.

    python bench/bench_extract.py [--acled ../shared/data/eval/acled_2016_africa_sample.csv]
                                  [--lgl ../shared/data/eval/lgl.xml] [--repeat 3] [--rounds 3]
                                  [--baseline main] [--cold] [--diff]

Each (engine, corpus) runs in a fresh Python process, ``--rounds`` times; in each round,
for each corpus, the two trees run back to back (which goes first alternates by round).
Start-up = from before importing the extractor to the end of its first call (gazetteer
load and the pattern caches read, plus one extraction); then documents/s over the texts
repeated ``--repeat`` times through the batch interface's handler
(``geo.batch.extract_record``; ACLED notes with their event date as publication date) —
all passes, the first pass (each text new to the process: what a newswire sees), and
the later ones (warm caches); peak RSS (``resource.getrusage``). Times are CPU seconds of
the process (the machine is shared). ``geo@baseline`` is the revision ``--baseline``
exported with ``git archive`` (``--baseline ''`` leaves it out).

Caches: each tree gets its own cache folder (the user's, ``GEO_CACHE_DIR``, is only
read). By default they are WARM, as on every run after the first: seeded with a copy of
every file of the user's folder (gazetteer, compiled pattern code, pattern facts,
pattern-gate databases; each revision reads the names of its own formats), then one
untimed run of each tree over each corpus builds whatever its folder lacks; the output
names any cache file a timed run still wrote. ``--cold`` measures a first extraction
instead: every timed run starts from a new folder holding the gazetteer files only, and
builds the pattern caches inside the run (~12 s of start-up CPU here, ~11 s of it the
Hyperscan databases; the gazetteer's own build is ``bench_parse.py --cold``'s).

Both trees' modules are compiled to bytecode (``compileall``) before the first round, as
an installed package has them: a warm start-up then reads the bytecode, as it does
wherever Python may write it — with ``PYTHONDONTWRITEBYTECODE`` set and no
``__pycache__`` (a fresh ``git archive``), every process would compile the ~150 modules'
source again, ~0.13 s of CPU that measures Python's compiler, not the extractor
(``--source-start`` measures that way; the line "bytecode:" says which was done).

Prints the medians of each figure, then, for each corpus, the ratio this checkout /
baseline of each round's pair with their median and min–max (a ratio of two runs back to
back moves less with the machine's load than a ratio of medians from different rounds;
the spread says how far to trust it: prefer more, shorter rounds to fewer, longer ones),
and the load average before and after (CPU times and ratios hold under load, absolute
rates less so); not a test.

Issue 11's "today" (main when it was filed, before the streaming ingest) is
``--baseline 'be106a7^'``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "eval"
DEFAULT_ACLED = DATA / "acled_2016_africa_sample.csv"
DEFAULT_LGL = DATA / "lgl.xml"


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def worker(corpus: str, path: str, repeat: int, tree: str, dump: str = "") -> dict:
    sys.path.insert(0, tree)
    if corpus == "acled":
        from geo.evaluation import load_acled

        records = [{"id": r.id, "text": r.notes, "date": r.event_date} for r in load_acled(path)]
    else:
        from geo.evaluation import load_lgl

        records = [{"id": str(k), "text": a.text} for k, a in enumerate(load_lgl(path))]
    before = _rss_mib()
    t0 = time.process_time()
    from geo.batch import extract_record

    extract_record(records[0])
    startup = time.process_time() - t0
    incidents = 0
    passes = []
    outputs = []
    for _ in range(repeat):
        t1 = time.process_time()
        for record in records:
            found = extract_record(record)
            incidents += len(found)
            if dump and not passes:
                outputs.append(found)
        passes.append(time.process_time() - t1)
    if dump:  # after the clock: the first pass's incidents, one JSON line per record
        with open(dump, "w", encoding="utf-8") as f:
            f.writelines(json.dumps({"id": r["id"], "incidents": o}, ensure_ascii=False) + "\n" for r, o in zip(records, outputs))
    later = passes[1:] or passes
    return {"docs": len(records) * repeat, "docs_per_s": len(records) * repeat / sum(passes),
            "first_pass_docs_per_s": len(records) / passes[0],
            "later_passes_docs_per_s": len(records) * len(later) / sum(later), "startup_s": startup,
            "incidents_per_doc": incidents / (len(records) * repeat), "peak_rss_mib": _rss_mib(),
            "rss_before_engine_mib": before}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--acled", default=str(DEFAULT_ACLED), help=f"ACLED CSV (default {DEFAULT_ACLED}; '' to skip)")
    ap.add_argument("--lgl", default=str(DEFAULT_LGL), help=f"LGL XML (default {DEFAULT_LGL}; '' to skip)")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the texts (default 3)")
    ap.add_argument("--rounds", type=int, default=3, help="runs of each engine, taking turns (default 3)")
    ap.add_argument("--baseline", default="main", help="git revision to run beside this checkout ('' for none)")
    ap.add_argument("--diff", action="store_true",
                    help="also compare the incidents of this checkout and the baseline, document by document "
                         "(against the revision a speed-up started from: they must be the same)")
    ap.add_argument("--cold", action="store_true",
                    help="every timed run starts from a cache folder holding the gazetteer files only: the pattern "
                         "caches (compiled code, pattern facts, Hyperscan databases) are built inside the run, as on "
                         "a first extraction (default: each tree's caches warmed by an untimed run first)")
    ap.add_argument("--source-start", action="store_true",
                    help="do not compile the trees' bytecode first (with PYTHONDONTWRITEBYTECODE set and no "
                         "__pycache__, start-up then includes compiling every module's source)")
    ap.add_argument("--worker", choices=("acled", "lgl"), help=argparse.SUPPRESS)
    ap.add_argument("--dump", default="", help=argparse.SUPPRESS)
    ap.add_argument("--path", help=argparse.SUPPRESS)
    ap.add_argument("--tree", default=str(ROOT), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.path, args.repeat, args.tree, args.dump)))
        return 0
    # Absolute paths: each engine's process runs in its own tree (a baseline's is a temporary folder).
    corpora = [(name, str(Path(path).resolve())) for name, path in (("acled", args.acled), ("lgl", args.lgl))
               if path and Path(path).exists()]
    if not corpora:
        print("no corpus found (they live outside the repo: --acled PATH, --lgl PATH)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from baseline_tree import (EVERY_FILE, GAZETTEER_FILES, cache_files, cache_kinds, compile_bytecode, count_written,
                               export_tree, seed_cache, spread, user_cache_dir, written_line)

    work = tempfile.TemporaryDirectory(prefix="geo-bench-extract-")
    engines = [("geo", str(ROOT))]
    commit = None
    if args.baseline:
        tree = Path(work.name) / "baseline"
        commit = export_tree(args.baseline, tree)
        engines.append(("geo@baseline", str(tree)))
    # Each tree its own cache folder, this checkout's too: the same footing for both, and
    # the user's folder is only read.
    caches = {label: Path(work.name) / f"cache-{k}" for k, (label, _) in enumerate(engines)}
    if not args.source_start:
        for _, tree in engines:
            compile_bytecode(tree)
    bytecode = ("modules' source compiled by each process unless a __pycache__ holds them"
                + (" (PYTHONDONTWRITEBYTECODE set)" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "")
                if args.source_start else "compiled beforehand in both trees (compileall), as an installed package has it")

    def run(corpus: str, path: str, label: str, tree: str, repeat: int, dump: str = ""):
        env = dict(os.environ, GEO_CACHE_DIR=str(caches[label]))
        return subprocess.run([sys.executable, __file__, "--worker", corpus, "--path", path, "--repeat", str(repeat),
                               "--tree", tree, "--dump", dump], capture_output=True, text=True, cwd=tree, env=env)

    seeded = {}
    if not args.cold:  # one untimed run per tree and corpus builds whatever its caches lack
        for label, tree in engines:
            seeded[label] = cache_files(seed_cache(caches[label], EVERY_FILE))
            for corpus, path in corpora:
                out = run(corpus, path, label, tree, 1)
                if out.returncode != 0:
                    print(f"{label} {corpus} warm-up: failed\n{out.stderr.strip()[-2000:]}", file=sys.stderr)
    load_before = os.getloadavg()
    runs: dict[tuple[str, str], dict[int, dict]] = {}
    rewritten: dict[str, dict[str, int]] = {label: {} for label, _ in engines}
    dumps = {(corpus, label): str(Path(work.name) / f"{corpus}-{k}.jsonl") for corpus, _ in corpora
             for k, (label, _) in enumerate(engines)} if args.diff else {}
    for round_ in range(args.rounds):
        # The trees run back to back for each corpus, first one, then the other: load that
        # drifts over a pair weighs on both sides in turn.
        order = engines if round_ % 2 == 0 else engines[::-1]
        for corpus, path in corpora:
            for label, tree in order:
                if args.cold:
                    shutil.rmtree(caches[label], ignore_errors=True)
                    seed_cache(caches[label], GAZETTEER_FILES)
                before = cache_files(caches[label])
                out = run(corpus, path, label, tree, args.repeat, dumps.get((corpus, label), "") if round_ == 0 else "")
                count_written(rewritten[label], before, cache_files(caches[label]))
                if out.returncode != 0:
                    print(f"{label} {corpus}: failed\n{out.stderr.strip()[-2000:]}", file=sys.stderr)
                    continue
                runs.setdefault((corpus, label), {})[round_] = json.loads(out.stdout.strip().splitlines()[-1])
    same = {corpus: _compare(dumps[corpus, "geo"], dumps[corpus, "geo@baseline"]) for corpus, _ in corpora
            if (corpus, "geo@baseline") in dumps}
    work.cleanup()

    print(f"extract throughput; Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores; "
          f"one process each; CPU time; medians of {args.rounds} rounds")
    print(f"command: python bench/bench_extract.py --repeat {args.repeat} --rounds {args.rounds} --baseline {args.baseline!r}"
          + (" --cold" if args.cold else "") + (" --source-start" if args.source_start else "")
          + "".join(f" --{name} {path}" for name, path in corpora))
    print(f"bytecode: {bytecode}")
    if args.cold:
        print("caches: COLD (--cold): every timed run starts from a new folder holding only the gazetteer files of "
              f"{user_cache_dir()}; pattern code, pattern facts and pattern-gate databases are built inside the run, "
              "as on a first extraction" + ("" if any(n.startswith("gazetteer_") for n in cache_files(user_cache_dir()))
                                             else " (no gazetteer file there: the index is built in every run too)"))
    else:
        print(f"caches: WARM: each tree its own folder, seeded with every file of {user_cache_dir()} ("
              + cache_kinds(seeded[engines[0][0]]) + ") and warmed by one untimed run over each corpus")
        for label, _ in engines:
            print(written_line(label, sum(len(r) for (_, l), r in runs.items() if l == label), rewritten[label]))
    print("load average (1, 5, 15 min): before " + ", ".join(f"{x:.2f}" for x in load_before)
          + "; after " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    header = (f"{'corpus':<6} {'engine':<13} {'docs':>6} {'docs/s all':>10} {'1st pass':>9} {'later':>9} "
              f"{'start-up s':>10} {'incidents/doc':>13} {'peak RSS MiB':>12}")
    print(header)
    print("-" * len(header))
    medians = {}
    for (corpus, label), by_round in runs.items():
        got = list(by_round.values())
        m = medians[corpus, label] = {k: statistics.median(r[k] for r in got) for k in got[0]}
        print(f"{corpus:<6} {label:<13} {got[0]['docs']:>6} {m['docs_per_s']:>10,.1f} {m['first_pass_docs_per_s']:>9,.1f} "
              f"{m['later_passes_docs_per_s']:>9,.1f} {m['startup_s']:>10.2f} {m['incidents_per_doc']:>13.2f} "
              f"{m['peak_rss_mib']:>12.1f}")
    for corpus, _ in corpora:
        ours, base = runs.get((corpus, "geo"), {}), runs.get((corpus, "geo@baseline"), {})
        pairs = [(ours[k], base[k]) for k in sorted(ours) if k in base]
        if not pairs:
            continue
        print(f"{corpus}: this checkout / baseline {args.baseline} ({commit[:10]}), the ratio of each round's pair "
              "(run back to back), median [min–max]:")
        for name, key in (("docs/s first pass", "first_pass_docs_per_s"), ("docs/s all", "docs_per_s"),
                          ("start-up", "startup_s"), ("peak RSS", "peak_rss_mib")):
            print(f"  {name:<17} {spread([a[key] / b[key] for a, b in pairs])}")
        print(f"  same incidents/doc: {all(a['incidents_per_doc'] == b['incidents_per_doc'] for a, b in pairs)}")
    for corpus, (docs, differing) in same.items():
        print(f"{corpus}: incidents of this checkout and the baseline: "
              + (f"identical on all {docs} documents" if not differing else
                 f"{len(differing)} of {docs} documents differ (first: {', '.join(map(str, differing[:5]))})"))
    return 0 if runs and not any(d for _, d in same.values()) else 1


def _compare(ours: str, theirs: str) -> tuple[int, list]:
    """(documents, ids of those whose incidents differ) between two dumps."""
    if not (Path(ours).exists() and Path(theirs).exists()):
        return 0, ["(a run failed)"]
    with open(ours, encoding="utf-8") as a, open(theirs, encoding="utf-8") as b:
        pairs = list(zip(a, b))
    return len(pairs), [json.loads(x)["id"] for x, y in pairs if x != y]


if __name__ == "__main__":
    sys.exit(main())
