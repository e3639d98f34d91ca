"""The output helpers (geo.escape) with hostile payloads: text from reports stays text in
HTML, in Markdown, in a template, in a script and in a spreadsheet (issue 15)."""

from __future__ import annotations

import html
import json
import re
import string

import jinja2
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.escape import FORMULA_START, csv_cell, html_text, js_string, markdown_text, script_json

PAYLOADS = [
    "{{ 7*7 }}",
    "Camp {{",
    "{{ cycler.__init__.__globals__.os.mkdir('/tmp/pwned') }}",
    "{% for x in range(3) %}x{% endfor %}",
    "{# comment",
    "![x](http://198.51.100.7/t.png)",
    "[click](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    "<!--",
    ":red[alarm] :material/home: :smile: $x^2$ **bold** `code`",
    "=HYPERLINK(\"http://198.51.100.7\")",
    "line\u2028separator",
    "Kas\x00sala",
]
texts = st.one_of(st.sampled_from(PAYLOADS), st.text(max_size=80),
                  st.text(alphabet=string.punctuation + " ax\n{}<>", max_size=40))


def _jinja(source: str, **values) -> str:
    return jinja2.Environment(autoescape=True).from_string(source).render(**values)


def test_template_payloads_render_as_their_own_text_in_html():
    for payload in PAYLOADS:
        # Even pasted into a template's *source*, the helper's output is inert.
        rendered = _jinja("<p>" + html_text(payload) + "</p>")  # (no line ends in PAYLOADS)
        assert html.unescape(rendered) == f"<p>{payload}</p>", payload
    assert "49" not in _jinja("<p>" + html_text("{{ 7*7 }}") + "</p>")


def test_markdown_payloads_are_escaped_characters():
    shown = markdown_text("![x](http://198.51.100.7/t.png)")
    assert shown == r"\!\[x\]\(http\:\/\/198\.51\.100\.7\/t\.png\)"
    assert markdown_text("Camp {{ 7*7 }}") == r"Camp \{\{ 7\*7 \}\}"


@settings(max_examples=300, deadline=None)
@given(texts)
def test_markdown_text_escapes_every_metacharacter_and_keeps_the_text(text):
    shown = markdown_text(text)
    # CommonMark renders a backslash before ASCII punctuation as that character alone:
    # with every punctuation character escaped, nothing can open a link, an image, HTML,
    # emphasis, a heading, a list, LaTeX or a Streamlit directive.
    punct = re.escape(string.punctuation)
    assert re.fullmatch(rf"(?:\\[{punct}]|[^{punct}])*", shown, re.DOTALL)
    assert re.sub(rf"\\([{punct}])", r"\1", shown) == text


@settings(max_examples=300, deadline=None)
@given(texts)
def test_html_text_is_inert_in_html_and_in_a_template(text):
    shown = html_text(text)
    assert not set(shown) & set("<>\"'{}")
    assert html.unescape(shown) == text
    # (Jinja makes every line end in a template's source "\n": not the text's doing.)
    expected = f'<td title="{text}">{text}</td>'.replace("\r\n", "\n").replace("\r", "\n")
    assert html.unescape(_jinja("<td title=\"" + shown + "\">" + shown + "</td>")) == expected


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, st.lists(texts, max_size=4), st.dictionaries(st.text(max_size=8), texts, max_size=4)))
def test_script_json_cannot_leave_its_script_or_open_a_template(value):
    embedded = script_json(value)
    assert "</" not in embedded and "<!--" not in embedded and "\u2028" not in embedded
    assert not re.search(r"\{[{%#]", embedded)
    embedded.encode("utf-8")
    assert json.loads(embedded) == value
    page = _jinja("<script>var v = " + embedded + ";</script>")  # a template compiles it as is
    assert page == "<script>var v = " + embedded + ";</script>"


@settings(max_examples=200, deadline=None)
@given(texts)
def test_js_string_is_one_string_literal(text):
    literal = js_string(text)
    assert literal.startswith('"') and literal.endswith('"') and json.loads(literal) == text


def test_lone_surrogates_leave_script_json_as_valid_utf8():
    assert json.loads(script_json("a\ud800b")) == "a\ud800b"
    script_json("a\ud800b").encode("utf-8")


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, st.integers(), st.floats(allow_nan=False), st.none()))
def test_csv_cell_never_starts_a_formula(value):
    cell = csv_cell(value)
    if isinstance(value, str):
        assert not cell.startswith(FORMULA_START)
        assert cell in (value, "'" + value)
    else:
        assert cell is value
