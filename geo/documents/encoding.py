"""Bytes to text: UTF-8 (a byte-order mark dropped), UTF-16 with a byte-order mark, or a
clear refusal -- per record where a file holds many.

Other encodings are refused with the offset of the first bad byte rather than guessed
at: cp1252 and latin-1 cannot be told apart reliably, and a wrongly decoded name would be
geocoded wrongly without a trace. UTF-16 with a byte-order mark is unambiguous, so it is
decoded. In files of many records (JSON Lines, CSV) a bad byte costs its own line or row
only.

A stray NUL byte or a lone surrogate inside otherwise good text is blanked (one
character for one, so offsets hold) with a note on the document: the stores, and
anything that writes UTF-8, would choke on them later, far from the report that brought
them.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

from geo.documents.model import UnreadableDocument

# More control bytes than this share of the first bytes: a binary file, not text with a
# stray NUL in it.
BINARY_CONTROL_SHARE = 0.05
_CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 27)) + bytes(range(28, 32))


def read_bytes(path: Path, max_bytes: int | None = None, records: bool = False) -> bytes:
    """The regular file's bytes as UTF-8 without a BOM, or ``UnreadableDocument``.

    Never blocks on a FIFO or a device (those are refused before they are opened for
    reading) and never reads more than ``max_bytes``. ``records``: the file holds many
    records (JSON Lines, CSV), judged record by record, so only a known binary format
    refuses it whole."""
    source = str(path)
    try:
        # O_NONBLOCK: should the path become a FIFO after it was checked, open() still
        # returns at once instead of waiting for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise UnreadableDocument(source, f"cannot read file ({exc.strerror or exc})") from exc
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableDocument(source, f"not a regular file ({special_kind(info.st_mode)}), skipped")
        if max_bytes is not None and info.st_size > max_bytes:
            raise UnreadableDocument(source, f"file too large ({_size(info.st_size)}; the limit is {_size(max_bytes)})")
        try:
            data = f.read() if max_bytes is None else f.read(max_bytes + 1)
        except OSError as exc:
            raise UnreadableDocument(source, f"cannot read file ({exc.strerror or exc})") from exc
    if max_bytes is not None and len(data) > max_bytes:
        raise UnreadableDocument(source, f"file too large (over {_size(max_bytes)})")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as exc:
            raise UnreadableDocument(source, f"not valid UTF-16 ({exc.reason})") from exc
    data = data.removeprefix(codecs.BOM_UTF8)
    if looks_binary(data, by_content=not records):
        raise UnreadableDocument(source, "binary file, not text")
    if not data.strip():
        raise UnreadableDocument(source, "empty file")
    return data


# Files that are surely not text, whatever their name says.
_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"%PDF", b"\x1f\x8b",
                 b"7z\xbc\xaf", b"BZh", b"\x7fELF", b"SQLite format 3\x00", b"PAR1")


def looks_binary(data: bytes, by_content: bool = True) -> bool:
    """A known binary format, or (``by_content``) many control bytes near the start (an
    image, an archive, UTF-16 without a BOM) rather than one stray NUL in a text."""
    if data.startswith(_BINARY_MAGIC):
        return True
    head = data[:65536]
    if not by_content:
        return False
    if not head:
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > BINARY_CONTROL_SHARE * len(head)


def special_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return kind
    return "a special file"


def _size(n: int) -> str:
    return f"{n / 2**20:,.1f} MB" if n >= 2**20 else f"{n:,} bytes"


def decode(data: bytes, source: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(source, f"not valid UTF-8 ({where_bad(data, exc.start)}); re-save the file as UTF-8") from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def where_bad(data: bytes, offset: int) -> str:
    where = f"byte 0x{data[offset]:02x} at offset {offset}"
    if b"\n" in data:
        line = data.count(b"\n", 0, offset) + 1
        where += f", line {line}"
    return where


_UNSAFE_CHARS = re.compile("[\x00\ud800-\udfff]")


def clean_text(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` with NUL characters made spaces and lone surrogates made U+FFFD (one
    character for one, so offsets into it hold), and a note for each kind replaced."""
    if not _UNSAFE_CHARS.search(text):
        return text, ()
    notes = []
    if n := text.count("\x00"):
        notes.append(f"{n} NUL character{'s' if n > 1 else ''} replaced by spaces")
        text = text.replace("\x00", " ")
    surrogates = re.findall("[\ud800-\udfff]", text)
    if surrogates:
        n = len(surrogates)
        notes.append(f"{n} lone surrogate{'s' if n > 1 else ''} (not a character) replaced by U+FFFD")
        text = re.sub("[\ud800-\udfff]", "\ufffd", text)
    return text, tuple(notes)
