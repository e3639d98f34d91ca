"""``region_capital`` looks for the region's first 50 towns only as far as it needs (it
stopped working out every town's region): the same capital as reading them all."""

import pytest

from geo.gazetteer import normalize_name

from tests.test_gazetteer_tables import small_gazetteer


def _capital_reading_every_town(gz, region):
    rows = [r for r in gz.towns_by_region.get((region.country_code, region.admin1_code), ())
            if (gz.nearest_admin1(gz.latitude[r], gz.longitude[r], region.country_code, gz.admin1_code[r])
                or region).index == region.index][:50]
    if not rows:
        return None
    same = [r for r in rows if normalize_name(gz.name[r]) == normalize_name(region.name) and gz.population[r] >= 5000]
    return gz.place(same[0] if same else rows[0]).index


@pytest.mark.parametrize("namesake_rank", [None, 3, 49, 50, 70])
def test_region_capital_is_the_one_every_town_gives(namesake_rank):
    gz = small_gazetteer()
    region = gz.place(1)
    gz.index = {k: list(v) for k, v in gz.index.items()}  # names added beside the region's own
    for k in range(80):  # most populous first: k is the town's rank in its region
        name = region.name if k == namesake_rank else f"Town{k:02d}"
        gz.add([name], geonameid=None, name=name, latitude=45.0 + k / 100, longitude=-120.0, country_code=region.country_code,
               feature_code="PPL", population=900_000 - 10_000 * k, admin1_code=region.admin1_code, admin2_code="")
    gz.index = {k: tuple(v) for k, v in gz.index.items()}
    expected = _capital_reading_every_town(gz, region)
    capital = gz.region_capital(region)
    assert capital is not None and capital.index == expected
    if namesake_rank is not None and namesake_rank < 50:
        assert capital.name == region.name  # the town of the region's own name
    else:
        assert capital.name == "Town00"
