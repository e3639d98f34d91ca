"""The readers under hostile input (issue 15): a bad record costs that record only, every
error names its file and line or row and says why in words, odd files are reported and
never hang, and no report is dropped for sharing an id with another."""

from __future__ import annotations

import codecs
import json
import os
import threading

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from geo.documents import Document, DocumentError, ReadOptions, load_json, read_documents
from geo.documents.encoding import looks_binary

GOOD = [{"id": f"g{n}", "text": f"Report number {n} about a market in a town."} for n in range(3)]


def _jsonl(path, *lines) -> str:
    path.write_bytes(b"\n".join(line if isinstance(line, bytes) else json.dumps(line).encode() for line in lines) + b"\n")
    return str(path)


def _split(items):
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, DocumentError)]
    assert len(docs) + len(errors) == len(items)
    return docs, errors


def test_nested_brackets_cost_one_line(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", GOOD[0], b"[" * 1000 + b"]" * 1000, GOOD[1],
                  b'{"text": "x", "deep": ' + b"[" * 100_000 + b"}", GOOD[2])
    docs, errors = _split(list(read_documents([path])))
    assert [d.id for d in docs] == ["g0", "g1", "g2"]
    assert [e.source for e in errors] == [f"{path} line 2", f"{path} line 4"]
    assert all("nested too deeply" in e.reason for e in errors)


def test_a_huge_number_costs_one_line(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", GOOD[0], b'{"id": 7, "text": "t", "n": ' + b"9" * 5000 + b"}", GOOD[1])
    docs, (error,) = _split(list(read_documents([path])))
    assert [d.id for d in docs] == ["g0", "g1"]
    assert error.source == f"{path} line 2" and "5,000 digits" in error.reason


def test_a_nul_byte_is_a_note_not_a_binary_file(tmp_path):
    text_file = tmp_path / "r.txt"
    text_file.write_bytes(b"Shelling in a town\n\nThe market was shelled\x00 on Monday.\n")
    (doc,) = read_documents([text_file])
    assert isinstance(doc, Document) and "\x00" not in doc.text and "shelled  on Monday" in doc.text
    assert any("NUL" in note for note in doc.notes)
    jsonl = _jsonl(tmp_path / "a.jsonl", GOOD[0], b'{"id": "n", "text": "a\x00b"}', b'{"id": "e", "text": "a\\u0000b"}', GOOD[1])
    docs, (error,) = _split(list(read_documents([jsonl])))
    # A raw NUL inside a JSON string is invalid JSON (that line only); an escaped one is text.
    assert error.source == f"{jsonl} line 2" and "control character" in error.reason
    assert [d.id for d in docs] == ["g0", "e", "g1"] and docs[1].text == "a b"


