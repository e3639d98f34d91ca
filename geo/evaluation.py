"""Measure the pipeline on third-party corpora: ``python -m geo eval lgl|acled PATH``.

Two harnesses, both driving the code the batch interface runs (``geo.cli.parse_record``
and ``geo.cli.extract_record``, i.e. ``python -m geo parse [--gold-spans]`` and
``python -m geo extract``), in process, and scoring only what that interface outputs:

- **LGL** (Lieberman et al. 2010, as redistributed by Gritta et al.): place names in
  local US news. ``evaluate_geoparser(articles, gold_spans=True)`` measures resolution
  alone (the gold spans are given); ``gold_spans=False`` measures finding and resolving
  (end to end). See ``evaluate_geoparser`` for the matching rule.
- **ACLED** (older schema): each event's ``notes`` read as a report, its first (main)
  incident compared with the coded event. See ``evaluate_incidents``.

The corpora are research data that must not be shipped: they are read from wherever
the caller says (the team keeps them in ``../shared/data/eval/``), never from the repo.
Every result keeps its per-item cases, so ``worst_cases`` / ``format_cases`` /
``common_failures`` show a developer what went wrong, not just how often.
"""

from __future__ import annotations

import argparse
import csv
import math
import statistics
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from datetime import datetime
from typing import Callable, Iterable

ACC_KM = 161.0  # "accuracy at 161 km" (100 miles), the geoparsing literature's standard
LOCAL_KM = 25.0  # the incident gate: within 25 km of ACLED's coordinates

Handler = Callable[[dict], list]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (mean Earth radius 6371.0088 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _ratio(num: int | float, den: int | float) -> float:
    return num / den if den else 0.0


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:5.1f} %"


def _km(x: float | None) -> str:
    return "n/a" if x is None else f"{x:,.1f} km"


def _snippet(text: str, start: int, end: int, width: int = 60) -> str:
    left, right = max(0, start - width), min(len(text), end + width)
    s = text[left:start] + "[" + text[start:end] + "]" + text[end:right]
    return " ".join(s.split())


