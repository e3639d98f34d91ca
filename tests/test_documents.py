"""Reading reports: every supported format, and every way a file can be unreadable."""

import json
from pathlib import Path

import pytest

from geo.documents import Document, DocumentError, document_id, read_documents

SEED = """\
date 2023-03-14 Clashes reported near river crossing

Staff reporter in Nairobi and Jane Roe in Geneva

Fighting broke out at dawn on Tuesday near the river crossing, residents said.

Two people were killed, according to a local official.
"""


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def read_one(path: Path) -> Document | DocumentError:
    [item] = read_documents([path])
    return item


def error_for(path: Path) -> DocumentError:
    item = read_one(path)
    assert isinstance(item, DocumentError), item
    return item


# --- the seed format -------------------------------------------------------------------


def test_seed_format_splits_date_title_byline_and_body(tmp_path):
    doc = read_one(write(tmp_path / "report.txt", SEED))

    assert doc.date == "2023-03-14"
    assert doc.title == "Clashes reported near river crossing"
    # The byline's cities are datelines, not events: kept, but out of the text.
    assert doc.byline == "Staff reporter in Nairobi and Jane Roe in Geneva"
    assert doc.text == (
        "Fighting broke out at dawn on Tuesday near the river crossing, residents said.\n\n"
        "Two people were killed, according to a local official."
    )
    assert doc.source == str(tmp_path / "report.txt")
    assert doc.id == document_id(doc.text)


def test_seed_first_line_may_start_with_a_space_or_a_bom(tmp_path):
    spaced = read_one(write(tmp_path / "a.txt", " " + SEED))
    with_bom = read_one(write(tmp_path / "b.txt", b"\xef\xbb\xbf" + SEED.encode()))
    windows = read_one(write(tmp_path / "c.txt", SEED.replace("\n", "\r\n").encode()))

    for doc in (spaced, with_bom, windows):
        assert (doc.date, doc.title) == ("2023-03-14", "Clashes reported near river crossing")
        assert doc.byline.startswith("Staff reporter")
    assert spaced.id == with_bom.id == windows.id


def test_seed_without_byline_keeps_every_paragraph_of_the_body(tmp_path):
    doc = read_one(
        write(tmp_path / "a.txt", "date 2023-03-14 Headline\n\nFirst sentence.\n\nSecond.\n")
    )
    assert doc.byline == ""
    assert doc.text == "First sentence.\n\nSecond."


def test_seed_with_an_invalid_date_is_an_error_not_a_silently_undated_report(tmp_path):
    error = error_for(write(tmp_path / "a.txt", "date 2023-02-30 Headline\n\nBody.\n"))
    assert str(error) == (
        f"{tmp_path / 'a.txt'}: invalid date in the first line '2023-02-30', expected YYYY-MM-DD"
    )


def test_seed_with_no_body_is_an_error(tmp_path):
    error = error_for(write(tmp_path / "a.txt", "date 2023-03-14 Headline only\n"))
    assert error.reason == "no text after the date line"


# --- plain text and markdown -------------------------------------------------------------


def test_plain_text_title_is_the_first_line_and_text_the_whole_file(tmp_path):
    doc = read_one(write(tmp_path / "a.txt", "\nShelling in the north\nHouses were hit.\n"))
    assert (doc.title, doc.date, doc.byline) == ("Shelling in the north", None, "")
    assert doc.text == "Shelling in the north\nHouses were hit."


def test_markdown_title_loses_its_hashes(tmp_path):
    doc = read_one(write(tmp_path / "a.md", "# Protest in the capital\n\nCrowds gathered.\n"))
    assert doc.title == "Protest in the capital"


def test_a_first_line_starting_with_the_word_date_is_not_the_seed_format(tmp_path):
    doc = read_one(write(tmp_path / "a.txt", "Date of the attack is unclear.\n\nMore.\n"))
    assert doc.date is None
    assert doc.title == "Date of the attack is unclear."


# --- HTML --------------------------------------------------------------------------------


