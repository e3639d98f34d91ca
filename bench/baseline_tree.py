"""Helpers for benchmarks that compare this checkout with a baseline revision in one run.

- ``export_tree(rev, dest)``: the files of a git revision (``git archive``), to run the
  baseline's ``python -m geo`` from, without touching any worktree;
- ``run_measured(cmd, ...)``: a child process's CPU seconds (user + system), wall
  seconds and peak RSS (``os.wait4``: that child's own figures, not a sum of children);
- ``seed_cache(folder, names)``: a private cache folder holding copies of the user's
  cache files (``GEO_CACHE_DIR``) whose names match ``names``: the gazetteer files (the
  default), or every file — gazetteer, pattern code, pattern facts, pattern-gate
  databases (each revision picks the file names it reads, so a baseline with an older
  cache format finds its own and nothing is rebuilt that the user's folder holds);
- ``compile_bytecode(tree)``: ``compileall`` of a tree's ``geo`` package, as an installed
  package has it (with ``PYTHONDONTWRITEBYTECODE`` set and a fresh ``git archive``, every
  process would compile the modules' source again: Python's compiler, not ours);
- ``cache_files(folder)``, ``count_written(counts, before, after)`` and
  ``written_line(...)``: what the runs wrote to a cache folder (names new or changed), to
  say whether the timed runs found their caches warm;
- ``spread(ratios)``: a ratio's median over rounds with its min–max and every round's
  value (the pair of each round runs back to back: their ratio moves less with the
  machine's load than a ratio of medians taken over different rounds).

Not a benchmark itself.
"""

from __future__ import annotations

import fnmatch
import io
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def export_tree(rev: str, dest: Path) -> str:
    """Write revision ``rev`` of this repository into ``dest``; returns its commit id."""
    commit = subprocess.run(["git", "rev-parse", "--verify", f"{rev}^{{commit}}"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip()
    archive = subprocess.run(["git", "archive", "--format=tar", commit], cwd=ROOT, check=True,
                             capture_output=True).stdout
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(dest, filter="data")
    return commit


GAZETTEER_FILES = ("gazetteer_*",)
EVERY_FILE = ("*",)


def user_cache_dir() -> Path:
    return Path(os.environ.get("GEO_CACHE_DIR") or Path.home() / ".cache" / "geo-incidents")


def seed_cache(folder: Path, names: tuple[str, ...] = GAZETTEER_FILES) -> Path:
    """``folder`` with copies of the user's cache files matching ``names`` (see the module
    docstring). Copies, not links: a revision may write a cache file in place."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(user_cache_dir().iterdir()) if user_cache_dir().is_dir() else ():
        if path.name.startswith("."):
            continue  # a writer's temporary file
        if any(fnmatch.fnmatch(path.name, n) for n in names) and path.is_file() and not (folder / path.name).exists():
            shutil.copy(path, folder / path.name)
    return folder


def compile_bytecode(tree: str | Path) -> None:
    """Each module of ``tree``'s ``geo`` package compiled to its ``__pycache__``."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(tree) / "geo")], capture_output=True)


def cache_files(folder: Path) -> dict[str, tuple[int, int]]:
    """Each file of ``folder`` (temporaries left out): its size and modification time."""
    found = {}
    for entry in os.scandir(folder):
        if entry.is_file() and not entry.name.startswith("."):
            st = entry.stat()
            found[entry.name] = (st.st_size, st.st_mtime_ns)
    return found


def count_written(counts: dict[str, int], before: dict, after: dict) -> None:
    """Count in ``counts`` each file of ``after`` new or changed since ``before`` (two
    :func:`cache_files`: before and after one timed run)."""
    for name, state in after.items():
        if before.get(name) != state:
            counts[name] = counts.get(name, 0) + 1


def written_line(label: str, runs: int, counts: dict[str, int]) -> str:
    """The line saying which cache files a tree's timed runs wrote (:func:`count_written`)."""
    files = "none" if not counts else ", ".join(f"{n} ({k}x)" for n, k in sorted(counts.items()))
    return f"  cache files {label} wrote during its {runs} timed runs: {files}"


def cache_kinds(names) -> str:
    """``names`` counted by kind ("gazetteer 1, pattern code 1, pattern-gate databases 28")."""
    kinds = {}
    for name in names:
        words = []
        for part in name.split("_"):  # the words before the first holding a version or a digit
            if any(c.isdigit() or c == "." for c in part):
                break
            words.append(part)
        kind = " ".join(words or [name]).replace("pattern gate", "pattern-gate databases")
        kinds[kind] = kinds.get(kind, 0) + 1
    return ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items())) or "none"


def spread(ratios: list[float]) -> str:
    """``median x [min–max]`` of per-round ratios, then every round's value in order."""
    if not ratios:
        return "n/a"
    return (f"{statistics.median(ratios):.2f}x [{min(ratios):.2f}–{max(ratios):.2f}] "
            f"(rounds: {' '.join(f'{r:.2f}' for r in ratios)})")


def run_measured(cmd: list[str], cwd: Path, env: dict, stdin: bytes = b"") -> dict:
    """Run ``cmd``; its exit status, CPU s, wall s, peak RSS in MiB and stdout."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    # Not communicate(): it reaps the child, and wait4 must be the call that does.
    writer = threading.Thread(target=_feed, args=(proc.stdin, stdin))
    writer.start()
    out = proc.stdout.read()
    writer.join()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stdout.close()
    return {"status": proc.returncode, "cpu_s": usage.ru_utime + usage.ru_stime,
            "wall_s": time.perf_counter() - start, "rss_mib": usage.ru_maxrss / 1024, "stdout": out}


def _feed(pipe, data: bytes) -> None:
    try:
        pipe.write(data)
    finally:
        pipe.close()
