"""How much the review page takes in at once (without importing Streamlit, so that
``geo dashboard`` can tell Streamlit's server the same cap).

A page that accepts any number of 200 MB files is a page anyone can fill the disk from.
``GEO_MAX_UPLOAD_FILES`` and ``GEO_MAX_UPLOAD_BYTES`` override the defaults.
"""

from __future__ import annotations

import os

DEFAULT_MAX_UPLOAD_FILES = 50
DEFAULT_MAX_UPLOAD_BYTES = 50 * 2**20


def _env_int(name: str, default: int) -> int:
    try:
        return max(1, int(os.environ.get(name, default)))
    except ValueError:
        return default


def max_upload_files() -> int:
    return _env_int("GEO_MAX_UPLOAD_FILES", DEFAULT_MAX_UPLOAD_FILES)


def max_upload_bytes() -> int:
    return _env_int("GEO_MAX_UPLOAD_BYTES", DEFAULT_MAX_UPLOAD_BYTES)


def streamlit_upload_megabytes() -> int:
    """Streamlit's ``server.maxUploadSize`` (whole megabytes) for the same cap: the
    browser then refuses a larger file before sending it."""
    return max(1, -(-max_upload_bytes() // 2**20))
