"""Text from reports, users and stores, made safe for each kind of output.

Report text is data everywhere: never a template, never Markdown, never HTML. Each
output kind has exactly one helper here, and every place that produces that kind of
output uses it:

- :func:`html_text` -- HTML text or a quoted attribute value;
- :func:`markdown_text` -- Streamlit Markdown (alerts, captions, labels);
- :func:`script_json` / :func:`js_string` -- a value inside an HTML ``<script>``;
- :func:`csv_cell` -- a spreadsheet cell that must not run as a formula.

All of them render as the same characters the text had; none drops or rewrites a word.
"""

from __future__ import annotations

import html
import json
import re
import string

__all__ = ["FORMULA_START", "csv_cell", "html_text", "js_string", "markdown_text", "script_json"]

# Jinja opens with "{{", "{%" or "{#", and streamlit-folium rewrites "{{'name'}}" in a
# map's script: braces from a report must never be able to meet a template engine.
_BRACES = {"{": "&#123;", "}": "&#125;"}


def html_text(value) -> str:
    """``value`` as HTML text, safe in an element or a quoted attribute; braces are
    written as character references, so the result is inert in a template too."""
    text = html.escape(_text(value), quote=True)
    return text.replace("{", _BRACES["{"]).replace("}", _BRACES["}"])


# CommonMark lets a backslash escape any ASCII punctuation, and then renders it as that
# character: escaping all of them leaves no link, image, emphasis, HTML, heading, list,
# table, LaTeX ($), Streamlit colour/icon directive (:red[..], :material/..:) or
# emoji shortcode for a report to smuggle in.
_MARKDOWN = re.compile("([" + re.escape(string.punctuation) + "])")


def markdown_text(value) -> str:
    """``value`` with every Markdown (and Streamlit extension) metacharacter escaped:
    ``![x](http://198.51.100.7/t.png)`` renders as those characters, and the browser
    fetches nothing."""
    return _MARKDOWN.sub(r"\\\1", _text(value))


_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JINJA_OPEN = re.compile(r"\{(?=[{%#])")


def script_json(value) -> str:
    """JSON that is safe inside an HTML ``<script>``: no ``</script>``, ``<!--`` or line
    separators can appear, nor Jinja delimiters (those characters only occur inside JSON
    strings, where their ``\\uXXXX`` escapes mean the same). Lone surrogates are written
    as JSON escapes, so the result is always valid UTF-8."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escaped in _SCRIPT_UNSAFE.items():
        text = text.replace(char, escaped)
    text = _JINJA_OPEN.sub(r"\\u007b", text)
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def js_string(value) -> str:
    """A JavaScript string literal (with its quotes) holding ``value`` as text."""
    return script_json(_text(value))


# Characters that make a spreadsheet read a cell as a formula (or a DDE call).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A text cell that would start a formula, made inert with a leading ``'`` (OWASP's
    advice); anything that is not text (numbers, None) is returned as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _text(value) -> str:
    return "" if value is None else str(value)
