"""Helpers of the review page: where an incident could be instead, the field changes that
put it there (a gazetteer candidate or a point clicked on the map), the country at a
point, a document's incidents.

Saving and applying the analyst's decisions is the store's (``geo.store.corrections``);
this module only proposes changes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Iterable


@dataclass(frozen=True)
class PlaceOption:
    """A place an incident could be at: a gazetteer entry named in its evidence."""

    mention: str  # the words in the evidence
    name: str
    country_code: str
    feature_code: str
    latitude: float
    longitude: float
    score: float
    chosen: bool  # the extractor's pick for that mention
    place: object = field(repr=False, compare=False, default=None)

    @property
    def label(self) -> str:
        pick = " (extractor's pick)" if self.chosen else ""
        return (f"{self.mention} \u2192 {self.name}, {self.country_code} [{self.feature_code}] "
                f"{self.latitude:.4f}, {self.longitude:.4f}{pick}")


def place_options(evidence: str, location: str = "", gazetteer=None, limit: int = 12) -> list[PlaceOption]:
    """Where the incident could be: every place named in its evidence, with the
    alternatives the gazetteer had for each name (``geo.places.Mention.alternatives``,
    then other candidates), the mention matching the current location first."""
    from geo.places import parse_places  # noqa: PLC0415

    mentions = parse_places(evidence or "", gazetteer)
    loc = (location or "").casefold()
    mentions.sort(key=lambda m: (m.text.casefold() != loc, m.start))
    out: list[PlaceOption] = []
    seen = set()
    for m in mentions:
        ranked = []
        if m.place is not None:
            ranked.append((m.place, m.score, True))
        ranked += [(p, s, False) for p, s in m.alternatives]
        ranked += [(p, 0.0, False) for p in m.candidates[:6]]
        for place, score, chosen in ranked:
            key = (place.name, place.latitude, place.longitude)
            if key in seen:
                continue
            seen.add(key)
            out.append(PlaceOption(m.text, place.name, place.country_code, place.feature_code,
                                   float(place.latitude), float(place.longitude), float(score), chosen, place))
    return out[:limit]


def changes_for_place(option: PlaceOption, gazetteer=None) -> dict:
    """The field changes that put an incident at ``option``'s place (ACLED precision:
    1 for a town, 3 for a region or country)."""
    place = option.place
    changes = {
        "location": option.mention if place is None or not getattr(place, "is_country", False) else option.name,
        "latitude": option.latitude,
        "longitude": option.longitude,
        "geo_precision": 3 if option.feature_code in ("PCLI", "ADM1") else 1,
    }
    if gazetteer is not None and place is not None:
        changes["country"] = gazetteer.country_name(place.country_code)
        if getattr(place, "is_admin1", False):
            changes["admin1"] = place.name
        elif getattr(place, "is_country", False):
            changes["admin1"] = ""
        else:
            region = gazetteer.nearest_admin1(place.latitude, place.longitude, place.country_code,
                                              getattr(place, "admin1_code", ""))
            changes["admin1"] = region.name if region else ""
    return changes


def changes_for_point(latitude: float, longitude: float, location: str | None = None,
                      geo_precision: int = 1) -> dict:
    """The field changes that put an incident where the analyst clicked, with the
    country of that point (Natural Earth) and the name they gave the place."""
    changes = {"latitude": latitude, "longitude": longitude, "geo_precision": geo_precision}
    country = country_at(latitude, longitude)
    if country:
        changes["country"] = country
    if location is not None:
        changes["location"] = location
    return changes


def country_at(latitude: float, longitude: float) -> str:
    """The country (Natural Earth, simplified) containing the point; "" at sea."""
    import shapely  # noqa: PLC0415

    names, tree = _country_index()
    for i in tree.query(shapely.Point(float(longitude), float(latitude)), predicate="intersects"):
        return names[int(i)]
    return ""


@functools.lru_cache(maxsize=1)
def _country_index():
    import shapely  # noqa: PLC0415
    import shapely.geometry  # noqa: PLC0415

    from geo.viz.basemap import basemap_geojson# noqa: PLC0415

    features = basemap_geojson()["features"]
    names = [f["properties"]["name"] for f in features]
    return names, shapely.STRtree([shapely.geometry.shape(f["geometry"]) for f in features])


def incidents_of(layer, doc_ids: Iterable[str]):
    """The incidents of some documents, in document then rank order."""
    doc_ids = list(doc_ids)
    out = layer[layer["doc_id"].isin(doc_ids)]
    order = {d: i for i, d in enumerate(doc_ids)}
    return out.iloc[sorted(range(len(out)), key=lambda i: (order[out["doc_id"].iloc[i]], i))]
