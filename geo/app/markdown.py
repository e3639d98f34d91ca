"""Text from the store or from reports, shown where Streamlit reads Markdown (alerts,
captions, expander labels): escaped with :func:`geo.escape.markdown_text`, so a report's
words stay words -- never a link, an image fetched from anywhere, a formula or a colour
directive. ``plain`` is the short name the pages use."""

from __future__ import annotations

from geo.escape import markdown_text as plain

__all__ = ["plain"]
