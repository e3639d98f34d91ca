"""A geopy geocoder over the offline gazetteer.

``OfflineGeoNames`` is a ``geopy.geocoders.base.Geocoder``: code written for
``Nominatim(...).geocode("Albu Kamal, Syria")`` works unchanged, with no network.
``Location.raw`` holds the GeoNames fields of the entry (geonameid, feature code,
country code, population, …).
"""

from __future__ import annotations

import math

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from geo.gazetteer import FEATURE_CLASSES, Gazetteer, Place, haversine_km, load_gazetteer

# Prior weight of each feature kind when nothing else tells candidates apart: a bare
# "Iraq" is the country, "Baghdad" the capital rather than the governorate, and among
# towns of one name the most populous. Regions are weighed with the summed population
# of their towns; continents, seas, rivers and named regions have no population, and
# news names them far more often than the hamlets that share their names ("Africa",
# "the Red Sea", "the Middle East").
FEATURE_PRIOR = {"PCLI": 3.0, "PPLC": 2.2, "ADM1": 1.4, "ADM2": 0.0, "PPL": 0.0, "CONT": 6.0}
UNPOPULATED_FEATURE_PRIOR = 4.0  # rivers, seas, mountains, regions (see geo.gazetteer_tables)


def prior_score(place: Place) -> float:
    """Context-free plausibility of a candidate: feature importance and population."""
    return feature_prior(place.feature_code, place.population)


def feature_prior(feature_code: str, population: int) -> float:
    """``prior_score`` from a feature code and a population."""
    feature = FEATURE_PRIOR.get(feature_code)
    if feature is None:
        feature = UNPOPULATED_FEATURE_PRIOR if FEATURE_CLASSES.get(feature_code) in ("H", "L", "T") else 0.0
    return feature + math.log10(population + 1) / 2


def format_address(place: Place, gazetteer: Gazetteer) -> str:
    if place.is_country:
        return place.name
    return f"{place.name}, {gazetteer.country_name(place.country_code)}"


class OfflineGeoNames(Geocoder):
    """Geocode with the offline GeoNames-derived gazetteer (no network, no API key)."""

    def __init__(self, gazetteer: Gazetteer | None = None, **kwargs):
        super().__init__(**kwargs)
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def candidates(self, query: str, country_codes: list[str] | None = None) -> list[Place]:
        """Ranked candidates for ``query``; "Town, Region/Country" narrows the search."""
        gz = self.gazetteer
        parts = [p.strip() for p in query.split(",") if p.strip()]
        if not parts:
            return []
        found = gz.lookup(parts[0])
        context = [gz.lookup(p) for p in parts[1:]]
        wanted = {c.upper() for c in country_codes or ()}
        if wanted:
            found = [p for p in found if p.country_code in wanted]

        def score(place: Place) -> float:
            s = prior_score(place)
            for qualifiers in context:
                if any(_contains(q, place, gz) for q in qualifiers):
                    s += 5.0
            return s

        return sorted(found, key=score, reverse=True)

    def geocode(self, query, *, exactly_one=True, country_codes=None, limit=None, **_kwargs):
        """Like geopy's geocoders: a ``Location`` (or a list when ``exactly_one=False``),
        ``None`` when nothing matches. ``country_codes`` restricts to ISO 3166-1 alpha-2
        codes, as with Nominatim."""
        if isinstance(country_codes, str):
            country_codes = [country_codes]
        places = self.candidates(str(query), country_codes)
        if not places:
            return None
        locations = [self._location(p) for p in places[: limit or None]]
        return locations[0] if exactly_one else locations

    def reverse(self, query, *, exactly_one=True, **_kwargs):
        """The nearest populated place to a point ("lat, lon", a tuple or a ``Point``)."""
        point = Point(query)
        gz = self.gazetteer
        lat, lon = point.latitude, point.longitude
        # A coarse box first, so the exact distance runs over a few hundred rows, not all.
        for box in (0.25, 1.0, 4.0, 180.0):
            rows = [
                r
                for r in range(len(gz))
                if gz.feature_code[r] in ("PPL", "PPLC")
                and abs(gz.latitude[r] - lat) <= box
                and abs(gz.longitude[r] - lon) <= box
            ]
            if rows:
                break
        if not rows:
            return None
        ranked = sorted(rows, key=lambda r: haversine_km(lat, lon, gz.latitude[r], gz.longitude[r]))
        locations = [self._location(gz.place(r)) for r in ranked[:10]]
        return locations[0] if exactly_one else locations

    def _location(self, place: Place) -> Location:
        return Location(format_address(place, self.gazetteer), (place.latitude, place.longitude), place.raw())


def _contains(qualifier: Place, place: Place, gazetteer: Gazetteer) -> bool:
    """Whether ``qualifier`` (a country, admin-1 or admin-2 region) contains ``place``.

    Regions and towns share GeoNames admin codes; a region known only to
    countrystatecity has its own codes, and then the nearest region centre is the best
    containment test we have."""
    if qualifier.country_code != place.country_code or qualifier.index == place.index:
        return False
    if qualifier.is_country:
        return True
    if qualifier.is_admin2:
        return bool(qualifier.admin2_code) and (qualifier.admin1_code, qualifier.admin2_code) == (
            place.admin1_code, place.admin2_code)
    if qualifier.is_admin1:
        if qualifier.admin1_code and qualifier.admin1_code == place.admin1_code:
            return True
        nearest = gazetteer.nearest_admin1(place.latitude, place.longitude, place.country_code)
        return nearest is not None and nearest.index == qualifier.index
    return False
