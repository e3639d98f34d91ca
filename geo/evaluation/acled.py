"""ACLED (older and current schema): each event's ``notes`` read as a report by what
``python -m geo extract`` answers, its first (main) incident compared with the coded
event. See ``evaluate_incidents``.
"""

from __future__ import annotations

import csv
import math
import re
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable

from geo.evaluation.scoring import ACC_KM, LOCAL_KM, Handler, km, pct, ratio, table
from geo.gazetteer import haversine_km
from geo.taxonomy import current_types


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
    actor2: str | None = ""  # None: the export has no actor2 column (Bangladesh's protests)

    @property
    def coder_remark(self) -> bool:
        """The note carries the coder's own word on the figure ("fatalities coded as 10"):
        no text evidence, so fatalities are also scored without these rows."""
        return any(_CODED.search(s) and _TOLL.search(s) for s in _SENTENCE.split(self.notes))


_SENTENCE = re.compile(r"(?<=[.;])\s+|\s*[()\[\]]\s*")
_CODED = re.compile(r"\bcoded\b", re.I)
_TOLL = re.compile(r"\b(?:fatalit\w*|deaths?|dead|killed|casualt\w*)\b", re.I)
# Not only at the end: a state's sub-force follows the period ("Military Forces of Iran
# (1989-) Islamic Revolutionary Guard Corps").
_PERIOD = re.compile(r"\s*\(\s*\d{4}\s*(?:-\s*(?:\d{4})?\s*)?\)")


def actor_key(name: str | None) -> str:
    """An actor name as compared with ACLED's: without case, and without the period in
    brackets ACLED gives state forces ("Military Forces of Kenya (2013-2022)", "Military
    Forces of Yemen (2017-) Houthi")."""
    return " ".join(_PERIOD.sub(" ", name or "").split()).casefold()


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
                actor2=(r.get("actor2") or "") if "actor2" in r else None,
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
    def actor1_ok(self) -> bool:
        return self.incident is not None and actor_key(self.incident.get("actor1")) == actor_key(self.row.actor1)

    @property
    def actor_pair_ok(self) -> bool:
        return self.actor1_ok and actor_key(self.incident.get("actor2")) == actor_key(self.row.actor2)

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
        return ratio(sum(1 for c in self.cases if pred(c)), self.rows)

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
    def actor1_accuracy(self) -> float:
        return self._share(lambda c: c.actor1_ok)

    @property
    def actor_pair_accuracy(self) -> float | None:
        """Both actors right, over the events whose export has an actor2 column."""
        cases = [c for c in self.cases if c.row.actor2 is not None]
        return ratio(sum(c.actor_pair_ok for c in cases), len(cases)) if cases else None

    @property
    def fatalities_exact_without_remarks(self) -> float:
        cases = [c for c in self.cases if not c.row.coder_remark]
        return ratio(sum(c.fatalities_ok for c in cases), len(cases))

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
        return ratio(self.rows, self.seconds)

    def format(self) -> str:
        n = self.rows
        fat_pos = [c for c in self.cases if c.row.fatalities > 0]
        fat_zero = [c for c in self.cases if c.row.fatalities == 0]
        rows = [
            ("events (notes)", f"{n}"),
            ("no incident found", f"{self.no_incident}"),
            ("incident without location", f"{self.no_location}"),
            ("location within 25 km", pct(self.loc25)),
            ("location within 161 km", pct(self.loc161)),
            ("median location error", km(self.median_km) + " (located incidents only)"),
            ("event type accuracy", pct(self.type_accuracy)),
            ("fatalities exact", f"{pct(self.fatalities_exact)} (gold 0: "
                                 f"{pct(ratio(sum(c.fatalities_ok for c in fat_zero), len(fat_zero)))} of "
                                 f"{len(fat_zero)}; gold > 0: "
                                 f"{pct(ratio(sum(c.fatalities_ok for c in fat_pos), len(fat_pos)))} of "
                                 f"{len(fat_pos)})"),
            ("  without coder remarks", f"{pct(self.fatalities_exact_without_remarks)} "
                                        f"({sum(not c.row.coder_remark for c in self.cases)} events)"),
            ("actor1 exact", pct(self.actor1_accuracy)),
            ("actor pair exact", pct(self.actor_pair_accuracy) if self.actor_pair_accuracy is not None
                                 else "n/a (no actor2 column)"),
            ("event date exact (extra)", pct(self.date_exact)),
            ("geo_precision agrees (extra)", pct(self.precision_agreement)),
            ("notes/s", f"{self.notes_per_s:,.1f} ({self.seconds:.2f} s; start-up {self.startup_seconds:.2f} s not counted)"),
        ]
        errors = sum(1 for c in self.cases if c.error)
        if errors:
            rows.append(("notes that raised", f"{errors}"))
        out = [table("ACLED incidents — main incident of each event's notes", rows)]
        out.append("\nevent type: gold (mapped) -> predicted main incident")
        confusion: dict[str, Counter] = {}
        for c in self.cases:
            gold = " or ".join(sorted(current_types(c.row.event_type)))
            confusion.setdefault(gold, Counter())[c.incident["event_type"] if c.incident else "(none)"] += 1
        for gold, counts in sorted(confusion.items(), key=lambda kv: -sum(kv[1].values())):
            total = sum(counts.values())
            ok = sum(cnt for t, cnt in counts.items() if t in gold.split(" or "))
            detail = ", ".join(f"{t} {cnt}" for t, cnt in counts.most_common())
            out.append(f"  {gold} ({total}, {pct(ratio(ok, total)).strip()} right): {detail}")
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


def evaluate_incidents(rows: Iterable[ACLEDRow], handler: Handler | None = None,
                       country_hint: bool = False) -> IncidentScores:
    """Read each event's ``notes`` as a report and score its first (main) incident.

    ``handler`` is the batch interface's per-record function (default: what ``python -m
    geo extract`` runs); it gets ``{"id", "text": notes, "date": event_date}``. The event
    date stands in for the publication date that relative expressions ("on Sunday")
    resolve against — a proxy: ACLED notes are written after the fact, often citing a
    report from a day or more later, so "date exact" is an optimistic extra, not a gate.
    ``country_hint``: also give each record the event's country as ``country`` (what a
    user reading one country's press knows); off by default, so the default figures read
    the notes alone.

    Per event: location within 25 km / 161 km of ACLED's coordinates (no incident, or an
    incident without coordinates, is a miss); event type right when the predicted type
    is one the older ACLED type maps to (``geo.taxonomy.current_types``); fatalities exactly equal (no
    incident = 0 predicted); event date equal; geo_precision equal (no incident = miss).
    notes/s times the handler calls only.
    """
    if handler is None:
        from geo.batch import extract_record
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
            record = {"id": r.id, "text": r.notes, "date": r.event_date or None}
            if country_hint and r.country:
                record["country"] = r.country
            incidents = handler(record)
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
            type_ok=main is not None and main.get("event_type") in current_types(r.event_type),
            fatalities_ok=predicted_fat == r.fatalities,
            date_ok=main is not None and main.get("event_date") == r.event_date,
            precision_ok=main is not None and r.geo_precision is not None and main.get("geo_precision") == r.geo_precision,
            error=error,
        ))
    return IncidentScores(cases, seconds, startup)