def test_a_binary_file_is_still_refused(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    (error,) = read_documents([path])
    assert isinstance(error, DocumentError) and error.reason == "binary file, not text"


def test_one_latin1_byte_costs_its_csv_row_only(tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes(b"text,date\nFirst report.,2024-01-02\nCaf\xe9 attacked.,2024-01-03\nThird report.,\n")
    docs, (error,) = _split(list(read_documents([path])))
    assert [d.text for d in docs] == ["First report.", "Third report."]
    assert error.source == f"{path} row 3" and "0xe9" in error.reason and "UTF-8" in error.reason


def test_lone_surrogates_are_blanked_with_a_note(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", b'{"id": "s\\ud800", "text": "x \\udc00 y", "title": "t\\ud800"}')
    (doc,) = read_documents([path])
    assert doc.text == "x \ufffd y" and doc.id == "s\ufffd" and doc.title == "t\ufffd"
    assert len(doc.notes) == 3
    (doc.id + doc.text + doc.title).encode("utf-8")  # writable anywhere


def test_ids_1_and_string_1_with_different_texts_are_both_kept(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", {"id": 1, "text": "First text."}, {"id": "1", "text": "Second text."},
                  {"id": "1", "text": "First text."})
    first, second, again = read_documents([path])
    assert first.id == "1" and not first.notes
    assert second.id.startswith("1~") and second.id != first.id
    assert "already used" in second.notes[0] and f"{path}:1" in second.notes[0]
    assert again.id == "1"  # the same report again: the store skips it as a duplicate


def test_non_scalar_ids_are_refused_in_words(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", {"id": [1], "text": "t"}, {"id": True, "text": "t"}, {"id": "x" * 500, "text": "t"})
    errors = list(read_documents([path]))
    assert [e.source for e in errors] == [f"{path} line {n}" for n in (1, 2, 3)]
    assert "an array" in errors[0].reason and "true/false" in errors[1].reason and "500 characters" in errors[2].reason


def test_dates_out_of_range_are_refused_in_words(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", {"text": "t", "date": "9999-12-31"}, {"text": "t", "date": 20240101})
    far, number = read_documents([path])
    assert "out of range" in far.reason and "must be a string" in number.reason
    assert "Error" not in far.reason + number.reason


def test_symlinks_are_skipped_unless_asked(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "real.txt").write_text("A real report.\n")
    outside = tmp_path / "secret.txt"
    outside.write_text("Not a report.\n")
    (folder / "link.txt").symlink_to(outside)
    (folder / "linked-folder").symlink_to(tmp_path, target_is_directory=True)  # a loop, too
    docs, errors = _split(list(read_documents([folder])))
    assert [d.text for d in docs] == ["A real report."]
    assert sorted(e.source for e in errors) == [str(folder / "link.txt"), str(folder / "linked-folder")]
    assert all("symbolic link" in e.reason for e in errors)
    (named,) = read_documents([folder / "link.txt"])  # a glob names links too
    assert isinstance(named, DocumentError)
    followed = [d.text for d in read_documents([folder], ReadOptions(follow_symlinks=True)) if isinstance(d, Document)]
    assert followed.count("Not a report.") >= 1 and "A real report." in followed


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_reported_and_never_waited_on(tmp_path):
    (tmp_path / "a.txt").write_text("A report.\n")
    os.mkfifo(tmp_path / "pipe.txt")
    result = []
    reader = threading.Thread(target=lambda: result.extend(read_documents([tmp_path, tmp_path / "pipe.txt"])), daemon=True)
    reader.start()
    reader.join(10)
    assert not reader.is_alive(), "reading a folder with a FIFO hung"
    docs, errors = _split(result)
    assert [d.text for d in docs] == ["A report."]
    assert [e.source for e in errors] == [str(tmp_path / "pipe.txt")] * 2
    assert all("named pipe" in e.reason for e in errors)


def test_files_over_the_size_cap_are_reported(tmp_path, monkeypatch):
    (tmp_path / "big.txt").write_text("x" * 2000)
    (tmp_path / "small.txt").write_text("A report.\n")
    docs, (error,) = _split(list(read_documents([tmp_path], ReadOptions(max_file_bytes=1000))))
    assert [d.text for d in docs] == ["A report."] and "too large" in error.reason
    monkeypatch.setenv("GEO_MAX_FILE_BYTES", "1000")  # what `geo ingest --max-file-bytes` sets
    assert len([i for i in read_documents([tmp_path]) if isinstance(i, DocumentError)]) == 1


# ------------------------------------------------------------------ property tests

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SUFFIXES = [".txt", ".md", ".html", ".jsonl", ".json", ".csv"]


def _check_items(items, path):
    for item in items:
        if isinstance(item, DocumentError):
            assert item.source.startswith(str(path)) and item.reason.strip()
            assert "Traceback" not in item.reason and "bug in the reader" not in item.reason
        else:
            assert isinstance(item, Document) and item.text.strip()
            for value in (item.id, item.title, item.text, item.source):
                assert "\x00" not in value
                value.encode("utf-8")  # no lone surrogate reaches a store


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_in_any_reader_never_raise(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    _check_items(list(read_documents([path])), path)


_hostile_line = st.one_of(
    st.binary(max_size=200).filter(lambda b: b"\n" not in b),
    st.text(max_size=200).map(lambda t: t.replace("\n", " ").encode("utf-8", "surrogatepass")),
    st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                 lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                 max_leaves=20).map(lambda v: json.dumps(v).encode()),
    st.integers(1, 3000).map(lambda n: b"[" * n + b"]" * n),
)


@FUZZ
@given(lines=st.lists(st.tuples(st.booleans(), _hostile_line), min_size=1, max_size=12))
def test_good_json_lines_survive_any_neighbours(tmp_path, lines):
    raw, good_ids = [], []
    for n, (is_good, hostile) in enumerate(lines):
        if is_good:
            good_ids.append(f"good-{n}")
            raw.append(json.dumps({"id": f"good-{n}", "text": f"Good report {n}."}).encode())
        else:
            raw.append(hostile)
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join(raw))
    items = list(read_documents([path]))
    _check_items(items, path)
    if b"\n".join(raw).startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return  # the file declares itself UTF-16: its lines are not the UTF-8 lines written here
    if looks_binary(b"\n".join(raw), by_content=False):
        # The first line opens with a binary format's signature (an archive, an image):
        # the file is refused whole, as one error naming it, not read line by line.
        assert [type(i) for i in items] == [DocumentError] and "binary" in items[0].reason
        return
    assert [d.id for d in items if isinstance(d, Document) and d.id.startswith("good-")] == good_ids


def test_a_jsonl_file_opening_with_an_archive_signature_is_refused_whole(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"7z\xbc\xaf junk\n" + json.dumps({"id": "a", "text": "A report."}).encode())
    items = list(read_documents([path]))
    assert [type(i) for i in items] == [DocumentError]
    assert items[0].source.startswith(str(path)) and "binary" in items[0].reason


@FUZZ
@given(cells=st.lists(st.tuples(st.booleans(), st.binary(min_size=1, max_size=40)), min_size=1, max_size=10))
# A semicolon alone in quoted cells once passed for the file's separator, and the good
# row after them lost its text column.
@example(cells=[(False, b";"), (False, b";"), (True, b"\x00")])
def test_good_csv_rows_survive_bad_bytes_in_others(tmp_path, cells):
    rows, good = [b"text,title"], []
    for n, (is_good, junk) in enumerate(cells):
        if is_good:
            good.append(f"Good row {n}.")
            rows.append(f"Good row {n}.,t".encode())
        else:
            # Bad bytes inside a quoted cell: whatever they are, they stay in their row.
            rows.append(b'"' + junk.replace(b'"', b"").replace(b"\n", b" ").replace(b"\r", b" ") + b'",x')
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"\n".join(rows) + b"\n")
    items = list(read_documents([path]))
    _check_items(items, path)
    texts = [d.text for d in items if isinstance(d, Document)]
    assert [t for t in texts if t.startswith("Good row")] == good


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="[]{}\"0123456789,:-.eE ", max_size=300))
def test_load_json_raises_only_in_words(text):
    try:
        load_json(text)
    except ValueError as exc:
        assert str(exc) and "Traceback" not in str(exc)