def test_html_reads_title_date_and_visible_paragraphs(tmp_path):
    html = """<!doctype html><html><head>
      <title>Airstrike hits depot</title>
      <meta property="article:published_time" content="2022-11-05T08:30:00+02:00">
      <style>p { color: red }</style><script>var p = "<p>not text</p>";</script>
    </head><body>
      <nav>Home | World</nav>
      <h1>Airstrike hits depot</h1>
      <p>An airstrike hit a fuel depot&nbsp;on Saturday.</p>
      <p>No casualties were   reported.</p>
    </body></html>"""
    doc = read_one(write(tmp_path / "a.html", html))

    assert doc.title == "Airstrike hits depot"
    assert doc.date == "2022-11-05"
    # Whitespace, &nbsp; included, is collapsed as a browser would show it.
    assert doc.text == "An airstrike hit a fuel depot on Saturday.\n\nNo casualties were reported."


def test_html_without_title_uses_h1_and_time_datetime(tmp_path):
    html = "<h1>Market fire</h1><time datetime='2022-01-02'>2 Jan</time><p>A market burned.</p>"
    doc = read_one(write(tmp_path / "a.htm", html))
    assert (doc.title, doc.date, doc.text) == ("Market fire", "2022-01-02", "A market burned.")


def test_html_with_no_visible_text_is_an_error(tmp_path):
    error = error_for(write(tmp_path / "a.html", "<html><script>x()</script></html>"))
    assert error.reason == "no visible text in the HTML"


# --- JSON Lines and JSON -------------------------------------------------------------------


def test_jsonl_reads_one_document_per_line(tmp_path):
    path = write(
        tmp_path / "batch.jsonl",
        json.dumps({"id": "a1", "text": "Raid in the east.", "date": "2021-06-28",
                    "title": "Raid", "url": "https://example.org/raid"}) + "\n"
        + "\n"
        + json.dumps({"text": "Strike in the west."}) + "\n",
    )
    first, second = read_documents([path])

    assert first == Document("a1", "Raid", "2021-06-28", "Raid in the east.",
                             "https://example.org/raid")
    assert second.id == document_id("Strike in the west.")
    assert second.source == f"{path}:3"  # the line it was read from


def test_jsonl_broken_line_is_an_error_and_the_other_lines_still_come_through(tmp_path):
    path = write(
        tmp_path / "batch.jsonl",
        '{"text": "one"}\n{"text": "two"\n{"title": "no text"}\n{"text": "four", "date": "June"}\n'
        '{"text": "five"}\n',
    )
    items = list(read_documents([path]))

    assert [d.text for d in items if isinstance(d, Document)] == ["one", "five"]
    errors = [str(e) for e in items if isinstance(e, DocumentError)]
    assert errors == [
        f"{path} line 2: invalid JSON: Expecting ',' delimiter (column 15)",
        f'{path} line 3: missing "text"',
        f"{path} line 4: invalid date 'June', expected YYYY-MM-DD",
    ]


def test_jsonl_line_that_is_not_utf8_is_an_error_for_that_line_only(tmp_path):
    path = write(tmp_path / "a.jsonl", b'{"text": "caf\xe9"}\n{"text": "fine"}\n')
    bad, good = read_documents([path])
    assert str(bad) == (
        f"{path} line 1: not valid UTF-8 (byte 0xe9 at offset 13); re-save the file as UTF-8"
    )
    assert good.text == "fine"


def test_json_file_may_hold_an_array_of_documents(tmp_path):
    path = write(tmp_path / "a.json", json.dumps([{"text": "one"}, {"text": "two"}]))
    assert [d.text for d in read_documents([path])] == ["one", "two"]


def test_broken_json_file_is_one_error(tmp_path):
    error = error_for(write(tmp_path / "a.json", '[\n  {"text": "one"},\n  oops\n]'))
    assert error.reason == "invalid JSON: Expecting value (line 3, column 3)"


# --- CSV -----------------------------------------------------------------------------------


