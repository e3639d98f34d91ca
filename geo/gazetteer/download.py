"""Downloading a gazetteer source the user names by URL (``geo gazetteer add URL``):
the only network access in the project, and only on that explicit request.

A download goes to ``<cache dir>/downloads/<file name>.part`` and resumes from there
(HTTP Range) when interrupted; its SHA-256 is shown so the user can compare it with the
publisher's.
"""

from __future__ import annotations

import hashlib
import sys
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

from geo.gazetteer.folders import cache_dir

CHUNK = 1 << 20


def download(url: str, folder: Path | None = None, *, progress: bool = True, timeout: float = 60) -> Path:
    """The file at ``url``, downloaded into ``folder`` (resuming a partial download)."""
    folder = folder or cache_dir() / "downloads"
    folder.mkdir(parents=True, exist_ok=True)
    name = Path(urlparse(url).path).name or "download"
    target, part = folder / name, folder / f"{name}.part"
    if target.exists():
        return target
    have = part.stat().st_size if part.exists() else 0
    request = urllib.request.Request(url, headers={"Range": f"bytes={have}-"} if have else {})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        if have and response.status != 206:  # the server ignored the range: start over
            have = 0
        total = response.headers.get("Content-Length")
        total = int(total) + have if total is not None else None
        bar = _progress_bar(total, have, name) if progress else None
        with part.open("ab" if have else "wb") as out:
            while chunk := response.read(CHUNK):
                out.write(chunk)
                if bar is not None:
                    bar.update(len(chunk))
        if bar is not None:
            bar.close()
    part.rename(target)
    return target


def _progress_bar(total, initial, name):
    from tqdm import tqdm

    return tqdm(total=total, initial=initial, unit="B", unit_scale=True, desc=name, file=sys.stderr)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
