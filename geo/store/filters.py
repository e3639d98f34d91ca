"""THE view filter: which incidents of the layer the analyst looks at, and its URL form.

Pure functions over the layer GeoDataFrame (``geo.store.schema``); no Streamlit in here,
so all of it is unit-tested without a browser. The dashboard, the map, the reports and
the command line all filter through :func:`apply_filters`.

The filter state round-trips through a URL query string (:meth:`Filters.to_query` /
:meth:`Filters.from_query`), so a view can be shared and reopened:

    ?period=30d&actor=Rapid+Support+Forces&type=Battles&minfat=5&q=drone

Keys: ``period`` (``all``, ``7d``, ``30d``, ``90d``, ``custom``), ``from``/``to``
(ISO dates, for a custom range), ``undated=1``, ``actor``, ``type``, ``subtype``,
``country``, ``admin1``, ``dataset`` (repeated for several values), ``minfat``, ``q`` (free text),
``heat=1`` (heatmap). Unknown keys and bad values are ignored, never an error: a link
typed by hand or made by an older version still opens; :func:`link_problems` says
which of them could not be applied, with the nearest valid values.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Iterable, Mapping

import pandas as pd

# Presets of the date filter: the last N days *of the data* (ending at its latest date),
# so a preset means the same on an archive as on a live feed.
PERIODS: dict[str, str] = {
    "all": "All dates",
    "7d": "Last 7 days",
    "30d": "Last 30 days",
    "90d": "Last 90 days",
    "custom": "Custom range",
}
_PERIOD_DAYS = {"7d": 7, "30d": 30, "90d": 90}

# URL key of each list filter.
_LIST_KEYS = {
    "actors": "actor",
    "event_types": "type",
    "sub_event_types": "subtype",
    "countries": "country",
    "admin1": "admin1",
    "datasets": "dataset",
}


def as_date(value) -> date | None:
    """A day from a date, a datetime or ISO 8601 text; None for anything else."""
    if value is None or value is pd.NaT or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:  # ISO 8601 only: "June" or "01/06/2021" mean different days to different people
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def as_bbox(value) -> tuple[float, float, float, float] | None:
    """(west, south, east, north) in degrees from four numbers, as a map reports its
    bounds: latitudes clamped to [-90, 90], longitudes brought into [-180, 180) (a map
    that wraps the world reports them past it); a box as wide as the world has
    (-180, 180). None for None; ValueError for anything else that is not four finite
    numbers, or south > north."""
    if value is None:
        return None
    import math  # noqa: PLC0415

    try:
        west, south, east, north = (float(v) for v in value)
    except (TypeError, ValueError):
        raise ValueError(f"a bbox is (west, south, east, north), not {value!r}") from None
    if not all(math.isfinite(v) for v in (west, south, east, north)) or south > north:
        raise ValueError(f"a bbox is (west, south, east, north) with south <= north, not {value!r}")
    south, north = max(-90.0, south), min(90.0, north)
    if east - west >= 360:
        west, east = -180.0, 180.0
    else:
        west = (west + 180.0) % 360.0 - 180.0
        east = (east + 180.0) % 360.0 - 180.0
        if east == -180.0 and west > -180.0:
            east = 180.0
    return (west, south, east, north)


def bbox_mask(latitude, longitude, bbox: tuple[float, float, float, float]):
    """Which points (arrays or Series) are located inside ``bbox`` (:func:`as_bbox`):
    edges included; a point without usable coordinates never is."""
    import numpy as np  # noqa: PLC0415

    west, south, east, north = bbox
    lat = pd.to_numeric(pd.Series(latitude), errors="coerce").to_numpy(dtype="float64")
    lon = pd.to_numeric(pd.Series(longitude), errors="coerce").to_numpy(dtype="float64")
    with np.errstate(invalid="ignore"):
        located = np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
        inside_lon = (lon >= west) & (lon <= east) if west <= east else (lon >= west) | (lon <= east)
        return located & (lat >= south) & (lat <= north) & inside_lon


def _clean_list(values) -> tuple[str, ...]:
    """Unique, non-empty strings, in the order given."""
    if values is None:
        return ()
    if isinstance(values, str):
        values = [values]
    out: dict[str, None] = {}
    for v in values:
        v = str(v).strip()
        if v:
            out[v] = None
    return tuple(out)


@dataclass(frozen=True)
class Filters:
    """One view of the layer. Empty means "any" for every list; see :func:`apply_filters`."""

    period: str = "all"
    date_from: date | None = None  # used when period == "custom"
    date_to: date | None = None
    include_undated: bool = False  # with a date bound, keep incidents that have no date
    actors: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    sub_event_types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    datasets: tuple[str, ...] = ()  # "reports", "acled", "ucdp" (geo.store.schema.DATASET)
    min_fatalities: int = 0
    text: str = ""
    heatmap: bool = False  # a display option, but part of the shared view
    # The incidents of these reports only (the review page's question; not in the URL).
    documents: tuple[str, ...] = ()
    # The located incidents inside (west, south, east, north), degrees: the part of a
    # view the map shows (not in the URL: the map's own position is not a filter the
    # analyst sets). west > east: a box across the antimeridian. See :func:`bbox_mask`.
    bbox: tuple[float, float, float, float] | None = None

    def __post_init__(self):
        # Normalise whatever callers pass (lists, None, datetimes) so equal views compare
        # equal and hash alike (the dashboard caches on them).
        period = self.period if self.period in PERIODS else "all"
        d_from, d_to = as_date(self.date_from), as_date(self.date_to)
        if period == "all" and (d_from or d_to):
            period = "custom"
        if d_from and d_to and d_from > d_to:
            d_from, d_to = d_to, d_from
        object.__setattr__(self, "period", period)
        object.__setattr__(self, "date_from", d_from)
        object.__setattr__(self, "date_to", d_to)
        for name in _LIST_KEYS:
            object.__setattr__(self, name, _clean_list(getattr(self, name)))
        try:
            minfat = max(0, int(self.min_fatalities or 0))
        except (TypeError, ValueError):
            minfat = 0
        object.__setattr__(self, "min_fatalities", minfat)
        object.__setattr__(self, "documents", _clean_list(self.documents))
        object.__setattr__(self, "bbox", as_bbox(self.bbox))
        object.__setattr__(self, "text", " ".join(str(self.text or "").split()))
        object.__setattr__(self, "include_undated", bool(self.include_undated))
        object.__setattr__(self, "heatmap", bool(self.heatmap))

    # ---- dates

    def date_range(self, layer: pd.DataFrame | None = None) -> tuple[date | None, date | None]:
        """The inclusive (first, last) day this view keeps; None for an open end.

        A preset (``7d`` …) ends at the latest event date of ``layer``.
        """
        if self.period == "custom":
            return self.date_from, self.date_to
        days = _PERIOD_DAYS.get(self.period)
        if days is None or layer is None:
            return None, None
        lo, hi = data_date_range(layer)
        if hi is None:
            return None, None
        return max(lo, hi - timedelta(days=days - 1)), hi

    # ---- URL

    def to_query(self) -> dict[str, list[str]]:
        """The view as URL query parameters (only what differs from the default)."""
        q: dict[str, list[str]] = {}
        if self.period != "all":
            q["period"] = [self.period]
        if self.period == "custom":
            if self.date_from:
                q["from"] = [self.date_from.isoformat()]
            if self.date_to:
                q["to"] = [self.date_to.isoformat()]
        if self.include_undated:
            q["undated"] = ["1"]
        for name, key in _LIST_KEYS.items():
            values = getattr(self, name)
            if values:
                q[key] = list(values)
        if self.min_fatalities:
            q["minfat"] = [str(self.min_fatalities)]
        if self.text:
            q["q"] = [self.text]
        if self.heatmap:
            q["heat"] = ["1"]
        return q

    @classmethod
    def from_query(cls, params: Mapping[str, str | Iterable[str]]) -> "Filters":
        """A view from URL query parameters; bad or unknown values are ignored."""

        def all_of(key: str) -> list[str]:
            value = params.get(key)
            if value is None:
                return []
            if isinstance(value, str):
                return [value]
            return [str(v) for v in value]

        def last(key: str) -> str:
            values = all_of(key)
            return values[-1] if values else ""

        kwargs: dict = {}
        period = last("period")
        d_from, d_to = as_date(last("from")), as_date(last("to"))
        if period in PERIODS and period != "custom":
            kwargs["period"] = period
        elif d_from or d_to:
            kwargs.update(period="custom", date_from=d_from, date_to=d_to)
        kwargs["include_undated"] = last("undated").lower() in ("1", "true", "yes")
        for name, key in _LIST_KEYS.items():
            kwargs[name] = all_of(key)
        try:
            kwargs["min_fatalities"] = int(float(last("minfat") or 0))
        except ValueError:
            pass
        kwargs["text"] = last("q")
        kwargs["heatmap"] = last("heat").lower() in ("1", "true", "yes")
        return cls(**kwargs)

    # ---- words

    def summary(self, layer: pd.DataFrame | None = None) -> list[tuple[str, str]]:
        """(label, value) lines saying what this view keeps, for reports and captions."""
        lo, hi = self.date_range(layer)
        if lo or hi:
            dates = f"{lo.isoformat() if lo else '…'} to {hi.isoformat() if hi else '…'}"
            if self.period in _PERIOD_DAYS:
                dates += f" ({PERIODS[self.period].lower()} of the data)"
            if self.include_undated:
                dates += ", and undated incidents"
        else:
            dates = "all"
        out = [("Dates", dates)]
        labels = {
            "actors": "Actors",
            "event_types": "Event types",
            "sub_event_types": "Sub-event types",
            "countries": "Countries",
            "admin1": "Admin-1 regions",
            "datasets": "Datasets",
        }
        for name, label in labels.items():
            values = getattr(self, name)
            out.append((label, ", ".join(values) if values else "all"))
        if self.min_fatalities:
            out.append(("Fatalities", f"at least {self.min_fatalities}"))
        if self.text:
            out.append(("Text", f"“{self.text}” in title or evidence"))
        return out


def data_date_range(layer: pd.DataFrame) -> tuple[date | None, date | None]:
    """The first and last event date in the layer (None, None when it has none)."""
    if "event_date" not in layer or not len(layer):
        return None, None
    dates = pd.to_datetime(layer["event_date"], errors="coerce").dropna()
    if dates.empty:
        return None, None
    return dates.min().date(), dates.max().date()


# --------------------------------------------------------------------------- filtering


def text_mask(layer: pd.DataFrame, text: str) -> pd.Series:
    """Rows whose title or evidence contains every word of ``text`` (case-insensitive).

    A phrase in double quotes is matched as a whole: ``"car bomb" Mogadishu``.
    """
    terms = _search_terms(text)
    keep = pd.Series(True, index=layer.index)
    if not terms:
        return keep
    haystack = (
        layer["title"].fillna("").astype(str) + "\n" + layer["evidence"].fillna("").astype(str)
    ).str.casefold()
    for term in terms:
        keep &= haystack.str.contains(term, regex=False)
    return keep


def _search_terms(text: str) -> list[str]:
    text = (text or "").strip()
    if not text:
        return []
    parts = text.split('"')
    terms = []
    for i, part in enumerate(parts):
        if i % 2:  # inside quotes
            if part.strip():
                terms.append(" ".join(part.split()).casefold())
        else:
            terms += [w.casefold() for w in part.split()]
    return terms


def apply_filters(layer: pd.DataFrame, filters: Filters | None = None, *,
                  aliases: Mapping[str, Mapping[str, Iterable[str]]] | None = None, **criteria) -> pd.DataFrame:
    """The incidents of ``layer`` that match every filter (same columns, same order,
    original index).

    The filters are a :class:`Filters`, or its fields by keyword, or both (the keywords
    then override): ``apply_filters(layer, date_from="2024-05-01", actors=["X"])``.
    Dates are inclusive days; with a date bound, undated incidents are left out unless
    ``include_undated``; ``actors`` match actor1 or actor2; empty means "any".

    Names match as analysts type them (:func:`match_names`): any case, an alias
    (``aliases``: URL key -> name -> aliases, e.g. ``{"actor": {"RSF: Rapid Support
    Forces": ["RSF", ...]}}``) or a part of the name.
    """
    if filters is None:
        filters = Filters(**criteria)
    elif criteria:
        filters = replace(filters, **criteria)
    keep = pd.Series(True, index=layer.index)
    lo, hi = filters.date_range(layer)
    if lo is not None or hi is not None:
        dates = pd.to_datetime(layer["event_date"], errors="coerce")
        in_range = pd.Series(True, index=layer.index)
        if lo is not None:
            in_range &= dates >= pd.Timestamp(lo)
        if hi is not None:
            in_range &= dates < pd.Timestamp(hi) + pd.Timedelta(days=1)
        if filters.include_undated:
            in_range |= dates.isna()
        keep &= in_range
    aliases = aliases or {}
    if filters.actors:
        names = [*pd.unique(layer["actor1"]), *pd.unique(layer["actor2"])]
        actors = expand_names(filters.actors, [n for n in names if isinstance(n, str) and n], aliases.get("actor"))
        keep &= layer["actor1"].isin(actors) | layer["actor2"].isin(actors)
    for name, column in (
        ("event_types", "event_type"),
        ("sub_event_types", "sub_event_type"),
        ("countries", "country"),
        ("admin1", "admin1"),
        ("datasets", "dataset"),
    ):
        values = getattr(filters, name)
        if values:
            names = [n for n in pd.unique(layer[column]) if isinstance(n, str) and n]
            keep &= layer[column].isin(expand_names(values, names, aliases.get(_LIST_KEYS[name])))
    if filters.min_fatalities:
        keep &= pd.to_numeric(layer["fatalities"], errors="coerce").fillna(0) >= filters.min_fatalities
    if filters.text:
        keep &= text_mask(layer, filters.text)
    if filters.documents:
        keep &= layer["doc_id"].isin(filters.documents)
    if filters.bbox is not None:
        keep &= bbox_mask(layer["latitude"], layer["longitude"], filters.bbox)
    return layer[keep]


# --------------------------------------------------------------------------- names as typed


def _fold(text) -> str:
    return " ".join(str(text).split()).casefold()


# Shorter typed text would match half the names as a substring ("a", "of").
MIN_SUBSTRING = 3


def match_names(typed: str, names: Iterable[str], aliases: Mapping[str, Iterable[str]] | None = None) -> list[str]:
    """The names of ``names`` that ``typed`` means, as an analyst types them: the name
    itself (any case); else the names with ``typed`` as an alias ("RSF", "Taleban");
    else the names or aliases containing it ("Rapid Support", "military"). [] when none."""
    t = _fold(typed)
    if not t:
        return []
    names = list(dict.fromkeys(names))
    aliases = aliases or {}
    exact = [n for n in names if _fold(n) == t]
    if exact:
        return exact
    by_alias = [n for n in names if any(_fold(a) == t for a in aliases.get(n, ()))]
    if by_alias or len(t) < MIN_SUBSTRING:
        return by_alias
    return [n for n in names if t in _fold(n) or any(t in _fold(a) for a in aliases.get(n, ()))]


def expand_names(values: Iterable[str], names: Iterable[str],
                 aliases: Mapping[str, Iterable[str]] | None = None) -> set[str]:
    """Every name of ``names`` that any of ``values`` means (:func:`match_names`)."""
    names = list(dict.fromkeys(names))
    known = set(names)
    out: set[str] = set()
    for value in values:
        out.update([value] if value in known else match_names(value, names, aliases))
    return out


def suggest_names(typed: str, names: Iterable[str], aliases: Mapping[str, Iterable[str]] | None = None,
                  n: int = 3) -> list[str]:
    """The names nearest to ``typed`` (spelling), for "did you mean"; aliases count."""
    import difflib  # noqa: PLC0415

    spelled: dict[str, str] = {}
    for name in names:
        spelled.setdefault(_fold(name), name)
        for alias in (aliases or {}).get(name, ()):
            spelled.setdefault(_fold(alias), name)
    close = difflib.get_close_matches(_fold(typed), list(spelled), n=n * 2, cutoff=0.6)
    return list(dict.fromkeys(spelled[c] for c in close))[:n]


# --------------------------------------------------------------------------- links


@dataclass(frozen=True)
class LinkProblem:
    """A URL parameter the view could not apply: its key, the value, why, and the
    nearest values that would apply."""

    key: str
    value: str
    reason: str
    suggestions: tuple[str, ...] = ()

    def message(self) -> str:
        text = f"{self.key}={self.value!r}: {self.reason}"
        if self.suggestions:
            text += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        return text


_FLAG_KEYS = ("undated", "heat")
_FLAG_VALUES = ("", "0", "1", "true", "false", "yes", "no")
URL_KEYS = ("period", "from", "to", "minfat", "q", *_FLAG_KEYS, *_LIST_KEYS.values())


def link_problems(params: Mapping[str, str | Iterable[str]], layer: pd.DataFrame,
                  aliases: Mapping[str, Mapping[str, Iterable[str]]] | None = None) -> list[LinkProblem]:
    """What in a link's query cannot be applied to ``layer``: unknown keys, an unknown
    period, dates that are not dates or lie outside the data, a minimum that is not a
    number, names that match nothing (``aliases``: list key -> name -> aliases)."""
    import difflib  # noqa: PLC0415

    def values(key: str) -> list[str]:
        value = params.get(key)
        if value is None:
            return []
        return [value] if isinstance(value, str) else [str(v) for v in value]

    out: list[LinkProblem] = []
    for key in params:
        if key not in URL_KEYS:
            for value in values(key) or [""]:
                out.append(LinkProblem(key, value, "not a filter of this view",
                                       tuple(difflib.get_close_matches(key, URL_KEYS, n=2))))
    for value in values("period"):
        if value not in PERIODS:
            out.append(LinkProblem("period", value, "not a period",
                                   tuple(difflib.get_close_matches(value, list(PERIODS), n=2, cutoff=0.3)) or tuple(PERIODS)))
    lo, hi = data_date_range(layer)
    for key in ("from", "to"):
        for value in values(key):
            day = as_date(value)
            if day is None:
                out.append(LinkProblem(key, value, "not a date (YYYY-MM-DD)"))
            elif lo is not None and (day < lo or day > hi):
                out.append(LinkProblem(key, value, f"outside the data ({lo.isoformat()} to {hi.isoformat()})",
                                       (lo.isoformat() if day < lo else hi.isoformat(),)))
    for value in values("minfat"):
        try:
            number = float(value)
            ok = number >= 0 and number == int(number)
        except (ValueError, OverflowError):
            ok = False
        if not ok:
            out.append(LinkProblem("minfat", value, "not a whole number of fatalities", ("0",)))
    for key in _FLAG_KEYS:
        for value in values(key):
            if value.lower() not in _FLAG_VALUES:
                out.append(LinkProblem(key, value, "not 1 or 0", ("1", "0")))
    columns = {"actor": ("actor1", "actor2"), "type": ("event_type",), "subtype": ("sub_event_type",),
               "country": ("country",), "admin1": ("admin1",), "dataset": ("dataset",)}
    for key, cols in columns.items():
        typed = values(key)
        if not typed:
            continue
        names = sorted({v for c in cols if c in layer for v in layer[c].dropna().astype(str) if v})
        table = (aliases or {}).get(key, {})
        for value in typed:
            if value.strip() and not match_names(value, names, table):
                out.append(LinkProblem(key, value, "matches nothing in the data",
                                       tuple(suggest_names(value, names, table))))
    return out
