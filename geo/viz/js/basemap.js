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

    // Run fn after the incident layer's first paint (at most 1.5 s later), or now when
    // the page has none: what only helps reading the map never delays the incidents.
    G.afterIncidents = function (fn) {
        var first = window.geoIncidentsDrawn;
        if (!first) { fn(); return; }
        Promise.race([first, new Promise(function (r) { setTimeout(r, 1500); })])
            .then(function () { requestAnimationFrame(function () { setTimeout(fn, 0); }); });
    };

    // [lon0, lat0, dlon1, dlat1, ...] in hundredths of a degree -> [[lat, lon], ...]
    function decode(flat) {
        var out = [], x = 0, y = 0;
        for (var k = 0; k + 1 < flat.length; k += 2) {
            x += flat[k]; y += flat[k + 1];
            out.push([y / 100, x / 100]);
        }
        return out;
    }

    // The basemap's details (geo.viz.basemap.basemap_details): lakes, admin-1 lines from
    // a zoom on, and town labels by population class and zoom, decluttered on a grid.
    // opts: {water, admin1: {color, weight, dashArray, minZoom}, townMinZoom: [zoom per
    // class], cell: [w, h] px, maxLabels}
    G.basemapDetails = function (map, packed, opts) {
        var state = {admin1Shown: false, admin1Lines: 0, labels: 0, ready: false};
        window.geoBasemapDetails = state;
        var renderer = L.canvas({pane: "basemap", padding: 0.5});
        var labels = L.layerGroup().addTo(map);
        var admin1 = null, towns = [];

        function showAdmin1() {
            if (!admin1) return;
            var want = map.getZoom() >= opts.admin1.minZoom;
            if (want && !map.hasLayer(admin1)) admin1.addTo(map);
            if (!want && map.hasLayer(admin1)) map.removeLayer(admin1);
            state.admin1Shown = want;
        }

        function showTowns() {
            labels.clearLayers();
            var zoom = map.getZoom(), bounds = map.getBounds().pad(0.1), taken = {}, n = 0;
            for (var k = 0; k < towns.length && n < opts.maxLabels; k++) {
                var t = towns[k];
                if (zoom < opts.townMinZoom[t[3]]) continue;
                var ll = L.latLng(t[1] / 100, t[2] / 100);
                if (!bounds.contains(ll)) continue;
                var pt = map.latLngToContainerPoint(ll);
                var cx = Math.floor(pt.x / opts.cell[0]), cy = Math.floor(pt.y / opts.cell[1]);
                // a label keeps the cells round its own free: names never overlap
                var free = true;
                for (var dx = -1; dx <= 1 && free; dx++) {
                    for (var dy = -1; dy <= 1; dy++) {
                        if (taken[(cx + dx) + ":" + (cy + dy)]) { free = false; break; }
                    }
                }
                if (!free) continue;
                taken[cx + ":" + cy] = true;
                n++;
                var text = G.el("span", t[0]);
                L.marker(ll, {
                    icon: L.divIcon({className: "town-label town-class-" + t[3], html: text,
                                     iconSize: null, iconAnchor: [-3, 7]}),
                    pane: "labels", interactive: false, keyboard: false
                }).addTo(labels);
            }
            state.labels = n;
        }

        G.unpack(packed, function (d) {
            G.afterIncidents(function () {
                if (d.lakes.length) {
                    L.polygon(d.lakes.map(function (r) { return [decode(r)]; }), {
                        renderer: renderer, pane: "basemap", stroke: false, fillColor: opts.water,
                        fillOpacity: 1, interactive: false
                    }).addTo(map);
                }
                if (d.admin1.length) {
                    admin1 = L.polyline(d.admin1.map(decode), {
                        renderer: renderer, pane: "basemap", color: opts.admin1.color,
                        weight: opts.admin1.weight, dashArray: opts.admin1.dashArray, interactive: false
                    });
                    state.admin1Lines = d.admin1.length;
                }
                towns = d.towns;
                showAdmin1();
                showTowns();
                map.on("zoomend", showAdmin1);
                map.on("moveend", showTowns);
                state.ready = true;
            });
        });
        return labels;
    };
})(window.GeoViz = window.GeoViz || {});
