"""The Folium elements of the incident map.

Each one is a single call into the map's JavaScript (``geo/viz/js``, loaded as one
``data:`` URI, see :mod:`geo.viz.assets`) with its data as script-safe JSON
(:func:`geo.viz.payload.script_json`). None of them goes through a Jinja template with
report text in it: folium's ``MacroElement.render`` compiles whatever its macros return
as a new template (``Element(script)``), so a place called ``{{ 7*7 }}`` would be
evaluated there. Our elements put their script into the page as it is
(:class:`RawScript`), and streamlit-folium, which calls each element's ``script`` macro
itself, gets the same text.

Public API: :class:`IncidentLayer`, :class:`ViewIncidents`, :class:`CellLayer`, :class:`BasemapLayer`, :class:`BasemapDetails`, :class:`RegionChoropleth`, :class:`Highlight`,
:class:`Legend`, :class:`PlaceMarkers`, :class:`RawScript`.
"""

from __future__ import annotations

import folium.elements
import folium.map
from branca.element import CssLink, Element, JavascriptLink
from folium.template import Template

from geo.viz import assets
from geo.viz.colors import ADMIN1_COLOR, BORDER_COLOR, LAND_COLOR, WATER_COLOR
from geo.viz.payload import script_json


class RawScript(Element):
    """Text that renders as itself (never compiled as a template)."""

    def __init__(self, text: str):
        super().__init__()
        self._name = "RawScript"
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class _ScriptElement(folium.elements.JSCSSMixin):
    """An element whose script is ``js()``: a call into ``GeoViz`` with JSON arguments.

    It links our JS and CSS (deduplicated by name in a page, by URL in streamlit-folium,
    so adding a highlight later does not change the map's asset list)."""

    # streamlit-folium calls ``_template.module.script(element)``; the macro only
    # inserts the finished text (inserted values are not compiled again).
    _template = Template("{% macro script(this, kwargs) %}{{ this.js() }}{% endmacro %}")

    def __init__(self):
        super().__init__()
        self.default_js = [("geo_viz_js", assets.viz_js_url())]
        self.default_css = [("geo_viz_css", assets.viz_css_url())]

    def js(self) -> str:
        raise NotImplementedError

    def render(self, **kwargs):
        figure = self.get_root()
        for name, url in self.default_js:
            figure.header.add_child(JavascriptLink(url), name=name)
        for name, url in self.default_css:
            figure.header.add_child(CssLink(url), name=name)
        figure.script.add_child(RawScript(self.js()), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class IncidentLayer(_ScriptElement):
    """Every located incident, drawn in the browser from ``payload``
    (:func:`geo.viz.payload.payload_json`) by ``js/incidents.js``.

    Clustered (the default): the incidents in view are binned into ``cell``-pixel squares
    each time the map moves. A square with one incident is a circle marker (an SVG
    ``path.incident-marker``, coloured by event type, sized by fatalities); with more, a
    ``.marker-cluster`` with the count, ringed by the mix of event types and growing with
    the fatalities. Clicking a cluster zooms to its incidents, or lists them when they
    share a spot. ``cluster=False``: every incident as a circle on a canvas (for printed
    reports). ``playback`` (clustered only): a control to step through time, showing the
    incidents of a 7- or 30-day window moved by a slider or a play button.

    The payload goes on a line of its own, ``var RAW = {...};``, in a function scope
    (tests and tools find it there).
    """

    def __init__(self, payload: str, *, cluster: bool = True, cell: int = 60, playback: bool = True,
                 play_ms: int = 700):
        super().__init__()
        self._name = "IncidentLayer"
        self.payload = payload
        self.options = {"cluster": bool(cluster), "cell": int(cell), "playback": bool(playback),
                        "playMs": int(play_ms)}

    def js(self) -> str:
        return (f"var {self.get_name()} = (function () {{\nvar RAW = {self.payload};\n"
                f"return GeoViz.incidentLayer({self._parent.get_name()}, RAW, {script_json(self.options)});\n"
                "})();\n")


class ViewIncidents(IncidentLayer):
    """The incidents inside the map's current bounds of a view drawn as squares, as
    markers, in a feature group streamlit-folium adds to the mounted map
    (``feature_group_to_add``: the map is not reloaded). ``js/incidents.js``
    (``viewIncidents``) draws them when the group is added and hides the squares until
    it is taken off. No time playback (it would come and go with the bounds)."""

    def __init__(self, payload: str, *, cell: int = 60):
        super().__init__(payload, cluster=True, cell=cell, playback=False)
        self._name = "ViewIncidents"

    def js(self) -> str:
        return (f"var {self.get_name()} = (function () {{\nvar RAW = {self.payload};\n"
                f"return GeoViz.viewIncidents({self._parent.get_name()}, RAW, {script_json(self.options)});\n"
                "})();\n")


class CellLayer(_ScriptElement):
    """A view too large for markers, as grid squares (``js/cells.js``) from ``packed``
    (:func:`geo.viz.payload.pack_json` of :func:`geo.viz.large_view.cells_payload`)."""

    def __init__(self, packed: str):
        super().__init__()
        self._name = "CellLayer"
        self.packed = packed

    def js(self) -> str:
        return (f"var {self.get_name()} = (function () {{\nvar CELLS = {self.packed};\n"
                f"return GeoViz.cellLayer({self._parent.get_name()}, CELLS);\n}})();\n")


class BasemapLayer(_ScriptElement):
    """The Natural Earth countries as a canvas GeoJSON layer in the ``basemap`` pane
    (``js/basemap.js``), over a water-coloured background.

    ``packed``: the GeoJSON as :func:`geo.viz.payload.pack_json` made it (once per
    process, see :func:`geo.viz.basemap.basemap_packed`): ~0.2 MB in the page instead of
    ~0.75 MB, inflated by the browser."""

    def __init__(self, packed: str):
        super().__init__()
        self._name = "BasemapLayer"
        self.packed = packed
        self.style = {"fillColor": LAND_COLOR, "fillOpacity": 1.0, "color": BORDER_COLOR, "weight": 0.6}

    def js(self) -> str:
        return (f"var {self.get_name()} = (function () {{\nvar COUNTRIES = {self.packed};\n"
                f"return GeoViz.basemapLayer({self._parent.get_name()}, COUNTRIES, "
                f"{script_json(self.style)}, {script_json(WATER_COLOR)});\n}})();\n")


class BasemapDetails(_ScriptElement):
    """The basemap's details (:func:`geo.viz.basemap.basemap_details`, packed): lakes,
    admin-1 boundaries from zoom ``admin1_zoom`` on, and town labels (``.town-label``)
    by population class and zoom, at most ``max_labels`` in view, one per grid cell.
    Drawn after the incidents' first paint (``js/basemap.js``)."""

    # zoom from which each population class of geo.viz.basemap.TOWN_CLASSES is labelled
    TOWN_MIN_ZOOM = (4, 5, 6, 7, 8)

    def __init__(self, packed: str, *, admin1_zoom: int = 4, max_labels: int = 250):
        super().__init__()
        self._name = "BasemapDetails"
        self.packed = packed
        self.options = {"water": WATER_COLOR,
                        "admin1": {"color": ADMIN1_COLOR, "weight": 0.8, "dashArray": "4 3",
                                   "minZoom": int(admin1_zoom)},
                        "townMinZoom": list(self.TOWN_MIN_ZOOM), "cell": [60, 14], "maxLabels": int(max_labels)}

    def js(self) -> str:
        return (f"var {self.get_name()} = (function () {{\nvar DETAILS = {self.packed};\n"
                f"return GeoViz.basemapDetails({self._parent.get_name()}, DETAILS, "
                f"{script_json(self.options)});\n}})();\n")


class RegionChoropleth(_ScriptElement):
    """Admin-1 regions shaded by their incidents or fatalities
    (:func:`geo.viz.regions.region_totals`), in the ``regions`` pane under the markers,
    with a tooltip and a legend (``js/regions.js``)."""

    COLORS = ("#fee8c8", "#fdbb84", "#fc8d59", "#e34a33", "#b30000")

    def __init__(self, totals: list[dict], measure: str, title: str):
        super().__init__()
        self._name = "RegionChoropleth"
        self.totals = totals
        self.options = {"measure": measure, "title": title, "colors": list(self.COLORS), "pane": "regions"}

    def js(self) -> str:
        return (f"var {self.get_name()} = GeoViz.regionChoropleth({self._parent.get_name()}, "
                f"{script_json(self.totals)}, {script_json(self.options)});\n")


def regions_pane(name: str = "regions") -> folium.map.CustomPane:
    """The choropleth's pane: over the basemap and its labels' dots, under the markers."""
    return folium.map.CustomPane(name, z_index=350, pointer_events=True)


class Highlight(_ScriptElement):
    """A ring round one incident (the row selected in the table), with a label (text,
    set with textContent in the browser)."""

    def __init__(self, location: list[float], label: str):
        super().__init__()
        self._name = "Highlight"
        self.location = [float(location[0]), float(location[1])]
        self.label = str(label)

    def js(self) -> str:
        return (f"var {self.get_name()} = GeoViz.highlight({self._parent.get_name()}, "
                f"{script_json(self.location)}, {script_json(self.label)});\n")


class Legend(_ScriptElement):
    """A small Leaflet control: event-type colours, marker sizes, what clusters show."""

    SIZES = (0, 10, 50)  # fatalities shown as marker sizes

    def __init__(self, colors: dict[str, str], heatmap: bool = False, datasets: list[str] | None = None):
        super().__init__()
        self._name = "Legend"
        notes = ["Heat: incidents per area"] if heatmap else ["Clusters: ring = mix of types,",
                                                             "size grows with fatalities"]
        self.legend = {"title": "Event type", "types": [[t, c] for t, c in colors.items()],
                       "sizesTitle": "Fatalities", "sizes": list(self.SIZES), "notes": notes}
        if datasets:  # the markers' outlines (js/incidents.js), when they differ
            self.legend["datasets"] = list(datasets)

    def js(self) -> str:
        return (f"var {self.get_name()} = GeoViz.legend({self._parent.get_name()}, "
                f"{script_json(self.legend)});\n")


class PlaceMarkers(_ScriptElement):
    """Candidate places (``[(lat, lon, label), ...]``) as small circles with a tooltip."""

    def __init__(self, places):
        super().__init__()
        self._name = "PlaceMarkers"
        self.places = [[float(lat), float(lon), str(label)] for lat, lon, label in places]

    def js(self) -> str:
        return (f"var {self.get_name()} = GeoViz.placeMarkers({self._parent.get_name()}, "
                f"{script_json(self.places)});\n")


def labels_pane(name: str = "labels") -> folium.map.CustomPane:
    """The pane of the basemap's town labels: over the tiles and the basemap, under the
    incidents (overlay pane, z 400), never catching a click (the review map's)."""
    return folium.map.CustomPane(name, z_index=380, pointer_events=False)


def basemap_pane(name: str = "basemap") -> folium.map.CustomPane:
    """The pane the basemap is drawn in: below the tile pane (z 200), so optional online
    tiles, when switched on, cover it; markers (overlay pane, z 400) stay on top."""
    return folium.map.CustomPane(name, z_index=150, pointer_events=False)
