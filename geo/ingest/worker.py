"""``python -m geo.ingest.worker``: the child process of ``geo.ingest.extraction``.

Reads pickled frames on stdin (first the extractor, or None for the default one, then
one ``Document`` per frame) and writes one pickled ``(incidents, error reason)`` per
document on stdout, in order, after a "ready" once the gazetteer is loaded.
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


def warm_up(extract) -> None:
    """Load the gazetteer and compile the patterns before the first document's clock
    starts (a cold gazetteer build takes tens of seconds)."""
    from geo.documents import Document  # noqa: PLC0415

    extract(Document("warm-up", "", None, "Gunmen attacked a village near the capital on Monday.", "warm-up"))


if __name__ == "__main__":
    sys.exit(main())
