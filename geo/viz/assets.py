"""Every file the map loads, inlined as ``data:`` URIs: nothing is fetched at run time.

Two kinds of files:

- Leaflet's and the plugins' JS/CSS, which folium links from CDNs. Their content comes
  from the ``folium-offline`` package (:func:`folium_offline_file`), and each element of
  *our* map gets its own copy of its ``default_js``/``default_css`` list with ``data:``
  URIs (:func:`use_offline_assets`): folium's classes are left as they are, so other
  maps built in the same process are not changed behind their back.
- Our own JavaScript and CSS (``geo/viz/js/*.js``, ``geo/viz/css/*.css``), read with
  ``importlib.resources`` and joined into one script and one stylesheet
  (:func:`viz_js_url`, :func:`viz_css_url`), which every element of ours lists.

Why ``data:`` URIs: streamlit-folium hands each element's ``default_js``/``default_css``
*URLs* to its iframe, which loads them with ``<script src>``/``<link href>`` (it strips
script tags from the header), and Streamlit's static folder serves ``.js`` as
``text/plain``, which the browser refuses to run. A ``data:`` URI works there and in a
standalone ``m.get_root().render()`` page alike.
"""

from __future__ import annotations

import base64
import functools
from importlib import resources

import folium.elements

# Map.default_js/css entries we do not need: icon fonts (awesome-markers, Font Awesome,
# glyphicons) would reference font files we cannot serve, and bootstrap is only for them.
# jQuery goes too: our popups are built in plain JS (folium's Popup template needs ``$``).
UNUSED_MAP_ASSETS = frozenset({
    "jquery",
    "bootstrap",
    "awesome_markers",
    "bootstrap_css",
    "glyphicons_css",
    "awesome_markers_font_css",
    "awesome_markers_css",
    "awesome_rotate_css",
})

# Our own files, in load order (later files use the helpers of common.js).
VIZ_JS = ("common.js", "incidents.js", "cells.js", "basemap.js", "decorations.js", "regions.js")
VIZ_CSS = ("map.css",)


def data_uri(content: str, mime: str) -> str:
    payload = base64.b64encode(content.encode("utf-8")).decode("ascii")
    return f"data:{mime};charset=utf-8;base64,{payload}"


def _mime(url: str) -> str:
    return "text/css" if url.split("?")[0].endswith(".css") else "text/javascript"


def folium_offline_file(url: str) -> str:
    """The content of the CDN file at ``url``, as shipped inside ``folium-offline``.

    folium-offline (import name ``offlinefolium``) is a copy of folium whose elements
    inline these files; it has no public call that returns one, only the module-level
    table ``offlinefolium.elements._res`` (URL -> file content) its own render reads.
    So this is the one place that reads that private table, and
    ``tests/test_map.py::test_folium_offline_still_ships_every_file_the_map_needs`` fails
    when an upgrade of either package loses a file our maps link. Pin folium and
    folium-offline together (requirements.txt).
    """
    from offlinefolium.elements import _res  # noqa: PLC0415  (private: see above)

    try:
        return _res[url]
    except KeyError:
        raise LookupError(
            f"folium-offline has no copy of {url}: the map would need the internet. "
            "Install the folium and folium-offline versions pinned in requirements.txt."
        ) from None


@functools.lru_cache(maxsize=None)
def offline_url(url: str) -> str:
    """``url`` as a ``data:`` URI of its file (a ``data:`` URI stays as it is)."""
    if url.startswith("data:"):
        return url
    return data_uri(folium_offline_file(url), _mime(url))


def _walk(element):
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


def use_offline_assets(root, drop=UNUSED_MAP_ASSETS) -> None:
    """Give every element under ``root`` (a folium Map, usually) that links JS/CSS its
    own ``default_js``/``default_css`` with ``data:`` URIs, leaving out the assets named
    in ``drop``. Call it again after adding more elements; it is idempotent."""
    for element in _walk(root):
        if not isinstance(element, folium.elements.JSCSSMixin):
            continue
        element.default_js = [(n, offline_url(u)) for n, u in element.default_js if n not in drop]
        element.default_css = [(n, offline_url(u)) for n, u in element.default_css if n not in drop]


def _read(folder: str, names: tuple[str, ...]) -> str:
    base = resources.files("geo.viz") / folder
    return "\n".join(f"/* {name} */\n" + (base / name).read_text("utf-8") for name in names)


@functools.lru_cache(maxsize=1)
def viz_js_url() -> str:
    """Our map's JavaScript (``geo/viz/js``), as one ``data:`` URI."""
    return data_uri(_read("js", VIZ_JS), "text/javascript")


@functools.lru_cache(maxsize=1)
def viz_css_url() -> str:
    """Our map's stylesheet (``geo/viz/css``), as one ``data:`` URI."""
    return data_uri(_read("css", VIZ_CSS), "text/css")
