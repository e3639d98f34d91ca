"""What the browser draws the incidents from: compact, script-safe JSON.

Public API: :func:`incident_payload`, :func:`payload_json`, :func:`decode_payload`,
:func:`script_json`, :func:`pack_json`, :func:`safe_url`, :func:`located`.
"""

from __future__ import annotations

import base64
import gzip
import json
from urllib.parse import urlparse

import numpy as np
import pandas as pd

from geo.escape import script_json  # the one definition; imported from here by viz modules
from geo.store.merging import SOURCE_SEPARATOR
from geo.store.schema import DATASET, OWN_DATASET
from geo.viz.colors import EVENT_COLORS, event_color

# Evidence travels with the map for popups, within this many characters in all; each
# incident gets an equal share of it, at most EVIDENCE_MAX_CHARS, and none at all when
# the share would be under EVIDENCE_MIN_CHARS (100k incidents: the table has it).
EVIDENCE_BUDGET = 1_500_000
EVIDENCE_MAX_CHARS = 1_000
EVIDENCE_MIN_CHARS = 80
# The reports (title, link) travel with the map while they fit in this many characters.
DOCS_BUDGET = 1_000_000
COORD_DECIMALS = 4  # ~10 m, as ACLED
# Payloads bigger than this travel gzipped (base64), and the browser inflates them
# (DecompressionStream): 100k incidents are ~4 MB of JSON, ~1 MB that way, which is
# less to render, hash and send for the server and less to parse for the browser.
COMPRESS_OVER = 200_000


def safe_url(value) -> str:
    """``value`` if it is an absolute http(s) URL with a host, else ``""``.

    Only such links are ever made clickable (no ``javascript:``, ``data:`` or paths)."""
    if value is None:
        return ""
    text = str(value).strip()
    try:
        parsed = urlparse(text)
    except ValueError:
        return ""
    if parsed.scheme.lower() in ("http", "https") and parsed.netloc and not any(c.isspace() for c in text):
        return text
    return ""


def pack_json(value) -> str:
    """``{"z": "<base64 of gzipped JSON>"}``: what the browser inflates (``GeoViz.inflate``)."""
    raw = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    packed = base64.b64encode(gzip.compress(raw.encode("utf-8"), compresslevel=6, mtime=0)).decode("ascii")
    return '{"z":"' + packed + '"}'


def decode_payload(embedded: str) -> dict:
    """The value back from what :func:`payload_json` / :func:`pack_json` made (for tests
    and tools)."""
    value = json.loads(embedded)
    if isinstance(value, dict) and set(value) == {"z"}:
        return json.loads(gzip.decompress(base64.b64decode(value["z"])).decode("utf-8"))
    return value


def _text(layer: pd.DataFrame, column: str) -> pd.Series:
    if column not in layer.columns:
        return pd.Series("", index=layer.index, dtype="object")
    return layer[column].fillna("").astype(str)


def _codes(values: pd.Series) -> tuple[list[int], list[str]]:
    codes, uniques = pd.factorize(values, sort=False)
    return codes.tolist(), [str(u) for u in uniques]


def located(layer: pd.DataFrame) -> np.ndarray:
    """Positions (into ``layer``) of the incidents with usable coordinates."""
    if not len(layer):
        return np.zeros(0, dtype=int)
    lat = pd.to_numeric(layer["latitude"], errors="coerce").to_numpy(dtype="float64")
    lon = pd.to_numeric(layer["longitude"], errors="coerce").to_numpy(dtype="float64")
    ok = np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
    return np.flatnonzero(ok)


def _documents(rows: pd.DataFrame, sep: str, budget: int):
    """Per incident an index into the reports ([title, http(s) url or "", source]);
    (None, None) when the reports would take more than ``budget`` characters."""
    doc_codes, doc_keys = _codes(_text(rows, "title") + sep + _text(rows, "source"))
    docs, size = [], 0
    for key in doc_keys:
        title, source = key.split(sep, 1)
        url = safe_url(source)
        docs.append([title, url, "" if url else source])
        size += len(title) + len(source) + 10
        if size > budget:
            return None, None
    return doc_codes, docs


def _datasets(rows: pd.DataFrame):
    """Per incident an index into the datasets it comes from; (None, None) when every
    incident is the reports' own (the map then draws and says nothing about datasets)."""
    values = _text(rows, DATASET).replace("", OWN_DATASET)
    if not len(values) or (values == OWN_DATASET).all():
        return None, None
    return _codes(values)


def _source_lists(rows: pd.DataFrame, counts: list[int], doc_codes, docs) -> None:
    """Give the doc of each event read from several reports its sources one by one
    (``[[http(s) url or "", text], ...]``, a fourth item): ``source`` joins them."""
    if doc_codes is None:
        return
    for i in np.flatnonzero(np.asarray(counts) > 1):
        doc = docs[doc_codes[i]]
        if len(doc) > 3:
            continue
        parts = [p.strip() for p in str(rows["source"].iloc[i] or "").split(SOURCE_SEPARATOR) if p.strip()]
        doc.append([[safe_url(p), "" if safe_url(p) else p] for p in parts])


