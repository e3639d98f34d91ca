"""A geopy geocoder over the offline gazetteer.

``OfflineGeoNames`` is a ``geopy.geocoders.base.Geocoder``: code written for
``Nominatim(...).geocode("Albu Kamal, Syria")`` works unchanged, with no network.
``Location.raw`` holds the GeoNames fields of the entry (geonameid, feature code,
country code, population, …).
"""

from __future__ import annotations

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from geo.gazetteer.cache import load_gazetteer
from geo.gazetteer.distance import haversine_km
from geo.gazetteer.model import Gazetteer, Place, prior_score

QUALIFIED = 5.0  # a candidate inside a region or country the query names after a comma


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
                if any(gz.contains(q.index, place.index, by_nearest_centre=True) for q in qualifiers):
                    s += QUALIFIED
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
