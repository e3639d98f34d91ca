"""Walking files and folders: ``read_documents`` yields one ``Document`` per report, or a
``DocumentError`` for anything it cannot read.

It never raises for bad input: a batch of hundreds of reports should not stop at the
first odd file, and the analyst gets a list of what was left out and why.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from geo.documents.encoding import decode, read_bytes
from geo.documents.html import read_html
from geo.documents.model import Document, DocumentError, UnreadableDocument
from geo.documents.parquet import read_parquet
from geo.documents.records import read_csv, read_json
from geo.documents.text import parse_text_report

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".json", ".csv", ".parquet")


def read_documents(paths: Iterable[str | Path]) -> Iterator[Document | DocumentError]:
    """Yield a ``Document`` per report in ``paths``, or a ``DocumentError``.

    A path may be a file or a folder. Folders are walked recursively in sorted order,
    skipping hidden files and folders and files with unsupported suffixes; a file named
    explicitly with an unsupported suffix is reported as an error instead.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]  # a lone path is an easy mistake; don't iterate its characters
    for path in map(Path, paths):
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield DocumentError(str(path), "no such file or folder")


FOLDER_NOTES = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE"})


def _walk(folder: Path) -> list[Path]:
    """Supported, non-hidden files under ``folder``, sorted by their path in it."""
    found = []
    for root, dirs, files in os.walk(folder):  # does not follow symlinked folders: no loops
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [
            Path(root, name)
            for name in files
            if not name.startswith(".")
            and Path(name).suffix.lower() in SUPPORTED_SUFFIXES
            # A folder of reports often carries a README about them; it is not a report.
            and Path(name).stem.upper() not in FOLDER_NOTES
        ]
    return sorted(found, key=lambda path: path.relative_to(folder).parts)


def _read_file(path: Path) -> Iterator[Document | DocumentError]:
    suffix = path.suffix.lower()
    source = str(path)
    try:
        if suffix not in SUPPORTED_SUFFIXES:
            raise UnreadableDocument(
                source,
                f"unsupported file type {suffix or '(no suffix)'!r}; "
                f"expected one of {', '.join(SUPPORTED_SUFFIXES)}",
            )
        if suffix == ".parquet":  # millions of rows: read in batches, never whole
            yield from read_parquet(path, source)
            return
        data = read_bytes(path)
        if suffix in (".jsonl", ".json"):
            yield from read_json(data, source, whole_file=suffix == ".json")
        elif suffix == ".csv":
            yield from read_csv(decode(data, source), source)
        elif suffix in (".html", ".htm"):
            yield read_html(decode(data, source), source)
        else:
            yield parse_text_report(decode(data, source), source)
    except UnreadableDocument as exc:
        yield exc.error
    except Exception as exc:  # noqa: BLE001 - a reader's bug must not end the batch either
        yield DocumentError(source, f"could not be read: {type(exc).__name__}: {exc}")
