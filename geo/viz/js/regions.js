// The choropleth of incidents or fatalities per admin-1 region (geo.viz.regions): each
// region with incidents shaded by its total, with a tooltip (text) and a small legend.
(function (G) {
    "use strict";
    var el = G.el;

    // [x0, y0, dx1, dy1, ...] in hundredths of a degree -> [[lat, lon], ...]
    G.decodeSteps = function (flat) {
        var out = [], x = 0, y = 0;
        for (var k = 0; k + 1 < flat.length; k += 2) {
            x += flat[k]; y += flat[k + 1];
            out.push([y / 100, x / 100]);
        }
        return out;
    };

    // regions: [{rings, incidents, fatalities, name}, ...];
    // opts: {measure: "incidents"|"fatalities", title, colors: [5 colours, light to dark], pane}
    G.regionChoropleth = function (map, regions, opts) {
        var values = regions.map(function (r) { return r[opts.measure]; });
        var top = Math.max.apply(null, values.concat([1]));
        var n = opts.colors.length;
        // classes on a log scale: a few deadly regions do not wash out the rest
        function klass(v) {
            if (v <= 0) return 0;
            return Math.min(n - 1, Math.floor(n * Math.log(1 + v) / Math.log(2 + top)));
        }
        var group = L.featureGroup();
        regions.forEach(function (r) {
            var label = (r.name || "Region") + ": " + r.incidents + " incident" + (r.incidents === 1 ? "" : "s") +
                ", " + r.fatalities + " fatalit" + (r.fatalities === 1 ? "y" : "ies");
            L.polygon(r.rings.map(G.decodeSteps), {
                pane: opts.pane, color: "#6d4c41", weight: 0.6, fillColor: opts.colors[klass(r[opts.measure])],
                fillOpacity: 0.6, className: "region-shade"
            }).bindTooltip(el("span", label), {sticky: true}).addTo(group);
        });
        group.addTo(map);
        window.geoRegions = {count: regions.length, measure: opts.measure};
        var legend = L.control({position: "bottomleft"});
        legend.onAdd = function () {
            var div = L.DomUtil.create("div", "incident-legend region-legend");
            div.appendChild(el("b", opts.title));
            for (var k = 0; k < n; k++) {
                var lo = k === 0 ? 1 : Math.ceil(Math.exp(k * Math.log(2 + top) / n) - 1);
                var hi = Math.floor(Math.exp((k + 1) * Math.log(2 + top) / n) - 1);
                if (hi < lo) continue;
                var row = el("div");
                var box = el("span", null, "background:" + opts.colors[k]);
                box.className = "legend-box";
                row.appendChild(box);
                row.appendChild(document.createTextNode(lo === hi ? String(lo) : lo + "\u2013" + Math.min(hi, top)));
                div.appendChild(row);
            }
            return div;
        };
        legend.addTo(map);
        return group;
    };
})(window.GeoViz = window.GeoViz || {});
