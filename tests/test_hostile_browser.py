"""Issue 15 acceptance 2 in the real dashboard: a Markdown image pasted as the
"Published" value, or written in a JSON Lines ``date`` field, is shown as text, and the
browser tries no request outside localhost."""

from __future__ import annotations

import json

import pytest

from geo.viz.browser import only_local_requests
from test_browser import browser  # noqa: F401 - the module-scoped chromium fixture

pytestmark = pytest.mark.browser

REMOTE_IMAGE = "![x](http://198.51.100.7/t.png)"


def test_pasted_and_uploaded_markdown_stays_text_and_fetches_nothing(browser, dashboard_url, tmp_path):
    blocked: list[str] = []
    errors: list[str] = []
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        context.route("**/*", only_local_requests(blocked))
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(dashboard_url + "/review", wait_until="domcontentloaded")
        page.get_by_role("textbox", name="Or paste a report").fill("Camp {{ 7*7 }} was shelled on Monday.")
        page.get_by_role("textbox", name="Published (YYYY-MM-DD)").fill(REMOTE_IMAGE)
        page.get_by_role("button", name="Read the pasted report").click()
        alert = page.get_by_test_id("stAlert").filter(has_text="198.51.100.7")
        alert.wait_for(timeout=30_000)
        assert REMOTE_IMAGE in alert.inner_text()  # the characters, as written
        assert page.get_by_role("textbox", name="Or paste a report").input_value().startswith("Camp {{ 7*7 }}")

        upload = tmp_path / "dates.jsonl"
        upload.write_text(json.dumps({"id": "u1", "text": "A report.", "date": REMOTE_IMAGE}) + "\n")
        page.locator("input[type=file]").first.set_input_files(str(upload))
        page.get_by_role("button", name="Read the uploaded reports").click()
        page.get_by_test_id("stAlert").filter(has_text="line 1").wait_for(timeout=60_000)
        assert page.locator("img[src*='198.51.100.7']").count() == 0
        assert errors == [] and blocked == []
    finally:
        context.close()
