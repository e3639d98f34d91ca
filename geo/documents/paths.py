"""Walking files and folders: ``read_documents`` yields one ``Document`` per report, or a
``DocumentError`` for anything it cannot read.

It never raises for bad input: a batch of hundreds of reports should not stop at the
first odd file, and the analyst gets a list of what was left out and why. What it will
not open: symbolic links unless asked (a link can point anywhere, /etc/passwd included,
and a shell glob names them too), FIFOs, sockets and devices (reading a FIFO waits
forever), and files over the size limit.
"""

from __future__ import annotations

import os
import stat
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

from geo.documents.encoding import clean_text, decode, read_bytes, special_kind
from geo.documents.html import read_html
from geo.documents.model import Document, DocumentError, UnreadableDocument, document_id
from geo.documents.parquet import read_parquet
from geo.documents.records import read_csv, read_json
from geo.documents.text import parse_text_report

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".json", ".csv", ".parquet")
DEFAULT_MAX_FILE_BYTES = 512 * 2**20


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True)
class ReadOptions:
    """How far the readers go. The defaults come from ``GEO_FOLLOW_SYMLINKS`` and
    ``GEO_MAX_FILE_BYTES`` when set (``geo ingest --follow-symlinks --max-file-bytes``
    sets them), so callers that do not pass options (``geo.ingest``) honour the flags."""

    follow_symlinks: bool = field(default_factory=lambda: os.environ.get("GEO_FOLLOW_SYMLINKS", "") not in ("", "0"))
    max_file_bytes: int = field(default_factory=lambda: _env_int("GEO_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES))
    # The largest text of one report (``geo ingest --max-doc-bytes``; None: no limit). A
    # file that holds one report and is surely over it is refused before it is read.
    max_doc_bytes: int | None = None


# A file of one report whose size is over ``max_doc_bytes`` times this holds more text
# than the limit whatever its encoding: UTF-16 takes up to twice the bytes of the UTF-8
# text, HTML markup several times (a news page's text is a fraction of its bytes).
SINGLE_DOCUMENT_BYTES_PER_TEXT_BYTE = {".txt": 2, ".md": 2, ".html": 8, ".htm": 8}


def read_documents(
    paths: Iterable[str | Path], options: ReadOptions | None = None
) -> Iterator[Document | DocumentError]:
    """Yield a ``Document`` per report in ``paths``, or a ``DocumentError``.

    A path may be a file or a folder. Folders are walked recursively in sorted order,
    skipping hidden files and folders and files with unsupported suffixes; a file named
    explicitly with an unsupported suffix is reported as an error instead. Symbolic
    links, named or found in a folder, are skipped with a message unless
    ``options.follow_symlinks``.

    Two reports that carry the same id with different texts are both kept: the later
    one gets the id ``<id>~<hash of its text>`` and a note saying so.
    """
    options = options or ReadOptions()
    if isinstance(paths, (str, Path)):
        paths = [paths]  # a lone path is an easy mistake; don't iterate its characters
    identities = _Identities()
    for path in map(Path, paths):
        if path.is_symlink() and not options.follow_symlinks:
            # Named or not: a shell glob over a folder names its links too.
            items = _read_entry(path, options)
        elif path.is_dir():
            items = (item for file in _walk(path, options) for item in _read_entry(file, options))
        elif path.exists():
            items = _read_file(path, options)
        elif path.is_symlink():
            items = iter([DocumentError(str(path), "symbolic link to nothing (no such file or folder)")])
        else:
            items = iter([DocumentError(str(path), "no such file or folder")])
        for item in items:
            yield identities.check(item) if isinstance(item, Document) else item


FOLDER_NOTES = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE"})


def _wanted(name: str) -> bool:
    return (
        not name.startswith(".")
        and Path(name).suffix.lower() in SUPPORTED_SUFFIXES
        # A folder of reports often carries a README about them; it is not a report.
        and Path(name).stem.upper() not in FOLDER_NOTES
    )


def _walk(folder: Path, options: ReadOptions) -> list[Path]:
    """Supported, non-hidden entries under ``folder`` (links and special files included,
    to be reported), sorted by their path in it. Linked folders are entered only when
    following links, and each real folder once (no loops)."""
    found: list[Path] = []
    visited: set[tuple[int, int]] = set()
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            info = current.stat()
            if (info.st_dev, info.st_ino) in visited:
                continue
            visited.add((info.st_dev, info.st_ino))
            entries = list(os.scandir(current))
        except OSError:
            found.append(current)  # reported when read
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            if entry.is_dir(follow_symlinks=False):
                pending.append(path)
            elif entry.is_symlink() and entry.is_dir() and options.follow_symlinks:
                pending.append(path)
            elif entry.is_symlink() and entry.is_dir():
                found.append(path)  # reported as a skipped link
            elif _wanted(entry.name):
                found.append(path)
    return sorted(found, key=lambda path: path.relative_to(folder).parts)


def _read_entry(path: Path, options: ReadOptions) -> Iterator[Document | DocumentError]:
    """A path found inside a folder: links and special files are reported, not read."""
    try:
        info = path.lstat()
    except OSError as exc:
        yield DocumentError(str(path), f"cannot read ({exc.strerror or exc})")
        return
    if stat.S_ISLNK(info.st_mode) and not options.follow_symlinks:
        yield DocumentError(str(path), "symbolic link, skipped (--follow-symlinks reads it)")
        return
    yield from _read_file(path, options)


def _read_file(path: Path, options: ReadOptions) -> Iterator[Document | DocumentError]:
    suffix = path.suffix.lower()
    source = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableDocument(source, f"not a regular file ({special_kind(info.st_mode)}), skipped")
        if suffix not in SUPPORTED_SUFFIXES:
            raise UnreadableDocument(
                source,
                f"unsupported file type {suffix or '(no suffix)'!r}; "
                f"expected one of {', '.join(SUPPORTED_SUFFIXES)}",
            )
        if suffix == ".parquet":  # millions of rows: read in batches, never whole
            yield from read_parquet(path, source)
            return
        _refuse_oversize_report(info.st_size, suffix, source, options.max_doc_bytes)
        data = read_bytes(path, options.max_file_bytes, records=suffix in (".jsonl", ".json", ".csv"))
        if suffix in (".jsonl", ".json"):
            yield from read_json(data, source, whole_file=suffix == ".json")
        elif suffix == ".csv":
            yield from read_csv(data, source)
        else:
            text, notes = clean_text(decode(data, source))
            read = read_html if suffix in (".html", ".htm") else parse_text_report
            document = read(text, source)
            yield replace(document, notes=document.notes + notes) if notes else document
    except UnreadableDocument as exc:
        yield exc.error
    except OSError as exc:
        yield DocumentError(source, f"cannot read file ({exc.strerror or exc})")
    except Exception as exc:  # noqa: BLE001 - a reader's bug must not end the batch either
        yield DocumentError(source, f"could not be read (a bug in the reader: {type(exc).__name__})")


def _refuse_oversize_report(size: int, suffix: str, source: str, max_doc_bytes: int | None) -> None:
    """``UnreadableDocument`` for a one-report file too big to hold a text within the
    limit: reading and decoding a 100 MB file only to refuse its text took 1.6 GB."""
    factor = SINGLE_DOCUMENT_BYTES_PER_TEXT_BYTE.get(suffix)
    if not max_doc_bytes or factor is None or size <= factor * max_doc_bytes:
        return
    raise UnreadableDocument(source, f"left out: a {_mb(size)} file, over {factor} × the "
                                     f"{_mb(max_doc_bytes)} text limit (--max-doc-bytes); not read")


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{size / 2**10:.0f} KB"


KEPT_IDENTITIES = 50_000  # ids remembered with their text's hash (~350 bytes each)


class _Identities:
    """Ids seen so far and the text each stands for: the same id with another text is a
    different report and must not be skipped as a duplicate.

    Only the last ``KEPT_IDENTITIES`` given ids are remembered, so that reading a
    corpus of millions costs no more memory than one of thousands; an id derived from
    the text (no id given) needs no memory at all. A reused id further back than that
    is still caught by the store (``geo.ingest`` skips a stored id, with a note)."""

    def __init__(self) -> None:
        self._texts: OrderedDict[str, tuple[str, str]] = OrderedDict()  # id -> (text hash, source)

    def check(self, document: Document) -> Document:
        digest = document_id(document.text)
        if document.id == digest:
            return document  # the id is the text's: the same id is the same text
        known = self._texts.get(document.id)
        if known is None:
            self._texts[document.id] = (digest, document.source)
            if len(self._texts) > KEPT_IDENTITIES:
                self._texts.popitem(last=False)
            return document
        if known[0] == digest:
            return document  # the same report again: a duplicate, rightly skipped later
        new_id = f"{document.id}~{digest[:8]}"
        self._texts.setdefault(new_id, (digest, document.source))
        note = (f"id {document.id!r} is already used by {known[1]} for a different text; "
                f"kept apart as {new_id!r}")
        return replace(document, id=new_id, notes=document.notes + (note,))
