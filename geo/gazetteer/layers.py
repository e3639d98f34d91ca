"""Gazetteer layers: places an analyst adds to the embedded base gazetteer, once, and
then uses offline (``geo gazetteer add|list|remove``).

Each layer is a folder under ``<cache dir>/layers/`` holding its index
(``geo.gazetteer.layer_index``); ``manifest.json`` beside them lists the layers, where
they came from and whether they are enabled. ``load_gazetteer`` attaches the enabled
ones: a name the text contains is looked up in the base and in every layer (its
``LAYER_CANDIDATES`` most important places there), and the layer places found are added to the gazetteer's rows as they are met, so place
resolution ranks them like base places. A layer place with a GeoNames id the base
already has is the base row (one place, not two).
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path

from geo.files import replacing
from geo.gazetteer.folders import cache_dir
from geo.gazetteer.layer_index import LayerIndex, build_layer_index
from geo.gazetteer.tables import MAX_WORDS

BASE_LAYER = "base"
_MEMO_LIMIT = 200_000  # keys whose answers the layered index keeps before emptying its memos
# The most places a name brings from one layer: its most important ones (``place_rank``),
# and as many of its most populous ones.
# Resolution scores a name's 40 most important candidates (``geo.places.resolve``), so a
# name with thousands of namesakes in a full GeoNames dump costs what a name with 200 does
# (each place read becomes a gazetteer row, and is looked at again and again).
LAYER_CANDIDATES = 100
MANIFEST = "manifest.json"


def layers_dir() -> Path:
    return cache_dir() / "layers"


def read_manifest() -> list[dict]:
    path = layers_dir() / MANIFEST
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8")).get("layers", [])


def _write_manifest(layers: list[dict]) -> None:
    path = layers_dir() / MANIFEST
    path.parent.mkdir(parents=True, exist_ok=True)
    with replacing(path) as tmp:
        tmp.write_text(json.dumps({"layers": layers}, indent=2), encoding="utf-8")


def valid_label(label: str) -> str:
    if label == BASE_LAYER or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", label):
        raise ValueError(f"layer label {label!r}: use letters, digits, '.', '_' or '-' (not 'base')")
    return label


def add_layer(places, label: str, source: str, kind: str, countries: frozenset[str] = frozenset(),
              alternate_names=()) -> dict:
    """Build a layer from ``places`` (``LayerPlace`` items) and list it, enabled; a layer
    of the same label is replaced."""
    valid_label(label)
    folder = layers_dir() / label
    building = layers_dir() / f".{label}.building"
    shutil.rmtree(building, ignore_errors=True)
    count = build_layer_index(places, building, alternate_names=alternate_names)
    shutil.rmtree(folder, ignore_errors=True)
    building.rename(folder)
    entry = {"label": label, "source": source, "kind": kind, "countries": sorted(countries),
             "places": count, "built": datetime.now(timezone.utc).isoformat(timespec="seconds"),
             "enabled": True}
    _write_manifest([e for e in read_manifest() if e["label"] != label] + [entry])
    return entry


def remove_layer(label: str) -> bool:
    """Delete a layer; False when there is none of that label."""
    layers = read_manifest()
    kept = [e for e in layers if e["label"] != label]
    if len(kept) == len(layers):
        return False
    _write_manifest(kept)
    shutil.rmtree(layers_dir() / label, ignore_errors=True)
    return True


def attach_enabled_layers(gz) -> None:
    """Let ``gz`` find the places of the enabled layers (nothing to do without any)."""
    opened = [(e["label"], LayerIndex(layers_dir() / e["label"])) for e in read_manifest()
              if e.get("enabled", True) and (layers_dir() / e["label"]).is_dir()]
    if opened:
        gz.index = LayeredNameIndex(gz.index, gz, opened)
        gz.variant_table = None  # variant indexes are built with the layers' places as met
        for _, layer in opened:
            use_reference_points(gz, layer.reference_points())


def use_reference_points(gz, points: dict[int, tuple[float, float]]) -> int:
    """Answer the base's countries and admin-1 regions at GeoNames' own point for their
    GeoNames id (a reference corpus codes them there), keeping the base's centre, the
    better point to draw a whole country at, in ``gz.drawing_points``; returns how many."""
    if not points:
        return 0
    moved = 0
    for row, (geonameid, code) in enumerate(zip(gz.geonameid, gz.feature_code)):
        if code in ("PCLI", "ADM1") and geonameid in points:
            gz.drawing_points.setdefault(row, (gz.latitude[row], gz.longitude[row]))
            gz.latitude[row], gz.longitude[row] = points[geonameid]
            moved += 1
    return moved


class LayeredNameIndex(Mapping):
    """The gazetteer's name index (key -> rows) over the base index and layers.

    Membership is what text asks most, and costs a hash lookup per layer; the rows of a
    key found in a layer are appended to the gazetteer's columns once."""

    def __init__(self, base: dict, gz, layers: list[tuple[str, LayerIndex]]):
        self.base, self.gz, self.layers = base, gz, layers
        self._merged: dict[str, tuple[int, ...]] = {}
        self._known: dict[str, bool] = {}  # key -> whether the base or a layer has it
        self._leads: dict[str, int] = {}  # lead word -> ``longest_name_from``
        self._layer_rows: dict[tuple[str, int], int] = {}  # (layer, its place id) -> row
        self._base_ids: dict[int, int] | None = None  # GeoNames id -> base row

    def __contains__(self, key) -> bool:
        # Text asks about the same words again and again, most of them no name at all:
        # the answer is kept (a hash and a binary search per layer otherwise).
        found = self._known.get(key)
        if found is None:
            if len(self._known) > _MEMO_LIMIT:
                self._known.clear()
            found = self._known[key] = key in self.base or any(layer.has_key(key) for _, layer in self.layers)
        return found

    def __getitem__(self, key):
        rows = self.get(key)
        if rows is None:
            raise KeyError(key)
        return rows

    def get(self, key, default=None):
        rows = self._merged.get(key)
        if rows is None:
            if len(self._merged) > _MEMO_LIMIT:  # a key asked again is queried again; its rows stay the same
                self._merged.clear()
            rows = self._merged[key] = self._rows(key) if key in self else ()
        return rows or default

    def longest_name_from(self, word: str) -> int:
        """As ``tables.KeyTable.longest_name_from``, over the base and the layers."""
        found = self._leads.get(word)
        if found is None:
            base = getattr(self.base, "longest_name_from", None)
            found = base(word) if base is not None else MAX_WORDS
            for _, layer in self.layers:
                if found < MAX_WORDS:
                    found = max(found, layer.longest_name_from(word))
            if len(self._leads) > _MEMO_LIMIT:
                self._leads.clear()
            self._leads[word] = found
        return found

    def __iter__(self):
        return iter(self.base)

    def __len__(self) -> int:
        return len(self.base)

    def setdefault(self, key, default):  # building adds names to the base only
        self._merged.pop(key, None)
        self._known.pop(key, None)
        self._leads.clear()
        return self.base.setdefault(key, default)

    def _rows(self, key: str) -> tuple[int, ...]:
        rows = dict.fromkeys(self.base.get(key, ()))  # ordered, and a set: a name can have hundreds
        for label, layer in self.layers:
            added: list[tuple] = []  # column values of the places that become new rows, in order
            for values in layer.places_for_key(key, LAYER_CANDIDATES):
                rows.setdefault(self._row_of(label, values, added))
            if added:  # one extend per column: a name can have thousands of places in a full dump
                self.gz.add_rows(added)
        return tuple(rows)

    def _row_of(self, label: str, values: tuple, added: list[tuple]) -> int:
        """The row of a layer place: the base's of its GeoNames id, the one it already
        has, or the next new one (its column values appended to ``added``)."""
        place_id, geonameid = values[0], values[1]
        known = self._layer_rows.get((label, place_id))
        if known is not None:
            return known
        if self._base_ids is None:  # (built in C: a later row of one id wins, as in a loop)
            self._base_ids = dict(zip(self.gz.geonameid, range(len(self.gz))))
            self._base_ids.pop(None, None)
        row = self._base_ids.get(geonameid) if geonameid is not None else None
        if row is None:
            row = len(self.gz) + len(added)
            added.append((geonameid, values[2], values[3], values[4], values[5] or "", values[6] or "PPL",
                          values[7] or 0, values[8] or "", values[9] or ""))
            self.gz.row_layers[row] = label
            if geonameid is not None:
                self._base_ids[geonameid] = row  # the same place in a later layer is this row
        self._layer_rows[(label, place_id)] = row
        return row
