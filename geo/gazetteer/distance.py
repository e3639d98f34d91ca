"""Distances on the Earth: the project's one great-circle distance, and a quick nearness
test for the hot loops of place resolution."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def within_km(lat1: float, lon1: float, lat2: float, lon2: float, km: float) -> bool:
    """Whether two points lie within ``km`` of each other, by an equirectangular
    approximation: ample at a few hundred kilometres, and several times cheaper than
    ``haversine_km`` where it runs for every pair of candidates."""
    dlat = lat1 - lat2
    if abs(dlat) > km / 111.0:
        return False
    dlon = (lon1 - lon2) * math.cos(math.radians((lat1 + lat2) / 2))
    return (dlat * dlat + dlon * dlon) * 12321.0 <= km * km
