"""Ingest throughput, memory and resumption on a synthetic newswire (issue 11).

    python bench/bench_ingest.py [--docs 100000] [--workers 2] [--out bench_ingest.json]

In one run, on one generated corpus of short reports (sentences made from templates
here; nothing from any evaluation data):

1. ``geo ingest`` in one process (extraction in its worker process, with the time limit;
   and in the process itself with ``--doc-timeout 0``: the limit's overhead), then on a
   Dask LocalCluster of 1 and of N workers (and of N with no time limit): documents/s
   over the whole run and over the steady part (10 % to 90 % of the documents
   committed), CPU per document of all the run's processes and of the writer, the CPU
   per document over the steady part by role (the writer: the client's main thread; the
   client's other threads: with a LocalCluster the scheduler and the comms; the Dask
   workers; the extraction processes: what the others cost beside extraction), the share
   of that part the writer and the extraction processes slept (neither running nor
   waiting for a CPU: an extraction process that sleeps waits for work, whatever the
   load), peak RSS
   of the process tree (sum) and of its largest process, and that peak at 25, 50 and
   100 % of the corpus (flat when memory does not grow with the corpus); then the
   ratios (SCALING, printed last);
2. the memory of the single-process run on the full corpus (if 1. did not run) and on
   one 1/4 the size, to show it does not grow with the corpus;
3. ``kill -9`` of a single-process ingest at ~50 %, then a re-run: the committed batches
   are kept and the re-run adds only the rest;
4. a folder with a 100 MB text file, a 10 MB single line and three short reports: the
   run ends within 60 s, the two giants as errors, the short reports stored.

Each run is a fresh ``python -m geo`` process (gazetteer load included). The machine is
shared: the load average is printed beside the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.store.open import open_store  # noqa: E402

# Templates and words written for this benchmark.
PLACES = ["Kano", "Maiduguri", "Mogadishu", "Kabul", "Aleppo", "Goma", "Bamako", "Khartoum", "Mosul",
          "Sanaa", "Tripoli", "Juba", "Bangui", "Niamey", "Ouagadougou", "Kandahar", "Homs", "Gao"]
ACTORS = ["Gunmen", "Unidentified militants", "Soldiers", "Police", "Rebel fighters", "A mob", "Protesters"]
ACTS = ["attacked a market in", "clashed with residents near", "opened fire on a convoy outside",
        "set fire to houses in", "marched through the centre of", "raided a village close to"]
OUTCOMES = ["killing {n} people", "leaving {n} dead", "wounding {n} civilians", "with no casualties reported",
            "and {n} people were arrested"]
DAYS = ["on Monday", "on Tuesday", "overnight", "on Friday", "early on Sunday", "late on Wednesday"]
FOLLOW = ["Local officials confirmed the toll.", "Witnesses said the attackers fled on motorbikes.",
          "The army said it had restored calm.", "No group claimed responsibility.",
          "Residents said shops stayed closed the next day."]


def report(rng: random.Random, k: int) -> dict:
    first = (f"{rng.choice(ACTORS)} {rng.choice(ACTS)} {rng.choice(PLACES)} {rng.choice(DAYS)}, "
             + rng.choice(OUTCOMES).format(n=rng.randint(1, 40)) + ".")
    body = " ".join([first, *rng.sample(FOLLOW, 2)])
    day = 1 + k % 28
    return {"id": f"syn-{k:07d}", "title": f"Report {k}", "date": f"2024-03-{day:02d}", "text": body}


def write_corpus(path: Path, n: int, seed: int = 11) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        for k in range(n):
            f.write(json.dumps(report(rng, k)) + "\n")
    return path


def stored_documents(store: Path) -> int:
    try:
        with open_store(store, create=False) as s:
            return sum(p.rows for p in s.manifest().documents)
    except (FileNotFoundError, ValueError, OSError):
        return 0


# Which part of a run a process (or a thread of the client) is, from its command line.
ROLES = ("writer", "client threads", "workers", "extraction processes", "other")


def scheduled(pid: int) -> tuple[float, float, float] | None:
    """(now, seconds its main thread ran, seconds it waited for a CPU) from
    /proc/PID/task/PID/schedstat; the rest of the time it slept (waited for work)."""
    try:
        with open(f"/proc/{pid}/task/{pid}/schedstat", encoding="ascii") as f:
            run, wait = f.read().split()[:2]
    except (OSError, ValueError):
        return None
    return time.monotonic(), int(run) / 1e9, int(wait) / 1e9


def asleep(before: dict, after: dict, role: str) -> float | None:
    """The share of the time between two samples the role's processes (those in both)
    slept: neither running nor waiting for a CPU. On a loaded machine the rates say
    little, this says whether the extraction processes ever waited for work."""
    spans = [(after[k], before[k]) for k in before if k[0] == role and before[k] and after.get(k)]
    total = sum(a[0] - b[0] for a, b in spans)
    if not spans or total <= 0:
        return None
    busy = sum((a[1] - b[1]) + (a[2] - b[2]) for a, b in spans)
    return round(max(0.0, 1 - busy / total), 3)


def role_cpu(top: psutil.Process, seen: dict, sleep: dict) -> dict[str, float]:
    """CPU seconds so far of each role of the run's process tree: the client's main thread
    (it reads the documents, merges events and commits: the store's one writer), its other
    threads (with a LocalCluster: the Dask scheduler, the client's and the nannies' event
    loop; in one process: the pipes to the extraction process), the Dask worker processes
    and the extraction processes (``geo.ingest.worker``). ``seen`` keeps each process's last
    figure, so one that has ended still counts. ``sleep`` gets the writer's and each
    extraction process's ``scheduled`` figures."""
    try:
        tree = [top, *top.children(recursive=True)]
    except psutil.Error:
        tree = [top]
    for proc in tree:
        try:
            with proc.oneshot():
                times = proc.cpu_times()
                total = times.user + times.system
                if proc.pid == top.pid:
                    main = next((t.user_time + t.system_time for t in proc.threads() if t.id == proc.pid), total)
                    seen[("writer", proc.pid)] = main
                    seen[("client threads", proc.pid)] = total - main
                    sleep[("writer", proc.pid)] = scheduled(proc.pid)
                    continue
                command = " ".join(proc.cmdline())
        except psutil.Error:
            continue
        if "geo.ingest.worker" in command:
            role = "extraction processes"
            sleep[(role, proc.pid)] = scheduled(proc.pid)
        elif "multiprocessing" in command and "resource_tracker" not in command:
            role = "workers"
        else:
            role = "other"
        seen[(role, proc.pid)] = total
    out = dict.fromkeys(ROLES, 0.0)
    for (role, _), seconds in seen.items():
        out[role] += seconds
    return out


def run_ingest(args: list[str], store: Path, total: int, *, kill_at: float | None = None,
               limit_s: float | None = None) -> dict:
    """``python -m geo ingest …``, sampled every 0.5 s: RSS of the tree, documents stored."""
    command = [sys.executable, "-m", "geo", "ingest", *args, "--store", str(store), "--no-progress"]
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    # Output to files, not pipes: a run that writes more than a pipe holds would block.
    out_file, err_file = tempfile.TemporaryFile("w+"), tempfile.TemporaryFile("w+")
    proc = subprocess.Popen(command, cwd=ROOT, stdout=out_file, stderr=err_file, text=True,
                            start_new_session=True)
    top = psutil.Process(proc.pid)
    peak_sum = peak_one = 0
    marks: dict[str, float] = {}
    rss_so_far: dict[str, dict] = {}
    killed = False
    client_cpu = 0.0
    seen: dict = {}
    roles_at: dict[str, dict] = {}
    sleep_at: dict[str, dict] = {}
    while proc.poll() is None:
        try:
            tree = [top, *top.children(recursive=True)]
            rss = [p.memory_info().rss for p in tree if p.is_running()]
            times = top.cpu_times()
            client_cpu = times.user + times.system
        except psutil.Error:
            rss = []
        if rss:
            peak_sum, peak_one = max(peak_sum, sum(rss)), max(peak_one, max(rss))
        done = stored_documents(store)
        now = time.monotonic() - started
        for frac in (0.1, 0.5, 0.9):
            if done >= frac * total and f"{frac}" not in marks:
                marks[f"{frac}"] = (now, done)
                sleep: dict = {}
                roles_at[f"{frac}"] = role_cpu(top, seen, sleep)
                sleep_at[f"{frac}"] = sleep
        for frac in (0.25, 0.5, 1.0):  # peak RSS so far, at each quarter: flat if memory is bounded
            if done >= frac * total and f"{frac:.0%}" not in rss_so_far:
                rss_so_far[f"{frac:.0%}"] = {"docs": done, "tree_mb": round(peak_sum / 2**20),
                                             "largest_mb": round(peak_one / 2**20)}
        if kill_at is not None and done >= kill_at * total:
            os.killpg(proc.pid, signal.SIGKILL)
            killed = True
            break
        if limit_s is not None and now > limit_s:
            os.killpg(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.5)
    proc.wait()
    err_file.seek(0)
    err = err_file.read()
    wall = time.monotonic() - started
    children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # Every process of the run (the client, its extraction or Dask worker processes) is
    # waited for by its parent, so their CPU adds up here once the run has ended.
    tree_cpu = (children_after.ru_utime - children_before.ru_utime) + (children_after.ru_stime - children_before.ru_stime)
    result = {"wall_s": round(wall, 1), "exit": proc.returncode, "killed": killed,
              "peak_rss_tree_mb": round(peak_sum / 2**20), "peak_rss_largest_mb": round(peak_one / 2**20),
              "stored": stored_documents(store), "stderr_tail": err.strip().splitlines()[-3:],
              "report": next((line for line in err.splitlines() if "documents read:" in line), ""),
              "peak_rss_so_far": rss_so_far}
    if "0.1" in marks and "0.9" in marks:
        (t1, d1), (t9, d9) = marks["0.1"], marks["0.9"]
        result["steady_docs_per_s"] = round((d9 - d1) / max(t9 - t1, 1e-9), 1)
    if "0.1" in marks and "0.9" in marks and marks["0.9"][1] > marks["0.1"][1]:
        (t1, d1), (t9, d9) = marks["0.1"], marks["0.9"]
        # CPU per document of each role over the same part of the run (no start-up in
        # it; from commit to commit: rough when a batch is a large part of the corpus)
        result["steady_cpu_ms_per_doc"] = {
            role: round(1000 * (roles_at["0.9"][role] - roles_at["0.1"][role]) / max(d9 - d1, 1), 3)
            for role in ROLES}
        result["steady_cpu_ms_per_doc"]["all"] = round(sum(result["steady_cpu_ms_per_doc"].values()), 3)
        result["steady_asleep"] = {role: asleep(sleep_at["0.1"], sleep_at["0.9"], role)
                                   for role in ("writer", "extraction processes")}
    if not killed and proc.returncode == 0:
        result["docs_per_s"] = round(total / wall, 1)
        result["cpu_ms_per_doc"] = round(1000 * tree_cpu / total, 2)  # all processes of the run
        result["client_cpu_ms_per_doc"] = round(1000 * client_cpu / total, 2)  # the writer (last sample)
    return result


def scaling(results: dict, workers: int) -> dict:
    """The Dask run's rate against the others (steady documents/s, same run, same
    corpus), and the CPU each spends per document: on a loaded machine the ratio of
    rates says little, the CPU per document (all processes) says what the cluster costs."""
    dask = results[f"dask {workers} worker(s)"]
    out = {}
    for name in ("single process", "single process, no time limit", "dask 1 worker(s)"):
        base, best = results[name].get("steady_docs_per_s"), dask.get("steady_docs_per_s")
        if base and best:
            out[f"dask {workers} workers / {name} (docs/s)"] = round(best / base, 2)
    unlimited = results[f"dask {workers} worker(s), no time limit"].get("steady_docs_per_s")
    base = results["single process, no time limit"].get("steady_docs_per_s")
    if unlimited and base:
        out[f"dask {workers} workers / single process, both with no time limit (docs/s)"] = round(unlimited / base, 2)
    for name in ("single process", "single process, no time limit", "dask 1 worker(s)", f"dask {workers} worker(s)",
                 f"dask {workers} worker(s), no time limit"):
        run = results[name]
        out[f"{name}: CPU ms/doc all processes, writer"] = (run.get("cpu_ms_per_doc"), run.get("client_cpu_ms_per_doc"))
    for name in ("single process", "single process, no time limit", "dask 1 worker(s)", f"dask {workers} worker(s)",
                 f"dask {workers} worker(s), no time limit"):
        by_role = results[name].get("steady_cpu_ms_per_doc") or {}
        out[f"{name}: steady CPU ms/doc by role"] = ", ".join(
            f"{role} {ms:.3f}" for role, ms in by_role.items() if ms or role == "all")
        slept = results[name].get("steady_asleep") or {}
        out[f"{name}: share of the steady part asleep (waiting for work)"] = ", ".join(
            f"{role} {share:.0%}" for role, share in slept.items() if share is not None)
    return out


def giants(folder: Path) -> Path:
    folder.mkdir()
    rng = random.Random(5)
    with (folder / "huge.txt").open("w", encoding="utf-8") as f:  # 100 MB of prose, with line ends
        paragraph = " ".join(report(rng, k)["text"] for k in range(20)) + "\n\n"
        while f.tell() < 100 * 2**20:
            f.write(paragraph)
    line = " ".join(report(rng, k)["text"] for k in range(40))
    (folder / "oneline.txt").write_text((line + " ") * (10 * 2**20 // (len(line) + 1)), encoding="utf-8")
    with (folder / "short.jsonl").open("w", encoding="utf-8") as f:
        for k in range(3):
            f.write(json.dumps(report(rng, 900_000 + k)) + "\n")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--skip", nargs="*", default=[], help="parts to skip: scaling memory kill giants")
    args = parser.parse_args()
    results: dict = {"docs": args.docs, "cpus": os.cpu_count(), "load_before": os.getloadavg()}
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        tmp = Path(tmp)
        corpus = write_corpus(tmp / "corpus.jsonl", args.docs)
        if "scaling" not in args.skip:
            runs = [("single process", []), ("single process, no time limit", ["--doc-timeout", "0"])]
            runs += [(f"dask {n} worker(s)", ["--workers", str(n)]) for n in sorted({1, args.workers})]
            runs += [(f"dask {args.workers} worker(s), no time limit", ["--workers", str(args.workers), "--doc-timeout", "0"])]
            for name, extra in runs:
                results[name] = run_ingest([str(corpus), *extra], tmp / f"s-{len(results)}", args.docs)
                results[name]["load"] = os.getloadavg()
                print(name, results[name], flush=True)
            results["scaling"] = scaling(results, args.workers)
        if "memory" not in args.skip:
            if "single process" not in results:  # its peak RSS at each quarter of the corpus
                results["single process"] = run_ingest([str(corpus)], tmp / "s-full", args.docs)
                print("single process", results["single process"], flush=True)
            quarter = write_corpus(tmp / "quarter.jsonl", args.docs // 4)
            results["single process, 1/4 corpus"] = run_ingest([str(quarter)], tmp / "s-quarter", args.docs // 4)
            print("quarter", results["single process, 1/4 corpus"], flush=True)
        if "kill" not in args.skip:
            store = tmp / "s-kill"
            first = run_ingest([str(corpus)], store, args.docs, kill_at=0.5)
            again = run_ingest([str(corpus)], store, args.docs)
            added = re.search(r"(\d+) added, (\d+) already", again["report"])
            results["kill -9 at 50%"] = {
                "stored_after_kill": first["stored"], "rerun_added": int(added[1]) if added else None,
                "rerun_skipped": int(added[2]) if added else None, "stored_after_rerun": again["stored"],
                "rerun_wall_s": again["wall_s"],
            }
            print("kill", results["kill -9 at 50%"], flush=True)
        if "giants" not in args.skip:
            folder = giants(tmp / "giants")
            run = run_ingest([str(folder)], tmp / "s-giants", 3, limit_s=120)
            results["100 MB file + 10 MB line + 3 reports"] = run
            print("giants", run, flush=True)
    results["load_after"] = os.getloadavg()
    text = json.dumps(results, indent=2)
    print(text)
    if "scaling" in results:
        print(f"\nSCALING ({args.docs} reports, {os.cpu_count()} CPUs, load {results['load_before'][0]:.1f} -> "
              f"{results['load_after'][0]:.1f}; each rate over 10-90 % of the run):")
        for name, value in results["scaling"].items():
            print(f"  {name}: {value}")
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