def test_csv_reads_one_document_per_row_with_alternative_headers(tmp_path):
    path = write(
        tmp_path / "reports.csv",
        'Headline,Published,Body,URL\n'
        'Clash,2020-05-01,"Fighting, then calm.",https://example.org/1\n'
        'Protest,,"Crowds marched.\nPolice watched.",\n',
    )
    clash, protest = read_documents([path])

    assert (clash.title, clash.date, clash.text, clash.source) == (
        "Clash", "2020-05-01", "Fighting, then calm.", "https://example.org/1"
    )
    assert (protest.date, protest.text) == (None, "Crowds marched.\nPolice watched.")
    assert protest.source == f"{path}:3"  # spreadsheet row: the header is row 1


def test_csv_row_errors_name_the_row_and_the_rest_is_read(tmp_path):
    path = write(tmp_path / "r.csv", "text,date\n,2020-01-01\nok,2020-31-01\nfine,\n")
    items = list(read_documents([path]))
    assert [str(i) for i in items[:2]] == [
        f"{path} row 2: empty 'text' column",
        f"{path} row 3: invalid date '2020-31-01', expected YYYY-MM-DD",
    ]
    assert items[2].text == "fine"


def test_csv_with_semicolons_as_spreadsheets_export_in_some_locales(tmp_path):
    doc = read_one(write(tmp_path / "r.csv", "notes;event_date\nA convoy was hit;2020-02-03\n"))
    assert (doc.text, doc.date) == ("A convoy was hit", "2020-02-03")


def test_csv_without_a_text_column_is_an_error(tmp_path):
    error = error_for(write(tmp_path / "r.csv", "title,date\nx,2020-01-01\n"))
    assert error.reason == "no text column (expected one of: text, body, content, notes, article)"


# --- folders and ids -----------------------------------------------------------------------


def test_folders_are_walked_recursively_in_order_skipping_hidden_and_other_files(tmp_path):
    write(tmp_path / "b.txt", "B")
    write(tmp_path / "a" / "z.md", "AZ")
    write(tmp_path / "a" / "y.html", "<p>AY</p>")
    write(tmp_path / ".hidden.txt", "hidden")
    write(tmp_path / ".git" / "c.txt", "in a hidden folder")
    write(tmp_path / "notes.pdf", b"%PDF")

    texts = [d.text for d in read_documents([tmp_path])]
    assert texts == ["AY", "AZ", "B"]


def test_a_single_path_need_not_be_wrapped_in_a_list(tmp_path):
    path = write(tmp_path / "a.txt", "Text.")
    assert [d.text for d in read_documents(path)] == ["Text."]


def test_same_text_gives_the_same_id_whatever_the_file_or_line_ends(tmp_path):
    a = read_one(write(tmp_path / "a.txt", "Shelling hit the town.\nTwo died.\n"))
    b = read_one(write(tmp_path / "copy" / "b.md", b"Shelling hit the town.\r\nTwo died.\r\n"))
    c = read_one(write(tmp_path / "c.txt", "Shelling hit the village.\n"))
    assert a.id == b.id != c.id
    assert len(a.id) == 16 and int(a.id, 16) >= 0


# --- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b" \n\n\t\n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
        ("cp1252.txt", "Raid\n\nCaf\u00e9 \u2019attack\u2019".encode("cp1252"),
         "not valid UTF-8 (byte 0xe9 at offset 9, line 3); re-save the file as UTF-8"),
        ("report.docx", b"PK\x03\x04",
         "unsupported file type '.docx'; expected one of .txt, .md, .html, .htm, .jsonl, "
         ".json, .csv, .parquet"),
    ],
)
def test_bad_input_gives_an_error_naming_the_file_and_the_reason(tmp_path, name, content, reason):
    path = write(tmp_path / name, content)
    assert str(error_for(path)) == f"{path}: {reason}"


def test_missing_path_is_an_error_and_reading_goes_on(tmp_path):
    good = write(tmp_path / "good.txt", "Text.")
    missing, doc = read_documents([tmp_path / "nope.txt", good])
    assert str(missing) == f"{tmp_path / 'nope.txt'}: no such file or folder"
    assert doc.text == "Text."


