"""``python -m geo.ingest.worker``: the child process of ``geo.ingest.extraction``.

Reads pickled frames on stdin (first the extractor, or None for the default one, then
one ``Document`` per frame) and writes one pickled ``(incidents, error reason)`` per
document on stdout, in order, after a "ready" once the gazetteer is loaded.

``python -m geo.ingest.worker --chunks COUNTER_FILE``: the child of
``geo.ingest.chunk_process``. After the extractor, each frame on stdin is a list of
documents; the answer is one frame (8 bytes of length, then a pickle) of ``(error reason
or None per document, incident count per document, the incidents as layer rows)``, and
before each document the number of documents started so far goes into the first 8
bytes of COUNTER_FILE (mapped in memory: the parent's clock, with no message).
"""

from __future__ import annotations

import os
import pickle
import sys


def main() -> int:
    # The protocol owns the real stdout; anything the extractor prints goes to stderr.
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    stdin = sys.stdin.buffer

    from geo.ingest.extraction import extract_one  # noqa: PLC0415

    extract = pickle.load(stdin)
    if extract is None:
        from geo.incidents import extract_incidents as extract  # noqa: PLC0415
    if getattr(extract, "__module__", "").startswith("geo.incidents"):
        warm_up(extract)
    if sys.argv[1:2] == ["--chunks"]:
        return chunks(extract, stdin, out, sys.argv[2])

    def send(message) -> None:
        pickle.dump(message, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()

    send("ready")
    while True:
        try:
            document = pickle.load(stdin)
        except EOFError:
            return 0
        result = extract_one(extract, document)
        send((result.incidents, result.error.reason if result.error else None))


def chunks(extract, stdin, out, counter_path: str) -> int:
    import mmap  # noqa: PLC0415

    from geo.ingest.chunk_process import COUNTER_BYTES, HEADER_BYTES, pack_outcome  # noqa: PLC0415
    from geo.ingest.extraction import extract_one  # noqa: PLC0415

    def send(frame: bytes) -> None:
        out.write(len(frame).to_bytes(HEADER_BYTES, "little"))
        out.write(frame)
        out.flush()

    with open(counter_path, "r+b") as f:
        counter = mmap.mmap(f.fileno(), COUNTER_BYTES)
    started = 0

    def extracted(documents):
        nonlocal started
        for document in documents:
            started += 1
            counter[:COUNTER_BYTES] = started.to_bytes(COUNTER_BYTES, "little")
            yield extract_one(extract, document)

    send(pickle.dumps("ready", protocol=pickle.HIGHEST_PROTOCOL))
    while True:
        try:
            documents = pickle.load(stdin)
        except EOFError:
            return 0
        send(pack_outcome(extracted(documents)))


def warm_up(extract) -> None:
    """Load the gazetteer and compile the patterns before the first document's clock
    starts (a cold gazetteer build takes tens of seconds)."""
    from geo.documents import Document  # noqa: PLC0415

    extract(Document("warm-up", "", None, "Gunmen attacked a village near the capital on Monday.", "warm-up"))


if __name__ == "__main__":
    sys.exit(main())
