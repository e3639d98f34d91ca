"""The manifest of a folder store: the one file that says which data files are live.

A commit writes its new data files first (each flushed to disk), then replaces
``manifest.json`` in one ``os.replace`` (after an fsync of the new manifest; the folder
is fsynced after the rename so the commit survives a power cut). A reader reads the
manifest once and then only the files it lists: it sees the old state or the new one,
never half of a commit. Files no manifest lists are left-overs of a writer that died
mid-commit (or files a later commit retired); the next writer deletes them.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from geo.files import replacing

MANIFEST_NAME = "manifest.json"
FORMAT = "geo-incidents folder store"
VERSION = 1
INCIDENTS_DIR = "incidents"
DOCUMENTS_DIR = "documents"
CORRECTIONS_DIR = "corrections"
DATA_DIRS = (INCIDENTS_DIR, DOCUMENTS_DIR, CORRECTIONS_DIR)


@dataclass(frozen=True)
class Part:
    """One data file of the store: its path inside the store folder, rows and size;
    for incident files also the first and last event date (ISO), for date presets and
    ``info`` without reading the data, and whether its rows are sorted by date."""

    path: str
    rows: int
    bytes: int
    date_min: str | None = None
    date_max: str | None = None
    clustered: bool = False  # rows sorted by event date (merged partitions)


@dataclass(frozen=True)
class Manifest:
    generation: int = 0  # one more with every commit
    next_seq: int = 0  # the ``_seq`` (ingestion order) of the next incident appended
    incidents: tuple[Part, ...] = ()  # in ingestion order
    documents: tuple[Part, ...] = ()  # in ingestion order
    corrections: Part | None = None
    # Files replaced by a commit, kept a while for readers of the previous manifest:
    # (path, unix time it was retired).
    retired: tuple[tuple[str, float], ...] = field(default=())

    def live_paths(self) -> set[str]:
        paths = {p.path for p in (*self.incidents, *self.documents)}
        if self.corrections is not None:
            paths.add(self.corrections.path)
        return paths

    def successor(self, **changes) -> "Manifest":
        """The manifest of the next commit: ``changes`` applied, generation + 1."""
        return replace(self, generation=self.generation + 1, **changes)

    def retiring(self, paths, now: float | None = None) -> tuple[tuple[str, float], ...]:
        now = time.time() if now is None else now
        return (*self.retired, *((p, now) for p in paths))

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "version": VERSION,
            "generation": self.generation,
            "next_seq": self.next_seq,
            "incidents": [asdict(p) for p in self.incidents],
            "documents": [asdict(p) for p in self.documents],
            "corrections": None if self.corrections is None else asdict(self.corrections),
            "retired": [list(r) for r in self.retired],
        }

    @classmethod
    def from_json(cls, data: dict) -> "Manifest":
        if data.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} manifest")
        if int(data.get("version", 0)) > VERSION:
            raise ValueError(f"store format version {data['version']} is newer than this program ({VERSION})")
        corrections = data.get("corrections")
        return cls(
            generation=int(data["generation"]),
            next_seq=int(data["next_seq"]),
            incidents=tuple(Part(**p) for p in data.get("incidents", [])),
            documents=tuple(Part(**p) for p in data.get("documents", [])),
            corrections=None if corrections is None else Part(**corrections),
            retired=tuple((str(p), float(t)) for p, t in data.get("retired", [])),
        )


def manifest_path(folder: Path) -> Path:
    return Path(folder) / MANIFEST_NAME


def is_store(folder: Path) -> bool:
    return manifest_path(folder).is_file()


def read_manifest(folder: Path) -> Manifest:
    with open(manifest_path(folder), encoding="utf-8") as f:
        return Manifest.from_json(json.load(f))


def write_manifest(folder: Path, manifest: Manifest) -> None:
    """Commit: replace the manifest atomically, and make the rename itself durable."""
    with replacing(manifest_path(folder)) as tmp, open(tmp, "w", encoding="utf-8") as f:
        json.dump(manifest.to_json(), f, indent=1)
    fsync_dir(folder)


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (new names, renames) to disk."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
