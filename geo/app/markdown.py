"""Text from the store or from reports, shown where Streamlit reads Markdown (alerts,
captions, expander labels): escaped, so a report's words stay words -- never a link, an
image fetched from anywhere, a formula or a colour directive."""

from __future__ import annotations

import re

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def plain(text) -> str:
    """``text`` with every character Markdown (or Streamlit's extensions) might read
    escaped; it renders as the same characters."""
    return _MARKDOWN.sub(r"\\\1", str(text))
