"""LGL (Lieberman et al. 2010, as redistributed by Gritta et al.): place names in local US
news, scored on what ``python -m geo parse [--gold-spans]`` answers.

``evaluate_geoparser(articles, gold_spans=True)`` measures resolution alone (the gold
spans are given); ``gold_spans=False`` measures finding and resolving (end to end). See
``evaluate_geoparser`` for the matching rule.
"""

from __future__ import annotations

import math
import statistics
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from geo.evaluation.scoring import ACC_KM, Handler, km, match_spans, overlap, pct, ratio, snippet, table
from geo.gazetteer import haversine_km


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
        return None if self.gold_spans else ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float | None:
        return None if self.gold_spans else ratio(self.matched, self.gold)

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
        return ratio(self.within_161, self.gold if self.gold_spans else self.matched)

    @property
    def median_km(self) -> float | None:
        return statistics.median(self.errors_km) if self.errors_km else None

    @property
    def mean_km(self) -> float | None:
        return statistics.fmean(self.errors_km) if self.errors_km else None

    @property
    def docs_per_s(self) -> float:
        return ratio(self.docs, self.seconds)

    def format(self) -> str:
        mode = "gold spans (resolution only)" if self.gold_spans else "end to end (find + resolve)"
        scored = self.gold if self.gold_spans else self.matched
        rows = [("documents", f"{self.docs}"), ("gold toponyms", f"{self.gold}")]
        if not self.gold_spans:
            rows += [
                ("predicted spans", f"{self.predicted} (+{self.ignored} on unlocated toponyms, not scored)"),
                ("matched (overlap)", f"{self.matched}"),
                ("precision", pct(self.precision)),
                ("recall", pct(self.recall)),
                ("F1", pct(self.f1)),
            ]
        rows += [
            ("resolved (has lat/lon)", f"{self.resolved} of {scored}"),
            ("acc@161 km", f"{pct(self.acc161)} ({self.within_161} of {scored})"),
            ("median error", km(self.median_km)),
            ("mean error", km(self.mean_km)),
            ("docs/s", f"{self.docs_per_s:,.1f} ({self.seconds:.2f} s; start-up {self.startup_seconds:.2f} s not counted)"),
        ]
        if self.failed_docs:
            rows.append(("documents that raised", f"{self.failed_docs}"))
        return table(f"LGL geoparsing — {mode}", rows)

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
        from geo.batch import parse_record

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
                if any(overlap((m["start"], m["end"]), u) > 0 for u in art.unlocated):
                    ignored_n += 1
                    continue
                predicted_n += 1
                cases.append(PlaceCase(
                    "spurious", art.id, m["start"], m["end"], m.get("text") or art.text[m["start"]:m["end"]],
                    predicted_name=m.get("name"), predicted_country=m.get("country_code"),
                    predicted_feature_code=m.get("feature_code"), predicted_lat=m.get("lat"),
                    predicted_lon=m.get("lon"), context=snippet(art.text, m["start"], m["end"]),
                ))
            predicted_n += len(used)

        for g, m in pairs:
            case = PlaceCase("ok", art.id, g.start, g.end, g.phrase, g.name, g.feature_code, g.lat, g.lon,
                             context=snippet(art.text, g.start, g.end))
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
