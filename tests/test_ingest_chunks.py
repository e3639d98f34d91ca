"""geo.ingest.chunk_process: a chunk of documents extracted in one child process, each
document within the time limit, the clock kept through a shared counter (no message per
document)."""

from __future__ import annotations

from geo.documents import Document
from geo.ingest.chunk_process import ChunkProcessExtraction, pack_chunk, unpack_outcome
from geo.ingest.limits import IngestLimits

from test_ingest import TOWNS, corpus, town_extract


def documents(texts: list[str]) -> list[Document]:
    return [Document(f"doc{n}", "", "2024-05-02", text, f"r.jsonl:{n + 1}") for n, text in enumerate(texts)]


def test_a_chunk_comes_back_in_order_with_each_documents_rows_and_counts():
    texts = corpus(5)
    runner = ChunkProcessExtraction(town_extract, IngestLimits(doc_timeout=30))
    try:
        reasons, counts, rows = unpack_outcome(runner.run(pack_chunk(documents(texts))))
        again = unpack_outcome(runner.run(pack_chunk(documents(texts[:2]))))  # the same child, a second chunk
    finally:
        runner.close()
    assert reasons == [None] * 5 and counts == [2] * 5
    assert [(r["doc_id"], r["location"]) for r in rows[:2]] == [("doc0", TOWNS[0]), ("doc0", TOWNS[3])]
    assert [r["event_id"] for r in rows[:2]] == ["doc0-0", "doc0-1"]
    assert again[1] == [2, 2] and runner.restarts == 0


def test_the_document_that_hangs_or_kills_the_child_is_named_and_the_others_are_extracted():
    texts = corpus(7)
    texts[2] = "HANG " + texts[2]
    texts[5] = "DIE " + texts[5]
    runner = ChunkProcessExtraction(town_extract, IngestLimits(doc_timeout=1))
    try:
        reasons, counts, rows = unpack_outcome(runner.run(pack_chunk(documents(texts))))
    finally:
        runner.close()
    assert [r is None for r in reasons] == [True, True, False, True, True, False, True]
    assert "longer than 1 s (--doc-timeout)" in reasons[2] and "died (exit status 3)" in reasons[5]
    assert counts == [2, 2, 0, 2, 2, 0, 2] and runner.restarts == 2
    assert sorted({r["doc_id"] for r in rows}) == ["doc0", "doc1", "doc3", "doc4", "doc6"]
    assert [r["doc_id"] for r in rows] == sorted(r["doc_id"] for r in rows)  # the documents' order
