"""Headless Chromium as this project drives it: Debian's build, and nothing but local
requests.

The report renderer, the browser tests, the dashboard benchmark and the README
screenshot script all launch it the same way and must all refuse the network the same
way, so the rule lives here once.
"""

from __future__ import annotations

from urllib.parse import urlparse

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium reaches for Google's hosts at start.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
_LOCAL_SCHEMES = ("data", "blob", "about", "file")
_LOCAL_HOSTS = ("localhost", "127.0.0.1")


def is_local(url: str) -> bool:
    """Whether a request stays on this machine (inlined data, or a loopback server)."""
    parsed = urlparse(url)
    return parsed.scheme in _LOCAL_SCHEMES or parsed.hostname in _LOCAL_HOSTS


def only_local_requests(blocked: list[str]):
    """A Playwright route handler that lets local requests through and aborts, and
    records in ``blocked``, every other one."""

    def handler(route):
        if is_local(route.request.url):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    return handler
