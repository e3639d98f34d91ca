"""Bytes to text: UTF-8 (a byte-order mark dropped), UTF-16 with a byte-order mark, or a
clear refusal.

Other encodings are refused with the offset of the first bad byte rather than guessed
at: cp1252 and latin-1 cannot be told apart reliably, and a wrongly decoded name would be
geocoded wrongly without a trace. UTF-16 with a byte-order mark is unambiguous, so it is
decoded.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from geo.documents.model import UnreadableDocument


def read_bytes(path: Path) -> bytes:
    """The file's bytes as UTF-8 without a BOM, or ``UnreadableDocument``."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(source, f"cannot read file ({exc.strerror or exc})") from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as exc:
            raise UnreadableDocument(source, f"not valid UTF-16 ({exc.reason})") from exc
    if b"\x00" in data:
        raise UnreadableDocument(source, "binary file, not text")
    data = data.removeprefix(codecs.BOM_UTF8)
    if not data.strip():
        raise UnreadableDocument(source, "empty file")
    return data


def decode(data: bytes, source: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        if b"\n" in data:
            line = data.count(b"\n", 0, exc.start) + 1
            where += f", line {line}"
        raise UnreadableDocument(
            source, f"not valid UTF-8 ({where}); re-save the file as UTF-8"
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")