def test_utf16_with_a_byte_order_mark_is_unambiguous_so_it_is_read(tmp_path):
    doc = read_one(write(tmp_path / "a.txt", "Caf\u00e9 attacked.".encode("utf-16")))
    assert doc.text == "Caf\u00e9 attacked."


def test_a_folder_walk_skips_its_readme_but_a_named_readme_is_read(tmp_path):
    (tmp_path / "README.md").write_text("# About these reports\n\nThey were written by us.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("date 2021-06-28 Title\n\nBy line\n\nBody text here.\n", encoding="utf-8")
    from_folder = [d.source for d in read_documents([tmp_path])]
    assert [Path(s).name for s in from_folder] == ["a.txt"]
    assert len(list(read_documents([tmp_path / "README.md"]))) == 1


# -- document ids: stable, and cheap for long texts --------------------------------------

def whole_text_id(text: str) -> str:
    """The id's definition, computed the direct way (what ``document_id`` stored so far)."""
    import hashlib
    import unicodedata

    return hashlib.sha256(" ".join(unicodedata.normalize("NFC", text).split()).encode()).hexdigest()[:16]


def test_document_ids_stay_what_stores_already_hold():
    # Ids are kept in stores: a new way of computing them must give the same values.
    assert document_id("Fighting broke out at dawn near the crossing.") == "30e4e86ab0653df3"
    assert document_id("Fighting  broke out\r\nat dawn near the crossing. ") == "30e4e86ab0653df3"
    assert document_id("Cafe\u0301 owners in Jos\u00e9 Street protested.") == whole_text_id("Caf\u00e9 owners in Jos\u00e9 Street protested.")


def test_a_long_text_hashed_piece_by_piece_gets_the_id_of_the_whole(monkeypatch):
    import random

    rng = random.Random(11)
    # Whitespace of every kind, combining marks, and pairs NFC joins across (Hangul, Oriya).
    alphabet = list("ab e\n\t\r  .") + ["\u0301", "\u0308", "\u00e9", "\u1100", "\u1161", "\u11a8", "\u0b47",
                                        "\u0b3e", "\u00a0", "\u2000", "\u3000", "\u0085", "\u0323", "\u1e9b"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 50)))
        for chunk in (1, 2, 3, 7):
            assert document_id(text, chunk_chars=chunk) == whole_text_id(text), (text, chunk)
    words = "Shelling hit the market in the north of the district overnight".split()
    long_text = "  ".join(rng.choice(words) + rng.choice(["", "\n", "\u00e9"]) for _ in range(300_000))
    assert len(long_text) > 2**20 and document_id(long_text) == whole_text_id(long_text)


def test_a_report_file_over_the_text_limit_is_refused_before_it_is_read(tmp_path):
    from geo.documents import ReadOptions

    # A sparse file of NUL bytes: read, it would be refused as binary, not for its size.
    path = tmp_path / "giant.txt"
    with path.open("wb") as f:
        f.truncate(50 * 2**20)
    small = write(tmp_path / "small.txt", "Two people were killed near the crossing, officials said.\n")
    giant, fine = list(read_documents([path, small], ReadOptions(max_doc_bytes=2 * 2**20)))
    assert isinstance(giant, DocumentError) and "--max-doc-bytes" in giant.reason and "not read" in giant.reason
    assert isinstance(fine, Document)
    # Without a text limit the same file is read (and refused for what it holds).
    (read,) = list(read_documents([path]))
    assert isinstance(read, DocumentError) and "--max-doc-bytes" not in read.reason
    # An HTML page may be several times its text: one of 3 MB is read under a 2 MB limit.
    page = write(tmp_path / "page.html", "<html><body><p>" + "<b>x</b> " * 350_000 + "</p></body></html>")
    (doc,) = list(read_documents([page], ReadOptions(max_doc_bytes=2 * 2**20)))
    assert isinstance(doc, Document)
