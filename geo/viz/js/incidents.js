// The incident layer (geo.viz.elements.IncidentLayer): every located incident, drawn
// from the compact payload of geo.viz.payload.incident_payload. Popups and tooltips are
// made on demand from it, as DOM nodes from text (textContent), never parsed as HTML:
// nothing an article says can become markup or script.
(function (G) {
    "use strict";
    var el = G.el;

    // options: {cluster: bool, cell: px, playback: bool, playMs: ms}
    // holder (optional): a layer group the markers are drawn into instead of the map;
    // when it leaves the map, the markers stop following the map's moves.
    G.incidentLayer = function (map, raw, options, holder) {
        var group = L.featureGroup();
        window.geoIncidentsReady = false;
        // The basemap waits for this (see basemap.js): incidents are drawn first.
        var incidentsDrawn;
        window.geoIncidentsDrawn = new Promise(function (resolve) { incidentsDrawn = resolve; });
        G.unpack(raw, function (D) {
            build(map, group, D, options, holder);
            window.geoIncidentsReady = true;
            incidentsDrawn();
        });
        return group;
    };

    // The incidents inside the map's bounds of a view drawn as squares
    // (geo.viz.elements.ViewIncidents). streamlit-folium adds ``holder`` (a feature
    // group) to the mounted map after this script runs, and takes it off when the
    // server sends other bounds' incidents (or none: the bounds hold too many); the
    // squares (cells.js) step aside while it is on the map.
    G.viewIncidents = function (holder, raw, options) {
        holder.on("add", function () {
            G.incidentLayer(holder._map, raw, options, holder);
            if (window.geoCells) window.geoCells.hide();
        });
        holder.on("remove", function () {
            if (window.geoCells) window.geoCells.show();
        });
        return holder;
    };

    // Imported incidents keep their event type's fill; their outline says where they
    // come from (the reports' own: a thin dark ring).
    var DATASETS = {
        reports: {label: "our reports", color: "#333333", weight: 1},
        acled: {label: "ACLED", color: "#000000", weight: 2.5, dashArray: "3 2"},
        ucdp: {label: "UCDP", color: "#ffffff", weight: 2.5}
    };
    G.datasetStyles = DATASETS;

    function build(map, group, D, options, holder) {
        var n = D.lat.length;
        function dataset(i) { return D.ds && D.ds[i] >= 0 ? D.datasets[D.ds[i]] : "reports"; }
        function datasetStyle(i) { return DATASETS[dataset(i)] || {label: dataset(i), color: "#7a00cc", weight: 2.5}; }
        function sourceLink(url, text) {
            var a = el("a", text || url);
            a.href = url;
            a.target = "_blank";
            a.rel = "noopener noreferrer";
            a.className = "incident-source";
            return a;
        }
        function value(list, codes, i) { var c = codes ? codes[i] : -1; return c >= 0 ? list[c] : ""; }
        function color(t) { return t >= 0 ? D.colors[t] : "#6b6b6b"; }

        function popup(i) {
            var div = el("div", null, "font-size:12px;line-height:1.35;max-width:340px");
            div.className = "incident-popup";
            var t = D.type[i];
            var head = el("div");
            head.appendChild(el("b", t >= 0 ? D.types[t] : "", "color:" + color(t)));
            var sub = value(D.subs, D.sub, i);
            if (sub) head.appendChild(document.createTextNode(" \u00b7 " + sub));
            div.appendChild(head);
            function line(label, content, note, cls) {
                var p = el("div");
                if (cls) p.className = cls;
                p.appendChild(el("b", label + ": "));
                p.appendChild(typeof content === "string" ? el("span", content) : content);
                if (note) p.appendChild(el("span", " " + note, "color:#666"));
                div.appendChild(p);
                return p;
            }
            line("Date", value(D.dates, D.date, i) || "unknown");
            var actors = value(D.actors, D.a1, i), a2 = value(D.actors, D.a2, i);
            if (a2) actors += " \u2013 " + a2;
            var assoc = value(D.assocs, D.assoc, i);
            line("Actors", actors || "unknown", assoc ? "(with " + assoc + ")" : "");
            line("Fatalities", String(D.fat[i]));
            line("Location", value(D.places, D.place, i) || "unknown", "(geo precision " + D.gp[i] + ")");
            if (D.ds) line("Dataset", datasetStyle(i).label, "", "incident-dataset");
            var reports = D.n ? D.n[i] : 1;
            if (reports > 1) line("Reports", reports + " reports", "", "incident-reports");
            if (D.ev) {
                if (D.ev[i]) {
                    var evidence = line("Evidence", "\u201c" + D.ev[i] + "\u201d", "", "incident-evidence").lastChild;
                    evidence.style.fontStyle = "italic";
                    evidence.style.whiteSpace = "pre-line";  // one report's evidence per line
                }
            } else {
                line("Evidence", "in the incident table", "", "incident-evidence").lastChild.style.color = "#666";
            }
            if (!D.docs) {
                line("Source", "in the incident table", "", "incident-source-note").lastChild.style.color = "#666";
                return div;
            }
            var doc = D.doc[i] >= 0 ? D.docs[D.doc[i]] : null;
            if (doc && doc[3] && reports > 1) {
                // an event of several reports: each source on its own line
                var list = el("div");
                list.className = "incident-sources";
                doc[3].forEach(function (part) {
                    var item = el("div", null, "margin-left:8px");
                    item.appendChild(part[0] && /^https?:\/\//i.test(part[0]) ? sourceLink(part[0]) : el("span", part[1]));
                    list.appendChild(item);
                });
                line("Sources", list);
            } else if (doc && (doc[0] || doc[1] || doc[2])) {
                var src;
                if (doc[1] && /^https?:\/\//i.test(doc[1])) {
                    src = sourceLink(doc[1], doc[0]);
                } else {
                    src = el("span", doc[0] || doc[2]);
                }
                line("Source", src, doc[0] && doc[2] ? "(" + doc[2] + ")" : "");
            }
            return div;
        }
        function summary(i) {
            var t = D.type[i], where = value(D.places, D.place, i).split(",")[0];
            var text = (t >= 0 ? D.types[t] : "Incident") + ": " + (where || "unknown place");
            var d = value(D.dates, D.date, i);
            return d ? text + " (" + d + ")" : text;
        }
        function open(i) {
            return L.popup({maxWidth: 360}).setLatLng([D.lat[i], D.lon[i]]).setContent(popup(i)).openOn(map);
        }
        function single(i, renderer) {
            var t = D.type[i], style = datasetStyle(i);
            return L.circleMarker([D.lat[i], D.lon[i]], {
                radius: G.radius(D.fat[i]), color: style.color, weight: style.weight, opacity: 0.9,
                dashArray: style.dashArray || null,
                fillColor: color(t), fillOpacity: 0.85, className: "incident-marker incident-" + dataset(i),
                renderer: renderer, incident: i
            });
        }

        var showWindow = null;
        var clusterClick = function () {};
        if (options.cluster) {
            var clusters = clustering(map, group, D, options, {color: color, single: single, summary: summary, open: open}, holder);
            showWindow = clusters.showWindow;
            clusterClick = clusters.click;
        } else {
            var renderer = L.canvas({padding: 0.5});
            for (var i = 0; i < n; i++) group.addLayer(single(i, renderer));
        }

        group.on("click", function (e) {
            var o = e.layer.options;
            if (o.incident !== undefined) open(o.incident);
            else if (o.cell) clusterClick(e.layer);
        });
        group.on("mouseover", function (e) {
            var m = e.layer;
            if (m.options.incident === undefined) return;
            if (!m.getTooltip()) m.bindTooltip(el("span", summary(m.options.incident)), {sticky: false});
            m.openTooltip();
        });
        group.addTo(holder || map);
        window.geoIncidents = {
            data: D, layer: group, popup: popup, open: open,
            showWindow: showWindow === null ? null : function (endIso, days) {
                showWindow(endIso === null ? null : Math.round(Date.parse(endIso) / 864e5), days);
            }
        };
    }

    // Clustered drawing: the incidents in view are binned into CELL-pixel squares each
    // time the map moves (a client-side take on FastMarkerCluster that stays fast at
    // 100k incidents), with the time playback control.
    function clustering(map, group, D, options, f, holder) {
        var n = D.lat.length, CELL = options.cell;
        // Web-Mercator position of every incident in [0, 1): Leaflet's pixel position at
        // zoom z is this times 256 * 2^z. Computed once; clustering a view bins the points
        // in it into CELL-pixel squares (squares nest from one zoom to the next).
        var X = new Float64Array(n), Y = new Float64Array(n);
        for (var i = 0; i < n; i++) {
            var s = Math.sin(Math.max(-85.0511, Math.min(85.0511, D.lat[i])) * Math.PI / 180);
            X[i] = 0.5 + D.lon[i] / 360;
            Y[i] = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
        }
        var KEY = 67108864;  // 2^26 cells a side: zoom 20 at 60 px

        // Time playback: only the incidents of a window of days, moved by a slider or by
        // the play button (a window at a time). ``timeWindow`` is [first, last] day, or null.
        var dayOf = D.dates.map(function (s) { return Math.round(Date.parse(s) / 864e5); });
        var day = new Float64Array(n), firstDay = Infinity, lastDay = -Infinity;
        for (var i = 0; i < n; i++) {
            day[i] = D.date[i] >= 0 ? dayOf[D.date[i]] : NaN;
            if (day[i] < firstDay) firstDay = day[i];
            if (day[i] > lastDay) lastDay = day[i];
        }
        var timeWindow = null, span = 7, timer = null, controls = null;
        function inWindow(i) { return !timeWindow || (day[i] >= timeWindow[0] && day[i] <= timeWindow[1]); }

        function clusterIcon(c) {
            var stops = [], done = 0;
            for (var t = 0; t < c.types.length; t++) {
                if (!c.types[t]) continue;
                var from = 360 * done / c.n;
                done += c.types[t];
                stops.push(f.color(t - 1) + " " + from.toFixed(1) + "deg " + (360 * done / c.n).toFixed(1) + "deg");
            }
            var size = Math.round(Math.min(30 + 8 * Math.log10(1 + c.fat), 64));
            var ring = el("div");
            ring.style.background = "conic-gradient(" + stops.join(",") + ")";
            ring.title = c.n + " incidents, " + c.fat + " fatalities";
            ring.appendChild(el("span", String(c.n)));
            return L.divIcon({html: ring, className: "marker-cluster incident-cluster", iconSize: L.point(size, size)});
        }
        function draw() {
            group.clearLayers();
            var z = map.getZoom(), scale = 256 * Math.pow(2, z), k = CELL / scale;
            var pb = map.getPixelBounds(), size = pb.getSize();
            var minX = (pb.min.x - size.x / 2) / scale, maxX = (pb.max.x + size.x / 2) / scale;
            var minY = (pb.min.y - size.y / 2) / scale, maxY = (pb.max.y + size.y / 2) / scale;
            var cells = new Map(), list = [], nt = D.types.length + 1;
            for (var i = 0; i < n; i++) {
                var x = X[i], y = Y[i];
                if (x < minX || x > maxX || y < minY || y > maxY) continue;
                if (!inWindow(i)) continue;
                var key = Math.floor(x / k) * KEY + Math.floor(y / k);
                var c = cells.get(key);
                if (c === undefined) {
                    c = {key: key, zoom: z, n: 0, fat: 0, lat: 0, lon: 0, first: i, types: new Array(nt).fill(0),
                         s: 90, w: 180, no: -90, e: -180};
                    cells.set(key, c);
                    list.push(c);
                }
                var la = D.lat[i], lo = D.lon[i];
                c.n++; c.fat += D.fat[i]; c.lat += la; c.lon += lo; c.types[D.type[i] + 1]++;
                if (la < c.s) c.s = la;
                if (la > c.no) c.no = la;
                if (lo < c.w) c.w = lo;
                if (lo > c.e) c.e = lo;
            }
            // Neighbouring squares whose centres are close would draw overlapping clusters:
            // the bigger one takes the other in.
            list.sort(function (a, b) { return b.n - a.n; });
            var shown = [];
            for (var j = 0; j < list.length; j++) {
                var c = list[j];
                if (c.merged) continue;
                var px = map.project([c.lat / c.n, c.lon / c.n], z);
                for (var dx = -1; dx <= 1; dx++) {
                    for (var dy = -1; dy <= 1; dy++) {
                        var nb = cells.get(c.key + dx * KEY + dy);
                        if (!nb || nb === c || nb.merged || nb.keys) continue;
                        var q = map.project([nb.lat / nb.n, nb.lon / nb.n], z);
                        if (px.distanceTo(q) >= CELL * 0.75) continue;
                        nb.merged = true;
                        c.keys = (c.keys || [c.key]).concat([nb.key]);
                        c.n += nb.n; c.fat += nb.fat; c.lat += nb.lat; c.lon += nb.lon;
                        for (var t = 0; t < nt; t++) c.types[t] += nb.types[t];
                        c.s = Math.min(c.s, nb.s); c.no = Math.max(c.no, nb.no);
                        c.w = Math.min(c.w, nb.w); c.e = Math.max(c.e, nb.e);
                        c.first = Math.min(c.first, nb.first);
                    }
                }
                shown.push(c);
            }
            for (var j = 0; j < shown.length; j++) {
                var c = shown[j];
                if (c.n === 1) {
                    group.addLayer(f.single(c.first));
                } else {
                    group.addLayer(L.marker([c.lat / c.n, c.lon / c.n], {icon: clusterIcon(c), cell: c,
                                                                         keyboard: false, riseOnHover: true}));
                }
            }
        }
        function members(c) {
            var scale = 256 * Math.pow(2, c.zoom), k = CELL / scale, out = [];
            var keys = new Set(c.keys || [c.key]);
            for (var i = 0; i < n; i++) {
                if (!inWindow(i)) continue;
                if (keys.has(Math.floor(X[i] / k) * KEY + Math.floor(Y[i] / k))) out.push(i);
            }
            return out;
        }

        function iso(d) { return new Date(d * 864e5).toISOString().slice(0, 10); }
        function showWindow(end, days) {
            if (days) span = days;
            if (end === null) { timeWindow = null; }
            else { end = Math.max(firstDay, Math.min(lastDay, end)); timeWindow = [end - span + 1, end]; }
            if (controls) controls.update();
            draw();
        }
        function play() {
            if (timer) { clearInterval(timer); timer = null; controls.update(); return; }
            // from the window shown, or from the first days when none is (or it is the last)
            var end = timeWindow && timeWindow[1] < lastDay ? timeWindow[1] : firstDay + span - 1;
            timer = setInterval(function () {
                if (end >= lastDay) { clearInterval(timer); timer = null; controls.update(); return; }
                end += span;
                showWindow(end);
            }, options.playMs);
            showWindow(end);
        }
        if (options.playback && lastDay > firstDay) {
            var Playback = L.Control.extend({
                options: {position: "topright"},
                onAdd: function () {
                    var box = L.DomUtil.create("div", "incident-playback");
                    var row = el("div", null, "display:flex;gap:6px;align-items:center");
                    var button = el("button", "\u25b6", "width:28px;cursor:pointer");
                    button.className = "playback-toggle";
                    button.title = "Play: step through the incidents a window at a time";
                    var windowSel = el("select");
                    [7, 30].forEach(function (d) { var o = el("option", d + " days"); o.value = d; windowSel.appendChild(o); });
                    var all = el("button", "All", "cursor:pointer");
                    all.className = "playback-all";
                    row.appendChild(button); row.appendChild(windowSel); row.appendChild(all);
                    var slider = el("input", null, "width:100%");
                    slider.type = "range"; slider.min = firstDay; slider.max = lastDay; slider.step = 1; slider.value = lastDay;
                    slider.className = "playback-slider";
                    var label = el("div", "All dates");
                    label.className = "playback-label";
                    box.appendChild(row); box.appendChild(slider); box.appendChild(label);
                    button.addEventListener("click", play);
                    all.addEventListener("click", function () { if (timer) play(); showWindow(null); });
                    windowSel.addEventListener("change", function () { showWindow(timeWindow ? timeWindow[1] : lastDay, +windowSel.value); });
                    slider.addEventListener("input", function () { showWindow(+slider.value); });
                    L.DomEvent.disableClickPropagation(box);
                    L.DomEvent.disableScrollPropagation(box);
                    controls = {update: function () {
                        button.textContent = timer ? "\u275a\u275a" : "\u25b6";
                        if (timeWindow) slider.value = timeWindow[1];
                        label.textContent = timeWindow ? iso(timeWindow[0]) + " \u2013 " + iso(timeWindow[1]) : "All dates";
                    }};
                    return box;
                }
            });
            new Playback().addTo(map);
        }

        // A cluster whose incidents are all at one spot (or at the deepest zoom) lists them.
        function listPopup(c, latlng) {
            var ids = members(c), div = el("div", null, "font-size:12px;line-height:1.4;max-height:260px;overflow:auto");
            div.className = "incident-list";
            div.appendChild(el("b", c.n + " incidents here"));
            ids.slice(0, 50).forEach(function (i) {
                var a = el("a", f.summary(i) + (D.fat[i] ? ", " + D.fat[i] + " dead" : ""), "display:block;cursor:pointer");
                a.href = "#";
                a.addEventListener("click", function (ev) { ev.preventDefault(); f.open(i); });
                div.appendChild(a);
            });
            if (ids.length > 50) div.appendChild(el("div", "\u2026 and " + (ids.length - 50) + " more (see the table)", "color:#666"));
            L.popup({maxWidth: 360}).setLatLng(latlng).setContent(div).openOn(map);
        }
        function click(marker) {
            var c = marker.options.cell, z = map.getZoom(), maxZoom = map.getMaxZoom();
            var b = L.latLngBounds([c.s, c.w], [c.no, c.e]);
            var spot = (c.no - c.s) < 1e-4 && (c.e - c.w) < 1e-4;
            if (z >= maxZoom || spot) { listPopup(c, marker.getLatLng()); return; }
            var target = Math.min(maxZoom, Math.max(z + 1, map.getBoundsZoom(b.pad(0.2))));
            map.setView(b.getCenter(), target);
        }
        map.on("moveend", draw);
        if (holder) holder.on("remove", function () { map.off("moveend", draw); });
        draw();
        return {showWindow: showWindow, click: click};
    }
})(window.GeoViz = window.GeoViz || {});
