// The offline basemap (geo.viz.elements.BasemapLayer): Natural Earth countries as a
// canvas GeoJSON layer in the "basemap" pane, over a water-coloured map background.
(function (G) {
    "use strict";

    // style: {fillColor, fillOpacity, color, weight}; water: the background colour
    G.basemapLayer = function (map, countries, style, water) {
        map.getContainer().style.background = water;
        var layer = L.geoJson(null, {
            pane: "basemap",
            renderer: L.canvas({pane: "basemap", padding: 0.5}),
            interactive: false,
            attribution: "Basemap: Natural Earth",
            style: function () { return style; }
        }).addTo(map);
        window.geoBasemapReady = false;
        function add(d) { layer.addData(d); window.geoBasemapReady = true; }
        // Drawing the countries takes ~0.1 s of the page's one thread: at first paint it
        // waits for the incident layer (set up by a later script of this page, if any),
        // at most 1.5 s so a failed layer leaves no blank map.
        function afterIncidents(d) {
            var first = window.geoIncidentsDrawn;
            if (!first) { add(d); return; }
            Promise.race([first, new Promise(function (r) { setTimeout(r, 1500); })])
                .then(function () {
                    // after the next frame, so the incidents are painted first
                    requestAnimationFrame(function () { setTimeout(function () { add(d); }, 0); });
                });
        }
        G.unpack(countries, afterIncidents);
        return layer;
    };
})(window.GeoViz = window.GeoViz || {});
