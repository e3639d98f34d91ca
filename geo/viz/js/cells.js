// A view too large for one marker per incident (geo.viz.elements.CellLayer): squares of
// the store's grid, counted on the server (geo.viz.large_view.cells_payload), a few sizes
// for the zoom levels. Colour: incidents (light to dark); size: fatalities. Tooltips are
// text nodes, as everywhere.
(function (G) {
    "use strict";
    var el = G.el;
    var RAMP = ["#fee8c8", "#fdbb84", "#fc8d59", "#e34a33", "#b30000"];

    G.cellLayer = function (map, raw) {
        var group = L.featureGroup();
        window.geoIncidentsReady = false;
        var drawn;
        window.geoIncidentsDrawn = new Promise(function (resolve) { drawn = resolve; });
        G.unpack(raw, function (D) {
            build(map, group, D);
            window.geoIncidentsReady = true;
            drawn();
        });
        return group;
    };

    function build(map, group, D) {
        var renderer = L.canvas({padding: 0.5});
        var shown = -1;
        function levelFor(zoom) {
            var k = 0;
            for (var i = 0; i < D.levels.length; i++) if (zoom >= D.levels[i].zoom) k = i;
            return k;
        }
        function draw() {
            var k = levelFor(map.getZoom());
            if (k === shown) return;
            shown = k;
            group.clearLayers();
            var L0 = D.levels[k];
            if (!L0 || !L0.n.length) return;
            var maxN = 1, maxF = 1;
            for (var i = 0; i < L0.n.length; i++) { maxN = Math.max(maxN, L0.n[i]); maxF = Math.max(maxF, L0.fat[i]); }
            var logMax = Math.log(maxN + 1);
            for (var j = 0; j < L0.n.length; j++) {
                var shade = RAMP[Math.min(RAMP.length - 1, Math.floor(RAMP.length * Math.log(L0.n[j] + 1) / (logMax + 1e-9)))];
                // side: a quarter to the whole square, with the square root of the fatalities
                var f = 0.25 + 0.75 * Math.sqrt(L0.fat[j] / maxF);
                var y0 = (L0.y[j] + 0.5 - f / 2) * L0.cell, x0 = (L0.x[j] + 0.5 - f / 2) * L0.cell;
                var r = L.rectangle([[y0, x0], [y0 + f * L0.cell, x0 + f * L0.cell]], {
                    renderer: renderer, weight: 0.5, color: "#5a2a00", fillColor: shade, fillOpacity: 0.8,
                    className: "incident-cell", cellIndex: j
                });
                group.addLayer(r);
            }
        }
        group.on("mouseover", function (e) {
            var j = e.layer.options.cellIndex, L0 = D.levels[shown];
            if (j === undefined || !L0) return;
            var text = L0.n[j].toLocaleString() + " incidents, " + L0.fat[j].toLocaleString() +
                " fatalities (click to zoom in)";
            if (!e.layer.getTooltip()) e.layer.bindTooltip(el("span", text), {sticky: true});
            e.layer.openTooltip();
        });
        group.on("click", function (e) {
            var j = e.layer.options.cellIndex, L0 = D.levels[shown];
            if (j === undefined || !L0) return;
            map.setView([L0.lat[j], L0.lon[j]], Math.min(map.getMaxZoom(), map.getZoom() + 2));
        });
        map.on("zoomend", draw);
        draw();
        group.addTo(map);
        // drawn on a canvas: this class tells a test or a benchmark the squares are there
        map.getContainer().classList.add("incident-cells-drawn");
        // hide/show: while the incidents of the map's bounds are drawn one by one
        // (incidents.js, viewIncidents), the squares step aside
        window.geoCells = {data: D, layer: group, level: function () { return shown; },
                           hide: function () { map.removeLayer(group); },
                           show: function () { if (!map.hasLayer(group)) group.addTo(map); }};
    }
})(window.GeoViz = window.GeoViz || {});
