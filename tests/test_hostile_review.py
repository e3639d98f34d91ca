"""The review page's upload and paste under hostile input: report and user text shown as
text (never Markdown that fetches anything), caps on uploads, names of their own, and a
refused paste that keeps its text."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

import geo.app
import geo.incidents
from geo.app import review as review_page_module
from geo.incidents import Incident

DASHBOARD = str(geo.app.DASHBOARD)
REMOTE_IMAGE = "![x](http://198.51.100.7/t.png)"


@pytest.fixture
def page(synthetic_store, tmp_path, monkeypatch) -> AppTest:
    monkeypatch.setenv("GEO_STORE", str(synthetic_store))
    monkeypatch.setenv("GEO_SEEDS", str(tmp_path / "no-seeds"))

    def fake_extract(document):
        return [Incident(document.date, "Protests", "Peaceful protest", "Protesters (Sudan)",
                         location="Kassala", country="Sudan", latitude=15.45, longitude=36.40,
                         evidence=document.text.strip())]

    monkeypatch.setattr(geo.incidents, "extract_incidents", fake_extract, raising=False)
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.run()
    at.switch_page("review.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _paste(at: AppTest, text: str, published: str = "", title: str = "") -> None:
    at.text_area(key="paste_text").input(text)
    at.text_input(key="paste_title").input(title)
    at.text_input(key="paste_date").input(published)
    at.button(key="FormSubmitter:paste-Read the pasted report").click().run()
    assert not at.exception, [e.value for e in at.exception]


def _no_live_markdown(shown: str) -> None:
    """No image or link syntax survives unescaped: every [ ] ( ) ! is backslashed."""
    assert re.search(r"(?<!\\)[!\[\]()]", shown) is None, shown


def test_a_refused_published_value_is_shown_as_text_and_the_paste_kept(page):
    _paste(page, "Hundreds marched in Kassala on Friday.", published=REMOTE_IMAGE)
    (warning,) = page.warning
    _no_live_markdown(warning.value)
    assert "198.51.100.7" in warning.value.replace("\\", "")
    # Nothing was read, and the analyst's text is still there to fix the date.
    assert page.text_area(key="paste_text").value == "Hundreds marched in Kassala on Friday."
    assert page.text_input(key="paste_date").value == REMOTE_IMAGE


def test_a_jsonl_date_payload_in_a_paste_is_shown_as_text(page):
    _paste(page, "Camp {{ 7*7 }} was shelled.", published="2024-13-45 " + REMOTE_IMAGE)
    (warning,) = page.warning
    _no_live_markdown(warning.value)
    assert "49" not in warning.value  # no template ran either


def test_a_read_paste_is_cleared(page):
    _paste(page, "Hundreds marched in Kassala on Friday.", published="2024-05-24", title="Camp {{")
    assert not page.warning and any("1 added" in s.value for s in page.success)
    assert page.text_area(key="paste_text").value == ""


def test_two_uploads_of_one_name_are_both_kept(synthetic_store, monkeypatch, tmp_path):
    monkeypatch.setenv("GEO_STORE", str(synthetic_store))
    saved = []
    monkeypatch.setattr(review_page_module.ingest, "ingest", lambda paths, store: saved.extend(paths) or _Report())
    monkeypatch.setattr(review_page_module.data, "documents", lambda *a: {"doc_id": []})
    monkeypatch.setattr(review_page_module.st, "session_state", {})
    long_name = "a" * 120 + ".jsonl"
    review_page_module.ingest_files([("r.txt", b"one"), ("r.txt", b"two"), (long_name, b"three")])
    assert len(set(saved)) == 3
    assert sorted(p.read_bytes() for p in saved) == [b"one", b"three", b"two"]
    long_saved = [p for p in saved if p.read_bytes() == b"three"][0]
    assert long_saved.suffix == ".jsonl" and len(long_saved.name) <= 120


def test_upload_caps_refuse_with_a_message(synthetic_store, monkeypatch):
    monkeypatch.setenv("GEO_STORE", str(synthetic_store))
    state = {}
    monkeypatch.setattr(review_page_module.st, "session_state", state)
    monkeypatch.setattr(review_page_module, "MAX_UPLOAD_FILES", 2)
    monkeypatch.setattr(review_page_module, "MAX_UPLOAD_BYTES", 10)
    monkeypatch.setattr(review_page_module.ingest, "ingest", lambda *a: pytest.fail("nothing may be read"))
    review_page_module.ingest_files([("a.txt", b"1"), ("b.txt", b"2"), ("c.txt", b"3")])
    message, is_warning = state["ingest_message"]
    assert is_warning and "at most 2" in message
    review_page_module.ingest_files([("big.txt", b"x" * 11)])
    message, is_warning = state["ingest_message"]
    assert is_warning and "big" in message and "Nothing else" in message


class _Report:
    errors: list = []

    def __str__(self) -> str:
        return "1 documents read"