def incident_payload(
    layer: pd.DataFrame, evidence_budget: int = EVIDENCE_BUDGET, docs_budget: int = DOCS_BUDGET
) -> dict:
    """The located incidents of ``layer`` as compact columns for the browser.

    Numbers are plain lists; repeated strings (types, actors, places, dates, reports) are
    dictionary-encoded (a list of values and, per incident, an index into it). The
    browser builds markers, tooltips and popups from this (``js/incidents.js``), so the
    map's HTML carries no per-marker markup and stays light at 100k incidents.
    Keys: ``lat lon type fat gp sub date a1 a2 assoc place doc`` (per incident),
    ``types colors subs dates actors assocs places docs`` (values; a doc is
    ``[title, http(s) url or "", source]``, and for an event of several reports a
    fourth item, its sources ``[[url or "", text], ...]``; None, with ``doc``, when
    they would take more than ``docs_budget`` characters), ``n`` (reports per incident,
    None when every incident has one), ``ds``/``datasets`` (the dataset of each
    incident; None when all are the reports' own), ``ev`` (evidence per incident, or None when
    over budget) and ``row`` (position of each incident in ``layer``; not sent to the
    browser).
    """
    pos = located(layer)
    rows = layer.iloc[pos]
    n = len(rows)
    lat = np.round(pd.to_numeric(rows["latitude"]).to_numpy(dtype="float64"), COORD_DECIMALS)
    lon = np.round(pd.to_numeric(rows["longitude"]).to_numpy(dtype="float64"), COORD_DECIMALS)

    event_types = _text(rows, "event_type")
    present = set(event_types.unique())
    types = [t for t in EVENT_COLORS if t in present] + sorted(present - set(EVENT_COLORS))
    type_index = {t: i for i, t in enumerate(types)}
    type_codes = event_types.map(type_index).fillna(-1).astype(int).tolist()

    fat = pd.to_numeric(rows["fatalities"], errors="coerce").fillna(0).astype("int64").tolist()
    precision = rows["geo_precision"] if "geo_precision" in rows else pd.Series(0, index=rows.index)
    gp = pd.to_numeric(precision, errors="coerce").fillna(0).astype("int64").tolist()
    sub_codes, subs = _codes(_text(rows, "sub_event_type"))

    dates = pd.to_datetime(rows["event_date"], errors="coerce") if n else pd.Series([], dtype="datetime64[us]")
    date_codes, date_values = pd.factorize(dates, sort=False)
    date_strings = [pd.Timestamp(d).strftime("%Y-%m-%d") for d in date_values]

    a1, a2 = _text(rows, "actor1"), _text(rows, "actor2")
    actor_codes, actors = _codes(pd.concat([a1, a2], ignore_index=True))
    assoc_codes, assocs = _codes(_text(rows, "assoc_actors"))

    sep = "\x1f"
    place_key = _text(rows, "location") + sep + _text(rows, "admin1") + sep + _text(rows, "country")
    place_codes, place_keys = _codes(place_key)
    places = [", ".join(p for p in key.split(sep) if p) for key in place_keys]
    doc_codes, docs = _documents(rows, sep, docs_budget)
    counts = (pd.to_numeric(rows["source_count"], errors="coerce").fillna(1).astype("int64").tolist()
              if "source_count" in rows else [1] * n)
    _source_lists(rows, counts, doc_codes, docs)
    dataset_codes, datasets = _datasets(rows)

    evidence = None
    share = min(EVIDENCE_MAX_CHARS, evidence_budget // n) if n else 0
    if n and share >= EVIDENCE_MIN_CHARS:
        ev = _text(rows, "evidence")
        long = ev.str.len() > share
        evidence = ev.where(~long, ev.str.slice(0, share - 1).str.rstrip() + "\u2026").tolist()

    return {
        "lat": lat.tolist(),
        "lon": lon.tolist(),
        "type": type_codes,
        "types": types,
        "colors": [event_color(t) for t in types],
        "fat": fat,
        "gp": gp,
        "sub": sub_codes,
        "subs": subs,
        "date": date_codes.tolist(),
        "dates": date_strings,
        "a1": actor_codes[:n],
        "a2": actor_codes[n:],
        "actors": actors,
        "assoc": assoc_codes,
        "assocs": assocs,
        "place": place_codes,
        "places": places,
        "doc": doc_codes,
        "docs": docs,
        "n": counts if any(c > 1 for c in counts) else None,
        "ds": dataset_codes,
        "datasets": datasets,
        "ev": evidence,
        "row": pos.tolist(),
    }


def payload_json(layer: pd.DataFrame, evidence_budget: int = EVIDENCE_BUDGET,
                 compress_over: int = COMPRESS_OVER) -> str:
    """:func:`incident_payload` as what the map embeds: script-safe JSON, or, when that
    is over ``compress_over`` characters, ``{"z": "<base64 of the gzipped JSON>"}``."""
    payload = incident_payload(layer, evidence_budget)
    payload.pop("row")
    if not any(payload["assocs"]):
        payload["assoc"], payload["assocs"] = None, None
    text = script_json(payload)
    if len(text) <= compress_over:
        return text
    return pack_json(payload)
