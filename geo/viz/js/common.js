// Helpers shared by the map's elements (geo/viz/elements.py). Every element calls one
// function of the GeoViz namespace with its data as JSON; nothing here is templated.
(function (G) {
    "use strict";

    // A big payload comes gzipped in base64 (see geo.viz.payload.pack_json).
    G.inflate = function (b64) {
        var bin = atob(b64), bytes = new Uint8Array(bin.length);
        for (var k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
        var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
        return new Response(stream).text().then(JSON.parse);
    };

    // The data itself, or a promise of it when it travels packed ({"z": ...}).
    G.unpack = function (value, then) {
        if (value && value.z) { G.inflate(value.z).then(then); } else { then(value); }
    };

    // An element with text (set as text, never parsed as HTML) and inline style.
    G.el = function (tag, text, css) {
        var e = document.createElement(tag);
        if (text !== undefined && text !== null) e.textContent = text;
        if (css) e.style.cssText = css;
        return e;
    };

    // Marker radius in pixels: grows with the square root of the fatalities.
    G.radius = function (fatalities) {
        return Math.min(5 + 1.6 * Math.sqrt(Math.max(0, fatalities || 0)), 16);
    };
})(window.GeoViz = window.GeoViz || {});
