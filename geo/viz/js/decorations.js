// The small parts of the map: the ring round a selected incident, the legend, and the
// markers of candidate places on the review page. Their text comes as JSON data and is
// set with textContent.
(function (G) {
    "use strict";
    var el = G.el;

    // A ring round one incident (the row selected in the table), with a label.
    G.highlight = function (parent, latlng, label) {
        return L.circleMarker(latlng, {
            radius: 15, color: "#00bcd4", weight: 4, opacity: 1, fill: false,
            className: "incident-highlight", interactive: false
        }).bindTooltip(el("span", label), {permanent: true, direction: "top", offset: [0, -14],
                                           className: "incident-highlight-label"})
          .addTo(parent);
    };

    // legend: {title, types: [[name, colour], ...], sizesTitle, sizes: [fatalities, ...], notes: [line, ...]}
    G.legend = function (map, legend) {
        var control = L.control({position: "bottomright"});
        control.onAdd = function () {
            var outer = L.DomUtil.create("div", "incident-legend" + (legend.collapsed ? " collapsed" : ""));
            // a header that folds the legend away (it covers the map on small screens)
            var toggle = el("a", (legend.collapsed ? "\u25b8 " : "\u25be ") + "Legend");
            toggle.className = "legend-toggle";
            toggle.setAttribute("role", "button");
            toggle.setAttribute("aria-expanded", legend.collapsed ? "false" : "true");
            L.DomEvent.disableClickPropagation(outer);
            L.DomEvent.on(toggle, "click", function () {
                var folded = outer.classList.toggle("collapsed");
                toggle.textContent = (folded ? "\u25b8 " : "\u25be ") + "Legend";
                toggle.setAttribute("aria-expanded", folded ? "false" : "true");
            });
            outer.appendChild(toggle);
            var div = el("div");
            div.className = "legend-body";
            outer.appendChild(div);
            div.appendChild(el("b", legend.title));
            legend.types.forEach(function (t) {
                var row = el("div");
                row.appendChild(el("span", null, "background:" + t[1]));
                row.lastChild.className = "legend-dot";
                row.appendChild(document.createTextNode(t[0]));
                div.appendChild(row);
            });
            var sizes = el("div", null, "margin-top:4px");
            sizes.appendChild(el("b", legend.sizesTitle));
            legend.sizes.forEach(function (f) {
                var d = 2 * G.radius(f);
                var dot = el("span", null, "width:" + d.toFixed(0) + "px;height:" + d.toFixed(0) + "px");
                dot.className = "legend-size";
                sizes.appendChild(dot);
                sizes.appendChild(document.createTextNode(String(f)));
            });
            div.appendChild(sizes);
            if (legend.datasets) {
                // imported incidents: the event type's fill, their dataset's outline
                var outlines = el("div", null, "margin-top:4px");
                outlines.className = "legend-datasets";
                outlines.appendChild(el("b", "Dataset (outline)"));
                legend.datasets.forEach(function (name) {
                    var style = (G.datasetStyles || {})[name] || {label: name, color: "#7a00cc", weight: 2.5};
                    var row = el("div");
                    row.appendChild(el("span", null, "background:#bbbbbb;border:" + Math.max(1, Math.round(style.weight)) +
                        "px " + (style.dashArray ? "dashed" : "solid") + " " + style.color));
                    row.lastChild.className = "legend-dot";
                    row.appendChild(document.createTextNode(style.label));
                    outlines.appendChild(row);
                });
                div.appendChild(outlines);
            }
            var note = el("div", null, "color:#555;margin-top:2px");
            legend.notes.forEach(function (line, k) {
                if (k) note.appendChild(el("br"));
                note.appendChild(document.createTextNode(line));
            });
            div.appendChild(note);
            return outer;
        };
        control.addTo(map);
        return control;
    };

    // places: [[lat, lon, label], ...]: circles with a tooltip each (the review page).
    G.placeMarkers = function (map, places) {
        var group = L.featureGroup();
        places.forEach(function (p) {
            L.circleMarker([p[0], p[1]], {
                radius: 6, color: "#00838f", weight: 2, fill: true, fillOpacity: 0.2, className: "place-option"
            }).bindTooltip(el("span", p[2])).addTo(group);
        });
        return group.addTo(map);
    };
})(window.GeoViz = window.GeoViz || {});