def _table(title: str, rows: list[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in rows)
    lines = [title, "-" * len(title)]
    lines += [f"{k:<{width}}  {v}" for k, v in rows]
    return "\n".join(lines)


# == LGL ===================================================================================

@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    name: str
    lat: float
    lon: float
    geonameid: int | None
    feature_code: str = ""
    country: str = ""  # the gold entry's country, as LGL names it ("United States")


@dataclass
class LGLArticle:
    id: str
    text: str
    toponyms: list[GoldToponym]  # gold: toponyms with coordinates, in text order
    # Toponyms the annotators marked but could not place (no gaztag / no lat-lon, e.g.
    # "Memphis St."): not gold, but a prediction overlapping one is not counted as wrong.
    unlocated: list[tuple[int, int]] = field(default_factory=list)
    title: str = ""


def load_lgl(path: str | Path) -> list[LGLArticle]:
    """Articles of an LGL-format XML file (``<articles><article docid>…<text>…<toponyms>``).

    Toponyms without a ``gaztag`` or without ``lat``/``lon`` are left out of the gold
    (kept in ``unlocated``). Offsets are character offsets into ``<text>``, end exclusive.
    """
    articles = []
    for _event, el in ET.iterparse(str(path), events=("end",)):
        if el.tag != "article":
            continue
        text = el.findtext("text") or ""
        gold, unlocated = [], []
        for tp in el.iterfind("toponyms/toponym"):
            start, end = int(tp.findtext("start")), int(tp.findtext("end"))
            phrase = tp.findtext("phrase") or text[start:end]
            tag = tp.find("gaztag")
            lat = tag.findtext("lat") if tag is not None else None
            lon = tag.findtext("lon") if tag is not None else None
            if tag is None or not lat or not lon:
                unlocated.append((start, end))
                continue
            gid = tag.get("geonameid")
            gold.append(GoldToponym(
                start, end, phrase, tag.findtext("name") or phrase, float(lat), float(lon),
                int(gid) if gid and gid.strip().isdigit() else None, tag.findtext("fcode") or "",
                tag.findtext("country") or "",
            ))
        gold.sort(key=lambda g: (g.start, g.end))
        articles.append(LGLArticle(el.get("docid") or str(len(articles)), text, gold, unlocated,
                                   el.findtext("title") or ""))
        el.clear()
    return articles


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def match_spans(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, predicted index)`` of overlapping spans.

    Spans are ``(start, end)``, end exclusive; two spans match when they share at least
    one character (so an exact match is an overlap too, and adjacent spans do not match).
    Each span is used at most once; the pairs sharing the most characters are taken
    first (ties: earliest gold, then earliest prediction).
    """
    pairs = [(-_overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
             if _overlap(g, p) > 0]
    pairs.sort()
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return sorted(out)


@dataclass
class PlaceCase:
    """One scored item that went wrong (or right: ``kind == "ok"``)."""

    kind: str  # "ok", "mis-resolved" (> 161 km), "unresolved" (no lat/lon), "missed" (no predicted span), "spurious"
    doc_id: str
    start: int
    end: int
    text: str  # gold phrase, or the predicted text for a spurious span
    gold_name: str = ""
    gold_feature_code: str = ""
    gold_lat: float | None = None
    gold_lon: float | None = None
    predicted_text: str = ""
    predicted_name: str | None = None
    predicted_country: str | None = None
    predicted_feature_code: str | None = None
    predicted_lat: float | None = None
    predicted_lon: float | None = None
    error_km: float | None = None
    context: str = ""

    def describe(self) -> str:
        gold = f"{self.gold_name} [{self.gold_feature_code}] ({self.gold_lat:.3f}, {self.gold_lon:.3f})" \
            if self.gold_lat is not None else ""
        pred = (f"{self.predicted_name} [{self.predicted_country} {self.predicted_feature_code}] "
                f"({self.predicted_lat:.3f}, {self.predicted_lon:.3f})") if self.predicted_lat is not None else "-"
        if self.kind == "spurious":
            return f"{self.doc_id} {self.start}-{self.end} {self.text!r} -> {pred}\n    {self.context}"
        err = "" if self.error_km is None else f", {self.error_km:,.0f} km off"
        span = f" as {self.predicted_text!r}" if self.predicted_text and self.predicted_text != self.text else ""
        return (f"{self.doc_id} {self.start}-{self.end} {self.text!r} gold {gold}; predicted{span} {pred}{err}"
                f"\n    {self.context}")


@dataclass
class GeoparseScores:
    gold_spans: bool
    docs: int
    gold: int  # located gold toponyms
    predicted: int  # predicted spans scored (end to end: not counting ignored ones)
    matched: int  # gold toponyms paired with a predicted span
    ignored: int  # predictions overlapping only an unlocated toponym (end to end)
    resolved: int  # matched pairs whose prediction has coordinates
    within_161: int
    errors_km: list[float] = field(repr=False)
    seconds: float
    failed_docs: int = 0  # documents the handler raised on (their gold counts as missed)
    startup_seconds: float = 0.0
    cases: list[PlaceCase] = field(default_factory=list, repr=False)

    @property
    def precision(self) -> float | None:
        return None if self.gold_spans else _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float | None:
        return None if self.gold_spans else _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float | None:
        if self.gold_spans:
            return None
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def acc161(self) -> float:
        """Share of the scored toponyms resolved within 161 km; an unresolved one is a
        miss. With gold spans: of all gold toponyms; end to end: of the matched pairs."""
        return _ratio(self.within_161, self.gold if self.gold_spans else self.matched)

    @property
    def median_km(self) -> float | None:
        return statistics.median(self.errors_km) if self.errors_km else None

    @property
    def mean_km(self) -> float | None:
        return statistics.fmean(self.errors_km) if self.errors_km else None

    @property
    def docs_per_s(self) -> float:
        return _ratio(self.docs, self.seconds)

    def format(self) -> str:
        mode = "gold spans (resolution only)" if self.gold_spans else "end to end (find + resolve)"
        scored = self.gold if self.gold_spans else self.matched
        rows = [("documents", f"{self.docs}"), ("gold toponyms", f"{self.gold}")]
        if not self.gold_spans:
            rows += [
                ("predicted spans", f"{self.predicted} (+{self.ignored} on unlocated toponyms, not scored)"),
                ("matched (overlap)", f"{self.matched}"),
                ("precision", _pct(self.precision)),
                ("recall", _pct(self.recall)),
                ("F1", _pct(self.f1)),
            ]
        rows += [
            ("resolved (has lat/lon)", f"{self.resolved} of {scored}"),
            ("acc@161 km", f"{_pct(self.acc161)} ({self.within_161} of {scored})"),
            ("median error", _km(self.median_km)),
            ("mean error", _km(self.mean_km)),
            ("docs/s", f"{self.docs_per_s:,.1f} ({self.seconds:.2f} s; start-up {self.startup_seconds:.2f} s not counted)"),
        ]
        if self.failed_docs:
            rows.append(("documents that raised", f"{self.failed_docs}"))
        return _table(f"LGL geoparsing — {mode}", rows)

    def worst_cases(self, n: int = 10, kind: str | None = None) -> list[PlaceCase]:
        """Failures, worst first: unresolved/missed/spurious (no distance) before the
        largest errors. ``kind`` keeps one kind ("mis-resolved", "unresolved", "missed",
        "spurious")."""
        bad = [c for c in self.cases if c.kind != "ok" and (kind is None or c.kind == kind)]
        bad.sort(key=lambda c: -(c.error_km if c.error_km is not None else math.inf))
        return bad[:n]

    def common_failures(self, n: int = 10) -> list[tuple[tuple[str, str, str], int]]:
        """The most frequent (kind, gold phrase, what was predicted) failures, with counts."""
        counts = Counter()
        for c in self.cases:
            if c.kind == "ok":
                continue
            pred = c.predicted_name if c.kind != "missed" else ""
            if pred and c.predicted_country:
                pred = f"{pred} ({c.predicted_country} {c.predicted_feature_code})"
            gold = c.text if c.kind == "spurious" else f"{c.text} [{c.gold_feature_code}]"
            counts[(c.kind, gold, pred or "")] += 1
        return counts.most_common(n)

    def format_cases(self, n: int = 10) -> str:
        """Up to ``n`` worst cases of each kind, then the most common failures."""
        out = []
        kinds = Counter(c.kind for c in self.cases if c.kind != "ok")
        for kind in ("mis-resolved", "unresolved", "missed", "spurious"):
            if kinds[kind]:
                out.append(f"\n{kind} ({kinds[kind]}), worst {min(n, kinds[kind])}:")
                out += ["  " + c.describe() for c in self.worst_cases(n, kind)]
        out.append(f"\nmost common failures (kind, gold, predicted: count), top {n}:")
        out += [f"  {k}: {g!r} -> {p or '-'}: {cnt}" for (k, g, p), cnt in self.common_failures(n)]
        return "\n".join(out)


def _is_located(m: dict) -> bool:
    return m.get("lat") is not None and m.get("lon") is not None


def evaluate_geoparser(articles: Iterable[LGLArticle], gold_spans: bool,
                       handler: Handler | None = None) -> GeoparseScores:
    """Score place finding/resolution on LGL-style articles.

    ``handler`` is the batch interface's per-record function (default: what ``python -m
    geo parse [--gold-spans]`` runs); it gets ``{"id", "text"[, "spans"]}`` and returns
    the ``places`` list. Only the handler calls are timed (docs/s); building it — the
    gazetteer load — is reported as start-up.

    With ``gold_spans``: every gold toponym is sent as a span and must come back in
    order. acc@161 = share of gold toponyms resolved within 161 km of the gold
    coordinates (unresolved = miss); median and mean error over the resolved ones.

    End to end: predicted spans are matched to gold spans one-to-one by **overlap**
    (at least one shared character; exact matches are overlaps; see ``match_spans``) —
    the lenient rule of Gritta et al. (2018). Precision = matched / predicted, recall =
    matched / gold, F1 their harmonic mean. A prediction that matches no gold toponym but
    overlaps a toponym the annotators could not place (no coordinates) is ignored —
    neither right nor wrong — and counted apart. acc@161, median and mean error are over
    the matched pairs (a matched prediction without coordinates is a miss for acc@161).
    """
    if handler is None:
        from geo.cli import parse_record

        t0 = time.perf_counter()
        handler = parse_record(gold_spans)
        startup = time.perf_counter() - t0
    else:
        startup = 0.0

    docs = gold_n = predicted_n = matched_n = ignored_n = resolved_n = hits = failed = 0
    errors: list[float] = []
    cases: list[PlaceCase] = []
    seconds = 0.0
    for art in articles:
        docs += 1
        gold = art.toponyms
        gold_n += len(gold)
        record = {"id": art.id, "text": art.text}
        if gold_spans:
            record["spans"] = [{"start": g.start, "end": g.end} for g in gold]
        t0 = time.perf_counter()
        try:
            out = handler(record)
        except Exception:  # the batch interface would report an error line: all missed
            out, failed = None, failed + 1
        seconds += time.perf_counter() - t0
        out = out or []

        if gold_spans:
            by_span = {(m["start"], m["end"]): m for m in out}
            pairs = []
            for gi, g in enumerate(gold):
                m = out[gi] if gi < len(out) and (out[gi]["start"], out[gi]["end"]) == (g.start, g.end) \
                    else by_span.get((g.start, g.end))
                pairs.append((g, m))
        else:
            spans = [(m["start"], m["end"]) for m in out]
            matched = match_spans([(g.start, g.end) for g in gold], spans)
            pred_of = {gi: pi for gi, pi in matched}
            used = set(pred_of.values())
            pairs = [(g, out[pred_of[gi]]) if gi in pred_of else (g, None) for gi, g in enumerate(gold)]
            for pi, m in enumerate(out):
                if pi in used:
                    continue
                if any(_overlap((m["start"], m["end"]), u) > 0 for u in art.unlocated):
                    ignored_n += 1
                    continue
                predicted_n += 1
                cases.append(PlaceCase(
                    "spurious", art.id, m["start"], m["end"], m.get("text") or art.text[m["start"]:m["end"]],
                    predicted_name=m.get("name"), predicted_country=m.get("country_code"),
                    predicted_feature_code=m.get("feature_code"), predicted_lat=m.get("lat"),
                    predicted_lon=m.get("lon"), context=_snippet(art.text, m["start"], m["end"]),
                ))
            predicted_n += len(used)

        for g, m in pairs:
            case = PlaceCase("ok", art.id, g.start, g.end, g.phrase, g.name, g.feature_code, g.lat, g.lon,
                             context=_snippet(art.text, g.start, g.end))
            if m is None:
                case.kind = "unresolved" if gold_spans else "missed"
                cases.append(case)
                continue
            matched_n += 1
            case.predicted_text = m.get("text") or ""
            case.predicted_name, case.predicted_country = m.get("name"), m.get("country_code")
            case.predicted_feature_code = m.get("feature_code")
            if not _is_located(m):
                case.kind = "unresolved"
                cases.append(case)
                continue
            resolved_n += 1
            case.predicted_lat, case.predicted_lon = m["lat"], m["lon"]
            case.error_km = haversine_km(g.lat, g.lon, m["lat"], m["lon"])
            errors.append(case.error_km)
            if case.error_km <= ACC_KM:
                hits += 1
            else:
                case.kind = "mis-resolved"
            cases.append(case)

    return GeoparseScores(gold_spans, docs, gold_n, predicted_n, matched_n, ignored_n, resolved_n, hits,
                          errors, seconds, failed, startup, cases)


# == ACLED =================================================================================

# ACLED's older event types (2016 data) -> the current ones that count as a match.
ACLED_TYPE_MAP: dict[str, frozenset[str]] = {
    "riots/protests": frozenset({"Protests", "Riots"}),
    "remote violence": frozenset({"Explosions/Remote violence"}),
    "strategic development": frozenset({"Strategic developments"}),
    "non-violent transfer of territory": frozenset({"Strategic developments"}),
    "violence against civilians": frozenset({"Violence against civilians"}),
}
CURRENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                 "Strategic developments")


def acled_types(event_type: str) -> frozenset[str]:
    """The current event types that match an (older or current) ACLED ``event_type``:
    Riots/Protests -> Protests or Riots; Battle-* -> Battles; Remote violence ->
    Explosions/Remote violence; Strategic development and Non-violent transfer of
    territory -> Strategic developments; Violence against civilians stays."""
    key = " ".join(event_type.split()).casefold()
    if key.startswith("battle"):
        return frozenset({"Battles"})
    if key in ACLED_TYPE_MAP:
        return ACLED_TYPE_MAP[key]
    for t in CURRENT_TYPES:
        if key == t.casefold():
            return frozenset({t})
    raise ValueError(f"unknown ACLED event type: {event_type!r}")


@dataclass
class ACLEDRow:
    id: str
    notes: str
    event_date: str
    event_type: str
    latitude: float | None
    longitude: float | None
    fatalities: int
    geo_precision: int | None = None
    location: str = ""
    country: str = ""
    actor1: str = ""
    actor2: str = ""


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    f = _float(value)
    return int(f) if f is not None else None


_ACLED_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%b-%y", "%d-%m-%y", "%d/%m/%Y", "%m/%d/%Y")


def acled_date(value: str) -> str:
    """ACLED's exports write dates several ways ("2016-07-02", "28 December 2022",
    "5-Aug-24", "31-12-19"): the ISO date, or the value as written when none fits."""
    value = value.strip()
    for fmt in _ACLED_DATE_FORMATS:
        try:
            return datetime.strptime(value[:10] if fmt == "%Y-%m-%d" else value, fmt).date().isoformat()
        except ValueError:
            continue
    return value


def load_acled(path: str | Path) -> list[ACLEDRow]:
    """ACLED events from a CSV export (columns notes, event_date, event_type, latitude,
    longitude, fatalities, geo_precision, location, country, actor1, actor2; an id from
    data_id / event_id_cnty when present). Rows without notes are skipped."""
    rows = []
    with open(path, newline="", encoding="utf-8-sig") as f:
        for n, r in enumerate(csv.DictReader(f), 1):
            notes = (r.get("notes") or "").strip()
            if not notes:
                continue
            rows.append(ACLEDRow(
                id=r.get("event_id_cnty") or r.get("data_id") or str(n),
                notes=notes,
                event_date=acled_date(r.get("event_date") or ""),
                event_type=(r.get("event_type") or "").strip(),
                latitude=_float(r.get("latitude")),
                longitude=_float(r.get("longitude")),
                fatalities=_int(r.get("fatalities")) or 0,
                geo_precision=_int(r.get("geo_precision")),
                location=r.get("location") or "",
                country=r.get("country") or "",
                actor1=r.get("actor1") or "",
                actor2=r.get("actor2") or "",
            ))
    return rows


@dataclass
class IncidentCase:
    row: ACLEDRow
    incident: dict | None  # the first (main) predicted incident
    n_incidents: int
    distance_km: float | None  # None: no incident, or no coordinates
    type_ok: bool
    fatalities_ok: bool
    date_ok: bool
    precision_ok: bool
    error: str = ""  # the handler raised

    @property
    def loc25(self) -> bool:
        return self.distance_km is not None and self.distance_km <= LOCAL_KM

    @property
    def loc161(self) -> bool:
        return self.distance_km is not None and self.distance_km <= ACC_KM

    @property
    def predicted_fatalities(self) -> int:
        return int(self.incident.get("fatalities") or 0) if self.incident else 0

    def failed(self) -> list[str]:
        return [k for k, ok in (("location", self.loc25), ("type", self.type_ok), ("fatalities", self.fatalities_ok))
                if not ok]

    def location_reason(self) -> str:
        if self.error:
            return "handler raised"
        if self.incident is None:
            return "no incident"
        if self.distance_km is None:
            return "incident without a location"
        if self.loc25:
            return "ok"
        if (self.incident.get("country") or "").casefold() != self.row.country.casefold():
            return "wrong country"
        return "right country, > 25 km" if not self.loc161 else "right country, 25-161 km"

    def describe(self) -> str:
        r, i = self.row, self.incident or {}
        gold = (f"gold {r.event_date} {r.event_type} | {r.location}, {r.country} ({r.latitude}, {r.longitude}) "
                f"p{r.geo_precision} | fat {r.fatalities}")
        if self.incident is None:
            pred = f"predicted nothing{(' (' + self.error + ')') if self.error else ''}"
        else:
            where = f"{i.get('location') or '-'}, {i.get('country') or '-'}"
            if self.distance_km is not None:
                where += f" ({i['latitude']:.3f}, {i['longitude']:.3f}) {self.distance_km:,.0f} km off"
            pred = (f"pred {i.get('event_date')} {i.get('event_type')}/{i.get('sub_event_type')} | {where} "
                    f"p{i.get('geo_precision')} | fat {i.get('fatalities')}")
        notes = r.notes if len(r.notes) <= 300 else r.notes[:297] + "..."
        return f"{r.id} [{', '.join(self.failed()) or 'ok'}]\n    {gold}\n    {pred}\n    notes: {notes}"


@dataclass
class IncidentScores:
    cases: list[IncidentCase] = field(repr=False)
    seconds: float
    startup_seconds: float = 0.0

    @property
    def rows(self) -> int:
        return len(self.cases)

    def _share(self, pred: Callable[[IncidentCase], bool]) -> float:
        return _ratio(sum(1 for c in self.cases if pred(c)), self.rows)

    @property
    def loc25(self) -> float:
        return self._share(lambda c: c.loc25)

    @property
    def loc161(self) -> float:
        return self._share(lambda c: c.loc161)

    @property
    def type_accuracy(self) -> float:
        return self._share(lambda c: c.type_ok)

    @property
    def fatalities_exact(self) -> float:
        return self._share(lambda c: c.fatalities_ok)

    @property
    def date_exact(self) -> float:
        return self._share(lambda c: c.date_ok)

    @property
    def precision_agreement(self) -> float:
        return self._share(lambda c: c.precision_ok)

    @property
    def no_incident(self) -> int:
        return sum(1 for c in self.cases if c.incident is None)

    @property
    def no_location(self) -> int:
        return sum(1 for c in self.cases if c.incident is not None and c.distance_km is None)

    @property
    def median_km(self) -> float | None:
        d = [c.distance_km for c in self.cases if c.distance_km is not None]
        return statistics.median(d) if d else None

    @property
    def notes_per_s(self) -> float:
        return _ratio(self.rows, self.seconds)

    def format(self) -> str:
        n = self.rows
        fat_pos = [c for c in self.cases if c.row.fatalities > 0]
        fat_zero = [c for c in self.cases if c.row.fatalities == 0]
        rows = [
            ("events (notes)", f"{n}"),
            ("no incident found", f"{self.no_incident}"),
            ("incident without location", f"{self.no_location}"),
            ("location within 25 km", _pct(self.loc25)),
            ("location within 161 km", _pct(self.loc161)),
            ("median location error", _km(self.median_km) + " (located incidents only)"),
            ("event type accuracy", _pct(self.type_accuracy)),
            ("fatalities exact", f"{_pct(self.fatalities_exact)} (gold 0: "
                                 f"{_pct(_ratio(sum(c.fatalities_ok for c in fat_zero), len(fat_zero)))} of "
                                 f"{len(fat_zero)}; gold > 0: "
                                 f"{_pct(_ratio(sum(c.fatalities_ok for c in fat_pos), len(fat_pos)))} of "
                                 f"{len(fat_pos)})"),
            ("event date exact (extra)", _pct(self.date_exact)),
            ("geo_precision agrees (extra)", _pct(self.precision_agreement)),
            ("notes/s", f"{self.notes_per_s:,.1f} ({self.seconds:.2f} s; start-up {self.startup_seconds:.2f} s not counted)"),
        ]
        errors = sum(1 for c in self.cases if c.error)
        if errors:
            rows.append(("notes that raised", f"{errors}"))
        out = [_table("ACLED incidents — main incident of each event's notes", rows)]
        out.append("\nevent type: gold (mapped) -> predicted main incident")
        confusion: dict[str, Counter] = {}
        for c in self.cases:
            gold = " or ".join(sorted(acled_types(c.row.event_type)))
            confusion.setdefault(gold, Counter())[c.incident["event_type"] if c.incident else "(none)"] += 1
        for gold, counts in sorted(confusion.items(), key=lambda kv: -sum(kv[1].values())):
            total = sum(counts.values())
            ok = sum(cnt for t, cnt in counts.items() if t in gold.split(" or "))
            detail = ", ".join(f"{t} {cnt}" for t, cnt in counts.most_common())
            out.append(f"  {gold} ({total}, {_pct(_ratio(ok, total)).strip()} right): {detail}")
        return "\n".join(out)

    def worst_cases(self, n: int = 10, kind: str | None = None) -> list[IncidentCase]:
        """Failing events. Without ``kind``: most criteria failed first (location, type,
        fatalities), then the largest location error. With ``kind`` ("location", "type",
        "fatalities"): the events failing it, those failing only it first (the clearest
        examples of that failure), then the largest location error."""
        bad = [c for c in self.cases if c.failed() and (kind is None or kind in c.failed())]
        far = lambda c: -(c.distance_km if c.distance_km is not None else math.inf)  # noqa: E731
        if kind is None:
            bad.sort(key=lambda c: (-len(c.failed()), far(c)))
        else:
            bad.sort(key=lambda c: (len(c.failed()), far(c)))
        return bad[:n]

    def common_failures(self, n: int = 10) -> list[tuple[tuple[str, str], int]]:
        """The most frequent reasons for a miss: (criterion, reason) with counts."""
        counts = Counter()
        for c in self.cases:
            if not c.loc25:
                counts[("location", c.location_reason())] += 1
            if not c.type_ok:
                pred = c.incident["event_type"] if c.incident else "(no incident)"
                counts[("type", f"{c.row.event_type} -> {pred}")] += 1
            if not c.fatalities_ok:
                p, g = c.predicted_fatalities, c.row.fatalities
                why = ("no incident, gold > 0" if c.incident is None else "predicted 0, gold > 0" if p == 0
                       else "predicted > 0, gold 0" if g == 0 else "predicted more" if p > g else "predicted fewer")
                counts[("fatalities", why)] += 1
        return counts.most_common(n)

    def format_cases(self, n: int = 10) -> str:
        out = []
        for kind in ("location", "type", "fatalities"):
            cases = self.worst_cases(n, kind)
            total = sum(1 for c in self.cases if kind in c.failed())
            if total:
                out.append(f"\n{kind} misses ({total}), {len(cases)} shown (those failing only this first):")
                out += ["  " + c.describe() for c in cases]
        out.append(f"\nmost common failures (criterion, reason: count), top {n}:")
        out += [f"  {k}: {why}: {cnt}" for (k, why), cnt in self.common_failures(n)]
        return "\n".join(out)


def evaluate_incidents(rows: Iterable[ACLEDRow], handler: Handler | None = None) -> IncidentScores:
    """Read each event's ``notes`` as a report and score its first (main) incident.

    ``handler`` is the batch interface's per-record function (default: what ``python -m
    geo extract`` runs); it gets ``{"id", "text": notes, "date": event_date}``. The event
    date stands in for the publication date that relative expressions ("on Sunday")
    resolve against — a proxy: ACLED notes are written after the fact, often citing a
    report from a day or more later, so "date exact" is an optimistic extra, not a gate.

    Per event: location within 25 km / 161 km of ACLED's coordinates (no incident, or an
    incident without coordinates, is a miss); event type right when the predicted type
    is one the older ACLED type maps to (``acled_types``); fatalities exactly equal (no
    incident = 0 predicted); event date equal; geo_precision equal (no incident = miss).
    notes/s times the handler calls only.
    """
    if handler is None:
        from geo.cli import extract_record
        from geo.gazetteer import load_gazetteer

        t0 = time.perf_counter()
        load_gazetteer()
        handler = extract_record
        startup = time.perf_counter() - t0
    else:
        startup = 0.0

    cases, seconds = [], 0.0
    for r in rows:
        error = ""
        t0 = time.perf_counter()
        try:
            incidents = handler({"id": r.id, "text": r.notes, "date": r.event_date or None})
        except Exception as exc:
            incidents, error = [], f"{type(exc).__name__}: {exc}"
        seconds += time.perf_counter() - t0
        main = incidents[0] if incidents else None
        dist = None
        if main is not None and main.get("latitude") is not None and main.get("longitude") is not None \
                and r.latitude is not None and r.longitude is not None:
            dist = haversine_km(r.latitude, r.longitude, main["latitude"], main["longitude"])
        predicted_fat = int(main.get("fatalities") or 0) if main else 0
        cases.append(IncidentCase(
            row=r,
            incident=main,
            n_incidents=len(incidents),
            distance_km=dist,
            type_ok=main is not None and main.get("event_type") in acled_types(r.event_type),
            fatalities_ok=predicted_fat == r.fatalities,
            date_ok=main is not None and main.get("event_date") == r.event_date,
            precision_ok=main is not None and r.geo_precision is not None and main.get("geo_precision") == r.geo_precision,
            error=error,
        ))
    return IncidentScores(cases, seconds, startup)


# == command line ===========================================================================

def add_eval_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """``eval lgl PATH [--gold-spans]`` and ``eval acled PATH`` (wired into ``geo.cli``)."""
    p_eval = sub.add_parser("eval", help="measure against a third-party corpus (LGL place names, ACLED incidents)")
    corpora = p_eval.add_subparsers(dest="corpus", required=True)
    p_lgl = corpora.add_parser("lgl", help="LGL XML: place names found and resolved (precision, recall, F1, acc@161)")
    p_lgl.add_argument("path", help="the LGL XML file (e.g. ../shared/data/eval/lgl.xml)")
    p_lgl.add_argument("--gold-spans", action="store_true", help="resolve the gold spans (resolution only)")
    p_acled = corpora.add_parser("acled", help="ACLED CSV: main incident of each event's notes (location, type, fatalities)")
    p_acled.add_argument("path", help="an ACLED CSV export with a notes column")
    for p in (p_lgl, p_acled):
        p.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N documents/events")
        p.add_argument("--show-errors", type=int, default=0, metavar="N",
                       help="also list up to N failures of each kind and the N most common failures")
    return p_eval


def run_eval(args: argparse.Namespace) -> int:
    limit = args.limit if args.limit is None or args.limit >= 0 else None
    if args.corpus == "lgl":
        articles = load_lgl(args.path)[:limit]
        scores = evaluate_geoparser(articles, gold_spans=args.gold_spans)
    else:
        scores = evaluate_incidents(load_acled(args.path)[:limit])
    print(f"{args.path}\n")
    print(scores.format())
    if args.show_errors:
        print(scores.format_cases(args.show_errors))
    return 0
