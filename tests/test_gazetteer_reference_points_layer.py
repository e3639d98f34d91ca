"""A GeoNames layer answers the base's countries (PCLI) and admin-1 regions (ADM1) at the
layer's own point for their GeoNames id, and keeps the base's centre for drawing. The
dump rows are made up for this test (ids taken from the base, points invented)."""

from __future__ import annotations

import pytest

from geo.cli import main
from geo.gazetteer import layers
from geo.gazetteer.cache import load_base_gazetteer
from geo.places import parse_places

POINT_COUNTRY = (0.75, 38.25)  # invented, not the base's centre
POINT_REGION = (-0.45, 36.15)


@pytest.fixture
def layer_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(layers, "layers_dir", lambda: tmp_path / "layers")
    return tmp_path / "layers"


def _dump_line(geonameid, name, point, feature_class, feature_code, cc, admin1=""):
    cols = [str(geonameid), name, name, "", str(point[0]), str(point[1]), feature_class, feature_code,
            cc, "", admin1, "", "", "", "1000", "", "", "Africa/Nairobi", "2024-01-01"]
    assert len(cols) == 19
    return "\t".join(cols) + "\n"


def test_a_country_and_a_region_are_answered_at_the_layer_point_and_drawn_at_the_centre(layer_dir, tmp_path):
    base = load_base_gazetteer()
    country = base.country_rows["KE"]
    (region,) = [p.index for p in base.lookup("Nakuru") if p.feature_code == "ADM1"]
    centre_country = (base.latitude[country], base.longitude[country])
    centre_region = (base.latitude[region], base.longitude[region])
    assert centre_country != POINT_COUNTRY and centre_region != POINT_REGION
    dump = tmp_path / "KE.txt"
    dump.write_text(
        _dump_line(base.geonameid[country], "Republic of Kenya", POINT_COUNTRY, "A", "PCLI", "KE")
        + _dump_line(base.geonameid[region], "Nakuru County", POINT_REGION, "A", "ADM1", "KE",
                     base.admin1_code[region]),
        encoding="utf-8")
    assert main(["gazetteer", "add", str(dump), "--name", "ke-points"]) == 0

    gz = load_base_gazetteer()
    layers.attach_enabled_layers(gz)
    text = "Traders in Nakuru County closed their stalls, and unions across Kenya backed them."
    found = {m.text: m.place for m in parse_places(text, gz) if m.place}
    kenya, nakuru = found["Kenya"], found["Nakuru County"]
    assert (kenya.latitude, kenya.longitude) == POINT_COUNTRY
    assert (nakuru.latitude, nakuru.longitude) == POINT_REGION
    assert gz.drawing_point(country) == centre_country
    assert gz.drawing_point(region) == centre_region
