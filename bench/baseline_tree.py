"""Helpers for benchmarks that compare this checkout with a baseline revision in one run.

- ``export_tree(rev, dest)``: the files of a git revision (``git archive``), to run the
  baseline's ``python -m geo`` from, without touching any worktree;
- ``run_measured(cmd, ...)``: a child process's CPU seconds (user + system), wall
  seconds and peak RSS (``os.wait4``: that child's own figures, not a sum of children);
- ``seed_cache(folder)``: a private gazetteer cache folder holding copies of the
  gazetteer files of the user's cache (each revision picks the file name it reads, so a
  baseline with an older cache format finds its own and nothing is rebuilt).

Not a benchmark itself.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
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


def seed_cache(folder: Path) -> Path:
    """``folder`` with copies of the user's gazetteer cache files (see the module docstring)."""
    folder.mkdir(parents=True, exist_ok=True)
    user = Path(os.environ.get("GEO_CACHE_DIR") or Path.home() / ".cache" / "geo-incidents")
    for path in user.glob("gazetteer_*"):
        if path.is_file() and not (folder / path.name).exists():
            shutil.copy(path, folder / path.name)
    return folder


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
