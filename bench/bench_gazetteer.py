"""Gazetteer start-up against a baseline revision, and layers at GeoNames scale: build,
open, memory and parse throughput.

    python bench/bench_gazetteer.py --startup [--baseline main] [--runs 7]
    python bench/bench_gazetteer.py [--features 12000000] [--alternates 2.0] [--nl ../shared/data/geonames/NL.txt]
                                    [--lgl ../shared/data/eval/lgl.xml] [--work DIR] [--keep] [--reuse]

``--startup``: the revision ``--baseline`` (exported with ``git archive``) and this
checkout, each with a warm private gazetteer cache, run alternately ``--runs`` times:
(a) loading the cached base gazetteer alone (``load_base_gazetteer``: CPU s and RSS of
the process) and (b) ``python -m geo extract`` on one line of input, whole process (CPU
s, wall s, peak RSS). Medians, and this checkout's figure as a ratio of the baseline's.

Layers (the default):

1. Writes a synthetic dump in GeoNames' 19-column format with ``--features`` rows
   (allCountries has ~12 million): made-up names from syllables, ~5 % of them
   namesakes of places the base gazetteer knows (GeoNames is full of them), an average
   of ``--alternates`` alternate names per row, GeoNames' mix of feature classes and
   populations (most places have none).
2. Builds a layer from it with ``python -m geo gazetteer add`` in a child process under a
   private GEO_CACHE_DIR: wall time and the child's peak RSS, and the files' size.
3. In another child: the time to attach the layer to a loaded base gazetteer (``open``),
   RSS after opening and after parsing, and parse docs/s (CPU time: the machine may be
   shared) over the LGL articles (text only: a throughput figure, not an accuracy one)
   with and without the layer, on a first pass and on a second pass over the same texts.
   ``--work DIR --keep`` keeps the dump and the layers; ``--work DIR --reuse`` measures
   them again without rebuilding.
4. The same for the real ``NL.txt`` when it is there.

Prints figures; not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's geo, as ``python -m geo`` in the children
DEFAULT_NL = ROOT.parent / "shared" / "data" / "geonames" / "NL.txt"
DEFAULT_LGL = ROOT.parent / "shared" / "data" / "eval" / "lgl.xml"

SYLLABLES = ("ka ma ri to lo be sa na di ku mo el ar in on ba ha ze vo ti ra gu pe fi ol um ak "
             "dar bur kan mir tal sor vel han dor ges lin mur zab kov").split()
# (feature class, code, share): roughly GeoNames' mix.
FEATURES = [("P", "PPL", 0.40), ("H", "STM", 0.15), ("S", "HTL", 0.10), ("T", "HLL", 0.12), ("L", "AREA", 0.05),
            ("A", "ADM3", 0.05), ("V", "FRST", 0.05), ("R", "RD", 0.03), ("H", "LK", 0.05)]
COUNTRIES = "US CN IN RU BR ID MX NG PK IR TR DE FR GB SY IQ AF KE ET CD SD SO YE UA NL".split()


def synthetic_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def write_dump(path: Path, n: int, alternates: float, seed: int = 12) -> None:
    rng = random.Random(seed)
    from geo.gazetteer.cache import load_base_gazetteer

    real = [name for name in load_base_gazetteer().name[::7] if name]
    classes = [(c, code) for c, code, _ in FEATURES]
    weights = [w for *_, w in FEATURES]
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            name = rng.choice(real) if rng.random() < 0.05 else synthetic_name(rng)
            alt = ",".join(synthetic_name(rng) for _ in range(int(rng.expovariate(1 / alternates)))) if alternates else ""
            fclass, code = rng.choices(classes, weights)[0]
            pop = int(rng.paretovariate(1.2) * 200) if fclass == "P" and rng.random() < 0.2 else 0
            cc = rng.choice(COUNTRIES)
            f.write(f"{20_000_000 + i}\t{name}\t{name}\t{alt}\t{rng.uniform(-60, 70):.5f}\t{rng.uniform(-180, 180):.5f}\t"
                    f"{fclass}\t{code}\t{cc}\t\t{rng.randint(1, 40):02d}\t\t\t\t{pop}\t\t0\tUTC\t2024-01-01\n")


def build(dump: Path, cache: Path, label: str) -> dict:
    env = {**os.environ, "GEO_CACHE_DIR": str(cache)}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "geo", "gazetteer", "add", str(dump), "--name", label],
                   cwd=ROOT, env=env, check=True)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    size = sum(p.stat().st_size for p in (cache / "layers" / label).iterdir()) / 2**20
    return {"build_s": round(seconds, 1), "build_peak_rss_mib_max_child": round(peak), "files_mib": round(size)}


def worker(lgl: str) -> dict:
    """Runs in a child: open, RSS and parse throughput with and without the layers."""
    from geo.evaluation import load_lgl
    from geo.gazetteer.cache import load_base_gazetteer
    from geo.gazetteer.layers import attach_enabled_layers
    from geo.places import parse_places

    texts = [a.text for a in load_lgl(lgl)] if Path(lgl).exists() else []

    def rss() -> float:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) / 1024

    out = {}
    for with_layer in (False, True):
        gz = load_base_gazetteer()
        out[f"rss_base_mib_{with_layer}"] = round(rss())
        if with_layer:
            start = time.perf_counter()
            attach_enabled_layers(gz)
            out["open_s"] = round(time.perf_counter() - start, 4)
            out["rss_after_open_mib"] = round(rss())
        if texts:
            parse_places(texts[0], gz)  # imports and compiled patterns: start-up, not throughput
        passes = []
        for _ in range(2):  # a first pass over texts it has never seen, then the same texts again
            start = time.process_time()
            mentions = sum(len(parse_places(t, gz)) for t in texts)
            passes.append(time.process_time() - start)
        key = "layer" if with_layer else "base"
        out[f"docs_per_s_{key}"] = round(len(texts) / passes[0], 1) if texts else None
        out[f"docs_per_s_{key}_second_pass"] = round(len(texts) / passes[1], 1) if texts else None
        out[f"mentions_{key}"] = mentions
        out[f"rss_after_parse_mib_{key}"] = round(rss())
        out["docs"] = len(texts)
        del gz
    return out


def measure(cache: Path, lgl: str) -> dict:
    env = {**os.environ, "GEO_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, __file__, "--worker", "--lgl", lgl], cwd=ROOT, env=env,
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


STARTUP_LINE = json.dumps({"id": "one", "text": "Gunmen killed three villagers near Kano, Nigeria, on Monday, "
                                               "police said.", "date": "2024-05-06"}) + "\n"
LOAD_ONLY = ("import resource, time\n"
             "t = time.process_time()\n"
             "from geo.gazetteer.cache import load_base_gazetteer\n"
             "gz = load_base_gazetteer()\n"
             "print(time.process_time() - t, len(gz))\n")


def startup(baseline: str, runs: int, work: Path) -> int:
    """Start-up figures of ``baseline`` and this checkout (see the module docstring)."""
    from baseline_tree import export_tree, run_measured, seed_cache

    trees = {"baseline": work / "baseline", "this": ROOT}
    commit = export_tree(baseline, trees["baseline"])
    envs = {name: {**os.environ, "GEO_CACHE_DIR": str(seed_cache(work / f"cache-{name}")), "PYTHONPATH": str(tree)}
            for name, tree in trees.items()}
    for name, tree in trees.items():  # warm: builds a missing cache once, fills the page cache
        first = run_measured([sys.executable, "-m", "geo", "extract"], tree, envs[name], STARTUP_LINE.encode())
        if first["status"] != 0 or b'"incidents"' not in first["stdout"]:
            print(f"{name}: extract failed: {first['stdout'][:300]!r}", file=sys.stderr)
            return 1
    figures: dict[str, dict[str, list[float]]] = {name: {} for name in trees}
    for _ in range(runs):
        for name, tree in trees.items():
            got = figures[name]
            load = run_measured([sys.executable, "-c", LOAD_ONLY], tree, envs[name])
            got.setdefault("load_cpu_s", []).append(float(load["stdout"].split()[0]))
            got.setdefault("load_process_rss_mib", []).append(load["rss_mib"])
            run = run_measured([sys.executable, "-m", "geo", "extract"], tree, envs[name], STARTUP_LINE.encode())
            for key in ("cpu_s", "wall_s", "rss_mib"):
                got.setdefault(f"extract_one_line_{key}", []).append(run[key])
    median = {name: {k: statistics.median(v) for k, v in got.items()} for name, got in figures.items()}
    print(f"gazetteer start-up: baseline {baseline} ({commit[:10]}) vs this checkout ({ROOT}); "
          f"medians of {runs} alternating runs; Python {platform.python_version()}, {os.cpu_count()} cores")
    print(f"command: python bench/bench_gazetteer.py --startup --baseline {baseline} --runs {runs}")
    header = f"{'figure':<30} {'baseline':>10} {'this':>10} {'this/baseline':>14}"
    print(header)
    print("-" * len(header))
    for key in median["this"]:
        b, t = median["baseline"][key], median["this"][key]
        print(f"{key:<30} {b:>10.3f} {t:>10.3f} {t / b:>14.2f}")
    print("(load_cpu_s: load_base_gazetteer from a warm cache; extract_one_line: `python -m geo extract` "
          "on one JSON line, the whole process; RSS = the process's peak)")
    print(json.dumps({"baseline": commit, "runs": runs, "median": median}))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--features", type=int, default=200_000, help="synthetic dump rows (allCountries: 12000000)")
    ap.add_argument("--alternates", type=float, default=2.0, help="mean alternate names per row")
    ap.add_argument("--nl", default=str(DEFAULT_NL), help="a real GeoNames dump to measure too")
    ap.add_argument("--lgl", default=str(DEFAULT_LGL), help="texts for parse throughput")
    ap.add_argument("--work", help="folder for the dump and caches (default: a temporary one)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    ap.add_argument("--reuse", action="store_true",
                    help="with --work: measure the dump and layers already built there (building allCountries takes a while)")
    ap.add_argument("--startup", action="store_true", help="start-up against --baseline instead of layers")
    ap.add_argument("--baseline", default="main", help="git revision to compare start-up with (default main)")
    ap.add_argument("--runs", type=int, default=7, help="start-up runs of each side (default 7)")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.lgl)))
        return 0
    work = Path(args.work or tempfile.mkdtemp(prefix="bench-gazetteer-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.startup:
        try:
            return startup(args.baseline, args.runs, work)
        finally:
            if not args.keep and not args.work:
                shutil.rmtree(work)
    base_cache = Path(os.environ.get("GEO_CACHE_DIR") or Path.home() / ".cache" / "geo-incidents")
    runs = []
    if args.features:
        dump = work / "synthetic.txt"
        if not (args.reuse and dump.exists()):
            start = time.perf_counter()
            write_dump(dump, args.features, args.alternates)
            print(f"synthetic dump: {args.features:,} rows, {dump.stat().st_size / 2**20:.0f} MiB "
                  f"in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        runs.append(("synthetic", dump))
    if Path(args.nl).exists():
        runs.append(("NL", Path(args.nl)))
    for label, dump in runs:
        cache = work / f"cache-{label}"
        cache.mkdir(exist_ok=True)
        for table in base_cache.glob("gazetteer_*.gztable"):  # the base gazetteer, not rebuilt
            if not (cache / table.name).exists():
                shutil.copy(table, cache / table.name)
        built = (cache / "layers" / label).is_dir() and args.reuse
        figures = {"layer": label, **({"reused": True} if built else build(dump, cache, label)),
                   **measure(cache, args.lgl)}
        print(json.dumps(figures))
    if not args.keep and not args.work:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
