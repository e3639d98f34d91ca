"""What one document may cost: its size, and the time its extraction may take.

A newswire carries the odd monster (a 100 MB dump saved as one report, a 10 MB line
with no sentence end): left alone, one of them stalls a whole batch. Over a limit, the
document becomes a ``DocumentError`` saying which limit and by how much, and the batch
goes on without it (a later run with higher limits retries it: it is not recorded).
"""

from __future__ import annotations

from dataclasses import dataclass

from geo.documents import Document, DocumentError

DEFAULT_MAX_DOC_BYTES = 2 * 2**20  # a long news article is ~50 KB; 2 MB is a book
DEFAULT_DOC_TIMEOUT_S = 30.0  # a 50 KB article takes well under a second


@dataclass(frozen=True)
class IngestLimits:
    """Per-document limits; ``None`` (or 0) lifts one."""

    max_doc_bytes: int | None = DEFAULT_MAX_DOC_BYTES
    doc_timeout: float | None = DEFAULT_DOC_TIMEOUT_S  # seconds of extraction per document

    @property
    def timed(self) -> bool:
        return bool(self.doc_timeout and self.doc_timeout > 0)


def oversize_error(document: Document, limits: IngestLimits) -> DocumentError | None:
    """A ``DocumentError`` if the document's text is over ``max_doc_bytes``, else None."""
    if not limits.max_doc_bytes:
        return None
    # len(str) bounds the UTF-8 size from below, so most texts need no encoding at all.
    if len(document.text) <= limits.max_doc_bytes // 4:
        return None
    # An ASCII text (known without a scan) is its own UTF-8; others are measured by
    # encoding, a copy as large as the text, made only for a text near the limit.
    text = document.text
    size = len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))
    if size <= limits.max_doc_bytes:
        return None
    return DocumentError(
        document.source,
        f"left out: {_mb(size)} of text, over the {_mb(limits.max_doc_bytes)} limit (--max-doc-bytes)",
    )


def timeout_error(document: Document, limits: IngestLimits) -> DocumentError:
    return DocumentError(document.source, timeout_reason(limits))


def timeout_reason(limits: IngestLimits) -> str:
    return f"left out: extraction took longer than {limits.doc_timeout:g} s (--doc-timeout)"


def died_reason(exit_status: int | None) -> str:
    """Why a document was left out when the process extracting it died."""
    return f"left out: the extraction process died (exit status {exit_status})"


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{size / 2**10:.0f} KB"
